/**
 * Opens a screen of the app without reloading: usePath and the list filters follow popstate. Asking for the screen
 * already shown (by its path alone) keeps its address, filters included.
 */
export function navigate(href: string): void {
  const { pathname, search } = window.location;
  if (href !== pathname && href !== `${pathname}${search}`) window.history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** Opens a screen of the app without reloading: usePath and the list filters follow popstate. */
export function goTo(href: string): void {
  window.history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

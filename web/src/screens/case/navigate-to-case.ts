/** The case page's address; usePath follows popstate, so the app shows it without a reload. */
export const casePath = (reference: string) => `/case/${encodeURIComponent(reference)}`;

export function navigateToCase(reference: string): void {
  window.history.pushState(null, '', casePath(reference));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

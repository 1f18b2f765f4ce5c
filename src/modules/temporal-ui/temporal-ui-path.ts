/** Where the API serves the Temporal Web UI; the UI server is started with this public path (scripts/temporal-ui.js). */
export const TEMPORAL_UI_PATH = '/temporal-ui';

/** `/temporal-ui`, `/temporal-ui/…`, not `/temporal-uix`. */
export function isTemporalUiPath(path: string): boolean {
  return path === TEMPORAL_UI_PATH || path.startsWith(`${TEMPORAL_UI_PATH}/`);
}

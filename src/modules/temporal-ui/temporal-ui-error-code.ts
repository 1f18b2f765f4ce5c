/** Why the proxy in front of the Temporal Web UI answered itself instead of the UI. */
export enum TemporalUiErrorCode {
  /** TEMPORAL_UI_UPSTREAM is not set: this API serves no Temporal Web UI. */
  TEMPORAL_UI_NOT_CONFIGURED = 'TEMPORAL_UI_NOT_CONFIGURED',
  /** The UI server did not answer (stopped, or still starting). */
  TEMPORAL_UI_UNAVAILABLE = 'TEMPORAL_UI_UNAVAILABLE',
  /** A write (terminate, cancel, signal, reset, start, batch…) through the UI: it is read-only. */
  TEMPORAL_UI_READ_ONLY = 'TEMPORAL_UI_READ_ONLY',
}

export enum TipStatus {
  /** Saved, but the workflow engine has not yet accepted its process (it is retried). */
  PENDING_START = 'PENDING_START',
  VERIFYING = 'VERIFYING',
  SUSPENDED = 'SUSPENDED',
  UNFOUNDED = 'UNFOUNDED',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
}

/** Rows one purge removed, per kind. */
export interface PurgeCounts {
  idempotencyKeys: number;
  loginEvents: number;
  sessions: number;
}

import { environment } from './environment';

/** How long the purge job keeps each kind of spent row, and how often it runs (docs/operations.md, "Retention"). */
export function retentionConfig() {
  const env = environment();
  return {
    intervalMs: env.PURGE_INTERVAL_MS,
    idempotencyHours: env.PURGE_IDEMPOTENCY_HOURS,
    loginEventsDays: env.PURGE_LOGIN_EVENTS_DAYS,
    sessionsDays: env.PURGE_SESSIONS_DAYS,
  };
}

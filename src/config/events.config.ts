import { environment } from './environment';

/** Live-update streams: how many may be open at once, and how soon a revoked session's streams end. */
export function eventsConfig() {
  const env = environment();
  return {
    maxPerSession: env.EVENTS_MAX_STREAMS_PER_SESSION,
    maxPerUser: env.EVENTS_MAX_STREAMS_PER_USER,
    maxTotal: env.EVENTS_MAX_STREAMS,
    sessionCheckMs: env.EVENTS_SESSION_CHECK_MS,
  };
}

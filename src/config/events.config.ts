/** Live-update streams: how many may be open at once, and how soon a revoked session's streams end. */
export function eventsConfig() {
  const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  return {
    maxPerSession: int('EVENTS_MAX_STREAMS_PER_SESSION', 4),
    maxPerUser: int('EVENTS_MAX_STREAMS_PER_USER', 12),
    maxTotal: int('EVENTS_MAX_STREAMS', 2000),
    sessionCheckMs: int('EVENTS_SESSION_CHECK_MS', 3000),
  };
}

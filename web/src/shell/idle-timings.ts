const MINUTE = 60_000;

/** Production: a warning after 15 minutes without input, sign-out 5 minutes later (WCAG 2.2.1, as Primero does). */
export const IDLE_DEFAULTS = { idleMs: 15 * MINUTE, warningMs: 5 * MINUTE };

/**
 * The timings, which a page address may shorten (`?idleSeconds=2&warningSeconds=5`, for tests) but never lengthen:
 * a longer idle time from a link would weaken the shared PC's protection.
 */
export function idleTimings(search: string): { idleMs: number; warningMs: number } {
  const params = new URLSearchParams(search);
  const shorter = (name: string, fallback: number) => {
    const seconds = Number(params.get(name));
    return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, fallback) : fallback;
  };
  return { idleMs: shorter('idleSeconds', IDLE_DEFAULTS.idleMs), warningMs: shorter('warningSeconds', IDLE_DEFAULTS.warningMs) };
}

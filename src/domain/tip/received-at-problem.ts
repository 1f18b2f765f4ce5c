/** A tip registered up to this far ahead of the server's clock is still accepted (clocks of call centres drift). */
export const RECEIVED_AT_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The oldest receipt a registration may state: 366 days. The longest period a tip can run (20 days extended to
 * 4 months, art. 147) is far shorter, so an older date is a typing error (a wrong year), not a late registration.
 */
export const RECEIVED_AT_MAX_AGE_MS = 366 * 86_400_000;

/** Why a tip's receipt instant cannot be the start of its legal periods, or null. */
export function receivedAtProblem(receivedAt: number, now: number): string | null {
  if (Number.isNaN(receivedAt)) return 'receivedAt must be an ISO 8601 date-time';
  if (receivedAt > now + RECEIVED_AT_CLOCK_SKEW_MS) return 'receivedAt must not be in the future';
  if (receivedAt < now - RECEIVED_AT_MAX_AGE_MS) return 'receivedAt must not be more than 366 days ago';
  return null;
}

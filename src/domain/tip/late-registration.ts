const HOUR_MS = 3_600_000;

/** A tip registered long after it was received: how long after, and the threshold it passed. */
export interface LateRegistration {
  /** Whole hours from receipt to registration. */
  delayHours: number;
  thresholdHours: number;
}

/**
 * Whether a tip was registered more than `thresholdHours` after its receipt. The urgent decision's 2 hours run from
 * registration (the plan's policy: the standing office can only decide on a registered tip), so a late registration
 * is what shortens the real time to act: it is shown, never hidden in the timestamps.
 */
export function lateRegistration(receivedAt: number, registeredAt: number, thresholdHours: number): LateRegistration | null {
  const delayMs = registeredAt - receivedAt;
  return delayMs > thresholdHours * HOUR_MS ? { delayHours: Math.floor(delayMs / HOUR_MS), thresholdHours } : null;
}

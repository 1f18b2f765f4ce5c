/** Registration of tips. */
export function tipsConfig() {
  const hours = Number(process.env.LATE_REGISTRATION_HOURS ?? 24);
  return {
    /** A tip registered more than this many hours after its receipt is flagged as registered late (default 24). */
    lateRegistrationHours: Number.isFinite(hours) && hours > 0 ? hours : 24,
  };
}

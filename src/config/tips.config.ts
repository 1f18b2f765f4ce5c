import { environment } from './environment';

/** Registration of tips. */
export function tipsConfig() {
  const env = environment();
  return {
    /** A tip registered more than this many hours after its receipt is flagged as registered late (default 24). */
    lateRegistrationHours: env.LATE_REGISTRATION_HOURS,
    /** Read your writes: how long a registration's answer waits for the verification's first task to be listable. */
    firstTaskWaitMs: env.TIP_TASKS_WAIT_MS,
  };
}

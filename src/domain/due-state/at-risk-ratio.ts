/**
 * Share of a task's time, from its creation to its deadline, after which it is at risk (sắp đến hạn). The reminder
 * fires at that point, the lists and the dashboard count from it: one number, so a task the officer was reminded of
 * is the task the dashboard calls at risk.
 */
export const AT_RISK_RATIO = 0.75;

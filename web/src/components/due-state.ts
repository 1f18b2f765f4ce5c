export type DueState = 'overdue' | 'atRisk' | 'onTime';

/** At risk from the 75 % point of the period, where the reminder of the escalation ladder fires. */
export function dueState(task: { dueAt: string; startsAt: string; overdue: boolean }, now = Date.now()): DueState {
  if (task.overdue) return 'overdue';
  const start = Date.parse(task.startsAt);
  const due = Date.parse(task.dueAt);
  return now >= start + 0.75 * (due - start) ? 'atRisk' : 'onTime';
}

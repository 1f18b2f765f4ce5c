import { atRiskFrom } from './at-risk-from';
import type { DueState } from './due-state';

export interface DueStateInput {
  createdAt: number;
  dueAt: number;
  /** The clock is stopped (internal pause of a POLICY period): the due date will move by the time paused. */
  suspendedAt: number | null;
  /** An internal pause (tạm dừng nội bộ) of a LAW period: recorded only, the legal clock keeps running. */
  internalPauseSince: number | null;
}

/**
 * THE due-state rule for an open task; the SQL of the lists (`dueStateSql`) is written from the same rule.
 * A stopped clock reads paused. An internal pause reads paused until the legal date it never moves has passed:
 * from then on the task is overdue like any other.
 */
export function dueStateOf(task: DueStateInput, now: number): DueState {
  if (task.suspendedAt !== null) return 'PAUSED';
  if (task.dueAt < now) return 'OVERDUE';
  if (task.internalPauseSince !== null) return 'PAUSED';
  return now >= atRiskFrom(task) ? 'AT_RISK' : 'ON_TIME';
}

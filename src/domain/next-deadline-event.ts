import { addDuration } from './add-duration';
import { atRiskFrom } from './due-state/at-risk-from';
import { EscalationLadder, EscalationTarget } from './deadline-catalogue';
import { TaskState } from './task-state';

export type DeadlineEvent = { kind: 'REMINDER'; at: number } | { kind: 'ESCALATION'; at: number; level: number; target: EscalationTarget };

/**
 * THE reminder moment: where the task becomes at risk (`atRiskFrom`, the one rule the lists and the dashboard count
 * with). The catalogue's `reminderAtRatio` must equal AT_RISK_RATIO (validateCatalogue), so it is not read here.
 */
export function reminderAt(task: Pick<TaskState, 'createdAt' | 'dueAt'>): number {
  return atRiskFrom(task);
}

/**
 * The next reminder or escalation a still-open task should get, or null once the ladder is exhausted.
 * Pure: the workflow sleeps until `at` and recomputes whenever the deadline moves.
 */

export function nextDeadlineEvent(
  task: Pick<TaskState, 'createdAt' | 'dueAt' | 'reminderSent' | 'escalationLevel'>,
  ladder: EscalationLadder,
): DeadlineEvent | null {
  if (!task.reminderSent && task.escalationLevel === 0) {
    const at = reminderAt(task);
    if (at < task.dueAt) return { kind: 'REMINDER', at };
  }
  const next = ladder.levels.filter((l) => l.level > task.escalationLevel).sort((a, b) => a.level - b.level)[0];
  if (!next) return null;
  return { kind: 'ESCALATION', at: addDuration(task.dueAt, next.after), level: next.level, target: next.target };
}

/**
 * Every reminder or escalation whose instant has come by `now`, in ladder order, each at the instant the deadline
 * gives it. A workflow woken late (a busy worker) fires them all at once; none is moved by when another one fired.
 */
export function deadlineEventsDue(
  task: Pick<TaskState, 'createdAt' | 'dueAt' | 'reminderSent' | 'escalationLevel'>,
  ladder: EscalationLadder,
  now: number,
): DeadlineEvent[] {
  const due: DeadlineEvent[] = [];
  let state = { ...task };
  for (let event = nextDeadlineEvent(state, ladder); event && event.at <= now; event = nextDeadlineEvent(state, ladder)) {
    due.push(event);
    state = event.kind === 'REMINDER' ? { ...state, reminderSent: true } : { ...state, escalationLevel: event.level };
  }
  return due;
}

import type { Severity } from '../../src/domain/case/severity';
import { recomputedDeadlineKey, SEVERITIES } from '../../src/domain/prosecution/prosecution-deadline-keys';
import type { TaskBoard } from '../human-task/task-board';

/** The severity the process works with now: tasks created from here on take their periods from it. */
export interface ChargeState {
  severity: Severity;
}

/**
 * A changed charge (sent by the case): every running task whose period depends on severity moves to the catalogue
 * entry of the new severity, keeping the extensions already granted; later tasks use the new severity.
 */
export async function applyChargeChange(board: TaskBoard, state: ChargeState, change: { severity: Severity; actorId: string }): Promise<void> {
  // A signal has no validator: an unknown severity must not fail the process, so it is recorded and ignored.
  if (!SEVERITIES.includes(change.severity)) {
    board.record({ type: 'CHARGE_CHANGE_IGNORED', actorId: change.actorId, detail: { severity: change.severity } });
    return;
  }
  if (change.severity === state.severity) return;
  board.record({ type: 'SEVERITY_CHANGED', actorId: change.actorId, detail: { from: state.severity, to: change.severity } });
  state.severity = change.severity;
  for (const task of board.activeTasks()) {
    const key = recomputedDeadlineKey(task.deadlineKey, change.severity);
    if (key) await board.changeDeadline(task.taskId, key, `Charge changed: the offence is now ${change.severity}`);
  }
}

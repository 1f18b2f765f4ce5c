import type { Actor } from './actor';
import type { BusinessRuleViolation } from './business-rule-violation';
import { ErrorCode } from './error-code';
import { STEP_DEFINITIONS } from './step-definitions';
import type { TaskState } from './task-state';
import { TaskStatus } from './task-status';

/** The other signatures of the same joint step in the process (the process's own tasks, never a projection). */
function otherSignatures(task: TaskState, processTasks: readonly TaskState[]): TaskState[] {
  if (!STEP_DEFINITIONS[task.stepType]?.jointSignOff) return [];
  return processTasks.filter((t) => t.stepType === task.stepType && t.taskId !== task.taskId && t.status !== TaskStatus.CANCELLED);
}

/**
 * A joint sign-off (a rescue operation signed by each agency that ran it) needs two different agencies and two
 * different people. Decided by the workflow's validators, where the tasks are: two near-simultaneous requests are
 * judged one after the other, the second seeing what the first changed.
 */
export const jointSignOff = {
  checkComplete(task: TaskState, processTasks: readonly TaskState[], actor: Actor): BusinessRuleViolation | null {
    for (const other of otherSignatures(task, processTasks)) {
      if (other.agencyCode === task.agencyCode)
        return { code: ErrorCode.CONFLICT, message: `A joint sign-off needs two different agencies: ${task.agencyCode} holds both signatures` };
      if (other.completedBy === actor.userId)
        return { code: ErrorCode.CONFLICT, message: 'A joint sign-off needs two different people: you already signed it for another agency' };
    }
    return null;
  },

  /** A signature never moves to the agency that holds the other one. */
  checkReassign(task: TaskState, processTasks: readonly TaskState[], agencyCode: string): BusinessRuleViolation | null {
    return otherSignatures(task, processTasks).some((other) => other.agencyCode === agencyCode)
      ? { code: ErrorCode.CONFLICT, message: `A joint sign-off needs two different agencies: ${agencyCode} already signs it` }
      : null;
  },
};

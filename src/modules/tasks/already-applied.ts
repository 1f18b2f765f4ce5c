import type { Actor } from '../../domain/actor';
import type { TaskState } from '../../domain/task-state';
import { TaskStatus } from '../../domain/task-status';

/** JSON with keys in a fixed order, so that two equal outcomes compare equal whatever order their fields came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/**
 * Whether a request that the task no longer takes is one that was already applied for this same actor — a retry
 * after an unanswered call — so that the retry can be answered with the task instead of a conflict.
 */
export const alreadyApplied = {
  complete: (outcome: Record<string, unknown>) => (task: Pick<TaskState, 'status' | 'completedBy' | 'outcome'>, actor: Actor) =>
    task.status === TaskStatus.COMPLETED && task.completedBy === actor.userId && canonical(task.outcome) === canonical(outcome),
  decideExtension: (extensionId: string, approve: boolean) => (task: Pick<TaskState, 'extensions'>, actor: Actor) =>
    task.extensions.some((e) => e.extensionId === extensionId && e.decidedBy === actor.userId && e.status === (approve ? 'APPROVED' : 'REJECTED')),
};

export type AlreadyApplied = (task: TaskState, actor: Actor) => boolean;

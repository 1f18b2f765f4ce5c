import { actorOf } from '../../common/auth/actor-of';
import type { AuthUser } from '../../common/auth/auth-user';
import { allowedExtensionActions } from '../../domain/access/allowed-extension-actions';
import { allowedTaskActions } from '../../domain/access/allowed-task-actions';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import type { ExtensionState, TaskState } from '../../domain/task-state';
import type { TaskDto } from './dto/task.dto';
import { reachesTask } from './reaches-task';

/**
 * The task with what this caller may do on it. Read before any redaction (which hides the assignee and the decider).
 * The rules read the fields a task's state and its DTO share (status, agency, assignee, pauses, extensions); each
 * extension request gets its own, by the same rule as the task's DECIDE_EXTENSION.
 */
export function withAllowedActions<T extends TaskDto>(user: AuthUser, task: T): T {
  const state = { ...task, taskId: task.id } as unknown as TaskState;
  const actor = actorOf(user);
  task.allowedActions = allowedTaskActions(state, actor, STEP_DEFINITIONS[task.stepType], reachesTask(user, task.agencyCode));
  for (const extension of task.extensions) extension.allowedActions = allowedExtensionActions(state, extension as unknown as ExtensionState, actor);
  return task;
}

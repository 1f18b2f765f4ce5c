import { actorOf } from '../../common/auth/actor-of';
import type { AuthUser } from '../../common/auth/auth-user';
import { allowedTaskActions } from '../../domain/access/allowed-task-actions';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import type { TaskState } from '../../domain/task-state';
import type { TaskDto } from './dto/task.dto';
import { reachesTask } from './reaches-task';

/**
 * The task with what this caller may do on it. Read before any redaction (which hides the assignee and the decider).
 * The rules read the fields a task's state and its DTO share (status, agency, assignee, pauses, extensions).
 */
export function withAllowedActions<T extends TaskDto>(user: AuthUser, task: T): T {
  const state = { ...task, taskId: task.id } as unknown as TaskState;
  task.allowedActions = allowedTaskActions(state, actorOf(user), STEP_DEFINITIONS[task.stepType], reachesTask(user, task.agencyCode));
  return task;
}

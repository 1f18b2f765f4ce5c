import type { Actor } from '../actor';
import { extensionDeciderOf } from '../extension-decider';
import { isExtensionDecider } from '../task-rules';
import type { ExtensionState, TaskState } from '../task-state';
import { ACTIVE_TASK_STATUSES } from '../task-status';
import { ExtensionAction } from './extension-action';
import { TaskAction } from './task-action';
import { TASK_ACTION_ROLES } from './task-action-roles';

/**
 * What this actor may do on one extension request: decide it while it waits on an open task, if the route admits the
 * actor's role and the actor is its decider (`extensionDeciderOf`, which the decision's own check reads). The decider
 * may sit in another agency (the procuracy): the decision route does not ask for the task's.
 */
export function allowedExtensionActions(
  task: Pick<TaskState, 'status' | 'agencyCode' | 'namedAgencyCode'>,
  extension: Pick<ExtensionState, 'status' | 'approverAgencyCode' | 'approverRoles'>,
  actor: Actor,
): ExtensionAction[] {
  if (!ACTIVE_TASK_STATUSES.includes(task.status) || extension.status !== 'PENDING') return [];
  if (!TASK_ACTION_ROLES[TaskAction.DECIDE_EXTENSION].some((role) => actor.roles.includes(role))) return [];
  const decider = extensionDeciderOf(task, extension);
  return isExtensionDecider(actor, decider.agencyCode, decider.roles) ? [ExtensionAction.DECIDE] : [];
}

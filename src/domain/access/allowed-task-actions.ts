import type { Actor } from '../actor';
import type { BusinessRuleViolation } from '../business-rule-violation';
import type { StepDefinition } from '../step-definition';
import { checkRestorationDecider, checkSuspensionDecider } from '../suspension/check-suspension';
import {
  checkAssign,
  checkCancel,
  checkClaim,
  checkCompleter,
  checkExtensionRequester,
  checkInternalPause,
  checkReassign,
  checkUnclaim,
} from '../task-rules';
import type { TaskState } from '../task-state';
import { ACTIVE_TASK_STATUSES } from '../task-status';
import { allowedExtensionActions } from './allowed-extension-actions';
import { ExtensionAction } from './extension-action';
import { TaskAction } from './task-action';
import { TASK_ACTION_ROLES } from './task-action-roles';

/** No officer id and no agency code is empty: "someone else" and "another agency" for the checks that need one. */
const SOMEONE_ELSE = '';

/**
 * What this actor may do on this task, by the very checks the routes and the workflow's validators apply: the route's
 * roles, whether the caller reaches the task at all (`reaches`: their agency's, or every agency for those who oversee
 * them), then the task rule itself. What depends on the request (the outcome, the ground, the length of an extension)
 * is still judged when it comes.
 */
export function allowedTaskActions(task: TaskState, actor: Actor, step: StepDefinition | undefined, reaches: boolean): TaskAction[] {
  if (!ACTIVE_TASK_STATUSES.includes(task.status)) return [];
  const pending = task.extensions.find((e) => e.status === 'PENDING');
  const checks: Record<TaskAction, () => BusinessRuleViolation | null | boolean> = {
    // Already yours: nothing to claim.
    [TaskAction.CLAIM]: () => task.assigneeId !== actor.userId && checkClaim(task, actor),
    [TaskAction.UNCLAIM]: () => checkUnclaim(task, actor),
    [TaskAction.COMPLETE]: () => checkCompleter(task, actor, step),
    [TaskAction.ASSIGN]: () => checkAssign(task, actor, SOMEONE_ELSE),
    [TaskAction.REASSIGN]: () => checkReassign(task, actor, SOMEONE_ELSE),
    [TaskAction.CANCEL]: () => checkCancel(task, actor),
    [TaskAction.PAUSE]: () => checkInternalPause(task, actor, true),
    [TaskAction.RESUME]: () => checkInternalPause(task, actor, false),
    [TaskAction.REQUEST_EXTENSION]: () => checkExtensionRequester(task, actor),
    // The pending request's decider, by the rule its decision is checked with.
    [TaskAction.DECIDE_EXTENSION]: () => Boolean(pending) && allowedExtensionActions(task, pending!, actor).includes(ExtensionAction.DECIDE),
    [TaskAction.DECIDE_SUSPENSION]: () => checkSuspensionDecider(task, actor),
    [TaskAction.DECIDE_RESTORATION]: () => checkRestorationDecider(task, actor),
  };
  return (Object.keys(checks) as TaskAction[]).filter((action) => {
    if (!TASK_ACTION_ROLES[action].some((role) => actor.roles.includes(role))) return false;
    // An extension's decider may sit in another agency (the procuracy): the decision route does not ask for the task's.
    if (action !== TaskAction.DECIDE_EXTENSION && !reaches) return false;
    const verdict = checks[action]();
    return verdict === null || verdict === true;
  });
}

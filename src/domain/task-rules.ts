import { Actor } from './actor';
import { DeadlineCatalogueEntry, EscalationTarget, ExtensionTier } from './deadline-catalogue';
import { DeadlineClock } from './deadline-clock';
import { Duration } from './duration';
import { ErrorCode } from './error-code';
import { extensionDeciderOf } from './extension-decider';
import { isViolation, planExtension, tierOfExtension } from './extension-plan';
import { BusinessRuleViolation } from './business-rule-violation';
import { Role } from './role';
import { StepDefinition } from './step-definition';
import { EscalationState, TaskState } from './task-state';
import { ACTIVE_TASK_STATUSES } from './task-status';
import { validateOutcome } from './validate-outcome';

/** Pure checks behind every task update; the workflow's update validators call them, so a "no" costs no history. */

const violation = (code: ErrorCode, message: string): BusinessRuleViolation => ({ code, message });
const has = (actor: Actor, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));
const isActive = (task: TaskState) => ACTIVE_TASK_STATUSES.includes(task.status);

function notOpen(task: TaskState): BusinessRuleViolation | null {
  return isActive(task) ? null : violation(ErrorCode.TASK_NOT_OPEN, `Task ${task.taskId} is ${task.status}, not open`);
}

function notOwnAgency(task: TaskState, actor: Actor): BusinessRuleViolation | null {
  return task.agencyCode === actor.agencyCode
    ? null
    : violation(ErrorCode.TASK_NOT_YOURS, `Task ${task.taskId} belongs to agency ${task.agencyCode}, not ${actor.agencyCode}`);
}

export function checkClaim(task: TaskState, actor: Actor): BusinessRuleViolation | null {
  const problem = notOpen(task) ?? notOwnAgency(task, actor);
  if (problem) return problem;
  if (task.assigneeId && task.assigneeId !== actor.userId)
    return violation(ErrorCode.TASK_ALREADY_CLAIMED, `Task ${task.taskId} is already claimed by another officer`);
  return null;
}

export function checkUnclaim(task: TaskState, actor: Actor): BusinessRuleViolation | null {
  const problem = notOpen(task) ?? notOwnAgency(task, actor);
  if (problem) return problem;
  if (!task.assigneeId) return violation(ErrorCode.CONFLICT, `Task ${task.taskId} is not claimed`);
  if (task.assigneeId !== actor.userId && !has(actor, Role.AGENCY_HEAD))
    return violation(ErrorCode.TASK_NOT_YOURS, 'Only the assignee or the agency head can release a claimed task');
  return null;
}

/** Who may record the task's result, whatever the result: the checks of `checkComplete` before the outcome itself. */
export function checkCompleter(task: TaskState, actor: Actor, step: StepDefinition | undefined): BusinessRuleViolation | null {
  const problem = notOpen(task) ?? notOwnAgency(task, actor);
  if (problem) return problem;
  if (!step) return violation(ErrorCode.INTERNAL, `No definition for step ${task.stepType}`);
  if (!has(actor, ...step.completerRoles))
    return violation(ErrorCode.FORBIDDEN, `Completing ${task.stepType} needs one of the roles ${step.completerRoles.join(', ')}`);
  if (task.assigneeId && task.assigneeId !== actor.userId && !has(actor, Role.AGENCY_HEAD))
    return violation(ErrorCode.TASK_NOT_YOURS, `Task ${task.taskId} is claimed by another officer`);
  return null;
}

export function checkComplete(task: TaskState, actor: Actor, step: StepDefinition | undefined, outcome: unknown): BusinessRuleViolation | null {
  const problem = checkCompleter(task, actor, step);
  if (problem) return problem;
  const error = validateOutcome(step!.outcome, outcome);
  return error ? violation(ErrorCode.INVALID_OUTCOME, error) : null;
}

export function checkReassign(task: TaskState, actor: Actor, agencyCode: string): BusinessRuleViolation | null {
  const problem = notOpen(task);
  if (problem) return problem;
  if (!has(actor, Role.COORDINATOR)) return violation(ErrorCode.FORBIDDEN, 'Only a coordinator can reassign a task');
  if (agencyCode === task.agencyCode && !task.assigneeId)
    return violation(ErrorCode.CONFLICT, `Task ${task.taskId} is already with ${agencyCode} and unassigned`);
  return null;
}

/** Within the agency: its head gives the task to someone (who the API has checked is an active member of it). */
export function checkAssign(task: TaskState, actor: Actor, assigneeId: string): BusinessRuleViolation | null {
  const problem = notOpen(task) ?? notOwnAgency(task, actor);
  if (problem) return problem;
  if (!has(actor, Role.AGENCY_HEAD)) return violation(ErrorCode.FORBIDDEN, 'Only the agency head can assign a task to an officer');
  if (task.assigneeId === assigneeId) return violation(ErrorCode.CONFLICT, `Task ${task.taskId} is already assigned to that officer`);
  return null;
}

/** Who may ask for more time on a task, whatever they ask: its own agency, while it is open. */
export function checkExtensionRequester(task: TaskState, actor: Actor): BusinessRuleViolation | null {
  return notOpen(task) ?? notOwnAgency(task, actor);
}

export function checkExtensionRequest(
  task: TaskState,
  actor: Actor,
  entry: DeadlineCatalogueEntry | undefined,
  additional: Duration,
  now: number,
  clock: DeadlineClock,
): BusinessRuleViolation | null {
  const problem = checkExtensionRequester(task, actor);
  if (problem) return problem;
  const plan = planExtension(task, entry, additional, now, clock);
  return isViolation(plan) ? plan : null;
}

/** Who decides under a tier: 'TASK_AGENCY' is the agency named at creation, not the one holding the task now. */
export function approverAgencyOf(task: TaskState, tier: ExtensionTier): string {
  return tier.approverAgency === 'TASK_AGENCY' ? (task.namedAgencyCode ?? task.agencyCode) : tier.approverAgency;
}

/** The decider of an extension: one of the tier's roles in the tier's agency. */
export function isExtensionDecider(actor: Actor, agencyCode: string, roles: readonly string[]): boolean {
  return actor.agencyCode === agencyCode && roles.some((role) => actor.roles.includes(role as Role));
}

export function checkExtensionDecision(
  task: TaskState,
  actor: Actor,
  entry: DeadlineCatalogueEntry | undefined,
  extensionId: string,
  clock: DeadlineClock,
): BusinessRuleViolation | null {
  const problem = notOpen(task);
  if (problem) return problem;
  const extension = task.extensions.find((e) => e.extensionId === extensionId);
  if (!extension) return violation(ErrorCode.NOT_FOUND, `Extension ${extensionId} not found on task ${task.taskId}`);
  if (extension.status !== 'PENDING') return violation(ErrorCode.EXTENSION_NOT_PENDING, `Extension ${extensionId} was already ${extension.status}`);
  const found = entry && tierOfExtension(task, entry, clock, extension.requestedDueAt, extension.tierIndex);
  if (!found) return violation(ErrorCode.EXTENSION_NOT_ALLOWED, 'No approval tier covers this extension any more');
  const { tier } = found;
  const decider = extensionDeciderOf(task, extension, tier);
  if (!isExtensionDecider(actor, decider.agencyCode, decider.roles))
    return violation(
      ErrorCode.FORBIDDEN,
      `This extension must be decided by ${decider.roles.join(' or ')} of ${decider.agencyCode} (${tier.legalBasis})`,
    );
  return null;
}

export function checkAcknowledge(
  escalation: Pick<EscalationState, 'escalationId' | 'level' | 'target' | 'agencyCode' | 'acknowledgedAt'>,
  actor: Actor,
  standingOfficeCode: string,
): BusinessRuleViolation | null {
  if (escalation.acknowledgedAt)
    return violation(ErrorCode.ESCALATION_ALREADY_ACKNOWLEDGED, `Escalation ${escalation.escalationId} was already acknowledged`);
  if (canSeeEscalation(escalation, actor, standingOfficeCode)) return null;
  return violation(ErrorCode.FORBIDDEN, `Escalation level ${escalation.level} (${escalation.target}) is not addressed to you`);
}

/** Which escalations reach an actor: every one (leadership), or those with these targets (and agency, where given). */
export type EscalationScope = 'ALL' | Array<{ target: EscalationTarget; agencyCode?: string }>;

/** Leadership sees every escalation; the others see those addressed to them. Queries and checks share this. */
export function escalationScope(actor: Actor, standingOfficeCode: string): EscalationScope {
  if (has(actor, Role.LEADERSHIP)) return 'ALL';
  const scope: Exclude<EscalationScope, 'ALL'> = [];
  if (has(actor, Role.AGENCY_HEAD)) scope.push({ target: 'AGENCY_HEAD', agencyCode: actor.agencyCode });
  if (has(actor, Role.COORDINATOR) && actor.agencyCode === standingOfficeCode) scope.push({ target: 'STANDING_OFFICE' });
  return scope;
}

export function canSeeEscalation(escalation: Pick<EscalationState, 'target' | 'agencyCode'>, actor: Actor, standingOfficeCode: string): boolean {
  const scope = escalationScope(actor, standingOfficeCode);
  return (
    scope === 'ALL' || scope.some((s) => s.target === escalation.target && (s.agencyCode === undefined || s.agencyCode === escalation.agencyCode))
  );
}
export function checkCancel(task: TaskState, actor: Actor): BusinessRuleViolation | null {
  const problem = notOpen(task);
  if (problem) return problem;
  return has(actor, Role.COORDINATOR) ? null : violation(ErrorCode.FORBIDDEN, 'Only a coordinator can cancel a task');
}

/** In an internal pause (or, for tasks paused before it was recorded apart, with the clock stopped). */
export const isPaused = (task: TaskState): boolean => task.internalPauseSince != null || task.suspendedAt !== null;

/** Starting or ending an internal pause (tạm dừng nội bộ): the head of the task's agency or a coordinator. */
export function checkInternalPause(task: TaskState, actor: Actor, pause: boolean): BusinessRuleViolation | null {
  const problem = notOpen(task);
  if (problem) return problem;
  const allowed = has(actor, Role.COORDINATOR) || (has(actor, Role.AGENCY_HEAD) && actor.agencyCode === task.agencyCode);
  if (!allowed) return violation(ErrorCode.FORBIDDEN, 'Only the agency head or a coordinator can pause a task internally or end the pause');
  if (pause && isPaused(task)) return violation(ErrorCode.CONFLICT, `Task ${task.taskId} is already paused`);
  if (!pause && !isPaused(task)) return violation(ErrorCode.CONFLICT, `Task ${task.taskId} is not paused`);
  return null;
}

import type { Actor } from '../actor';
import type { BusinessRuleViolation } from '../business-rule-violation';
import { ErrorCode } from '../error-code';
import { Role } from '../role';
import type { TaskState } from '../task-state';
import { ACTIVE_TASK_STATUSES } from '../task-status';
import type { DecisionRecord, SuspensionDecision } from './suspension-decision';
import { RESTORING_STEPS, SUSPENDABLE_STEPS } from './suspension-grounds';
import type { SuspensionGround } from './suspension-grounds';

const violation = (code: ErrorCode, message: string): BusinessRuleViolation => ({ code, message });
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in the province (YYYY-MM-DD): a decision cannot be dated later. */
export function localDate(now: number): string {
  return new Date(now + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The head of the agency holding the task decides (thủ trưởng cơ quan): the law gives nobody else this power. */
function deciderProblem(task: TaskState, actor: Actor, what: string): BusinessRuleViolation | null {
  if (!ACTIVE_TASK_STATUSES.includes(task.status)) return violation(ErrorCode.TASK_NOT_OPEN, `Task ${task.taskId} is ${task.status}, not open`);
  if (!actor.roles.includes(Role.AGENCY_HEAD) || actor.agencyCode !== task.agencyCode)
    return violation(ErrorCode.FORBIDDEN, `Only the head of ${task.agencyCode}, which holds the task, can decide ${what}`);
  return null;
}

function recordProblem(decision: DecisionRecord, now: number): BusinessRuleViolation | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(decision.decidedOn) || Number.isNaN(Date.parse(`${decision.decidedOn}T00:00:00Z`)))
    return violation(ErrorCode.VALIDATION_FAILED, 'decidedOn must be a date (YYYY-MM-DD)');
  if (decision.decidedOn > localDate(now)) return violation(ErrorCode.VALIDATION_FAILED, 'A decision cannot be dated after today');
  return null;
}

/** The ground a task's step allows under this code, if any. */
export function groundOf(stepType: string, groundCode: string): SuspensionGround | undefined {
  return SUSPENDABLE_STEPS[stepType]?.grounds.find((g) => g.code === groundCode);
}

/**
 * Whether a ground lets the period be suspended now: at or after the period's end (art. 148(1), 229(1)(a)(c)), or at
 * any time for a forensic finding of illness (229(1)(b)). The end is the task's due date, extensions included.
 */
export function groundAllowsNow(ground: SuspensionGround, task: Pick<TaskState, 'dueAt'>, now: number): boolean {
  return ground.beforePeriodEnd || now >= task.dueAt;
}

/** Tạm đình chỉ: a suspendable step, a ground from its article's list that applies now, and a dated decision. */
/** Who may decide a suspension of this task, on whichever ground: the checks of `checkSuspensionDecision` before the ground. */
export function checkSuspensionDecider(task: TaskState, actor: Actor): BusinessRuleViolation | null {
  const problem = deciderProblem(task, actor, 'a suspension');
  if (problem) return problem;
  return SUSPENDABLE_STEPS[task.stepType]
    ? null
    : violation(ErrorCode.SUSPENSION_NOT_ALLOWED, `The law provides no suspension of step ${task.stepType}`);
}

export function checkSuspensionDecision(task: TaskState, actor: Actor, decision: SuspensionDecision, now: number): BusinessRuleViolation | null {
  const problem = checkSuspensionDecider(task, actor);
  if (problem) return problem;
  const step = SUSPENDABLE_STEPS[task.stepType];
  const ground = groundOf(task.stepType, decision.groundCode);
  if (!ground)
    return violation(
      ErrorCode.SUSPENSION_NOT_ALLOWED,
      `${decision.groundCode} is not a ground of ${step.article}; the grounds are ${step.grounds.map((g) => g.code).join(', ')}`,
    );
  if (!groundAllowsNow(ground, task, now))
    return violation(
      ErrorCode.SUSPENSION_NOT_ALLOWED,
      `${ground.article.en} allows a suspension only once the period has run out (${new Date(task.dueAt).toISOString()})`,
    );
  return recordProblem(decision, now);
}

/** Phục hồi: decided on the review of a suspended process, by the head of the agency holding it. */
/** Who may decide a restoration of this task: the checks of `checkRestorationDecision` before the decision's record. */
export function checkRestorationDecider(task: TaskState, actor: Actor): BusinessRuleViolation | null {
  const problem = deciderProblem(task, actor, 'a restoration');
  if (problem) return problem;
  return RESTORING_STEPS.has(task.stepType)
    ? null
    : violation(ErrorCode.SUSPENSION_NOT_ALLOWED, `Task ${task.taskId} is not a suspended process to restore`);
}

export function checkRestorationDecision(task: TaskState, actor: Actor, decision: DecisionRecord, now: number): BusinessRuleViolation | null {
  return checkRestorationDecider(task, actor) ?? recordProblem(decision, now);
}

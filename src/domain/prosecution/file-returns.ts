import type { Severity } from '../case/severity';
import { severityDeadlineKey, SeverityDependentPeriod } from './prosecution-deadline-keys';
import { ProsecutionStepType } from './prosecution-step-type';

/**
 * BLTTHS 2015 art. 174(2): the procuracy may return the file for supplementary investigation at most twice, the
 * presiding judge once while preparing the trial (the trial panel's own return at the hearing is not modelled).
 */
export const MAX_PROCURACY_RETURNS = 2;
export const MAX_COURT_RETURNS = 1;

export interface StepChoice {
  stepType: ProsecutionStepType;
  deadlineKey: string;
}

/**
 * The procuracy's decision on the file, its period restarting each time the file comes back. Once both returns are
 * used the step offered has no RETURN_FOR_SUPPLEMENTARY in its outcome, so a third return is refused with a 400.
 */
export function procuracyStep(returnsUsed: number, severity: Severity): StepChoice {
  return {
    stepType: returnsUsed < MAX_PROCURACY_RETURNS ? ProsecutionStepType.PROCURACY_DECISION : ProsecutionStepType.PROCURACY_FINAL_DECISION,
    deadlineKey: severityDeadlineKey(SeverityDependentPeriod.PROCURACY_DECISION, severity),
  };
}

/**
 * The court's decision: the full trial preparation period from acceptance (art. 277(1)); once its return is used,
 * 15 days from receiving the file back, to decide to try (art. 277, second-hand) — with no second return.
 */
export function courtStep(returnsUsed: number, severity: Severity): StepChoice {
  return returnsUsed < MAX_COURT_RETURNS
    ? { stepType: ProsecutionStepType.TRIAL_PREPARATION, deadlineKey: severityDeadlineKey(SeverityDependentPeriod.TRIAL_PREPARATION, severity) }
    : { stepType: ProsecutionStepType.TRIAL_DECISION_AFTER_RETURN, deadlineKey: ProsecutionStepType.TRIAL_DECISION_AFTER_RETURN };
}

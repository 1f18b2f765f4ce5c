import { SEVERITIES, severityDeadlineKey, SeverityDependentPeriod, supplementaryInvestigationKey } from './prosecution/prosecution-deadline-keys';
import { ProsecutionStepType } from './prosecution/prosecution-step-type';
import { ReceptionStepType } from './reception/reception-step-type';
import { STEP_DEFINITIONS } from './step-definitions';
import { SUSPENSION_NOTICE_ENTRIES } from './suspension/suspension-notice-entries';

/** Steps whose period comes from a severity- or returner-specific key, or another step's key, not from a key of their own name. */
const KEYED_ELSEWHERE: ReadonlySet<string> = new Set([
  ProsecutionStepType.INVESTIGATION,
  ProsecutionStepType.SUPPLEMENTARY_INVESTIGATION,
  ProsecutionStepType.PROCURACY_DECISION,
  ProsecutionStepType.PROCURACY_FINAL_DECISION,
  ProsecutionStepType.TRIAL_PREPARATION,
  // Issued "at once" like the immigration handover, whose period it uses.
  ReceptionStepType.RETURN_CERTIFICATE,
]);

/**
 * Every deadline key some step of some process asks the catalogue for: a published version missing one would fail
 * the process when it reaches that step, so publishing refuses it.
 */
export function requiredDeadlineKeys(): string[] {
  // A version without the suspension notices (older than 5) still runs: the board takes their statutory periods.
  const fromStatute = new Set(SUSPENSION_NOTICE_ENTRIES.map((e) => e.key));
  const own = Object.keys(STEP_DEFINITIONS).filter((step) => !KEYED_ELSEWHERE.has(step) && !fromStatute.has(step));
  const bySeverity = Object.values(SeverityDependentPeriod).flatMap((period) => SEVERITIES.map((s) => severityDeadlineKey(period, s)));
  const returns = (['PROCURACY', 'COURT'] as const).map(supplementaryInvestigationKey);
  return [...own, ...bySeverity, ...returns];
}

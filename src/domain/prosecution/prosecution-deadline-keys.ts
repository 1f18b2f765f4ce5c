import type { Severity } from '../case/severity';

export const SEVERITIES: readonly Severity[] = ['VERY_SERIOUS', 'ESPECIALLY_SERIOUS'];

/**
 * Periods whose length depends on the charge's severity (BLTTHS art. 172, 240(1), 277): each has one catalogue entry
 * per severity, keyed `<period>_<severity>`, so a changed charge moves a running task to the other entry.
 */
export enum SeverityDependentPeriod {
  INVESTIGATION = 'PROSECUTION_INVESTIGATION',
  PROCURACY_DECISION = 'PROSECUTION_PROCURACY_DECISION',
  TRIAL_PREPARATION = 'PROSECUTION_TRIAL_PREPARATION',
}

/** Who returned the file: the supplementary investigation gets 2 months from the procuracy, 1 from the court (art. 174(2)). */
export type ReturnedBy = 'PROCURACY' | 'COURT';

export function severityDeadlineKey(period: SeverityDependentPeriod, severity: Severity): string {
  return `${period}_${severity}`;
}

export function supplementaryInvestigationKey(returnedBy: ReturnedBy): string {
  return `PROSECUTION_SUPPLEMENTARY_INVESTIGATION_${returnedBy}_RETURN`;
}

/**
 * The catalogue entry a running task moves to when the severity changes, or null when its deadline does not depend
 * on severity (or already fits it).
 */
export function recomputedDeadlineKey(currentKey: string, severity: Severity): string | null {
  for (const period of Object.values(SeverityDependentPeriod))
    for (const s of SEVERITIES)
      if (currentKey === severityDeadlineKey(period, s)) return s === severity ? null : severityDeadlineKey(period, severity);
  return null;
}

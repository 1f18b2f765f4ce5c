import type { Duration } from './duration';
import { severityDeadlineKey, SeverityDependentPeriod as P, supplementaryInvestigationKey } from './prosecution/prosecution-deadline-keys';
import { ProsecutionStepType } from './prosecution/prosecution-step-type';
import { ReceptionStepType } from './reception/reception-step-type';
import { TipStepType } from './tip/tip-step-type';

/**
 * The periods the statutes fix (processes.md §4): a LAW entry may not be published shorter than these. Only values
 * read in the text or a reliable paraphrase are listed; unverified and policy values are the province's to tune.
 */
export const STATUTORY_PERIODS: Readonly<Record<string, { duration: Duration; basis: string }>> = {
  [TipStepType.NOTIFY_PROCURACY]: { duration: { amount: 3, unit: 'days' }, basis: 'BLTTHS 2015 art. 146' },
  [TipStepType.VERIFY]: { duration: { amount: 20, unit: 'days' }, basis: 'BLTTHS 2015 art. 147(1)' },
  [TipStepType.VERIFY_AFTER_RESUMPTION]: { duration: { amount: 1, unit: 'months' }, basis: 'BLTTHS 2015 art. 148–149' },
  [severityDeadlineKey(P.INVESTIGATION, 'VERY_SERIOUS')]: { duration: { amount: 4, unit: 'months' }, basis: 'BLTTHS 2015 art. 172(1)' },
  [severityDeadlineKey(P.INVESTIGATION, 'ESPECIALLY_SERIOUS')]: { duration: { amount: 4, unit: 'months' }, basis: 'BLTTHS 2015 art. 172(1)' },
  [supplementaryInvestigationKey('PROCURACY')]: { duration: { amount: 2, unit: 'months' }, basis: 'BLTTHS 2015 art. 174(2)' },
  [supplementaryInvestigationKey('COURT')]: { duration: { amount: 1, unit: 'months' }, basis: 'BLTTHS 2015 art. 174(2)' },
  [severityDeadlineKey(P.PROCURACY_DECISION, 'VERY_SERIOUS')]: { duration: { amount: 30, unit: 'days' }, basis: 'BLTTHS 2015 art. 240(1)' },
  [severityDeadlineKey(P.PROCURACY_DECISION, 'ESPECIALLY_SERIOUS')]: { duration: { amount: 30, unit: 'days' }, basis: 'BLTTHS 2015 art. 240(1)' },
  [ProsecutionStepType.NOTIFY_DECISION]: { duration: { amount: 3, unit: 'days' }, basis: 'BLTTHS 2015 art. 240(2)' },
  [severityDeadlineKey(P.TRIAL_PREPARATION, 'VERY_SERIOUS')]: { duration: { amount: 2, unit: 'months' }, basis: 'BLTTHS 2015 art. 277(1)' },
  [severityDeadlineKey(P.TRIAL_PREPARATION, 'ESPECIALLY_SERIOUS')]: { duration: { amount: 3, unit: 'months' }, basis: 'BLTTHS 2015 art. 277(1)' },
  [ProsecutionStepType.OPEN_HEARING]: { duration: { amount: 15, unit: 'days' }, basis: 'BLTTHS 2015 art. 277(3)' },
  [TipStepType.SUSPENSION_NOTICE]: { duration: { amount: 24, unit: 'hours' }, basis: 'BLTTHS 2015 art. 148(2)' },
  [ProsecutionStepType.SUSPENSION_NOTICE]: { duration: { amount: 2, unit: 'days' }, basis: 'BLTTHS 2015 art. 229(2)' },
  [ReceptionStepType.INITIAL_VERIFICATION]: { duration: { amount: 3, unit: 'days' }, basis: 'Law 53/2024 art. 27(2) as amended' },
  [ReceptionStepType.SHELTER]: { duration: { amount: 120, unit: 'days' }, basis: 'Decree 162/2025 art. 17' },
};

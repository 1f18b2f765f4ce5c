import type { PeriodCounting } from './deadline-catalogue';
import type { Duration } from './duration';
import { severityDeadlineKey, SeverityDependentPeriod as P, supplementaryInvestigationKey } from './prosecution/prosecution-deadline-keys';
import { ProsecutionStepType } from './prosecution/prosecution-step-type';
import { ReceptionStepType } from './reception/reception-step-type';
import { TipStepType } from './tip/tip-step-type';

/**
 * Who the statute empowers to extend: the agency that holds the period itself (art. 147(2): the investigating
 * agency), or an agency of a kind (the procuracy, the court) — the catalogue names the agency, its kind must match.
 */
export type StatutoryApprover = 'TASK_AGENCY' | 'PROCURACY' | 'COURT';

/** One tier of extension power as the statute fixes it. An absent optional value is one the statute leaves open. */
export interface StatutoryTier {
  upToTotal: Duration;
  approver: StatutoryApprover;
  maxPerExtension?: Duration;
  /** How many extensions this tier grants; absent: the statute does not say (policy, e.g. art. 147(2)). */
  maxCount?: number;
  afterPreviousTier?: boolean;
  requestLeadTime?: Duration;
  basis: string;
}

export interface StatutoryPeriod {
  duration: Duration;
  basis: string;
  /** BLTTHS periods count by its art. 134; other statutes by the instant, rolled over a day off where they say so. */
  counting: PeriodCounting;
  rollOverNonWorkingDay?: boolean;
  /**
   * The extension the statute fixes; absent: the statute allows none; 'NOT_FIXED': it allows one but leaves its terms
   * (reach, approver) to the province. `maxCount` absent: the total is not fixed (a tier's count is policy).
   */
  extension?: { maxCount?: number; tiers: StatutoryTier[] } | 'NOT_FIXED';
}

const BLTTHS = 'BLTTHS 2015';
const days = (amount: number): Duration => ({ amount, unit: 'days' });
const months = (amount: number): Duration => ({ amount, unit: 'months' });
const art134 = (duration: Duration, basis: string, extension?: StatutoryPeriod['extension']): StatutoryPeriod => ({
  duration,
  basis: `${BLTTHS} ${basis}`,
  counting: 'ART_134',
  ...(extension ? { extension } : {}),
});

/** Art. 172(2): the procuracy extends an investigation, each time ≤ 4 months, asked ≥ 10 days before expiry. */
const investigation = (count: number, total: number, clause: string) => ({
  maxCount: count,
  tiers: [
    {
      upToTotal: months(total),
      approver: 'PROCURACY' as const,
      maxPerExtension: months(4),
      maxCount: count,
      requestLeadTime: days(10),
      basis: `${BLTTHS} art. 172(2)(${clause})`,
    },
  ],
});

/** A single extension of at most `cap`, reaching `total` in all, by the agency kind the article names. */
const once = (approver: StatutoryApprover, cap: Duration, total: Duration, basis: string) => ({
  maxCount: 1,
  tiers: [{ upToTotal: total, approver, maxPerExtension: cap, maxCount: 1, basis: `${BLTTHS} ${basis}` }],
});

/**
 * The statute table (processes.md §4), reviewed with the articles: for a LAW entry of the catalogue the period, the
 * counting and the extension terms EQUAL these; publishing data cannot change them, only a reviewed change of this
 * file can. A key absent here has no statutory period: it can only be published as POLICY. Where the law adds days
 * to months (art. 277(1): "2 months + ≤ 30 days") the reach is the longest such months plus the days (62 + 30 = 92).
 */
export const STATUTORY_PERIODS: Readonly<Record<string, StatutoryPeriod>> = {
  [TipStepType.NOTIFY_PROCURACY]: art134(days(3), 'art. 146'),
  [TipStepType.VERIFY]: art134(days(20), 'art. 147(1)', {
    tiers: [
      // Art. 147(2): the investigating agency itself, up to 2 months in all; how many times is the province's choice.
      { upToTotal: months(2), approver: 'TASK_AGENCY', basis: `${BLTTHS} art. 147(2)` },
      // Art. 147(3): the chief procurator, once, ≤ 2 months, after the 2 months, asked ≥ 5 days before expiry; 4 in all.
      {
        upToTotal: months(4),
        approver: 'PROCURACY',
        maxPerExtension: months(2),
        maxCount: 1,
        afterPreviousTier: true,
        requestLeadTime: days(5),
        basis: `${BLTTHS} art. 147(3)`,
      },
    ],
  }),
  [TipStepType.VERIFY_AFTER_RESUMPTION]: art134(months(1), 'art. 148–149'),
  [severityDeadlineKey(P.INVESTIGATION, 'VERY_SERIOUS')]: art134(months(4), 'art. 172(1)', investigation(2, 12, 'c')),
  [severityDeadlineKey(P.INVESTIGATION, 'ESPECIALLY_SERIOUS')]: art134(months(4), 'art. 172(1)', investigation(3, 16, 'd')),
  [supplementaryInvestigationKey('PROCURACY')]: art134(months(2), 'art. 174(2)'),
  [supplementaryInvestigationKey('COURT')]: art134(months(1), 'art. 174(2)'),
  [severityDeadlineKey(P.PROCURACY_DECISION, 'VERY_SERIOUS')]: art134(days(30), 'art. 240(1)', once('PROCURACY', days(15), days(45), 'art. 240(1)')),
  [severityDeadlineKey(P.PROCURACY_DECISION, 'ESPECIALLY_SERIOUS')]: art134(
    days(30),
    'art. 240(1)',
    once('PROCURACY', days(30), days(60), 'art. 240(1)'),
  ),
  [ProsecutionStepType.NOTIFY_DECISION]: art134(days(3), 'art. 240(2)'),
  [severityDeadlineKey(P.TRIAL_PREPARATION, 'VERY_SERIOUS')]: art134(months(2), 'art. 277(1)', once('COURT', days(30), days(92), 'art. 277(1)')),
  [severityDeadlineKey(P.TRIAL_PREPARATION, 'ESPECIALLY_SERIOUS')]: art134(
    months(3),
    'art. 277(1)',
    once('COURT', days(30), days(122), 'art. 277(1)'),
  ),
  // Art. 277(1), last sentence: a file sent back for more investigation — 15 days from receiving it back to decide.
  [ProsecutionStepType.TRIAL_DECISION_AFTER_RETURN]: art134(days(15), 'art. 277(1)'),
  [ProsecutionStepType.OPEN_HEARING]: art134(days(15), 'art. 277(3)', once('COURT', days(15), days(30), 'art. 277(3)')),
  // Art. 148(2) and 229(2): a suspension decision goes to the procuracy within 24 hours (a tip) or 2 days (an investigation).
  [TipStepType.SUSPENSION_NOTICE]: { duration: { amount: 24, unit: 'hours' }, basis: `${BLTTHS} art. 148(2)`, counting: 'PLAIN' },
  [ProsecutionStepType.SUSPENSION_NOTICE]: art134(days(2), 'art. 229(2)'),
  [ReceptionStepType.INITIAL_VERIFICATION]: {
    duration: days(3),
    basis: 'Law 53/2024 art. 27(2) as amended',
    counting: 'PLAIN',
    rollOverNonWorkingDay: true,
  },
  // Decree 162/2025 art. 17 allows extending shelter but leaves how far to the facility and the health department.
  [ReceptionStepType.SHELTER]: { duration: days(120), basis: 'Decree 162/2025 art. 17', counting: 'PLAIN', extension: 'NOT_FIXED' },
};

import type { DeadlineCatalogue, DeadlineCatalogueEntry, ExtensionTier } from '../../domain/deadline-catalogue';
import { severityDeadlineKey, SeverityDependentPeriod as P } from '../../domain/prosecution/prosecution-deadline-keys';
import { ProsecutionStepType } from '../../domain/prosecution/prosecution-step-type';
import { ReceptionStepType } from '../../domain/reception/reception-step-type';
import { Role } from '../../domain/role';
import { TipStepType } from '../../domain/tip/tip-step-type';
import { DEADLINE_CATALOGUE_V2 } from './deadline-catalogue-v2';

const BLTTHS = 'BLTTHS 2015';
const HEAD = [Role.AGENCY_HEAD];
const days = (amount: number) => ({ amount, unit: 'days' as const });
const months = (amount: number) => ({ amount, unit: 'months' as const });

/** Art. 172: each extension at most 4 months, approved by the procuracy, asked at least 10 days before expiry. */
const investigation = (count: number, total: number, clause: string): DeadlineCatalogueEntry['extension'] => ({
  maxCount: count,
  tiers: [
    {
      upToTotal: months(total),
      approverRoles: HEAD,
      approverAgency: 'VKS_TINH',
      requestLeadTime: days(10),
      maxPerExtension: months(4),
      maxCount: count,
      legalBasis: `${BLTTHS} art. 172(2)(${clause}): ${count} extensions by the procuracy, each ≤ 4 months, at most ${total} months in all; asked ≥ 10 days before expiry`,
    },
  ],
});

/** One extension, at most `extra`, by the head of the agency the law names. */
const once = (
  agency: string,
  extra: ExtensionTier['upToTotal'],
  reach: ExtensionTier['upToTotal'],
  legalBasis: string,
): DeadlineCatalogueEntry['extension'] => ({
  maxCount: 1,
  tiers: [{ upToTotal: reach, approverRoles: HEAD, approverAgency: agency, maxPerExtension: extra, maxCount: 1, legalBasis }],
});

/**
 * What version 3 changes, entry by entry (processes.md §4, §5): extension tiers as the law states them, approvers
 * the law names, honest labels (a value not verified in law is POLICY), and art. 134 counting said explicitly.
 */
const CHANGES: Record<string, Partial<DeadlineCatalogueEntry>> = {
  [TipStepType.VERIFY]: {
    extension: {
      maxCount: 3,
      tiers: [
        {
          // Complex case: the investigating agency extends, up to 2 months in all (the number of its extensions is policy).
          upToTotal: months(2),
          approverRoles: HEAD,
          approverAgency: 'TASK_AGENCY',
          maxCount: 2,
          legalBasis: `${BLTTHS} art. 147(2): the investigating agency, up to 2 months in all`,
        },
        {
          upToTotal: months(4),
          approverRoles: HEAD,
          approverAgency: 'VKS_TINH',
          requestLeadTime: days(5),
          maxPerExtension: months(2),
          maxCount: 1,
          afterPreviousTier: true,
          legalBasis: `${BLTTHS} art. 147(3): the chief procurator, once, ≤ 2 months, after the 2 months; asked ≥ 5 days before expiry; 4 months at most`,
        },
      ],
    },
  },
  [severityDeadlineKey(P.INVESTIGATION, 'VERY_SERIOUS')]: { extension: investigation(2, 12, 'c') },
  [severityDeadlineKey(P.INVESTIGATION, 'ESPECIALLY_SERIOUS')]: { extension: investigation(3, 16, 'd') },
  [severityDeadlineKey(P.PROCURACY_DECISION, 'VERY_SERIOUS')]: {
    extension: once('VKS_TINH', days(15), days(45), `${BLTTHS} art. 240(1): the chief procurator, ≤ 15 days`),
  },
  [severityDeadlineKey(P.PROCURACY_DECISION, 'ESPECIALLY_SERIOUS')]: {
    extension: once('VKS_TINH', days(30), days(60), `${BLTTHS} art. 240(1): the chief procurator, ≤ 30 days`),
  },
  [severityDeadlineKey(P.TRIAL_PREPARATION, 'VERY_SERIOUS')]: {
    extension: once('TOA_TINH', days(30), days(92), `${BLTTHS} art. 277(1): the court president, once, ≤ 30 days`),
  },
  [severityDeadlineKey(P.TRIAL_PREPARATION, 'ESPECIALLY_SERIOUS')]: {
    extension: once('TOA_TINH', days(30), days(122), `${BLTTHS} art. 277(1): the court president, once, ≤ 30 days`),
  },
  [ProsecutionStepType.OPEN_HEARING]: {
    extension: once('TOA_TINH', days(15), days(30), `${BLTTHS} art. 277(3): 30 days in all for force majeure or an objective obstacle`),
  },
  // Values not found in the law: the province's configurable defaults, flagged as unverified.
  [ProsecutionStepType.BORDER_TRANSFER]: { nature: 'POLICY', confidence: 'UNVERIFIED' },
  [ProsecutionStepType.TRIAL_DECISION_AFTER_RETURN]: { nature: 'POLICY', confidence: 'UNVERIFIED' },
  [ReceptionStepType.FORMAL_IDENTIFICATION]: { nature: 'POLICY', confidence: 'UNVERIFIED' },
  // "Immediately" is the law's; "1 day" is the province's reading of it.
  ...Object.fromEntries(
    [
      ReceptionStepType.BORDER_GUARD_HANDOVER,
      ReceptionStepType.IMMIGRATION_HANDOVER,
      ReceptionStepType.TO_RECEPTION_POINT,
      ReceptionStepType.SELF_REPORT_ARRIVAL,
      ReceptionStepType.NOTIFY_HEALTH,
    ].map((key) => [key, { nature: 'POLICY', confidence: 'POLICY' }]),
  ),
};

/** Version 3 (migration 1764600000000): version 2 with the changes above; processes pinned to 1 or 2 keep theirs. */
export const DEADLINE_CATALOGUE_V3: Omit<DeadlineCatalogue, 'version'> = {
  entries: DEADLINE_CATALOGUE_V2.entries.map((e) => {
    const changed = { ...e, ...(CHANGES[e.key] ?? {}) };
    return { ...changed, counting: /^BLTTHS\b/.test(changed.legalBasis) ? 'ART_134' : 'PLAIN' };
  }),
  escalationLadder: DEADLINE_CATALOGUE_V2.escalationLadder,
};

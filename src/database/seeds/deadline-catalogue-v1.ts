import type { DeadlineCatalogue } from '../../domain/deadline-catalogue';
import { Role } from '../../domain/role';
import { TipStepType } from '../../domain/tip/tip-step-type';

/**
 * Version 1 of the deadline catalogue, from the domain reference (processes.md §4.1 and §5). Migration 1764300000002
 * stores it; later changes are published as new versions (the API or a new migration), never by editing this file,
 * because running processes keep the version they started with.
 *
 * Every entry says whether its limit is the law's or the province's own policy, its legal basis and how sure we are of
 * the text (TEXT = read, SECOND_HAND = reliable paraphrase, POLICY = not law at all).
 */
export const DEADLINE_CATALOGUE_V1: Omit<DeadlineCatalogue, 'version'> = {
  entries: [
    {
      key: TipStepType.NOTIFY_PROCURACY,
      title: { vi: 'Thông báo cho Viện kiểm sát việc tiếp nhận tố giác, tin báo', en: 'Notify the procuracy that the tip was received' },
      duration: { amount: 3, unit: 'days' },
      nature: 'LAW',
      legalBasis: 'BLTTHS 2015 art. 146',
      confidence: 'SECOND_HAND',
    },
    {
      key: TipStepType.VERIFY,
      title: {
        vi: 'Kiểm tra, xác minh và ra quyết định giải quyết tố giác, tin báo',
        en: 'Verify the tip and decide: prosecute, not prosecute or suspend',
      },
      duration: { amount: 20, unit: 'days' },
      nature: 'LAW',
      legalBasis: 'BLTTHS 2015 art. 147(1)',
      confidence: 'TEXT',
      extension: {
        maxCount: 2,
        tiers: [
          {
            // Complex case: the agency itself may extend, up to 2 months in total.
            upToTotal: { amount: 2, unit: 'months' },
            approverRoles: [Role.AGENCY_HEAD],
            approverAgency: 'TASK_AGENCY',
            legalBasis: 'BLTTHS 2015 art. 147(2)',
          },
          {
            // Once more by the chief procurator, up to 4 months in total; asked at least 5 days before expiry.
            upToTotal: { amount: 4, unit: 'months' },
            approverRoles: [Role.AGENCY_HEAD],
            approverAgency: 'VKS_TINH',
            requestLeadTime: { amount: 5, unit: 'days' },
            legalBasis: 'BLTTHS 2015 art. 147(3)',
          },
        ],
      },
    },
    {
      key: TipStepType.REVIEW_SUSPENSION,
      title: { vi: 'Rà soát định kỳ tố giác, tin báo đang tạm đình chỉ', en: 'Periodic review of a suspended tip' },
      duration: { amount: 1, unit: 'months' },
      nature: 'POLICY',
      legalBasis: 'Policy: periodic review of a suspended tip (BLTTHS 2015 art. 148)',
      confidence: 'POLICY',
    },
    {
      key: TipStepType.VERIFY_AFTER_RESUMPTION,
      title: { vi: 'Giải quyết tố giác, tin báo sau khi phục hồi', en: 'Resolve the tip after its suspension is lifted' },
      duration: { amount: 1, unit: 'months' },
      nature: 'LAW',
      legalBasis: 'BLTTHS 2015 art. 148–149',
      confidence: 'TEXT',
    },
    {
      key: TipStepType.URGENT_RESCUE_DECISION,
      title: {
        vi: 'Quyết định giải cứu khẩn cấp (nạn nhân đang gặp nguy hiểm)',
        en: 'Decide on an urgent rescue (victim in danger)',
      },
      duration: { amount: 2, unit: 'hours' },
      nature: 'POLICY',
      legalBasis: 'Plan 184/KH-UBND: urgent tip with a victim in danger — rescue starts at once',
      confidence: 'POLICY',
    },
  ],
  // Province policy defaults, not law: reminder at 75 % of the time, then the agency head at the deadline, the
  // standing office 2 days later, provincial leadership 5 days later.
  escalationLadder: {
    reminderAtRatio: 0.75,
    levels: [
      { level: 1, target: 'AGENCY_HEAD', after: { amount: 0, unit: 'days' } },
      { level: 2, target: 'STANDING_OFFICE', after: { amount: 2, unit: 'days' } },
      { level: 3, target: 'LEADERSHIP', after: { amount: 5, unit: 'days' } },
    ],
  },
};

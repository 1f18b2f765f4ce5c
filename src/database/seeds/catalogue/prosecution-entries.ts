import type { DeadlineCatalogueEntry } from '../../../domain/deadline-catalogue';
import { severityDeadlineKey, SeverityDependentPeriod, supplementaryInvestigationKey } from '../../../domain/prosecution/prosecution-deadline-keys';
import { ProsecutionStepType } from '../../../domain/prosecution/prosecution-step-type';
import { Role } from '../../../domain/role';

const BLTTHS = 'BLTTHS 2015';
const VERY = 'VERY_SERIOUS' as const;
const ESPECIALLY = 'ESPECIALLY_SERIOUS' as const;
/** The head of the agency holding the task: the chief procurator or the court president extends their own period. */
const OWN_HEAD = { approverRoles: [Role.AGENCY_HEAD], approverAgency: 'TASK_AGENCY' };

/**
 * Prosecution handoff deadlines (processes.md §4.4). Periods that depend on the charge's severity have one entry per
 * severity; the workflow moves a running task between them when the charge changes.
 *
 * An extension tier bounds the whole period with one duration. Where the law adds days to months ("2 months + 30
 * days", art. 277) the reach is the longest such months plus the days (62 + 30 = 92 days), so a lawful 30-day request
 * always fits; and where the law caps each extension (4 months each, art. 172) the tier bounds the total and the
 * count, and the approver checks each request against the cap.
 */
export const PROSECUTION_CATALOGUE_ENTRIES: DeadlineCatalogueEntry[] = [
  {
    key: ProsecutionStepType.BORDER_TRANSFER,
    title: { vi: 'Bộ đội Biên phòng bàn giao vụ án cho Cơ quan điều tra', en: 'Border guard transfers the case to the investigation agency' },
    duration: { amount: 7, unit: 'days' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 164(1)(b): 7 days from the decision to prosecute (unverified)`,
    confidence: 'UNVERIFIED',
  },
  {
    key: severityDeadlineKey(SeverityDependentPeriod.INVESTIGATION, VERY),
    title: { vi: 'Điều tra vụ án (tội phạm rất nghiêm trọng)', en: 'Investigation (very serious offence)' },
    duration: { amount: 4, unit: 'months' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 172(1)`,
    confidence: 'TEXT',
    extension: {
      maxCount: 2,
      tiers: [
        {
          upToTotal: { amount: 12, unit: 'months' },
          approverRoles: [Role.AGENCY_HEAD],
          approverAgency: 'VKS_TINH',
          requestLeadTime: { amount: 10, unit: 'days' },
          legalBasis: `${BLTTHS} art. 172(2)(c): twice, each ≤ 4 months; asked ≥ 10 days before expiry`,
        },
      ],
    },
  },
  {
    key: severityDeadlineKey(SeverityDependentPeriod.INVESTIGATION, ESPECIALLY),
    title: { vi: 'Điều tra vụ án (tội phạm đặc biệt nghiêm trọng)', en: 'Investigation (especially serious offence)' },
    duration: { amount: 4, unit: 'months' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 172(1)`,
    confidence: 'TEXT',
    extension: {
      maxCount: 3,
      tiers: [
        {
          upToTotal: { amount: 16, unit: 'months' },
          approverRoles: [Role.AGENCY_HEAD],
          approverAgency: 'VKS_TINH',
          requestLeadTime: { amount: 10, unit: 'days' },
          legalBasis: `${BLTTHS} art. 172(2)(d): three times, each ≤ 4 months; asked ≥ 10 days before expiry`,
        },
      ],
    },
  },
  {
    key: supplementaryInvestigationKey('PROCURACY'),
    title: { vi: 'Điều tra bổ sung do Viện kiểm sát trả hồ sơ', en: 'Supplementary investigation (file returned by the procuracy)' },
    duration: { amount: 2, unit: 'months' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 174(2)`,
    confidence: 'TEXT',
  },
  {
    key: supplementaryInvestigationKey('COURT'),
    title: { vi: 'Điều tra bổ sung do Tòa án trả hồ sơ', en: 'Supplementary investigation (file returned by the court)' },
    duration: { amount: 1, unit: 'months' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 174(2)`,
    confidence: 'TEXT',
  },
  {
    key: severityDeadlineKey(SeverityDependentPeriod.PROCURACY_DECISION, VERY),
    title: { vi: 'Quyết định việc truy tố (tội phạm rất nghiêm trọng)', en: 'Decide on prosecution (very serious offence)' },
    duration: { amount: 30, unit: 'days' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 240(1)`,
    confidence: 'TEXT',
    extension: {
      maxCount: 1,
      tiers: [{ upToTotal: { amount: 45, unit: 'days' }, ...OWN_HEAD, legalBasis: `${BLTTHS} art. 240(1): the chief procurator, ≤ 15 days` }],
    },
  },
  {
    key: severityDeadlineKey(SeverityDependentPeriod.PROCURACY_DECISION, ESPECIALLY),
    title: { vi: 'Quyết định việc truy tố (tội phạm đặc biệt nghiêm trọng)', en: 'Decide on prosecution (especially serious offence)' },
    duration: { amount: 30, unit: 'days' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 240(1)`,
    confidence: 'TEXT',
    extension: {
      maxCount: 1,
      tiers: [{ upToTotal: { amount: 60, unit: 'days' }, ...OWN_HEAD, legalBasis: `${BLTTHS} art. 240(1): the chief procurator, ≤ 30 days` }],
    },
  },
  {
    key: ProsecutionStepType.NOTIFY_DECISION,
    title: { vi: 'Thông báo quyết định của Viện kiểm sát', en: "Notify the procuracy's decision" },
    duration: { amount: 3, unit: 'days' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 240(2)`,
    confidence: 'SECOND_HAND',
  },
  {
    key: severityDeadlineKey(SeverityDependentPeriod.TRIAL_PREPARATION, VERY),
    title: { vi: 'Chuẩn bị xét xử (tội phạm rất nghiêm trọng)', en: 'Trial preparation (very serious offence)' },
    duration: { amount: 2, unit: 'months' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 277(1)`,
    confidence: 'SECOND_HAND',
    extension: {
      maxCount: 1,
      tiers: [{ upToTotal: { amount: 92, unit: 'days' }, ...OWN_HEAD, legalBasis: `${BLTTHS} art. 277(1): the court president, once, ≤ 30 days` }],
    },
  },
  {
    key: severityDeadlineKey(SeverityDependentPeriod.TRIAL_PREPARATION, ESPECIALLY),
    title: { vi: 'Chuẩn bị xét xử (tội phạm đặc biệt nghiêm trọng)', en: 'Trial preparation (especially serious offence)' },
    duration: { amount: 3, unit: 'months' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 277(1)`,
    confidence: 'SECOND_HAND',
    extension: {
      maxCount: 1,
      tiers: [{ upToTotal: { amount: 122, unit: 'days' }, ...OWN_HEAD, legalBasis: `${BLTTHS} art. 277(1): the court president, once, ≤ 30 days` }],
    },
  },
  {
    key: ProsecutionStepType.TRIAL_DECISION_AFTER_RETURN,
    title: { vi: 'Quyết định đưa vụ án ra xét xử sau khi nhận lại hồ sơ', en: 'Decide to try after receiving the file back' },
    duration: { amount: 15, unit: 'days' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 277(1): 15 days from receiving the file back after supplementary investigation (not in processes.md; unverified)`,
    confidence: 'UNVERIFIED',
  },
  {
    key: ProsecutionStepType.OPEN_HEARING,
    title: { vi: 'Mở phiên tòa sau quyết định đưa vụ án ra xét xử', en: 'Open the hearing after the decision to try' },
    duration: { amount: 15, unit: 'days' },
    nature: 'LAW',
    legalBasis: `${BLTTHS} art. 277(3)`,
    confidence: 'SECOND_HAND',
    extension: {
      maxCount: 1,
      tiers: [
        {
          upToTotal: { amount: 30, unit: 'days' },
          ...OWN_HEAD,
          legalBasis: `${BLTTHS} art. 277(3): 30 days for force majeure or an objective obstacle`,
        },
      ],
    },
  },
  {
    key: ProsecutionStepType.RECORD_VERDICT,
    title: { vi: 'Ghi nhận bản án sơ thẩm', en: 'Record the first-instance verdict' },
    duration: { amount: 30, unit: 'days' },
    nature: 'POLICY',
    legalBasis: 'Policy default, no period in law: the verdict recorded within 30 days of the hearing opening',
    confidence: 'POLICY',
  },
  {
    key: ProsecutionStepType.VICTIM_INFORMATION,
    title: { vi: 'Thông báo quyền cho nạn nhân và áp dụng biện pháp bảo vệ', en: 'Inform the victim of their rights and arrange protection' },
    duration: { amount: 7, unit: 'days' },
    nature: 'POLICY',
    legalBasis:
      'Policy default, the law says "throughout the proceedings" — Law 53/2024 on Prevention and Combat of Human Trafficking: within 7 days',
    confidence: 'POLICY',
  },
  {
    key: ProsecutionStepType.LEGAL_AID,
    title: { vi: 'Cử người thực hiện trợ giúp pháp lý cho nạn nhân', en: 'Assign a legal aid provider to the victim' },
    duration: { amount: 10, unit: 'days' },
    nature: 'POLICY',
    legalBasis: 'Policy default, no period in law — Law on Legal Aid 2017 art. 7 (victims of trafficking are entitled): within 10 days',
    confidence: 'POLICY',
  },
];

import type { DeadlineCatalogueEntry } from '../../../domain/deadline-catalogue';
import { ReceptionStepType as S } from '../../../domain/reception/reception-step-type';
import { Role } from '../../../domain/role';

const LAW_53 = 'Law 53/2024/QH15 on Prevention and Combat of Human Trafficking';
/** "Immediately" (ngay) in law: the province reads it as within one day. The obligation is law, the number policy. */
const IMMEDIATELY = { amount: 1, unit: 'days' } as const;
const policy = (key: S, vi: string, en: string, amount: number, basis: string): DeadlineCatalogueEntry => ({
  key,
  title: { vi, en },
  duration: { amount, unit: 'days' },
  nature: 'POLICY',
  legalBasis: `Policy: ${basis}`,
  confidence: 'POLICY',
});

/** Reception and repatriation deadlines (processes.md §4.3). */
export const RECEPTION_CATALOGUE_ENTRIES: DeadlineCatalogueEntry[] = [
  {
    key: S.BORDER_GUARD_HANDOVER,
    title: { vi: 'Biên phòng tiếp nhận nạn nhân tại cửa khẩu', en: 'Border guard receives the person at the border gate' },
    duration: IMMEDIATELY,
    nature: 'LAW',
    legalBasis: `Joint Circular 01/2014/TTLT-BCA-BQP-BLĐTBXH-BNG; ${LAW_53} art. 30: immediately on reception (1 day is the province's reading)`,
    confidence: 'TEXT',
  },
  {
    key: S.IMMIGRATION_HANDOVER,
    title: { vi: 'Xuất nhập cảnh tiếp nhận, làm thủ tục cho nạn nhân', en: 'Immigration receives the person and records the entry' },
    duration: IMMEDIATELY,
    nature: 'LAW',
    legalBasis: `Joint Circular 01/2014/TTLT-BCA-BQP-BLĐTBXH-BNG; ${LAW_53} art. 30: immediately on reception (1 day is the province's reading)`,
    confidence: 'TEXT',
  },
  {
    key: S.TO_RECEPTION_POINT,
    title: { vi: 'Đưa nạn nhân đến nơi tiếp nhận của Sở Y tế', en: "Take the person to the health department's reception point" },
    duration: IMMEDIATELY,
    nature: 'LAW',
    legalBasis: `${LAW_53} art. 30(1)(b): immediately (1 day is the province's reading)`,
    confidence: 'TEXT',
  },
  {
    key: S.SELF_REPORT_ARRIVAL,
    title: { vi: 'Đưa người tự khai báo đến UBND xã', en: 'Bring the self-reporting person to the commune committee' },
    duration: IMMEDIATELY,
    nature: 'LAW',
    legalBasis: `${LAW_53} art. 27(1) as amended by Law 86/2025/QH15: immediately (1 day is the province's reading)`,
    confidence: 'TEXT',
  },
  {
    key: S.NOTIFY_HEALTH,
    title: { vi: 'UBND xã thông báo cho Sở Y tế', en: 'Commune committee notifies the Department of Health' },
    duration: IMMEDIATELY,
    nature: 'LAW',
    legalBasis: `${LAW_53} art. 27(1) as amended by Law 86/2025/QH15: immediately (1 day is the province's reading)`,
    confidence: 'TEXT',
  },
  policy(
    S.RESCUED_HANDOVER,
    'Bàn giao người được giải cứu cho Sở Y tế',
    'Hand the rescued person over to the health department',
    1,
    `a rescued person reaches the health department's reception the same day (${LAW_53} art. 27; no period in law)`,
  ),
  {
    key: S.INITIAL_VERIFICATION,
    title: { vi: 'Xác minh ban đầu người được tiếp nhận', en: 'Initial verification of the person received' },
    duration: { amount: 3, unit: 'days' },
    nature: 'LAW',
    legalBasis: `${LAW_53} art. 27(2) as amended by Law 86/2025/QH15`,
    confidence: 'TEXT',
    rollOverNonWorkingDay: true,
  },
  {
    key: S.FORMAL_IDENTIFICATION,
    title: { vi: 'Xác minh, xác định nạn nhân (chưa có giấy tờ xác nhận)', en: 'Formal identification (no paper confirming the victim)' },
    duration: { amount: 20, unit: 'days' },
    nature: 'LAW',
    legalBasis: `${LAW_53} art. 27, 31; Decree 162/2025/NĐ-CP sets the period (not verified): the former law's 20 days as a configurable default`,
    confidence: 'UNVERIFIED',
  },
  {
    key: S.SHELTER,
    title: { vi: 'Lưu trú, đáp ứng nhu cầu thiết yếu tại cơ sở hỗ trợ', en: 'Shelter and essential needs at the support facility' },
    duration: { amount: 120, unit: 'days' },
    nature: 'LAW',
    legalBasis: 'Decree 162/2025/NĐ-CP art. 17: up to 120 days, extendable by the facility director or the Department of Health',
    confidence: 'SECOND_HAND',
    extension: {
      maxCount: 2,
      // The decree names who may extend but no limit we could verify: the reach of each tier is policy.
      tiers: [
        {
          upToTotal: { amount: 180, unit: 'days' },
          approverRoles: [Role.AGENCY_HEAD],
          approverAgency: 'TASK_AGENCY',
          legalBasis: 'Decree 162/2025/NĐ-CP art. 17: the facility director (policy reach: 180 days in all)',
        },
        {
          upToTotal: { amount: 365, unit: 'days' },
          approverRoles: [Role.AGENCY_HEAD],
          approverAgency: 'SO_Y_TE',
          legalBasis: 'Decree 162/2025/NĐ-CP art. 17: the Department of Health (policy reach: 365 days in all)',
        },
      ],
    },
  },
  policy(
    S.CHILD_PROTECTION,
    'Áp dụng biện pháp bảo vệ trẻ em',
    'Child protection measures',
    1,
    'a child received needs protection at once (Law on Children 2016; no period in the trafficking law)',
  ),
  policy(S.SUPPORT_PLAN, 'Lập kế hoạch hỗ trợ', 'Support plan', 5, `a plan of supports within 5 days of reception (eligibility: ${LAW_53} art. 37)`),
  policy(S.SUPPORT_MEDICAL, 'Hỗ trợ y tế', 'Medical care', 2, `${LAW_53} art. 37(1)(b); no period in law`),
  policy(S.SUPPORT_PSYCHOLOGICAL, 'Hỗ trợ tâm lý', 'Psychological support', 7, `${LAW_53} art. 37(1)(g); no period in law`),
  policy(S.SUPPORT_LEGAL_AID, 'Trợ giúp pháp lý', 'Free legal aid', 10, `${LAW_53} art. 37(1)(đ); Law on Legal Aid 2017 art. 7; no period in law`),
  policy(
    S.SUPPORT_EDUCATION,
    'Hỗ trợ học văn hóa',
    'Schooling support',
    30,
    `${LAW_53} art. 37(1)(h); Decree 162/2025/NĐ-CP art. 24 (second-hand); no period in law`,
  ),
  policy(
    S.SUPPORT_VOCATIONAL,
    'Hỗ trợ học nghề',
    'Vocational training',
    30,
    `${LAW_53} art. 37(1)(i); Decree 162/2025/NĐ-CP art. 24 (second-hand); no period in law`,
  ),
  policy(
    S.SUPPORT_ALLOWANCE,
    'Trợ cấp khó khăn ban đầu',
    'Initial hardship allowance',
    15,
    `${LAW_53} art. 37(1)(k); Decree 162/2025/NĐ-CP art. 24 (second-hand); no period in law`,
  ),
  policy(
    S.TRANSFER_HOME,
    'Chuyển nạn nhân về nơi cư trú',
    'Transfer the person home',
    2,
    `${LAW_53} art. 30(1)(b): on completion of reception; 2 days is policy`,
  ),
  policy(
    S.TRANSFER_HOME_CHILD,
    'Bàn giao trẻ em cho gia đình hoặc đưa về nơi cư trú',
    'Hand the child to relatives or escort the child home',
    2,
    `${LAW_53} art. 30(1)(b): on completion of reception, a child collected by relatives or escorted; 2 days is policy`,
  ),
  policy(
    S.FOLLOW_UP,
    'Theo dõi tái hòa nhập cộng đồng',
    'Follow-up of reintegration',
    30,
    'the home commune checks on the person within 30 days of the transfer',
  ),
];

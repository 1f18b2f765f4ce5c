import type { DeadlineCatalogueEntry } from '../../../domain/deadline-catalogue';
import { RescueStepType } from '../../../domain/rescue/rescue-step-type';

/** The law sets no period for any rescue step: every value here is the province's policy, tunable per version. */
const policy = (what: string) => `Policy default, no period in law — Plan 184/KH-UBND: ${what}`;

/** Rescue deadlines (processes.md §4.2). */
export const RESCUE_CATALOGUE_ENTRIES: DeadlineCatalogueEntry[] = [
  {
    key: RescueStepType.PLAN,
    title: { vi: 'Xây dựng kế hoạch giải cứu', en: 'Plan the rescue' },
    duration: { amount: 24, unit: 'hours' },
    nature: 'POLICY',
    legalBasis: policy('rescue victims without delay'),
    confidence: 'POLICY',
  },
  {
    key: RescueStepType.SEND_COOPERATION_REQUEST,
    title: { vi: 'Gửi đề nghị phối hợp tới tỉnh Mondulkiri', en: 'Send the cooperation request to Mondulkiri' },
    duration: { amount: 2, unit: 'days' },
    nature: 'POLICY',
    legalBasis: policy('cooperation with Mondulkiri province through foreign affairs or the border liaison'),
    confidence: 'POLICY',
  },
  {
    key: RescueStepType.RECORD_COOPERATION_REPLY,
    title: { vi: 'Theo dõi trả lời của tỉnh Mondulkiri', en: "Follow up Mondulkiri's reply" },
    duration: { amount: 7, unit: 'days' },
    nature: 'POLICY',
    legalBasis: policy('follow-up of a cooperation request to Mondulkiri; an unanswered request escalates'),
    confidence: 'POLICY',
  },
  {
    key: RescueStepType.DECIDE_WITHOUT_AGREEMENT,
    title: { vi: 'Quyết định khi phía Campuchia không đồng ý phối hợp', en: 'Decide after a refusal or no contact' },
    duration: { amount: 1, unit: 'days' },
    nature: 'POLICY',
    legalBasis: policy('the standing office coordinates when cooperation fails'),
    confidence: 'POLICY',
  },
  {
    key: RescueStepType.SIGN_OFF_OPERATION,
    title: { vi: 'Thực hiện và xác nhận kết quả giải cứu', en: 'Carry out and sign off the rescue operation' },
    duration: { amount: 3, unit: 'days' },
    nature: 'POLICY',
    legalBasis: policy('joint operation of the police and the border guard'),
    confidence: 'POLICY',
  },
  {
    key: RescueStepType.ESSENTIAL_NEEDS,
    title: { vi: 'Hỗ trợ nhu cầu thiết yếu ngay khi giải cứu', en: 'Essential needs at the point of rescue' },
    duration: { amount: 4, unit: 'hours' },
    nature: 'POLICY',
    legalBasis: policy('essential-needs support starts at the point of rescue (support itself: Law 53/2024 art. 37)'),
    confidence: 'POLICY',
  },
  {
    key: RescueStepType.RECORD_PERSONS,
    title: { vi: 'Ghi nhận người được giải cứu', en: 'Record the rescued persons' },
    duration: { amount: 24, unit: 'hours' },
    nature: 'POLICY',
    legalBasis: policy('hand each rescued person over for identification and reception'),
    confidence: 'POLICY',
  },
];

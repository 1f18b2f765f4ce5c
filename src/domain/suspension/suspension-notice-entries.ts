import type { DeadlineCatalogueEntry } from '../deadline-catalogue';
import { ProsecutionStepType } from '../prosecution/prosecution-step-type';
import { TipStepType } from '../tip/tip-step-type';

/**
 * The periods for sending a suspension decision to the procuracy (catalogue version 5 on). They are the law's, so a
 * process pinned to an older version that lacks them takes these same values rather than failing at the step.
 */
export const SUSPENSION_NOTICE_ENTRIES: readonly DeadlineCatalogueEntry[] = [
  {
    key: TipStepType.SUSPENSION_NOTICE,
    title: {
      vi: 'Gửi quyết định tạm đình chỉ giải quyết tố giác, tin báo cho Viện kiểm sát',
      en: 'Send the decision suspending the tip to the procuracy',
    },
    duration: { amount: 24, unit: 'hours' },
    nature: 'LAW',
    legalBasis: 'BLTTHS 2015 art. 148(2): within 24 hours of the decision, with its file',
    confidence: 'SECOND_HAND',
    counting: 'PLAIN',
  },
  {
    key: ProsecutionStepType.SUSPENSION_NOTICE,
    title: {
      vi: 'Gửi quyết định tạm đình chỉ điều tra cho Viện kiểm sát',
      en: 'Send the decision suspending the investigation to the procuracy',
    },
    duration: { amount: 2, unit: 'days' },
    nature: 'LAW',
    legalBasis: 'BLTTHS 2015 art. 229(2): within 2 days of the decision',
    confidence: 'SECOND_HAND',
    counting: 'ART_134',
  },
];

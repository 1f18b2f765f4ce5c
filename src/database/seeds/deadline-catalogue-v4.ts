import type { DeadlineCatalogue, DeadlineCatalogueEntry } from '../../domain/deadline-catalogue';
import { ProsecutionStepType } from '../../domain/prosecution/prosecution-step-type';
import { DEADLINE_CATALOGUE_V3 } from './deadline-catalogue-v3';

/**
 * What version 4 changes, entry by entry: the court's 15 days to decide on a file received back after supplementary
 * investigation are the law's (BLTTHS 2015 art. 277(1), last sentence: "Đối với vụ án được trả lại để yêu cầu điều tra
 * bổ sung thì trong thời hạn 15 ngày kể từ ngày nhận lại hồ sơ, Thẩm phán chủ tọa phiên tòa phải ra quyết định đưa vụ
 * án ra xét xử"), fixed by the statute table (src/domain/statutory-periods.ts), no longer a configurable default.
 */
const CHANGES: Record<string, Partial<DeadlineCatalogueEntry>> = {
  [ProsecutionStepType.TRIAL_DECISION_AFTER_RETURN]: {
    nature: 'LAW',
    confidence: 'SECOND_HAND',
    legalBasis: 'BLTTHS 2015 art. 277(1): 15 days from receiving the file back after supplementary investigation, the presiding judge decides to try',
    counting: 'ART_134',
  },
};

/** Version 4 (migration 1766000000000): version 3 with the changes above; processes pinned to 1–3 keep theirs. */
export const DEADLINE_CATALOGUE_V4: Omit<DeadlineCatalogue, 'version'> = {
  entries: DEADLINE_CATALOGUE_V3.entries.map((e) => ({ ...e, ...(CHANGES[e.key] ?? {}) })),
  escalationLadder: DEADLINE_CATALOGUE_V3.escalationLadder,
};

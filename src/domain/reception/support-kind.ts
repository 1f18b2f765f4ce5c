import { ReceptionStepType } from './reception-step-type';

/**
 * The supports the plan may choose, each one of the regimes of Law 53/2024 art. 37(1). Essential needs (point a),
 * interpretation (c), legal information (d) and travel costs (e) are given by the facility during the stay and
 * are part of the shelter step, not tasks of their own.
 */
export enum SupportKind {
  MEDICAL = 'MEDICAL', // art. 37(1)(b) hỗ trợ y tế
  PSYCHOLOGICAL = 'PSYCHOLOGICAL', // (g) hỗ trợ tâm lý
  LEGAL_AID = 'LEGAL_AID', // (đ) trợ giúp pháp lý
  EDUCATION = 'EDUCATION', // (h) hỗ trợ học văn hóa
  VOCATIONAL = 'VOCATIONAL', // (i) hỗ trợ học nghề, tư vấn, tạo điều kiện có việc làm
  ALLOWANCE = 'ALLOWANCE', // (k) trợ cấp khó khăn ban đầu, hỗ trợ vay vốn
}

/** The support plan's outcome field that asks for each support. */
export const SUPPORT_PLAN_FIELD: Readonly<Record<SupportKind, string>> = {
  [SupportKind.MEDICAL]: 'medical',
  [SupportKind.PSYCHOLOGICAL]: 'psychological',
  [SupportKind.LEGAL_AID]: 'legalAid',
  [SupportKind.EDUCATION]: 'education',
  [SupportKind.VOCATIONAL]: 'vocational',
  [SupportKind.ALLOWANCE]: 'allowance',
};

export const SUPPORT_STEP: Readonly<Record<SupportKind, ReceptionStepType>> = {
  [SupportKind.MEDICAL]: ReceptionStepType.SUPPORT_MEDICAL,
  [SupportKind.PSYCHOLOGICAL]: ReceptionStepType.SUPPORT_PSYCHOLOGICAL,
  [SupportKind.LEGAL_AID]: ReceptionStepType.SUPPORT_LEGAL_AID,
  [SupportKind.EDUCATION]: ReceptionStepType.SUPPORT_EDUCATION,
  [SupportKind.VOCATIONAL]: ReceptionStepType.SUPPORT_VOCATIONAL,
  [SupportKind.ALLOWANCE]: ReceptionStepType.SUPPORT_ALLOWANCE,
};

/** The supports a completed plan asks for, in a stable order. */
export function requestedSupports(planOutcome: Record<string, unknown>): SupportKind[] {
  return Object.values(SupportKind).filter((kind) => planOutcome[SUPPORT_PLAN_FIELD[kind]] === true);
}

import { DEFAULT_INVESTIGATION_AGENCY, STANDING_OFFICE_AGENCY } from '../../domain/agency-codes';
import { LocalizedText } from '../../common/i18n/localized-text';
import { PROSECUTION_AGENCIES } from '../../domain/prosecution/prosecution-agencies';
import {
  SEVERITIES,
  severityDeadlineKey,
  SeverityDependentPeriod,
  supplementaryInvestigationKey,
} from '../../domain/prosecution/prosecution-deadline-keys';
import { ProsecutionStepType as P } from '../../domain/prosecution/prosecution-step-type';
import {
  CRIMINAL_POLICE,
  DEFAULT_BORDER_POST,
  HEALTH_DEPARTMENT,
  HOME_AFFAIRS,
  IMMIGRATION_OFFICE,
  LEGAL_AID_CENTRE,
  SUPPORT_FACILITY,
  WOMENS_UNION,
} from '../../domain/reception/reception-agencies';
import { ReceptionStepType as R } from '../../domain/reception/reception-step-type';
import { FOREIGN_AFFAIRS_AGENCY, HEALTH_AGENCY, RESCUE_POLICE_AGENCY } from '../../domain/rescue/rescue-agencies';
import { RescueStepType as S } from '../../domain/rescue/rescue-step-type';
import { TipStepType as T } from '../../domain/tip/tip-step-type';

/** The processes (workflow kinds) a step belongs to; the same names as tasks' `processType`. */
export type ProcessKind = 'TIP_VERIFICATION' | 'RESCUE' | 'RECEPTION' | 'PROSECUTION';

/** Where a step sits: its process, who does it unless the case says otherwise, and which catalogue entries time it. */
export interface StepPlacement {
  process: ProcessKind;
  /** The agency the process assigns by default; null when it always depends on the case (a commune). */
  defaultAgencyCode: string | null;
  /** When the agency depends on the case: how it is chosen. */
  agencyNote?: LocalizedText;
  /** Catalogue keys the step's deadline comes from: one, or one per severity or per returner. */
  deadlineKeys: string[];
}

const bySeverity = (period: SeverityDependentPeriod) => SEVERITIES.map((s) => severityDeadlineKey(period, s));
const HOME_COMMUNE: LocalizedText = {
  vi: 'UBND xã nơi người bị mua bán cư trú; Sở Y tế khi chưa biết xã',
  en: 'The home commune’s People’s Committee; the health department while the commune is unknown',
};
const BORDER_POST: LocalizedText = {
  vi: 'Đồn biên phòng cửa khẩu (mặc định Đắk Peur) hoặc đồn do vụ việc chỉ định',
  en: 'The border post at the gate (Đắk Peur unless the case names another)',
};

const place = (
  process: ProcessKind,
  stepType: string,
  defaultAgencyCode: string | null,
  extra: Partial<Pick<StepPlacement, 'agencyNote' | 'deadlineKeys'>> = {},
): [string, StepPlacement] => [stepType, { process, defaultAgencyCode, deadlineKeys: [stepType], ...extra }];

/**
 * Each step type as the workflows place it (kept in step with workflows/: a unit spec checks that every step
 * definition is placed, and the catalogue check that each key exists).
 */
export const STEP_PLACEMENTS: Readonly<Record<string, StepPlacement>> = Object.fromEntries([
  place('TIP_VERIFICATION', T.NOTIFY_PROCURACY, DEFAULT_INVESTIGATION_AGENCY, {
    agencyNote: {
      vi: 'Cơ quan điều tra được giao tin báo (đồn biên phòng ở khu vực biên giới)',
      en: 'The investigating agency named for the tip (a border post in border areas)',
    },
  }),
  place('TIP_VERIFICATION', T.VERIFY, DEFAULT_INVESTIGATION_AGENCY),
  place('TIP_VERIFICATION', T.REVIEW_SUSPENSION, DEFAULT_INVESTIGATION_AGENCY),
  place('TIP_VERIFICATION', T.VERIFY_AFTER_RESUMPTION, DEFAULT_INVESTIGATION_AGENCY),
  place('TIP_VERIFICATION', T.SUSPENSION_NOTICE, DEFAULT_INVESTIGATION_AGENCY),
  place('TIP_VERIFICATION', T.URGENT_RESCUE_DECISION, STANDING_OFFICE_AGENCY),

  place('RESCUE', S.PLAN, RESCUE_POLICE_AGENCY, {
    agencyNote: {
      vi: 'Cùng Bộ đội Biên phòng tỉnh ở khu vực biên giới hoặc khi nạn nhân ở nước ngoài',
      en: 'Jointly with the provincial border guard in a border area or when the victim is abroad',
    },
  }),
  place('RESCUE', S.SEND_COOPERATION_REQUEST, FOREIGN_AFFAIRS_AGENCY),
  place('RESCUE', S.RECORD_COOPERATION_REPLY, FOREIGN_AFFAIRS_AGENCY),
  place('RESCUE', S.DECIDE_WITHOUT_AGREEMENT, STANDING_OFFICE_AGENCY),
  place('RESCUE', S.SIGN_OFF_OPERATION, RESCUE_POLICE_AGENCY, {
    agencyNote: { vi: 'Mỗi đơn vị tham gia ký riêng', en: 'Each operating agency signs off separately' },
  }),
  place('RESCUE', S.ESSENTIAL_NEEDS, HEALTH_AGENCY),
  place('RESCUE', S.RECORD_PERSONS, RESCUE_POLICE_AGENCY),

  place('RECEPTION', R.BORDER_GUARD_HANDOVER, DEFAULT_BORDER_POST, { agencyNote: BORDER_POST }),
  place('RECEPTION', R.IMMIGRATION_HANDOVER, IMMIGRATION_OFFICE),
  place('RECEPTION', R.RETURN_CERTIFICATE, IMMIGRATION_OFFICE, { deadlineKeys: [R.IMMIGRATION_HANDOVER] }),
  place('RECEPTION', R.TO_RECEPTION_POINT, DEFAULT_BORDER_POST, { agencyNote: BORDER_POST }),
  place('RECEPTION', R.SELF_REPORT_ARRIVAL, null, {
    agencyNote: {
      vi: 'Cơ quan nơi người đó trình báo, hoặc UBND xã nơi đến',
      en: 'The agency the person reported to, or the commune committee of arrival',
    },
  }),
  place('RECEPTION', R.NOTIFY_HEALTH, null, {
    agencyNote: { vi: 'UBND xã nơi người đó đến', en: 'The commune committee of arrival' },
  }),
  place('RECEPTION', R.RESCUED_HANDOVER, CRIMINAL_POLICE, {
    agencyNote: { vi: 'Đơn vị đã giải cứu', en: 'The rescuing agency' },
  }),
  place('RECEPTION', R.INITIAL_VERIFICATION, HEALTH_DEPARTMENT),
  place('RECEPTION', R.FORMAL_IDENTIFICATION, CRIMINAL_POLICE),
  place('RECEPTION', R.SHELTER, SUPPORT_FACILITY),
  place('RECEPTION', R.CHILD_PROTECTION, WOMENS_UNION),
  place('RECEPTION', R.SUPPORT_PLAN, HEALTH_DEPARTMENT),
  place('RECEPTION', R.SUPPORT_MEDICAL, HEALTH_DEPARTMENT),
  place('RECEPTION', R.SUPPORT_PSYCHOLOGICAL, HEALTH_DEPARTMENT),
  place('RECEPTION', R.SUPPORT_LEGAL_AID, LEGAL_AID_CENTRE),
  place('RECEPTION', R.SUPPORT_EDUCATION, null, { agencyNote: HOME_COMMUNE }),
  place('RECEPTION', R.SUPPORT_VOCATIONAL, HOME_AFFAIRS),
  place('RECEPTION', R.SUPPORT_ALLOWANCE, null, { agencyNote: HOME_COMMUNE }),
  place('RECEPTION', R.TRANSFER_HOME, HEALTH_DEPARTMENT),
  place('RECEPTION', R.TRANSFER_HOME_CHILD, HEALTH_DEPARTMENT),
  place('RECEPTION', R.FOLLOW_UP, null, { agencyNote: HOME_COMMUNE }),

  place('PROSECUTION', P.BORDER_TRANSFER, PROSECUTION_AGENCIES.borderGuard),
  place('PROSECUTION', P.INVESTIGATION, PROSECUTION_AGENCIES.investigation, { deadlineKeys: bySeverity(SeverityDependentPeriod.INVESTIGATION) }),
  place('PROSECUTION', P.SUSPENSION_NOTICE, PROSECUTION_AGENCIES.investigation),
  place('PROSECUTION', P.SUPPLEMENTARY_INVESTIGATION, PROSECUTION_AGENCIES.investigation, {
    deadlineKeys: (['PROCURACY', 'COURT'] as const).map(supplementaryInvestigationKey),
  }),
  place('PROSECUTION', P.PROCURACY_DECISION, PROSECUTION_AGENCIES.procuracy, {
    deadlineKeys: bySeverity(SeverityDependentPeriod.PROCURACY_DECISION),
  }),
  place('PROSECUTION', P.PROCURACY_FINAL_DECISION, PROSECUTION_AGENCIES.procuracy, {
    deadlineKeys: bySeverity(SeverityDependentPeriod.PROCURACY_DECISION),
  }),
  place('PROSECUTION', P.NOTIFY_DECISION, PROSECUTION_AGENCIES.procuracy),
  place('PROSECUTION', P.TRIAL_PREPARATION, PROSECUTION_AGENCIES.court, { deadlineKeys: bySeverity(SeverityDependentPeriod.TRIAL_PREPARATION) }),
  place('PROSECUTION', P.TRIAL_DECISION_AFTER_RETURN, PROSECUTION_AGENCIES.court),
  place('PROSECUTION', P.OPEN_HEARING, PROSECUTION_AGENCIES.court),
  place('PROSECUTION', P.RECORD_VERDICT, PROSECUTION_AGENCIES.court),
  place('PROSECUTION', P.VICTIM_INFORMATION, PROSECUTION_AGENCIES.investigation),
  place('PROSECUTION', P.LEGAL_AID, PROSECUTION_AGENCIES.legalAid),
]);

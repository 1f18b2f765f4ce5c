import type { OutcomeFieldSpec, OutcomeSchema } from '../outcome-schema';
import { Role } from '../role';
import { StepDefinition } from '../step-definition';
import { ReceptionStepType as S } from './reception-step-type';
import { ShelterDestination } from './shelter-destination';
import { SUPPORT_PLAN_FIELD, SupportKind } from './support-kind';

const AGENCY_WORKERS = [Role.OFFICER, Role.AGENCY_HEAD];
const at = (description: string): OutcomeFieldSpec => ({ field: { type: 'datetime' }, required: true, description });
const flag = (description: string): OutcomeFieldSpec => ({ field: { type: 'boolean' }, required: true, description });
const text = (description: string, required: OutcomeFieldSpec['required'] = true): OutcomeFieldSpec => ({
  field: { type: 'string', maxLength: 4000 },
  required,
  description,
});

const step = (stepType: S, vi: string, en: string, outcome: OutcomeSchema): StepDefinition => ({
  stepType,
  title: { vi, en },
  completerRoles: AGENCY_WORKERS,
  outcome,
});

/** One outcome for every support task: given, declined by the person, or not possible (and why). */
const supportOutcome: OutcomeSchema = {
  result: { field: { type: 'enum', values: ['PROVIDED', 'DECLINED', 'NOT_POSSIBLE'] }, required: true, description: 'What happened' },
  note: text('What was given, or why not', { when: 'result', in: ['DECLINED', 'NOT_POSSIBLE'] }),
};

const planOutcome: OutcomeSchema = {
  ...Object.fromEntries(
    Object.values(SupportKind).map((k) => [SUPPORT_PLAN_FIELD[k], flag(`The person needs and asks for ${k.toLowerCase()} support`)]),
  ),
  note: text('Remarks on the plan', false),
};

/** Steps of victim reception (processes.md §4.3); outcomes hold flags and dates, never a name or a paper's content. */
export const RECEPTION_STEPS: StepDefinition[] = [
  step(S.BORDER_GUARD_HANDOVER, 'Tiếp nhận nạn nhân tại cửa khẩu (Biên phòng)', 'Receive the person at the border gate (border guard)', {
    receivedAt: at('When the person was received at the gate'),
    recordNumber: text('Number of the handover record (biên bản)'),
  }),
  step(
    S.IMMIGRATION_HANDOVER,
    'Tiếp nhận, làm thủ tục nhập cảnh cho nạn nhân (Xuất nhập cảnh)',
    'Receive the person and record the entry (immigration)',
    {
      entryRecordedAt: at('When the entry was recorded'),
      returnCertificateNumber: text('Number of the certificate of return from the mission, if any', false),
    },
  ),
  step(
    S.RETURN_CERTIFICATE,
    'Cấp giấy xác nhận về nước cho người được giải cứu (Xuất nhập cảnh)',
    'Issue the certificate of return to the rescued person (immigration)',
    {
      issuedAt: at('When the certificate of return was issued'),
      certificateNumber: text('Number of the certificate of return'),
    },
  ),
  step(S.TO_RECEPTION_POINT, 'Đưa nạn nhân đến nơi tiếp nhận của Sở Y tế', "Take the person to the health department's reception point", {
    deliveredAt: at('When the person was handed to the reception point'),
  }),
  // Law 53/2024 art. 27(1): the agency the person reported to brings them to the commune committee.
  step(S.SELF_REPORT_ARRIVAL, 'Đưa người tự khai báo là nạn nhân đến UBND xã', 'Bring the self-reporting person to the commune committee', {
    arrivedAt: at('When the person was brought to the commune committee'),
    broughtBy: text('The officer or unit who brought the person', false),
  }),
  step(S.NOTIFY_HEALTH, 'UBND xã thông báo cho Sở Y tế', 'Commune committee notifies the Department of Health', {
    notifiedAt: at('When the Department of Health was notified'),
  }),
  step(S.RESCUED_HANDOVER, 'Bàn giao người được giải cứu cho Sở Y tế', 'Hand the rescued person over to the health department', {
    handedOverAt: at('When the person was handed over'),
    recordNumber: text('Number of the handover record', false),
  }),
  step(
    S.INITIAL_VERIFICATION,
    'Xác minh ban đầu (Sở Y tế phối hợp Công an tỉnh)',
    'Initial verification (health department with the provincial police)',
    {
      isVictim: flag('The person shows signs of being a victim of trafficking'),
      hasVictimPaper: flag('A paper confirming the person is a victim already exists'),
      note: text('What the verification found'),
    },
  ),
  step(S.FORMAL_IDENTIFICATION, 'Xác minh, xác định nạn nhân', 'Formal verification and identification of the victim', {
    decision: { field: { type: 'enum', values: ['CONFIRMED_VICTIM', 'NOT_A_VICTIM'] }, required: true, description: 'Decision' },
    documentNumber: text('Number of the paper confirming the victim', { when: 'decision', in: ['CONFIRMED_VICTIM'] }),
    reason: text('Why the person is not a victim', { when: 'decision', in: ['NOT_A_VICTIM'] }),
  }),
  step(
    S.SHELTER,
    'Bố trí chỗ ở, đáp ứng nhu cầu thiết yếu tại cơ sở hỗ trợ',
    'Shelter and essential needs at the support facility (complete when the person leaves)',
    {
      leftAt: at('When the person left the facility'),
      destination: { field: { type: 'enum', values: Object.values(ShelterDestination) }, required: true, description: 'Where the person went' },
      note: text('Remarks', false),
    },
  ),
  step(S.CHILD_PROTECTION, 'Áp dụng biện pháp bảo vệ trẻ em', 'Child protection measures', {
    guardianFound: flag('A parent or guardian was found and contacted'),
    measures: text('Protection measures taken'),
  }),
  step(S.SUPPORT_PLAN, 'Lập kế hoạch hỗ trợ nạn nhân', 'Support plan', planOutcome),
  step(S.SUPPORT_MEDICAL, 'Hỗ trợ y tế', 'Medical care', supportOutcome),
  step(S.SUPPORT_PSYCHOLOGICAL, 'Hỗ trợ tâm lý', 'Psychological support', supportOutcome),
  step(S.SUPPORT_LEGAL_AID, 'Trợ giúp pháp lý', 'Free legal aid', supportOutcome),
  step(S.SUPPORT_EDUCATION, 'Hỗ trợ học văn hóa', 'Schooling support', supportOutcome),
  step(S.SUPPORT_VOCATIONAL, 'Hỗ trợ học nghề, tư vấn việc làm', 'Vocational training and job counselling', supportOutcome),
  step(S.SUPPORT_ALLOWANCE, 'Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn', 'Initial hardship allowance and loan support', supportOutcome),
  step(S.TRANSFER_HOME, 'Chuyển nạn nhân về UBND xã nơi cư trú', "Transfer the person to the home commune's committee", {
    handedOverAt: at('When the person was handed over'),
  }),
  step(S.TRANSFER_HOME_CHILD, 'Bàn giao trẻ em cho gia đình hoặc đưa về nơi cư trú', 'Hand the child over to relatives, or escort the child home', {
    handedOverAt: at('When the child was handed over'),
    handedOverTo: {
      field: { type: 'enum', values: ['RELATIVES', 'ESCORT'] },
      required: true,
      description: 'Collected by relatives, or escorted home',
    },
    escortAgencyCode: {
      field: { type: 'string', maxLength: 50, format: 'agencyCode' },
      required: { when: 'handedOverTo', in: ['ESCORT'] },
      description: 'The agency (code of the agency list) whose officer escorted the child',
    },
  }),
  step(S.FOLLOW_UP, 'Theo dõi, hỗ trợ tái hòa nhập tại cộng đồng', 'Follow-up of reintegration in the home commune', {
    situation: { field: { type: 'enum', values: ['STABLE', 'NEEDS_SUPPORT', 'NOT_FOUND'] }, required: true, description: 'How the person is doing' },
    note: text('What is needed, or what was done to find the person', { when: 'situation', in: ['NEEDS_SUPPORT', 'NOT_FOUND'] }),
  }),
];

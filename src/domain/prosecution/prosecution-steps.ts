import { Role } from '../role';
import { StepDefinition } from '../step-definition';
import { CourtDecision, InvestigationConclusion, ProcuracyDecision, Verdict } from './prosecution-decisions';
import { ProsecutionStepType } from './prosecution-step-type';

const AGENCY_WORKERS = [Role.OFFICER, Role.AGENCY_HEAD];
const note = (description: string) => ({ field: { type: 'string', maxLength: 8000 }, required: true, description }) as const;
const decision = (values: readonly string[]) => ({ field: { type: 'enum', values }, required: true, description: 'Decision' }) as const;
const documentSent = (when: string, description: string) =>
  ({
    [when]: { field: { type: 'datetime' }, required: true, description },
    documentNumber: { field: { type: 'string', maxLength: 100 }, required: true, description: 'Number of the document' },
  }) as const;

export const PROSECUTION_STEPS: StepDefinition[] = [
  {
    stepType: ProsecutionStepType.BORDER_TRANSFER,
    title: { vi: 'Bàn giao vụ án cho Cơ quan điều tra', en: 'Transfer the case to the investigation agency' },
    completerRoles: AGENCY_WORKERS,
    outcome: documentSent('transferredAt', 'When the file was handed over'),
  },
  {
    stepType: ProsecutionStepType.INVESTIGATION,
    title: { vi: 'Điều tra vụ án và kết thúc điều tra', en: 'Investigate and conclude the investigation' },
    completerRoles: AGENCY_WORKERS,
    // Suspending is a decision on a ground of art. 229 (POST /tasks/{id}/suspension), not a conclusion typed here.
    outcome: {
      conclusion: decision([InvestigationConclusion.RECOMMEND_PROSECUTION, InvestigationConclusion.DROP]),
      note: note('The conclusion, or why dropped'),
    },
  },
  {
    stepType: ProsecutionStepType.SUPPLEMENTARY_INVESTIGATION,
    title: { vi: 'Điều tra bổ sung theo yêu cầu', en: 'Supplementary investigation as requested' },
    completerRoles: AGENCY_WORKERS,
    outcome: { note: note('What the supplementary investigation established') },
  },
  {
    stepType: ProsecutionStepType.PROCURACY_DECISION,
    title: { vi: 'Quyết định việc truy tố', en: 'Decide on prosecution' },
    completerRoles: AGENCY_WORKERS,
    outcome: { decision: decision(Object.values(ProcuracyDecision)), note: note('Grounds of the decision; for a return, what to investigate') },
  },
  {
    stepType: ProsecutionStepType.PROCURACY_FINAL_DECISION,
    title: {
      vi: 'Quyết định việc truy tố (đã trả hồ sơ điều tra bổ sung hai lần)',
      en: 'Decide on prosecution (the file was already returned twice)',
    },
    completerRoles: AGENCY_WORKERS,
    outcome: { decision: decision([ProcuracyDecision.PROSECUTE, ProcuracyDecision.NOT_PROSECUTE]), note: note('Grounds of the decision') },
  },
  {
    stepType: ProsecutionStepType.NOTIFY_DECISION,
    title: {
      vi: 'Thông báo quyết định cho bị can, người bào chữa, bị hại',
      en: 'Notify the decision to the accused, the defence and the victim',
    },
    completerRoles: AGENCY_WORKERS,
    outcome: documentSent('notifiedAt', 'When the decision was sent'),
  },
  {
    stepType: ProsecutionStepType.SUSPENSION_NOTICE,
    title: { vi: 'Gửi quyết định tạm đình chỉ điều tra cho Viện kiểm sát', en: 'Send the decision suspending the investigation to the procuracy' },
    completerRoles: AGENCY_WORKERS,
    outcome: documentSent('sentAt', 'When the decision was sent to the procuracy'),
  },
  {
    stepType: ProsecutionStepType.TRIAL_PREPARATION,
    title: { vi: 'Chuẩn bị xét xử sơ thẩm', en: 'Prepare the first-instance trial' },
    completerRoles: AGENCY_WORKERS,
    outcome: { decision: decision(Object.values(CourtDecision)), note: note('Grounds of the decision; for a return, what to investigate') },
  },
  {
    stepType: ProsecutionStepType.TRIAL_DECISION_AFTER_RETURN,
    title: { vi: 'Quyết định đưa vụ án ra xét xử sau điều tra bổ sung', en: 'Decide to try after the supplementary investigation' },
    completerRoles: AGENCY_WORKERS,
    outcome: { decision: decision([CourtDecision.TRY, CourtDecision.SUSPEND]), note: note('Grounds of the decision') },
  },
  {
    stepType: ProsecutionStepType.OPEN_HEARING,
    title: { vi: 'Mở phiên tòa', en: 'Open the hearing' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      openedAt: { field: { type: 'datetime' }, required: true, description: 'When the hearing opened' },
      note: { field: { type: 'string', maxLength: 4000 }, required: false, description: 'Why it opened late (force majeure), if it did' },
    },
  },
  {
    stepType: ProsecutionStepType.RECORD_VERDICT,
    title: { vi: 'Ghi nhận bản án sơ thẩm', en: 'Record the first-instance verdict' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      verdict: { field: { type: 'enum', values: Object.values(Verdict) }, required: true, description: 'Verdict' },
      sentence: {
        field: { type: 'string', maxLength: 4000 },
        required: { when: 'verdict', in: [Verdict.CONVICTED] },
        description: 'The sentence pronounced (no names: the accused by their number in the file)',
      },
    },
  },
  {
    stepType: ProsecutionStepType.VICTIM_INFORMATION,
    title: {
      vi: 'Thông báo quyền và tiến trình tố tụng cho nạn nhân; bảo vệ nạn nhân',
      en: 'Inform the victim of their rights and the proceedings; protect them',
    },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      victimInformed: { field: { type: 'boolean' }, required: true, description: 'The victim was told their rights and how to follow the case' },
      protection: { field: { type: 'enum', values: ['NOT_NEEDED', 'ARRANGED'] }, required: true, description: 'Protection measures' },
      measures: {
        field: { type: 'string', maxLength: 4000 },
        required: { when: 'protection', in: ['ARRANGED'] },
        description: 'Which measures (no address or other identifying detail)',
      },
    },
  },
  {
    stepType: ProsecutionStepType.LEGAL_AID,
    title: { vi: 'Cử người trợ giúp pháp lý cho nạn nhân', en: 'Assign legal aid to the victim' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      decision: decision(['LAWYER_ASSIGNED', 'DECLINED_BY_VICTIM']),
      note: { field: { type: 'string', maxLength: 4000 }, required: { when: 'decision', in: ['DECLINED_BY_VICTIM'] }, description: 'Why declined' },
    },
  },
];

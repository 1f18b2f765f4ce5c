import { Role } from '../role';
import { StepDefinition } from '../step-definition';
import { CooperationReply, NoAgreementDecision } from './cooperation';
import { OperationResult } from './operation-result';
import { RescueStepType } from './rescue-step-type';

const AGENCY_WORKERS = [Role.OFFICER, Role.AGENCY_HEAD];
const note = { field: { type: 'string', maxLength: 4000 }, required: false, description: 'Note (no names)' } as const;
/** Enough for one operation; a bigger group would be recorded as several operations. */
const MAX_PERSONS = 200;

export const RESCUE_STEPS: StepDefinition[] = [
  {
    stepType: RescueStepType.PLAN,
    title: { vi: 'Xây dựng kế hoạch giải cứu', en: 'Plan the rescue' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      planNumber: { field: { type: 'string', maxLength: 100 }, required: true, description: 'Number of the rescue plan' },
      plannedStartAt: { field: { type: 'datetime' }, required: true, description: 'When the operation is planned to start' },
      note,
    },
  },
  {
    stepType: RescueStepType.SEND_COOPERATION_REQUEST,
    title: { vi: 'Gửi đề nghị phối hợp giải cứu tới tỉnh Mondulkiri', en: 'Send the cooperation request to Mondulkiri' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      sentAt: { field: { type: 'datetime' }, required: true, description: 'When the request was sent' },
      channel: { field: { type: 'enum', values: ['BORDER_LIAISON', 'DIPLOMATIC_NOTE'] }, required: true, description: 'Channel used' },
      documentNumber: { field: { type: 'string', maxLength: 100 }, required: true, description: 'Number of the request' },
    },
  },
  {
    stepType: RescueStepType.RECORD_COOPERATION_REPLY,
    title: { vi: 'Theo dõi, ghi nhận trả lời của tỉnh Mondulkiri', en: "Follow up and record Mondulkiri's reply" },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      reply: { field: { type: 'enum', values: Object.values(CooperationReply) }, required: true, description: 'The reply' },
      note: {
        ...note,
        required: { when: 'reply', in: [CooperationReply.REFUSED, CooperationReply.NO_CONTACT] },
        description: 'What was answered or tried (required unless agreed)',
      },
    },
  },
  {
    stepType: RescueStepType.DECIDE_WITHOUT_AGREEMENT,
    title: { vi: 'Quyết định khi phía Campuchia không đồng ý phối hợp', en: 'Decide how to go on without Mondulkiri’s agreement' },
    completerRoles: [Role.COORDINATOR],
    outcome: {
      decision: { field: { type: 'enum', values: Object.values(NoAgreementDecision) }, required: true, description: 'Decision' },
      reason: { field: { type: 'string', maxLength: 4000 }, required: true, description: 'Why' },
    },
  },
  {
    stepType: RescueStepType.SIGN_OFF_OPERATION,
    title: { vi: 'Xác nhận kết quả phối hợp giải cứu', en: 'Sign off the joint rescue operation' },
    completerRoles: AGENCY_WORKERS,
    jointSignOff: true,
    outcome: {
      signedOffAt: { field: { type: 'datetime' }, required: true, description: 'When the operation ended' },
      result: { field: { type: 'enum', values: Object.values(OperationResult) }, required: true, description: 'Result' },
      note: { ...note, required: { when: 'result', in: [OperationResult.NO_VICTIM_FOUND] }, description: 'What was found (required if nobody)' },
    },
  },
  {
    stepType: RescueStepType.ESSENTIAL_NEEDS,
    title: { vi: 'Hỗ trợ nhu cầu thiết yếu ngay khi giải cứu', en: 'Essential needs at the point of rescue' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      providedAt: { field: { type: 'datetime' }, required: true, description: 'When food, clothing and first care were given' },
      note,
    },
  },
  {
    stepType: RescueStepType.RECORD_PERSONS,
    title: { vi: 'Ghi nhận người được giải cứu', en: 'Record the rescued persons' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      adults: { field: { type: 'integer', min: 0, max: MAX_PERSONS }, required: true, description: 'Adults rescued' },
      children: { field: { type: 'integer', min: 0, max: MAX_PERSONS }, required: true, description: 'Children (under 18) rescued' },
      homeCommuneCode: {
        field: { type: 'string', maxLength: 50, format: 'communeCode' },
        required: false,
        description: 'Home commune of the persons, if known (a commune of the agency list); unknown: the health department decides',
      },
      note,
    },
  },
];

import { Role } from '../role';
import { StepDefinition } from '../step-definition';
import { TipDecision } from './tip-decision';
import { TipStepType } from './tip-step-type';

const AGENCY_WORKERS = [Role.OFFICER, Role.AGENCY_HEAD];
const reasonUnlessConfirmed = {
  field: { type: 'string', maxLength: 4000 },
  required: { when: 'decision', in: [TipDecision.UNFOUNDED, TipDecision.SUSPENDED] },
  description: 'Why the tip is unfounded or suspended',
} as const;
const findings = {
  field: { type: 'string', maxLength: 8000 },
  required: true,
  description: 'What the verification found',
} as const;

export const TIP_STEPS: StepDefinition[] = [
  {
    stepType: TipStepType.NOTIFY_PROCURACY,
    title: { vi: 'Thông báo cho Viện kiểm sát việc tiếp nhận tin báo', en: 'Notify the procuracy of receipt' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      notifiedAt: { field: { type: 'datetime' }, required: true, description: 'When the procuracy was notified' },
      documentNumber: { field: { type: 'string', maxLength: 100 }, required: true, description: 'Number of the notice' },
    },
  },
  {
    stepType: TipStepType.VERIFY,
    title: { vi: 'Kiểm tra, xác minh và giải quyết tin báo', en: 'Verify and resolve the tip' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      // Suspending is a decision on a listed ground (POST /tasks/{id}/suspension), not an outcome typed here.
      decision: { field: { type: 'enum', values: [TipDecision.CONFIRMED, TipDecision.UNFOUNDED] }, required: true, description: 'Decision' },
      findings,
      reason: reasonUnlessConfirmed,
    },
  },
  {
    stepType: TipStepType.REVIEW_SUSPENSION,
    title: { vi: 'Xem xét phục hồi giải quyết tin báo bị tạm đình chỉ', en: 'Review the suspended tip' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      // Restoring is a decision (POST /tasks/{id}/restoration, art. 149); completing the review keeps the suspension.
      decision: { field: { type: 'enum', values: ['KEEP_SUSPENDED'] }, required: true, description: 'Decision' },
      reason: { field: { type: 'string', maxLength: 4000 }, required: true, description: 'Why' },
    },
  },
  {
    stepType: TipStepType.VERIFY_AFTER_RESUMPTION,
    title: { vi: 'Giải quyết tin báo sau khi phục hồi', en: 'Resolve the tip after resumption' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      decision: {
        field: { type: 'enum', values: [TipDecision.CONFIRMED, TipDecision.UNFOUNDED] },
        required: true,
        description: 'Decision',
      },
      findings,
      reason: reasonUnlessConfirmed,
    },
  },
  {
    stepType: TipStepType.SUSPENSION_NOTICE,
    title: { vi: 'Gửi quyết định tạm đình chỉ cho Viện kiểm sát', en: 'Send the suspension decision to the procuracy' },
    completerRoles: AGENCY_WORKERS,
    outcome: {
      sentAt: { field: { type: 'datetime' }, required: true, description: 'When the decision and its file were sent to the procuracy' },
      documentNumber: { field: { type: 'string', maxLength: 100 }, required: true, description: 'Number of the dispatch' },
    },
  },
  {
    stepType: TipStepType.URGENT_RESCUE_DECISION,
    title: { vi: 'Quyết định giải cứu khẩn cấp', en: 'Decide on an immediate rescue' },
    completerRoles: [Role.COORDINATOR],
    outcome: {
      rescueStarted: {
        field: { type: 'boolean' },
        required: true,
        description: 'Rescue now: opens the tip’s case (or uses the one it belongs to) with a rescue running in it',
      },
      note: { field: { type: 'string', maxLength: 4000 }, required: true, description: 'What was decided and why' },
      victimAbroad: { field: { type: 'boolean' }, required: false, description: 'With a rescue: the victim is held abroad' },
      borderArea: { field: { type: 'boolean' }, required: false, description: 'With a rescue: a border area' },
    },
  },
];

import { fieldTexts, StepOutcomeTexts } from '../outcome-texts';
import { TipDecision } from './tip-decision';
import { TipStepType } from './tip-step-type';

const findings = fieldTexts(
  ['Kết quả kiểm tra, xác minh', 'Findings'],
  ['Những gì việc kiểm tra, xác minh đã làm rõ', 'What the verification found'],
);
const reasonUnlessConfirmed = fieldTexts(
  ['Lý do', 'Reason'],
  ['Vì sao tin báo không có căn cứ (bắt buộc khi không có dấu hiệu tội phạm)', 'Why the tip is unfounded'],
);
const tipDecisions = {
  [TipDecision.CONFIRMED]: ['Có dấu hiệu tội phạm', 'Signs of a crime'],
  [TipDecision.UNFOUNDED]: ['Không có dấu hiệu tội phạm', 'No sign of a crime'],
} as const;

/** Texts of the tip verification steps' outcome fields (beside tip-steps.ts). */
export const TIP_OUTCOME_TEXTS: StepOutcomeTexts = {
  [TipStepType.NOTIFY_PROCURACY]: {
    notifiedAt: fieldTexts(['Thời điểm thông báo', 'Notified at'], ['Ngày giờ đã thông báo cho Viện kiểm sát', 'When the procuracy was notified']),
    documentNumber: fieldTexts(['Số văn bản thông báo', 'Notice number'], ['Số của văn bản thông báo gửi Viện kiểm sát', 'Number of the notice']),
  },
  [TipStepType.SUSPENSION_NOTICE]: {
    sentAt: fieldTexts(
      ['Thời điểm gửi', 'Sent at'],
      ['Ngày giờ đã gửi quyết định tạm đình chỉ và hồ sơ cho Viện kiểm sát', 'When the decision and its file were sent to the procuracy'],
    ),
    documentNumber: fieldTexts(['Số công văn gửi', 'Dispatch number'], ['Số của công văn gửi Viện kiểm sát', 'Number of the dispatch']),
  },
  [TipStepType.VERIFY]: {
    decision: fieldTexts(['Quyết định', 'Decision'], ['Kết quả giải quyết tin báo', 'How the tip is resolved'], tipDecisions),
    findings,
    reason: reasonUnlessConfirmed,
  },
  [TipStepType.REVIEW_SUSPENSION]: {
    decision: fieldTexts(
      ['Quyết định', 'Decision'],
      ['Tiếp tục tạm đình chỉ (phục hồi là một quyết định riêng: Phục hồi)', 'Keep the suspension (restoring is a decision of its own)'],
      {
        KEEP_SUSPENDED: ['Tiếp tục tạm đình chỉ', 'Keep suspended'],
      },
    ),
    reason: fieldTexts(['Lý do', 'Reason'], ['Căn cứ của quyết định', 'Why']),
  },
  [TipStepType.VERIFY_AFTER_RESUMPTION]: {
    decision: fieldTexts(['Quyết định', 'Decision'], ['Kết quả giải quyết tin báo sau khi phục hồi', 'How the tip is resolved after resumption'], {
      [TipDecision.CONFIRMED]: tipDecisions[TipDecision.CONFIRMED],
      [TipDecision.UNFOUNDED]: tipDecisions[TipDecision.UNFOUNDED],
    }),
    findings,
    reason: reasonUnlessConfirmed,
  },
  [TipStepType.URGENT_RESCUE_DECISION]: {
    rescueStarted: fieldTexts(
      ['Giải cứu ngay', 'Rescue now'],
      [
        'Có: mở vụ việc của tin báo (hoặc dùng vụ việc tin báo đã thuộc về) và bắt đầu giải cứu',
        'Rescue now: opens the tip’s case (or uses the one it belongs to) with a rescue running in it',
      ],
    ),
    note: fieldTexts(['Nội dung quyết định', 'Decision and reasons'], ['Đã quyết định gì và vì sao', 'What was decided and why']),
    victimAbroad: fieldTexts(
      ['Nạn nhân đang ở nước ngoài', 'Victim abroad'],
      ['Khi giải cứu: nạn nhân bị giữ ở nước ngoài', 'With a rescue: the victim is held abroad'],
    ),
    borderArea: fieldTexts(
      ['Khu vực biên giới', 'Border area'],
      ['Khi giải cứu: nơi giải cứu thuộc khu vực biên giới', 'With a rescue: a border area'],
    ),
  },
};

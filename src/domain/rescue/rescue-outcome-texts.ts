import { fieldTexts, StepOutcomeTexts } from '../outcome-texts';
import { CooperationReply, NoAgreementDecision } from './cooperation';
import { OperationResult } from './operation-result';
import { RescueStepType } from './rescue-step-type';

const note = fieldTexts(['Ghi chú', 'Note'], ['Ghi chú thêm, không ghi họ tên', 'Note (no names)']);

/** Texts of the rescue steps' outcome fields (beside rescue-steps.ts). */
export const RESCUE_OUTCOME_TEXTS: StepOutcomeTexts = {
  [RescueStepType.PLAN]: {
    planNumber: fieldTexts(['Số kế hoạch', 'Plan number'], ['Số của kế hoạch giải cứu', 'Number of the rescue plan']),
    plannedStartAt: fieldTexts(
      ['Thời điểm dự kiến bắt đầu', 'Planned start'],
      ['Ngày giờ dự kiến bắt đầu giải cứu', 'When the operation is planned to start'],
    ),
    note,
  },
  [RescueStepType.SEND_COOPERATION_REQUEST]: {
    sentAt: fieldTexts(['Thời điểm gửi', 'Sent at'], ['Ngày giờ đã gửi đề nghị phối hợp', 'When the request was sent']),
    channel: fieldTexts(['Kênh gửi', 'Channel'], ['Đề nghị được gửi qua kênh nào', 'Channel used'], {
      BORDER_LIAISON: ['Kênh liên lạc biên giới', 'Border liaison'],
      DIPLOMATIC_NOTE: ['Công hàm ngoại giao', 'Diplomatic note'],
    }),
    documentNumber: fieldTexts(['Số văn bản đề nghị', 'Request number'], ['Số của văn bản đề nghị phối hợp', 'Number of the request']),
  },
  [RescueStepType.RECORD_COOPERATION_REPLY]: {
    reply: fieldTexts(['Trả lời của phía Campuchia', 'Reply'], ['Tỉnh Mondulkiri đã trả lời thế nào', 'The reply'], {
      [CooperationReply.AGREED]: ['Đồng ý phối hợp', 'Agreed'],
      [CooperationReply.REFUSED]: ['Không đồng ý phối hợp', 'Refused'],
      [CooperationReply.NO_CONTACT]: ['Không liên lạc được', 'No contact'],
    }),
    note: fieldTexts(
      ['Ghi chú', 'Note'],
      ['Phía bạn đã trả lời gì hoặc đã thử liên lạc thế nào (bắt buộc trừ khi đồng ý)', 'What was answered or tried (required unless agreed)'],
    ),
  },
  [RescueStepType.DECIDE_WITHOUT_AGREEMENT]: {
    decision: fieldTexts(['Quyết định', 'Decision'], ['Cách tiếp tục khi phía bạn không đồng ý phối hợp', 'How to go on without the agreement'], {
      [NoAgreementDecision.RESEND_REQUEST]: ['Gửi lại đề nghị phối hợp', 'Send the request again'],
      [NoAgreementDecision.PROCEED_WITHOUT_COOPERATION]: ['Tiến hành giải cứu không có phối hợp', 'Go on without cooperation'],
      [NoAgreementDecision.END_RESCUE]: ['Kết thúc giải cứu', 'End the rescue'],
    }),
    reason: fieldTexts(['Lý do', 'Reason'], ['Căn cứ của quyết định', 'Why']),
  },
  [RescueStepType.SIGN_OFF_OPERATION]: {
    signedOffAt: fieldTexts(['Thời điểm kết thúc', 'Ended at'], ['Ngày giờ kết thúc đợt giải cứu', 'When the operation ended']),
    result: fieldTexts(['Kết quả', 'Result'], ['Kết quả của đợt giải cứu', 'Result of the operation'], {
      [OperationResult.SUCCESS]: ['Đã giải cứu được nạn nhân', 'Victims rescued'],
      [OperationResult.NO_VICTIM_FOUND]: ['Không tìm thấy nạn nhân', 'No victim found'],
    }),
    note: fieldTexts(['Ghi chú', 'Note'], ['Đã phát hiện gì (bắt buộc khi không tìm thấy ai)', 'What was found (required if nobody)']),
  },
  [RescueStepType.ESSENTIAL_NEEDS]: {
    providedAt: fieldTexts(
      ['Thời điểm hỗ trợ', 'Provided at'],
      ['Ngày giờ đã hỗ trợ ăn, mặc và sơ cứu ban đầu', 'When food, clothing and first care were given'],
    ),
    note,
  },
  [RescueStepType.RECORD_PERSONS]: {
    adults: fieldTexts(['Số người lớn', 'Adults'], ['Số người từ đủ 18 tuổi được giải cứu', 'Adults rescued']),
    children: fieldTexts(['Số trẻ em', 'Children'], ['Số người dưới 18 tuổi được giải cứu', 'Children (under 18) rescued']),
    homeCommuneCode: fieldTexts(
      ['Xã nơi cư trú', 'Home commune'],
      [
        'Xã, phường nơi những người này cư trú, nếu biết; chưa biết thì Sở Y tế quyết định',
        'Home commune of the persons, if known; unknown: the health department decides',
      ],
    ),
    note,
  },
};

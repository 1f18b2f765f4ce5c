import { fieldTexts, OutcomeFieldTexts, StepOutcomeTexts } from '../outcome-texts';
import { ReceptionStepType as S } from './reception-step-type';
import { ShelterDestination } from './shelter-destination';
import { SUPPORT_PLAN_FIELD, SupportKind } from './support-kind';

const handedOverAt = fieldTexts(['Thời điểm bàn giao', 'Handed over at'], ['Ngày giờ đã bàn giao người đó', 'When the person was handed over']);

/** One outcome for every support task: given, declined by the person, or not possible (and why). */
const supportOutcome: Record<string, OutcomeFieldTexts> = {
  result: fieldTexts(['Kết quả hỗ trợ', 'Result'], ['Việc hỗ trợ đã diễn ra thế nào', 'What happened'], {
    PROVIDED: ['Đã hỗ trợ', 'Provided'],
    DECLINED: ['Người đó từ chối', 'Declined by the person'],
    NOT_POSSIBLE: ['Không thể hỗ trợ', 'Not possible'],
  }),
  note: fieldTexts(['Ghi chú', 'Note'], ['Đã hỗ trợ gì, hoặc vì sao không (bắt buộc khi không hỗ trợ)', 'What was given, or why not']),
};

const SUPPORT_NAMES: Readonly<Record<SupportKind, readonly [string, string]>> = {
  [SupportKind.MEDICAL]: ['Hỗ trợ y tế', 'Medical care'],
  [SupportKind.PSYCHOLOGICAL]: ['Hỗ trợ tâm lý', 'Psychological support'],
  [SupportKind.LEGAL_AID]: ['Trợ giúp pháp lý', 'Legal aid'],
  [SupportKind.EDUCATION]: ['Hỗ trợ học văn hóa', 'Schooling'],
  [SupportKind.VOCATIONAL]: ['Hỗ trợ học nghề, tư vấn việc làm', 'Vocational training and job counselling'],
  [SupportKind.ALLOWANCE]: ['Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn', 'Initial allowance and loan support'],
};

const planOutcome: Record<string, OutcomeFieldTexts> = {
  ...Object.fromEntries(
    Object.values(SupportKind).map((kind) => {
      const [vi, en] = SUPPORT_NAMES[kind];
      return [
        SUPPORT_PLAN_FIELD[kind],
        fieldTexts([vi, en], [`Người đó cần và đề nghị: ${vi.toLowerCase()}`, `The person needs and asks for: ${en.toLowerCase()}`]),
      ];
    }),
  ),
  note: fieldTexts(['Ghi chú', 'Note'], ['Nhận xét về kế hoạch hỗ trợ', 'Remarks on the plan']),
};

/** Texts of the victim reception steps' outcome fields (beside reception-steps.ts). */
export const RECEPTION_OUTCOME_TEXTS: StepOutcomeTexts = {
  [S.BORDER_GUARD_HANDOVER]: {
    receivedAt: fieldTexts(
      ['Thời điểm tiếp nhận', 'Received at'],
      ['Ngày giờ đã tiếp nhận người đó tại cửa khẩu', 'When the person was received at the gate'],
    ),
    recordNumber: fieldTexts(['Số biên bản bàn giao', 'Handover record number'], ['Số của biên bản bàn giao', 'Number of the handover record']),
  },
  [S.IMMIGRATION_HANDOVER]: {
    entryRecordedAt: fieldTexts(
      ['Thời điểm làm thủ tục nhập cảnh', 'Entry recorded at'],
      ['Ngày giờ đã làm thủ tục nhập cảnh', 'When the entry was recorded'],
    ),
    returnCertificateNumber: fieldTexts(
      ['Số giấy xác nhận về nước', 'Certificate of return number'],
      ['Số giấy xác nhận về nước do cơ quan đại diện cấp, nếu có', 'Number of the certificate of return from the mission, if any'],
    ),
  },
  [S.RETURN_CERTIFICATE]: {
    issuedAt: fieldTexts(['Thời điểm cấp giấy', 'Issued at'], ['Ngày giờ đã cấp giấy xác nhận về nước', 'When the certificate of return was issued']),
    certificateNumber: fieldTexts(
      ['Số giấy xác nhận về nước', 'Certificate number'],
      ['Số của giấy xác nhận về nước', 'Number of the certificate of return'],
    ),
  },
  [S.TO_RECEPTION_POINT]: {
    deliveredAt: fieldTexts(
      ['Thời điểm bàn giao', 'Delivered at'],
      ['Ngày giờ đã đưa người đó đến nơi tiếp nhận', 'When the person was handed to the reception point'],
    ),
  },
  [S.SELF_REPORT_ARRIVAL]: {
    arrivedAt: fieldTexts(
      ['Thời điểm đưa đến', 'Arrived at'],
      ['Ngày giờ đã đưa người đó đến UBND xã', 'When the person was brought to the commune committee'],
    ),
    broughtBy: fieldTexts(
      ['Người, đơn vị đưa đến', 'Brought by'],
      ['Cán bộ hoặc đơn vị đã đưa người đó đến', 'The officer or unit who brought the person'],
    ),
  },
  [S.NOTIFY_HEALTH]: {
    notifiedAt: fieldTexts(
      ['Thời điểm thông báo', 'Notified at'],
      ['Ngày giờ đã thông báo cho Sở Y tế', 'When the Department of Health was notified'],
    ),
  },
  [S.RESCUED_HANDOVER]: {
    handedOverAt,
    recordNumber: fieldTexts(
      ['Số biên bản bàn giao', 'Handover record number'],
      ['Số của biên bản bàn giao, nếu có', 'Number of the handover record'],
    ),
  },
  [S.INITIAL_VERIFICATION]: {
    isVictim: fieldTexts(
      ['Có dấu hiệu là nạn nhân', 'Signs of a victim'],
      ['Người đó có dấu hiệu là nạn nhân bị mua bán', 'The person shows signs of being a victim of trafficking'],
    ),
    hasVictimPaper: fieldTexts(
      ['Đã có giấy xác nhận nạn nhân', 'Victim paper exists'],
      ['Đã có giấy tờ xác nhận người đó là nạn nhân', 'A paper confirming the person is a victim already exists'],
    ),
    note: fieldTexts(['Kết quả xác minh', 'Findings'], ['Những gì việc xác minh ban đầu đã làm rõ', 'What the verification found']),
  },
  [S.FORMAL_IDENTIFICATION]: {
    decision: fieldTexts(['Kết luận', 'Decision'], ['Người đó có phải là nạn nhân không', 'Whether the person is a victim'], {
      CONFIRMED_VICTIM: ['Xác định là nạn nhân', 'Confirmed victim'],
      NOT_A_VICTIM: ['Không phải là nạn nhân', 'Not a victim'],
    }),
    documentNumber: fieldTexts(
      ['Số giấy xác nhận nạn nhân', 'Victim paper number'],
      ['Số của giấy tờ xác nhận là nạn nhân', 'Number of the paper confirming the victim'],
    ),
    reason: fieldTexts(['Lý do', 'Reason'], ['Vì sao người đó không phải là nạn nhân', 'Why the person is not a victim']),
  },
  [S.SHELTER]: {
    leftAt: fieldTexts(['Thời điểm rời cơ sở', 'Left at'], ['Ngày giờ người đó rời cơ sở hỗ trợ', 'When the person left the facility']),
    destination: fieldTexts(['Nơi đến', 'Destination'], ['Người đó đi đâu sau khi rời cơ sở', 'Where the person went'], {
      [ShelterDestination.HOME_COMMUNE]: ['Về xã nơi cư trú', 'Home commune'],
      [ShelterDestination.FACILITY_CARE]: ['Được chăm sóc tại cơ sở trợ giúp xã hội', 'Care in a social assistance facility'],
      [ShelterDestination.OTHER]: ['Nơi khác', 'Elsewhere'],
    }),
    note: fieldTexts(['Ghi chú', 'Remarks'], ['Nhận xét thêm', 'Remarks']),
  },
  [S.CHILD_PROTECTION]: {
    guardianFound: fieldTexts(
      ['Đã tìm thấy cha mẹ, người giám hộ', 'Guardian found'],
      ['Đã tìm thấy và liên lạc được với cha mẹ hoặc người giám hộ', 'A parent or guardian was found and contacted'],
    ),
    measures: fieldTexts(['Biện pháp bảo vệ', 'Measures'], ['Các biện pháp bảo vệ trẻ em đã áp dụng', 'Protection measures taken']),
  },
  [S.SUPPORT_PLAN]: planOutcome,
  [S.SUPPORT_MEDICAL]: supportOutcome,
  [S.SUPPORT_PSYCHOLOGICAL]: supportOutcome,
  [S.SUPPORT_LEGAL_AID]: supportOutcome,
  [S.SUPPORT_EDUCATION]: supportOutcome,
  [S.SUPPORT_VOCATIONAL]: supportOutcome,
  [S.SUPPORT_ALLOWANCE]: supportOutcome,
  [S.TRANSFER_HOME]: { handedOverAt },
  [S.TRANSFER_HOME_CHILD]: {
    handedOverAt: fieldTexts(['Thời điểm bàn giao', 'Handed over at'], ['Ngày giờ đã bàn giao trẻ em', 'When the child was handed over']),
    handedOverTo: fieldTexts(
      ['Hình thức bàn giao', 'Handed over to'],
      ['Gia đình đến đón, hay cán bộ đưa trẻ về', 'Collected by relatives, or escorted home'],
      {
        RELATIVES: ['Gia đình đến đón', 'Collected by relatives'],
        ESCORT: ['Cán bộ đưa về nơi cư trú', 'Escorted home'],
      },
    ),
    escortAgencyCode: fieldTexts(
      ['Cơ quan đưa trẻ về', 'Escorting agency'],
      ['Cơ quan có cán bộ đưa trẻ về nơi cư trú', 'The agency whose officer escorted the child'],
    ),
  },
  [S.FOLLOW_UP]: {
    situation: fieldTexts(['Tình hình hiện nay', 'Situation'], ['Người đó hiện nay thế nào', 'How the person is doing'], {
      STABLE: ['Ổn định', 'Stable'],
      NEEDS_SUPPORT: ['Cần hỗ trợ thêm', 'Needs support'],
      NOT_FOUND: ['Không tìm thấy người đó', 'Not found'],
    }),
    note: fieldTexts(['Ghi chú', 'Note'], ['Cần hỗ trợ gì, hoặc đã làm gì để tìm người đó', 'What is needed, or what was done to find the person']),
  },
};

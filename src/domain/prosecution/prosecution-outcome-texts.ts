import { fieldTexts, OutcomeFieldTexts, StepOutcomeTexts } from '../outcome-texts';
import { CourtDecision, InvestigationConclusion, ProcuracyDecision, Verdict } from './prosecution-decisions';
import { ProsecutionStepType as P } from './prosecution-step-type';

const documentNumber = fieldTexts(['Số văn bản', 'Document number'], ['Số của văn bản', 'Number of the document']);
const decision = (help: readonly [string, string], choices: Record<string, readonly [string, string]>): OutcomeFieldTexts =>
  fieldTexts(['Quyết định', 'Decision'], help, choices);
const grounds = (en: string, vi: string) => fieldTexts(['Căn cứ, nội dung', 'Grounds'], [vi, en]);

const procuracy = {
  [ProcuracyDecision.PROSECUTE]: ['Truy tố (ban hành bản cáo trạng)', 'Prosecute (indictment)'],
  [ProcuracyDecision.RETURN_FOR_SUPPLEMENTARY]: ['Trả hồ sơ để điều tra bổ sung', 'Return for supplementary investigation'],
  [ProcuracyDecision.NOT_PROSECUTE]: ['Không truy tố', 'Do not prosecute'],
} as const;
const court = {
  [CourtDecision.TRY]: ['Đưa vụ án ra xét xử', 'Bring to trial'],
  [CourtDecision.RETURN_FOR_SUPPLEMENTARY]: ['Trả hồ sơ để điều tra bổ sung', 'Return for supplementary investigation'],
  [CourtDecision.SUSPEND]: ['Tạm đình chỉ vụ án', 'Suspend the case'],
} as const;

/** Texts of the investigation, prosecution and trial steps' outcome fields (beside prosecution-steps.ts). */
export const PROSECUTION_OUTCOME_TEXTS: StepOutcomeTexts = {
  [P.BORDER_TRANSFER]: {
    transferredAt: fieldTexts(['Thời điểm bàn giao', 'Handed over at'], ['Ngày giờ đã bàn giao hồ sơ vụ án', 'When the file was handed over']),
    documentNumber,
  },
  [P.INVESTIGATION]: {
    conclusion: decision(['Kết luận khi kết thúc điều tra', 'How the investigation ends'], {
      [InvestigationConclusion.RECOMMEND_PROSECUTION]: ['Đề nghị truy tố', 'Recommend prosecution'],
      [InvestigationConclusion.DROP]: ['Đình chỉ điều tra', 'Drop the investigation'],
    }),
    note: grounds('The conclusion, or why dropped', 'Nội dung kết luận, hoặc lý do đình chỉ'),
  },
  [P.SUPPLEMENTARY_INVESTIGATION]: {
    note: fieldTexts(
      ['Kết quả điều tra bổ sung', 'Findings'],
      ['Những gì việc điều tra bổ sung đã làm rõ', 'What the supplementary investigation established'],
    ),
  },
  [P.PROCURACY_DECISION]: {
    decision: decision(['Quyết định của Viện kiểm sát về việc truy tố', 'The procuracy’s decision on prosecution'], procuracy),
    note: grounds(
      'Grounds of the decision; for a return, what to investigate',
      'Căn cứ của quyết định; khi trả hồ sơ, những vấn đề cần điều tra bổ sung',
    ),
  },
  [P.PROCURACY_FINAL_DECISION]: {
    decision: decision(['Quyết định của Viện kiểm sát về việc truy tố', 'The procuracy’s decision on prosecution'], {
      [ProcuracyDecision.PROSECUTE]: procuracy[ProcuracyDecision.PROSECUTE],
      [ProcuracyDecision.NOT_PROSECUTE]: procuracy[ProcuracyDecision.NOT_PROSECUTE],
    }),
    note: grounds('Grounds of the decision', 'Căn cứ của quyết định'),
  },
  [P.NOTIFY_DECISION]: {
    notifiedAt: fieldTexts(['Thời điểm gửi', 'Sent at'], ['Ngày giờ đã gửi quyết định', 'When the decision was sent']),
    documentNumber,
  },
  [P.SUSPENSION_NOTICE]: {
    sentAt: fieldTexts(
      ['Thời điểm gửi', 'Sent at'],
      ['Ngày giờ đã gửi quyết định tạm đình chỉ điều tra cho Viện kiểm sát', 'When the decision was sent to the procuracy'],
    ),
    documentNumber,
  },
  [P.TRIAL_PREPARATION]: {
    decision: decision(['Quyết định của Tòa án khi chuẩn bị xét xử', 'The court’s decision'], court),
    note: grounds(
      'Grounds of the decision; for a return, what to investigate',
      'Căn cứ của quyết định; khi trả hồ sơ, những vấn đề cần điều tra bổ sung',
    ),
  },
  [P.TRIAL_DECISION_AFTER_RETURN]: {
    decision: decision(['Quyết định của Tòa án sau điều tra bổ sung', 'The court’s decision after the supplementary investigation'], {
      [CourtDecision.TRY]: court[CourtDecision.TRY],
      [CourtDecision.SUSPEND]: court[CourtDecision.SUSPEND],
    }),
    note: grounds('Grounds of the decision', 'Căn cứ của quyết định'),
  },
  [P.OPEN_HEARING]: {
    openedAt: fieldTexts(['Thời điểm mở phiên tòa', 'Opened at'], ['Ngày giờ phiên tòa được mở', 'When the hearing opened']),
    note: fieldTexts(
      ['Lý do mở muộn', 'Reason for delay'],
      ['Vì sao phiên tòa mở muộn (trở ngại khách quan, bất khả kháng), nếu có', 'Why it opened late (force majeure), if it did'],
    ),
  },
  [P.RECORD_VERDICT]: {
    verdict: fieldTexts(['Bản án', 'Verdict'], ['Kết quả xét xử sơ thẩm', 'The first-instance verdict'], {
      [Verdict.CONVICTED]: ['Tuyên có tội', 'Convicted'],
      [Verdict.ACQUITTED]: ['Tuyên không có tội', 'Acquitted'],
    }),
    sentence: fieldTexts(
      ['Hình phạt đã tuyên', 'Sentence'],
      [
        'Hình phạt đã tuyên (không ghi tên: ghi bị cáo theo số thứ tự trong hồ sơ)',
        'The sentence pronounced (no names: the accused by their number in the file)',
      ],
    ),
  },
  [P.VICTIM_INFORMATION]: {
    victimInformed: fieldTexts(
      ['Đã thông báo cho nạn nhân', 'Victim informed'],
      ['Nạn nhân đã được thông báo quyền của mình và cách theo dõi vụ án', 'The victim was told their rights and how to follow the case'],
    ),
    protection: fieldTexts(['Biện pháp bảo vệ', 'Protection'], ['Có cần áp dụng biện pháp bảo vệ nạn nhân không', 'Protection measures'], {
      NOT_NEEDED: ['Không cần', 'Not needed'],
      ARRANGED: ['Đã áp dụng', 'Arranged'],
    }),
    measures: fieldTexts(
      ['Các biện pháp', 'Measures'],
      ['Những biện pháp đã áp dụng (không ghi địa chỉ hay chi tiết nhận dạng)', 'Which measures (no address or other identifying detail)'],
    ),
  },
  [P.LEGAL_AID]: {
    decision: decision(['Kết quả cử người trợ giúp pháp lý', 'Whether legal aid was assigned'], {
      LAWYER_ASSIGNED: ['Đã cử người trợ giúp pháp lý', 'Legal aid assigned'],
      DECLINED_BY_VICTIM: ['Nạn nhân từ chối', 'Declined by the victim'],
    }),
    note: fieldTexts(['Lý do từ chối', 'Reason declined'], ['Vì sao nạn nhân từ chối', 'Why declined']),
  },
};

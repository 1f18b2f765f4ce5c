import { ProsecutionStepType } from '../prosecution/prosecution-step-type';
import { TipStepType } from '../tip/tip-step-type';

/** A ground the law lists for suspending (tạm đình chỉ), with its article as the screens show it. */
export interface SuspensionGround {
  code: string;
  label: { vi: string; en: string };
  article: { vi: string; en: string };
  /** Art. 229(1)(b) only: the decision may come before the period has run out; every other ground waits for its end. */
  beforePeriodEnd: boolean;
}

const ground = (code: string, vi: string, en: string, clause: [number, string], beforePeriodEnd = false): SuspensionGround => ({
  code,
  label: { vi, en },
  article: { vi: `Điểm ${clause[1]} khoản 1 Điều ${clause[0]} BLTTHS 2015`, en: `BLTTHS 2015 art. ${clause[0]}(1)(${clause[1]})` },
  beforePeriodEnd,
});

/** Art. 148(1) (as amended in 2021): resolving a tip may be suspended once the art. 147 period has run out. */
export const TIP_SUSPENSION_GROUNDS: readonly SuspensionGround[] = [
  ground('TIP_EXAMINATION_PENDING', 'Đã trưng cầu giám định nhưng chưa có kết luận giám định', 'Expert examination asked and unanswered', [148, 'a']),
  ground('TIP_VALUATION_PENDING', 'Đã yêu cầu định giá tài sản nhưng chưa có kết luận định giá', 'Asset valuation asked and unanswered', [148, 'a']),
  ground(
    'TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING',
    'Đã yêu cầu nước ngoài tương trợ tư pháp (như Campuchia) nhưng chưa có kết quả',
    'Foreign mutual legal assistance (e.g. Cambodia) asked and unanswered',
    [148, 'a'],
  ),
  ground(
    'TIP_DOCUMENTS_NOT_RECEIVED',
    'Đã yêu cầu cung cấp tài liệu, đồ vật quan trọng có ý nghĩa quyết định nhưng chưa nhận được',
    'Decisive documents or objects asked for and not received',
    [148, 'b'],
  ),
  ground('TIP_FORCE_MAJEURE', 'Có trở ngại khách quan do thiên tai, dịch bệnh (bất khả kháng)', 'Force majeure (natural disaster, epidemic)', [
    148,
    'c',
  ]),
];

/**
 * Art. 229(1): an investigation may be suspended once its period has run out, except for a forensic finding of
 * illness (b), which may come before. The force majeure ground added in 2021 is left out until its letter is checked.
 */
export const INVESTIGATION_SUSPENSION_GROUNDS: readonly SuspensionGround[] = [
  ground('ACCUSED_NOT_IDENTIFIED', 'Chưa xác định được bị can', 'The accused has not been identified', [229, 'a']),
  ground(
    'ACCUSED_NOT_FOUND',
    'Không biết rõ bị can đang ở đâu (đã ra quyết định truy nã)',
    'The accused cannot be found (a wanted notice was issued)',
    [229, 'a'],
  ),
  ground(
    'ACCUSED_ILL',
    'Bị can bị bệnh tâm thần hoặc bệnh hiểm nghèo khác có kết luận giám định pháp y',
    'A forensic finding that the accused is mentally or gravely ill',
    [229, 'b'],
    true,
  ),
  ground('INVESTIGATION_EXAMINATION_PENDING', 'Trưng cầu giám định nhưng chưa có kết quả', 'Expert examination asked and unanswered', [229, 'c']),
  ground('INVESTIGATION_VALUATION_PENDING', 'Yêu cầu định giá tài sản nhưng chưa có kết quả', 'Asset valuation asked and unanswered', [229, 'c']),
  ground(
    'INVESTIGATION_MUTUAL_LEGAL_ASSISTANCE_PENDING',
    'Yêu cầu nước ngoài tương trợ tư pháp nhưng chưa có kết quả',
    'Foreign mutual legal assistance asked and unanswered',
    [229, 'c'],
  ),
];

/** What a suspendable step's suspension means: its grounds, the notice owed to the procuracy, how the outcome reads. */
export interface SuspendableStep {
  article: string;
  grounds: readonly SuspensionGround[];
  /** The step (and catalogue key) of the notice to the procuracy the deciding agency then owes. */
  noticeStepType: string;
  /** The completed task's outcome, as the step's own schema reads a suspension. */
  outcome: (reason: string) => Record<string, unknown>;
}

const tip: SuspendableStep = {
  article: 'BLTTHS 2015 art. 148',
  grounds: TIP_SUSPENSION_GROUNDS,
  noticeStepType: TipStepType.SUSPENSION_NOTICE,
  outcome: (reason) => ({ decision: 'SUSPENDED', findings: reason, reason }),
};

/** The steps whose period the law lets the deciding agency suspend, by step type. */
export const SUSPENDABLE_STEPS: Readonly<Record<string, SuspendableStep>> = {
  [TipStepType.VERIFY]: tip,
  [TipStepType.VERIFY_AFTER_RESUMPTION]: tip,
  [ProsecutionStepType.INVESTIGATION]: {
    article: 'BLTTHS 2015 art. 229',
    grounds: INVESTIGATION_SUSPENSION_GROUNDS,
    noticeStepType: ProsecutionStepType.SUSPENSION_NOTICE,
    outcome: (reason) => ({ conclusion: 'SUSPEND', note: reason }),
  },
};

/** The steps whose completion restores a suspended process (phục hồi): the tip's review (art. 149). */
export const RESTORING_STEPS: ReadonlySet<string> = new Set([TipStepType.REVIEW_SUSPENSION]);

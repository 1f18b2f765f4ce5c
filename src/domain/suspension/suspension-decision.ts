/** A decision (quyết định) as the law has it: its number, the day it was signed (YYYY-MM-DD, local) and who signed it. */
export interface DecisionRecord {
  decisionNumber: string;
  decidedOn: string;
  signer: string;
}

/** Tạm đình chỉ: a decision on a ground from the article's list. */
export interface SuspensionDecision extends DecisionRecord {
  groundCode: string;
}

/** Phục hồi: a decision that opens a new period. */
export type RestorationDecision = DecisionRecord;

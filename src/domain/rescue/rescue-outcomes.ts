import type { CooperationReply, NoAgreementDecision } from './cooperation';
import type { OperationResult } from './operation-result';

/** Outcomes of the rescue steps the workflow reads, as their schemas in rescue-steps.ts guarantee them. */
export interface CooperationReplyOutcome {
  reply: CooperationReply;
  note?: string;
}

export interface NoAgreementOutcome {
  decision: NoAgreementDecision;
  reason: string;
}

export interface SignOffOutcome {
  signedOffAt: string;
  result: OperationResult;
  note?: string;
}

export interface RecordPersonsOutcome {
  adults: number;
  children: number;
  /** A commune the API checked against the agency list; absent when unknown. */
  homeCommuneCode?: string | null;
  note?: string;
}

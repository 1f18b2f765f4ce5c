import type { TipDecision } from '../../src/domain/tip/tip-decision';

/** Only ids and flags: the tip's content and the tipster stay in the database, out of the workflow history. */
export interface TipVerificationInput {
  tipId: string;
  tipReference: string;
  investigatingAgencyCode: string;
  /** A victim in danger now: the coordinator must decide on an immediate rescue in parallel. */
  victimInDanger: boolean;
}

export interface TipVerificationResult {
  decision: TipDecision.CONFIRMED | TipDecision.UNFOUNDED | 'CANCELLED';
  caseId: string | null;
  caseReference: string | null;
}

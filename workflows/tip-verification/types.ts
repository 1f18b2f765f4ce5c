import type { TipDecision } from '../../src/domain/tip/tip-decision';

/** Only ids and flags: the tip's content and the tipster stay in the database, out of the workflow history. */
export interface TipVerificationInput {
  tipId: string;
  tipReference: string;
  investigatingAgencyCode: string;
  /** A victim in danger now: the coordinator must decide on an immediate rescue in parallel. */
  victimInDanger: boolean;
  /**
   * When the tip was received (epoch ms): the notice (art. 146) and the verification (art. 147) run from here.
   * Absent in processes started before it was passed: their periods ran from the workflow's start.
   */
  receivedAt?: number;
  /** The catalogue version in force when the API accepted the tip (absent before versions were pinned). */
  catalogueVersion?: number | null;
  /** Registered long after receipt (LATE_REGISTRATION_HOURS): recorded on the timeline as REGISTERED_LATE. */
  registeredLate?: { registeredAt: number; delayHours: number; thresholdHours: number } | null;
}

export interface TipVerificationResult {
  decision: TipDecision.CONFIRMED | TipDecision.UNFOUNDED | 'CANCELLED';
  caseId: string | null;
  caseReference: string | null;
}

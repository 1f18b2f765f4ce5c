import type { CourtDecision, InvestigationConclusion, ProcuracyDecision, Verdict } from './prosecution-decisions';

/** Outcomes of the prosecution steps the workflow reads, as their schemas in prosecution-steps.ts guarantee them. */
export interface InvestigationOutcome {
  conclusion: InvestigationConclusion;
  note?: string;
  /** Set when the investigation was suspended by a decision (BLTTHS art. 229): the ground and the decision. */
  suspension?: Record<string, unknown>;
}

export interface ProcuracyDecisionOutcome {
  decision: ProcuracyDecision;
  note?: string;
}

export interface CourtDecisionOutcome {
  decision: CourtDecision;
  note?: string;
}

export interface VerdictOutcome {
  verdict: Verdict;
}

import type { TipDecision } from './tip-decision';

/** Outcomes of the tip steps, as their schemas in tip-steps.ts guarantee them once a task is completed. */
export interface VerifyTipOutcome {
  decision: TipDecision;
  findings: string;
  reason?: string;
  /** Set when the period was suspended by a decision (BLTTHS art. 148): the ground, its article and the decision. */
  suspension?: Record<string, unknown>;
}

export interface ReviewSuspensionOutcome {
  decision: 'RESUME' | 'KEEP_SUSPENDED';
  reason: string;
}

export interface UrgentRescueDecisionOutcome {
  rescueStarted: boolean;
  note: string;
  /** With a rescue: the victim is held abroad (a request to Mondulkiri, the border guard operates too). */
  victimAbroad?: boolean;
  /** With a rescue: a border area (the border guard operates too). */
  borderArea?: boolean;
}

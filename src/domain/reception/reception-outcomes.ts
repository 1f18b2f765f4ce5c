import type { ShelterDestination } from './shelter-destination';

/** Outcomes of the reception steps the workflow reads, as their schemas in reception-steps.ts guarantee them. */
export interface InitialVerificationOutcome {
  isVictim: boolean;
  hasVictimPaper: boolean;
  note: string;
}

export interface FormalIdentificationOutcome {
  decision: 'CONFIRMED_VICTIM' | 'NOT_A_VICTIM';
  documentNumber?: string;
  reason?: string;
}

export interface ShelterOutcome {
  leftAt: string;
  destination: ShelterDestination;
  note?: string;
}

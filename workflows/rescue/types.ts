/** Only ids, flags and pseudonymous labels: names and identity papers stay out of the workflow. */
export interface RescueInput {
  caseId: string;
  caseReference: string;
  /**
   * The victim is held abroad (Cambodia): a cooperation request to Mondulkiri is needed, and the border guard plans
   * and signs off with the police as in a border area, since the person comes back across the border.
   */
  victimAbroad: boolean;
  /** A border area: the border guard plans and signs off with the police. */
  borderArea: boolean;
  /** The catalogue version pinned when the request was accepted (absent in older processes: the current one). */
  catalogueVersion?: number | null;
}

export interface RescuedPerson {
  /** Pseudonymous label given at the rescue (e.g. "V1"), never a name. */
  label: string;
  child: boolean;
  /** Null when the police did not know it: then the health department decides where the person goes. */
  homeCommuneCode: string | null;
}

/** Why a rescue ended without anyone brought out. */
export type RescueEndReason = 'NO_VICTIM_FOUND' | 'NO_COOPERATION';

export interface RescueResult {
  outcome: 'RESCUED' | 'NOT_FOUND' | 'CANCELLED';
  persons: RescuedPerson[];
  /** Set with NOT_FOUND: nobody found at the operation, or the standing office ended it without Mondulkiri. */
  reason?: RescueEndReason;
  /** The persons were rescued abroad: they come home through the border gate. */
  victimAbroad?: boolean;
  /** The catalogue version the rescue ran with: the receptions it brings about take the same. */
  catalogueVersion?: number | null;
}

/** Only ids, flags and pseudonymous labels: names and identity papers stay out of the workflow. */
export interface RescueInput {
  caseId: string;
  caseReference: string;
  /** The victim is held abroad (Cambodia): a cooperation request to Mondulkiri is needed. */
  victimAbroad: boolean;
  /** A border area: the border guard plans and signs off with the police. */
  borderArea: boolean;
}

export interface RescuedPerson {
  /** Pseudonymous label given at the rescue (e.g. "V1"), never a name. */
  label: string;
  child: boolean;
  homeCommuneCode: string | null;
}

export interface RescueResult {
  outcome: 'RESCUED' | 'NOT_FOUND' | 'CANCELLED';
  persons: RescuedPerson[];
}

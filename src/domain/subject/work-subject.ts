/**
 * What a piece of work (a task, an approval, an escalation, a notification) is about, as far as its reader may see:
 * the case and tip it belongs to, a one-line subject and the place. Tip fields are null for a reader who may not read
 * the tip (leadership, an agency outside its verification); the person fields belong to a reception's person
 * (a pseudonym, never a name).
 */
export interface WorkSubject {
  caseReference: string | null;
  tipReference: string | null;
  /** The tip's summary on one line, shortened (`subjectLine`). */
  summary: string | null;
  /** The tip's place. */
  place: string | null;
  /** A reception's person: the pseudonymous label (e.g. R1-V2). */
  personLabel: string | null;
  /** A reception's person is a child. */
  child: boolean | null;
}

export const NO_SUBJECT: WorkSubject = { caseReference: null, tipReference: null, summary: null, place: null, personLabel: null, child: null };

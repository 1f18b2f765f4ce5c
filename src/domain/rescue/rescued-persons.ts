/** A rescued person as the processes know them: a pseudonym and flags, never a name or identity paper. */
export interface LabelledPerson {
  label: string;
  child: boolean;
  homeCommuneCode: string | null;
}

/**
 * Pseudonymous labels V1…Vn for the persons the police recorded: adults first, then children (flagged, since
 * children are received and identified under their own rules). One home commune for all, if known.
 */
export function labelRescuedPersons(adults: number, children: number, homeCommuneCode: string | null): LabelledPerson[] {
  return Array.from({ length: adults + children }, (_, i) => ({
    label: `V${i + 1}`,
    child: i >= adults,
    homeCommuneCode,
  }));
}

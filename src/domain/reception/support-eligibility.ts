import { SupportKind } from './support-kind';

/**
 * Who may receive which support: Law 53/2024 art. 37 (Chapter V), whose text was read (a published copy of the law,
 * not the Official Gazette). Our six support kinds are its points (b), (g), (đ), (h), (i) and (k):
 *
 * - cl. 1: a victim who is a Vietnamese citizen or a stateless person residing permanently in Viet Nam — all of (a)–(k);
 * - cl. 2: a person under 18 accompanying such a victim — (a)–(h): no vocational training, no initial allowance;
 * - cl. 3: a person still being identified as a victim — abroad (a)–(d), in Viet Nam (a)–(g): no education,
 *   vocational training or allowance until identified;
 * - cl. 4: a foreigner trafficked in Viet Nam — "case by case" (a), (b), (c), (d), (đ), (g): at most these.
 *
 * Not verified here: how Decree 162/2025 (art. 24, known second-hand) narrows education to victims under 18 and
 * their accompanying minors and the allowance to particular households; the support plan's officer applies those
 * conditions, the rule below only refuses what the law's categories exclude.
 */
export enum SupportCategory {
  VICTIM = 'VICTIM',
  ACCOMPANYING_MINOR = 'ACCOMPANYING_MINOR',
  BEING_IDENTIFIED_ABROAD = 'BEING_IDENTIFIED_ABROAD',
  BEING_IDENTIFIED_IN_COUNTRY = 'BEING_IDENTIFIED_IN_COUNTRY',
  FOREIGN_NATIONAL = 'FOREIGN_NATIONAL',
}

const { MEDICAL, PSYCHOLOGICAL, LEGAL_AID, EDUCATION, VOCATIONAL, ALLOWANCE } = SupportKind;

export const ELIGIBLE_SUPPORTS: Readonly<Record<SupportCategory, readonly SupportKind[]>> = {
  [SupportCategory.VICTIM]: [MEDICAL, PSYCHOLOGICAL, LEGAL_AID, EDUCATION, VOCATIONAL, ALLOWANCE],
  [SupportCategory.ACCOMPANYING_MINOR]: [MEDICAL, PSYCHOLOGICAL, LEGAL_AID, EDUCATION],
  [SupportCategory.BEING_IDENTIFIED_ABROAD]: [MEDICAL],
  [SupportCategory.BEING_IDENTIFIED_IN_COUNTRY]: [MEDICAL, PSYCHOLOGICAL, LEGAL_AID],
  [SupportCategory.FOREIGN_NATIONAL]: [MEDICAL, PSYCHOLOGICAL, LEGAL_AID],
};

/** The category of a person received in the province: identified or not yet (null: identification pending). */
export function supportCategory(person: { identified: boolean | null; foreignNational: boolean }): SupportCategory {
  if (person.foreignNational) return SupportCategory.FOREIGN_NATIONAL;
  return person.identified === true ? SupportCategory.VICTIM : SupportCategory.BEING_IDENTIFIED_IN_COUNTRY;
}

export interface SupportDecision {
  /** Start now: the person's category allows them. */
  start: SupportKind[];
  /** Allowed only to an identified victim: start them if the pending identification confirms the person. */
  awaitIdentification: SupportKind[];
  /** Outside the person's category whatever identification finds. */
  refused: SupportKind[];
}

/** Splits the plan's requested supports by what art. 37 allows the person now, and once identified. */
export function decideSupports(requested: readonly SupportKind[], person: { identified: boolean | null; foreignNational: boolean }): SupportDecision {
  const now = ELIGIBLE_SUPPORTS[supportCategory(person)];
  const pending = person.identified === null && !person.foreignNational;
  const onceIdentified = pending ? ELIGIBLE_SUPPORTS[SupportCategory.VICTIM] : now;
  return {
    start: requested.filter((k) => now.includes(k)),
    awaitIdentification: requested.filter((k) => !now.includes(k) && onceIdentified.includes(k)),
    refused: requested.filter((k) => !onceIdentified.includes(k)),
  };
}

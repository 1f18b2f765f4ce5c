/** Where a person goes when they leave the support facility; it decides the rest of the reception. */
export enum ShelterDestination {
  /** Back to the home commune: transfer and the commune's follow-up. */
  HOME_COMMUNE = 'HOME_COMMUNE',
  /** Needs continued care: referred to a (social protection) facility, no transfer home. */
  FACILITY_CARE = 'FACILITY_CARE',
  /** Elsewhere (e.g. relatives in another province): handed over, but no follow-up by a commune of ours. */
  OTHER = 'OTHER',
}

/** Who does what in a rescue (Plan 184/KH-UBND): codes of the agency list, fixed by the process's design. */
export const RESCUE_POLICE_AGENCY = 'CA_TINH_CSHS';
export const BORDER_GUARD_AGENCY = 'BDBP_TINH';
export const FOREIGN_AFFAIRS_AGENCY = 'SO_NGOAI_VU';
export const HEALTH_AGENCY = 'SO_Y_TE';
/** Mondulkiri province (Cambodia): no system access, Foreign Affairs records its replies. */
export const MONDULKIRI_PARTY = 'EXT_MONDULKIRI';

/**
 * The agencies that plan the rescue and sign the operation off, all of them jointly: the criminal police always;
 * the border guard too in a border area, and whenever the victim is abroad, since the person then comes back
 * across the border.
 */
export function operatingAgencies(situation: { borderArea: boolean; victimAbroad: boolean }): string[] {
  return situation.borderArea || situation.victimAbroad ? [RESCUE_POLICE_AGENCY, BORDER_GUARD_AGENCY] : [RESCUE_POLICE_AGENCY];
}

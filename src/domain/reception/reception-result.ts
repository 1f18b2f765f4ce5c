import { ShelterDestination } from './shelter-destination';

export type ReceptionOutcome = 'TRANSFERRED_HOME' | 'REFERRED_TO_FACILITY' | 'NOT_A_VICTIM';

/** How a reception ends once the person has left the facility. */
export function receptionOutcome(victim: boolean, destination: ShelterDestination): ReceptionOutcome {
  if (!victim) return 'NOT_A_VICTIM';
  return destination === ShelterDestination.FACILITY_CARE ? 'REFERRED_TO_FACILITY' : 'TRANSFERRED_HOME';
}

/** A person referred to a facility is not transferred home; one who goes elsewhere has no commune of ours to follow up. */
export const needsTransfer = (destination: ShelterDestination) => destination !== ShelterDestination.FACILITY_CARE;
export const needsFollowUp = (victim: boolean, destination: ShelterDestination) => victim && destination === ShelterDestination.HOME_COMMUNE;

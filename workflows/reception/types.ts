import type { ReceptionRoute } from '../../src/domain/reception/reception-route';
import type { ShelterDestination } from '../../src/domain/reception/shelter-destination';
import type { SupportKind } from '../../src/domain/reception/support-kind';

export type { ReceptionRoute };

export interface ReceptionInput {
  caseId: string;
  caseReference: string;
  /** Pseudonymous label (e.g. "V1"), never a name. */
  personLabel: string;
  child: boolean;
  route: ReceptionRoute;
  /**
   * The home commune: UBND_XA_X, CA_XA_X or X (the API checks it exists). Unknown (null): the health department
   * holds what the home commune would do (schooling, allowance, follow-up) and decides where the person goes.
   */
  homeCommuneCode: string | null;
  /** SELF_REPORT: the commune where the person reported (default: the home commune). */
  arrivalCommuneCode?: string | null;
  /** SELF_REPORT: the agency the person reported to, which brings them to the commune committee (art. 27(1)). */
  receivingAgencyCode?: string | null;
  /** RESCUED: rescued abroad, so received at the border gate with a certificate of return before health takes over. */
  rescuedAbroad?: boolean;
  /** The catalogue version pinned when the request was accepted, or the rescue's (absent in older processes). */
  catalogueVersion?: number | null;
  /** BORDER_HANDOVER: the receiving border post or command (default DBP_DAK_PEUR). */
  borderPostCode?: string | null;
  /** RESCUED: the police unit handing the person over (default CA_TINH_CSHS). */
  rescuingAgencyCode?: string | null;
  /** A foreigner trafficked in Viet Nam: the narrower supports of Law 53/2024 art. 37(4). */
  foreignNational?: boolean;
}

export interface ReceptionResult {
  outcome: 'TRANSFERRED_HOME' | 'REFERRED_TO_FACILITY' | 'NOT_A_VICTIM' | 'CANCELLED';
  /** Where the person went on leaving the facility (absent when the reception ended before that). */
  destination?: ShelterDestination;
  /** Supports started for the person. */
  supports?: SupportKind[];
}

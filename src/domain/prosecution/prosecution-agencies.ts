import { DEFAULT_INVESTIGATION_AGENCY } from '../agency-codes';

/** Who holds each stage of a provincial trafficking case (agency codes from the agency seed). */
export const PROSECUTION_AGENCIES = {
  borderGuard: 'BDBP_TINH',
  investigation: DEFAULT_INVESTIGATION_AGENCY,
  procuracy: 'VKS_TINH',
  court: 'TOA_TINH',
  legalAid: 'TTTGPL',
} as const;

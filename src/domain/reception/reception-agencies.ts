import { SupportKind } from './support-kind';

/** Agencies of the reception process (codes of the agency seed; a reorganisation changes these defaults only). */
export const HEALTH_DEPARTMENT = 'SO_Y_TE';
export const SUPPORT_FACILITY = 'CSTGXH_TINH';
export const IMMIGRATION_OFFICE = 'CA_TINH_XNC';
export const CRIMINAL_POLICE = 'CA_TINH_CSHS';
export const LEGAL_AID_CENTRE = 'TTTGPL';
export const HOME_AFFAIRS = 'SO_NOI_VU';
export const WOMENS_UNION = 'HLHPN_TINH';
/** The border post at the Đắk Peur gate receives returnees unless the case names another post (or BDBP_TINH). */
export const DEFAULT_BORDER_POST = 'DBP_DAK_PEUR';
/**
 * Stands in for a commune we do not know (no home commune given, or a self-reporting person whose commune of
 * arrival is not recorded): the border commune most returnees pass through. A coordinator reassigns the task
 * once the right commune is known.
 */
export const DEFAULT_COMMUNE_COMMITTEE = 'UBND_XA_QUANG_TRUC';

/**
 * The commune People's Committee for a commune code as a case may give it: the committee's own code
 * (UBND_XA_THUAN_AN), the commune police's (CA_XA_THUAN_AN) or the bare commune (THUAN_AN). Null when none is given.
 */
export function communeCommittee(code: string | null | undefined): string | null {
  const trimmed = code?.trim().toUpperCase();
  if (!trimmed) return null;
  if (trimmed.startsWith('UBND_XA_')) return trimmed;
  if (trimmed.startsWith('CA_XA_')) return `UBND_XA_${trimmed.slice('CA_XA_'.length)}`;
  return `UBND_XA_${trimmed}`;
}

/**
 * Who provides each support: health care and psychological support by the health department (which took over
 * victim support from the labour department in 2025), legal aid by the state legal aid centre, vocational training
 * by the home affairs department (labour and employment since 2025), schooling and the initial allowance by the
 * home commune, where the person lives afterwards. A province's practice may differ: coordinators reassign.
 */
export function supportAgency(kind: SupportKind, homeCommittee: string): string {
  switch (kind) {
    case SupportKind.MEDICAL:
    case SupportKind.PSYCHOLOGICAL:
      return HEALTH_DEPARTMENT;
    case SupportKind.LEGAL_AID:
      return LEGAL_AID_CENTRE;
    case SupportKind.VOCATIONAL:
      return HOME_AFFAIRS;
    case SupportKind.EDUCATION:
    case SupportKind.ALLOWANCE:
      return homeCommittee;
  }
}

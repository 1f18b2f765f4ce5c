/** Agencies the processes address by role; the rest of the agency list is data. */
export const STANDING_OFFICE_AGENCY = 'BCD_VPTT';
export const DEFAULT_INVESTIGATION_AGENCY = 'CA_TINH_CSDT';
export const LEADERSHIP_AGENCY = 'UBND_TINH';

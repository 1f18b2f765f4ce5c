/** The kinds the API accepts (src/modules/agencies/agency-kinds.ts); their words are in the admin block of the i18n files. */
export const AGENCY_KINDS = [
  'POLICE',
  'BORDER_GUARD',
  'HEALTH',
  'FOREIGN_AFFAIRS',
  'PROCURACY',
  'COURT',
  'JUSTICE',
  'LEGAL_AID',
  'WOMENS_UNION',
  'COMMUNE',
  'HOME_AFFAIRS',
  'SOCIAL_SUPPORT',
  'STEERING_COMMITTEE',
  'PEOPLES_COMMITTEE',
  'EXTERNAL',
] as const;

export type AgencyKind = (typeof AGENCY_KINDS)[number];

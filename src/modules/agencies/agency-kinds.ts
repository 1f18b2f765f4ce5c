import type { AgencyKind } from '../../database/seeds/agency-seed';

/** The kinds an agency may have; the steps route work by code, the kind only groups agencies. */
export const AGENCY_KINDS: readonly AgencyKind[] = [
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
];

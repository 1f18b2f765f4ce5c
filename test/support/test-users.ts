import { DEMO_USERS } from '../../src/database/demo-users';
import { Role } from '../../src/domain/role';

export const TEST_PASSWORD = 'correct horse battery staple';

/** The demo accounts plus the people the scenarios need from other agencies. */
export const TEST_USERS = [
  ...DEMO_USERS,
  { username: 'officer-2', displayName: 'Second investigator', agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER] },
  { username: 'border-officer', displayName: 'Border post officer', agencyCode: 'DBP_BU_PRANG', roles: [Role.OFFICER] },
  { username: 'health-head', displayName: 'Department of Health head', agencyCode: 'SO_Y_TE', roles: [Role.AGENCY_HEAD] },
  { username: 'procuracy-head', displayName: 'Chief procurator', agencyCode: 'VKS_TINH', roles: [Role.AGENCY_HEAD] },
].map((u) => ({ ...u, password: TEST_PASSWORD }));

export type TestUsername = (typeof TEST_USERS)[number]['username'];

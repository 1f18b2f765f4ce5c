import { Role } from '../role';

/** Roles that may read cases, processes and tasks at all (each then scoped by agency); administrators may not. */
export const CASE_READER_ROLES: Role[] = [Role.COORDINATOR, Role.OFFICER, Role.AGENCY_HEAD, Role.LEADERSHIP];

/** Roles that may read tips at all: no leadership (figures only), no administrators. */
export const TIP_READER_ROLES: Role[] = [Role.COORDINATOR, Role.OFFICER, Role.AGENCY_HEAD];

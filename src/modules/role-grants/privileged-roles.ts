import { Role } from '../../domain/role';

/** Roles that open tipsters, narratives, accounts or the audit log: granting one takes two administrators. */
export const PRIVILEGED_ROLES: readonly Role[] = [Role.COORDINATOR, Role.ADMIN, Role.AUDITOR];

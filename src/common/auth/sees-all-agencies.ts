import { Role } from '../../domain/role';
import type { AuthUser } from './auth-user';

/** Coordinators and provincial leadership oversee every agency's work; everyone else sees their own agency's. */
export const seesAllAgencies = (u: AuthUser) => u.roles.includes(Role.COORDINATOR) || u.roles.includes(Role.LEADERSHIP);

import type { AuthUser } from '../../common/auth/auth-user';
import { seesAllAgencies } from '../../common/auth/sees-all-agencies';

/** A task of the caller's own agency, or any task for those who oversee every agency: the routes' 403 otherwise. */
export const reachesTask = (user: AuthUser, agencyCode: string): boolean => agencyCode === user.agencyCode || seesAllAgencies(user);

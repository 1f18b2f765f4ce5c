import type { Actor } from '../../domain/actor';
import type { AuthUser } from './auth-user';

/** The caller as the workflows know it: id, agency and roles from the token, nothing else. */
export const actorOf = (u: AuthUser): Actor => ({ userId: u.userId, agencyCode: u.agencyCode, roles: u.roles });

import type { Schemas } from '../../api/client';

export type Role = Schemas['UserDto']['roles'][number];

/** Every role an account may hold, in the order the screens list them. */
export const ROLES: readonly Role[] = ['COORDINATOR', 'OFFICER', 'AGENCY_HEAD', 'LEADERSHIP', 'ADMIN', 'AUDITOR'];

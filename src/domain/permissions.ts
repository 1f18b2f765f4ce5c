import { Role } from './role';

/**
 * What each role may do, as names a client can use to show or hide actions (`GET /me`). The server enforces the
 * same rules on each route; this list describes them, it does not grant anything by itself.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly string[]>> = {
  [Role.COORDINATOR]: [
    'tips:register',
    'tips:read',
    'tipster-contact:read',
    'cases:open',
    'cases:read',
    'processes:start',
    'processes:read',
    'tasks:read-all-agencies',
    'tasks:claim',
    'tasks:complete',
    'tasks:reassign',
    'extensions:request',
    'escalations:read',
    'escalations:acknowledge',
    'incidents:read',
    'notifications:read',
    'events:read',
    'agencies:read',
    'catalogue:read',
    'calendar:read',
  ],
  [Role.OFFICER]: [
    'tips:read-own-agency',
    'cases:read-own-agency',
    'processes:read-own-agency',
    'tasks:read-own-agency',
    'tasks:claim',
    'tasks:complete',
    'extensions:request',
    'notifications:read',
    'events:read',
    'agencies:read',
    'catalogue:read',
    'calendar:read',
  ],
  [Role.AGENCY_HEAD]: [
    'tips:read-own-agency',
    'cases:read-own-agency',
    'processes:read-own-agency',
    'tasks:read-own-agency',
    'tasks:claim',
    'tasks:complete',
    'extensions:request',
    'extensions:decide',
    'escalations:read-own-agency',
    'escalations:acknowledge',
    'notifications:read',
    'events:read',
    'agencies:read',
    'catalogue:read',
    'calendar:read',
  ],
  [Role.LEADERSHIP]: [
    'cases:read-summary',
    'processes:read-summary',
    'tasks:read-all-agencies',
    'escalations:read',
    'escalations:acknowledge',
    'notifications:read',
    'events:read',
    'agencies:read',
    'catalogue:read',
    'calendar:read',
  ],
  [Role.ADMIN]: [
    'users:manage',
    'agencies:manage',
    'agencies:read',
    'catalogue:read',
    'catalogue:publish',
    'calendar:read',
    'calendar:publish',
    'incidents:read',
    'notifications:read',
    'role-grants:approve',
  ],
  [Role.AUDITOR]: ['audit:read', 'audit:export', 'agencies:read'],
};

/** The union of the roles' permissions, sorted, each once; everyone may read and change their own account. */
export function permissionsOf(roles: readonly Role[]): string[] {
  const all = new Set<string>(['me:read', 'me:change-password']);
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role] ?? []) all.add(p);
  return [...all].sort();
}

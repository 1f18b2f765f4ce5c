export const ROLES_METADATA = 'auth:roles';

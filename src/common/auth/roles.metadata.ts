export const ROLES_METADATA = 'auth:roles';

/** Marks the few routes a user may call while an administrator's reset still requires a new password. */
export const BEFORE_PASSWORD_CHANGE_METADATA = 'auth:before-password-change';

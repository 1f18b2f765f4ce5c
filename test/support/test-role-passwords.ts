/** Fixed passwords of the three database roles on the test servers (scripts/database-roles.js). */
export const TEST_ROLE_PASSWORDS = { owner: 'test-owner-password', app: 'test-app-password', reporting: 'test-reporting-password' };

/**
 * The date-sensitive unit specs alone, without the PostgreSQL and Temporal the other tiers need: run by
 * scripts/test-dates.sh once per fixed "today" (TEST_TODAY), so no legal date depends on the day the suite runs.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  globalSetup: undefined,
  globalTeardown: undefined,
  testMatch: [
    '<rootDir>/src/domain/period-end.spec.ts',
    '<rootDir>/src/domain/extension-plan.spec.ts',
    '<rootDir>/src/domain/extension-allowance.spec.ts',
  ],
};

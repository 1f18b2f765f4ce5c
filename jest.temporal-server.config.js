/**
 * The suite that proves the system on the production engine: the real Temporal server on PostgreSQL (built by
 * scripts/temporal-server.sh), started by the global setup instead of the CLI's dev server. `.ci/run` runs it as its
 * own stage: `npx jest -c jest.temporal-server.config.js`.
 */
const base = require('./jest.config');

process.env.TEST_TEMPORAL = 'server';

module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/e2e/full-scenario.test.ts', '<rootDir>/test/ops/**/*.test.ts'],
  maxWorkers: 1,
};

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
  testPathIgnorePatterns: ['/node_modules/'],
  maxWorkers: 1,
  // The full scenario drives every process end to end; on a busy machine it needs more than the default 2 minutes.
  testTimeout: 300_000,
};

/**
 * One run, three tiers: unit specs beside the code (pure logic), and tests under test/ against a real PostgreSQL
 * and a real Temporal server that the global setup starts (or DATABASE_URL / TEMPORAL_ADDRESS point at).
 */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/workflows', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  // Process-level tests (worker failover) run on the Temporal server: jest.temporal-server.config.js.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/ops/'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  // Two cores: each test file boots an API and a worker of its own, so more workers only thrash.
  maxWorkers: 2,
  testTimeout: 120_000,
  // Temporal's native runtime keeps its threads alive after the last test; nothing else is left open.
  forceExit: true,
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
};

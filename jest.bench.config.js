/** `npm run bench`: the same real servers as the tests, measuring instead of asserting timings. */
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/test/bench'], testMatch: ['**/*.bench.ts'], maxWorkers: 1, testTimeout: 600_000 };

/** Jest runs serially (`--runInBand`): Community Edition has one user database, shared by all tests. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The bulk loader's tests stop and restart a Neo4j of their own three times (445 s on a loaded 2-core
  // machine): `npm run test:bulk` runs them, `npm test` stays within its time budget without them.
  testPathIgnorePatterns: process.env.BULK_TESTS === '1' ? ['/node_modules/'] : ['/node_modules/', '<rootDir>/test/bulk/'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  testTimeout: 60000,
  transform: {
    '^.+\\.ts$': ['ts-jest', {}],
    // jose 6 ships ES modules only; Node loads them with require(esm), Jest's CommonJS runtime cannot,
    // so ts-jest transpiles jose's files for the tests.
    '^.+/node_modules/jose/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true }, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};

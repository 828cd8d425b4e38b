/** Jest runs serially (`--runInBand`): Community Edition has one user database, shared by all tests. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
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

/** Unit tests: ESM TypeScript through ts-jest, run on the Node 24 that `node@24` puts in node_modules/.bin. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/test/integration/'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
  clearMocks: true,
  setupFilesAfterEnv: ['<rootDir>/test/setup/temp-guard.ts'],
  // A temp folder of the suite's own; the run fails when a test or the code under test leaves anything in it.
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
}

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
  // Jest's default leaves one core to its main process, which only collects results here: on CI's 2 cores that was
  // one worker for 95 suites. Every core runs one.
  maxWorkers: '100%',
  // Jest's 5 s default fails tests that spawn the CLI or import the bundle when the machine is busy (CI shares its
  // cores); a timeout here only catches hangs, and speed is measured in `npm run bench`, never in unit tests.
  testTimeout: 30_000,
  setupFilesAfterEnv: ['<rootDir>/test/setup/temp-guard.ts'],
  // A temp folder of the suite's own; the run fails when a test or the code under test leaves anything in it.
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
}

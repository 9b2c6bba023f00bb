/**
 * Integration tests against a real control plane (test/integration/harness). Run through
 * `npm run test:integration`, which puts the whole run in a network namespace with only loopback.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import base from './jest.config.js'

// Workers inherit the environment of the process that reads this config.
process.env.MESH_GATE_HARNESS_STATE ??= join(tmpdir(), `mesh-gate-harness-${process.pid}.json`)

export default {
  ...base,
  // The Cilium suite needs a node of its own kind (jest.integration.cilium.config.js).
  testPathIgnorePatterns: ['/test/integration/cilium/'],
  testMatch: ['**/test/integration/**/*.test.ts'],
  globalSetup: '<rootDir>/test/integration/harness/global-setup.ts',
  globalTeardown: '<rootDir>/test/integration/harness/global-teardown.ts',
  // One control plane, shared: tests run in one worker so they see each other's namespaces predictably.
  maxWorkers: 1,
  testTimeout: 120_000,
}

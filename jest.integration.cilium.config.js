/**
 * The Cilium suite: the harness's real node with Cilium as its CNI (harness/node.ts, MESH_GATE_NODE_CNI=cilium),
 * installed by the gate's own installer. Run through `npm run test:integration:cilium`, in a network namespace of its
 * own like the main integration suite.
 */
import integration from './jest.integration.config.js'

process.env.MESH_GATE_NODE_CNI ??= 'cilium'

export default {
  ...integration,
  testPathIgnorePatterns: [],
  testMatch: ['**/test/integration/cilium/**/*.test.ts'],
  testTimeout: 900_000,
}

/**
 * The trace recorder (test/traces/record.traces.ts): on demand, never in CI. It reuses the integration harness
 * (its control plane and real node, set up and torn down by the same global setup and teardown). Run through
 * `npm run record-traces -- <out dir>` (scripts/record-traces.sh), which puts it in the harness's network namespace.
 */
import integration from './jest.integration.config.js'

export default {
  ...integration,
  testMatch: ['**/test/traces/*.traces.ts'],
  // One recording is one long test per case; a hang still ends.
  testTimeout: 30 * 60_000,
}

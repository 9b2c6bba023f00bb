/** The unit suite's global teardown: see global-setup.ts. */
import { readdirSync, rmSync } from 'node:fs'

const KEY = 'MESH_GATE_TEST_TMP'

export default async function teardown(): Promise<void> {
  const root = process.env[KEY]
  if (!root) return
  const left = readdirSync(root)
  rmSync(root, { recursive: true, force: true })
  if (left.length > 0) {
    throw new Error(
      `the tests left ${left.length} item(s) in the temp folder: ${left.sort().join(', ')}. ` +
        'Make test folders with scratch() from test/helpers.ts, and make the code under test remove its own.',
    )
  }
}

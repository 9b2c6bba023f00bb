/**
 * The unit suite's own temp folder. Global setup points TMPDIR (read by os.tmpdir() and by every child process)
 * at a fresh folder before the workers start; global teardown fails the run when anything is left in it — by a
 * test, or by the code under test (a run's work folder, a download's scratch) — naming what leaked, then removes
 * it. So `npm test` leaves nothing in the system temp folder, and a leak is a red run, not a slow pile-up.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const KEY = 'MESH_GATE_TEST_TMP'

export default async function setup(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'mmg-unit-'))
  process.env[KEY] = root
  process.env.TMPDIR = root
}

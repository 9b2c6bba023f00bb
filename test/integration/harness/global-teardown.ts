/** Jest global teardown: stop every process the harness started, by pid, whatever the tests did. */
import { rmSync } from 'node:fs'
import { alive, stop } from './processes.ts'
import { readState } from './state.ts'

export default async function globalTeardown(): Promise<void> {
  const state = readState()
  await stop(state.pids)
  const survivors = state.pids.filter(alive)
  if (survivors.length > 0)
    throw new Error(`harness processes still alive after teardown: ${survivors.join(', ')}`)
  process.stdout.write(`stopped ${state.pids.length} harness processes\n`)
  if (!process.env.MESH_GATE_KEEP_HARNESS) rmSync(state.dir, { recursive: true, force: true })
}

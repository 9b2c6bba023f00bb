/**
 * Jest global teardown: stop every process the harness started, by pid, whatever the tests did; then remove what
 * the real node leaves behind (pods, mounts, cgroups, bridges, iptables chains) and fail the run if anything is left.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { nodeLeftovers, removeNodeLeftovers } from './node-teardown.ts'
import { alive, stop } from './processes.ts'
import { readState, stateFile } from './state.ts'

export default async function globalTeardown(): Promise<void> {
  const state = readState()
  await stop(state.pids)
  const survivors = state.pids.filter(alive)
  if (survivors.length > 0)
    throw new Error(`harness processes still alive after teardown: ${survivors.join(', ')}`)
  process.stdout.write(`stopped ${state.pids.length} harness processes\n`)
  const keep = !!process.env.MESH_GATE_KEEP_HARNESS
  if (keep) writeFileSync(join(state.dir, '.keep'), '')
  const removed = removeNodeLeftovers()
  if (removed.length > 0) process.stdout.write(`node teardown:\n  ${removed.join('\n  ')}\n`)
  if (!keep) {
    rmSync(state.dir, { recursive: true, force: true })
    rmSync(stateFile(), { force: true })
  }
  const left = nodeLeftovers()
  if (left.length > 0) throw new Error(`the harness left things behind:\n  ${left.join('\n  ')}`)
  process.stdout.write(
    'nothing of the harness is left: no node process, container, mount, cgroup, bridge or chain\n',
  )
}

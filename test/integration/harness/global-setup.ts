/** Jest global setup of the integration suite: check containment, start the control plane, write the state. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { containmentProblems } from './containment.ts'
import { startControlPlane } from './control-plane.ts'
import { removeNodeLeftovers } from './node-teardown.ts'
import { stop } from './processes.ts'
import { stateFile, readState } from './state.ts'

export default async function globalSetup(): Promise<void> {
  const problems = containmentProblems()
  if (problems.length > 0) {
    throw new Error(
      `refusing to start a control plane that can reach the network (${problems.join('; ')}).\n` +
        'Run the suite inside its own network namespace: npm run test:integration (scripts/in-netns.sh).',
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'mesh-gate-harness-'))
  writeFileSync(stateFile(), JSON.stringify({ dir, pids: [] }))
  try {
    const state = await startControlPlane(dir)
    writeFileSync(stateFile(), JSON.stringify(state, null, 2))
  } catch (e) {
    // Stop whatever did start before failing the run, with the reason and the component's log tail.
    try {
      const partial = JSON.parse((await import('node:fs')).readFileSync(join(dir, 'state.json'), 'utf8'))
      await stop(partial.pids ?? [])
    } catch {
      await stop(readState().pids ?? [])
    }
    // A node that started half-way: its pods, mounts, cgroups, bridges (global teardown does not run after this).
    removeNodeLeftovers()
    throw e
  }
}

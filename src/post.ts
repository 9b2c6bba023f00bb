/**
 * The action's post step: deletes what the main step created (the kind cluster), always, even after a failure
 * or a cancel. Cleanup problems are warnings: they must never hide the main step's result.
 */
import * as core from '@actions/core'
import { teardownRecorded } from './cluster/teardown.js'
import { State } from './constants.js'
import { createCommandRunner } from './tools/exec.js'

try {
  const cluster = core.getState(State.ClusterToDelete)
  if (!cluster) core.info('mesh-mtls-gate: the main step created no cluster; nothing to clean up')
  else {
    const runner = createCommandRunner({ log: (line) => core.info(line) })
    core.info(
      `mesh-mtls-gate: ${await teardownRecorded(cluster, { runner, log: (line) => core.info(line) })}`,
    )
  }
} catch (e) {
  core.warning(`mesh-mtls-gate cleanup: ${(e as Error).message}`)
}
// A finished child process or socket must not hold the post step open.
process.exit()

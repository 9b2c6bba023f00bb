/**
 * The action's `full` and `measure` modes: the cluster pipeline behind main.ts's Measure interface. It uses only
 * what the request carries (settings, the runner's log, mask and state), like the rest of main.ts.
 */
import type { Measure } from '../measure.js'
import { mtlsOutcomeOf } from './measure-on-cluster.js'
import { executeRun } from './run.js'
import { runRequestOf } from './run-request.js'

/** The Measure of the action over a pipeline run (`executeRun`; tests pass a stand-in). */
export function measureOnClusterWith(execute: typeof executeRun): Measure {
  return async (request) => {
    const { settings, config, tempDir, baseRef } = request
    const result = await execute(
      runRequestOf(settings, {
        baseRef,
        runnerName: request.runnerName,
        config,
        repo: request.repo,
        tempDir,
        action: true,
        log: request.log,
        warn: request.warn,
        mask: request.mask,
        // Recorded at once, so the post step deletes the cluster even if measuring fails or is cancelled.
        recordTeardown: (record) => request.saveClusterForCleanup(JSON.stringify(record)),
        onCluster: (handle) => {
          if (handle.teardown) request.saveClusterForCleanup(JSON.stringify(handle.teardown))
        },
      }),
    )
    return {
      current: result.current,
      baseline: baseRef ? result.baseline : null,
      mtls: settings.requireMtls === 'none' ? null : mtlsOutcomeOf(result),
    }
  }
}

export const measureOnClusterForAction: Measure = measureOnClusterWith(executeRun)

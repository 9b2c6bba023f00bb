/** The action's `full` and `measure` modes: the cluster pipeline behind main.ts's Measure interface. */
import * as core from '@actions/core'
import type { Measure } from '../measure.js'
import { mtlsOutcomeOf } from './measure-on-cluster.js'
import { executeRun } from './run.js'

export const measureOnClusterForAction: Measure = async (request) => {
  const { settings, config, tempDir } = request
  const env = process.env
  // On a pull request the base branch's configuration is measured in the same run (fetch-depth: 0 brings it).
  const defaultRef = env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : null
  const baseRef = settings.baseline === 'same-run' ? (settings.baseRef ?? defaultRef) : null
  const result = await executeRun({
    mesh: settings.mesh,
    meshVersion: settings.meshVersion ?? undefined,
    cluster: settings.cluster,
    kubeconfig: settings.kubeconfig ?? undefined,
    configPaths: settings.configPaths,
    baseRef,
    profile: settings.profile,
    config,
    require: settings.requireMtls,
    repo: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir,
    action: true,
    log: (line) => core.info(line),
    warn: (line) => core.warning(line),
    mask: (secret) => core.setSecret(secret),
    // Recorded at once, so the post step deletes the cluster even if measuring fails or is cancelled.
    recordTeardown: (record) => request.saveClusterForCleanup(JSON.stringify(record)),
    onCluster: (handle) => {
      if (handle.teardown) request.saveClusterForCleanup(JSON.stringify(handle.teardown))
    },
  })
  return {
    current: result.current,
    baseline: baseRef ? result.baseline : null,
    mtls: settings.requireMtls === 'none' ? null : mtlsOutcomeOf(result),
  }
}

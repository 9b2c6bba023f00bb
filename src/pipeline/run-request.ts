/**
 * The run's request from the one settings object both front ends read (config/run-settings.ts): the action's
 * full/measure modes and `mesh-mtls-gate run` hand the pipeline the same request for the same choices.
 */
import type { RunSettings } from '../config/run-settings.js'
import type { RunRequest } from './run.js'

/** What the front end running the pipeline adds: where it works, how it logs, what it does with the cluster. */
export type RunHost = Omit<
  RunRequest,
  | 'mesh'
  | 'meshVersion'
  | 'verify'
  | 'meshValuesPath'
  | 'meshCliPath'
  | 'cluster'
  | 'kubeconfig'
  | 'kubeconfigPath'
  | 'clusterConfigPath'
  | 'configPaths'
  | 'profile'
  | 'require'
>

export function runRequestOf(s: RunSettings, host: RunHost): RunRequest {
  return {
    ...host,
    mesh: s.mesh,
    meshVersion: s.meshVersion ?? undefined,
    verify: s.verify ?? undefined,
    meshValuesPath: s.meshValuesPath ?? undefined,
    meshCliPath: s.meshCliPath ?? undefined,
    cluster: s.cluster,
    // The action's input is the kubeconfig itself (written to a temp file); the CLI's flag names a file, used in
    // place like KUBECONFIG (a kubeconfig may name its certificates by paths relative to itself).
    kubeconfig: s.kubeconfig && 'content' in s.kubeconfig ? s.kubeconfig.content : undefined,
    kubeconfigPath: s.kubeconfig && 'path' in s.kubeconfig ? s.kubeconfig.path : undefined,
    clusterConfigPath: s.clusterConfigPath ?? undefined,
    configPaths: s.configPaths,
    profile: s.profile,
    require: s.requireMtls,
  }
}

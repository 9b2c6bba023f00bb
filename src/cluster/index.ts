/** Cluster providers behind one interface; `createClusterProvider` is what `run` calls. */
import { join } from 'node:path'
import { InputError } from '../errors.js'
import { toolsCacheDir } from '../tools/cache-dir.js'
import { toolStore, type ToolStore } from '../tools/download.js'
import { createCommandRunner } from '../tools/exec.js'
import { currentPlatform, type Platform } from '../tools/pins.js'
import { EksProvider, type EksOptions } from './eks.js'
import { ExistingProvider, type ExistingOptions } from './existing.js'
import { GkeProvider, type GkeOptions } from './gke.js'
import { KindProvider, type KindOptions } from './kind.js'
import { runIdentity } from './names.js'
import { CLUSTER_KINDS, DEFAULT_VERIFY, type ClusterKind, type VerifyPolicy } from '../vocabulary.js'
import type { ClusterProvider, ProviderContext } from './types.js'

export * from './types.js'
export {
  KindProvider,
  checkDocker,
  kindConfig,
  kindConfigYaml,
  kindNodeImage,
  parseKindCreate,
  KIND_NODE_IMAGES,
  DEFAULT_KIND_KUBERNETES,
} from './kind.js'
export type { KindOptions } from './kind.js'
export { ExistingProvider, type ExistingOptions } from './existing.js'
export { EksProvider, eksClusterConfig, type EksOptions } from './eks.js'
export { GkeProvider, gkeCreateArgs, parseGkeConfig, type GkeOptions, type GkeConfig } from './gke.js'
export {
  recordClusterForTeardown,
  teardownRecorded,
  parseTeardownRecord,
  teardownCommand,
} from './teardown.js'
export { clusterName, runIdentity, EXPIRES_AT_LABEL, GCP_EXPIRES_AT_LABEL } from './names.js'

export interface ClusterSettings {
  kind: ClusterKind
  /** kind: Cilium replaces the default CNI and kube-proxy. */
  forCilium?: boolean
  /** kind: a Kubernetes minor with a pinned node image (default 1.34). */
  kubernetesVersion?: string
  /** existing: the kubeconfig's content (action input). */
  kubeconfig?: string
  /** existing: a kubeconfig file named on the command line. */
  kubeconfigPath?: string
  /** eks/gke: the cluster config in the repository. */
  configPath?: string
  ttlHours?: number
  kindOptions?: Omit<KindOptions, 'forCilium' | 'kubernetesVersion'>
  existingOptions?: Omit<ExistingOptions, 'kubeconfig' | 'kubeconfigPath'>
  eksOptions?: Partial<EksOptions>
  gkeOptions?: Partial<GkeOptions>
}

export function createClusterProvider(settings: ClusterSettings, ctx: ProviderContext): ClusterProvider {
  switch (settings.kind) {
    case 'kind':
      return new KindProvider(ctx, {
        ...settings.kindOptions,
        forCilium: settings.forCilium,
        kubernetesVersion: settings.kubernetesVersion,
      })
    case 'existing':
      return new ExistingProvider(ctx, {
        ...settings.existingOptions,
        kubeconfig: settings.kubeconfig,
        kubeconfigPath: settings.kubeconfigPath,
      })
    case 'eks':
    case 'gke': {
      if (!settings.configPath)
        throw new InputError(
          `cluster '${settings.kind}' needs a cluster config from the repository (${settings.kind === 'eks' ? 'an eksctl ClusterConfig' : 'project, location, machineType, numNodes'}): give its path with --cluster-config FILE, or the action's cluster-config input`,
        )
      return settings.kind === 'eks'
        ? new EksProvider(ctx, {
            ...settings.eksOptions,
            configPath: settings.configPath,
            ttlHours: settings.ttlHours,
          })
        : new GkeProvider(ctx, {
            ...settings.gkeOptions,
            configPath: settings.configPath,
            ttlHours: settings.ttlHours,
          })
    }
    default:
      throw new InputError(`cluster '${String(settings.kind)}' is not one of ${CLUSTER_KINDS.join(', ')}`)
  }
}

export interface ContextOptions {
  log: (line: string) => void
  warn: (line: string) => void
  tempDir: string
  /** In the action: the runner's tool cache and core.setSecret; in the CLI: a folder cache. */
  action: boolean
  mask?: (secret: string) => void
  /** CLI cache folder; defaults to ~/.cache/mesh-mtls-gate/tools (XDG_CACHE_HOME respected). */
  cacheDir?: string
  /** How downloads without a pinned digest are verified (default: the release's published checksum file). */
  verify?: VerifyPolicy
  env?: NodeJS.ProcessEnv
  /** Defaults to this machine's; pass 'linux-amd64' to plan a dry run on another OS. */
  platform?: Platform
  /** See ProviderContext.recordTeardown. */
  recordTeardown?: ProviderContext['recordTeardown']
}

/** The usual context: one command runner, the right tool store, this machine's platform, the run's identity. */
export function providerContext(o: ContextOptions): ProviderContext {
  const env = o.env ?? process.env
  // The action uses the runner's tool cache (kept across jobs on self-hosted runners), the CLI a folder of its own.
  const cacheRoot =
    o.action && env.RUNNER_TOOL_CACHE ? env.RUNNER_TOOL_CACHE : (o.cacheDir ?? toolsCacheDir(env))
  const store: ToolStore = toolStore({
    policy: o.verify ?? DEFAULT_VERIFY,
    cacheRoot,
    scratch: join(o.tempDir, 'downloads'),
    log: o.log,
  })
  return {
    runner: createCommandRunner({ log: o.log, mask: o.mask }),
    log: o.log,
    warn: o.warn,
    tempDir: o.tempDir,
    store,
    platform: o.platform ?? currentPlatform(),
    runId: runIdentity(env),
    recordTeardown: o.recordTeardown,
  }
}

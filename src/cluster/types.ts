/** One small interface for every place the gate can measure: a kind cluster, a cluster you give it, EKS, GKE. */
import type { ToolStore } from '../tools/download.js'
import type { CommandRunner } from '../tools/exec.js'
import type { Platform } from '../tools/pins.js'
import type { Plan } from '../tools/plan.js'
import type { ClusterTarget } from '../k8s/target.js'
import type { ClusterKind } from '../vocabulary.js'

/** The node label the gate sets on kind's two workers, so client and server land on different nodes. */
export const NODE_ROLE_LABEL = 'mesh-mtls-gate/role'

export interface ClusterHandle extends ClusterTarget {
  provider: ClusterKind
  name: string
  /** `v1.34.11`; null when it could not be read. */
  kubernetesVersion: string | null
  /** The node image (kind: pinned by digest); null for clusters the gate did not build. */
  nodeImage: string | null
  /** Whether the gate created the cluster, and so deletes it. */
  created: boolean
  /** nodeSelector labels for the Fortio client and server, when the provider labelled nodes; else null. */
  nodeLabels: { client: Record<string, string>; server: Record<string, string> } | null
  /** What the post step needs to delete the cluster (or the temporary kubeconfig); null: nothing to undo. */
  teardown: TeardownRecord | null
}

/**
 * The handle of a cluster whose nodes and network the gate does not shape (existing, eks, gke): its own CNI and
 * kube-proxy, no labelled workers, no node image of ours.
 */
export function unshapedHandle(
  fields: Pick<ClusterHandle, 'provider' | 'name' | 'kubeconfigPath' | 'created'> &
    Partial<Pick<ClusterHandle, 'kubernetesVersion' | 'teardown'>>,
): ClusterHandle {
  return {
    kubernetesVersion: null,
    nodeImage: null,
    nodeLabels: null,
    network: { defaultCni: true, kubeProxy: true, apiServer: null },
    teardown: null,
    ...fields,
  }
}

export type TeardownRecord =
  | { provider: 'kind'; name: string; kindPath: string; kubeconfigPath: string }
  | { provider: 'eks'; name: string; region: string; eksctlPath: string }
  | { provider: 'gke'; name: string; project: string; location: string; gcloudPath: string }
  | { provider: 'existing'; kubeconfigPath: string }

export interface ClusterProvider {
  readonly kind: ClusterKind
  /** The commands and generated configuration it would use; needs no cluster, Docker or network. */
  describe(): Plan
  /**
   * What must hold before anything is downloaded or created (kind: Docker answers); creates nothing. The pipeline
   * runs it first, then verifies every download, then calls create().
   */
  preflight?(): Promise<void>
  /** Brings the cluster up (or connects to it) and returns how to reach it. */
  create(): Promise<ClusterHandle>
  /** Deletes what create() made; a no-op when it made nothing. */
  delete(): Promise<void>
  /**
   * What create() will return, as far as it is known before (names, network, labels; versions may be null): lets a
   * dry-run plan the mesh install for this cluster (e.g. Cilium's kube-proxy replacement on kind).
   */
  planned(): ClusterHandle
  /**
   * Reads what describe() needs from files (a cloud cluster's settings), so that a plan shows the real project,
   * location or region, and missing or invalid settings are an error before any plan is written.
   */
  prepare?(): Promise<void>
}

/** What every provider is given. */
export interface ProviderContext {
  runner: CommandRunner
  log: (line: string) => void
  warn: (line: string) => void
  /** Scratch folder of this run: generated configs, kubeconfigs, logs. */
  tempDir: string
  /** Where downloaded tools are cached (tool cache in the action, a folder for the CLI). */
  store: ToolStore
  platform: Platform
  /** Identifies this run in cluster names and labels (`github-<run id>-<attempt>` or random for the CLI). */
  runId: string
  now?: () => Date
  /**
   * Called as soon as a cluster may exist (right before the create command), with what deletes it: the action
   * passes `(r) => recordClusterForTeardown({ teardown: r })`, so a cancel during creation still cleans up.
   */
  recordTeardown?: (record: TeardownRecord) => void
}

/**
 * The cluster could not be created, by any provider (exit code 4); a provider that exports node logs (kind) names
 * them in `logsDir`, which the action uploads.
 */
export class ClusterCreateError extends Error {
  override name = 'ClusterCreateError'
  constructor(
    message: string,
    /** Where the node logs of the failed attempts are; null when the provider exported none. */
    readonly logsDir: string | null,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

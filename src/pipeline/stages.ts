/**
 * Wires the real stages into the pipeline: the cluster provider, the mesh installer, the Kubernetes client, exec,
 * the node proxy and git. The CLI's `run` and the action's full/measure modes both come through here.
 */
import {
  createClusterProvider,
  providerContext,
  type ClusterHandle,
  type TeardownRecord,
} from '../cluster/index.js'
import { connect } from '../k8s/client.js'
import { clusterExec } from '../load/exec.js'
import { createMeshInstaller, INSTALLERS } from '../mesh/install.js'
import type { ClusterKind, MeshName, VerifyPolicy } from '../vocabulary.js'
import { clusterNodeStats } from '../resources/sampler.js'
import type { VerifiedTool } from '../tools/download.js'
import type { PipelineDeps } from './measure-on-cluster.js'
import { PodProxyScraper, scrapeEndpoints, servedCheck } from './telemetry-source.js'

export interface StageSettings {
  mesh: MeshName
  meshVersion?: string
  /** The user's SHA-256 of the mesh CLI asset (gate config mesh.cli-sha256); wins over pins and checksum files. */
  meshCliSha256?: string
  /** published (default): a release's checksum file verifies what the source pins no digest for; pinned: refuse. */
  verify?: VerifyPolicy
  /** The mesh's CLI already on the runner (`mesh-cli`), run instead of the pinned download; not verified. */
  meshCliPath?: string
  cluster: ClusterKind
  /** existing: kubeconfig content; eks/gke: cluster config path. */
  kubeconfig?: string
  /** existing: a kubeconfig file named on the command line (used in place). */
  kubeconfigPath?: string
  clusterConfigPath?: string
  repo: string
  tempDir: string
  action: boolean
  log(line: string): void
  warn(line: string): void
  mask?(secret: string): void
  onCluster(handle: ClusterHandle): void
  /** Called just before a cluster is created, so that a cancel during creation still gets it deleted. */
  recordTeardown?(record: TeardownRecord): void
}

export function pipelineDeps(s: StageSettings): PipelineDeps {
  const ctx = providerContext({
    log: s.log,
    warn: s.warn,
    tempDir: s.tempDir,
    action: s.action,
    mask: s.mask,
    recordTeardown: s.recordTeardown,
    verify: s.verify,
  })
  const provider = createClusterProvider(
    {
      kind: s.cluster,
      // A mesh that is the cluster's CNI gets a kind cluster without its own (see MeshSetup.replacesCni).
      forCilium: INSTALLERS[s.mesh].replacesCni,
      kubeconfig: s.kubeconfig,
      kubeconfigPath: s.kubeconfigPath,
      configPath: s.clusterConfigPath,
    },
    ctx,
  )
  const mesh: PipelineDeps['mesh'] = (cluster, valuesPath) =>
    createMeshInstaller(
      s.mesh,
      { runner: ctx.runner, log: s.log, warn: s.warn, store: ctx.store, platform: ctx.platform, cluster },
      { version: s.meshVersion, cliSha256: s.meshCliSha256, valuesPath, cliPath: s.meshCliPath },
    )
  return {
    provider,
    mesh,
    // What the plan lists is what is fetched: the provider's (kind) and the mesh CLI, each verified once; the
    // provider and the installer then get the same verified files from the store.
    fetchTools: async () => {
      const tools: VerifiedTool[] = []
      for (const spec of [...provider.describe().downloads, ...mesh(provider.planned()).describe().downloads])
        tools.push(await ctx.store.fetch(spec))
      return tools
    },
    connect: (handle) => connect(handle.kubeconfigPath),
    exec: clusterExec,
    stats: clusterNodeStats,
    log: s.log,
    now: Date.now,
    onCluster: s.onCluster,
    telemetry: (cluster, mesh, server) =>
      new PodProxyScraper(cluster, scrapeEndpoints(mesh, server), servedCheck(mesh)),
  }
}

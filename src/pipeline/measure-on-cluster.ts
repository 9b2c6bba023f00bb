/**
 * The gate's main job, stage by stage: a cluster, the mesh, the gate's workloads, the PR's configuration (and the
 * base branch's, interleaved A B B A), Fortio in the meshed client with the data plane's CPU and memory sampled
 * around every repetition, and the live plaintext probe after every switch (before it, the mesh re-installed with the
 * side's values when each side runs on its own: mesh-values.ts). Every side effect comes in through
 * `PipelineDeps`, so the order and the decisions are tested without a cluster.
 */
import { ClusterCreateError } from '../cluster/types.js'
import type { ClusterHandle, ClusterProvider } from '../cluster/types.js'
import { isKnownFailure, MeasurementError } from '../errors.js'
import { serverSideApply } from '../k8s/apply.js'
import type { Cluster } from '../k8s/client.js'
import { pollUntil } from '../k8s/poll.js'
import { waitForRollout } from '../k8s/wait.js'
import type { PodExec } from '../load/exec.js'
import type { LoadScenario } from '../load/fortio-args.js'
import { runInterleaved, runSimultaneous, type LoadTarget, type SideRuns } from '../load/runner.js'
import {
  DEFAULT_IMAGES,
  GATE_NAMESPACE,
  PROBE,
  PROBE_NAMESPACE,
  schedulableNodes,
  type WorkloadImages,
} from '../load/workloads.js'
import { InputError } from '../errors.js'
import { gatePath, serverRowOf, type MeasuredPath } from './paths.js'
import {
  CLIENT_LABEL,
  GATE_ORIGIN,
  MANAGED_BY,
  clientName,
  gateObjects,
  sideAsRun,
  type Placement,
  valuesAsRun,
} from './stand-ins.js'
import { containerRoles, INSTALLERS } from '../mesh/install.js'
import {
  MeshInstallError,
  canReconfigure,
  type MeshFingerprint,
  type MeshInstaller,
} from '../mesh/installer.js'
import { installedValues, type SideMeshValues } from './mesh-values.js'
import { ConfigSwitcher, type ConfigSide } from '../mesh/pr-config.js'
import type { ClusterTarget } from '../k8s/target.js'
import { finding, type Finding, type MatrixEntry } from '../mtls/model.js'
import type { LoadedObjects } from '../k8s/objects.js'
import type { MeshName, Requirement, Side } from '../vocabulary.js'
import {
  alternatingLayout,
  gateNamespaces,
  layoutGateObjects,
  onceEach,
  sidesAsRun,
  type Layout,
  type SideCopy,
} from './layout.js'
import { expectPlaintext, type PlaintextOutcome } from '../load/plaintext-probe.js'
import { validateLoaded, type MtlsValidation } from '../mtls/validate.js'
import { OverheadSampler, type NodeStatsSource } from '../resources/sampler.js'
import { buildResults } from '../results/build.js'
import type { Fingerprint, ResourceSample, Results } from '../results/schema.js'
import type { MtlsOutcome } from '../measure.js'
import { readTelemetry, telemetryFindings } from '../mtls/meshes.js'
import type { TelemetryReading } from '../mtls/telemetry.js'
import type { VerifiedTool } from '../tools/download.js'
import { BUDGET } from './profiles.js'
import { sequentialLook } from './sequential-look.js'
import { TelemetryRecorder, type TelemetryScraper } from './telemetry-source.js'
import type { GateConfig } from '../config/gate-config.js'

export interface PipelineDeps {
  provider: ClusterProvider
  /**
   * The mesh stage's installer for a cluster (the provider's planned handle, for the plan), installing with the
   * values file given (none when absent).
   */
  mesh(cluster: ClusterTarget, valuesPath?: string): MeshInstaller
  /** Downloads and verifies every tool the run needs (kind, the mesh CLI); called before any cluster exists. */
  fetchTools(): Promise<VerifiedTool[]>
  connect(handle: ClusterHandle): Cluster
  exec(cluster: Cluster): PodExec
  stats(cluster: Cluster): NodeStatsSource
  log(message: string): void
  now(): number
  /** Called as soon as a cluster exists, so that teardown happens whatever follows. */
  onCluster(handle: ClusterHandle): void
  /** The mesh's own counters for the traffic to the measured server (absent: the telemetry column says not read). */
  telemetry?(
    cluster: Cluster,
    mesh: MeshName,
    server: { namespace: string; selector: string },
  ): TelemetryScraper
}

export interface PipelineOptions {
  meshName: MeshName
  /** The PR's configuration, read once by the caller (pipeline/run.ts). */
  head: ConfigSide
  /** The base branch's, for the same-run baseline; null measures the head only. */
  base: ConfigSide | null
  scenarios: LoadScenario[]
  /** Thresholds and the false-alarm rate, for the looks of sequential scenarios. */
  config: GateConfig
  require: Requirement
  /** The machine that measures (the runner's RUNNER_NAME, given by the front end), recorded in the results. */
  runnerName?: string | null
  /** The images of the gate's pods (gate config `images`); default: the pinned public ones. */
  images?: WorkloadImages
  /** The measured paths (pipeline/paths.ts); default: the gate's own path. */
  paths?: MeasuredPath[]
  /**
   * How the sides are laid out (pipeline/layout.ts): simultaneous, in per-side copies of the paths loaded at the same
   * time, or alternating on one copy; default alternating.
   */
  layout?: Layout
  /**
   * The mesh values file of each side, and whether each side runs on its own (mesh-values.ts); default: none.
   * Per side, the mesh is installed with the first side's values and re-installed at each switch to the other.
   */
  meshValues?: SideMeshValues
}

export interface PipelineResult {
  current: Results
  baseline: Results | null
  validation: MtlsValidation
  handle: ClusterHandle
  /** What the live probe saw after each switch, against what the validator predicted. */
  probes: Probe[]
  /** What the mesh's own counters say the measured traffic was, per side, and where that disagrees with the prediction. */
  telemetry: Telemetry[]
}

type Telemetry = { side: Side; reading: TelemetryReading; findings: Finding[] }

type Probe = {
  side: Side
  /** The path whose server was probed. */
  path: string
  expected: PlaintextOutcome
  outcome: PlaintextOutcome
  converged: boolean
  detail: string
}
type SideScenarios = Array<{ scenario: LoadScenario; runs: SideRuns }>

/** The gate's workloads in the cluster, and what measuring needs of them. */
interface Stage {
  cluster: Cluster
  exec: PodExec
  /** Each path's client pod, in the order of the paths (each side's copy's, in the simultaneous layout). */
  clients: Record<Side, string[]>
  probePod: string
  /** Each side's objects as the run applies them (stand-ins in place of the configuration's workloads). */
  sides: Record<Side, ConfigSide | null>
  sampler: OverheadSampler
  /** The counters the gate's own repetitions added, per side (one recorder for both sides when they alternate). */
  recorders: Record<Side, TelemetryRecorder<Side>>
  /** The simultaneous layout's copies of the paths, per side; null when the sides alternate on the paths. */
  copies: Record<Side, SideCopy> | null
  /** What the measurement itself found the reader must know (filled in while it runs). */
  notes: string[]
  /** The mesh as installed, and as each side ran on it. */
  mesh: MeshState
}

/**
 * The installed mesh: the values it runs (a side's), and each side's fingerprint. With values per side it is
 * re-installed with a side's values when the run switches to a side whose values it does not run.
 */
interface MeshState {
  installer: MeshInstaller
  values: SideMeshValues
  /** The side whose values the mesh runs. */
  on: Side
  /** What each side ran on (the installation's for both when the values are not per side). */
  prints: Partial<Record<Side, MeshFingerprint>>
}

/** The sides in the order they first run: the base first when there is one (its values are the mesh's first). */
function sideOrder(o: Pick<PipelineOptions, 'base'>): Side[] {
  return o.base ? ['base', 'head'] : ['head']
}

/** No values file: the mesh is installed without, once for both sides. */
const NO_VALUES: SideMeshValues = { path: { base: undefined, head: undefined }, perSide: false }

/** The paths of a run: the options', or the gate's own. */
function pathsOf(o: Pick<PipelineOptions, 'paths'>): MeasuredPath[] {
  return o.paths && o.paths.length ? o.paths : [gatePath()]
}

/** The per-side copies of the simultaneous layout, when the run has a base and the layout is simultaneous. */
function copiesOf(o: Pick<PipelineOptions, 'base' | 'layout'>): Record<Side, SideCopy> | null {
  return o.base && o.layout?.design === 'simultaneous' && o.layout.copies ? o.layout.copies : null
}

/** The layout that runs: the planned one, or alternating (one copy of the paths) when none was planned or no base. */
function layoutOf(o: Pick<PipelineOptions, 'base' | 'layout'>, paths: MeasuredPath[]): Layout {
  if (o.layout && (o.base || o.layout.design === 'alternating')) return o.layout
  return alternatingLayout(
    paths.map((p) => p.id),
    o.base ? 'no layout was planned: the sides take turns on one copy' : 'head only',
  )
}

export async function measureOnCluster(deps: PipelineDeps, o: PipelineOptions): Promise<PipelineResult> {
  const t0 = deps.now()
  const since = () => `${Math.round((deps.now() - t0) / 1000)} s`
  const { head, base } = o
  const paths = pathsOf(o)
  deps.log(
    `configuration: head ${head.objects.length} object(s)${base ? `, base (${base.ref}) ${base.objects.length}` : ''}`,
  )
  deps.log(
    `measured path(s): ${paths.map((p) => `${p.client.namespace}/${p.client.workload} → ${p.server.host}:${p.server.httpPort}`).join('; ')}`,
  )
  // Predicted before any cluster is made, once per side: what the probe expects and what the results record.
  const validation = predict(o, head, base)
  const baseValidation = base ? predict(o, base, null) : null
  // The install values the installer reads for itself (names, namespaces) are checked now too, not after a cluster.
  INSTALLERS[o.meshName].checkValues?.(valuesAsRun(head, o.meshName))
  const copies = copiesOf(o)
  const layout = layoutOf(o, paths)
  deps.log(`layout: ${layout.design} (${layout.reason})`)
  // Both sides at once run on one installation: values of their own need the sides to take turns.
  if (copies && o.meshValues?.perSide)
    throw new Error('the simultaneous layout cannot run each side on its own mesh values')

  // Every download of the run is verified before a cluster is created: a refused or failed download costs no cluster
  // (and a machine without Docker fails before downloading anything).
  await deps.provider.preflight?.()
  const tools = await deps.fetchTools()
  for (const t of tools) deps.log(`tool ${t.name} ${t.version}: sha256 ${t.sha256} (${verifiedBy(t)})`)

  const created: Created = { namespaces: [] }
  let cluster: Cluster | null = null
  let outlives = false
  try {
    const up = await bringUp(deps, o, paths, since, created, (c, handle) => {
      cluster = c
      outlives = handle.provider === 'existing'
    })
    const { handle, stage, notes } = up
    const probes: Probe[] = []
    const expected = (v: MtlsValidation | null) =>
      v ? paths.map((p) => plaintextFor(serverEntry(v.matrix, p))) : null
    const bySide = await named(
      () =>
        measureScenarios(deps, o, paths, stage, probes, {
          head: expected(validation),
          base: expected(baseValidation),
        }),
      (m, cause) => new MeasurementError(m, { cause }),
    )
    deps.log(`load finished after ${since()}`)

    const telemetry = (baseValidation ? (['base', 'head'] as const) : (['head'] as const)).map((side) =>
      telemetryOf(
        o.meshName,
        side,
        side === 'head' ? validation : baseValidation!,
        stage.recorders[side],
        paths[0]!,
        (copies?.[side].paths ?? paths)[0]!,
      ),
    )
    for (const t of telemetry) deps.log(`telemetry (${t.side}): ${t.reading.outcome} (${t.reading.detail})`)
    // The installation's fingerprint for a side that never ran on one of its own (no scenario switched to it).
    const installed = stage.mesh.prints[sideOrder(o)[0]!]!
    const record: RunRecord = {
      fingerprint: fingerprintOf(tools, installed, handle, o.runnerName ?? null),
      meshBySide: {
        base: stage.mesh.prints.base ?? installed,
        head: stage.mesh.prints.head ?? installed,
      },
      probes,
      telemetry,
      notes: [...notes, ...stage.notes],
      paths,
      runPaths: { base: copies?.base.paths ?? paths, head: copies?.head.paths ?? paths },
      layout: { design: layout.design, reason: layout.reason },
    }
    const current = sideResults(record, bySide.head, validation, 'head')
    const baseline = baseValidation ? sideResults(record, bySide.base, baseValidation, 'base') : null
    return { current, baseline, validation, handle, probes, telemetry }
  } finally {
    // The namespaces the run created in a cluster that outlives it (an existing one): removed with what is in
    // them, also on failure; never one that was there before. A kind cluster goes as a whole at teardown.
    if (cluster && outlives && created.namespaces.length)
      await removeNamespaces(deps, cluster, created.namespaces)
  }
}

/** What the run created in the cluster, for its removal. */
interface Created {
  namespaces: string[]
}

/**
 * Deletes the namespaces and waits (bounded) until they are gone, so that the run ends with its objects removed,
 * not terminating. Never throws: a clean-up that fails is a warning, so it cannot hide the run's outcome or error.
 */
async function removeNamespaces(
  deps: PipelineDeps,
  cluster: Cluster,
  names: readonly string[],
): Promise<void> {
  try {
    for (const name of names) {
      await cluster.objects
        .delete({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } } as never)
        .catch((e: unknown) => {
          if ((e as { code?: number }).code !== 404) throw e
        })
    }
    await pollUntil(
      `namespaces ${names.join(', ')} to be removed`,
      async () => {
        const left = (
          (await cluster.objects.list('v1', 'Namespace')).items as Array<{ metadata?: { name?: string } }>
        )
          .map((n) => String(n.metadata?.name))
          .filter((n) => names.includes(n))
        return { done: left.length === 0, value: null, seen: `still there: ${left.join(', ')}` }
      },
      { timeoutMs: BUDGET.rolloutSeconds * 1000, intervalMs: 500 },
    )
    deps.log(`removed the namespaces the run created: ${names.join(', ')}`)
  } catch (e) {
    deps.log(
      `warning: could not remove the namespaces the run created (${names.join(', ')}): ${(e as Error).message}`,
    )
  }
}

/** What every side's results record of the run: how it was measured, and what the probes and counters saw. */
interface RunRecord {
  fingerprint: RunFingerprint
  /** The mesh each side ran on: its own values' installation when the values are per side. */
  meshBySide: Record<Side, RunFingerprint['mesh']>
  probes: Probe[]
  telemetry: Telemetry[]
  /** What the reader of the verdict must know about how it was measured (one node, say). */
  notes: string[]
  /** The measured paths as planned (the validator's rows and the probes are named after them). */
  paths: MeasuredPath[]
  /** The paths each side's load ran on: its copy's in the simultaneous layout, else the planned ones. */
  runPaths: Record<Side, MeasuredPath[]>
  layout: { design: Layout['design']; reason: string }
}

type RunFingerprint = {
  tools: Fingerprint['tools']
  mesh: NonNullable<Fingerprint['mesh']>
  kubernetesVersion: string | null
  nodeImage: string | null
  runnerName: string | null
}

/** The tools as verified, the mesh as installed, the cluster and the runner (the mesh: see RunRecord.meshBySide). */
function fingerprintOf(
  tools: VerifiedTool[],
  mesh: RunFingerprint['mesh'],
  handle: ClusterHandle,
  runnerName: string | null,
): RunFingerprint {
  return {
    tools: tools.map((t) => ({
      name: t.name,
      version: t.version,
      url: t.url,
      sha256: t.sha256,
      verifiedBy: t.verifiedBy,
      checksumUrl: t.checksumUrl,
    })),
    mesh,
    kubernetesVersion: handle.kubernetesVersion,
    nodeImage: handle.nodeImage,
    runnerName,
  }
}

/** One side's results, with the run's notes when there are any. */
function sideResults(
  record: RunRecord,
  scenarios: SideScenarios,
  validation: MtlsValidation,
  side: Side,
): Results {
  const r = resultsOf(scenarios, record, validation, side)
  return record.notes.length ? { ...r, notes: record.notes } : r
}

/** The label selector of a path's server pods (`app=cart,tier=web`), for the mesh's counters. */
function selectorOf(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')
}

/** The side's counters read for the first path's server, and where they disagree with the side's prediction. */
function telemetryOf(
  mesh: MeshName,
  side: Side,
  validation: MtlsValidation,
  recorder: TelemetryRecorder<Side>,
  path: MeasuredPath,
  /** The copy of `path` the side ran on (the path itself when the sides alternate). */
  runPath: MeasuredPath,
): Telemetry {
  const got = recorder.samples(side)
  const entry = serverEntry(validation.matrix, path)
  const reading: TelemetryReading =
    'unread' in got
      ? { outcome: 'not-read', mtls: 0, plaintext: 0, refused: 0, detail: got.unread }
      : readTelemetry(mesh, got.samples, {
          namespace: runPath.server.namespace,
          workload: runPath.server.workload,
          port: null,
          client: runPath.client.workload,
        })
  // Cilium: the prediction requires mutual authentication when a rule says so (mtls/cilium.ts's wording).
  const authenticated = /mutual authentication required/.test(entry?.decidedBy ?? '')
  return {
    side,
    reading,
    findings: telemetryFindings(
      mesh,
      entry?.mode ?? 'DISABLE',
      reading,
      `telemetry (${side})`,
      authenticated,
    ),
  }
}

/**
 * Runs one step; an error that no one has named yet is named after the step, so the user gets its exit code
 * (cluster 4, mesh 5, measurement 6) instead of "internal error". Bad input and named failures pass unchanged.
 */
async function named<T>(
  work: () => Promise<T>,
  name: (message: string, cause: unknown) => Error,
): Promise<T> {
  try {
    return await work()
  } catch (e) {
    if (isKnownFailure(e)) throw e
    throw name(e instanceof Error ? e.message : String(e), e)
  }
}

/** A cluster, the mesh on it, and the gate's workloads rolled out. */
async function bringUp(
  deps: PipelineDeps,
  o: PipelineOptions,
  paths: MeasuredPath[],
  since: () => string,
  created: Created,
  onConnect: (cluster: Cluster, handle: ClusterHandle) => void,
) {
  const handle = await named(
    () => deps.provider.create(),
    (m, cause) => new ClusterCreateError(m, null, { cause }),
  )
  deps.onCluster(handle)
  deps.log(
    `cluster ${handle.name} (${handle.provider}, Kubernetes ${handle.kubernetesVersion ?? '?'}) ready after ${since()}`,
  )
  // With values per side, the mesh starts on the first side's: the first switch needs no re-install.
  const values = o.meshValues ?? NO_VALUES
  const first = sideOrder(o)[0]!
  const installed = installedValues(values, first)
  const mesh = deps.mesh(handle, installed)
  if (values.perSide && !canReconfigure(mesh))
    throw new Error(
      `${mesh.mesh}: each side's own mesh values were planned, but its installer cannot re-install`,
    )
  const meshPrint = await named(
    () => mesh.install(),
    (m, cause) => new MeshInstallError(`${mesh.mesh}: ${m}`, { cause }),
  )
  deps.log(
    `mesh ${meshPrint.name} ${meshPrint.version ?? ''} installed after ${since()}${values.perSide ? ` with the ${first}'s values (${installed ?? 'none'})` : ''}`,
  )
  const meshState: MeshState = {
    installer: mesh,
    values,
    on: values.perSide ? first : 'head',
    prints: values.perSide ? { [first]: meshPrint } : { base: meshPrint, head: meshPrint },
  }

  const cluster = deps.connect(handle)
  onConnect(cluster, handle)
  const { notes, placement } = await named(
    () => rollOutWorkloads(deps, o, paths, handle, cluster, created),
    (m, cause) => new MeasurementError(`the gate's workloads did not become ready: ${m}`, { cause }),
  )
  deps.log(`workloads rolled out after ${since()}`)
  const sides = sidesAsRun(copiesOf(o), o, paths, o.meshName, placement)
  return { handle, stage: await stageOf(deps, o, paths, cluster, meshState, sides), notes }
}

/**
 * The gate's objects applied (namespaces the cluster lacks, the client stand-ins, the probe, the gate's own server
 * when a path is the gate's) and rolled out; the notes the results carry about where they run. A workload of the
 * cluster that a server stand-in would replace is refused: the gate never overwrites what it did not create.
 */
async function rollOutWorkloads(
  deps: PipelineDeps,
  o: PipelineOptions,
  paths: MeasuredPath[],
  handle: ClusterHandle,
  cluster: Cluster,
  created: Created,
): Promise<{ notes: string[]; placement: Placement }> {
  const notes: string[] = []
  const schedulable = schedulableNodes(
    (await cluster.objects.list('v1', 'Node')).items as unknown as Parameters<typeof schedulableNodes>[0],
  )
  // One schedulable node (kind's default cluster, a developer's own): client and server share it rather than
  // wait forever for a second node, and the results say so.
  const singleNode = !handle.nodeLabels && schedulable.length === 1
  if (singleNode) {
    notes.push(
      `One schedulable node (${schedulable[0]}): the Fortio client and server ran side by side on it, so the traffic did not cross a network between nodes.`,
    )
    deps.log(`warning: ${notes.at(-1)}`)
  }
  const placement: Placement = {
    nodeLabels: handle.nodeLabels,
    singleNode,
    images: o.images ?? DEFAULT_IMAGES,
  }
  const options = {
    mesh: INSTALLERS[o.meshName],
    nodeLabels: handle.nodeLabels,
    images: placement.images,
    singleNode,
  }
  // The simultaneous layout runs each side's copy of the paths; the objects both copies share (the probe, the
  // gate's namespace) are applied once.
  const laid = layoutGateObjects(copiesOf(o), o.head, paths, options)
  const objects = laid.objects
  for (const path of laid.paths) if (!path.gateDefault) await refuseForeignWorkload(cluster, path)
  const existing = await settledNamespaces(
    cluster,
    objects.filter((x) => x.kind === 'Namespace').map((x) => (x.metadata as { name: string }).name),
  )
  for (const object of objects) {
    const meta = object.metadata as { name: string }
    if (object.kind === 'Namespace') {
      // A namespace the cluster has is the cluster's: neither relabelled nor removed by the gate.
      if (existing.has(meta.name)) continue
      created.namespaces.push(meta.name)
    }
    await serverSideApply(cluster, object as never)
  }
  for (const object of objects) {
    if (object.kind !== 'Deployment') continue
    const meta = object.metadata as { name: string; namespace: string }
    await waitForRollout(cluster, meta.namespace, meta.name, BUDGET.rolloutSeconds * 1000)
  }
  return { notes, placement }
}

/**
 * The namespaces that exist, once those of `wanted` that are being deleted (an earlier run's, removed at its end) are
 * gone: nothing can be created in a terminating namespace, and a gone one is the run's to create.
 */
async function settledNamespaces(cluster: Cluster, wanted: readonly string[]): Promise<Set<string>> {
  type Ns = { metadata?: { name?: string; deletionTimestamp?: string } }
  const list = async () => (await cluster.objects.list('v1', 'Namespace')).items as Ns[]
  return pollUntil(
    `namespaces ${wanted.join(', ')} to finish terminating`,
    async () => {
      const items = await list()
      const terminating = items.filter(
        (n) => n.metadata?.deletionTimestamp && wanted.includes(String(n.metadata.name)),
      )
      return {
        done: terminating.length === 0,
        value: new Set(items.map((n) => String(n.metadata?.name))),
        seen: `terminating: ${terminating.map((n) => n.metadata?.name).join(', ')}`,
      }
    },
    { timeoutMs: BUDGET.rolloutSeconds * 1000, intervalMs: 500 },
  )
}

/** A Deployment of the server's name that the gate did not make (an existing cluster's real workload). */
async function refuseForeignWorkload(cluster: Cluster, path: MeasuredPath): Promise<void> {
  const found = (await cluster.objects
    .read({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: path.server.workload, namespace: path.server.namespace },
    } as never)
    .catch((e: unknown) => {
      if ((e as { code?: number }).code === 404) return null
      throw e
    })) as { metadata?: { labels?: Record<string, string> } } | null
  const key = Object.keys(MANAGED_BY)[0]!
  if (found && found.metadata?.labels?.[key] !== MANAGED_BY[key as keyof typeof MANAGED_BY])
    throw new InputError(
      `Deployment ${path.server.namespace}/${path.server.workload} exists in the cluster and is not the gate's: the server stand-in of path ${path.id} would replace it. Measure on a cluster without it, or pin another target in the gate config's targets`,
    )
}

/** The rolled-out workloads' pods, and the samplers that watch them. */
async function stageOf(
  deps: PipelineDeps,
  o: PipelineOptions,
  paths: MeasuredPath[],
  cluster: Cluster,
  mesh: MeshState,
  sides: Record<Side, ConfigSide | null>,
): Promise<Stage> {
  const copies = copiesOf(o)
  const runPaths = (side: Side) => copies?.[side].paths ?? paths
  const sampled = [
    ...new Set([
      GATE_NAMESPACE,
      ...(['base', 'head'] as const).flatMap((side) =>
        runPaths(side).flatMap((p) => [p.client.namespace, p.server.namespace]),
      ),
    ]),
    ...mesh.installer.systemNamespaces,
  ]
  const clientsOf = async (side: Side) => {
    const out: string[] = []
    for (const [i, p] of runPaths(side).entries())
      out.push(await podOf(cluster, p.client.namespace, `${CLIENT_LABEL}=${clientName(i)}`))
    return out
  }
  const recorderOf = (side: Side) => {
    const first = runPaths(side)[0]!
    return new TelemetryRecorder<Side>(
      deps.telemetry?.(cluster, o.meshName, {
        namespace: first.server.namespace,
        selector: selectorOf(first.server.labels),
      }) ?? null,
    )
  }
  return {
    cluster,
    exec: deps.exec(cluster),
    clients: await bothSides(copies !== null, clientsOf),
    probePod: await podOf(cluster, PROBE_NAMESPACE, `app=${PROBE}`),
    sides,
    // The nodes the sampled pods run on, found again before each repetition (a side's rollout may move them);
    // the rest of the cluster (nodes without a kubelet API, say) is never read.
    sampler: new OverheadSampler(deps.stats(cluster), {
      nodes: () => nodesOf(cluster, sampled),
      namespaces: sampled,
      systemNamespaces: mesh.installer.systemNamespaces,
      roles: containerRoles(),
    }),
    recorders: await bothSides(copies !== null, async (side) => recorderOf(side)),
    copies,
    notes: [],
    mesh,
  }
}

/**
 * One value per side: each side's own when the sides run on copies of their own, else the one value of the shared
 * paths (found once) for both.
 */
async function bothSides<T>(separate: boolean, of: (side: Side) => Promise<T>): Promise<Record<Side, T>> {
  if (separate) return { base: await of('base'), head: await of('head') }
  const shared = await of('head')
  return { base: shared, head: shared }
}

/** A path's URL for a scenario's protocol: the Service's host and port. */
export function pathUrl(path: MeasuredPath, protocol: 'http' | 'h2' | 'grpc'): string {
  const s = path.server
  if (protocol === 'grpc') {
    if (s.grpcPort === null)
      throw new InputError(
        `a gRPC scenario cannot run on path ${path.id}: its Service ${s.namespace}/${s.service.name} has no port named grpc*`,
      )
    return `${s.host}:${s.grpcPort}`
  }
  return `http://${s.host}:${s.httpPort}/echo`
}

/**
 * Every scenario on every path, with a live probe of every path's server once a side is in force. Alternating: base
 * and head interleaved on one copy of the paths (A A B B …), the probe after every switch. Simultaneous: both sides
 * applied once, each on its own copy of the paths, both copies probed, then loaded at the same time. With several
 * paths, a scenario's results are named after the path (`echo-1k@shop/cart`).
 */
async function measureScenarios(
  deps: PipelineDeps,
  o: PipelineOptions,
  paths: MeasuredPath[],
  stage: Stage,
  probes: Probe[],
  expected: Record<Side, PlaintextOutcome[] | null>,
): Promise<Record<Side, SideScenarios>> {
  // Objects without a namespace land in `default`, as kubectl apply puts them and as the validator reads them.
  const switcher = new ConfigSwitcher(stage.cluster, 'default')
  try {
    return stage.copies
      ? await measureSimultaneous(deps, o, paths, stage, stage.copies, switcher, probes, expected)
      : await measureAlternating(deps, o, paths, stage, switcher, probes, expected)
  } finally {
    // What the sides applied outside the namespaces the run removes (a policy in a namespace the cluster had).
    await switcher
      .removeAll()
      .catch((e: unknown) =>
        deps.log(`warning: could not remove the sides' objects: ${(e as Error).message}`),
      )
  }
}

async function measureAlternating(
  deps: PipelineDeps,
  o: PipelineOptions,
  paths: MeasuredPath[],
  stage: Stage,
  switcher: ConfigSwitcher,
  probes: Probe[],
  expected: Record<Side, PlaintextOutcome[] | null>,
): Promise<Record<Side, SideScenarios>> {
  const { log } = deps
  const sides = stage.sides
  const order = sideOrder(o)
  let onSide: Side = order[0]!
  const switchTo = async (side: Side) => {
    onSide = side
    // The side's mesh values first, so that its objects and the probe after them meet the data plane it runs on.
    const reinstalled = await meshFor(deps, stage.mesh, side)
    const r = await switcher.switchTo(sides[side]!)
    log(
      `switched to ${side}: ${r.applied} object(s) applied${r.deleted.length ? `, deleted ${r.deleted.join(', ')}` : ''}${reinstalled === null ? '' : `, on the mesh re-installed with its values (${(reinstalled / 1000).toFixed(1)} s)`}`,
    )
    await sideRollouts(stage.cluster, sides[side]!)
    for (const [i, path] of paths.entries())
      probes.push(await probeSide(deps, stage, side, path, path, expected[side]![i]!))
  }
  return perScenario(o, paths, order, (i, scenario) =>
    runInterleaved(stage.exec, loadTarget(paths[i]!, stage.clients.head[i]!, scenario), scenario, order, {
      switchTo,
      // The counters are read around the measured work only: the probe and the other side are left out.
      sample: async (repetition, work) =>
        stage.recorders[onSide].around(onSide, () => stage.sampler.during(repetition, work)),
      log,
      now: deps.now,
      level: levelOf(o, scenario, log),
    }),
  )
}

/**
 * Puts the mesh on the side's values when they are per side and the mesh runs the other side's: re-installed in
 * place, waited for until its data plane runs them (the installer's reconfigure). Returns how long it took in ms;
 * null when nothing was re-installed (values not per side, or already the side's: repetitions of one side, or a
 * scenario that starts on the side the previous one ended on).
 */
async function meshFor(deps: PipelineDeps, mesh: MeshState, side: Side): Promise<number | null> {
  if (!mesh.values.perSide || mesh.on === side) return null
  const installer = mesh.installer
  if (!canReconfigure(installer)) throw new Error(`${installer.mesh}: its installer cannot re-install`)
  const file = mesh.values.path[side]
  deps.log(
    `switching to ${side}: re-installing ${installer.mesh} with the ${side}'s mesh values (${file ?? 'none'})`,
  )
  const started = deps.now()
  const print = await named(
    () => installer.reconfigure(file),
    (m, cause) =>
      new MeshInstallError(`${installer.mesh}: re-installing with the ${side}'s values: ${m}`, { cause }),
  )
  mesh.on = side
  mesh.prints[side] = print
  const took = deps.now() - started
  deps.log(
    `mesh ${print.name} re-installed with the ${side}'s values in ${(took / 1000).toFixed(1)} s (${print.profile})`,
  )
  return took
}

/**
 * Every scenario on every path, in order, each side's runs kept per scenario; with several paths a scenario's
 * results are named after the path (`echo-1k@shop/cart`).
 */
async function perScenario(
  o: PipelineOptions,
  paths: MeasuredPath[],
  sides: readonly Side[],
  measure: (path: number, scenario: LoadScenario) => Promise<Record<Side, SideRuns>>,
): Promise<Record<Side, SideScenarios>> {
  const bySide: Record<Side, SideScenarios> = { base: [], head: [] }
  for (const [i, path] of paths.entries()) {
    for (const scenario of o.scenarios) {
      const out = await measure(i, scenario)
      const named = paths.length > 1 ? { ...scenario, name: `${scenario.name}@${path.id}` } : scenario
      for (const side of sides) bySide[side].push({ scenario: named, runs: out[side] })
    }
  }
  return bySide
}

/** The looks of a sequential scenario (after every block, with the compare's own verdict); none for a fixed one. */
function levelOf(o: PipelineOptions, scenario: LoadScenario, log: (line: string) => void) {
  return scenario.sequential ? sequentialLook(scenario, o.config, o.scenarios.length, log) : undefined
}

/**
 * The simultaneous layout: both sides' objects in force at once (each side's in its copies of the path's
 * namespaces), both copies probed, and every scenario loaded on both copies at the same time. The resource samples
 * are split by copy: a container of a side's copy namespaces is that side's; the node-level data plane (ztunnel,
 * cilium-agent) serves both copies at once and cannot be split, so it is left out of both and the results say so.
 */
async function measureSimultaneous(
  deps: PipelineDeps,
  o: PipelineOptions,
  paths: MeasuredPath[],
  stage: Stage,
  copies: Record<Side, SideCopy>,
  switcher: ConfigSwitcher,
  probes: Probe[],
  expected: Record<Side, PlaintextOutcome[] | null>,
): Promise<Record<Side, SideScenarios>> {
  const { log } = deps
  const sides: Side[] = ['base', 'head']
  const both: ConfigSide = {
    name: 'head',
    ref: null,
    objects: onceEach(
      sides.flatMap((side) => stage.sides[side]!.objects),
      (c) => c.object,
    ),
  }
  const r = await switcher.switchTo(both)
  log(`applied both sides at once, each in its copy of the paths: ${r.applied} object(s)`)
  await sideRollouts(stage.cluster, both)
  for (const side of sides)
    for (const [i, path] of paths.entries())
      probes.push(await probeSide(deps, stage, side, path, copies[side].paths[i]!, expected[side]![i]!))
  const own = (side: Side) =>
    new Set(copies[side].paths.flatMap((p) => [p.client.namespace, p.server.namespace]))
  const ownNamespaces = { base: own('base'), head: own('head') }
  const shared = new Set<string>()
  const split = (sample: ResourceSample | null, side: Side): ResourceSample | null => {
    if (!sample) return null
    for (const c of sample.containers)
      if (c.role === 'data-plane' && !ownNamespaces[side].has(c.namespace)) shared.add(c.container)
    return { ...sample, containers: sample.containers.filter((c) => ownNamespaces[side].has(c.namespace)) }
  }
  const bySide = await perScenario(o, paths, sides, (i, scenario) =>
    runSimultaneous(
      stage.exec,
      {
        base: loadTarget(copies.base.paths[i]!, stage.clients.base[i]!, scenario),
        head: loadTarget(copies.head.paths[i]!, stage.clients.head[i]!, scenario),
      },
      scenario,
      {
        sample: async (repetition, work) => {
          const { result, sample } = await stage.recorders.base.around('base', () =>
            stage.recorders.head.around('head', () => stage.sampler.during(repetition, work)),
          )
          return { result, samples: { base: split(sample, 'base'), head: split(sample, 'head') } }
        },
        log,
        now: deps.now,
        level: levelOf(o, scenario, log),
      },
    ),
  )
  if (shared.size)
    stage.notes.push(
      `Simultaneous layout: the node-level data plane (${[...shared].sort().join(', ')}) served both sides at once, so its CPU and memory are in neither side's resource samples and were not compared.`,
    )
  return bySide
}

/** Where a path's load runs (the path's client pod) and what it loads. */
function loadTarget(path: MeasuredPath, pod: string, scenario: LoadScenario): LoadTarget {
  return { namespace: path.client.namespace, pod, container: 'fortio', url: pathUrl(path, scenario.protocol) }
}

/**
 * A side that changes a Deployment (a stand-in's annotations, a proxy in front of the server) is in force once that
 * rollout is complete, not when the API server took the object.
 */
async function sideRollouts(cluster: Cluster, side: ConfigSide): Promise<void> {
  for (const { object } of side.objects) {
    if (object.kind !== 'Deployment' || !String(object.apiVersion).startsWith('apps/')) continue
    const meta = object.metadata as { name?: string; namespace?: string }
    await waitForRollout(
      cluster,
      meta.namespace ?? 'default',
      String(meta.name),
      BUDGET.rolloutSeconds * 1000,
    )
  }
}

/** The live probe after a switch: plaintext from the unmeshed pod, until it sees what the side's configuration says. */
async function probeSide(
  deps: PipelineDeps,
  stage: Stage,
  side: Side,
  path: MeasuredPath,
  /** The copy of the path the side runs on (the path itself when the sides alternate). */
  runPath: MeasuredPath,
  want: PlaintextOutcome,
): Promise<Probe> {
  // Converged when the data plane does what the configuration says: plaintext refused under STRICT.
  const seen = await expectPlaintext(
    stage.exec,
    { namespace: PROBE_NAMESPACE, pod: stage.probePod, container: 'fortio', url: pathUrl(runPath, 'http') },
    want,
    BUDGET.convergeSeconds * 1000,
  )
  deps.log(
    seen.converged
      ? `live probe (${side}, ${path.id}): plaintext ${seen.outcome}, as the configuration says`
      : `live probe (${side}, ${path.id}): plaintext ${seen.outcome} but the configuration says ${want} (${seen.detail})`,
  )
  return { side, path: path.id, expected: want, ...seen }
}

function verifiedBy(t: VerifiedTool): string {
  return t.verifiedBy === 'published' ? `from ${t.checksumUrl}` : t.verifiedBy
}

/**
 * The validator over a side's objects as the run applies them (the stand-ins in place of the configuration's
 * workloads, with their labels, annotations and containers) plus the gate's own clients and server, so every
 * path's server and client mode is predicted. The gate's own rows in its namespace are shown, not held to the
 * requirement, unless a configuration object decides them (a mesh-wide policy).
 */
export function predict(
  o: Pick<PipelineOptions, 'meshName' | 'require' | 'paths'>,
  side: ConfigSide,
  base: ConfigSide | null,
): MtlsValidation {
  const paths = pathsOf(o)
  const placement: Placement = { nodeLabels: null, images: DEFAULT_IMAGES }
  // The probe is unmeshed on purpose (it must send plaintext), so it is no workload of the mesh under test: judged,
  // it would be a DISABLE row that fails every `require: strict` run.
  const judged = gateObjects(paths, side, { mesh: INSTALLERS[o.meshName], ...placement }).filter((object) => {
    const meta = object.metadata as { name?: string; namespace?: string }
    return meta.namespace !== PROBE_NAMESPACE && meta.name !== PROBE_NAMESPACE
  })
  const loaded = (s: ConfigSide): LoadedObjects => {
    const asRun = sideAsRun(s, paths, o.meshName, placement)
    const keys = new Set(asRun.objects.map((c) => objectId(c.object)))
    return {
      objects: [
        // The configuration's Namespace, when it has one, is the one the run applies.
        ...judged
          .filter((object) => !keys.has(objectId(object as never)))
          .map((object) => ({ object: object as never, origin: { file: GATE_ORIGIN, line: null } })),
        ...asRun.objects.map((c) => ({ object: c.object, origin: c.origin })),
      ],
      values: valuesAsRun(s, o.meshName),
    }
  }
  return validateLoaded(
    loaded(side),
    base ? loaded(base) : null,
    o.require,
    o.meshName,
    undefined,
    undefined,
    {
      shownOnly: gateRowShownOnly,
    },
  )
}

const objectId = (o: { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } }) =>
  `${String(o.kind)}/${String(o.metadata?.namespace ?? '')}/${String(o.metadata?.name)}`

/** A row of the gate's namespace (or a side's copy of it) that no configuration object decides: the gate's own workload at its default. */
export function gateRowShownOnly(e: MatrixEntry): boolean {
  return gateNamespaces().includes(e.namespace) && (e.decider === null || e.decider.file === GATE_ORIGIN)
}

/** The row of a path's server (its workload-wide mode). */
function serverEntry(matrix: readonly MatrixEntry[], path: MeasuredPath): MatrixEntry | undefined {
  return matrix.find((e) => isServerOf(e, path))
}

function isServerOf(e: { namespace: string; workload: string; port: number | null }, path: MeasuredPath) {
  const server = serverRowOf(path)
  return e.namespace === server.namespace && e.workload === server.workload && e.port === null
}

/** STRICT refuses plaintext; PERMISSIVE and DISABLE accept it. */
export function plaintextFor(entry: Pick<MatrixEntry, 'mode'> | undefined): PlaintextOutcome {
  return entry?.mode === 'STRICT' ? 'refused' : 'accepted'
}

/** The nodes that run pods of the given namespaces. */
async function nodesOf(cluster: Cluster, namespaces: readonly string[]): Promise<string[]> {
  const nodes = new Set<string>()
  for (const ns of namespaces) {
    const pods = (await cluster.objects.list('v1', 'Pod', ns)).items as Array<{
      spec?: { nodeName?: string }
    }>
    for (const p of pods) if (p.spec?.nodeName) nodes.add(p.spec.nodeName)
  }
  return [...nodes].sort()
}

/** The name of a running pod that a label selector (`app=x`) picks in a namespace. */
async function podOf(cluster: Cluster, namespace: string, selector: string): Promise<string> {
  const pods = (
    await cluster.objects.list('v1', 'Pod', namespace, undefined, undefined, undefined, undefined, selector)
  ).items as Array<{ metadata: { name: string }; status?: { phase?: string } }>
  const running = pods.find((p) => p.status?.phase === 'Running')
  if (!running) throw new Error(`no running pod with ${selector} in ${namespace}`)
  return running.metadata.name
}

function resultsOf(
  scenarios: SideScenarios,
  record: RunRecord,
  validation: MtlsValidation,
  side: Side,
): Results {
  const parts = scenarios.map(({ scenario, runs }) =>
    buildResults(runs.runs, runs.samples, {
      scenario: scenario.name,
      maxRepetitions: scenario.sequential ? scenario.repetitions : null,
      ...record.fingerprint,
      mesh: record.meshBySide[side],
    }),
  )
  const results = { ...parts[0], scenarios: parts.flatMap((p) => p.scenarios) }
  const reading = record.telemetry.find((t) => t.side === side)?.reading
  const first = record.paths[0]!
  results.mtls = {
    mesh: validation.mesh,
    entries: validation.entries.map((e) => {
      const path = record.paths.find((p) => isServerOf(e, p))
      const probe = path
        ? record.probes.filter((p) => p.side === side && p.path === path.id).at(-1)
        : undefined
      const read = reading && isServerOf(e, first)
      return {
        ...e,
        live: probe ? probe.outcome : 'not-probed',
        telemetry: read ? reading.outcome : 'not-read',
        ...(read ? { telemetryDetail: reading.detail } : {}),
      }
    }),
  }
  results.paths = record.runPaths[side].map((p) => ({
    id: p.id,
    client: endOf(p.client),
    server: endOf(p.server),
    url: pathUrl(p, 'http'),
  }))
  results.layout = record.layout
  return results
}

function endOf(e: MeasuredPath['client']) {
  return { namespace: e.namespace, workload: e.workload, labels: e.labels, ports: e.ports.map((p) => p.port) }
}

/** The mTLS check of a measured run: the validator's findings and the live probe's, failed by any error. */
export function mtlsOutcomeOf(
  result: Pick<PipelineResult, 'validation' | 'probes' | 'telemetry'>,
): MtlsOutcome {
  const findings = [...result.validation.findings, ...liveFindings(result)]
  return { verdict: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass', findings }
}

/**
 * A live probe that never saw what the configuration says is an error finding: the mesh does not enforce it. So is
 * telemetry that contradicts the prediction; telemetry that cannot confirm it is a warning.
 */
export function liveFindings(result: Pick<PipelineResult, 'probes' | 'telemetry'>): Finding[] {
  const probes = result.probes
    .filter((p) => !p.converged)
    .map((p) =>
      finding(
        'error',
        'mtls-live-mismatch',
        `live probe (${p.side}): plaintext from an unmeshed pod to the server of path ${p.path} was ${p.outcome}, but the configuration says it must be ${p.expected} (${p.detail})`,
        null,
      ),
    )
  return [...probes, ...result.telemetry.flatMap((t) => t.findings)]
}

/**
 * The gate's main job, stage by stage: a cluster, the mesh, the gate's workloads, the PR's configuration (and the
 * base branch's, interleaved A B B A), Fortio in the meshed client with the data plane's CPU and memory sampled
 * around every repetition, and the live plaintext probe after every switch. Every side effect comes in through
 * `PipelineDeps`, so the order and the decisions are tested without a cluster.
 */
import { ClusterCreateError } from '../cluster/kind.js'
import type { ClusterHandle, ClusterProvider } from '../cluster/types.js'
import { isKnownFailure, MeasurementError } from '../errors.js'
import { serverSideApply } from '../k8s/apply.js'
import type { Cluster } from '../k8s/client.js'
import { waitForRollout } from '../k8s/wait.js'
import type { PodExec } from '../load/exec.js'
import type { LoadScenario } from '../load/fortio-args.js'
import { runInterleaved, type SideRuns } from '../load/runner.js'
import {
  CLIENT,
  GATE_NAMESPACE,
  PROBE,
  PROBE_NAMESPACE,
  SERVER,
  gateWorkloads,
  schedulableNodes,
  serverUrl,
  type WorkloadImages,
} from '../load/workloads.js'
import { containerRoles, INSTALLERS } from '../mesh/install.js'
import { MeshInstallError, type MeshInstaller } from '../mesh/installer.js'
import { ConfigSwitcher, type ConfigSide } from '../mesh/pr-config.js'
import type { ClusterTarget } from '../k8s/target.js'
import { finding, type Finding, type MatrixEntry } from '../mtls/model.js'
import type { LoadedObjects } from '../k8s/objects.js'
import type { EnforcedRequirement, MeshName, Side } from '../vocabulary.js'
import { expectPlaintext, type PlaintextOutcome } from '../load/plaintext-probe.js'
import { validateLoaded, type MtlsValidation } from '../mtls/validate.js'
import { OverheadSampler, type NodeStatsSource } from '../resources/sampler.js'
import { buildResults } from '../results/build.js'
import type { Fingerprint, Results } from '../results/schema.js'
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
  /** The mesh stage's installer for a cluster (the provider's planned handle, for the plan). */
  mesh(cluster: ClusterTarget): MeshInstaller
  /** Downloads and verifies every tool the run needs (kind, the mesh CLI); called before any cluster exists. */
  fetchTools(): Promise<VerifiedTool[]>
  connect(handle: ClusterHandle): Cluster
  exec(cluster: Cluster): PodExec
  stats(cluster: Cluster): NodeStatsSource
  log(message: string): void
  now(): number
  /** Called as soon as a cluster exists, so that teardown happens whatever follows. */
  onCluster(handle: ClusterHandle): void
  /** The mesh's own counters for the gate's traffic (absent: the telemetry column says not read). */
  telemetry?(cluster: Cluster, mesh: MeshName): TelemetryScraper
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
  require: EnforcedRequirement
  /** The machine that measures (the runner's RUNNER_NAME, given by the front end), recorded in the results. */
  runnerName?: string | null
  /** The images of the gate's pods (gate config `images`); default: the pinned public ones. */
  images?: WorkloadImages
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
  client: string
  probePod: string
  sampler: OverheadSampler
  /** The counters the gate's own repetitions added, per side. */
  recorder: TelemetryRecorder<Side>
}

export async function measureOnCluster(deps: PipelineDeps, o: PipelineOptions): Promise<PipelineResult> {
  const t0 = deps.now()
  const since = () => `${Math.round((deps.now() - t0) / 1000)} s`
  const { head, base } = o
  deps.log(
    `configuration: head ${head.objects.length} object(s)${base ? `, base (${base.ref}) ${base.objects.length}` : ''}`,
  )
  // Predicted before any cluster is made, once per side: what the probe expects and what the results record.
  const validation = predict(o, head, base)
  const baseValidation = base ? predict(o, base, null) : null

  // Every download of the run is verified before a cluster is created: a refused or failed download costs no cluster
  // (and a machine without Docker fails before downloading anything).
  await deps.provider.preflight?.()
  const tools = await deps.fetchTools()
  for (const t of tools) deps.log(`tool ${t.name} ${t.version}: sha256 ${t.sha256} (${verifiedBy(t)})`)

  const { handle, meshPrint, stage, notes } = await bringUp(deps, o, since)
  const probes: Probe[] = []
  const bySide = await named(
    () =>
      measureScenarios(deps, o, stage, probes, {
        head: plaintextFor(serverEntry(validation.matrix)),
        base: baseValidation ? plaintextFor(serverEntry(baseValidation.matrix)) : null,
      }),
    (m, cause) => new MeasurementError(m, { cause }),
  )
  deps.log(`load finished after ${since()}`)

  const telemetry = (baseValidation ? (['base', 'head'] as const) : (['head'] as const)).map((side) =>
    telemetryOf(o.meshName, side, side === 'head' ? validation : baseValidation!, stage.recorder),
  )
  for (const t of telemetry) deps.log(`telemetry (${t.side}): ${t.reading.outcome} (${t.reading.detail})`)
  const record: RunRecord = {
    fingerprint: fingerprintOf(tools, meshPrint, handle, o.runnerName ?? null),
    probes,
    telemetry,
    notes,
  }
  const current = sideResults(record, bySide.head, validation, 'head')
  const baseline = baseValidation ? sideResults(record, bySide.base, baseValidation, 'base') : null
  return { current, baseline, validation, handle, probes, telemetry }
}

/** What every side's results record of the run: how it was measured, and what the probes and counters saw. */
interface RunRecord {
  fingerprint: RunFingerprint
  probes: Probe[]
  telemetry: Telemetry[]
  /** What the reader of the verdict must know about how it was measured (one node, say). */
  notes: string[]
}

type RunFingerprint = {
  tools: Fingerprint['tools']
  mesh: NonNullable<Fingerprint['mesh']>
  kubernetesVersion: string | null
  nodeImage: string | null
  runnerName: string | null
}

/** The tools as verified, the mesh as installed, the cluster and the runner: the same for both sides. */
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
  const r = resultsOf(scenarios, record.fingerprint, validation, record.probes, record.telemetry, side)
  return record.notes.length ? { ...r, notes: record.notes } : r
}

/** The side's counters read for the gate's server, and where they disagree with the side's prediction. */
function telemetryOf(
  mesh: MeshName,
  side: Side,
  validation: MtlsValidation,
  recorder: TelemetryRecorder<Side>,
): Telemetry {
  const got = recorder.samples(side)
  const entry = serverEntry(validation.matrix)
  const reading: TelemetryReading =
    'unread' in got
      ? { outcome: 'not-read', mtls: 0, plaintext: 0, refused: 0, detail: got.unread }
      : readTelemetry(mesh, got.samples, {
          namespace: GATE_NAMESPACE,
          workload: SERVER,
          port: null,
          client: CLIENT,
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
async function bringUp(deps: PipelineDeps, o: PipelineOptions, since: () => string) {
  const handle = await named(
    () => deps.provider.create(),
    (m, cause) => new ClusterCreateError(m, null, { cause }),
  )
  deps.onCluster(handle)
  deps.log(
    `cluster ${handle.name} (${handle.provider}, Kubernetes ${handle.kubernetesVersion ?? '?'}) ready after ${since()}`,
  )
  const mesh = deps.mesh(handle)
  const meshPrint = await named(
    () => mesh.install(),
    (m, cause) => new MeshInstallError(`${mesh.mesh}: ${m}`, { cause }),
  )
  deps.log(`mesh ${meshPrint.name} ${meshPrint.version ?? ''} installed after ${since()}`)

  const cluster = deps.connect(handle)
  const notes = await named(
    () => rollOutWorkloads(deps, o, handle, cluster),
    (m, cause) => new MeasurementError(`the gate's workloads did not become ready: ${m}`, { cause }),
  )
  deps.log(`workloads rolled out after ${since()}`)
  return { handle, meshPrint, stage: await stageOf(deps, o, cluster, mesh), notes }
}

/** The gate's workloads applied and rolled out; the notes the results carry about where they run. */
async function rollOutWorkloads(
  deps: PipelineDeps,
  o: PipelineOptions,
  handle: ClusterHandle,
  cluster: Cluster,
): Promise<string[]> {
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
  for (const object of gateWorkloads({
    mesh: INSTALLERS[o.meshName],
    nodeLabels: handle.nodeLabels,
    images: o.images,
    singleNode,
  })) {
    await serverSideApply(cluster, object as never)
  }
  for (const [ns, name] of [
    [GATE_NAMESPACE, SERVER],
    [GATE_NAMESPACE, CLIENT],
    [PROBE_NAMESPACE, PROBE],
  ] as const) {
    await waitForRollout(cluster, ns, name, BUDGET.rolloutSeconds * 1000)
  }
  return notes
}

/** The rolled-out workloads' pods, and the samplers that watch them. */
async function stageOf(
  deps: PipelineDeps,
  o: PipelineOptions,
  cluster: Cluster,
  mesh: MeshInstaller,
): Promise<Stage> {
  const sampled = [GATE_NAMESPACE, ...mesh.systemNamespaces]
  return {
    cluster,
    exec: deps.exec(cluster),
    client: await podOf(cluster, GATE_NAMESPACE, CLIENT),
    probePod: await podOf(cluster, PROBE_NAMESPACE, PROBE),
    // The nodes the sampled pods run on, found again before each repetition (a side's rollout may move them);
    // the rest of the cluster (nodes without a kubelet API, say) is never read.
    sampler: new OverheadSampler(deps.stats(cluster), {
      nodes: () => nodesOf(cluster, sampled),
      namespaces: sampled,
      roles: containerRoles(),
    }),
    recorder: new TelemetryRecorder<Side>(deps.telemetry?.(cluster, o.meshName) ?? null),
  }
}

/** Every scenario, base and head interleaved (A B B A), with a live probe after every switch. */
async function measureScenarios(
  deps: PipelineDeps,
  o: PipelineOptions,
  stage: Stage,
  probes: Probe[],
  expected: Record<Side, PlaintextOutcome | null>,
): Promise<Record<Side, SideScenarios>> {
  const { log } = deps
  const switcher = new ConfigSwitcher(stage.cluster, GATE_NAMESPACE)
  const sides: Record<Side, ConfigSide | null> = { head: o.head, base: o.base }
  const order: Side[] = o.base ? ['base', 'head'] : ['head']
  const bySide: Record<Side, SideScenarios> = { base: [], head: [] }
  let onSide: Side = order[0]!
  const switchTo = async (side: Side) => {
    onSide = side
    const r = await switcher.switchTo(sides[side]!)
    log(
      `switched to ${side}: ${r.applied} object(s) applied${r.deleted.length ? `, deleted ${r.deleted.join(', ')}` : ''}`,
    )
    await sideRollouts(stage.cluster, sides[side]!)
    probes.push(await probeSide(deps, stage, side, expected[side]!))
  }
  for (const scenario of o.scenarios) {
    const out = await runInterleaved(
      stage.exec,
      {
        namespace: GATE_NAMESPACE,
        pod: stage.client,
        container: 'fortio',
        url: serverUrl(scenario.protocol),
      },
      scenario,
      order,
      {
        switchTo,
        // The counters are read around the measured work only: the probe and the other side are left out.
        sample: async (repetition, work) =>
          stage.recorder.around(onSide, () => stage.sampler.during(repetition, work)),
        log,
        now: deps.now,
        level: scenario.sequential ? sequentialLook(scenario, o.config, o.scenarios.length, log) : undefined,
      },
    )
    for (const side of order) bySide[side].push({ scenario, runs: out[side] })
  }
  return bySide
}

/**
 * A side that changes a Deployment (a sidecar's settings, a proxy in front of the server) is in force once that
 * rollout is complete, not when the API server took the object.
 */
async function sideRollouts(cluster: Cluster, side: ConfigSide): Promise<void> {
  for (const { object } of side.objects) {
    if (object.kind !== 'Deployment' || !String(object.apiVersion).startsWith('apps/')) continue
    const meta = object.metadata as { name?: string; namespace?: string }
    await waitForRollout(
      cluster,
      meta.namespace ?? GATE_NAMESPACE,
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
  want: PlaintextOutcome,
): Promise<Probe> {
  // Converged when the data plane does what the configuration says: plaintext refused under STRICT.
  const seen = await expectPlaintext(
    stage.exec,
    { namespace: PROBE_NAMESPACE, pod: stage.probePod, container: 'fortio', url: serverUrl('http') },
    want,
    BUDGET.convergeSeconds * 1000,
  )
  deps.log(
    seen.converged
      ? `live probe (${side}): plaintext ${seen.outcome}, as the configuration says`
      : `live probe (${side}): plaintext ${seen.outcome} but the configuration says ${want} (${seen.detail})`,
  )
  return { side, expected: want, ...seen }
}

function verifiedBy(t: VerifiedTool): string {
  return t.verifiedBy === 'published' ? `from ${t.checksumUrl}` : t.verifiedBy
}

/** The validator over a side's objects plus the gate's own workloads, so the server's mode is predicted too. */
export function predict(
  o: Pick<PipelineOptions, 'meshName' | 'require'>,
  side: ConfigSide,
  base: ConfigSide | null,
): MtlsValidation {
  // The probe is unmeshed on purpose (it must send plaintext), so it is no workload of the mesh under test: judged,
  // it would be a DISABLE row that fails every `require: strict` run.
  const judged = gateWorkloads({ mesh: INSTALLERS[o.meshName], nodeLabels: null }).filter((object) => {
    const meta = object.metadata as { name?: string; namespace?: string }
    return meta.namespace !== PROBE_NAMESPACE && meta.name !== PROBE_NAMESPACE
  })
  const loaded = (s: ConfigSide): LoadedObjects => ({
    objects: [
      ...judged.map((object) => ({
        object: object as never,
        origin: { file: '(the gate’s workloads)', line: null },
      })),
      ...s.objects.map((c) => ({ object: c.object, origin: c.origin })),
    ],
    values: [],
  })
  return validateLoaded(loaded(side), base ? loaded(base) : null, o.require, o.meshName)
}

/** The validator names workloads by kind and name. */
const SERVER_WORKLOAD = `Deployment/${SERVER}`

function serverEntry(matrix: readonly MatrixEntry[]): MatrixEntry | undefined {
  return matrix.find(
    (e) => e.namespace === GATE_NAMESPACE && e.workload === SERVER_WORKLOAD && e.port === null,
  )
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

async function podOf(cluster: Cluster, namespace: string, app: string): Promise<string> {
  const pods = (
    await cluster.objects.list(
      'v1',
      'Pod',
      namespace,
      undefined,
      undefined,
      undefined,
      undefined,
      `app=${app}`,
    )
  ).items as Array<{ metadata: { name: string }; status?: { phase?: string } }>
  const running = pods.find((p) => p.status?.phase === 'Running')
  if (!running) throw new Error(`no running pod with app=${app} in ${namespace}`)
  return running.metadata.name
}

function resultsOf(
  scenarios: SideScenarios,
  fingerprint: RunFingerprint,
  validation: MtlsValidation,
  probes: Probe[],
  telemetry: Telemetry[],
  side: Side,
): Results {
  const parts = scenarios.map(({ scenario, runs }) =>
    buildResults(runs.runs, runs.samples, {
      scenario: scenario.name,
      maxRepetitions: scenario.sequential ? scenario.repetitions : null,
      ...fingerprint,
    }),
  )
  const results = { ...parts[0], scenarios: parts.flatMap((p) => p.scenarios) }
  const probe = probes.filter((p) => p.side === side).at(-1)
  const reading = telemetry.find((t) => t.side === side)?.reading
  const isServer = (e: { namespace: string; workload: string; port: number | null }) =>
    e.namespace === GATE_NAMESPACE && e.workload === SERVER_WORKLOAD && e.port === null
  results.mtls = {
    mesh: validation.mesh,
    entries: validation.entries.map((e) => ({
      ...e,
      live: probe && isServer(e) ? probe.outcome : 'not-probed',
      telemetry: reading && isServer(e) ? reading.outcome : 'not-read',
      ...(reading && isServer(e) ? { telemetryDetail: reading.detail } : {}),
    })),
  }
  return results
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
        `live probe (${p.side}): plaintext from an unmeshed pod to ${SERVER_WORKLOAD} in ${GATE_NAMESPACE} was ${p.outcome}, but the configuration says it must be ${p.expected} (${p.detail})`,
        null,
      ),
    )
  return [...probes, ...result.telemetry.flatMap((t) => t.findings)]
}

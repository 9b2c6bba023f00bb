/**
 * Records real traces for `npm run bench` (bench/real-traces.ts): not part of CI, run on demand as root with
 *
 *   npm run record-traces -- <out dir>          (scripts/record-traces.sh: the integration harness, one run at a time)
 *
 * On the harness's real node (kubelet + containerd, harness/node.ts) the gate's own path is laid out twice, as two
 * Fortio client → server pairs built by the gate's workload builder (gateWorkloads: same image, ports, probes,
 * requests), one per side, in the namespaces `mesh-gate-trace-base` and `mesh-gate-trace-head`. Every repetition is
 * the quick profile's (`fortioLoadArgs` with PROFILE_SCENARIOS.quick[0]: 1000 QPS, 16 connections, 1 KB, 10 s),
 * exec'd in the client pod like the runner's, at one histogram resolution set by the first warm-up's median as the
 * runner sets it. Two designs per case:
 *   - alternating: one side at a time in the run's order A A B B B B A A … (the other pair idle), each side warmed
 *     up once before its first repetition;
 *   - simultaneous: both clients started together for each repetition, back to back, after one joint warm-up.
 * Cases: `aa` (both servers alike) and the head's server with a real server-side delay on a share of its requests
 * (`fortio server -echo-server-default-params "delay=5ms:0.1"`: 5 ms on 0.1% of requests; Fortio's echo handler
 * reads `delay=` as a duration or a list of `duration:percent` pairs, and its default parameters apply to every
 * request that names none, as the gate's client's). A uniform delay is far too coarse here (Go's sleep takes ~1 ms
 * whatever is asked below it: 300 µs moved p50 from 194 µs to 1.34 ms), so the effect on p99 is sized by the share
 * of requests delayed: 5 ms puts them above the base's p99 (2–3 ms on this busy machine), and the head's p99 becomes
 * about the base's quantile 0.99/(1 − share). The shares are calibrated with `MESH_GATE_TRACES_MODE=calibrate`; the
 * effect each trace realised (pooled p99 ratio) is measured and written with it.
 *
 * Settings (environment):
 *   MESH_GATE_TRACES_OUT     the folder the trace files go to (required)
 *   MESH_GATE_TRACES_DELAYS  the delay cases, `name=delay` pairs: e.g. "p10=5ms:0.1,p15=5ms:0.13,p20=5ms:0.17"
 *   MESH_GATE_TRACES_REPS    repetitions per side: "aa=20,delay=12" (the A/A case, each delay case)
 *   MESH_GATE_TRACES_MODE    "record" (default) or "calibrate": for each delay case a few short simultaneous
 *                            repetitions (MESH_GATE_TRACES_CALIBRATE_REPS, default 3), the pooled p99 ratio printed
 *   MESH_GATE_TRACES_DESIGNS "alternating,simultaneous" (default) or either one
 * Everything it creates (its two namespaces, their pods) is deleted at the end, whatever happened, and the harness's
 * nodes are put back as the other suites expect them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { TRACE_FORMAT } from '../../bench/real-traces-replay.js'
import type { Cluster } from '../../src/k8s/client.js'
import { serverSideApply } from '../../src/k8s/apply.js'
import { pollUntil } from '../../src/k8s/poll.js'
import { waitForRollout } from '../../src/k8s/wait.js'
import { clusterExec } from '../../src/load/exec.js'
import { DEFAULT_RESOLUTION, fortioLoadArgs, resolutionFor } from '../../src/load/fortio-args.js'
import { interleaving } from '../../src/load/runner.js'
import {
  CLIENT,
  GATE_NAMESPACE,
  HTTP_PORT,
  SERVER,
  gateWorkloads,
  serverUrl,
} from '../../src/load/workloads.js'
import { NONE_SETUP } from '../../src/mesh/none.js'
import { PROFILE_SCENARIOS } from '../../src/pipeline/profiles.js'
import { importFortio, type ImportedRun } from '../../src/results/fortio.js'
import { mergeHistograms, percentile } from '../../src/results/histogram.js'
import type { Repetition } from '../../src/results/schema.js'
import type { Side } from '../../src/vocabulary.js'
import { readState } from '../integration/harness/state.js'
import { harnessCluster } from '../integration/kube.js'
import { onlyRealNode, restoreNodes } from '../integration/real-node.js'

type Obj = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** The profile whose load the traces carry. */
const PROFILE = PROFILE_SCENARIOS.quick[0]
const SIDES: readonly Side[] = ['base', 'head']
const NAMESPACE: Record<Side, string> = { base: 'mesh-gate-trace-base', head: 'mesh-gate-trace-head' }

function setting(name: string): string | undefined {
  const v = process.env[name]
  return v === undefined || v.trim() === '' ? undefined : v.trim()
}

/** "a=x,b=y" into [[a, x], [b, y]], naming the variable in every complaint. */
function pairs(name: string, text: string): Array<[string, string]> {
  return text.split(',').map((entry) => {
    const m = /^\s*([a-z0-9-]+)\s*=\s*(\S+)\s*$/i.exec(entry)
    if (!m) throw new Error(`${name}: "${entry}" is not name=value`)
    return [m[1], m[2]]
  })
}

const OUT = setting('MESH_GATE_TRACES_OUT')
const MODE = setting('MESH_GATE_TRACES_MODE') ?? 'record'
const DELAYS = pairs(
  'MESH_GATE_TRACES_DELAYS',
  setting('MESH_GATE_TRACES_DELAYS') ?? 'p10=5ms:0.1,p15=5ms:0.13,p20=5ms:0.17',
)
const REPS = Object.fromEntries(
  pairs('MESH_GATE_TRACES_REPS', setting('MESH_GATE_TRACES_REPS') ?? 'aa=20,delay=12').map(([k, v]) => [
    k,
    Number(v),
  ]),
)
const CALIBRATE_REPS = Number(setting('MESH_GATE_TRACES_CALIBRATE_REPS') ?? '3')
const DESIGNS = (setting('MESH_GATE_TRACES_DESIGNS') ?? 'alternating,simultaneous').split(',')
for (const d of DESIGNS)
  if (d !== 'alternating' && d !== 'simultaneous')
    throw new Error(`MESH_GATE_TRACES_DESIGNS: "${d}" is neither alternating nor simultaneous`)
for (const [k, v] of Object.entries(REPS))
  if (!Number.isInteger(v) || v < 1 || v > 100)
    throw new Error(`MESH_GATE_TRACES_REPS: ${k}=${v} is not a whole number from 1 to 100`)
for (const [name, delay] of DELAYS)
  if (!/^(\d+(\.\d+)?(us|µs|ms|s)(:\d+(\.\d+)?)?)(,\d+(\.\d+)?(us|µs|ms|s):\d+(\.\d+)?)*$/.test(delay))
    throw new Error(`MESH_GATE_TRACES_DELAYS: ${name}=${delay} is not a Fortio delay (1ms:0.5)`)
if (MODE !== 'record' && MODE !== 'calibrate')
  throw new Error(`MESH_GATE_TRACES_MODE: "${MODE}" is neither record nor calibrate`)

/** The pair of one side: the gate's own server, Service and client (gateWorkloads), in the side's namespace. */
function sideObjects(side: Side, images: { fortio: string; probe: string }, delay: string | null): Obj[] {
  const gate = gateWorkloads({ mesh: NONE_SETUP, nodeLabels: null, singleNode: true, images }) as Obj[]
  const pick = (kind: string, name: string) =>
    structuredClone(
      gate.find(
        (o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === GATE_NAMESPACE,
      )!,
    )
  const namespace = {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: NAMESPACE[side], labels: { 'app.kubernetes.io/managed-by': 'mesh-mtls-gate-traces' } },
  }
  const objects = [pick('Deployment', SERVER), pick('Service', SERVER), pick('Deployment', CLIENT)]
  for (const o of objects) o.metadata.namespace = NAMESPACE[side]
  const server = objects[0]
  const container = server.spec.template.spec.containers[0]
  // The regression lives in the head's server: the echo handler's default parameters apply to every request
  // that names none (the gate's client names none).
  if (delay !== null) container.args = [...container.args, '-echo-server-default-params', `delay=${delay}`]
  return [namespace, ...objects]
}

async function podOf(cluster: Cluster, namespace: string, app: string): Promise<string> {
  const pods = (await cluster.objects.list('v1', 'Pod', namespace)).items as Obj[]
  const running = pods.filter(
    (p) => p.metadata.labels?.app === app && p.status?.phase === 'Running' && !p.metadata.deletionTimestamp,
  )
  if (running.length !== 1)
    throw new Error(`expected one running ${app} pod in ${namespace}, found ${running.length}`)
  return running[0].metadata.name as string
}

async function deleteNamespaces(cluster: Cluster): Promise<void> {
  for (const side of SIDES)
    await cluster.objects
      .delete({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE[side] } } as never)
      .catch(() => undefined)
  await pollUntil(
    'the trace namespaces to be deleted',
    async () => {
      const names = ((await cluster.objects.list('v1', 'Namespace')).items as Obj[]).map(
        (n) => n.metadata.name,
      )
      const left = SIDES.map((s) => NAMESPACE[s]).filter((n) => names.includes(n))
      return { done: left.length === 0, value: undefined, seen: left.join(', ') }
    },
    { timeoutMs: 120_000, intervalMs: 500 },
  )
}

/** Every fraction in `value` to 6 significant digits (Fortio writes bucket bounds like 0.00012000000000000002). */
function trimmed<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v,
    ),
  ) as T
}

const load = () => loadavg().map((x) => Math.round(x * 100) / 100)
const ms = (s: number) => `${(s * 1000).toFixed(3)} ms`

/** The pooled p-th percentile of runs (all their requests in one histogram). */
function pooled(runs: readonly Repetition[], p: number): number {
  return percentile(mergeHistograms(runs.map((r) => r.latency.histogram)), p)
}

describe('real traces on the harness node', () => {
  const cluster = harnessCluster()
  const state = readState()
  const images = { fortio: state.node!.images.fortio, probe: state.node!.images.probe }
  const exec = clusterExec(cluster)
  let resolution: number | null = null
  const url = (side: Side) => `http://${SERVER}.${NAMESPACE[side]}.svc.cluster.local:${HTTP_PORT}/echo`

  beforeAll(async () => {
    if (!OUT) throw new Error('MESH_GATE_TRACES_OUT is not set: npm run record-traces -- <out dir>')
    mkdirSync(OUT, { recursive: true })
    await deleteNamespaces(cluster)
    await onlyRealNode(cluster)
    for (const side of SIDES)
      for (const o of sideObjects(side, images, null)) await serverSideApply(cluster, o)
    for (const side of SIDES)
      for (const name of [SERVER, CLIENT]) await waitForRollout(cluster, NAMESPACE[side], name, 180_000)
  }, 300_000)

  afterAll(async () => {
    await deleteNamespaces(cluster)
    await restoreNodes(cluster)
  }, 180_000)

  /** Puts the head's server on `delay` (null: as the base's) and waits until its new pod serves. */
  async function setHeadDelay(delay: string | null): Promise<void> {
    for (const o of sideObjects('head', images, delay).slice(1)) await serverSideApply(cluster, o)
    await waitForRollout(cluster, NAMESPACE.head, SERVER, 180_000)
    // The rollout is done when the old pod is gone too: the Service's one address is the new pod's.
    await pollUntil(
      `the head's server to run with delay ${delay ?? 'none'} alone`,
      async () => {
        const pods = ((await cluster.objects.list('v1', 'Pod', NAMESPACE.head)).items as Obj[]).filter(
          (p) => p.metadata.labels?.app === SERVER,
        )
        const args = pods.map((p) => (p.spec.containers[0].args as string[]).join(' '))
        const done = pods.length === 1 && args[0].includes('echo-server-default-params') === (delay !== null)
        return {
          done: done && (delay === null || args[0].includes(delay)),
          value: undefined,
          seen: args.join(' | '),
        }
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    )
  }

  /** One Fortio load in the side's client pod, as the runner's runOnce runs it. */
  async function once(side: Side, seconds: number, label: string): Promise<ImportedRun> {
    const pod = await podOf(cluster, NAMESPACE[side], CLIENT)
    const command = fortioLoadArgs(PROFILE, url(side), {
      durationSeconds: seconds,
      resolution: resolution ?? DEFAULT_RESOLUTION,
      label: PROFILE.name,
    })
    const r = await exec.exec(NAMESPACE[side], pod, 'fortio', command, (seconds + 60) * 1000)
    if (!r.success || r.stdout.trim() === '')
      throw new Error(`${label}: fortio load failed in ${pod}: ${r.message} ${r.stderr.slice(-500)}`)
    return importFortio(r.stdout, `${label} (exec in ${pod})`)
  }

  async function warmUp(sides: readonly Side[], label: string): Promise<void> {
    const runs = await Promise.all(sides.map((s) => once(s, PROFILE.warmupSeconds, `${label} ${s} warm-up`)))
    if (resolution === null) {
      resolution = resolutionFor(percentile(runs[0].repetition.latency.histogram, 50))
      console.log(`resolution ${resolution} s (from the first warm-up's median), kept for every trace`)
    }
  }

  /** The repetition as the results artifact keeps it, its fractions cut to 6 significant digits (small fixtures). */
  function kept(run: ImportedRun, side: Side, index: number): Repetition {
    return trimmed({ ...run.repetition, index, source: `trace:${side}#${index + 1}` })
  }

  async function record(design: string, name: string, delay: string | null, perSide: number) {
    const loadStart = load()
    const started = new Date()
    const reps: Record<Side, Repetition[]> = { base: [], head: [] }
    const order: Side[] = []
    let first: ImportedRun | null = null
    if (design === 'alternating') {
      const warmed = new Set<Side>()
      for (const side of interleaving(perSide, SIDES, PROFILE.segment)) {
        if (!warmed.has(side)) {
          await warmUp([side], `${name} ${design}`)
          warmed.add(side)
        }
        const run = await once(side, PROFILE.durationSeconds, `${name} ${design} ${side}`)
        first ??= run
        reps[side].push(kept(run, side, reps[side].length))
        order.push(side)
      }
    } else {
      await warmUp(SIDES, `${name} ${design}`)
      for (let i = 0; i < perSide; i++) {
        const runs = await Promise.all(
          SIDES.map((s) => once(s, PROFILE.durationSeconds, `${name} ${design} ${s}`)),
        )
        first ??= runs[0]
        SIDES.forEach((s, k) => {
          reps[s].push(kept(runs[k], s, i))
          order.push(s)
        })
      }
    }
    const ratio = (p: number) => pooled(reps.head, p) / pooled(reps.base, p)
    const trace = {
      format: TRACE_FORMAT,
      design,
      case: name,
      delay,
      server:
        delay === null ? null : `fortio server -echo-server-default-params "delay=${delay}" (head only)`,
      scenario: {
        name: PROFILE.name,
        qps: PROFILE.qps,
        connections: PROFILE.connections,
        durationSeconds: PROFILE.durationSeconds,
        payloadBytes: PROFILE.payloadBytes,
        warmupSeconds: PROFILE.warmupSeconds,
        resolution,
      },
      settings: { ...first!.settings, url: serverUrl('http') },
      fortio: { version: first!.fortioVersion, flags: first!.fortioFlags },
      recorded: {
        start: started.toISOString(),
        end: new Date().toISOString(),
        loadavg: { start: loadStart, end: load() },
        cpus: cpus().length,
        node: { ...state.node!.versions, image: images.fortio },
      },
      realised: {
        p50Ratio: Math.round(ratio(50) * 10000) / 10000,
        p99Ratio: Math.round(ratio(99) * 10000) / 10000,
        pooledP99: { base: pooled(reps.base, 99), head: pooled(reps.head, 99) },
      },
      order,
      repetitions: reps,
    }
    const file = join(OUT!, `${design}-${name}.json`)
    writeFileSync(file, JSON.stringify(trace) + '\n')
    console.log(
      `${design} ${name} (delay ${delay ?? 'none'}): ${perSide} per side, pooled p99 base ${ms(trace.realised.pooledP99.base)} ` +
        `head ${ms(trace.realised.pooledP99.head)} (× ${trace.realised.p99Ratio}), p50 × ${trace.realised.p50Ratio}; ` +
        `load ${loadStart.join(' ')} → ${trace.recorded.loadavg.end.join(' ')}; ${file}`,
    )
    return trace
  }

  const cases: Array<[string, string | null]> = [['aa', null], ...DELAYS]
  for (const [name, delay] of MODE === 'calibrate' ? DELAYS : cases) {
    it(
      `${MODE === 'calibrate' ? 'calibrates' : 'records'} ${name} (delay ${delay ?? 'none'})`,
      async () => {
        await setHeadDelay(delay)
        if (MODE === 'calibrate') {
          const t = await record('simultaneous', `calibration-${name}`, delay, CALIBRATE_REPS)
          expect(t.repetitions.head).toHaveLength(CALIBRATE_REPS)
          return
        }
        const perSide = delay === null ? REPS.aa : REPS.delay
        for (const design of DESIGNS) {
          const t = await record(design, name, delay, perSide)
          expect(t.repetitions.base).toHaveLength(perSide)
          expect(t.repetitions.head).toHaveLength(perSide)
        }
      },
      30 * 60_000,
    )
  }
})

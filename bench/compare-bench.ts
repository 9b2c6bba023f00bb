/**
 * Benchmark of the verdict engine as `run` uses it: sequential looks after every block, paired by time, on
 * latency histograms measured by the real Fortio binary with repetitions as long as the quick profile's.
 *
 *   npm run bench            (FORTIO_BIN from `eval "$(bash scripts/test-tools.sh)"`, else the script is run here)
 *
 * 1. Starts `fortio server` on a free loopback port (127.0.0.1 only; every other listener disabled) and records a
 *    pool of `fortio load` runs with the quick profile's QPS, connections, payload and repetition length against
 *    its echo handler with a 1 ms server-side delay; prints the pool's own noise (run-to-run CV, lag-1
 *    autocorrelation of each percentile).
 * 2. Trials: one simulated gate run each. Pool runs are laid out in the run's order (A A B B B B A A ...), each
 *    repetition's whole histogram is multiplied by a noise model's factor (what a shared CI runner adds on top of
 *    this machine's noise), the current side also by the effect; `compareResults` with `defaultGateConfig()` and
 *    the profile's maximum decides after every block, as `run` does, until it says stop.
 * 3. Prints, per noise model: the A/A false regression rate (95% Wilson interval), A/A pass, detection of +10% and
 *    +20%, the smallest p99 change caught in 90% of runs (MDE), and the repetitions used on average.
 *
 * Everything random comes from one seeded PRNG (BENCH_SEED overrides it). BENCH_POOL_DIR=dir keeps the pool's
 * Fortio files in `dir`; when `dir` already holds them they are replayed instead of running Fortio, which
 * reproduces a table exactly. Every child process is killed on exit, error or signal.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { meanOf, packageRoot, pct, sdOf, wilson } from './figures.js'
import { FIRST_LOOK, SPENDING_RHO } from '../src/compare/sequential.js'
import type { Verdict } from '../src/compare/verdict.js'
import { defaultGateConfig } from '../src/config/gate-config.js'
import { PROFILE_SCENARIOS, loadSeconds } from '../src/pipeline/profiles.js'
import { importFortio, type ImportedRun } from '../src/results/fortio.js'
import {
  ar1,
  independent,
  NONE,
  Random,
  runCell,
  scaleRun,
  type Cell,
  type NoiseModel,
  type RunShape,
} from './trials.js'

// ---------------------------------------------------------------------------------------------------------------
// Settings. All documented constants; the printed report repeats the ones that shape the numbers.

/** The profile the bench measures: its repetition length, maximum, segment and load settings. */
const PROFILE = PROFILE_SCENARIOS.quick[0]
/** The noise models of the issue's goals: independent 5%, and AR(1) σ 10% ρ 0.8 plus 3% independent. */
const MODELS: NoiseModel[] = [independent(0.05), ar1(0.1, 0.8, 0.03), NONE]
/** Seed of the PRNG (mulberry32). */
const SEED = process.env.BENCH_SEED ? Number(process.env.BENCH_SEED) >>> 0 : 0x6d657368
/** Where the pool's Fortio files are kept (and replayed from, when present); a temporary folder otherwise. */
const POOL_DIR = process.env.BENCH_POOL_DIR || null
/**
 * BENCH_QUIET_POOL=σ replaces the measured pool by its median-p99 run scaled by exp(N(0, σ)) per run: what a quiet
 * runner's within-run sampling noise of σ looks like, for a machine too busy to measure one (the report says so).
 */
const QUIET_POOL = process.env.BENCH_QUIET_POOL ? Number(process.env.BENCH_QUIET_POOL) : null
/** Pool: every trial lays out 2 × max distinct runs; one warm-up run is thrown away. */
const POOL_RUNS = 2 * PROFILE.repetitions
const WARMUP_RUNS = 1
/** One `fortio load` gets its duration plus this long before it is killed. */
const LOAD_GRACE_MS = 20_000
/** Building Fortio from source (a cold tools cache) gets this long. */
const TOOLS_TIMEOUT_MS = 600_000
/** Polls of the freshly started server, 100 ms apart. */
const SERVER_POLLS = 50
/** Seconds between the starts of consecutive repetitions, for their start times (repetition plus a switch). */
const SPACING_SECONDS = PROFILE.durationSeconds + 5

const EFFECTS = [1.0, 1.1, 1.2] as const
/**
 * Trials per cell. A/A: enough to tell a 1% rate from 0.5% (about 40 events at 1%); each trial is a whole
 * sequential run, up to one compare per look.
 */
const AA_TRIALS = 4000
const EFFECT_TRIALS = 1000
/** Minimum detectable effect: the grid (+10% .. +30% in steps of 1%) and the trials per grid point. */
const MDE_GRID = Array.from({ length: 21 }, (_, i) => Math.round((1.1 + 0.01 * i) * 100) / 100)
const MDE_TRIALS = 400
const MDE_POWER = 0.9

const LOAD_ARGS = [
  '-qps',
  String(PROFILE.qps),
  '-c',
  String(PROFILE.connections),
  '-t',
  `${PROFILE.durationSeconds}s`,
  '-payload-size',
  String(PROFILE.payloadBytes),
  '-uniform',
  '-nocatchup',
  '-r',
  '0.0001',
  '-labels',
  'bench',
]

// ---------------------------------------------------------------------------------------------------------------
// Child processes: every one is tracked and killed on the way out, whatever the way out is.

const children = new Set<ChildProcess>()
let tempDir: string | null = null

function cleanup(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  children.clear()
  if (tempDir) rmSync(tempDir, { recursive: true, force: true })
  tempDir = null
}

process.on('exit', cleanup)
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the Fortio processes`)
    cleanup()
    process.exit(code)
  })
}

class BenchError extends Error {}

interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  output: string
}

/** Runs a command to completion (bounded by `timeoutMs`), keeping the last 8 kB of its output. */
function run(command: string, args: string[], timeoutMs: number, cwd?: string): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    children.add(child)
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8192)
    }
    child.stdout!.on('data', keep)
    child.stderr!.on('data', keep)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      children.delete(child)
      reject(new BenchError(`cannot run ${command}: ${e.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      children.delete(child)
      resolve({ code, signal, output })
    })
  })
}

function repoRoot(): string {
  const root = packageRoot()
  if (!root) throw new BenchError('cannot find the mesh-mtls-gate package root above the benchmark')
  return root
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** FORTIO_BIN, else what `scripts/test-tools.sh` exports (building Fortio into the cache if needed). */
async function fortioBinary(): Promise<string> {
  const fromEnv = process.env.FORTIO_BIN
  if (fromEnv && isExecutable(fromEnv)) return fromEnv
  if (fromEnv) console.error(`FORTIO_BIN=${fromEnv} is not an executable file; trying scripts/test-tools.sh`)
  const script = join(repoRoot(), 'scripts', 'test-tools.sh')
  if (!existsSync(script)) throw new BenchError(`FORTIO_BIN is not set and ${script} does not exist`)
  const r = await run('bash', [script], TOOLS_TIMEOUT_MS)
  const bin = /^export FORTIO_BIN=(.+)$/m.exec(r.output)?.[1]?.trim()
  if (r.code !== 0 || !bin || !isExecutable(bin)) {
    throw new BenchError(
      `FORTIO_BIN is ${fromEnv ? 'not usable' : 'not set'} and scripts/test-tools.sh did not provide Fortio (exit ${r.code ?? r.signal}):\n${r.output.trim()}\n` +
        'Run `eval "$(bash scripts/test-tools.sh)"` (needs Go) or set FORTIO_BIN to a Fortio binary.',
    )
  }
  return bin
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new BenchError('no free port'))))
    })
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts the echo server on 127.0.0.1 only and waits until it answers. Returns its base URL. */
async function startServer(fortio: string): Promise<string> {
  const port = await freeLoopbackPort()
  const args = [
    'server',
    '-http-port',
    `127.0.0.1:${port}`,
    '-grpc-port',
    'disabled',
    '-redirect-port',
    'disabled',
  ]
  // The TCP and UDP echo servers listen on all interfaces by default: off, so that only loopback is used.
  args.push('-tcp-port', 'disabled', '-udp-port', 'disabled', '-ui-path', '')
  const server = spawn(fortio, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  children.add(server)
  let log = ''
  server.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4096)))
  let spawnError: Error | null = null
  server.on('error', (e) => (spawnError = e))
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < SERVER_POLLS; i++) {
    if (spawnError) throw new BenchError(`cannot start ${fortio}: ${(spawnError as Error).message}`)
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new BenchError(
        `fortio server exited (${server.exitCode ?? server.signalCode}) before answering:\n${log}`,
      )
    }
    try {
      const res = await fetch(`${base}/echo`, { signal: AbortSignal.timeout(500) })
      await res.arrayBuffer()
      if (res.ok) return base
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  throw new BenchError(`fortio server on ${base} did not answer within ${SERVER_POLLS} polls:\n${log}`)
}

/**
 * One `fortio load -json` run against the loopback server, imported as repetition `index` (a warm-up is named
 * apart: a repetition's index is never negative, the import refuses one).
 */
async function loadRun(
  fortio: string,
  base: string,
  dir: string,
  index: number,
  name = `run-${index}`,
): Promise<ImportedRun> {
  const url = `${base}/echo?delay=1ms`
  if (!url.startsWith('http://127.0.0.1:')) throw new BenchError(`refusing to load a non-loopback URL ${url}`)
  const file = join(dir, `${name}.json`)
  const r = await run(
    fortio,
    ['load', '-json', file, ...LOAD_ARGS, url],
    PROFILE.durationSeconds * 1000 + LOAD_GRACE_MS,
  )
  if (r.code !== 0) {
    throw new BenchError(`fortio load ${name} failed (exit ${r.code ?? r.signal}):\n${r.output.trim()}`)
  }
  return importFortio(readFileSync(file, 'utf8'), file, index)
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics and formatting.

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Lag-1 autocorrelation: how much one run's value predicts the next one's (slow drift of the machine). */
function lag1(xs: readonly number[]): number {
  const m = meanOf(xs)
  const den = xs.reduce((a, x) => a + (x - m) ** 2, 0)
  let num = 0
  for (let i = 1; i < xs.length; i++) num += (xs[i] - m) * (xs[i - 1] - m)
  return den === 0 ? 0 : num / den
}

const rate = (c: Cell, v: Verdict) => c.counts[v] / c.trials
const used = (c: Cell) => (c.usedTotal / c.trials).toFixed(1)

/** A seed per cell, so that each cell is reproducible on its own. */
function cellSeed(model: number, effect: number, salt: number): number {
  let h =
    (SEED ^ Math.imul(model + 1, 0x9e3779b1) ^ Math.imul(Math.round(effect * 1000), 0x85ebca77) ^ salt) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0
  return Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0
}

// ---------------------------------------------------------------------------------------------------------------

/** The pool from BENCH_POOL_DIR's `run-N.json` files, in order; null when there are none. */
function replayPool(): ImportedRun[] | null {
  if (!POOL_DIR || !existsSync(POOL_DIR)) return null
  const files = readdirSync(POOL_DIR)
    .map((f) => /^run-(\d+)\.json$/.exec(f))
    .filter((m) => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
  if (files.length === 0) return null
  console.log(`replaying ${files.length} Fortio runs from ${POOL_DIR} (Fortio is not run)`)
  return files.map((m, i) =>
    importFortio(readFileSync(join(POOL_DIR, m[0]), 'utf8'), join(POOL_DIR, m[0]), i),
  )
}

/** Runs the pool serially (parallel runs would disturb each other's latencies); the server lives only meanwhile. */
async function measurePool(): Promise<ImportedRun[]> {
  const fortio = await fortioBinary()
  tempDir = mkdtempSync(join(tmpdir(), 'mesh-gate-bench-'))
  const dir = POOL_DIR ?? tempDir
  mkdirSync(dir, { recursive: true })
  const base = await startServer(fortio)
  console.log(`Fortio ${fortio}, server ${base} (loopback only)`)
  console.log(
    `load: fortio load ${LOAD_ARGS.join(' ')} ${base}/echo?delay=1ms  (× ${POOL_RUNS} + ${WARMUP_RUNS} warm-up)`,
  )
  for (let i = 0; i < WARMUP_RUNS; i++) await loadRun(fortio, base, tempDir, i, `warm-up-${i}`)
  const runs: ImportedRun[] = []
  for (let i = 0; i < POOL_RUNS; i++) runs.push(await loadRun(fortio, base, dir, i))
  cleanup() // stops the server: it is no longer needed
  return runs
}

interface ModelResult {
  model: NoiseModel
  cells: Map<number, Cell>
  mde: { effect: number | null; rates: number[] }
}

function measureModel(
  pool: readonly ImportedRun[],
  shape: RunShape,
  model: NoiseModel,
  index: number,
): ModelResult {
  const cells = new Map<number, Cell>()
  for (const effect of EFFECTS)
    cells.set(
      effect,
      runCell(
        pool,
        shape,
        model,
        effect,
        effect === 1 ? AA_TRIALS : EFFECT_TRIALS,
        cellSeed(index, effect, 0),
      ),
    )
  // The MDE search: the smallest effect on the grid caught in ≥ 90% of runs (detection rises with the effect).
  const rates: number[] = []
  let found: number | null = null
  for (const effect of MDE_GRID) {
    const r = rate(
      runCell(pool, shape, model, effect, MDE_TRIALS, cellSeed(index, effect, 0x4d4445)),
      'regression',
    )
    rates.push(r)
    if (r >= MDE_POWER) {
      found = effect
      break
    }
  }
  return { model, cells, mde: { effect: found, rates } }
}

async function main(): Promise<void> {
  const started = performance.now()
  const loadBefore = loadavg()[0]
  const replay = replayPool()
  const replayed = replay !== null
  const all = replay ?? (await measurePool())
  const poolSeconds = (performance.now() - started) / 1000
  const loadAfter = loadavg()[0]
  // On a busy shared machine Fortio itself falls short of the requested QPS. The engine would refuse such runs'
  // latencies (coordinated omission); the bench measures the statistics, not the load generator, so it keeps them,
  // marked unsaturated, and says how many there were.
  const saturated = all.filter((r) => r.repetition.saturated).length
  let pool = all.map((r) => ({ ...r, repetition: { ...r.repetition, saturated: false } }))
  if (QUIET_POOL !== null) {
    const byP99 = [...pool].sort(
      (a, b) => a.repetition.latency.percentiles['99'] - b.repetition.latency.percentiles['99'],
    )
    const typical = byP99[byP99.length >> 1]
    const random = new Random(SEED ^ 0x71756965)
    pool = pool.map(() => scaleRun(typical, Math.exp(QUIET_POOL * random.normal()), ''))
  }
  if (pool.length < POOL_RUNS) {
    throw new BenchError(`only ${pool.length} pool runs; the trials need ${POOL_RUNS}`)
  }
  const qps = all.map((r) => r.repetition.actualQps)
  const shape: RunShape = {
    maxRepetitions: PROFILE.repetitions,
    segment: PROFILE.segment,
    spacingSeconds: SPACING_SECONDS,
    sequential: PROFILE.sequential,
  }

  const trialsStarted = performance.now()
  const results = MODELS.map((model, i) => measureModel(pool, shape, model, i))
  const trialSeconds = (performance.now() - trialsStarted) / 1000

  const out: string[] = []
  const config = defaultGateConfig()
  out.push('', '## Verdict engine benchmark (quick profile, sequential, paired by time)', '')
  out.push(
    `- profile quick: up to ${PROFILE.repetitions} repetitions of ${PROFILE.durationSeconds} s per side, segments of ` +
      `${PROFILE.segment} (A A B B B B A A), looks after every block from ${FIRST_LOOK} per side, alpha spending ` +
      `α·t^${SPENDING_RHO}; worst-case load time ${loadSeconds([PROFILE], 2)} s (switches and probes included)`,
  )
  out.push(
    `- gate config: defaultGateConfig() (p99 +10% and error rate +0.1pt gated; false-alarm rate ${config.falseAlarmRate}, false-pass rate ${config.falsePassRate})`,
  )
  out.push(
    `- pool: ${pool.length} runs of ${PROFILE.durationSeconds} s${replayed ? '' : ` (${WARMUP_RUNS} warm-up discarded)`}, actual QPS ` +
      `${Math.min(...qps).toFixed(0)}–${Math.max(...qps).toFixed(0)} (${saturated} more than 5% short of ${PROFILE.qps}: kept for the statistics), ` +
      `${replayed ? `replayed from ${POOL_DIR}` : 'measured'} in ${poolSeconds.toFixed(0)} s` +
      (QUIET_POOL === null
        ? ''
        : `; BENCH_QUIET_POOL=${QUIET_POOL}: the trials use its median-p99 run × exp(N(0, ${QUIET_POOL})) per run, not the measured runs`) +
      (replayed
        ? ''
        : `; 1-min load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)} (${cpus().length} CPUs)`),
  )
  out.push(
    `- seed ${SEED} (0x${SEED.toString(16)}); trials: ${AA_TRIALS} per A/A cell, ${EFFECT_TRIALS} per effect cell, ` +
      `${MDE_TRIALS} per MDE grid point; ${trialSeconds.toFixed(0)} s`,
  )
  out.push('', "The pool's own noise (run to run, in the order measured):", '')
  out.push(
    '| percentile | median | CV | SD of log | robust SD of log (1.4826·MAD) | lag-1 autocorrelation of log |',
  )
  out.push('|---|---:|---:|---:|---:|---:|')
  for (const p of ['50', '90', '99', '99.9']) {
    const xs = pool.map((r) => 1000 * r.repetition.latency.percentiles[p])
    const logs = xs.map(Math.log)
    const robust = 1.4826 * median(logs.map((x) => Math.abs(x - median(logs))))
    out.push(
      `| p${p} | ${median(xs).toFixed(3)} ms | ${pct(sdOf(xs) / meanOf(xs))} | ${sdOf(logs).toFixed(3)} | ` +
        `${robust.toFixed(3)} | ${lag1(logs).toFixed(2)} |`,
    )
  }
  out.push('')
  out.push(
    '| noise model (on top of the pool) | A/A false regression (95% Wilson) | A/A pass | A/A inconclusive | +10% passed (false pass) | +10% caught | +20% caught | smallest p99 change caught 90% | repetitions used on average (A/A · +20%) |',
  )
  out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of results) {
    const aa = r.cells.get(1)!
    const [lo, hi] = wilson(aa.counts.regression, aa.trials)
    const mde =
      r.mde.effect === null
        ? `> +${Math.round((MDE_GRID.at(-1)! - 1) * 100)}%`
        : `+${Math.round((r.mde.effect - 1) * 100)}%`
    out.push(
      `| ${r.model.name} | ${pct(rate(aa, 'regression'), 2)} (${pct(lo, 2)}–${pct(hi, 2)}) | ${pct(rate(aa, 'pass'))} | ` +
        `${pct(rate(aa, 'inconclusive'))} | ${pct(rate(r.cells.get(1.1)!, 'pass'))} | ${pct(rate(r.cells.get(1.1)!, 'regression'))} | ` +
        `${pct(rate(r.cells.get(1.2)!, 'regression'))} | ${mde} | ${used(aa)} · ${used(r.cells.get(1.2)!)} of ${PROFILE.repetitions} |`,
    )
  }
  out.push('', 'MDE search (detection rate per effect, until one reaches 90%):', '')
  for (const r of results) {
    out.push(
      `- ${r.model.name}: ${r.mde.rates.map((x, i) => `+${Math.round((MDE_GRID[i] - 1) * 100)}% ${pct(x, 1)}`).join(', ')}`,
    )
  }
  out.push('', `Total time ${((performance.now() - started) / 1000).toFixed(0)} s.`)
  console.log(out.join('\n'))
}

main().then(
  () => cleanup(),
  (e: unknown) => {
    cleanup()
    console.error(e instanceof BenchError ? `bench: ${e.message}` : e)
    process.exit(1)
  },
)

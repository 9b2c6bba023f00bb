/**
 * Benchmark of the compare engine (`compareResults`) on histograms measured by the real Fortio binary.
 *
 *   npm run bench            (FORTIO_BIN from `eval "$(bash scripts/test-tools.sh)"`, else the script is run here)
 *
 * 1. Starts `fortio server` on a free loopback port (127.0.0.1 only; every other listener disabled) and makes a
 *    pool of short `fortio load` runs against its echo handler with a 1 ms server-side delay.
 * 2. Trials: baseline = n distinct pool runs, current = n other distinct pool runs. Every repetition is scaled by
 *    a run-to-run drift exp(N(0, σ)) (what shared CI runners add on top of the local noise), and the current side
 *    also by the effect (1.00 = A/A, 1.10, 1.25). Each side becomes a results artifact through `buildResults`,
 *    and `compareResults` with `defaultGateConfig()` gives the overall verdict.
 * 3. Prints, per number of repetitions, the A/A false-alarm rate (with its 95% Wilson interval), the detection
 *    rates of +10% and +25%, and the minimum detectable effect (smallest effect on a grid detected ≥ 90%).
 *
 * Everything random comes from one seeded PRNG, so a given pool always gives the same table (BENCH_SEED
 * overrides the seed). BENCH_POOL_DIR=dir keeps the pool's Fortio files in `dir`; when `dir` already holds them,
 * they are replayed instead of running Fortio, which reproduces a table exactly. Every child process is killed on
 * exit, error or signal.
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
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareResults, type Verdict } from '../src/compare/verdict.js'
import { defaultGateConfig } from '../src/config/gate-config.js'
import { buildResults } from '../src/results/build.js'
import { importFortio, type ImportedRun } from '../src/results/fortio.js'
import { percentile, scaleHistogram } from '../src/results/histogram.js'

// ---------------------------------------------------------------------------------------------------------------
// Settings. All documented constants; the printed report repeats the ones that shape the numbers.

/**
 * Run-to-run drift σ, on the log scale: each repetition's latencies are multiplied by exp(N(0, σ)). 0.05 is a
 * 5% standard deviation of the latency scale between runs, what shared CI runners show on top of the noise that
 * a quiet local loopback run has by itself.
 */
const DRIFT_SIGMA = 0.05
/** Seed of the PRNG (mulberry32). */
const SEED = process.env.BENCH_SEED ? Number(process.env.BENCH_SEED) >>> 0 : 0x6d657368
/** Where the pool's Fortio files are kept (and replayed from, when present); a temporary folder otherwise. */
const POOL_DIR = process.env.BENCH_POOL_DIR || null
/** Pool of real Fortio runs, plus warm-up runs that are thrown away (cold connections, CPU frequency). */
const POOL_RUNS = 60
const WARMUP_RUNS = 1
/** The whole pool must finish within this; fewer runs are kept if it does not (at least 2 × the largest n). */
const POOL_DEADLINE_MS = 150_000
/** One `fortio load` of 1 s gets this long before it is killed. */
const LOAD_TIMEOUT_MS = 20_000
/** Building Fortio from source (a cold tools cache) gets this long. */
const TOOLS_TIMEOUT_MS = 600_000
/** Polls of the freshly started server, 100 ms apart. */
const SERVER_POLLS = 50

const REPETITIONS = [3, 5, 10] as const
const EFFECTS = [1.0, 1.1, 1.25] as const
/**
 * A/A trials: enough for a 1% rate to be measured (≈ 200 events). Trials are cheap (≈ 0.2 ms); the pool is what
 * takes time, and its finite size is an uncertainty that more trials do not remove.
 */
const AA_TRIALS = 20_000
const EFFECT_TRIALS = 2000
/** Minimum detectable effect: the grid and the trials per grid point. */
const MDE_GRID = Array.from({ length: 10 }, (_, i) => Math.round((1.05 + 0.05 * i) * 100) / 100)
const MDE_TRIALS = 500
const MDE_POWER = 0.9

const LOAD_ARGS = [
  '-qps',
  '1000',
  '-c',
  '4',
  '-t',
  '1s',
  '-uniform',
  '-nocatchup',
  '-r',
  '0.0001',
  '-labels',
  'bench',
]
const FIXED_DATE = new Date('2025-01-01T00:00:00Z')

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
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'mesh-mtls-gate')
      return dir
    const up = dirname(dir)
    if (up === dir) throw new BenchError('cannot find the mesh-mtls-gate package root above the benchmark')
    dir = up
  }
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

/** One `fortio load -json` run against the loopback server, imported. */
async function loadRun(fortio: string, base: string, dir: string, index: number): Promise<ImportedRun> {
  const url = `${base}/echo?delay=1ms`
  if (!url.startsWith('http://127.0.0.1:')) throw new BenchError(`refusing to load a non-loopback URL ${url}`)
  const file = join(dir, `run-${index}.json`)
  const r = await run(fortio, ['load', '-json', file, ...LOAD_ARGS, url], LOAD_TIMEOUT_MS)
  if (r.code !== 0) {
    throw new BenchError(`fortio load #${index} failed (exit ${r.code ?? r.signal}):\n${r.output.trim()}`)
  }
  return importFortio(readFileSync(file, 'utf8'), file, index)
}

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness.

/** mulberry32: a small, fast 32-bit PRNG; uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Random {
  private readonly uniform: () => number
  private spare: number | null = null
  constructor(seed: number) {
    this.uniform = mulberry32(seed)
  }
  /** Standard normal by Box–Muller (both values used). */
  normal(): number {
    if (this.spare !== null) {
      const z = this.spare
      this.spare = null
      return z
    }
    let u = 0
    while (u === 0) u = this.uniform()
    const v = this.uniform()
    const r = Math.sqrt(-2 * Math.log(u))
    this.spare = r * Math.sin(2 * Math.PI * v)
    return r * Math.cos(2 * Math.PI * v)
  }
  /** k distinct indices of 0..size-1 (partial Fisher–Yates). */
  distinct(k: number, size: number): number[] {
    const idx = Array.from({ length: size }, (_, i) => i)
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.uniform() * (size - i))
      ;[idx[i], idx[j]] = [idx[j], idx[i]]
    }
    return idx.slice(0, k)
  }
}

/** A seed per cell, so that each cell is reproducible on its own. */
function cellSeed(n: number, effect: number, salt: number): number {
  let h = (SEED ^ Math.imul(n, 0x9e3779b1) ^ Math.imul(Math.round(effect * 1000), 0x85ebca77) ^ salt) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0
  return Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0
}

// ---------------------------------------------------------------------------------------------------------------
// Trials.

/** The run with all its latencies multiplied by `factor`: histogram, avg, stddev, and percentiles recomputed. */
function scaleRun(run: ImportedRun, factor: number): ImportedRun {
  const rep = run.repetition
  const histogram = scaleHistogram(rep.latency.histogram, factor)
  const percentiles: Record<string, number> = {}
  for (const key of Object.keys(rep.latency.percentiles))
    percentiles[key] = percentile(histogram, Number(key))
  return {
    ...run,
    repetition: {
      ...rep,
      latency: { avg: rep.latency.avg * factor, stddev: rep.latency.stddev * factor, percentiles, histogram },
    },
  }
}

interface Cell {
  trials: number
  counts: Record<Verdict, number>
  /** p99 interval half-widths (relative, fraction), for the diagnostics. */
  p99HalfWidths: number[]
  confidence: number
}

function runCell(pool: ImportedRun[], n: number, effect: number, trials: number, salt: number): Cell {
  const random = new Random(cellSeed(n, effect, salt))
  const config = defaultGateConfig()
  const cell: Cell = {
    trials,
    counts: { regression: 0, pass: 0, inconclusive: 0 },
    p99HalfWidths: [],
    confidence: 0,
  }
  for (let t = 0; t < trials; t++) {
    const picked = random.distinct(2 * n, pool.length)
    const drift = () => Math.exp(DRIFT_SIGMA * random.normal())
    const base = picked.slice(0, n).map((i) => scaleRun(pool[i], drift()))
    const cur = picked.slice(n).map((i) => scaleRun(pool[i], drift() * effect))
    const comparison = compareResults(
      buildResults(base, [], { now: FIXED_DATE }),
      buildResults(cur, [], { now: FIXED_DATE }),
      config,
    )
    cell.counts[comparison.verdict]++
    cell.confidence = comparison.confidence
    const p99 = comparison.metrics.find((m) => m.metric === 'latency-p99')
    if (p99?.interval) cell.p99HalfWidths.push((p99.interval[1] - p99.interval[0]) / 2)
  }
  return cell
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics and formatting.

/** 95% Wilson score interval of a binomial proportion. */
function wilson(successes: number, trials: number, z = 1.959964): [number, number] {
  const p = successes / trials
  const z2 = z * z
  const denominator = 1 + z2 / trials
  const centre = (p + z2 / (2 * trials)) / denominator
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Linear interpolation between order statistics (type 7). */
function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  const h = (s.length - 1) * q
  const lo = Math.floor(h)
  return lo + 1 < s.length ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo]
}

function meanOf(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length
}

function sdOf(xs: readonly number[]): number {
  const m = meanOf(xs)
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1))
}

const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)}%`
const rate = (c: Cell, v: Verdict) => c.counts[v] / c.trials
const effectLabel = (e: number) => (e === 1 ? 'A/A' : `+${Math.round((e - 1) * 100)}%`)

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
  console.log(`load: fortio load ${LOAD_ARGS.join(' ')} ${base}/echo?delay=1ms`)
  const started = performance.now()
  for (let i = 0; i < WARMUP_RUNS; i++) await loadRun(fortio, base, tempDir, -1 - i)
  const runs: ImportedRun[] = []
  for (let i = 0; i < POOL_RUNS; i++) {
    if (performance.now() - started > POOL_DEADLINE_MS) {
      console.error(`pool deadline of ${POOL_DEADLINE_MS / 1000} s reached after ${i} runs`)
      break
    }
    runs.push(await loadRun(fortio, base, dir, i))
  }
  cleanup() // stops the server: it is no longer needed
  return runs
}

async function main(): Promise<void> {
  const started = performance.now()
  const poolStarted = performance.now()
  const loadBefore = loadavg()[0]
  const replay = replayPool()
  const replayed = replay !== null
  const all = replay ?? (await measurePool())
  const poolSeconds = (performance.now() - poolStarted) / 1000
  const loadAfter = loadavg()[0]
  const minimum = 2 * Math.max(...REPETITIONS)
  const pool = all.filter((r) => !r.repetition.saturated)
  const saturated = all.length - pool.length
  if (pool.length < minimum) {
    throw new BenchError(
      `only ${pool.length} usable runs (${saturated} saturated); the trials need ${minimum}`,
    )
  }

  // What the pool looks like by itself, before any drift.
  const p99s = pool.map((r) => 1000 * r.repetition.latency.percentiles['99'])
  const logP99 = p99s.map(Math.log)
  // `percentile` must agree with what Fortio printed (-p 50,75,90,99,99.9), or scaled runs would not be comparable.
  const keys = Object.keys(pool[0].repetition.latency.percentiles)
  const recomputed = pool.flatMap((r) =>
    keys.map((k) =>
      Math.abs(
        percentile(r.repetition.latency.histogram, Number(k)) / r.repetition.latency.percentiles[k] - 1,
      ),
    ),
  )
  const errors = pool.reduce((a, r) => a + r.repetition.errors, 0)
  const qps = pool.map((r) => r.repetition.actualQps)
  const logSd = sdOf(logP99)
  // 1.4826 × MAD: the SD the bulk of the runs shows, without the few slow outliers.
  const robustLogSd = 1.4826 * median(logP99.map((x) => Math.abs(x - median(logP99))))
  const withDrift = (sd: number) => Math.sqrt(sd ** 2 + DRIFT_SIGMA ** 2)

  // Trials.
  const trialsStarted = performance.now()
  const cells = new Map<string, Cell>()
  for (const n of REPETITIONS) {
    for (const effect of EFFECTS) {
      cells.set(`${n}/${effect}`, runCell(pool, n, effect, effect === 1 ? AA_TRIALS : EFFECT_TRIALS, 0))
    }
  }
  const mainTrialSeconds = (performance.now() - trialsStarted) / 1000
  const mdeStarted = performance.now()
  const mde = new Map<number, { effect: number | null; rates: number[] }>()
  for (const n of REPETITIONS) {
    const rates: number[] = []
    let found: number | null = null
    for (const effect of MDE_GRID) {
      const r = rate(runCell(pool, n, effect, MDE_TRIALS, 0x4d4445), 'regression')
      rates.push(r)
      if (r >= MDE_POWER) {
        found = effect
        break
      }
    }
    mde.set(n, { effect: found, rates })
  }
  const mdeSeconds = (performance.now() - mdeStarted) / 1000

  // Report.
  const out: string[] = []
  out.push('', '## Compare engine benchmark', '')
  out.push(`- seed: ${SEED} (0x${SEED.toString(16)}); BENCH_SEED overrides it`)
  out.push(`- run-to-run drift σ = ${DRIFT_SIGMA} (log scale: each repetition × exp(N(0, ${DRIFT_SIGMA})))`)
  out.push(
    `- gate config: defaultGateConfig() (p99 +10%, error rate +0.1pt gated; family-wise false-alarm rate ${defaultGateConfig().falseAlarmRate}; ` +
      `each p99 interval is ${pct(cells.get('5/1')!.confidence, 1)} two-sided)`,
  )
  out.push(
    `- pool: ${pool.length} runs of 1 s (${saturated} saturated runs dropped${replayed ? '' : `, ${WARMUP_RUNS} warm-up discarded`}), ` +
      `${replayed ? `replayed from ${POOL_DIR} in` : 'measured in'} ${poolSeconds.toFixed(1)} s; ` +
      `${errors} errors; actual QPS ${Math.min(...qps).toFixed(1)}–${Math.max(...qps).toFixed(1)}` +
      (replayed
        ? ''
        : `; 1-min load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)} (${cpus().length} CPUs)`),
  )
  out.push(
    `- pool p99: median ${median(p99s).toFixed(3)} ms; quantiles 0/10/25/50/75/90/100%: ` +
      `${[0, 0.1, 0.25, 0.5, 0.75, 0.9, 1].map((q) => quantile(p99s, q).toFixed(3)).join(' / ')} ms`,
  )
  out.push(
    `- pool p99 run-to-run CV ${pct(sdOf(p99s) / meanOf(p99s))}; SD of log p99 ${logSd.toFixed(3)} ` +
      `(robust, 1.4826·MAD: ${robustLogSd.toFixed(3)}); with the drift: ${withDrift(logSd).toFixed(3)} ` +
      `(robust ${withDrift(robustLogSd).toFixed(3)}) per repetition`,
  )
  out.push(
    `- check: percentiles ${keys.join(', ')} recomputed from each histogram vs the ones Fortio printed: ` +
      `max relative difference ${Math.max(...recomputed).toExponential(2)}`,
  )
  out.push(
    `- trials: ${AA_TRIALS} per A/A cell, ${EFFECT_TRIALS} per effect cell, ${MDE_TRIALS} per MDE grid point; ` +
      `${mainTrialSeconds.toFixed(1)} s + ${mdeSeconds.toFixed(1)} s (MDE). The Wilson intervals cover the trials ` +
      'only: a new pool (another moment on a shared machine) moves the rates by more',
  )
  out.push('')
  out.push(
    '| repetitions | A/A false alarms (95% Wilson) | A/A pass | A/A inconclusive | +10% detected | +25% detected | MDE (90%) |',
  )
  out.push('|---:|---|---:|---:|---:|---:|---:|')
  for (const n of REPETITIONS) {
    const aa = cells.get(`${n}/1`)!
    const [lo, hi] = wilson(aa.counts.regression, aa.trials)
    const m = mde.get(n)!
    out.push(
      `| ${n} | ${pct(rate(aa, 'regression'), 2)} (${pct(lo, 2)}–${pct(hi, 2)}) | ${pct(rate(aa, 'pass'))} | ${pct(rate(aa, 'inconclusive'))} | ` +
        `${pct(rate(cells.get(`${n}/1.1`)!, 'regression'))} | ${pct(rate(cells.get(`${n}/1.25`)!, 'regression'))} | ` +
        `${m.effect === null ? `> +${Math.round((MDE_GRID.at(-1)! - 1) * 100)}%` : `+${Math.round((m.effect - 1) * 100)}%`} |`,
    )
  }
  out.push(
    '',
    'All verdict rates per cell (median half-width of the p99 interval, as a relative change):',
    '',
  )
  out.push('| repetitions | effect | trials | regression | pass | inconclusive | p99 interval ± |')
  out.push('|---:|---|---:|---:|---:|---:|---:|')
  for (const n of REPETITIONS) {
    for (const effect of EFFECTS) {
      const c = cells.get(`${n}/${effect}`)!
      out.push(
        `| ${n} | ${effectLabel(effect)} | ${c.trials} | ${pct(rate(c, 'regression'))} | ${pct(rate(c, 'pass'))} | ` +
          `${pct(rate(c, 'inconclusive'))} | ${pct(median(c.p99HalfWidths))} |`,
      )
    }
  }
  out.push('', 'MDE search (detection rate per effect, until one reaches 90%):', '')
  for (const n of REPETITIONS) {
    const m = mde.get(n)!
    out.push(`- n=${n}: ${m.rates.map((r, i) => `${effectLabel(MDE_GRID[i])} ${pct(r, 0)}`).join(', ')}`)
  }
  const aa5 = cells.get('5/1')!
  const det5 = rate(cells.get('5/1.25')!, 'regression')
  out.push('', 'Targets at 5 repetitions:', '')
  out.push(
    `- A/A false alarms ≤ 1%: ${rate(aa5, 'regression') <= 0.01 ? 'yes' : 'NO'} (${pct(rate(aa5, 'regression'), 2)}, ` +
      `95% upper bound ${pct(wilson(aa5.counts.regression, aa5.trials)[1], 2)})`,
  )
  out.push(`- +25% detected ≥ 90%: ${det5 >= 0.9 ? 'yes' : 'NO'} (${pct(det5)})`)
  out.push('', `Total time ${((performance.now() - started) / 1000).toFixed(1)} s.`)
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

/**
 * The verdict engine on real traces of this machine: `npm run bench` runs it after the synthetic tables
 * (compare-bench.ts). No cluster and no Fortio: it reads fixtures/traces/ (recorded on the integration harness's
 * real node by `npm run record-traces`, documented in fixtures/traces/README.md) and replays them through the real
 * `compareResults` with `defaultGateConfig()` as the quick profile runs them (bench/real-traces-replay.ts).
 *
 * Prints per design and case: false regression (A/A) or caught (a real server-side delay on the head), pass,
 * inconclusive, with 95% Wilson intervals, the repetitions used on average, the realised p99 effect of each delay
 * trace, and the traces' conditions (date, 1-minute load average, CPUs).
 *
 * Settings: BENCH_TRACES_DIR (default fixtures/traces), BENCH_SEED, BENCH_SIMULTANEOUS_MAX (most repetitions per side
 * of a simultaneous run, default SIMULTANEOUS_MAX).
 */
import { join, relative } from 'node:path'
import type { Verdict } from '../src/compare/verdict.js'
import { defaultGateConfig } from '../src/config/gate-config.js'
import { PROFILE_SCENARIOS, SIMULTANEOUS_MAX_REPETITIONS } from '../src/pipeline/profiles.js'
import {
  SIMULTANEOUS_BLOCK,
  TraceError,
  pooledPercentile,
  readTraceSets,
  replayCell,
  unitLogRatios,
  type Trace,
  type TraceCell,
} from './real-traces-replay.js'
import { packageRoot, pct, sdOf, wilson } from './figures.js'
import { Random } from './trials.js'

const PROFILE = PROFILE_SCENARIOS.quick[0]
/** Alternating runs take the quick profile's maximum. */
const ALTERNATING_MAX = PROFILE.repetitions
/** A simultaneous run's most repetitions per side (pairs): the quick profile's in that layout (pipeline/profiles.ts). */
export const SIMULTANEOUS_MAX = SIMULTANEOUS_MAX_REPETITIONS
const SEED = process.env.BENCH_SEED ? Number(process.env.BENCH_SEED) >>> 0 : 0x74726163
/**
 * Trials per trace. They resample a few dozen recorded repetitions: the Wilson interval is the Monte Carlo error of
 * the replay given these traces, not the uncertainty of the machine's own rates (that is the traces' size).
 */
const AA_TRIALS = 4000
const DELAY_TRIALS = 2000

function repoRoot(): string {
  const root = packageRoot()
  if (!root) throw new Error('cannot find the mesh-mtls-gate package root above the benchmark')
  return root
}

const signed = (ratio: number) => `${ratio >= 1 ? '+' : '−'}${(Math.abs(ratio - 1) * 100).toFixed(1)}%`

function withInterval(c: TraceCell, v: Verdict): string {
  const [lo, hi] = wilson(c.counts[v], c.trials)
  return `${pct(c.counts[v] / c.trials)} (${pct(lo)}–${pct(hi)})`
}

/** A seed per trace, from its design and case, so that each row is reproducible on its own. */
function traceSeed(t: Trace): number {
  let h = SEED >>> 0
  for (const ch of `${t.design}/${t.case}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
  return h
}

function conditions(t: Trace): string {
  const [s, e] = [t.recorded.loadavg.start[0], t.recorded.loadavg.end[0]]
  return `${t.recorded.start.slice(0, 16).replace('T', ' ')} UTC, load ${s.toFixed(1)} → ${e.toFixed(1)} on ${t.recorded.cpus} CPUs`
}

function main(): void {
  const started = performance.now()
  const dir = process.env.BENCH_TRACES_DIR || join(repoRoot(), 'fixtures', 'traces')
  const simultaneousMax = process.env.BENCH_SIMULTANEOUS_MAX
    ? Number(process.env.BENCH_SIMULTANEOUS_MAX)
    : SIMULTANEOUS_MAX
  if (!Number.isInteger(simultaneousMax) || simultaneousMax < 4)
    throw new Error(
      `BENCH_SIMULTANEOUS_MAX=${process.env.BENCH_SIMULTANEOUS_MAX} is not a whole number of at least 4`,
    )
  const sets = readTraceSets(dir)
  if (sets.length === 0) throw new Error(`no trace files (*.json) in ${dir} or its subfolders`)
  const config = defaultGateConfig()
  const out: string[] = []
  out.push(
    '',
    '## Verdict engine on real traces of this machine (quick profile, replayed through compareResults)',
    '',
  )
  out.push(
    `- traces: ${sets.map((s) => `${s.traces.length} files in ${s.name}`).join(', ')} under ${relative(process.cwd(), dir) || dir}, recorded on the integration harness's real node ` +
      `(two Fortio client → server pairs, ${PROFILE.qps} QPS, ${PROFILE.connections} connections, ${PROFILE.payloadBytes} B, ` +
      `${PROFILE.durationSeconds} s repetitions); fixtures/traces/README.md`,
  )
  out.push(
    `- alternating: up to ${ALTERNATING_MAX} per side in A A B B B B A A, groups of 4 drawn with replacement from the trace (same orientation); ` +
      `simultaneous: up to ${simultaneousMax} pairs per side, moving blocks of ${SIMULTANEOUS_BLOCK} recorded pairs; looks after every block from 4 per side`,
  )
  out.push(
    `- gate config: defaultGateConfig() (p99 +10% gated; false-alarm rate ${config.falseAlarmRate}, false-pass rate ${config.falsePassRate}); ` +
      `seed ${SEED} (0x${SEED.toString(16)}); ${AA_TRIALS} trials per A/A trace, ${DELAY_TRIALS} per delay trace (intervals: the replay's Monte Carlo error given these traces)`,
  )
  for (const { name, traces } of sets)
    for (const design of ['alternating', 'simultaneous'] as const) {
      const rows = traces
        .filter((t) => t.design === design)
        // A/A first, then the delay cases by name (p10, p15, p20).
        .sort((a, b) => Number(a.delay !== null) - Number(b.delay !== null) || a.case.localeCompare(b.case))
      if (rows.length === 0) continue
      const max = design === 'alternating' ? ALTERNATING_MAX : simultaneousMax
      out.push('', `### ${name === '.' ? '' : `${name}: `}${design} (up to ${max} repetitions per side)`, '')
      out.push(
        '| case | head server | recorded per side | realised p99 effect: pooled (per unit, geometric mean) | SD of unit log p99 ratio | false regression / caught | pass | inconclusive | repetitions used | conditions |',
      )
      out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---|')
      for (const t of rows) {
        const aa = t.delay === null
        const cell = replayCell(t, max, aa ? AA_TRIALS : DELAY_TRIALS, new Random(traceSeed(t)))
        const realised = pooledPercentile(t.repetitions.head, 99) / pooledPercentile(t.repetitions.base, 99)
        const units = unitLogRatios(t)
        const perUnit = Math.exp(units.reduce((a, b) => a + b, 0) / units.length)
        out.push(
          `| ${aa ? 'A/A' : t.case} | ${aa ? 'as the base' : `delay=${t.delay}`} | ${t.repetitions.base.length} | ${signed(realised)} (${signed(perUnit)}) | ` +
            `${sdOf(units).toFixed(3)} | ${aa ? 'false regression ' : 'caught '}${withInterval(cell, 'regression')} | ` +
            `${withInterval(cell, 'pass')} | ${pct(cell.counts.inconclusive / cell.trials)} | ${(cell.usedTotal / cell.trials).toFixed(1)} | ${conditions(t)} |`,
        )
      }
    }
  out.push(
    '',
    'A delay case at or above +10% that passes is a false pass (the threshold is +10%); caught = called a regression.',
    `Total time ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  )
  console.log(out.join('\n'))
}

try {
  main()
} catch (e) {
  console.error(e instanceof TraceError ? `bench: ${e.message}` : e)
  process.exit(e instanceof TraceError ? 2 : 1)
}

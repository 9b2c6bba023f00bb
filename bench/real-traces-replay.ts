/**
 * Replays real traces (fixtures/traces/, recorded by test/traces/record.traces.ts on the harness's real node)
 * through the real compare: each trial lays out repetitions drawn from a trace as the quick profile runs them and
 * lets `compareResults` with `defaultGateConfig()` decide after every look, until it says stop. No cluster, no
 * Fortio: pure apart from the seeded randomness. The entry point with the tables is bench/real-traces.ts.
 *
 * How a trial is drawn (a block bootstrap: consecutive repetitions stay together, so what the machine did to both
 * sides within a block stays in the block):
 *   - alternating: the recorded sequence A A B B B B A A … is cut into its groups of 4 consecutive repetitions
 *     (A A B B, then B B A A, …: the repetitions around one switch, the compare's unit, compare/design.ts). A trial
 *     of at most M per side fills M/2 group slots in the run's order, slot s with a recorded group of the same
 *     orientation (A A B B on even slots, B B A A on odd), drawn with replacement.
 *   - simultaneous: the recorded pairs (base and head started together) are cut into moving blocks of
 *     SIMULTANEOUS_BLOCK consecutive pairs (circular); a trial of at most M per side strings randomly started
 *     blocks together, each pair keeping its own base and head, started together as recorded.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { compareResults, type Verdict } from '../src/compare/verdict.js'
import { lookSchedule } from '../src/compare/sequential.js'
import { startMillis } from '../src/compare/design.js'
import { defaultGateConfig } from '../src/config/gate-config.js'
import { interleaving } from '../src/load/runner.js'
import { buildResults } from '../src/results/build.js'
import type { ImportedRun } from '../src/results/fortio.js'
import { mergeHistograms, percentile } from '../src/results/histogram.js'
import { Repetition, ScenarioSettings } from '../src/results/schema.js'
import type { Side } from '../src/vocabulary.js'
import type { Random } from './trials.js'

/** The trace files' format (test/traces/record.traces.ts writes it). */
export const TRACE_FORMAT = 'mesh-mtls-gate-trace/1'
/** Consecutive recorded pairs that stay together in a simultaneous trial. */
export const SIMULTANEOUS_BLOCK = 2
/** Repetitions per side between switches in the alternating design (the quick profile's segment). */
const SEGMENT = 2
const GROUP = 2 * SEGMENT

export class TraceError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(`${file}: ${message}`)
  }
}

const Trace = z.object({
  format: z.literal(TRACE_FORMAT),
  design: z.enum(['alternating', 'simultaneous']),
  case: z.string().min(1),
  delay: z.string().nullable(),
  scenario: z.object({
    name: z.string(),
    qps: z.number(),
    connections: z.number(),
    durationSeconds: z.number(),
    payloadBytes: z.number(),
    resolution: z.number().nullable(),
  }),
  settings: ScenarioSettings,
  fortio: z.object({ version: z.string().nullable(), flags: z.array(z.string()) }),
  recorded: z.object({
    start: z.string(),
    end: z.string(),
    loadavg: z.object({ start: z.array(z.number()).length(3), end: z.array(z.number()).length(3) }),
    cpus: z.number().int().positive(),
  }),
  realised: z.object({ p50Ratio: z.number().positive(), p99Ratio: z.number().positive() }),
  repetitions: z.object({ base: z.array(Repetition).min(1), head: z.array(Repetition).min(1) }),
})
export type Trace = z.infer<typeof Trace> & { file: string }

/** Parses one trace file; every problem names the file and the field. */
export function parseTrace(text: string, file: string): Trace {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new TraceError(`not JSON (${(e as Error).message})`, file)
  }
  const r = Trace.safeParse(json)
  if (!r.success) {
    const issue = r.error.issues[0]
    throw new TraceError(`${issue.path.join('.') || '(top level)'}: ${issue.message}`, file)
  }
  const t = { ...r.data, file }
  const { base, head } = t.repetitions
  if (base.length !== head.length)
    throw new TraceError(
      `repetitions: ${base.length} base and ${head.length} head; a trace has as many of each`,
      file,
    )
  if (t.design === 'alternating' && base.length % SEGMENT !== 0)
    throw new TraceError(
      `repetitions: ${base.length} per side is not whole segments of ${SEGMENT} (A A B B B B A A …)`,
      file,
    )
  for (const side of ['base', 'head'] as const)
    t.repetitions[side].forEach((rep, i) => {
      if (startMillis(rep.startTime) === null)
        throw new TraceError(`repetitions.${side}.${i}.startTime: missing or unreadable`, file)
    })
  return t
}

/** Every `*.json` of a folder, parsed, in name order. */
export function readTraces(dir: string): Trace[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
  return files.map((f) => parseTrace(readFileSync(join(dir, f), 'utf8'), join(dir, f)))
}

/**
 * The sets of traces under `dir`: each subfolder is one recording session (its machine state shared by its traces,
 * e.g. `busy-2026-12-07`), replayed and reported on its own; trace files directly in `dir` form one set.
 */
export function readTraceSets(dir: string): Array<{ name: string; traces: Trace[] }> {
  const sets = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => ({ name, traces: readTraces(join(dir, name)) }))
    .filter((s) => s.traces.length > 0)
  const own = readTraces(dir)
  return own.length ? [{ name: '.', traces: own }, ...sets] : sets
}

/** The pooled p-th percentile of a side (all its requests in one histogram). */
export function pooledPercentile(reps: readonly Repetition[], p: number): number {
  return percentile(mergeHistograms(reps.map((r) => r.latency.histogram)), p)
}

/** One unit of a trial: repetitions in time order with the side each belongs to, offsets from the unit's start. */
interface Unit {
  items: Array<{ side: Side; rep: Repetition; offsetMs: number }>
}

/** The alternating trace's groups of 4 (A A B B or B B A A), in recorded order; orientation = index parity. */
export function alternatingGroups(t: Trace): Unit[] {
  const order = interleaving(t.repetitions.base.length, ['base', 'head'], SEGMENT)
  const next: Record<Side, number> = { base: 0, head: 0 }
  const units: Unit[] = []
  order.forEach((side, position) => {
    if (position % GROUP === 0) units.push({ items: [] })
    const rep = t.repetitions[side][next[side]++]
    units.at(-1)!.items.push({ side, rep, offsetMs: 0 })
  })
  for (const u of units) {
    const t0 = startMillis(u.items[0].rep.startTime)!
    for (const it of u.items) it.offsetMs = startMillis(it.rep.startTime)! - t0
  }
  return units
}

/** The simultaneous trace's pairs, in recorded order, each with the head's start relative to the base's. */
export function simultaneousPairs(t: Trace): Unit[] {
  return t.repetitions.base.map((base, i) => {
    const head = t.repetitions.head[i]
    const t0 = startMillis(base.startTime)!
    return {
      items: [
        { side: 'base' as const, rep: base, offsetMs: 0 },
        { side: 'head' as const, rep: head, offsetMs: startMillis(head.startTime)! - t0 },
      ],
    }
  })
}

const pick = (random: Random, size: number) => random.distinct(1, size)[0]

/** The units of one trial, in the run's order, enough for `max` repetitions per side. */
export function drawUnits(t: Trace, max: number, random: Random): Unit[] {
  if (t.design === 'alternating') {
    const groups = alternatingGroups(t)
    const byOrientation = [groups.filter((_, i) => i % 2 === 0), groups.filter((_, i) => i % 2 === 1)]
    const slots = Math.ceil(max / SEGMENT)
    return Array.from({ length: slots }, (_, s) => {
      const pool = byOrientation[s % 2].length ? byOrientation[s % 2] : byOrientation[0]
      return pool[pick(random, pool.length)]
    })
  }
  const pairs = simultaneousPairs(t)
  const out: Unit[] = []
  while (out.length < max) {
    const start = pick(random, pairs.length)
    for (let k = 0; k < SIMULTANEOUS_BLOCK && out.length < max; k++)
      out.push(pairs[(start + k) % pairs.length])
  }
  return out
}

export interface Outcome {
  verdict: Verdict
  /** Repetitions per side the run used. */
  used: number
}

const EPOCH = Date.parse('2025-01-01T00:00:00Z')
const FIXED_DATE = new Date(EPOCH)
/** Seconds between consecutive units' starts in a trial: longer than any recorded unit, shorter than the pairing limit. */
const UNIT_SPACING_SECONDS = 120

/** One replayed run: drawn units laid out in order, looks as the profile takes them, until the engine says stop. */
export function replayRun(t: Trace, max: number, random: Random): Outcome {
  const config = defaultGateConfig()
  const sides: Record<Side, ImportedRun[]> = { base: [], head: [] }
  drawUnits(t, max, random).forEach((unit, u) => {
    for (const it of unit.items) {
      if (sides[it.side].length >= max) continue
      const start = new Date(EPOCH + u * UNIT_SPACING_SECONDS * 1000 + it.offsetMs).toISOString()
      sides[it.side].push({
        label: t.scenario.name,
        settings: t.settings,
        repetition: { ...it.rep, startTime: start },
        fortioVersion: t.fortio.version,
        fortioFlags: t.fortio.flags,
      })
    }
  })
  let verdict: Verdict = 'inconclusive'
  const looks = lookSchedule(max)
  for (const n of looks) {
    const c = compareResults(
      buildResults(sides.base.slice(0, n), [], { now: FIXED_DATE }),
      buildResults(sides.head.slice(0, n), [], { now: FIXED_DATE }),
      config,
      { maxRepetitions: max },
    )
    verdict = c.verdict
    if (c.next !== 'continue') return { verdict, used: n }
  }
  return { verdict, used: looks.at(-1)! }
}

export interface TraceCell {
  trials: number
  counts: Record<Verdict, number>
  usedTotal: number
}

export function replayCell(t: Trace, max: number, trials: number, random: Random): TraceCell {
  const cell: TraceCell = { trials, counts: { regression: 0, pass: 0, inconclusive: 0 }, usedTotal: 0 }
  for (let i = 0; i < trials; i++) {
    const o = replayRun(t, max, random)
    cell.counts[o.verdict]++
    cell.usedTotal += o.used
  }
  return cell
}

/**
 * The noise a trace shows in the compare's unit: per alternating group or simultaneous pair, log(head p99 / base
 * p99) of its repetitions (geometric means); their SD is what the paired test divides by.
 */
export function unitLogRatios(t: Trace, p = '99'): number[] {
  const units = t.design === 'alternating' ? alternatingGroups(t) : simultaneousPairs(t)
  return units.map((u) => {
    const mean = (side: Side) => {
      const xs = u.items.filter((it) => it.side === side).map((it) => Math.log(it.rep.latency.percentiles[p]))
      return xs.reduce((a, b) => a + b, 0) / xs.length
    }
    return mean('head') - mean('base')
  })
}

/**
 * The bench's trials: one simulated gate run per trial, with the real compare engine deciding after every block
 * exactly as `run` does. Pure apart from the seeded randomness: pool runs in, verdict counts out.
 */
import { compareResults, type Verdict } from '../src/compare/verdict.js'
import { defaultGateConfig } from '../src/config/gate-config.js'
import { interleaving } from '../src/load/runner.js'
import { buildResults } from '../src/results/build.js'
import type { ImportedRun } from '../src/results/fortio.js'
import { percentile, scaleHistogram } from '../src/results/histogram.js'
import { lookSchedule } from '../src/compare/sequential.js'

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

export class Random {
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

/**
 * Run-to-run noise on the log scale of the latency, one value per repetition in time order (both sides
 * interleaved), on top of the pool's own noise.
 */
export interface NoiseModel {
  name: string
  /**
   * Its parts: AR(1) drift of stationary SD `sigma` with lag-1 correlation `rho` between consecutive repetitions,
   * plus independent N(0, `tau`) per repetition (σ 0 for none). A layout that runs both sides at once shares some
   * parts between them and not others (`designs.ts`).
   */
  parts: { sigma: number; rho: number; tau: number }
  /** Log-scale factors for `count` consecutive repetitions. */
  draw(random: Random, count: number): number[]
}

export const NONE: NoiseModel = {
  name: 'real pool only',
  parts: { sigma: 0, rho: 0, tau: 0 },
  draw: (_r, count) => Array(count).fill(0),
}

/** Independent N(0, σ) per repetition. */
export function independent(sigma: number): NoiseModel {
  return {
    name: `independent ${Math.round(sigma * 100)}%`,
    parts: { sigma: 0, rho: 0, tau: sigma },
    draw: (random, count) => Array.from({ length: count }, () => sigma * random.normal()),
  }
}

/**
 * AR(1) drift x_t = ρ·x_{t−1} + √(1 − ρ²)·σ·ε_t (stationary SD σ, started from its stationary law) between
 * consecutive repetitions, plus independent N(0, τ) per repetition: a busy neighbour that comes and goes.
 */
export function ar1(sigma: number, rho: number, tau: number): NoiseModel {
  return {
    name: `AR(1) ${Math.round(sigma * 100)}% ρ ${rho} + ${Math.round(tau * 100)}%`,
    parts: { sigma, rho, tau },
    draw: (random, count) => {
      const out: number[] = []
      let x = sigma * random.normal()
      for (let t = 0; t < count; t++) {
        if (t > 0) x = rho * x + Math.sqrt(1 - rho * rho) * sigma * random.normal()
        out.push(x + tau * random.normal())
      }
      return out
    },
  }
}

/** The run with all its latencies multiplied by `factor`: histogram, avg, stddev, and percentiles recomputed. */
export function scaleRun(run: ImportedRun, factor: number, startTime: string): ImportedRun {
  const rep = run.repetition
  const histogram = scaleHistogram(rep.latency.histogram, factor)
  const percentiles: Record<string, number> = {}
  for (const key of Object.keys(rep.latency.percentiles))
    percentiles[key] = percentile(histogram, Number(key))
  return {
    ...run,
    repetition: {
      ...rep,
      startTime,
      latency: { avg: rep.latency.avg * factor, stddev: rep.latency.stddev * factor, percentiles, histogram },
    },
  }
}

/** How the simulated run is laid out: the quick profile's. */
export interface RunShape {
  maxRepetitions: number
  /** Repetitions of one side between switches (1: A B B A; 2: A A B B B B A A). */
  segment: number
  /** Seconds between the starts of consecutive repetitions, for the start times. */
  spacingSeconds: number
  /** false: one fixed look at maxRepetitions (the design without sequential stopping). */
  sequential: boolean
}

export interface Outcome {
  verdict: Verdict
  /** Repetitions per side the run used. */
  used: number
}

const EPOCH = Date.parse('2025-01-01T00:00:00Z')
const FIXED_DATE = new Date(EPOCH)

/** One simulated run: pool runs laid out in the run's order, noise applied, looks until the engine says stop. */
export function simulateRun(
  pool: readonly ImportedRun[],
  shape: RunShape,
  model: NoiseModel,
  effect: number,
  random: Random,
): Outcome {
  const config = defaultGateConfig()
  const order = interleaving(shape.maxRepetitions, ['base', 'head'], shape.segment)
  const picked = random.distinct(order.length, pool.length)
  const noise = model.draw(random, order.length)
  const sides = { base: [] as ImportedRun[], head: [] as ImportedRun[] }
  order.forEach((side, position) => {
    const start = new Date(EPOCH + position * shape.spacingSeconds * 1000).toISOString()
    const factor = Math.exp(noise[position]) * (side === 'head' ? effect : 1)
    sides[side].push(scaleRun(pool[picked[position]], factor, start))
  })
  const looks = shape.sequential ? lookSchedule(shape.maxRepetitions) : [shape.maxRepetitions]
  let verdict: Verdict = 'inconclusive'
  for (const n of looks) {
    const c = compareResults(
      buildResults(sides.base.slice(0, n), [], { now: FIXED_DATE }),
      buildResults(sides.head.slice(0, n), [], { now: FIXED_DATE }),
      config,
      { maxRepetitions: shape.sequential ? shape.maxRepetitions : null },
    )
    verdict = c.verdict
    if (c.next !== 'continue') return { verdict, used: n }
  }
  return { verdict, used: looks.at(-1)! }
}

export interface Cell {
  trials: number
  counts: Record<Verdict, number>
  usedTotal: number
}

export function runCell(
  pool: readonly ImportedRun[],
  shape: RunShape,
  model: NoiseModel,
  effect: number,
  trials: number,
  seed: number,
): Cell {
  const random = new Random(seed)
  const cell: Cell = { trials, counts: { regression: 0, pass: 0, inconclusive: 0 }, usedTotal: 0 }
  for (let t = 0; t < trials; t++) {
    const o = simulateRun(pool, shape, model, effect, random)
    cell.counts[o.verdict]++
    cell.usedTotal += o.used
  }
  return cell
}

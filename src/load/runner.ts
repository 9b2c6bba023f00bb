/**
 * Interleaved A/B load: base and head repetitions alternate in an A B B A A B ... order, so slow drift on a
 * shared runner (a noisy neighbour, thermal throttling) falls on both sides alike, and each side switch costs one
 * configuration change. Each side starts with a discarded warm-up run, which also sets the histogram resolution.
 */
import { InputError } from '../errors.js'
import { importFortio, type ImportedRun } from '../results/fortio.js'
import { percentile } from '../results/histogram.js'
import type { ResourceSample } from '../results/schema.js'
import type { Side } from '../vocabulary.js'
import type { PodExec } from './exec.js'
import { DEFAULT_RESOLUTION, fortioLoadArgs, resolutionFor, type LoadScenario } from './fortio-args.js'

/** Fortio's failure to run at all, reported as what it is (never imported as an empty pass). */
export class LoadError extends Error {
  override name = 'LoadError'
}

export interface LoadTarget {
  /** Where Fortio runs: the meshed client pod. */
  namespace: string
  pod: string
  container: string
  /** What it loads: the meshed server, e.g. http://fortio-server.gate:8080/echo. */
  url: string
}

export interface SideRuns {
  runs: ImportedRun[]
  samples: ResourceSample[]
}

export interface InterleaveHooks {
  /** Puts the cluster on a side and waits until the mesh enforces it. */
  switchTo(side: Side): Promise<void>
  /** Wraps one measured repetition with resource sampling; identity when not sampling. */
  sample<T>(repetition: number, work: () => Promise<T>): Promise<{ result: T; sample: ResourceSample | null }>
  log(message: string): void
  now(): number
  /**
   * Sequential scenarios only: called whenever both sides have the same number of repetitions (the end of a
   * segment pair); `stop` ends the scenario there. The decision is the orchestration's (compare/sequential.ts).
   */
  level?(repetitionsPerSide: number, runs: Record<Side, SideRuns>): Promise<'continue' | 'stop'>
}

/**
 * The order of sides: A B B A A B B A ... (each pair shares a configuration, halving the switches). With
 * `segment` 2 every side runs twice in a row, A A B B B B A A ...: half the switches again, and each repetition
 * still has a partner of the other side at most three positions away (`compare/design.ts` pairs them by time).
 */
export function interleaving(repetitions: number, sides: readonly Side[], segment = 1): Side[] {
  if (sides.length === 1) return Array(repetitions).fill(sides[0])
  const order: Side[] = []
  for (let i = 0, done = 0; done < repetitions; i++) {
    const k = Math.min(segment, repetitions - done)
    const [first, second] = i % 2 === 0 ? [sides[0], sides[1]] : [sides[1], sides[0]]
    order.push(...Array<Side>(k).fill(first), ...Array<Side>(k).fill(second))
    done += k
  }
  return order
}

export async function runInterleaved(
  exec: PodExec,
  target: LoadTarget,
  scenario: LoadScenario,
  sides: readonly Side[],
  hooks: InterleaveHooks,
): Promise<Record<Side, SideRuns>> {
  const out = { base: { runs: [], samples: [] }, head: { runs: [], samples: [] } } as Record<Side, SideRuns>
  // One resolution for both sides, set by the first warm-up: histograms of different bucket widths would make
  // their percentiles differ by interpolation alone (like is compared with like).
  let resolution: number | null = null
  const warmed = new Set<Side>()
  const done: Record<Side, number> = { base: 0, head: 0 }
  const started = hooks.now()
  let current: Side | null = null
  for (const side of interleaving(scenario.repetitions, sides, scenario.segment)) {
    if (side !== current) {
      await hooks.switchTo(side)
      current = side
    }
    if (!warmed.has(side)) {
      // The warm-up is discarded (it warms connections and proxies after the first switch to the side); the
      // first one's median latency sets the resolution of every measured run.
      const warm = await runOnce(
        exec,
        target,
        scenario,
        scenario.warmupSeconds,
        resolution ?? DEFAULT_RESOLUTION,
        `${scenario.name} ${side} warm-up`,
      )
      warmed.add(side)
      const p50 = percentile(warm.repetition.latency.histogram, 50)
      const kept = resolution !== null
      resolution ??= resolutionFor(p50)
      hooks.log(
        `[${scenario.name}] ${side} warm-up done: p50 ${ms(p50)}, resolution ${resolution} s${kept ? ' (kept for both sides)' : ''}`,
      )
    }
    const index = done[side]++
    const { result, sample } = await hooks.sample(index, () =>
      runOnce(
        exec,
        target,
        scenario,
        scenario.durationSeconds,
        resolution!,
        `${scenario.name} ${side} #${index + 1}`,
      ),
    )
    const run = { ...result, repetition: { ...result.repetition, index } }
    out[side].runs.push(run)
    if (sample) out[side].samples.push(sample)
    const r = run.repetition
    hooks.log(
      `[${scenario.name}] ${side} repetition ${index + 1} of ${scenario.sequential ? 'at most ' : ''}${scenario.repetitions}: ${r.actualQps.toFixed(1)} qps` +
        ` (requested ${scenario.qps}), p99 ${ms(r.latency.percentiles['99'])}, ${r.errors} error(s)` +
        `${r.saturated ? ', SATURATED' : ''}; elapsed ${Math.round((hooks.now() - started) / 1000)} s`,
    )
    if (scenario.sequential && hooks.level && sides.length === 2 && done.base === done.head) {
      if ((await hooks.level(done.base, out)) === 'stop') break
    }
  }
  return out
}

export interface SimultaneousHooks {
  /**
   * Wraps one pair of repetitions (both sides at once) with resource sampling; each side gets the part of the sample
   * that is its own (null when not sampling).
   */
  sample<T>(
    repetition: number,
    work: () => Promise<T>,
  ): Promise<{ result: T; samples: Record<Side, ResourceSample | null> }>
  log(message: string): void
  now(): number
  /** As for the interleaved run: called after every pair of repetitions of a sequential scenario. */
  level?(repetitionsPerSide: number, runs: Record<Side, SideRuns>): Promise<'continue' | 'stop'>
}

/**
 * Simultaneous A/B load (duet benchmarking: Bulej et al., ICPE 2020): the base's and the head's copies of the path
 * are loaded at the same time with the same settings, one repetition of each side started together, back to back.
 * A busy second of a shared runner then falls on both sides of a pair, and the compare pairs repetition i of the
 * base with repetition i of the head by their start times (compare/design.ts). Both warm-ups run together too; the
 * base's sets the histogram resolution of both sides.
 */
export async function runSimultaneous(
  exec: PodExec,
  targets: Record<Side, LoadTarget>,
  scenario: LoadScenario,
  hooks: SimultaneousHooks,
): Promise<Record<Side, SideRuns>> {
  const out = { base: { runs: [], samples: [] }, head: { runs: [], samples: [] } } as Record<Side, SideRuns>
  const sides: Side[] = ['base', 'head']
  const started = hooks.now()
  const warm = await both(sides, (side) =>
    runOnce(
      exec,
      targets[side],
      scenario,
      scenario.warmupSeconds,
      DEFAULT_RESOLUTION,
      `${scenario.name} ${side} warm-up`,
    ),
  )
  const p50 = (side: Side) => percentile(warm[side].repetition.latency.histogram, 50)
  const resolution = resolutionFor(p50('base'))
  hooks.log(
    `[${scenario.name}] both warm-ups done together: p50 base ${ms(p50('base'))}, head ${ms(p50('head'))}; resolution ${resolution} s for both sides`,
  )
  for (let index = 0; index < scenario.repetitions; index++) {
    const { result, samples } = await hooks.sample(index, () =>
      both(sides, (side) =>
        runOnce(
          exec,
          targets[side],
          scenario,
          scenario.durationSeconds,
          resolution,
          `${scenario.name} ${side} #${index + 1}`,
        ),
      ),
    )
    const parts: string[] = []
    for (const side of sides) {
      const run = { ...result[side], repetition: { ...result[side].repetition, index } }
      out[side].runs.push(run)
      const sample = samples[side]
      if (sample) out[side].samples.push(sample)
      const r = run.repetition
      parts.push(
        `${side} ${r.actualQps.toFixed(1)} qps, p99 ${ms(r.latency.percentiles['99'])}, ${r.errors} error(s)${r.saturated ? ', SATURATED' : ''}`,
      )
    }
    hooks.log(
      `[${scenario.name}] repetition ${index + 1} of ${scenario.sequential ? 'at most ' : ''}${scenario.repetitions}, both sides at once (requested ${scenario.qps} qps each): ${parts.join('; ')}; elapsed ${Math.round((hooks.now() - started) / 1000)} s`,
    )
    if (scenario.sequential && hooks.level && (await hooks.level(index + 1, out)) === 'stop') break
  }
  return out
}

/**
 * Runs the same work for both sides at once and waits for both: one side's failure is reported once the other has
 * ended too, so no load is left running behind the error.
 */
async function both<T>(sides: readonly Side[], work: (side: Side) => Promise<T>): Promise<Record<Side, T>> {
  const settled = await Promise.allSettled(sides.map((side) => work(side)))
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failed) throw failed.reason
  const out = {} as Record<Side, T>
  sides.forEach((side, i) => (out[side] = (settled[i] as PromiseFulfilledResult<T>).value))
  return out
}

async function runOnce(
  exec: PodExec,
  target: LoadTarget,
  scenario: LoadScenario,
  durationSeconds: number,
  resolution: number,
  label: string,
): Promise<ImportedRun> {
  const command = fortioLoadArgs(scenario, target.url, { durationSeconds, resolution, label: scenario.name })
  // Bounded: the run's own duration plus a minute for connection set-up and the JSON.
  const result = await exec.exec(
    target.namespace,
    target.pod,
    target.container,
    command,
    (durationSeconds + 60) * 1000,
  )
  const tail = result.stderr.trim().split('\n').slice(-3).join(' | ')
  if (!result.success)
    throw new LoadError(
      `${label}: fortio load failed in ${target.pod}: ${result.message}${tail ? ` (${tail})` : ''}`,
    )
  // Fortio writes no JSON at all when it cannot connect, and still exits 0.
  if (result.stdout.trim() === '')
    throw new LoadError(`${label}: fortio wrote no result${tail ? `: ${tail}` : ''}`)
  try {
    return importFortio(result.stdout, `${label} (exec in ${target.pod})`)
  } catch (e) {
    if (e instanceof InputError) throw new LoadError(e.message)
    throw e
  }
}

function ms(seconds: number): string {
  return seconds < 1e-3 ? `${(seconds * 1e6).toFixed(0)} µs` : `${(seconds * 1e3).toFixed(2)} ms`
}

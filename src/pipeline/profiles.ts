/**
 * Profiles: the scenarios a run measures when the gate config names none.
 * - quick: about 10 minutes on a 4-vCPU runner at most (cluster ~2 min, mesh ~2 min, load at most 680 s): up to 12
 *   repetitions of 10 s per side in A A B B B B A A blocks, stopping after any block once the verdict is clear. Its
 *   worst-case load time (2 × (10 s + 12 × 10 s) + 7 switches × 60 s = 680 s) is that of the former 5 × 30 s in
 *   A B B A (2 × (10 s + 5 × 30 s) + 6 × 60 s); more, shorter repetitions with half the switches detect smaller
 *   changes and pass more unchanged PRs (`npm run bench`, docs/statistics.md). When both sides run at once
 *   (pipeline/layout.ts: simultaneous), there are no switches: up to 60 repetitions of 10 s per side, worst case
 *   10 s + 60 s convergence + 600 s = 670 s.
 * - thorough: HTTP and gRPC, 10 repetitions of 60 s: detects ~+15% p99 shifts at 5% run-to-run noise.
 * - published: the published benchmark methodology (three 16-vCPU nodes, 1 KB payload, 10k RPS, 5 minutes,
 *   3 repetitions): for eks/gke clusters, far beyond one runner.
 */
import type { GateConfig } from '../config/gate-config.js'
import { parseGoDuration } from '../results/fortio.js'
import type { LoadScenario } from '../load/fortio-args.js'
import type { Profile } from '../vocabulary.js'
import type { LayoutDesign } from './layout.js'

const scenario = (s: Partial<LoadScenario> & { name: string }): LoadScenario => ({
  protocol: 'http',
  qps: 1000,
  connections: 16,
  durationSeconds: 30,
  payloadBytes: 1024,
  warmupSeconds: 10,
  repetitions: 5,
  sequential: false,
  segment: 1,
  ...s,
})

export const PROFILE_SCENARIOS: Record<Profile, LoadScenario[]> = {
  quick: [scenario({ name: 'echo-1k', durationSeconds: 10, repetitions: 12, sequential: true, segment: 2 })],
  thorough: [
    scenario({ name: 'echo-1k', durationSeconds: 60, repetitions: 10 }),
    scenario({ name: 'grpc-500', protocol: 'grpc', qps: 500, durationSeconds: 60, repetitions: 10 }),
  ],
  published: [
    scenario({
      name: 'echo-10k',
      qps: 10_000,
      connections: 64,
      durationSeconds: 300,
      repetitions: 3,
      warmupSeconds: 30,
    }),
  ],
}

/**
 * The scenarios each measured path runs. Several paths share the profile's budget: each gets its share of the
 * repetitions (at least 4 per side for a sequential scenario, whose first look is after 4, rounded up to whole
 * segments of 2; at least 2 for a fixed one), so two paths cost about what one did.
 */
export function scenariosFor(
  config: GateConfig,
  profile: Profile,
  paths = 1,
  design: LayoutDesign = 'alternating',
): LoadScenario[] {
  const share = (s: LoadScenario): LoadScenario =>
    paths <= 1
      ? s
      : {
          ...s,
          repetitions: s.sequential
            ? Math.max(4, 2 * Math.ceil(s.repetitions / paths / 2))
            : Math.max(2, Math.ceil(s.repetitions / paths)),
        }
  return configuredScenarios(config, profile)
    .map((s) => (design === 'simultaneous' ? simultaneous(s, config) : s))
    .map(share)
}

/**
 * The most repetitions per side of a profile's sequential scenario when both sides run at once. Without switches,
 * the quick profile's budget (680 s of load) holds a warm-up, one convergence and 60 repetitions of 10 s
 * (10 + 60 + 600 = 670 s); looks stay every 4 repetitions from 4, and an unchanged PR on a quiet runner stops after
 * about 17 (`bench/designs.ts`, docs/statistics.md).
 */
export const SIMULTANEOUS_MAX_REPETITIONS = 60

/**
 * A profile's sequential scenario in the simultaneous layout: up to SIMULTANEOUS_MAX_REPETITIONS per side, since no
 * time goes to switches. A gate config's own scenarios and `statistics.max-repetitions` are kept as written.
 */
function simultaneous(s: LoadScenario, config: GateConfig): LoadScenario {
  if (!s.sequential || config.scenarios.length > 0 || config.maxRepetitions !== null) return s
  return { ...s, repetitions: SIMULTANEOUS_MAX_REPETITIONS, segment: 1 }
}

function configuredScenarios(config: GateConfig, profile: Profile): LoadScenario[] {
  if (config.scenarios.length === 0) return PROFILE_SCENARIOS[profile]
  return config.scenarios.map((s) => ({
    name: s.name,
    protocol: s.protocol,
    qps: s.qps,
    connections: s.connections,
    durationSeconds: parseGoDuration(s.duration) ?? 30,
    payloadBytes: s['payload-bytes'],
    warmupSeconds: parseGoDuration(s.warmup) ?? 10,
    // statistics.max-repetitions makes every scenario sequential, up to that many repetitions per side.
    repetitions: config.maxRepetitions ?? s.repetitions,
    sequential: config.maxRepetitions !== null,
    segment: config.maxRepetitions !== null ? 2 : 1,
  }))
}

/** What set-up typically takes on a 4-vCPU runner (kind create ~1.5 min, a mesh ~1.5 min), for the plan. */
export const TYPICAL = {
  clusterCreateSeconds: 90,
  meshInstallSeconds: 90,
  rolloutSeconds: 30,
  convergeSeconds: 5,
  /**
   * Sequential scenarios stop early on clear cases: alternating, an unchanged PR used 10.3 of 12 repetitions per
   * side on average (`npm run bench`, quiet pool, independent 5% noise; docs/statistics.md).
   */
  sequentialFraction: 10.3 / 12,
  /** Simultaneous: about 17 of SIMULTANEOUS_MAX_REPETITIONS (`bench/designs.ts`, independent 5% noise). */
  simultaneousFraction: 17 / 60,
}

/** Bounds the plan states and the run enforces. */
export const BUDGET = {
  clusterCreateSeconds: 180,
  meshInstallSeconds: 300,
  rolloutSeconds: 180,
  /** Per configuration switch: until the live probe sees the data plane enforce the side. */
  convergeSeconds: 60,
}

/**
 * Load time of the scenarios, in seconds: both sides' warm-ups and repetitions, and the switches. Worst case by
 * default; `expected` takes sequential scenarios to stop after TYPICAL.sequentialFraction of their maximum.
 */
export function loadSeconds(
  scenarios: readonly LoadScenario[],
  sides: number,
  convergeSeconds: number = BUDGET.convergeSeconds,
  expected = false,
  fraction: number = TYPICAL.sequentialFraction,
): number {
  return scenarios.reduce((total, full) => {
    const s =
      expected && full.sequential ? { ...full, repetitions: Math.round(full.repetitions * fraction) } : full
    const switches = sides === 1 ? 1 : switchesFor(s)
    return total + sides * (s.warmupSeconds + s.repetitions * s.durationSeconds) + switches * convergeSeconds
  }, 0)
}

/** Configuration switches of a two-sided scenario: one per segment boundary, plus the first. */
export function switchesFor(s: Pick<LoadScenario, 'repetitions' | 'segment'>): number {
  return Math.ceil(s.repetitions / s.segment) + 1
}

/**
 * Load time of a layout (pipeline/layout.ts): alternating as `loadSeconds` with both sides; simultaneous runs both
 * sides at once on their copies, so its load is one side's: the same scenarios' warm-up and repetitions, one
 * convergence (both copies applied together, probed once), no switches.
 */
export function layoutLoadSeconds(
  design: LayoutDesign,
  scenarios: readonly LoadScenario[],
  sides: number,
  convergeSeconds: number = BUDGET.convergeSeconds,
  expected = false,
): number {
  return design === 'simultaneous'
    ? loadSeconds(scenarios, 1, convergeSeconds, expected, TYPICAL.simultaneousFraction)
    : loadSeconds(scenarios, sides, convergeSeconds, expected)
}

/**
 * Profiles: the scenarios a run measures when the gate config names none.
 * - quick: about 10 minutes on a 4-vCPU runner (cluster ~2 min, mesh ~2 min, 2 sides × (10 s warm-up + 5 × 30 s)).
 * - thorough: HTTP and gRPC, 10 repetitions of 60 s: detects ~+15% p99 shifts at 5% run-to-run noise.
 * - published: the published benchmark methodology (three 16-vCPU nodes, 1 KB payload, 10k RPS, 5 minutes,
 *   3 repetitions): for eks/gke clusters, far beyond one runner.
 */
import type { GateConfig } from '../config/gate-config.js'
import { parseGoDuration } from '../results/fortio.js'
import type { LoadScenario } from '../load/fortio-args.js'
import type { Profile } from '../vocabulary.js'

const scenario = (s: Partial<LoadScenario> & { name: string }): LoadScenario => ({
  protocol: 'http',
  qps: 1000,
  connections: 16,
  durationSeconds: 30,
  payloadBytes: 1024,
  warmupSeconds: 10,
  repetitions: 5,
  ...s,
})

export const PROFILE_SCENARIOS: Record<Profile, LoadScenario[]> = {
  quick: [scenario({ name: 'echo-1k' })],
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

/** The gate config's scenarios when it has any, else the profile's. */
export function scenariosFor(config: GateConfig, profile: Profile): LoadScenario[] {
  if (config.scenarios.length === 0) return PROFILE_SCENARIOS[profile]
  return config.scenarios.map((s) => ({
    name: s.name,
    protocol: s.protocol,
    qps: s.qps,
    connections: s.connections,
    durationSeconds: parseGoDuration(s.duration) ?? 30,
    payloadBytes: s['payload-bytes'],
    warmupSeconds: parseGoDuration(s.warmup) ?? 10,
    repetitions: s.repetitions,
  }))
}

/** What set-up typically takes on a 4-vCPU runner (kind create ~1.5 min, a mesh ~1.5 min), for the plan. */
export const TYPICAL = {
  clusterCreateSeconds: 90,
  meshInstallSeconds: 90,
  rolloutSeconds: 30,
  convergeSeconds: 5,
}

/** Bounds the plan states and the run enforces. */
export const BUDGET = {
  clusterCreateSeconds: 180,
  meshInstallSeconds: 300,
  rolloutSeconds: 180,
  /** Per configuration switch: until the live probe sees the data plane enforce the side. */
  convergeSeconds: 60,
}

/** Worst-case load time of the scenarios, in seconds: both sides' warm-ups and repetitions, and the switches. */
export function loadSeconds(
  scenarios: readonly LoadScenario[],
  sides: number,
  convergeSeconds: number = BUDGET.convergeSeconds,
): number {
  return scenarios.reduce((total, s) => {
    const switches = sides === 1 ? 1 : s.repetitions + 1
    return total + sides * (s.warmupSeconds + s.repetitions * s.durationSeconds) + switches * convergeSeconds
  }, 0)
}

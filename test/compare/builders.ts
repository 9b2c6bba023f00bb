/** Hand-built results for compare tests: each repetition's latency histogram is a narrow band around its p99. */
import type { Repetition, ResourceSample, Results } from '../../src/results/schema.js'

export interface SideSpec {
  /** p99 latency of each repetition, in ms. */
  p99: number[]
  errors?: number[]
  requests?: number
  qps?: number
  actualQps?: number[]
  /** Proxy CPU (millicores) per resource sample. */
  proxyCpu?: number[]
  /** Proxy memory (MiB) per resource sample; default 60 in each. */
  proxyMemory?: number[]
  /** Resource samples of an unmeshed side: the app's containers only, no proxy or data plane. */
  unmeshedSamples?: number
  /** Start of each repetition, in seconds after 2026-11-26T00:00:00Z (Fortio's StartTime); none: unknown. */
  startSeconds?: number[]
  scenario?: string
  mesh?: string
  meshVersion?: string
}

export function repetition(p99ms: number, i: number, spec: SideSpec): Repetition {
  const s = p99ms / 1000
  const requests = spec.requests ?? 1000
  const errors = spec.errors?.[i] ?? 0
  const qps = spec.qps ?? 1000
  return {
    index: i,
    startTime:
      spec.startSeconds?.[i] === undefined
        ? null
        : new Date(Date.parse('2026-11-26T00:00:00Z') + spec.startSeconds[i] * 1000).toISOString(),
    requestedQps: qps,
    actualQps: spec.actualQps?.[i] ?? qps,
    actualDurationSeconds: 1,
    connections: 4,
    requests,
    codes: { '200': requests - errors, ...(errors ? { '503': errors } : {}) },
    errors,
    latency: {
      avg: s / 2,
      stddev: s / 10,
      percentiles: { '50': s / 2, '75': s * 0.7, '90': s * 0.8, '99': s, '99.9': s * 1.2 },
      histogram: {
        count: requests,
        min: s / 4,
        max: s * 1.3,
        sum: (requests * s) / 2,
        buckets: [{ start: s / 4, end: s * 1.3, count: requests }],
      },
    },
    saturated: (spec.actualQps?.[i] ?? qps) < qps * 0.95,
    source: `rep-${i}.json`,
  }
}

export function results(spec: SideSpec): Results {
  const resources: ResourceSample[] = (spec.proxyCpu ?? []).map((cpu, i) => ({
    repetition: i,
    timestamp: null,
    source: `metrics-${i}.json`,
    containers: [
      {
        namespace: 'gate',
        pod: 'server-1',
        container: 'istio-proxy',
        role: 'proxy',
        cpuMillicores: cpu,
        memoryMiB: spec.proxyMemory?.[i] ?? 60,
      },
      {
        namespace: 'gate',
        pod: 'server-1',
        container: 'fortio',
        role: 'app',
        cpuMillicores: 100,
        memoryMiB: 20,
      },
    ],
  }))
  for (let i = 0; i < (spec.unmeshedSamples ?? 0); i++) {
    resources.push({
      repetition: i,
      timestamp: null,
      source: `metrics-${i}.json`,
      containers: [
        {
          namespace: 'gate',
          pod: 'server-1',
          container: 'fortio',
          role: 'app',
          cpuMillicores: 100,
          memoryMiB: 20,
        },
      ],
    })
  }
  return {
    schemaVersion: 1,
    tool: { name: 'mesh-mtls-gate', version: 'test' },
    createdAt: '2026-11-26T00:00:00.000Z',
    fingerprint: {
      tools: [],
      mesh: { name: spec.mesh ?? 'istio', version: spec.meshVersion ?? '1.28.0', profile: null },
      kubernetesVersion: 'v1.34.0',
      nodeImage: null,
      runner: { os: 'linux', arch: 'x64', name: null },
      fortio: { version: '1.75.2', flags: ['-uniform', '-nocatchup'] },
    },
    scenarios: [
      {
        name: spec.scenario ?? 'echo-1k',
        settings: {
          protocol: 'http',
          qps: spec.qps ?? 1000,
          connections: 4,
          durationSeconds: 1,
          payloadBytes: null,
          url: null,
        },
        repetitions: spec.p99.map((p, i) => repetition(p, i, spec)),
        resources,
      },
    ],
    mtls: null,
  }
}

/** Start seconds of both sides in the run's order (e.g. "ABBA ABBA"), repetitions `spacing` seconds apart. */
export function startsFor(order: string, spacing = 40): { base: number[]; head: number[] } {
  const out = { base: [] as number[], head: [] as number[] }
  ;[...order.replace(/\s+/g, '')].forEach((side, position) =>
    (side === 'A' ? out.base : out.head).push(position * spacing),
  )
  return out
}

/** mulberry32 and Box–Muller: seeded, so the test is the same every time. */
export function normals(seed: number): () => number {
  let a = seed >>> 0
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform())
}

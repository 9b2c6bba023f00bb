/**
 * The results artifact, schema v1: what one gate run measured, in a form another run can be compared with.
 * Plain data only. `scripts/write-schema.mjs` turns these schemas into `schema/results-v1.schema.json`.
 */
import { z } from 'zod'

export const RESULTS_SCHEMA_VERSION = 1

/** One histogram bucket as Fortio writes it, in seconds; counts are per bucket, not cumulative. */
export const HistogramBucket = z.object({
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  count: z.number().int().nonnegative(),
})
export type HistogramBucket = z.infer<typeof HistogramBucket>

export const LatencyHistogram = z.object({
  count: z.number().int().nonnegative(),
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
  sum: z.number().nonnegative(),
  buckets: z.array(HistogramBucket),
})
export type LatencyHistogram = z.infer<typeof LatencyHistogram>

/** Percentiles in seconds, keyed by the percentile as a string: `"50"`, `"99"`, `"99.9"`. */
export const Percentiles = z.record(z.string().regex(/^\d+(\.\d+)?$/), z.number().nonnegative())

export const Repetition = z.object({
  /** 0-based order of the repetition within its side of the run. */
  index: z.number().int().nonnegative(),
  startTime: z.string().nullable(),
  /** Requested queries per second; `"max"` when Fortio ran unthrottled. */
  requestedQps: z.union([z.number().nonnegative(), z.literal('max')]),
  actualQps: z.number().nonnegative(),
  actualDurationSeconds: z.number().nonnegative(),
  connections: z.number().int().nonnegative(),
  requests: z.number().int().nonnegative(),
  /** Response counts by code: HTTP status (`"-1"` is a socket error) or gRPC status name. */
  codes: z.record(z.string(), z.number().int().nonnegative()),
  errors: z.number().int().nonnegative(),
  latency: z.object({
    avg: z.number().nonnegative(),
    stddev: z.number().nonnegative(),
    percentiles: Percentiles,
    histogram: LatencyHistogram,
  }),
  /** Actual QPS fell more than 5% short of the requested QPS: latencies suffer coordinated omission. */
  saturated: z.boolean(),
  /** Where it came from (a file name or `exec:<pod>`), for the report's evidence. */
  source: z.string(),
})
export type Repetition = z.infer<typeof Repetition>

export const ResourceRole = z.enum(['proxy', 'app', 'data-plane'])
export type ResourceRole = z.infer<typeof ResourceRole>

export const ContainerUsage = z.object({
  namespace: z.string(),
  pod: z.string(),
  container: z.string(),
  /** proxy: a sidecar in the pod; data-plane: node-level (ztunnel, cilium-agent...); app: everything else. */
  role: ResourceRole,
  cpuMillicores: z.number().nonnegative(),
  memoryMiB: z.number().nonnegative(),
})
export type ContainerUsage = z.infer<typeof ContainerUsage>

export const ResourceSample = z.object({
  /** The repetition this sample was taken during, when known. */
  repetition: z.number().int().nonnegative().nullable(),
  timestamp: z.string().nullable(),
  source: z.string(),
  containers: z.array(ContainerUsage),
})
export type ResourceSample = z.infer<typeof ResourceSample>

export const ScenarioSettings = z.object({
  protocol: z.enum(['http', 'h2', 'grpc']),
  /** Requested QPS; `"max"` for unthrottled. */
  qps: z.union([z.number().nonnegative(), z.literal('max')]),
  connections: z.number().int().nonnegative(),
  durationSeconds: z.number().nonnegative().nullable(),
  payloadBytes: z.number().int().nonnegative().nullable(),
  url: z.string().nullable(),
})
export type ScenarioSettings = z.infer<typeof ScenarioSettings>

export const ScenarioResults = z.object({
  name: z.string().min(1),
  settings: ScenarioSettings,
  repetitions: z.array(Repetition),
  resources: z.array(ResourceSample),
  /**
   * Set when the run looked after every block and could stop early (sequential stopping): the most repetitions per
   * side it could have taken. The compare spends the false-alarm rate over the same looks, so its verdict is the
   * run's. Absent or null: a fixed number of repetitions.
   */
  maxRepetitions: z.number().int().positive().nullable().optional(),
})
export type ScenarioResults = z.infer<typeof ScenarioResults>

/** A binary the run downloaded, and how its SHA-256 was established (src/tools/download.ts). */
export const VerifiedToolRecord = z.object({
  name: z.string(),
  version: z.string(),
  url: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** pinned: in the gate's source; given: by the user; published: the release's checksum file at checksumUrl. */
  verifiedBy: z.enum(['pinned', 'given', 'published']),
  checksumUrl: z.string().nullable(),
})

export const Fingerprint = z.object({
  /** The downloaded tools (kind, the mesh CLI) with the digests they were verified by; [] when none. */
  tools: z.array(VerifiedToolRecord).default([]),
  mesh: z
    .object({
      name: z.string(),
      version: z.string().nullable(),
      profile: z.string().nullable(),
      /**
       * The data plane's transparent encryption (Cilium): what the install's values asked for (`wireguard`, `ipsec`,
       * `ztunnel`, `none`), what each node's agent runs as it publishes it (`wireguard`, `ipsec`, `none`; null when
       * not read), and the nodes' one word (`mixed` when they differ). Absent for meshes without the choice.
       */
      encryption: z
        .object({
          requested: z.string(),
          nodes: z.array(z.object({ node: z.string(), encryption: z.string() })).nullable(),
          ran: z.string().nullable(),
        })
        .optional(),
    })
    .nullable(),
  kubernetesVersion: z.string().nullable(),
  nodeImage: z.string().nullable(),
  runner: z.object({ os: z.string(), arch: z.string(), name: z.string().nullable() }),
  fortio: z.object({ version: z.string().nullable(), flags: z.array(z.string()) }),
})
export type Fingerprint = z.infer<typeof Fingerprint>

/** One (namespace, workload, port) of the mTLS matrix; filled by the validator. */
/**
 * What the mesh's own counters say the gate's traffic to a workload was: mutual TLS, plaintext, both, held for
 * authentication (Cilium), refused, nothing counted, or not read (no source, a failed scrape). Defined here, not in
 * the vocabulary, because this module is loaded on its own by scripts/write-schema.mjs.
 */
export const TELEMETRY_OUTCOMES = [
  'mtls',
  'plaintext',
  'mixed',
  'authenticated',
  'refused',
  'no-traffic',
  'not-read',
] as const
export type TelemetryOutcome = (typeof TELEMETRY_OUTCOMES)[number]

export const MtlsEntry = z.object({
  namespace: z.string(),
  workload: z.string(),
  port: z.number().int().nullable(),
  mode: z.enum(['STRICT', 'PERMISSIVE', 'DISABLE']),
  decidedBy: z.string().nullable(),
  live: z.enum(['refused', 'accepted', 'not-probed']).default('not-probed'),
  /** What the mesh's own counters say the gate's measured traffic was (the gate's server row only). */
  telemetry: z.enum(TELEMETRY_OUTCOMES).default('not-read'),
  /** The counters behind it, e.g. `istio_requests_total{connection_security_policy="mutual_tls"} 1200`. */
  telemetryDetail: z.string().optional(),
})

/** One end of a measured path: the pods a stand-in ran as. */
const PathEndRecord = z.object({
  namespace: z.string(),
  workload: z.string(),
  labels: z.record(z.string(), z.string()),
  /** The application's container ports (the server's), which the stand-in's Fortio listened on. */
  ports: z.array(z.number().int()),
})

export const MeasuredPathRecord = z.object({
  /** `namespace/workload` of the server. */
  id: z.string(),
  client: PathEndRecord,
  server: PathEndRecord,
  /** What the client's Fortio loaded (HTTP scenarios). */
  url: z.string(),
})

export const COVERAGE_STATUSES = ['on-path', 'mesh-wide', 'not-measured'] as const

/** The coverage row's kind for a mesh values file that differs between the sides (pipeline/mesh-values.ts). */
export const MESH_VALUES = 'mesh values'

export const CoverageRecord = z.object({
  kind: z.string(),
  namespace: z.string().nullable(),
  name: z.string(),
  status: z.enum(COVERAGE_STATUSES),
  reason: z.string(),
})

export const LAYOUT_DESIGNS = ['simultaneous', 'alternating'] as const

/** How the two sides were laid out in the run (pipeline/layout.ts). */
export const LayoutRecord = z.object({
  /** simultaneous: each side in its own copy of the paths, loaded at the same time; alternating: turns on one copy. */
  design: z.enum(LAYOUT_DESIGNS),
  /** Why (what could not coexist, for alternating). */
  reason: z.string(),
})

export const Results = z.object({
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('mesh-mtls-gate'), version: z.string() }),
  createdAt: z.string(),
  fingerprint: Fingerprint,
  scenarios: z.array(ScenarioResults),
  /** The mTLS matrix; null until the validator has run. */
  mtls: z.object({ mesh: z.string(), entries: z.array(MtlsEntry) }).nullable(),
  /** What the reader of the verdict must know about how it was measured (e.g. client and server on one node). */
  notes: z.array(z.string()).optional(),
  /** The measured paths: which client stand-in loaded which server stand-in (absent in artifacts before paths). */
  paths: z.array(MeasuredPathRecord).optional(),
  /** What each changed configuration object was to the paths (absent: not recorded, e.g. a push's baseline). */
  coverage: z.array(CoverageRecord).optional(),
  /** How the sides of the run were laid out (absent in artifacts before layouts, and in results not made by `run`). */
  layout: LayoutRecord.optional(),
})
export type Results = z.infer<typeof Results>

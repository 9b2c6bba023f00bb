/**
 * Reads `fortio load -json` output of any Fortio version (HTTP and gRPC) into one repetition.
 *
 * Format facts (fortio periodic.RunnerResults, stats.HistogramData, fhttp and fgrpc runners): histogram values are
 * seconds, ActualDuration is nanoseconds, RequestedQPS is a string ("1000", "max") in current versions, Percentiles
 * is absent and Data null when Count is 0, HTTP RetCodes are status codes as strings ("-1" is a socket error) and
 * gRPC RetCodes are status names (very old versions wrote the health enum number, "1" = SERVING).
 */
import { z } from 'zod'
import { InputError, describeIssue } from '../errors.js'
import { percentile } from './histogram.js'
import { LatencyHistogram, Repetition, ScenarioSettings } from './schema.js'

/** Percentiles every repetition carries, whether or not Fortio was asked for them (`-p`). */
export const STANDARD_PERCENTILES = [50, 75, 90, 99, 99.9] as const

/** A run whose actual QPS is more than this fraction short of the requested QPS is saturated. */
export const SATURATION_SHORTFALL = 0.05

const FortioHistogram = z.object({
  Count: z.number().int().nonnegative(),
  Min: z.number(),
  Max: z.number(),
  Sum: z.number(),
  Avg: z.number(),
  StdDev: z.number(),
  Data: z
    .array(z.object({ Start: z.number(), End: z.number(), Percent: z.number(), Count: z.number().int() }))
    .nullable()
    .optional(),
  Percentiles: z
    .array(z.object({ Percentile: z.number(), Value: z.number() }))
    .nullable()
    .optional(),
})

const FortioResult = z.looseObject({
  /** Written since Fortio 0.9.0 (2018); older results say HTTP or gRPC only through URL / Destination. */
  RunType: z.string().optional(),
  Labels: z.string().optional().default(''),
  StartTime: z.string().optional(),
  RequestedQPS: z.union([z.string(), z.number()]),
  RequestedDuration: z.string().optional(),
  ActualQPS: z.number(),
  ActualDuration: z.number(),
  NumThreads: z.number().int(),
  Version: z.string().optional(),
  DurationHistogram: FortioHistogram,
  RetCodes: z.record(z.string(), z.number().int()).nullable().optional(),
  URL: z.string().optional(),
  Destination: z.string().optional(),
  Payload: z.string().nullable().optional(),
  H2: z.boolean().optional(),
  Uniform: z.boolean().optional(),
  NoCatchUp: z.boolean().optional(),
  Jitter: z.boolean().optional(),
  /** Histogram resolution in seconds (`-r`); written by recent versions only. */
  Resolution: z.number().optional(),
})
type FortioResult = z.infer<typeof FortioResult>

/** What one Fortio file contributes: the repetition, its scenario's label and settings, and the Fortio version. */
export interface ImportedRun {
  label: string
  settings: ScenarioSettings
  repetition: Repetition
  fortioVersion: string | null
  fortioFlags: string[]
}

/** Parses Fortio JSON text. `file` names the source in every error message. */
export function importFortio(text: string, file: string, index = 0): ImportedRun {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new InputError(
      `not valid JSON (${(e as Error).message}); expected the output of 'fortio load -json'`,
      file,
    )
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new InputError("expected a JSON object written by 'fortio load -json'", file)
  }
  const raw = json as Record<string, unknown>
  // Fortio's REST API answers a failed run with its jrpc ServerReply: `error: true`, `message`, `exception`.
  if (raw.error === true || (typeof raw.error === 'string' && raw.error !== '')) {
    const why = [raw.message, raw.exception].filter((x) => typeof x === 'string' && x !== '').join(': ')
    throw new InputError(`Fortio reported a failed run (field 'error'): ${why || String(raw.error)}`, file)
  }
  // Fortio's own report (ui/static/js/fortio_chart.js, makeTitle and fortioResultToJsChartData) needs
  // DurationHistogram, RequestedQPS, ActualQPS, ActualDuration and NumThreads; RunType came later (0.9.0), so
  // its absence is no reason to refuse a result Fortio itself would show.
  const required = ['DurationHistogram', 'RequestedQPS', 'ActualQPS', 'ActualDuration', 'NumThreads']
  const missing = required.filter((k) => !(k in raw))
  if (missing.includes('DurationHistogram')) {
    throw new InputError(
      "not a Fortio result: field 'DurationHistogram' is missing (expected 'fortio load -json' output)",
      file,
    )
  }
  if (missing.length > 0) {
    throw new InputError(
      `field '${missing[0]}' is missing: Fortio has written it since 0.3.2 (2017); without it the run's load cannot be told (expected 'fortio load -json' output)`,
      file,
    )
  }
  const parsed = FortioResult.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new InputError(describeIssue(issue, file))
  }
  const run = toRun(parsed.data, file, index)
  refuseWhatTheArtifactRefuses(run, parsed.data, raw, file)
  return run
}

/**
 * The artifact's schema decides what a repetition may hold (no negative duration, QPS or thread count, no negative
 * latency): a run it would refuse is refused here, as bad input naming the Fortio field it came from, and not
 * later, when the artifact is written, as a list of the schema's issues with the artifact's own field names.
 */
function refuseWhatTheArtifactRefuses(
  run: ImportedRun,
  r: FortioResult,
  raw: Record<string, unknown>,
  file: string,
): void {
  // The histogram first: the percentiles computed from it would otherwise be blamed for a bad bucket.
  const checks = [
    {
      prefix: ['latency', 'histogram'],
      result: LatencyHistogram.safeParse(run.repetition.latency.histogram),
    },
    { prefix: [], result: Repetition.safeParse(run.repetition) },
    { prefix: ['settings'], result: ScenarioSettings.safeParse(run.settings) },
  ]
  for (const { prefix, result } of checks) {
    if (result.success) continue
    const issue = result.error.issues[0]
    const field = fortioFieldOf([...prefix, ...issue.path], r)
    const value = valueAt(raw, field)
    const got = value === undefined ? '' : ` (got ${JSON.stringify(value)})`
    throw new InputError(describeIssue({ ...issue, path: field }, file) + got)
  }
}

/** The Fortio field an artifact field is read from (repetition fields, or `settings.*`), as a path into the file. */
function fortioFieldOf(path: ReadonlyArray<PropertyKey>, r: FortioResult): PropertyKey[] {
  const [first, second, third, ...rest] = path
  const histogramField: Record<string, string> = { count: 'Count', min: 'Min', max: 'Max', sum: 'Sum' }
  const bucketField: Record<string, string> = { start: 'Start', end: 'End', count: 'Count' }
  if (first === 'settings') {
    const settingsField: Record<string, string> = {
      protocol: 'RunType',
      qps: 'RequestedQPS',
      connections: 'NumThreads',
      durationSeconds: 'RequestedDuration',
      payloadBytes: 'Payload',
      url: r.URL === undefined ? 'Destination' : 'URL',
    }
    return [settingsField[String(second)] ?? String(second)]
  }
  if (first === 'latency') {
    if (second === 'avg') return ['DurationHistogram', 'Avg']
    if (second === 'stddev') return ['DurationHistogram', 'StdDev']
    if (second === 'percentiles') {
      // Fortio's own value when it printed one, else ours, interpolated from its buckets.
      const i = (r.DurationHistogram.Percentiles ?? []).findIndex((p) => String(p.Percentile) === third)
      return i >= 0 ? ['DurationHistogram', 'Percentiles', i] : ['DurationHistogram', 'Data']
    }
    if (second === 'histogram' && third === 'buckets' && typeof rest[0] === 'number')
      return ['DurationHistogram', 'Data', rest[0], ...(rest[1] ? [bucketField[String(rest[1])]] : [])]
    if (second === 'histogram') return ['DurationHistogram', histogramField[String(third)] ?? 'Data']
  }
  const repetitionField: Record<string, string> = {
    startTime: 'StartTime',
    requestedQps: 'RequestedQPS',
    actualQps: 'ActualQPS',
    actualDurationSeconds: 'ActualDuration',
    connections: 'NumThreads',
    requests: 'DurationHistogram.Count',
    errors: 'RetCodes',
  }
  if (first === 'codes') return ['RetCodes', ...(second === undefined ? [] : [second])]
  return String(repetitionField[String(first)] ?? String(first)).split('.')
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[part]
  }
  return v === null || typeof v !== 'object' ? v : undefined
}

function toRun(r: FortioResult, file: string, index: number): ImportedRun {
  const h = r.DurationHistogram
  if (h.Count === 0 || !h.Data || h.Data.length === 0) {
    throw new InputError(
      "field 'DurationHistogram.Count': 0 requests completed, the histogram is empty (did the target answer?)",
      file,
    )
  }
  const histogram: LatencyHistogram = {
    count: h.Count,
    min: h.Min,
    max: h.Max,
    sum: h.Sum,
    buckets: h.Data.map((b) => ({ start: b.Start, end: b.End, count: b.Count })),
  }
  const bucketTotal = histogram.buckets.reduce((a, b) => a + b.count, 0)
  if (bucketTotal !== h.Count) {
    throw new InputError(
      `field 'DurationHistogram.Data': bucket counts add up to ${bucketTotal}, not Count ${h.Count} (truncated file?)`,
      file,
    )
  }
  const percentiles: Record<string, number> = {}
  for (const p of h.Percentiles ?? []) percentiles[String(p.Percentile)] = p.Value
  for (const p of STANDARD_PERCENTILES) percentiles[String(p)] ??= percentile(histogram, p)

  const requestedQps = parseRequestedQps(r.RequestedQPS, file)
  const protocol = protocolOf(r)
  const codes: Record<string, number> = { ...(r.RetCodes ?? {}) }
  const ok = Object.entries(codes)
    .filter(([code]) => isSuccess(code, protocol))
    .reduce((a, [, n]) => a + n, 0)
  const requests = h.Count
  const actualQps = r.ActualQPS
  const saturated =
    requestedQps !== 'max' && requestedQps > 0 && actualQps < requestedQps * (1 - SATURATION_SHORTFALL)
  const durationSeconds = r.RequestedDuration ? parseGoDuration(r.RequestedDuration) : null

  return {
    label: r.Labels.trim(),
    fortioVersion: r.Version ?? null,
    fortioFlags: modeFlagsOf(r),
    settings: {
      protocol,
      qps: requestedQps,
      connections: r.NumThreads,
      durationSeconds,
      payloadBytes: r.Payload ? Buffer.from(r.Payload, 'base64').length : null,
      url: r.URL ?? r.Destination ?? null,
    },
    repetition: {
      index,
      startTime: r.StartTime ?? null,
      requestedQps,
      actualQps,
      actualDurationSeconds: r.ActualDuration / 1e9,
      connections: r.NumThreads,
      requests,
      codes,
      // Requests without a response code (an interrupted run) are errors too.
      errors: Math.max(requests - ok, 0),
      latency: { avg: h.Avg, stddev: h.StdDev, percentiles, histogram },
      saturated,
      source: file,
    },
  }
}

function parseRequestedQps(value: string | number, file: string): number | 'max' {
  if (value === 'max' || value === -1 || value === '-1') return 'max'
  const n = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(n) || n < 0) {
    throw new InputError(
      `field 'RequestedQPS': expected a number or "max", got ${JSON.stringify(value)}`,
      file,
    )
  }
  return n === 0 ? 'max' : n
}

function protocolOf(r: FortioResult): ScenarioSettings['protocol'] {
  if (r.RunType !== undefined) {
    if (/^grpc/i.test(r.RunType)) return 'grpc'
    return r.H2 ? 'h2' : 'http'
  }
  // Before RunType, an HTTP result has a URL and a gRPC one has none (Fortio's report tells them apart the same
  // way: fortio_chart.js makeTitle, "if (res.URL) http results else grpc").
  if (r.URL === undefined) return 'grpc'
  return r.H2 ? 'h2' : 'http'
}

/** HTTP: any 2xx. gRPC: SERVING/OK, or the health enum value 1 (SERVING) written by old versions. */
export function isSuccess(code: string, protocol: ScenarioSettings['protocol']): boolean {
  if (protocol === 'grpc') return code === 'SERVING' || code === 'OK' || code === '1'
  const n = Number(code)
  return n >= 200 && n < 300
}

/** Go's time.Duration string ("1m30s", "250ms", "3s") in seconds; null for "exactly N calls" and the like. */
export function parseGoDuration(text: string): number | null {
  const m = /^(?:\d+(?:\.\d+)?(?:h|m|s|ms|us|µs|ns))+$/.exec(text.trim())
  if (!m) return null
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, ns: 1e-9 }
  let total = 0
  for (const part of text.trim().matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g))
    total += Number(part[1]) * unit[part[2]]
  return total
}

/** The load-shaping flags that scenario settings do not already record (QPS, connections, duration do). */
function modeFlagsOf(r: FortioResult): string[] {
  const flags: string[] = []
  if (r.Uniform) flags.push('-uniform')
  if (r.NoCatchUp) flags.push('-nocatchup')
  if (r.Jitter) flags.push('-jitter')
  if (r.H2) flags.push('-h2')
  if (r.Resolution !== undefined) flags.push(`-r=${r.Resolution}`)
  return flags
}

/**
 * Metric names, their units and direction, and the threshold syntax: `+10%` (relative), `+0.1pt` (absolute, in
 * the metric's own unit of percent, for the error rate), `-5%` (a drop, for throughput), `off` (not gated); and the
 * caps on a data plane new on the head, in Kubernetes quantities (`proxy-cpu-new: 100m`, `proxy-memory-new: 128Mi`).
 */

export const METRICS = [
  'latency-p50',
  'latency-p90',
  'latency-p99',
  'latency-p999',
  'error-rate',
  'qps',
  'proxy-cpu',
  'proxy-memory',
] as const
export type MetricName = (typeof METRICS)[number]

export interface MetricInfo {
  unit: 'ms' | '%' | 'qps' | 'millicores' | 'MiB'
  /** `up`: an increase is worse (latency, cost); `down`: a decrease is worse (throughput). */
  worse: 'up' | 'down'
  /** `relative` changes are ratios (log scale); `absolute` ones differences (error rate in points). */
  scale: 'relative' | 'absolute'
}

export const METRIC_INFO: Record<MetricName, MetricInfo> = {
  'latency-p50': { unit: 'ms', worse: 'up', scale: 'relative' },
  'latency-p90': { unit: 'ms', worse: 'up', scale: 'relative' },
  'latency-p99': { unit: 'ms', worse: 'up', scale: 'relative' },
  'latency-p999': { unit: 'ms', worse: 'up', scale: 'relative' },
  'error-rate': { unit: '%', worse: 'up', scale: 'absolute' },
  qps: { unit: 'qps', worse: 'down', scale: 'relative' },
  'proxy-cpu': { unit: 'millicores', worse: 'up', scale: 'relative' },
  'proxy-memory': { unit: 'MiB', worse: 'up', scale: 'relative' },
}

/** The data plane's cost per meshed pod: the metrics that a data plane new on the head has no baseline for. */
export type OverheadMetric = 'proxy-cpu' | 'proxy-memory'

/**
 * The `thresholds` keys of the caps on a data plane that is new on the head (the baseline measured pods but no
 * proxy or node-level data plane): there is no change to compare, so the head's absolute cost per meshed pod is
 * judged against the cap (`compare/decide.ts`, `decideNew`).
 */
export const NEW_OVERHEAD_CAP = { 'proxy-cpu': 'proxy-cpu-new', 'proxy-memory': 'proxy-memory-new' } as const
export type CapName = (typeof NEW_OVERHEAD_CAP)[OverheadMetric]
/** Every key of a `thresholds` table: the metrics, then the caps on a new data plane. */
export const THRESHOLD_NAMES = [...METRICS, ...Object.values(NEW_OVERHEAD_CAP)] as const
export type ThresholdName = MetricName | CapName

/** A cap on a new data plane's cost per meshed pod, in its metric's unit (millicores, MiB). */
export interface Cap {
  kind: 'cap'
  value: number
}

/**
 * What a new data plane may cost per meshed pod by default: what Istio's injector requests for a sidecar when
 * nothing says otherwise (its Helm values' `global.proxy.resources.requests`: cpu 100m, memory 128Mi), the budget a
 * platform team already reserves per meshed pod. Adopting a mesh that costs more is a decision to record in the
 * gate config (a higher cap), not one to pass unseen.
 */
export const DEFAULT_CAPS: Record<CapName, Cap> = {
  'proxy-cpu-new': { kind: 'cap', value: 100 },
  'proxy-memory-new': { kind: 'cap', value: 128 },
}

/** A gated metric's threshold: the smallest change in the worse direction that counts as a regression. */
export type Threshold =
  | { kind: 'relative'; value: number } // fraction: 0.10 for +10%, -0.05 for -5%
  | { kind: 'absolute'; value: number } // in the metric's unit: 0.1 for +0.1pt

/** A `thresholds` table as read: each metric's threshold and each new data plane's cap; null: `off`. */
export type Thresholds = { [M in MetricName]?: Threshold | null } & { [C in CapName]?: Cap | null }

/** Defaults from the issue: p99 +10%, CPU +15%, memory +10%, error rate +0.1 pt; the rest is shown, not gated. */
export const DEFAULT_THRESHOLDS: Partial<Record<MetricName, Threshold>> = {
  'latency-p99': { kind: 'relative', value: 0.1 },
  'proxy-cpu': { kind: 'relative', value: 0.15 },
  'proxy-memory': { kind: 'relative', value: 0.1 },
  'error-rate': { kind: 'absolute', value: 0.1 },
}

export function isMetricName(name: string): name is MetricName {
  return (METRICS as readonly string[]).includes(name)
}

export function isThresholdName(name: string): name is ThresholdName {
  return (THRESHOLD_NAMES as readonly string[]).includes(name)
}

function isCapName(name: ThresholdName): name is CapName {
  return !isMetricName(name)
}

/** One entry of a `thresholds` table: a metric's threshold or a new data plane's cap; null for `off`. */
export function parseThresholdEntry(
  name: ThresholdName,
  text: string,
): Threshold | Cap | null | { error: string } {
  return isCapName(name) ? parseCap(name, text) : parseThreshold(name, text)
}

/**
 * A cap in Kubernetes quantity notation, as resource requests are written: CPU in millicores (`100m`) or cores
 * (`0.5`), memory in `Mi` or `Gi`; `off` ungates it.
 */
export function parseCap(name: CapName, text: string): Cap | null | { error: string } {
  const value = text.trim()
  if (value === 'off' || value === 'none') return null
  const cpu = name === NEW_OVERHEAD_CAP['proxy-cpu']
  const m = cpu ? /^(\d+(?:\.\d+)?)(m?)$/.exec(value) : /^(\d+(?:\.\d+)?)(Mi|Gi)$/.exec(value)
  const size = m ? Number(m[1]) * (m[2] === '' ? 1000 : m[2] === 'Gi' ? 1024 : 1) : 0
  if (!m || size === 0) {
    return {
      error: cpu
        ? `expected CPU per meshed pod like "100m" or "0.5" (cores), or "off", got "${value}"`
        : `expected memory per meshed pod like "128Mi" or "1Gi", or "off", got "${value}"`,
    }
  }
  return { kind: 'cap', value: size }
}

/**
 * Parses one threshold for `metric`. Returns null for `off`; an error message (not thrown) for a bad value, so
 * that the caller can name where it came from (a config path or an action input).
 */
export function parseThreshold(metric: MetricName, text: string): Threshold | null | { error: string } {
  const info = METRIC_INFO[metric]
  const value = text.trim()
  if (value === 'off' || value === 'none') return null
  const sign = info.worse === 'up' ? '+' : '-'
  if (info.scale === 'absolute') {
    const m = /^\+(\d+(?:\.\d+)?)pt$/.exec(value)
    if (!m) return { error: `expected percentage points like "+0.1pt" (or "off"), got "${value}"` }
    return { kind: 'absolute', value: Number(m[1]) }
  }
  const m = new RegExp(`^\\${sign}(\\d+(?:\\.\\d+)?)%$`).exec(value)
  if (!m || Number(m[1]) === 0) {
    return { error: `expected a percentage like "${sign}10%" (or "off"), got "${value}"` }
  }
  return { kind: 'relative', value: (sign === '+' ? 1 : -1) * (Number(m[1]) / 100) }
}

export function formatThreshold(t: Threshold | null | undefined): string {
  if (!t) return 'not gated'
  if (t.kind === 'absolute') return `+${t.value}pt`
  // ASCII signs, so the text parses back as a threshold.
  return `${t.value > 0 ? '+' : '-'}${+(Math.abs(t.value) * 100).toFixed(2)}%`
}

/** A cap as Kubernetes writes quantities, so the text parses back as one. */
export function formatCap(metric: OverheadMetric, cap: Cap | null): string {
  if (!cap) return 'not gated'
  return `${+cap.value.toFixed(2)}${metric === 'proxy-cpu' ? 'm' : 'Mi'}`
}

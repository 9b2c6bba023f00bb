/**
 * Metric names, their units and direction, and the threshold syntax: `+10%` (relative), `+0.1pt` (absolute, in
 * the metric's own unit of percent, for the error rate), `-5%` (a drop, for throughput), `off` (not gated).
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

/** A gated metric's threshold: the smallest change in the worse direction that counts as a regression. */
export type Threshold =
  | { kind: 'relative'; value: number } // fraction: 0.10 for +10%, -0.05 for -5%
  | { kind: 'absolute'; value: number } // in the metric's unit: 0.1 for +0.1pt

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

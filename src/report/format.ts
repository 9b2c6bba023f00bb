/** Number and label formatting for the report. Output is plain decimals: never exponent notation. */
import type { MetricVerdict } from '../compare/verdict.js'
import type { MetricName } from '../config/thresholds.js'
import { escapeMarkdown } from './escape.js'

/** The typographic minus, as `formatThreshold` uses, so that a row reads consistently. */
export const MINUS = '\u2212'

export const VERDICT_ICON: Record<MetricVerdict, string> = {
  pass: '✅',
  regression: '❌',
  inconclusive: '⚠️',
  info: 'ℹ️',
}

export const METRIC_LABEL: Record<MetricName, string> = {
  'latency-p50': 'p50 latency',
  'latency-p90': 'p90 latency',
  'latency-p99': 'p99 latency',
  'latency-p999': 'p99.9 latency',
  'error-rate': 'error rate',
  qps: 'throughput',
  'proxy-cpu': 'proxy CPU',
  'proxy-memory': 'proxy memory',
}

/**
 * `x` to `digits` significant digits as a plain decimal (Mermaid's parser rejects `1e-7`). Values with more integer
 * digits than that keep them all: 1234.5 → "1235".
 */
export function significant(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x)
  if (x === 0) return '0'
  // Round first, so that 9.996 becomes "10.0" rather than "10.00".
  const rounded = Number(x.toPrecision(digits))
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)))
  const decimals = digits - 1 - magnitude
  return decimals > 0 ? rounded.toFixed(Math.min(decimals, 20)) : Math.round(x).toFixed(0)
}

/** Drops trailing zeros after the point: "0.120" → "0.12", "1.00" → "1". */
export function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

/** A value in its metric's unit; latencies under a millisecond switch to µs. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '—'
  switch (unit) {
    case 'ms':
      // Decide on the rounded value, so 0.9996 ms reads "1.00 ms", not "1000 µs".
      return value !== 0 && Math.abs(Number(value.toPrecision(3))) < 1
        ? `${significant(value * 1000)} µs`
        : `${significant(value)} ms`
    case '%':
      return `${trimZeros(significant(value))}%`
    case 'qps':
      return `${Math.round(value)} qps`
    case 'millicores':
      return `${significant(value)} m`
    case 'MiB':
      return `${significant(value)} MiB`
    default:
      return `${significant(value)} ${escapeMarkdown(unit)}`
  }
}

/** A signed change: relative ones are fractions shown in percent, absolute ones (error rate) in points. */
export function formatChange(change: number, kind: 'relative' | 'absolute'): string {
  if (kind === 'relative') return `${signed((Math.abs(change) * 100).toFixed(1), change < 0)}%`
  const size = Math.abs(change)
  // Error-rate thresholds are around 0.1 pt; a third decimal keeps tiny changes from reading as zero.
  return `${signed(size.toFixed(size >= 0.01 || size === 0 ? 2 : 3), change < 0)} pt`
}

export function formatInterval(interval: [number, number] | null, kind: 'relative' | 'absolute'): string {
  if (!interval) return '—'
  return `${formatChange(interval[0], kind)} … ${formatChange(interval[1], kind)}`
}

/** A sign only when the rounded text is not zero, so no "+0.0%" or "−0.0%". */
function signed(magnitude: string, negative: boolean): string {
  if (/^[0.]+$/.test(magnitude)) return magnitude
  return `${negative ? MINUS : '+'}${magnitude}`
}

/**
 * A confidence level in percent with as many decimals as it takes not to read 100%, rounded down so that it
 * never overstates: 0.995 → "99.5%", 0.99999 → "99.999%".
 */
export function formatConfidence(confidence: number): string {
  const gap = 100 - confidence * 100
  const decimals = gap > 0 ? Math.min(6, Math.max(1, Math.ceil(-Math.log10(gap)))) : 1
  const scale = 10 ** decimals
  // The epsilon absorbs binary noise: 0.995 × 100 is 99.49999999999999.
  return `${trimZeros((Math.floor(confidence * 100 * scale + 1e-6) / scale).toFixed(decimals))}%`
}

/** A plain fraction in percent: 0.01 → "1%". */
export function formatPercent(fraction: number): string {
  return `${trimZeros(significant(fraction * 100))}%`
}

/**
 * US dollars for markdown. The dollar sign is escaped because GitHub renders the text between two of them on one
 * line as math. Amounts of $100 or more drop the cents.
 */
export function formatUsd(amount: number, options: { sign?: boolean } = {}): string {
  const size = Math.abs(amount)
  const digits = size >= 100 ? size.toFixed(0) : size.toFixed(2)
  const zero = /^[0.]+$/.test(digits)
  const sign = zero ? '' : amount < 0 ? MINUS : options.sign ? '+' : ''
  return `${sign}\\$${digits}`
}

/** A unit price such as 0.0316, with up to four significant digits and no exponent. */
export function formatPrice(price: number): string {
  return `\\$${trimZeros(significant(price, 4))}`
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A Mermaid bar chart of one scenario's latency percentiles, baseline against current. */
import type { MetricComparison } from '../compare/verdict.js'
import type { MetricName } from '../config/thresholds.js'
import { significant } from './format.js'

const PERCENTILES: ReadonlyArray<[MetricName, string]> = [
  ['latency-p50', 'p50'],
  ['latency-p90', 'p90'],
  ['latency-p99', 'p99'],
  ['latency-p999', 'p99.9'],
]

/**
 * A fenced ```mermaid xychart-beta``` block, or null when no percentile was measured on both sides. Percentiles
 * missing on either side are left off the x-axis rather than drawn as zero.
 *
 * Mermaid draws several bar series on top of one another, not side by side, so the series with the taller bars
 * goes first (behind) and the title says which is in front.
 */
export function latencyChart(scenario: string, rows: readonly MetricComparison[]): string | null {
  const points: { label: string; baseline: number; current: number }[] = []
  for (const [metric, label] of PERCENTILES) {
    const row = rows.find((m) => m.metric === metric && m.unit === 'ms')
    if (!row || !isPlotted(row.baseline) || !isPlotted(row.current)) continue
    points.push({ label, baseline: row.baseline, current: row.current })
  }
  if (points.length === 0) return null

  const sum = (side: 'baseline' | 'current') => points.reduce((a, p) => a + p[side], 0)
  const [back, front] =
    sum('current') >= sum('baseline')
      ? (['current', 'baseline'] as const)
      : (['baseline', 'current'] as const)
  const top = Math.max(...points.map((p) => Math.max(p.baseline, p.current)))
  const series = (side: 'baseline' | 'current') =>
    `  bar "${side}" [${points.map((p) => significant(p[side])).join(', ')}]`
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${chartText(scenario)}: ${front} in front of ${back}"`,
    `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
    // An explicit range from zero: Mermaid's automatic one starts at the smallest value and would hide that bar.
    `  y-axis "latency (ms)" 0 --> ${top > 0 ? significant(top * 1.1, 2) : '1'}`,
    series(back),
    series(front),
    '```',
  ].join('\n')
}

function isPlotted(x: number | null): x is number {
  return x !== null && Number.isFinite(x) && x >= 0
}

/**
 * Inside a code fence markdown escaping does not apply, and a quote or backtick could end the string or the fence:
 * only plain characters survive.
 */
export function chartText(text: string): string {
  const plain = text.replace(/[^A-Za-z0-9 ._-]+/g, '_').trim()
  return plain.length > 60 ? `${plain.slice(0, 59)}…` : plain
}

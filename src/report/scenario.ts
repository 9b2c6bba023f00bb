/** One scenario's section: the metric table, the cost line, the latency chart and the ungated metrics. */
import type { MetricComparison, MetricVerdict } from '../compare/verdict.js'
import type { CostSettings } from '../config/gate-config.js'
import { latencyChart } from './chart.js'
import { renderCostLine, scenarioOverheadCost } from './cost.js'
import { untrusted } from './escape.js'
import { METRIC_LABEL, VERDICT_ICON, formatChange, formatInterval, formatValue, plural } from './format.js'

/** How much of a section to render: `full`, without the chart, or the gated table and cost line only. */
export type Detail = 'full' | 'no-chart' | 'gated-only'

export interface ScenarioGroup {
  name: string
  rows: MetricComparison[]
  /** The worst gated verdict; `info` when nothing in the scenario is gated. */
  verdict: MetricVerdict
}

const RANK: Record<MetricVerdict, number> = { regression: 0, inconclusive: 1, pass: 2, info: 3 }

/**
 * Groups the rows by scenario, worst scenario first (stable otherwise), so that what gets dropped to fit the
 * length limit is what matters least.
 */
export function groupByScenario(metrics: readonly MetricComparison[]): ScenarioGroup[] {
  const byName = new Map<string, MetricComparison[]>()
  for (const m of metrics) {
    const rows = byName.get(m.scenario)
    if (rows) rows.push(m)
    else byName.set(m.scenario, [m])
  }
  const groups = [...byName].map(([name, rows]) => {
    const verdict = rows.reduce<MetricVerdict>(
      (worst, m) => (RANK[m.verdict] < RANK[worst] ? m.verdict : worst),
      'info',
    )
    return { name, rows, verdict }
  })
  return groups.sort((a, b) => RANK[a.verdict] - RANK[b.verdict])
}

export function renderScenario(group: ScenarioGroup, detail: Detail, cost: CostSettings): string {
  const gated = group.rows.filter((m) => m.verdict !== 'info')
  const info = group.rows.filter((m) => m.verdict === 'info')
  const name = `<code>${untrusted(group.name, 100)}</code>`
  const body: string[] = [gated.length > 0 ? metricTable(gated) : '_No gated metrics in this scenario._']
  const overhead = scenarioOverheadCost(group.rows, cost)
  if (overhead) body.push(renderCostLine(overhead, cost))
  const perThousand = perThousandRps(group.rows)
  if (perThousand) body.push(perThousand)
  if (detail === 'full') {
    const chart = latencyChart(group.name, group.rows)
    if (chart) body.push(chart)
  }
  if (detail !== 'gated-only' && info.length > 0) {
    body.push(details(`Other metrics (${info.length})`, metricTable(info)))
  }
  // A passing scenario is folded away: the reader only needs to open it to check.
  if (group.verdict === 'pass' || group.verdict === 'info') {
    const summary =
      group.verdict === 'pass'
        ? `${VERDICT_ICON.pass} ${name}: ${plural(gated.length, 'gated metric')} within thresholds`
        : `${VERDICT_ICON.info} ${name}: not gated`
    return details(summary, body.join('\n\n'))
  }
  return [`#### ${VERDICT_ICON[group.verdict]} ${name}`, ...body].join('\n\n')
}

/** The blank lines matter: without them GitHub does not render markdown inside the HTML block. */
function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

const HEADER =
  '| Metric | Baseline | Current | Change | Interval | Threshold | Verdict |\n|---|---:|---:|---:|---|---|---|'

function metricTable(rows: readonly MetricComparison[]): string {
  return [HEADER, ...rows.map(row)].join('\n')
}

function row(m: MetricComparison): string {
  const why = m.reason && m.reason !== 'not gated' ? `: ${untrusted(m.reason, 200)}` : ''
  // A data plane new on the head has no change: its own value and interval, against a cap.
  const cells =
    m.basis === 'new'
      ? [
          METRIC_LABEL[m.metric] ?? untrusted(m.metric, 40),
          'none',
          formatValue(m.current, m.unit),
          '🆕 new',
          m.interval ? `${formatValue(m.interval[0], m.unit)} … ${formatValue(m.interval[1], m.unit)}` : '—',
          m.threshold === 'not gated' ? 'not gated' : `at most ${untrusted(m.threshold, 40)}`,
          `${VERDICT_ICON[m.verdict]} ${m.verdict}${why}`,
        ]
      : [
          METRIC_LABEL[m.metric] ?? untrusted(m.metric, 40),
          formatValue(m.baseline, m.unit),
          formatValue(m.current, m.unit),
          m.change === null ? '—' : formatChange(m.change, m.changeKind),
          formatInterval(m.interval, m.changeKind),
          untrusted(m.threshold, 40),
          `${VERDICT_ICON[m.verdict]} ${m.verdict}${why}`,
        ]
  return `| ${cells.join(' | ')} |`
}

/**
 * Data-plane cost per 1,000 requests per second, so scenarios at different rates (and published figures) can be
 * compared: proxy CPU (millicores) and memory (MiB) per meshed pod divided by the achieved rate in thousands.
 */
export function perThousandRps(rows: readonly MetricComparison[]): string | null {
  const qps = rows.find((m) => m.metric === 'qps')
  if (!qps || !qps.baseline || !qps.current) return null
  const parts: string[] = []
  for (const [metric, unit] of [
    ['proxy-cpu', 'millicores'],
    ['proxy-memory', 'MiB'],
  ] as const) {
    const m = rows.find((r) => r.metric === metric)
    if (m?.baseline == null || m.current == null) continue
    const base = m.baseline / (qps.baseline / 1000)
    const cur = m.current / (qps.current / 1000)
    parts.push(`${METRIC_LABEL[metric]} ${formatValue(base, unit)} → ${formatValue(cur, unit)}`)
  }
  return parts.length ? `Per 1k RPS and meshed pod: ${parts.join('; ')}.` : null
}

/** The top of the report: the verdict in one sentence, the statistics behind it, and what the reader must weigh. */
import type { Comparison, MetricComparison, ScenarioLook } from '../compare/verdict.js'
import { METRIC_INFO } from '../config/thresholds.js'
import { untrusted } from './escape.js'
import {
  METRIC_LABEL,
  VERDICT_ICON,
  formatChange,
  formatConfidence,
  formatInterval,
  formatPercent,
  formatValue,
  plural,
} from './format.js'

/** Lists are cut here: with thousands of scenarios, notes alone could fill the comment. */
const MAX_LIST_ITEMS = 20
/** How many undecided metrics the inconclusive headline names before "and N more". */
const MAX_NAMED = 3

export function headline(comparison: Comparison): string {
  const gated = comparison.metrics.filter((m) => m.verdict !== 'info')
  const icon = VERDICT_ICON[comparison.verdict]
  switch (comparison.verdict) {
    case 'regression': {
      const regressions = gated
        .filter((m) => m.verdict === 'regression')
        .sort((a, b) => severity(b) - severity(a))
      const worst = regressions[0]
      if (!worst) return `${icon} **Regression.**`
      const more = regressions.length - 1
      const tail = more > 0 ? ` ${plural(more, 'more gated metric')} regressed as well.` : ''
      return `${icon} **Regression.** ${describeRegression(worst)}${tail}`
    }
    case 'inconclusive': {
      const undecided = gated.filter((m) => m.verdict === 'inconclusive')
      // A change no measured path crossed holds a pass back (compare/verdict.ts): the headline names it.
      const missed = comparison.coverage.filter((r) => r.status === 'not-measured')
      const unmeasured = missed.length
        ? ` Not measured: ${missed
            .slice(0, MAX_NAMED)
            .map((r) => untrusted(`${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`, 100))
            .join(
              '; ',
            )}${missed.length > MAX_NAMED ? ` and ${missed.length - MAX_NAMED} more` : ''} (no measured path crosses ${missed.length === 1 ? 'it' : 'them'}).`
        : ''
      if (undecided.length === 0)
        return `${icon} **Inconclusive.**${gated.length > 0 && unmeasured ? unmeasured : ` No gated metric could be compared.${unmeasured}`}`
      const named = undecided.slice(0, MAX_NAMED).map((m) => {
        const why = m.reason ? ` (${untrusted(m.reason, 200)})` : ''
        return `${METRIC_LABEL[m.metric]} of <code>${untrusted(m.scenario, 100)}</code>${why}`
      })
      if (undecided.length > MAX_NAMED) named.push(`and ${undecided.length - MAX_NAMED} more`)
      const verb = undecided.length === 1 ? 'metric could' : 'metrics could'
      return `${icon} **Inconclusive.** ${undecided.length} gated ${verb} not be decided: ${named.join('; ')}.${unmeasured}`
    }
    case 'pass': {
      const scenarios = new Set(gated.map((m) => m.scenario)).size
      return (
        `${icon} **Pass.** All ${plural(gated.length, 'gated metric')} in ${plural(scenarios, 'scenario')} ` +
        `are within their thresholds.`
      )
    }
  }
}

function describeRegression(m: MetricComparison): string {
  if (m.basis === 'new') {
    return (
      `${METRIC_LABEL[m.metric]} of scenario <code>${untrusted(m.scenario, 100)}</code>: a new data plane ` +
      `(the baseline has none) costs ${formatValue(m.current, m.unit)} per meshed pod (interval ` +
      `${m.interval ? `${formatValue(m.interval[0], m.unit)} … ${formatValue(m.interval[1], m.unit)}` : '—'}; ` +
      `cap ${untrusted(m.threshold, 40)}).`
    )
  }
  const verb = METRIC_INFO[m.metric].worse === 'up' ? 'rose' : 'fell'
  const size =
    m.change === null ? '' : ` ${formatChange(Math.abs(m.change), m.changeKind).replace(/^\+/, '')}`
  return (
    `${METRIC_LABEL[m.metric]} of scenario <code>${untrusted(m.scenario, 100)}</code> ${verb}${size} ` +
    `(interval ${formatInterval(m.interval, m.changeKind)}; threshold ${untrusted(m.threshold, 40)}).`
  )
}

/**
 * How far past its threshold a regression is, so that the worst one leads: the change in the worse direction over
 * the threshold's size. The threshold is only available as text here, hence the parse.
 */
function severity(m: MetricComparison): number {
  if (m.basis === 'new') {
    const cap = Number(/^\d+(?:\.\d+)?/.exec(m.threshold)?.[0] ?? 0)
    return cap > 0 && m.current !== null ? m.current / cap - 1 : 0
  }
  const worse = METRIC_INFO[m.metric].worse === 'up' ? 1 : -1
  const match = /(\d+(?:\.\d+)?)\s*(%|pt)/.exec(m.threshold)
  const size = match ? Number(match[1]) / (match[2] === '%' ? 100 : 1) : 0
  return (worse * (m.change ?? 0)) / (size > 0 ? size : 1)
}

/**
 * The false-alarm rate is shared by the gated metrics that were tested (`gatedTests`): one that could not be compared
 * (too few observations, a saturated run) or that is the same constant on both sides takes none of it, so the
 * sentence counts the tested ones and says how many of the gated metrics they are.
 */
export function statisticsLine(comparison: Comparison): string {
  const gated = comparison.metrics.filter((m) => m.verdict !== 'info').length
  const tested = comparison.gatedTests
  const falsePass =
    `a metric whose change is as large as its threshold passes with probability at most ` +
    `${formatPercent(comparison.falsePassRate)}.`
  const lines = [
    tested === 0
      ? `${gated > 0 ? `None of the ${plural(gated, 'gated metric')} was` : 'No gated metric was'} tested ` +
        `statistically, so none of the false-alarm rate (${formatPercent(comparison.falseAlarmRate)}) was spent; ${falsePass}`
      : `${formatConfidence(comparison.confidence)} simultaneous intervals, false-alarm rate ` +
        `${formatPercent(comparison.falseAlarmRate)} over ` +
        `${tested === gated ? plural(tested, 'gated metric') : `the ${tested} of ${plural(gated, 'gated metric')} that were tested`}; ` +
        falsePass,
  ]
  for (const s of comparison.scenarios) lines.push(scenarioLookLine(comparison, s))
  return lines.join('\n')
}

/**
 * Per scenario: how it was analysed, how many repetitions it took and why it stopped, and what the verdict is
 * worth: the p99 change this run would have caught 90% of the time.
 */
function scenarioLookLine(comparison: Comparison, s: ScenarioLook): string {
  const name = `<code>${untrusted(s.scenario, 100)}</code>`
  const design =
    s.design === 'paired'
      ? 'paired by time (same-run A/B)'
      : `independent samples${s.designReason ? ` (${untrusted(s.designReason, 200)})` : ''}`
  const reps =
    s.look.maxRepetitions === null
      ? `${plural(s.look.repetitions, 'repetition')} per side`
      : `${s.look.repetitions} of at most ${s.look.maxRepetitions} repetitions per side (look ${s.look.index} of ${s.look.looks})`
  const p99 = comparison.metrics.find((m) => m.scenario === s.scenario && m.metric === 'latency-p99')
  const mde =
    p99?.mde !== null && p99?.mde !== undefined
      ? `; smallest p99 change it would have caught 90% of the time: ${formatChange(p99.mde, p99.changeKind)}`
      : ''
  const stop =
    s.next === null ? '' : `; ${s.next === 'continue' ? 'continues' : 'stopped'}: ${untrusted(s.why, 300)}`
  return `- ${name}: ${design}, ${reps}${stop}${mde}.`
}

/**
 * The mesh the current side ran on, as installed: its profile says what ran (for Cilium the encryption its agents
 * run, and the requested one when it differs), never only what was asked for.
 */
export function meshLine(comparison: Comparison): string | null {
  const mesh = comparison.mesh
  if (!mesh) return null
  const version = mesh.version ? ` ${mesh.version}` : ''
  const profile = mesh.profile ? `: ${mesh.profile}` : ''
  return `Mesh: ${untrusted(`${mesh.name}${version}${profile}`, 300)}.`
}

/** The mesh as installed, fingerprint differences and notes, as a line, GitHub alert blocks and a list. */
export function contextBlocks(comparison: Comparison): string[] {
  const mesh = meshLine(comparison)
  const blocks: string[] = mesh ? [mesh] : []
  const { refused, flagged } = comparison.fingerprint
  if (refused.length > 0) {
    blocks.push(
      alert(
        'CAUTION',
        '**Not comparable.** The runs differ in what was measured, so the verdict above does not hold:',
        refused,
      ),
    )
  }
  if (flagged.length > 0) {
    blocks.push(
      alert('WARNING', 'Measured in different environments; weigh small changes accordingly:', flagged),
    )
  }
  if (comparison.notes.length > 0) blocks.push(`**Notes**\n\n${list(comparison.notes).join('\n')}`)
  return blocks
}

function alert(kind: 'CAUTION' | 'WARNING', lead: string, items: readonly string[]): string {
  return [`> [!${kind}]`, `> ${lead}`, ...list(items).map((line) => `> ${line}`)].join('\n')
}

function list(items: readonly string[]): string[] {
  const shown = items.slice(0, MAX_LIST_ITEMS).map((item) => `- ${untrusted(item, 500)}`)
  if (items.length > MAX_LIST_ITEMS) shown.push(`- … and ${items.length - MAX_LIST_ITEMS} more`)
  return shown
}

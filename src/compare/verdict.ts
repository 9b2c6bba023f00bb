/**
 * The three-way verdict. For every metric of every scenario present on both sides:
 *
 * 1. each repetition is one observation; relative metrics are compared on the log scale, so the interval is one
 *    of the ratio of geometric means (a +12% change is a ratio of 1.12), the error rate on its own scale (points);
 * 2. a Welch t interval of the change, at a level that holds for all gated metrics of the run together
 *    (Bonferroni: each side of each interval errs with probability false-alarm-rate / number of gated tests);
 * 3. regression when the interval lies wholly on the worse side of zero AND the estimate passes the threshold
 *    (a real change that is also big enough); pass when the interval lies wholly on the better side of the
 *    threshold (any change is smaller than the threshold); inconclusive otherwise (the data cannot tell).
 *
 * Ungated metrics get the same interval and the verdict `info`. Pure: no I/O.
 */
import type { GateConfig } from '../config/gate-config.js'
import {
  METRICS,
  METRIC_INFO,
  type MetricName,
  type Threshold,
  formatThreshold,
} from '../config/thresholds.js'
import type { Results, ScenarioResults } from '../results/schema.js'
import { checkFingerprints, type FingerprintCheck } from './fingerprint.js'
import { observations } from './observations.js'
import { geometricMean, mean, welchInterval } from './stats.js'

export type MetricVerdict = 'pass' | 'regression' | 'inconclusive' | 'info'
export type Verdict = 'pass' | 'regression' | 'inconclusive'

export interface MetricComparison {
  scenario: string
  metric: MetricName
  unit: string
  /** Geometric mean of the baseline's repetitions (arithmetic for the error rate); null when missing. */
  baseline: number | null
  current: number | null
  /** Relative change as a fraction (0.12 = +12%), or for `absolute` metrics the difference in their unit. */
  change: number | null
  changeKind: 'relative' | 'absolute'
  interval: [number, number] | null
  verdict: MetricVerdict
  threshold: string
  /** Why the verdict is inconclusive or info, in words; null for plain pass/regression. */
  reason: string | null
  repetitions: { baseline: number; current: number }
}

export interface Comparison {
  verdict: Verdict
  metrics: MetricComparison[]
  /** Two-sided confidence of each interval shown; 1 − 2α/k. */
  confidence: number
  falseAlarmRate: number
  gatedTests: number
  fingerprint: FingerprintCheck
  /** Things the reader must know: saturated runs, scenarios on one side only. */
  notes: string[]
}

interface Candidate {
  scenario: string
  metric: MetricName
  threshold: Threshold | null
  base: number[]
  cur: number[]
  blocked: string | null
}

export function compareResults(baseline: Results, current: Results, config: GateConfig): Comparison {
  const fingerprint = checkFingerprints(baseline, current)
  const notes: string[] = []
  const candidates: Candidate[] = []
  const baseByName = new Map(baseline.scenarios.map((s) => [s.name, s]))
  const currentNames = new Set(current.scenarios.map((s) => s.name))
  for (const s of baseline.scenarios) {
    if (!currentNames.has(s.name)) notes.push(`Scenario '${s.name}' is in the baseline only: not compared.`)
  }
  for (const cur of current.scenarios) {
    const base = baseByName.get(cur.name)
    if (!base) {
      notes.push(`Scenario '${cur.name}' has no baseline: not compared.`)
      continue
    }
    const saturated = saturation(base, cur)
    if (saturated) notes.push(saturated)
    for (const metric of METRICS) {
      const threshold = thresholdFor(config, cur.name, metric)
      const b = observations(base, metric)
      const c = observations(cur, metric)
      if (b.length === 0 && c.length === 0) continue // metric not measured at all (e.g. no resource samples)
      let blocked: string | null = null
      if (b.length < 2 || c.length < 2) {
        blocked = `needs at least 2 observations per side (baseline ${b.length}, current ${c.length})`
      } else if (saturated && metric.startsWith('latency-')) {
        blocked = 'saturated run: latencies suffer coordinated omission'
      }
      candidates.push({ scenario: cur.name, metric, threshold, base: b, cur: c, blocked })
    }
  }

  // A metric whose observations are one and the same value on both sides (an error rate of 0 against 0) is
  // decided exactly and can never raise a false alarm, so it takes no share of the false-alarm budget.
  const gatedTests = candidates.filter((c) => c.threshold && !c.blocked && !constantAndEqual(c)).length
  const alpha = config.falseAlarmRate
  // Each one-sided error of each gated test gets α/k, so all k together raise a false alarm with probability ≤ α.
  const confidence = 1 - (2 * alpha) / Math.max(gatedTests, 1)
  const metrics = candidates.map((c) => decide(c, confidence))

  const gated = metrics.filter((m) => m.verdict !== 'info')
  // A scenario on one side only (removed or renamed) was not checked: that cannot make the run a pass.
  const unmatched =
    baseline.scenarios.some((s) => !currentNames.has(s.name)) ||
    current.scenarios.some((s) => !baseByName.has(s.name))
  let verdict: Verdict = 'pass'
  if (gated.some((m) => m.verdict === 'regression')) verdict = 'regression'
  else if (unmatched || gated.length === 0 || gated.some((m) => m.verdict === 'inconclusive'))
    verdict = 'inconclusive'
  if (gated.length === 0)
    notes.push('No gated metric could be compared: the verdict is inconclusive, not a pass.')
  return { verdict, metrics, confidence, falseAlarmRate: alpha, gatedTests, fingerprint, notes }
}

function decide(c: Candidate, confidence: number): MetricComparison {
  const info = METRIC_INFO[c.metric]
  const logScale = info.scale === 'relative' && [...c.base, ...c.cur].every((x) => x > 0)
  const summarize = (xs: number[]) => (xs.length === 0 ? null : logScale ? geometricMean(xs) : mean(xs))
  const out: MetricComparison = {
    scenario: c.scenario,
    metric: c.metric,
    unit: info.unit,
    baseline: summarize(c.base),
    current: summarize(c.cur),
    change: null,
    changeKind: info.scale,
    interval: null,
    verdict: c.threshold ? 'inconclusive' : 'info',
    threshold: formatThreshold(c.threshold),
    reason: c.blocked ?? (c.threshold ? null : 'not gated'),
    repetitions: { baseline: c.base.length, current: c.cur.length },
  }
  if (c.base.length < 2 || c.cur.length < 2) return out

  let estimate: number, lo: number, hi: number
  if (logScale) {
    const iv = welchInterval(c.base.map(Math.log), c.cur.map(Math.log), confidence)
    ;[estimate, lo, hi] = [Math.expm1(iv.estimate), Math.expm1(iv.lo), Math.expm1(iv.hi)]
  } else {
    const iv = welchInterval(c.base, c.cur, confidence)
    // A relative metric with zeros (an idle proxy) falls back to the difference over the baseline mean.
    const scale = info.scale === 'relative' ? mean(c.base) : 1
    if (scale === 0) {
      out.reason ??= 'baseline is zero: no relative change'
      out.verdict = c.threshold ? 'inconclusive' : 'info'
      return out
    }
    ;[estimate, lo, hi] = [iv.estimate / scale, iv.lo / scale, iv.hi / scale]
  }
  out.change = estimate
  out.interval = [lo, hi]
  if (!c.threshold || c.blocked) return out

  // Mirror `down` metrics (throughput) so that "worse" is always "greater".
  const sign = info.worse === 'up' ? 1 : -1
  const [wEstimate, wLo, wHi, wThreshold] = [
    sign * estimate,
    Math.min(sign * lo, sign * hi),
    Math.max(sign * lo, sign * hi),
    sign * c.threshold.value,
  ]
  if (wLo > 0 && wEstimate >= wThreshold) out.verdict = 'regression'
  else if (wHi < wThreshold) out.verdict = 'pass'
  else {
    out.verdict = 'inconclusive'
    out.reason =
      wLo > 0
        ? 'a real change, but the data cannot tell whether it passes the threshold'
        : 'the interval is too wide to tell: more repetitions or less noise needed'
  }
  return out
}

function constantAndEqual(c: Candidate): boolean {
  const first = c.base[0]
  return [...c.base, ...c.cur].every((x) => x === first)
}

function thresholdFor(config: GateConfig, scenario: string, metric: MetricName): Threshold | null {
  const perScenario = config.scenarioThresholds[scenario]
  if (perScenario && metric in perScenario) return perScenario[metric] ?? null
  return config.thresholds[metric] ?? null
}

function saturation(base: ScenarioResults, cur: ScenarioResults): string | null {
  const sides = [
    ['baseline', base],
    ['current', cur],
  ] as const
  const parts = sides
    .map(([side, s]) => {
      const n = s.repetitions.filter((r) => r.saturated).length
      return n > 0 ? `${n} of ${s.repetitions.length} ${side} repetitions` : null
    })
    .filter((x) => x !== null)
  if (parts.length === 0) return null
  return `Scenario '${cur.name}' is saturated (${parts.join(', ')} reached less than 95% of the requested QPS): its latencies are not compared.`
}

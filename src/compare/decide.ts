/**
 * One metric of one scenario: its interval, its verdict at this look, and the smallest change it could have
 * caught. Pure: no I/O.
 */
import {
  METRIC_INFO,
  type Cap,
  type MetricName,
  type OverheadMetric,
  type Threshold,
  formatCap,
  formatThreshold,
} from '../config/thresholds.js'
import type { Design } from './design.js'
import {
  geometricMean,
  groupSeriesInterval,
  mean,
  pairedInterval,
  tQuantile,
  welchInterval,
  type Interval,
} from './stats.js'

export type MetricVerdict = 'pass' | 'regression' | 'inconclusive' | 'info'

/**
 * Whose standard error the pass bound uses. pairs: the paired interval's; groups: the groups' in time order with
 * their lag-1 autocovariance (`groupSeriesInterval`), used when it is the larger (drift that neighbouring pairs
 * share); independent: Welch's, as the interval; one-sample: a new data plane's own observations.
 */
export type PassBasis = 'pairs' | 'groups' | 'independent' | 'one-sample'

/** The power the minimum detectable effect is stated at: the change caught in 90% of runs. */
export const MDE_POWER = 0.9

export interface MetricComparison {
  scenario: string
  metric: MetricName
  unit: string
  /** Geometric mean of the baseline's repetitions (arithmetic for the error rate); null when missing. */
  baseline: number | null
  current: number | null
  /**
   * change: the current side against the baseline. new: a data plane the baseline does not have (it measured pods,
   * none with a proxy or node-level data plane); the current side alone is judged against the metric's cap, and
   * `interval` and `passBound` are of its value, in `unit` (`baseline` and `change` are null).
   */
  basis: 'change' | 'new'
  /** Relative change as a fraction (0.12 = +12%), or for `absolute` metrics the difference in their unit. */
  change: number | null
  changeKind: 'relative' | 'absolute'
  interval: [number, number] | null
  /** Two-sided confidence of this interval. */
  confidence: number
  /**
   * The one-sided bound on the worse side that a pass must keep below the threshold (same kind as `change`), at
   * confidence 1 − (this look's share of the false-pass rate); null when there is no interval.
   */
  passBound: number | null
  /** One-sided confidence of `passBound`. */
  passConfidence: number
  /** Whose standard error `passBound` uses, and its degrees of freedom (null when there is no bound or no spread). */
  passBasis: PassBasis
  passDegreesOfFreedom: number | null
  verdict: MetricVerdict
  threshold: string
  /** Why the verdict is inconclusive or info, in words; null for plain pass/regression. */
  reason: string | null
  repetitions: { baseline: number; current: number }
  /** paired: the interval is of differences between repetitions measured side by side in time. */
  design: Design
  /**
   * The smallest change in the worse direction (same kind as `change`) that this look would have called a
   * regression in 90% of runs, from this run's own noise: what a pass or an inconclusive is worth. Null when
   * there is no interval.
   */
  mde: number | null
}

export interface Candidate {
  scenario: string
  metric: MetricName
  threshold: Threshold | null
  base: number[]
  cur: number[]
  /**
   * The pairs of values measured side by side, in groups in time order (the pairs around one switch, or the one
   * pair of a time window when both sides ran at once); null for independent samples.
   */
  pairs: Array<Array<{ base: number; cur: number }>> | null
  blocked: string | null
}

/**
 * `confidence`: two-sided, of the interval that must exclude zero for a regression (its share of the false-alarm
 * rate); `passConfidence`: one-sided, of the bound that must stay below the threshold for a pass (its share of the
 * false-pass rate). A metric cannot be both: a regression needs the estimate past the threshold, a pass its bound
 * below it.
 */
/** A data plane new on the head: its observations, the cap they are judged against, and the baseline's count. */
export interface NewCandidate {
  scenario: string
  metric: OverheadMetric
  cap: Cap | null
  cur: number[]
  /** The baseline's resource samples: measured, with no data plane in them. */
  baseSamples: number
}

/**
 * A new data plane's cost per meshed pod against its cap: a one-sample t interval of the head's observations at
 * the look's `confidence`. Regression when the interval lies wholly above the cap (at a true cost at or below the
 * cap that happens with probability at most (1 − confidence)/2, this metric's share of the false-alarm rate); pass
 * when the one-sided bound at `passConfidence` lies below it (at a true cost on the cap, probability at most the
 * false-pass share); inconclusive otherwise. A change has no meaning without a baseline, so none is computed.
 */
export function decideNew(c: NewCandidate, confidence: number, passConfidence: number): MetricComparison {
  const info = METRIC_INFO[c.metric]
  const out: MetricComparison = {
    scenario: c.scenario,
    metric: c.metric,
    unit: info.unit,
    basis: 'new',
    baseline: null,
    current: c.cur.length === 0 ? null : mean(c.cur),
    change: null,
    changeKind: 'absolute',
    interval: null,
    confidence,
    passBound: null,
    passConfidence,
    passBasis: 'one-sample',
    passDegreesOfFreedom: null,
    verdict: c.cap ? 'inconclusive' : 'info',
    threshold: formatCap(c.metric, c.cap),
    reason: c.cap ? null : 'not gated',
    repetitions: { baseline: c.baseSamples, current: c.cur.length },
    design: 'independent',
    mde: null,
  }
  if (c.cur.length < 2) {
    out.reason = `new data plane: needs at least 2 observations of it (current ${c.cur.length})`
    return out
  }
  // A one-sample t interval: pairedInterval of the values themselves.
  const iv = pairedInterval(c.cur, confidence)
  out.interval = [iv.lo, iv.hi]
  out.passBound = iv.se === 0 ? iv.estimate : iv.estimate + tQuantile(passConfidence, iv.df) * iv.se
  out.passDegreesOfFreedom = Number.isFinite(iv.df) ? iv.df : null
  if (!c.cap) return out
  if (iv.lo > c.cap.value) out.verdict = 'regression'
  else if (out.passBound < c.cap.value) out.verdict = 'pass'
  else
    out.reason = 'new data plane: its cost is too close to the cap to tell: more samples or less noise needed'
  return out
}

export function decide(c: Candidate, confidence: number, passConfidence: number): MetricComparison {
  const info = METRIC_INFO[c.metric]
  const logScale = info.scale === 'relative' && [...c.base, ...c.cur].every((x) => x > 0)
  const summarize = (xs: number[]) => (xs.length === 0 ? null : logScale ? geometricMean(xs) : mean(xs))
  const out: MetricComparison = {
    scenario: c.scenario,
    metric: c.metric,
    unit: info.unit,
    basis: 'change',
    baseline: summarize(c.base),
    current: summarize(c.cur),
    change: null,
    changeKind: info.scale,
    interval: null,
    confidence,
    passBound: null,
    passConfidence,
    passBasis: c.pairs ? 'pairs' : 'independent',
    passDegreesOfFreedom: null,
    verdict: c.threshold ? 'inconclusive' : 'info',
    threshold: formatThreshold(c.threshold),
    reason: c.blocked ?? (c.threshold ? null : 'not gated'),
    repetitions: { baseline: c.base.length, current: c.cur.length },
    design: c.pairs ? 'paired' : 'independent',
    mde: null,
  }
  if (c.base.length < 2 || c.cur.length < 2) return out

  // The interval (and a regression) from the pairs; the pass bound from the pairs or, when larger, the groups'
  // drift-robust standard error: under drift the pairs' is too narrow for a pass, while a regression, which also
  // needs the estimate past the threshold, keeps its promise with it (docs/statistics.md).
  const intervals = (f: (x: number) => number): { iv: Interval; pass: Interval; basis: PassBasis } => {
    if (!c.pairs) {
      const iv = welchInterval(c.base.map(f), c.cur.map(f), confidence)
      return { iv, pass: iv, basis: 'independent' }
    }
    const differences = c.pairs.map((g) => g.map((p) => f(p.cur) - f(p.base)))
    const iv = pairedInterval(differences.flat(), confidence)
    const groups = groupSeriesInterval(differences.map(mean), confidence)
    return groups.se > iv.se ? { iv, pass: groups, basis: 'groups' } : { iv, pass: iv, basis: 'pairs' }
  }
  // Mirror `down` metrics (throughput) so that "worse" is always "greater".
  const sign = info.worse === 'up' ? 1 : -1
  // One-sided error of each side of the interval, and the threshold on the analysis scale.
  const tail = (1 - confidence) / 2
  let toChange: (x: number) => number
  let both: ReturnType<typeof intervals>
  let thresholdOnScale: number | null = null
  if (logScale) {
    both = intervals(Math.log)
    toChange = Math.expm1
    if (c.threshold) thresholdOnScale = Math.log1p(sign * c.threshold.value)
  } else {
    // A relative metric with zeros (an idle proxy) falls back to the difference over the baseline mean.
    const scale = info.scale === 'relative' ? mean(c.base) : 1
    if (scale === 0) {
      out.reason ??= 'baseline is zero: no relative change'
      out.verdict = c.threshold ? 'inconclusive' : 'info'
      return out
    }
    both = intervals((x) => x / scale)
    toChange = (x) => x
    if (c.threshold) thresholdOnScale = sign * c.threshold.value
  }
  const { iv, pass } = both
  const [estimate, lo, hi] = [toChange(iv.estimate), toChange(iv.lo), toChange(iv.hi)]
  out.change = estimate
  out.interval = [lo, hi]
  out.mde = minimumDetectable(iv, tail, thresholdOnScale, sign, toChange)
  // The pass bound, on the worse side of the estimate: estimate + t₁₋β·se in the worse direction.
  const passReach = pass.se === 0 ? 0 : tQuantile(passConfidence, pass.df) * pass.se
  out.passBound = toChange(iv.estimate + sign * passReach)
  out.passBasis = both.basis
  out.passDegreesOfFreedom = Number.isFinite(pass.df) ? pass.df : null
  if (!c.threshold || c.blocked) return out

  const [wEstimate, wLo, wPass, wThreshold] = [
    sign * estimate,
    Math.min(sign * lo, sign * hi),
    sign * out.passBound,
    sign * c.threshold.value,
  ]
  if (wLo > 0 && wEstimate >= wThreshold) out.verdict = 'regression'
  else if (wPass < wThreshold) out.verdict = 'pass'
  else {
    out.verdict = 'inconclusive'
    out.reason =
      wLo > 0
        ? 'a real change, but the data cannot tell whether it passes the threshold'
        : 'the interval is too wide to tell: more repetitions or less noise needed'
  }
  return out
}

/**
 * A change δ (worse direction, analysis scale) is called a regression when the estimate is past the threshold
 * and the interval's lower end is above zero: estimate ≥ max(threshold, t₁₋ₐ·se). The estimate scatters around δ
 * with standard error se, so it clears that bar in 90% of runs when δ = max(threshold, t₁₋ₐ·se) + t₀.₉·se (the
 * usual power approximation with the t quantiles of the look's degrees of freedom; Cohen, "Statistical Power
 * Analysis", 1988, ch. 2). Without a threshold: the smallest change whose interval excludes zero 90% of the time.
 */
function minimumDetectable(
  iv: Interval,
  tail: number,
  thresholdOnScale: number | null,
  sign: number,
  toChange: (x: number) => number,
): number {
  const bar = iv.se === 0 ? 0 : tQuantile(1 - tail, iv.df) * iv.se
  const delta = Math.max(thresholdOnScale ?? 0, bar) + (iv.se === 0 ? 0 : tQuantile(MDE_POWER, iv.df) * iv.se)
  return toChange(sign * delta)
}

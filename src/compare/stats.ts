/**
 * Pure statistics for the compare stage. No I/O.
 *
 * The interval of a difference of means is Welch's (unequal variances, Welch–Satterthwaite degrees of freedom);
 * Student's t quantiles come from the regularized incomplete beta function, evaluated by its continued fraction
 * (Abramowitz & Stegun 26.5.8, 26.7.1) and inverted by Newton's method on the CDF inside a bracket (a step that
 * would leave it bisects instead), so it cannot diverge.
 */

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length
}

/** Sample variance (n − 1 denominator). */
export function variance(xs: readonly number[]): number {
  const m = mean(xs)
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1)
}

export function geometricMean(xs: readonly number[]): number {
  return Math.exp(mean(xs.map(Math.log)))
}

/** log Γ(x) for x > 0, Lanczos approximation (g = 7, n = 9), about 15 significant digits. */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ]
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  x -= 1
  let a = c[0]
  const t = x + 7.5
  for (let i = 1; i < 9; i++) a += c[i] / (x + i)
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a)
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x))
  // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  if (Math.abs(d) < tiny) d = tiny
  d = 1 / d
  let h = d
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    h *= d * c
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < 1e-15) break
  }
  return h
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional). */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5)
  return t >= 0 ? 1 - tail : tail
}

/** The t such that P(T ≤ t) = p. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`quantile probability must be in (0, 1), got ${p}`)
  if (p === 0.5) return 0
  // Bracket by doubling from ±1 (quantiles of interest are far below 1e6), then Newton's method on the CDF
  // (its derivative is the density), kept inside the bracket: a step that leaves it bisects instead.
  let lo = -1
  let hi = 1
  while (studentTCdf(lo, df) > p && lo > -1e6) lo *= 2
  while (studentTCdf(hi, df) < p && hi < 1e6) hi *= 2
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI)
  const density = (t: number) => Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df))
  let t = (lo + hi) / 2
  for (let i = 0; i < 200; i++) {
    const f = studentTCdf(t, df) - p
    if (f === 0) return t
    if (f < 0) lo = t
    else hi = t
    let next = t - f / density(t)
    if (!(next > lo && next < hi)) next = (lo + hi) / 2
    if (Math.abs(next - t) <= 1e-12 * Math.max(1, Math.abs(t))) return next
    t = next
  }
  return t
}

export interface Interval {
  /** Difference of means, current − baseline. */
  estimate: number
  lo: number
  hi: number
  /** Standard error of the difference. */
  se: number
  /** Welch–Satterthwaite degrees of freedom; Infinity when both sides have no spread. */
  df: number
}

/**
 * Two-sided `confidence` interval of mean(current) − mean(baseline) by Welch's t. Both sides need two or more
 * observations. With no spread on either side the difference is exact and the interval is that point.
 */
export function welchInterval(
  baseline: readonly number[],
  current: readonly number[],
  confidence: number,
): Interval {
  if (baseline.length < 2 || current.length < 2)
    throw new RangeError('Welch interval needs two observations per side')
  const vb = variance(baseline) / baseline.length
  const vc = variance(current) / current.length
  const estimate = mean(current) - mean(baseline)
  const se = Math.sqrt(vb + vc)
  if (se === 0) return { estimate, lo: estimate, hi: estimate, se: 0, df: Infinity }
  const df = (vb + vc) ** 2 / (vb ** 2 / (baseline.length - 1) + vc ** 2 / (current.length - 1))
  const t = tQuantile(1 - (1 - confidence) / 2, df)
  return { estimate, lo: estimate - t * se, hi: estimate + t * se, se, df }
}

/**
 * Two-sided `confidence` interval of mean(current − baseline) over pairs taken at the same time (a paired t
 * interval: the one-sample t interval of the differences, n − 1 degrees of freedom). Needs two or more pairs.
 */
export function pairedInterval(differences: readonly number[], confidence: number): Interval {
  if (differences.length < 2) throw new RangeError('a paired interval needs two pairs')
  const estimate = mean(differences)
  const se = Math.sqrt(variance(differences) / differences.length)
  if (se === 0) return { estimate, lo: estimate, hi: estimate, se: 0, df: Infinity }
  const df = differences.length - 1
  const t = tQuantile(1 - (1 - confidence) / 2, df)
  return { estimate, lo: estimate - t * se, hi: estimate + t * se, se, df }
}

/**
 * Two-sided `confidence` interval of the mean of a short time series of group differences (one per switch between
 * the sides, or one per time window when both sides ran at once), robust to the drift that neighbouring groups
 * share: the variance of the mean is (s² + 2·max(0, ĉ₁)) / G, with ĉ₁ the lag-1 autocovariance of the groups in
 * time order (the truncated-kernel long-run variance with one lag, Andrews, Econometrica 59:817, 1991, §2), and
 * G − 2 degrees of freedom (at least 1): one for the mean, one for the autocovariance estimated from the same few
 * groups. A negative ĉ₁ (which slow drift does not produce) is not allowed to narrow it. The lag and the degrees
 * of freedom were chosen by measurement (`bench/designs.ts`): with G − 1, or without the lag, false passes at
 * the threshold exceed their rate under the bench's AR(1) drift.
 *
 * Why: in A A B B B B A A the two pairs around one switch share it, and two neighbouring switches share the
 * segment between them, so under drift the pairs' differences are positively correlated and the paired interval
 * is too narrow (docs/statistics.md). Needs two or more groups.
 */
export function groupSeriesInterval(groupMeans: readonly number[], confidence: number): Interval {
  const g = groupMeans.length
  if (g < 2) throw new RangeError('a group series interval needs two groups')
  const estimate = mean(groupMeans)
  let lag1 = 0
  for (let i = 1; i < g; i++) lag1 += (groupMeans[i] - estimate) * (groupMeans[i - 1] - estimate)
  lag1 /= g - 1
  const se = Math.sqrt((variance(groupMeans) + 2 * Math.max(0, lag1)) / g)
  if (se === 0) return { estimate, lo: estimate, hi: estimate, se: 0, df: Infinity }
  const df = Math.max(1, g - 2)
  const t = tQuantile(1 - (1 - confidence) / 2, df)
  return { estimate, lo: estimate - t * se, hi: estimate + t * se, se, df }
}

const quantileMemo = new Map<string, number>()

/**
 * Student's t quantile that also accepts df = Infinity (the normal quantile). Memoized: a run's looks ask for the
 * same few (p, df) again and again, and each inversion costs many incomplete-beta evaluations.
 */
export function tQuantile(p: number, df: number): number {
  const key = `${p}|${df}`
  let q = quantileMemo.get(key)
  if (q === undefined) {
    q = Number.isFinite(df) ? studentTQuantile(p, df) : normalQuantile(p)
    if (quantileMemo.size > 10_000) quantileMemo.clear()
    quantileMemo.set(key, q)
  }
  return q
}

/**
 * The regularized lower incomplete gamma function P(a, x): its series for x < a + 1, else 1 − the continued
 * fraction of Q(a, x) (Abramowitz & Stegun 6.5.29 and 6.5.31), both converging to double precision.
 */
function lowerGammaP(a: number, x: number): number {
  if (x <= 0) return 0
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a))
  if (x < a + 1) {
    let term = 1 / a
    let sum = term
    for (let n = 1; n < 500; n++) {
      term *= x / (a + n)
      sum += term
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break
    }
    return front * sum
  }
  // Lentz's method for the continued fraction of Q(a, x).
  const tiny = 1e-300
  let b = x + 1 - a
  let c = 1 / tiny
  let d = 1 / b
  let h = d
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < tiny) d = tiny
    c = b + an / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < 1e-16) break
  }
  return 1 - front * h
}

/** Φ(z), the standard normal CDF: erf(x) = P(1/2, x²), so Φ(z) = (1 ± P(1/2, z²/2)) / 2. */
export function normalCdf(z: number): number {
  const half = 0.5 * lowerGammaP(0.5, (z * z) / 2)
  return z >= 0 ? 0.5 + half : 0.5 - half
}

/** The z such that Φ(z) = p, by bisection (monotone, cannot diverge). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`quantile probability must be in (0, 1), got ${p}`)
  if (p === 0.5) return 0
  // Beyond 0.5 the tail form keeps precision for p near 1.
  if (p > 0.5) return -normalQuantile(1 - p)
  let lo = -40
  let hi = 0
  for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
    const mid = (lo + hi) / 2
    if (normalCdf(mid) < p) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

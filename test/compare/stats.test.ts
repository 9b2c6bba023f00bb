import { describe, expect, it } from '@jest/globals'
import {
  groupSeriesInterval,
  mean,
  normalCdf,
  normalQuantile,
  pairedInterval,
  studentTCdf,
  studentTQuantile,
  tQuantile,
  variance,
  welchInterval,
} from '../../src/compare/stats.js'

/** mulberry32: a small seeded PRNG so the stochastic test is reproducible. */
function rng(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
function normal(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r())
}

describe("Student's t", () => {
  // Reference values from standard t tables.
  it.each([
    [0.975, 1, 12.7062],
    [0.975, 5, 2.5706],
    [0.975, 10, 2.2281],
    [0.995, 8, 3.3554],
    [0.95, 30, 1.6973],
    [0.975, 1e6, 1.96],
  ])('quantile(%f, df=%f) = %f', (p, df, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 3)
  })
  it('cdf is symmetric and monotone', () => {
    expect(studentTCdf(0, 4)).toBeCloseTo(0.5, 12)
    expect(studentTCdf(-2, 4) + studentTCdf(2, 4)).toBeCloseTo(1, 12)
    expect(studentTCdf(1, 4)).toBeLessThan(studentTCdf(1.1, 4))
  })
  it('refuses probabilities outside (0, 1)', () => {
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError)
  })
})

describe('welchInterval', () => {
  it('matches a hand computation', () => {
    const a = [10, 12, 11, 13]
    const b = [14, 15, 13, 16]
    const iv = welchInterval(a, b, 0.95)
    const se = Math.sqrt(variance(a) / 4 + variance(b) / 4)
    expect(iv.estimate).toBeCloseTo(mean(b) - mean(a), 12)
    expect(iv.se).toBeCloseTo(se, 12)
    expect(iv.df).toBeCloseTo(6, 6) // equal variances and sizes: n1 + n2 - 2
    expect(iv.hi - iv.estimate).toBeCloseTo(2.4469 * se, 3)
  })
  it('is a point when neither side varies', () => {
    expect(welchInterval([1, 1], [3, 3], 0.95)).toMatchObject({ estimate: 2, lo: 2, hi: 2 })
  })
  it('needs two observations per side', () => {
    expect(() => welchInterval([1], [2, 3], 0.95)).toThrow(RangeError)
  })
  it('covers the true difference at its nominal rate (2,000 seeded trials, unequal variances, n = 5)', () => {
    const r = rng(42)
    let covered = 0
    const trials = 2000
    for (let t = 0; t < trials; t++) {
      const a = Array.from({ length: 5 }, () => 10 + normal(r))
      const b = Array.from({ length: 5 }, () => 11 + 3 * normal(r))
      const iv = welchInterval(a, b, 0.9)
      if (iv.lo <= 1 && 1 <= iv.hi) covered++
    }
    // Binomial sd at 90% over 2,000 trials is 0.67%; Welch is slightly conservative.
    expect(covered / trials).toBeGreaterThan(0.875)
    expect(covered / trials).toBeLessThan(0.93)
  })
})

describe('normal distribution', () => {
  // Reference values from standard normal tables.
  it.each([
    [0.5, 0],
    [0.975, 1.959964],
    [0.995, 2.575829],
    [0.9, 1.281552],
    [0.01, -2.326348],
    [1e-6, -4.753424],
  ])('quantile(%f) = %f, and the cdf inverts it', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 5)
    expect(normalCdf(z)).toBeCloseTo(p, 6)
  })
  it('t quantiles with df = Infinity are the normal ones', () => {
    expect(tQuantile(0.975, Infinity)).toBeCloseTo(1.959964, 5)
    expect(tQuantile(0.975, 5)).toBeCloseTo(2.5706, 3)
  })
})

describe('pairedInterval', () => {
  it('is the one-sample t interval of the differences', () => {
    const d = [0.1, 0.12, 0.08, 0.11, 0.09]
    const iv = pairedInterval(d, 0.95)
    const se = Math.sqrt(variance(d) / 5)
    expect(iv.estimate).toBeCloseTo(0.1, 12)
    expect(iv.df).toBe(4)
    expect(iv.hi - iv.estimate).toBeCloseTo(2.7764 * se, 4)
  })
  it('is a point without spread, and needs two pairs', () => {
    expect(pairedInterval([0.2, 0.2], 0.99)).toMatchObject({ lo: 0.2, hi: 0.2, se: 0 })
    expect(() => pairedInterval([0.2], 0.99)).toThrow(/two pairs/)
  })
})

describe('groupSeriesInterval: the mean of a short series of group differences, robust to shared drift', () => {
  it('adds twice the lag-1 autocovariance when neighbours move together; G − 2 degrees of freedom', () => {
    // mean 2.5, s² = 5/3, ĉ₁ = (0.75 − 0.25 + 0.75) / 3 = 5/12: se² = (5/3 + 5/6) / 4 = 0.625.
    const iv = groupSeriesInterval([1, 2, 3, 4], 0.9)
    expect(iv.estimate).toBe(2.5)
    expect(iv.se).toBeCloseTo(Math.sqrt(0.625), 12)
    expect(iv.df).toBe(2)
    expect(iv.hi - iv.estimate).toBeCloseTo(studentTQuantile(0.95, 2) * Math.sqrt(0.625), 10)
  })

  it("a negative lag-1 autocovariance does not narrow it below the groups' own standard error", () => {
    const iv = groupSeriesInterval([1, -1, 1, -1], 0.9)
    expect(iv.se).toBeCloseTo(Math.sqrt(variance([1, -1, 1, -1]) / 4), 12)
  })

  it('two groups keep one degree of freedom; no spread is exact; one group is refused', () => {
    expect(groupSeriesInterval([1, 2], 0.9).df).toBe(1)
    expect(groupSeriesInterval([3, 3, 3], 0.9)).toEqual({ estimate: 3, lo: 3, hi: 3, se: 0, df: Infinity })
    expect(() => groupSeriesInterval([1], 0.9)).toThrow(RangeError)
  })
})

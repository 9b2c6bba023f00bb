import { describe, expect, it } from '@jest/globals'
import { importFortio } from '../../src/results/fortio.js'
import { mergeHistograms, percentile, scaleHistogram } from '../../src/results/histogram.js'
import type { LatencyHistogram } from '../../src/results/schema.js'
import { readFixture } from '../helpers.js'

const h = (buckets: Array<[number, number, number]>): LatencyHistogram => {
  const count = buckets.reduce((a, b) => a + b[2], 0)
  return {
    count,
    min: buckets[0][0],
    max: buckets[buckets.length - 1][1],
    sum: 0,
    buckets: buckets.map(([start, end, c]) => ({ start, end, count: c })),
  }
}

describe('percentile', () => {
  it('interpolates inside the bucket like Fortio', () => {
    const x = h([
      [0, 1, 50],
      [1, 2, 50],
    ])
    expect(percentile(x, 50)).toBeCloseTo(1, 12)
    expect(percentile(x, 75)).toBeCloseTo(1.5, 12)
    expect(percentile(x, 100)).toBe(2)
    expect(percentile(x, 0.5)).toBe(0) // at or below 1/count: the minimum
  })
  it('refuses an empty histogram', () => {
    expect(() => percentile({ count: 0, min: 0, max: 0, sum: 0, buckets: [] }, 50)).toThrow(RangeError)
  })
})

describe('mergeHistograms', () => {
  it('pooling a histogram with itself keeps every percentile', () => {
    const run = importFortio(readFixture('fortio', 'http-ok.json'), 'a').repetition.latency.histogram
    const merged = mergeHistograms([run, run])
    expect(merged.count).toBe(2 * run.count)
    for (const p of [50, 90, 99, 99.9]) expect(percentile(merged, p)).toBeCloseTo(percentile(run, p), 9)
  })

  it('pools two real runs with different min/max edges, conserving counts', () => {
    const a = importFortio(readFixture('fortio', 'http-ok.json'), 'a').repetition.latency.histogram
    const b = importFortio(readFixture('fortio', 'http-errors.json'), 'b').repetition.latency.histogram
    const merged = mergeHistograms([a, b])
    expect(merged.buckets.reduce((s, x) => s + x.count, 0)).toBe(a.count + b.count)
    expect(merged.min).toBe(Math.min(a.min, b.min))
    expect(merged.max).toBe(Math.max(a.max, b.max))
    const p99 = percentile(merged, 99)
    expect(p99).toBeGreaterThanOrEqual(Math.min(percentile(a, 99), percentile(b, 99)) * 0.99)
    expect(p99).toBeLessThanOrEqual(Math.max(percentile(a, 99), percentile(b, 99)) * 1.01)
  })

  it('puts half the mass of disjoint equal histograms on each side', () => {
    const merged = mergeHistograms([h([[0, 1, 100]]), h([[2, 3, 100]])])
    expect(percentile(merged, 50)).toBeCloseTo(1, 9)
    expect(percentile(merged, 75)).toBeCloseTo(2.5, 9)
  })

  it('splits overlapping buckets in proportion to width', () => {
    const merged = mergeHistograms([h([[0, 2, 10]]), h([[1, 2, 10]])])
    expect(merged.buckets).toEqual([
      { start: 0, end: 1, count: 5 },
      { start: 1, end: 2, count: 15 },
    ])
  })
})

describe('scaleHistogram', () => {
  it('scales every percentile by the factor', () => {
    const run = importFortio(readFixture('fortio', 'http-ok.json'), 'a').repetition.latency.histogram
    const scaled = scaleHistogram(run, 1.25)
    for (const p of [50, 99]) expect(percentile(scaled, p)).toBeCloseTo(1.25 * percentile(run, p), 12)
  })
})

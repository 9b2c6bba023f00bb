import { describe, expect, it } from '@jest/globals'
import { gateConfigFrom } from '../../src/config/gate-config.js'
import { lookAt, lookSchedule, spent, SPENDING_RHO } from '../../src/compare/sequential.js'
import { compareResults } from '../../src/compare/verdict.js'
import { normals, results, startsFor } from './builders.js'

describe('alpha spending', () => {
  it.each([
    [12, [4, 8, 12]],
    [16, [4, 8, 12, 16]],
    [10, [4, 8, 10]],
    [4, [4]],
    // The simultaneous design's maximum: a look after every 4 windows.
    [64, Array.from({ length: 16 }, (_, i) => 4 * (i + 1))],
  ])('max %i looks at %j', (max, looks) => {
    expect(lookSchedule(max)).toEqual(looks)
  })

  it('the scheduled looks spend exactly α together, each a positive share', () => {
    for (const max of [4, 10, 12, 16, 30, 64]) {
      const shares = lookSchedule(max).map((n) => lookAt(0.01, n, max, 0.05).alpha)
      expect(shares.every((a) => a > 0)).toBe(true)
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(0.01, 15)
    }
  })

  it('follows the power family α·t^ρ', () => {
    expect(spent(0.01, 0)).toBe(0)
    expect(spent(0.01, 1)).toBe(0.01)
    expect(spent(0.01, 0.5)).toBeCloseTo(0.01 * 0.5 ** SPENDING_RHO, 15)
    const look = lookAt(0.01, 8, 12, 0.05)
    expect(look).toMatchObject({ index: 2, looks: 3, scheduled: true })
    expect(look.alpha).toBeCloseTo(spent(0.01, 8 / 12) - spent(0.01, 4 / 12), 15)
    expect(look.passAlpha).toBeCloseTo(spent(0.05, 8 / 12) - spent(0.05, 4 / 12), 15)
  })

  it('a fixed design is one look with all of α; an off-schedule look says so', () => {
    expect(lookAt(0.01, 5, null, 0.05)).toEqual({
      repetitions: 5,
      maxRepetitions: null,
      index: 1,
      looks: 1,
      alpha: 0.01,
      passAlpha: 0.05,
      scheduled: true,
    })
    expect(lookAt(0.01, 6, 12, 0.05).scheduled).toBe(false)
  })
})

describe('sequential looks on A/A data keep the false-alarm promise (seeded trials)', () => {
  // A threshold of +0.01% makes "regression" nearly "the interval excludes zero", so the spending alone is tested
  // (the default +10% would hide any excess behind the threshold). α = 5% gives enough events to measure.
  const alpha = 0.05
  const config = gateConfigFrom(
    { thresholds: { 'latency-p99': '+0.01%' }, statistics: { 'false-alarm-rate': alpha } },
    'gate.yaml',
  )
  const MAX = 12
  const TRIALS = 2000
  const order = 'AB BA '.repeat(MAX / 2)

  /** Fraction of A/A runs called a regression at any of the looks. */
  function falseAlarms(paired: boolean, maxRepetitions: number | null, seed: number): number {
    const normal = normals(seed)
    const starts = startsFor(order)
    let alarms = 0
    for (let t = 0; t < TRIALS; t++) {
      // Latency p99 of 1 ms with 5% log-normal noise per repetition, the same law on both sides.
      const base = Array.from({ length: MAX }, () => Math.exp(0.05 * normal()))
      const head = Array.from({ length: MAX }, () => Math.exp(0.05 * normal()))
      for (const n of lookSchedule(MAX)) {
        const c = compareResults(
          results({ p99: base.slice(0, n), startSeconds: paired ? starts.base : undefined }),
          results({ p99: head.slice(0, n), startSeconds: paired ? starts.head : undefined }),
          config,
          { maxRepetitions },
        )
        if (c.verdict === 'regression') {
          alarms++
          break
        }
        if (maxRepetitions !== null && c.next === 'stop') break
      }
    }
    return alarms / TRIALS
  }
  // Three standard errors of a binomial rate α over TRIALS: the measurement's own slack.
  const slack = 3 * Math.sqrt((alpha * (1 - alpha)) / TRIALS)

  it.each([
    ['paired', true],
    ['independent', false],
  ])('%s design: at most α over all looks', (_name, paired) => {
    const rate = falseAlarms(paired as boolean, MAX, 11)
    expect(rate).toBeLessThanOrEqual(alpha + slack)
  })

  it('the control: looking as often without spending exceeds α, so the test above can fail', () => {
    const naive = falseAlarms(true, null, 11)
    expect(naive).toBeGreaterThan(alpha + slack)
  })
})

describe('sequential looks keep the false-pass promise: a change on the threshold rarely passes (seeded trials)', () => {
  // p99 +10% on the current side, exactly the default threshold: every pass is a false pass. β = 5% (default).
  const beta = 0.05
  const config = gateConfigFrom({ statistics: { 'false-pass-rate': beta } }, 'gate.yaml')
  const MAX = 12
  const TRIALS = 1500
  const starts = startsFor('AB BA '.repeat(MAX / 2))

  /** Fraction of runs with the change on the threshold that pass at some look. */
  function falsePasses(maxRepetitions: number | null, seed: number): number {
    const normal = normals(seed)
    let passes = 0
    for (let t = 0; t < TRIALS; t++) {
      const base = Array.from({ length: MAX }, () => Math.exp(0.05 * normal()))
      const head = Array.from({ length: MAX }, () => 1.1 * Math.exp(0.05 * normal()))
      for (const n of lookSchedule(MAX)) {
        const c = compareResults(
          results({ p99: base.slice(0, n), startSeconds: starts.base }),
          results({ p99: head.slice(0, n), startSeconds: starts.head }),
          config,
          { maxRepetitions },
        )
        if (c.verdict === 'pass') passes++
        if (c.verdict !== 'inconclusive') break
      }
    }
    return passes / TRIALS
  }
  const slack = 3 * Math.sqrt((beta * (1 - beta)) / TRIALS)

  it('at most β over all looks', () => {
    expect(falsePasses(MAX, 23)).toBeLessThanOrEqual(beta + slack)
  })

  it('the control: each look at the full β passes more often, so the test above can fail', () => {
    expect(falsePasses(null, 23)).toBeGreaterThan(beta + slack)
  })
})

describe('the quick profile budget', () => {
  it('keeps the former worst-case load time (2 × (10 + 5 × 30) + 6 × 60 = 680 s), switches and probes included', async () => {
    const { PROFILE_SCENARIOS, loadSeconds } = await import('../../src/pipeline/profiles.js')
    const quick = PROFILE_SCENARIOS.quick
    expect(quick[0]).toMatchObject({ sequential: true, segment: 2, repetitions: 12, durationSeconds: 10 })
    expect(loadSeconds(quick, 2)).toBeLessThanOrEqual(2 * (10 + 5 * 30) + 6 * 60)
    expect(loadSeconds(quick, 2, 5, true)).toBeLessThan(loadSeconds(quick, 2, 5))
  })
})

import { describe, expect, it } from '@jest/globals'
import { pairByTime, SIMULTANEOUS_SECONDS, startMillis } from '../../src/compare/design.js'
import { results, startsFor } from './builders.js'

const reps = (p99: number[], startSeconds?: number[]) =>
  results({ p99, startSeconds }).scenarios[0].repetitions
const ones = (n: number) => Array<number>(n).fill(1)

describe('startMillis: Fortio StartTime', () => {
  it.each([
    ['2022-05-08T00:12:28.857554488Z', Date.parse('2022-05-08T00:12:28.857Z')],
    ['2018-04-03T16:32:58.895472681-07:00', Date.parse('2018-04-03T23:32:58.895Z')],
    ['2026-11-26T00:00:40Z', Date.parse('2026-11-26T00:00:40Z')],
    [null, null],
    ['', null],
    ['yesterday', null],
  ])('%s', (text, expected) => {
    expect(startMillis(text)).toBe(expected)
  })
})

describe('pairByTime', () => {
  it.each([
    ['A B B A', [[[0, 0]], [[1, 1]]]],
    ['B A A B', [[[0, 0]], [[1, 1]]]],
    ['A B A B A B', [[[0, 0]], [[1, 1]], [[2, 2]]]],
    ['A B B A A B B A', [[[0, 0]], [[1, 1]], [[2, 2]], [[3, 3]]]],
    // Segments of two: each pair straddles a switch; the two pairs around one switch form one group.
    [
      'AA BB BB AA',
      [
        [
          [1, 0],
          [0, 1],
        ],
        [
          [2, 3],
          [3, 2],
        ],
      ],
    ],
  ])('%s is paired', (order, groups) => {
    const s = startsFor(order)
    const p = pairByTime(reps(ones(s.base.length), s.base), reps(ones(s.head.length), s.head))
    expect(p.design).toBe('paired')
    expect(p.arrangement).toBe('interleaved')
    expect(p.reason).toBeNull()
    expect(p.groups).toEqual(groups)
  })

  it.each([
    ['AAAA BBBB', /not measured interleaved/],
    ['AAA BBB', /not measured interleaved/],
    ['AB BA A', /unequal repetitions/],
    ['AB', /fewer than 2 repetitions/],
    ['AA BB', /fewer than 2 switches/],
  ])('%s is independent', (order, reason) => {
    const s = startsFor(order)
    const p = pairByTime(reps(ones(s.base.length), s.base), reps(ones(s.head.length), s.head))
    expect(p.design).toBe('independent')
    expect(p.groups).toEqual([])
    expect(p.reason).toMatch(reason)
  })

  it('is independent without start times, or when one is missing', () => {
    expect(pairByTime(reps([1, 1]), reps([1, 1])).reason).toMatch(/start times are missing/)
    const s = startsFor('ABBA')
    const head = reps([1, 1], s.head)
    head[1] = { ...head[1], startTime: null }
    expect(pairByTime(reps([1, 1], s.base), head).reason).toMatch(/start times are missing/)
  })

  it('a baseline from another run is not paired, even when its order alone would allow it', () => {
    // A B B A, but the baseline was measured an hour before the current side.
    const s = startsFor('ABBA')
    const base = s.base.map((t) => t - 3600)
    expect(pairByTime(reps([1, 1], base), reps([1, 1], s.head)).design).toBe('independent')
  })
})

describe('pairByTime: simultaneous repetitions (both sides loaded at once, repetition i of each started together)', () => {
  /** Starts of n windows 10 s apart; `offset(i)` is the current side's start minus the baseline's in window i. */
  function windows(n: number, offset: (i: number) => number) {
    const base = Array.from({ length: n }, (_, i) => 10 * i + 0.5)
    return { base, head: base.map((t, i) => t + offset(i)) }
  }
  const oneGroupEach = (n: number) => Array.from({ length: n }, (_, i) => [[i, i]])

  it.each([
    ['the same instant', () => 0],
    ['the baseline first', () => 0.3],
    ['the current side first', () => -0.3],
    ['either first, by turns', (i: number) => (i % 2 ? 0.9 : -0.9)],
    ['either first, at random, up to a second apart', (i: number) => [0.2, -1, 1, -0.05, 0.6, -0.7][i % 6]],
  ])('%s: repetition i with repetition i, each pair its own group', (_name, offset) => {
    for (const n of [2, 4, 12]) {
      const s = windows(n, offset)
      const p = pairByTime(reps(ones(n), s.base), reps(ones(n), s.head))
      expect(p).toEqual({
        design: 'paired',
        arrangement: 'simultaneous',
        groups: oneGroupEach(n),
        reason: null,
      })
    }
  })

  it('every look of a sequential run (4, 8, 12 per side) pairs its first repetitions alike', () => {
    const s = windows(12, (i) => (i % 3 ? -0.4 : 0.4))
    for (const n of [4, 8, 12]) {
      const p = pairByTime(reps(ones(n), s.base.slice(0, n)), reps(ones(n), s.head.slice(0, n)))
      expect(p.arrangement).toBe('simultaneous')
      expect(p.groups).toEqual(oneGroupEach(n))
    }
  })

  it('starts more than a second apart are not simultaneous: taking turns, paired as such', () => {
    expect(SIMULTANEOUS_SECONDS).toBe(1)
    // Each current repetition 1.5 s after its baseline partner: A B A B ... in time, one pair per switch.
    const s = windows(4, () => 1.5)
    const p = pairByTime(reps(ones(4), s.base), reps(ones(4), s.head))
    expect(p.arrangement).toBe('interleaved')
    expect(p.groups).toEqual(oneGroupEach(4))
  })

  it('windows out of step (a repetition started before its predecessor window) are not simultaneous', () => {
    // The second window's current repetition starts before the first window's baseline repetition.
    const base = [5, 5.5, 20]
    const head = [5.5, 4.9, 20.5]
    expect(pairByTime(reps(ones(3), base), reps(ones(3), head)).arrangement).not.toBe('simultaneous')
  })

  it('unequal sides or missing start times are independent, as for interleaved runs', () => {
    const s = windows(4, () => 0.2)
    expect(pairByTime(reps(ones(4), s.base), reps(ones(3), s.head.slice(0, 3))).reason).toMatch(/unequal/)
    expect(pairByTime(reps(ones(4), s.base), reps(ones(4))).reason).toMatch(/start times are missing/)
  })
})

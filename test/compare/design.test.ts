import { describe, expect, it } from '@jest/globals'
import { pairByTime, startMillis } from '../../src/compare/design.js'
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

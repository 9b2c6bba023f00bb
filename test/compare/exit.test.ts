/** The one decision whether a run fails the step, for the action and the CLI. */
import { describe, expect, it } from '@jest/globals'
import { failures } from '../../src/compare/exit.js'
import type { Verdict } from '../../src/compare/verdict.js'
import type { FailOn, Requirement } from '../../src/vocabulary.js'

describe('failures', () => {
  it.each<[Verdict | null, 'pass' | 'fail' | null, FailOn, Requirement, string[]]>([
    ['pass', 'pass', 'regression', 'strict', []],
    ['regression', 'pass', 'regression', 'strict', ['regression (fail-on: regression)']],
    ['inconclusive', null, 'regression', 'strict', []],
    ['inconclusive', null, 'inconclusive', 'strict', ['inconclusive (fail-on: inconclusive)']],
    ['pass', 'fail', 'regression', 'strict', ["mTLS below 'strict'"]],
    ['pass', 'fail', 'regression', 'none', []],
    [null, 'fail', 'regression', 'permissive', ["mTLS below 'permissive'"]],
    [
      'regression',
      'fail',
      'regression',
      'strict',
      ['regression (fail-on: regression)', "mTLS below 'strict'"],
    ],
    ['regression', 'fail', 'never', 'strict', []],
  ])('verdict %s, mTLS %s, fail-on %s, require %s: %j', (verdict, mtls, failOn, require, why) => {
    expect(failures({ verdict, mtls }, { failOn, require })).toEqual(why)
  })
})

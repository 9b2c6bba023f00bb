import { describe, expect, it } from '@jest/globals'
import { defaultGateConfig, gateConfigFrom } from '../../src/config/gate-config.js'
import { decideNew } from '../../src/compare/decide.js'
import { comparisonJson } from '../../src/compare/json.js'
import { pairedInterval, tQuantile } from '../../src/compare/stats.js'
import { compareResults } from '../../src/compare/verdict.js'
import { MESH_VALUES, type Results } from '../../src/results/schema.js'
import { normals, results, startsFor } from './builders.js'

const config = defaultGateConfig()
const p99 = (c: ReturnType<typeof compareResults>) => c.metrics.find((m) => m.metric === 'latency-p99')!

describe('compareResults: the three-way verdict', () => {
  it('a clear +25% p99 shift is a regression, with the interval above zero', () => {
    const c = compareResults(
      results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] }),
      results({ p99: [1.25, 1.27, 1.23, 1.26, 1.24] }),
      config,
    )
    expect(c.verdict).toBe('regression')
    const m = p99(c)
    expect(m.verdict).toBe('regression')
    expect(m.change).toBeCloseTo(0.25, 2)
    expect(m.interval![0]).toBeGreaterThan(0)
    expect(m.interval![0]).toBeLessThan(0.25)
    expect(m.interval![1]).toBeGreaterThan(0.25)
  })

  it('the same numbers on both sides pass', () => {
    const side = { p99: [1.0, 1.02, 0.98, 1.01, 0.99] }
    const c = compareResults(results(side), results(side), config)
    expect(p99(c).verdict).toBe('pass')
    expect(c.verdict).toBe('pass')
  })

  it('a noisy comparison that cannot tell is inconclusive, not pass', () => {
    const c = compareResults(
      results({ p99: [0.7, 1.4, 0.9, 1.3, 1.0] }),
      results({ p99: [1.5, 0.8, 1.2, 1.0, 1.4] }),
      config,
    )
    expect(p99(c).verdict).toBe('inconclusive')
    expect(p99(c).reason).toMatch(/too wide/)
    expect(c.verdict).toBe('inconclusive')
  })

  it('a real change below the threshold passes (minimum effect size)', () => {
    const c = compareResults(
      results({ p99: [1.0, 1.001, 0.999, 1.0, 1.0005] }),
      results({ p99: [1.03, 1.031, 1.029, 1.03, 1.0305] }),
      config,
    )
    expect(p99(c).interval![0]).toBeGreaterThan(0)
    expect(p99(c).verdict).toBe('pass')
  })

  it('a real change whose size straddles the threshold is inconclusive', () => {
    const c = compareResults(
      results({ p99: [1.0, 1.04, 0.96, 1.02, 0.98] }),
      results({ p99: [1.08, 1.12, 1.04, 1.1, 1.06] }),
      config,
    )
    expect(p99(c).change).toBeLessThan(0.1)
    // Below the threshold, but the pass bound (one-sided, 1 − false-pass rate) reaches past it.
    expect(p99(c).passBound).toBeGreaterThan(0.1)
    expect(p99(c).interval![0]).toBeGreaterThan(0)
    expect(p99(c).interval![1]).toBeGreaterThan(0.1)
    expect(p99(c).verdict).toBe('inconclusive')
    expect(p99(c).reason).toMatch(/real change/)
  })

  it('one repetition per side cannot be decided', () => {
    const c = compareResults(results({ p99: [1] }), results({ p99: [2] }), config)
    expect(p99(c).verdict).toBe('inconclusive')
    expect(p99(c).reason).toMatch(/at least 2 observations/)
    expect(c.verdict).toBe('inconclusive')
  })

  it('widens intervals as gated tests are added (Bonferroni)', () => {
    const base = { p99: [1.0, 1.02, 0.98, 1.01, 0.99], proxyCpu: [100, 102, 98, 101, 99] }
    const cur = { p99: [1.05, 1.07, 1.03, 1.06, 1.04], proxyCpu: [100, 102, 98, 101, 99] }
    const one = compareResults(results({ p99: base.p99 }), results({ p99: cur.p99 }), config)
    const more = compareResults(results(base), results(cur), config)
    expect(more.gatedTests).toBeGreaterThan(one.gatedTests)
    expect(more.confidence).toBeGreaterThan(one.confidence)
    const width = (c: typeof one) => p99(c).interval![1] - p99(c).interval![0]
    expect(width(more)).toBeGreaterThan(width(one))
    expect(one.confidence).toBeCloseTo(1 - (2 * 0.01) / one.gatedTests, 12)
  })

  it('a metric that is one constant on both sides (0% errors against 0%) takes no share of the budget', () => {
    const c = compareResults(results({ p99: [1.0, 1.02, 0.98] }), results({ p99: [1.0, 1.01, 0.99] }), config)
    expect(c.metrics.find((m) => m.metric === 'error-rate')!.verdict).toBe('pass')
    expect(c.gatedTests).toBe(1)
    expect(c.confidence).toBeCloseTo(0.98, 12)
  })

  it('error rate is compared in points: +1 pt against +0.1 pt is a regression', () => {
    const c = compareResults(
      results({ p99: [1, 1, 1, 1, 1], errors: [0, 0, 0, 0, 0] }),
      results({ p99: [1, 1, 1, 1, 1], errors: [10, 11, 9, 10, 10] }),
      config,
    )
    const e = c.metrics.find((m) => m.metric === 'error-rate')!
    expect(e.changeKind).toBe('absolute')
    expect(e.change).toBeCloseTo(1.0, 6)
    expect(e.verdict).toBe('regression')
  })

  it('proxy CPU per meshed pod is compared when samples exist', () => {
    const c = compareResults(
      results({ p99: [1, 1, 1], proxyCpu: [100, 101, 99] }),
      results({ p99: [1, 1, 1], proxyCpu: [150, 151, 149] }),
      config,
    )
    const cpu = c.metrics.find((m) => m.metric === 'proxy-cpu')!
    expect(cpu.verdict).toBe('regression')
    expect(cpu.change).toBeCloseTo(0.5, 2)
  })

  it('throughput is worse when it drops, with a "-5%" threshold', () => {
    const cfg = gateConfigFrom({ thresholds: { qps: '-5%' } }, 'gate.yaml')
    const c = compareResults(
      results({ p99: [1, 1, 1], qps: 1000, actualQps: [990, 991, 989] }),
      results({ p99: [1, 1, 1], qps: 1000, actualQps: [960, 961, 959] }),
      cfg,
    )
    expect(c.metrics.find((m) => m.metric === 'qps')!.verdict).toBe('pass')
    const worse = compareResults(
      results({ p99: [1, 1, 1], actualQps: [990, 991, 989] }),
      results({ p99: [1, 1, 1], actualQps: [800, 801, 799] }),
      cfg,
    )
    // 800 of 1000 requested is saturated too: latencies are not compared, throughput is.
    expect(worse.metrics.find((m) => m.metric === 'qps')!.verdict).toBe('regression')
    expect(p99(worse).reason).toMatch(/saturated/)
    expect(worse.notes.join(' ')).toMatch(/saturated/)
  })

  it('ungated metrics are shown with the verdict info', () => {
    const c = compareResults(results({ p99: [1, 1.1, 0.9] }), results({ p99: [2, 2.1, 1.9] }), config)
    const p50 = c.metrics.find((m) => m.metric === 'latency-p50')!
    expect(p50.verdict).toBe('info')
    expect(p50.change).toBeGreaterThan(0.5)
  })

  it('per-scenario thresholds override the global ones', () => {
    const cfg = gateConfigFrom(
      { scenarios: [{ name: 'echo-1k', thresholds: { 'latency-p99': '+50%' } }] },
      'gate.yaml',
    )
    const c = compareResults(results({ p99: [1.0, 1.02, 0.98] }), results({ p99: [1.25, 1.27, 1.23] }), cfg)
    expect(p99(c).threshold).toBe('+50%')
    expect(p99(c).verdict).toBe('pass')
  })

  it('scenarios on one side only are noted, and nothing comparable is inconclusive', () => {
    const c = compareResults(
      results({ p99: [1, 1], scenario: 'a' }),
      results({ p99: [1, 1], scenario: 'b' }),
      config,
    )
    expect(c.verdict).toBe('inconclusive')
    expect(c.notes.join('\n')).toMatch(/'b' has no baseline/)
    expect(c.notes.join('\n')).toMatch(/'a' is in the baseline only/)
  })

  it('refuses runs of different meshes and flags different mesh versions', () => {
    const refused = compareResults(
      results({ p99: [1, 1], mesh: 'istio' }),
      results({ p99: [1, 1], mesh: 'linkerd' }),
      config,
    )
    expect(refused.fingerprint.refused.join()).toMatch(/mesh: baseline istio, current linkerd/)
    const flagged = compareResults(
      results({ p99: [1, 1], meshVersion: '1.27.0' }),
      results({ p99: [1, 1] }),
      config,
    )
    expect(flagged.fingerprint.refused).toEqual([])
    expect(flagged.fingerprint.flagged.join()).toMatch(/mesh version/)
  })

  it('flags a different mesh profile, unless each side ran on its own mesh values (the change measured)', () => {
    const withProfile = (profile: string, coverage?: NonNullable<Results['coverage']>) => {
      const r = results({ p99: [1, 1] })
      return { ...r, fingerprint: { ...r.fingerprint, mesh: { ...r.fingerprint.mesh!, profile } }, coverage }
    }
    const row = (status: 'on-path' | 'not-measured') => ({
      kind: MESH_VALUES,
      namespace: null,
      name: 'install/values.yaml',
      status,
      reason: 'install-time',
    })
    const base = withProfile('default+values:aaaaaaaaaaaa')
    expect(
      compareResults(base, withProfile('default+values:bbbbbbbbbbbb'), config).fingerprint.flagged,
    ).toEqual(['mesh profile: baseline default+values:aaaaaaaaaaaa, current default+values:bbbbbbbbbbbb'])
    expect(
      compareResults(base, withProfile('default+values:bbbbbbbbbbbb', [row('not-measured')]), config)
        .fingerprint.flagged,
    ).toHaveLength(1)
    expect(
      compareResults(base, withProfile('default+values:bbbbbbbbbbbb', [row('on-path')]), config).fingerprint,
    ).toEqual({ refused: [], flagged: [] })
  })
})

describe('compareResults: same-run pairing and sequential looks', () => {
  // Slow drift shared by both sides (a busy neighbour coming and going), and a +12% change on top.
  const drift = [1.0, 1.3, 0.8, 1.15, 0.9, 1.25, 0.85, 1.1]
  const base = drift
  const head = drift.map((x, i) => x * 1.12 * (i % 2 ? 1.01 : 0.99))
  const starts = startsFor('AB BA AB BA AB BA AB BA')

  it('pairs interleaved repetitions by time: the drift cancels and the change is caught', () => {
    const paired = compareResults(
      results({ p99: base, startSeconds: starts.base }),
      results({ p99: head, startSeconds: starts.head }),
      config,
    )
    expect(paired.design).toBe('paired')
    expect(p99(paired).design).toBe('paired')
    expect(p99(paired).verdict).toBe('regression')
    expect(p99(paired).change).toBeCloseTo(0.12, 2)
    // The same numbers as two separate samples: the drift is noise, and the data cannot tell.
    const independent = compareResults(results({ p99: base }), results({ p99: head }), config)
    expect(independent.design).toBe('independent')
    expect(independent.scenarios[0].designReason).toMatch(/start times are missing/)
    expect(p99(independent).verdict).toBe('inconclusive')
  })

  it('states the smallest p99 change it would have caught, from its own noise', () => {
    const quiet = compareResults(
      results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0, 1.01, 0.99, 1.0] }),
      results({ p99: [1.0, 1.0, 1.01, 0.99, 1.0, 0.99, 1.01, 1.0] }),
      config,
    )
    const noisy = compareResults(
      results({ p99: [1.0, 1.2, 0.8, 1.1, 0.9, 1.25, 0.85, 1.0] }),
      results({ p99: [0.9, 1.1, 1.2, 0.8, 1.0, 0.95, 1.15, 1.0] }),
      config,
    )
    // Never below the threshold (a regression must pass it); the noisier run could only have caught more.
    expect(p99(quiet).mde!).toBeGreaterThanOrEqual(0.1)
    expect(p99(quiet).mde!).toBeLessThan(0.15)
    expect(p99(noisy).mde!).toBeGreaterThan(p99(quiet).mde! + 0.1)
  })

  it.each([
    // [p99 change, repetitions per side, jitter of the differences, verdict, next]
    [3, 4, 0.03, 'regression', 'stop'],
    [1.0, 4, 0.15, 'inconclusive', 'continue'],
    [1.0, 12, 0.15, 'inconclusive', 'stop'],
  ] as const)('×%d after %i repetitions (jitter %d): %s, next %s', (factor, n, jitter, verdict, next) => {
    const noise = [1.0, 1.05, 0.95, 1.02, 0.98, 1.04, 0.96, 1.01, 0.99, 1.03, 0.97, 1.0]
    const s = startsFor('AB BA '.repeat(n / 2))
    const c = compareResults(
      results({ p99: noise.slice(0, n), startSeconds: s.base }),
      results({
        p99: noise.slice(0, n).map((x, i) => factor * x * (i % 3 ? 1 + jitter : 1 - jitter)),
        startSeconds: s.head,
      }),
      config,
      { maxRepetitions: 12 },
    )
    expect(c.verdict).toBe(verdict)
    expect(c.next).toBe(next)
    expect(c.scenarios[0].look.repetitions).toBe(n)
    expect(c.scenarios[0].why).toMatch(
      next === 'continue' ? /inconclusive after/ : verdict === 'regression' ? /regression/ : /maximum of 12/,
    )
  })

  it('a clean A/A stops with a pass before the maximum', () => {
    const flat = [1.0, 1.002, 0.998, 1.001, 0.999, 1.0, 1.001, 0.999]
    const s = startsFor('AB BA AB BA AB BA AB BA')
    const c = compareResults(
      results({ p99: flat, startSeconds: s.base }),
      results({ p99: [...flat].reverse(), startSeconds: s.head }),
      config,
      { maxRepetitions: 12 },
    )
    expect(c.verdict).toBe('pass')
    expect(c.next).toBe('stop')
    expect(c.scenarios[0].why).toMatch(/every gated metric passes after 8/)
  })

  it('without a maximum there is one look with all of α and no next', () => {
    const c = compareResults(results({ p99: [1, 1.1, 0.9] }), results({ p99: [1, 1.1, 0.9] }), config)
    expect(c.next).toBeNull()
    expect(c.scenarios[0].look.alpha).toBe(0.01)
  })
})

describe('compareResults: simultaneous repetitions (both sides loaded at once)', () => {
  /** Start seconds of n windows 10 s apart, the two sides up to 0.8 s apart in either order. */
  function together(n: number) {
    const base = Array.from({ length: n }, (_, i) => 10 * i)
    return { base, head: base.map((t, i) => t + [0.3, -0.8, 0.1, 0.8, -0.2][i % 5]) }
  }
  // Strong drift that both sides share window by window (a busy neighbour), and a +12% change on top.
  const drift = [1.0, 1.4, 0.7, 1.2, 0.85, 1.3, 0.75, 1.1]

  it('pairs repetition i with repetition i: the shared drift cancels and the change is caught', () => {
    const s = together(drift.length)
    const head = drift.map((x, i) => x * 1.12 * (i % 2 ? 1.01 : 0.99))
    const c = compareResults(
      results({ p99: drift, startSeconds: s.base }),
      results({ p99: head, startSeconds: s.head }),
      config,
    )
    expect(c.design).toBe('paired')
    expect(c.scenarios[0]).toMatchObject({
      design: 'paired',
      arrangement: 'simultaneous',
      designReason: null,
    })
    expect(p99(c).verdict).toBe('regression')
    expect(p99(c).change).toBeCloseTo(0.12, 2)
    const json = comparisonJson(c) as {
      scenarios: Array<Record<string, unknown>>
      metrics: Array<Record<string, unknown>>
    }
    expect(json.scenarios[0]).toMatchObject({ design: 'paired', arrangement: 'simultaneous' })
    expect(json.metrics.find((m) => m.metric === 'latency-p99')).toMatchObject({ design: 'paired' })
  })

  it('sequential looks every 4 per side up to 64: continue while undecided, stop with a pass', () => {
    const noise = Array.from(
      { length: 64 },
      (_, i) => [1.0, 1.3, 0.8, 1.1][i % 4] * (1 + 0.004 * Math.sin(i)),
    )
    const s = together(64)
    const look = (n: number) =>
      compareResults(
        results({ p99: noise.slice(0, n), startSeconds: s.base.slice(0, n) }),
        results({
          p99: noise.slice(0, n).map((x, i) => x * (i % 2 ? 1.005 : 0.995)),
          startSeconds: s.head.slice(0, n),
        }),
        config,
        { maxRepetitions: 64 },
      )
    // The first look spends almost nothing of β (t³ at t = 4/64): it cannot pass yet.
    const first = look(4)
    expect(first.scenarios[0].look).toMatchObject({ index: 1, looks: 16, scheduled: true })
    expect(first.scenarios[0].arrangement).toBe('simultaneous')
    expect(first.next).toBe('continue')
    const later = look(24)
    expect(later.scenarios[0].look).toMatchObject({ index: 6, looks: 16, scheduled: true })
    expect(later.verdict).toBe('pass')
    expect(later.next).toBe('stop')
  })
})

describe("the pass bound under drift: the larger of the pairs' and the switch groups' standard errors", () => {
  const s = startsFor('AA BB BB AA AA BB BB AA AA BB BB AA')
  const base = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]

  it('pairs around one switch that move together widen the pass bound (groups), not the interval', () => {
    // The two pairs of a switch differ alike (shared drift at the switch), the switches from each other: the pairs
    // look like 12 observations but are 6. A change of +3%, well below the threshold.
    const bySwitch = [1.0, 1.08, 0.97, 1.1, 0.95, 1.06]
    const head = [0, 1, 2, 3, 4, 5].flatMap((g) => [1.03 * bySwitch[g], 1.03 * bySwitch[g]])
    // Head repetitions in time order pair with the baseline's as the groups say: the two of group g get its value.
    const groups = [
      [1, 0],
      [2, 3],
      [5, 4],
      [6, 7],
      [9, 8],
      [10, 11],
    ]
    const headByIndex = Array<number>(12)
    groups.forEach((g, k) => g.forEach((j) => (headByIndex[j] = head[2 * k])))
    const c = compareResults(
      results({ p99: base, startSeconds: s.base }),
      results({ p99: headByIndex, startSeconds: s.head }),
      config,
    )
    const m = p99(c)
    expect(m.design).toBe('paired')
    expect(m.passBasis).toBe('groups')
    expect(m.passDegreesOfFreedom).toBe(4)
    // The interval is the pairs' (12 differences, 11 degrees of freedom); only the pass bound is wider.
    const pairs = pairedInterval(
      head.map((x) => Math.log(x)),
      m.confidence,
    )
    expect(m.interval![0]).toBeCloseTo(Math.expm1(pairs.lo), 12)
    expect(m.interval![1]).toBeCloseTo(Math.expm1(pairs.hi), 12)
    const pairsBound = Math.expm1(pairs.estimate + tQuantile(m.passConfidence, pairs.df) * pairs.se)
    expect(m.passBound!).toBeGreaterThan(pairsBound + 0.01)
  })

  it("pairs with no more in common than their switch keep the pairs' bound", () => {
    const head = [1.03, 0.97, 1.02, 0.98, 1.04, 0.96, 1.01, 0.99, 1.03, 0.97, 1.02, 0.98]
    const m = p99(
      compareResults(
        results({ p99: base, startSeconds: s.base }),
        results({ p99: head, startSeconds: s.head }),
        config,
      ),
    )
    expect(m.passBasis).toBe('pairs')
    expect(m.verdict).toBe('pass')
  })
})

describe('a data plane new on the head: its own cost against a cap', () => {
  const metric = (c: ReturnType<typeof compareResults>, name: string) =>
    c.metrics.find((m) => m.metric === name)!
  const unmeshed = { p99: [1.0, 1.02, 0.98, 1.01, 0.99], unmeshedSamples: 5 }

  it('costing more than the cap per meshed pod is a regression, shown as new with its absolute cost', () => {
    const c = compareResults(
      results(unmeshed),
      results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0], proxyCpu: [330, 340, 335, 338, 332] }),
      config,
    )
    const cpu = metric(c, 'proxy-cpu')
    expect(cpu).toMatchObject({ basis: 'new', baseline: null, change: null, verdict: 'regression' })
    expect(cpu.current).toBeCloseTo(335, 6)
    expect(cpu.threshold).toBe('100m')
    expect(cpu.interval![0]).toBeGreaterThan(100)
    expect(cpu.repetitions).toEqual({ baseline: 5, current: 5 })
    // 60 MiB in every sample, under the 128Mi cap: decided exactly.
    expect(metric(c, 'proxy-memory')).toMatchObject({ basis: 'new', verdict: 'pass', current: 60 })
    expect(c.verdict).toBe('regression')
  })

  it('under the caps it passes, so a PR that adds a cheap data plane is not inconclusive', () => {
    const c = compareResults(
      results(unmeshed),
      results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0], proxyCpu: [60, 62, 58, 61, 59] }),
      config,
    )
    expect(metric(c, 'proxy-cpu')).toMatchObject({ basis: 'new', verdict: 'pass', reason: null })
    expect(metric(c, 'proxy-cpu').passBound!).toBeLessThan(100)
    expect(c.verdict).toBe('pass')
  })

  it('straddling the cap is inconclusive, saying so; the gate config sets the caps, or ungates them', () => {
    const head = results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0], proxyCpu: [70, 130, 95, 110, 90] })
    const c = compareResults(results(unmeshed), head, config)
    expect(metric(c, 'proxy-cpu')).toMatchObject({ basis: 'new', verdict: 'inconclusive' })
    expect(metric(c, 'proxy-cpu').reason).toMatch(/new data plane: its cost is too close to the cap/)
    const raised = gateConfigFrom({ thresholds: { 'proxy-cpu-new': '0.5' } }, 'gate.yaml')
    expect(metric(compareResults(results(unmeshed), head, raised), 'proxy-cpu')).toMatchObject({
      verdict: 'pass',
      threshold: '500m',
    })
    const off = gateConfigFrom(
      { scenarios: [{ name: 'echo-1k', thresholds: { 'proxy-cpu-new': 'off' } }] },
      'gate.yaml',
    )
    const shown = metric(compareResults(results(unmeshed), head, off), 'proxy-cpu')
    expect(shown).toMatchObject({ basis: 'new', verdict: 'info', threshold: 'not gated' })
    expect(shown.current).toBeCloseTo(99, 6)
  })

  it('a baseline without resource samples measured nothing: not a new data plane, still undecided', () => {
    const c = compareResults(
      results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] }),
      results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0], proxyCpu: [60, 62, 58, 61, 59] }),
      config,
    )
    expect(metric(c, 'proxy-cpu')).toMatchObject({ basis: 'change', verdict: 'inconclusive' })
    expect(metric(c, 'proxy-cpu').reason).toMatch(
      /at least 2 observations per side \(baseline 0, current 5\)/,
    )
  })

  it('one sample of the new data plane cannot be decided', () => {
    const c = compareResults(
      results(unmeshed),
      results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0], proxyCpu: [60] }),
      config,
    )
    expect(metric(c, 'proxy-cpu')).toMatchObject({ basis: 'new', verdict: 'inconclusive' })
    expect(metric(c, 'proxy-cpu').reason).toMatch(/needs at least 2 observations of it \(current 1\)/)
  })
})

describe('a new data plane on its cap keeps both promises (seeded trials)', () => {
  // decideNew at one look: two-sided confidence 0.98 (1% per tail) and a one-sided pass bound at 0.95.
  const trial = (trueCost: number, z: () => number) =>
    decideNew(
      {
        scenario: 's',
        metric: 'proxy-cpu',
        cap: { kind: 'cap', value: 100 },
        cur: Array.from({ length: 6 }, () => trueCost + 10 * z()),
        baseSamples: 6,
      },
      0.98,
      0.95,
    ).verdict
  const rate = (trueCost: number, verdict: string, trials = 4000) => {
    const z = normals(20261206)
    let n = 0
    for (let i = 0; i < trials; i++) if (trial(trueCost, z) === verdict) n++
    return n / trials
  }

  it('a cost exactly on the cap is a regression at most 1% and a pass at most 5% of the time', () => {
    // Expected 1% and 5% under normal noise; 4,000 trials put 4 standard errors at +0.63 and +1.4 points.
    expect(rate(100, 'regression')).toBeLessThan(0.0163)
    expect(rate(100, 'pass')).toBeLessThan(0.064)
  })

  it('controls: well above the cap is almost always a regression, well below almost always a pass', () => {
    expect(rate(130, 'regression')).toBeGreaterThan(0.9)
    expect(rate(70, 'pass')).toBeGreaterThan(0.9)
  })
})

describe('compareResults: a pass is only a pass for what was measured', () => {
  const side = { p99: [1.0, 1.02, 0.98, 1.01, 0.99] }
  const payments = {
    kind: 'DestinationRule',
    namespace: 'shop',
    name: 'payments',
    status: 'not-measured' as const,
    reason: 'another host (payments.shop.svc.cluster.local)',
  }
  const cart = { ...payments, name: 'cart', status: 'on-path' as const, reason: 'crossed by shop/cart' }

  it('a changed object no path crossed turns a pass into inconclusive, naming it and the fix', () => {
    const c = compareResults(results(side), { ...results(side), coverage: [cart, payments] }, config)
    expect(p99(c).verdict).toBe('pass')
    expect(c.verdict).toBe('inconclusive')
    expect(c.notes).toContain(
      'Not measured: DestinationRule shop/payments (another host (payments.shop.svc.cluster.local)); add `shop/payments` to `targets` in the gate config to measure it.',
    )
  })

  it('everything on the path stays a pass; `unmeasured: pass` accepts the rest and says so', () => {
    expect(compareResults(results(side), { ...results(side), coverage: [cart] }, config).verdict).toBe('pass')
    const accepting = gateConfigFrom({ unmeasured: 'pass' }, 'gate.yaml')
    const c = compareResults(results(side), { ...results(side), coverage: [payments] }, accepting)
    expect(c.verdict).toBe('pass')
    expect(c.notes.at(-1)).toMatch(
      /^Not measured: DestinationRule shop\/payments .*\(accepted: the gate config says `unmeasured: pass`\)\.$/,
    )
  })

  it('a measured regression stays a regression', () => {
    const c = compareResults(
      results(side),
      { ...results({ p99: [1.25, 1.27, 1.23, 1.26, 1.24] }), coverage: [payments] },
      config,
    )
    expect(c.verdict).toBe('regression')
  })
})

/**
 * The report renderer. The golden file test/report/golden/regression.md is the reviewed output for a hand-built
 * regression comparison; after an intended change to the report, regenerate it with
 *
 *   UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest test/report
 *
 * and review the diff of the .md file before committing it. The file is wrapped in prettier-ignore comments,
 * which the test strips, because `prettier --check test/report` would otherwise re-align its tables.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { compareResults } from '../../src/compare/verdict.js'
import { DEFAULT_COST, defaultGateConfig } from '../../src/config/gate-config.js'
import { GITHUB_COMMENT_LIMIT, renderReport } from '../../src/report/markdown.js'
import { results } from '../compare/builders.js'
import { comparison, metric, passingScenario, regressionComparison } from './fixtures.js'

const MARKER = '<!-- mesh-mtls-gate:comment-id -->'
const IGNORE_START = '<!-- prettier-ignore-start -->\n\n'
const IGNORE_END = '\n<!-- prettier-ignore-end -->\n'
const options = { cost: DEFAULT_COST, marker: MARKER }

/** Table rows split on unescaped pipes, the way GFM splits cells. */
function cells(line: string): string[] {
  return line.split('|').slice(1, -1)
}

/** Fences and <details> must come in whole pairs, whatever was left out. */
function expectBalanced(text: string): void {
  expect((text.match(/^```/gm) ?? []).length % 2).toBe(0)
  expect((text.match(/<details>/g) ?? []).length).toBe((text.match(/<\/details>/g) ?? []).length)
  for (const table of text.split('\n\n').filter((b) => b.startsWith('| Metric'))) {
    const widths = table.split('\n').map((l) => cells(l).length)
    expect(new Set(widths)).toEqual(new Set([7]))
  }
}

describe('renderReport', () => {
  it('matches the golden file for a regression', () => {
    const golden = fileURLToPath(new URL('./golden/regression.md', import.meta.url))
    const text = renderReport(regressionComparison(), options)
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, `${IGNORE_START}${text}${IGNORE_END}`)
    expect(existsSync(golden)).toBe(true)
    const stored = readFileSync(golden, 'utf8')
    expect(stored.startsWith(IGNORE_START) && stored.endsWith(IGNORE_END)).toBe(true)
    expect(text).toBe(stored.slice(IGNORE_START.length, -IGNORE_END.length))
  })

  it('says per scenario how it was analysed, how many repetitions it took, why it stopped and its p99 MDE', () => {
    const base = regressionComparison()
    const c = {
      ...base,
      metrics: base.metrics.map((m) =>
        m.metric === 'latency-p99' && m.scenario === 'echo-1k' ? { ...m, mde: 0.134 } : m,
      ),
      scenarios: [
        {
          scenario: 'echo-1k',
          design: 'paired' as const,
          designReason: null,
          arrangement: 'interleaved' as const,
          look: {
            repetitions: 8,
            maxRepetitions: 12,
            index: 2,
            looks: 3,
            alpha: 0.0027,
            passAlpha: 0.0135,
            scheduled: true,
          },
          confidence: 0.997,
          next: 'stop' as const,
          why: 'a regression is established after 8 repetitions per side',
        },
      ],
    }
    expect(renderReport(c, options)).toContain(
      '- <code>echo-1k</code>: paired by time (same-run A/B), 8 of at most 12 repetitions per side (look 2 of 3); ' +
        'stopped: a regression is established after 8 repetitions per side; ' +
        'smallest p99 change it would have caught 90% of the time: +13.4%.',
    )
  })

  it('puts the marker first and leads with the worst regression', () => {
    const text = renderReport(regressionComparison(), options)
    expect(text.startsWith(`${MARKER}\n`)).toBe(true)
    const headline = text.split('\n').find((l) => l.startsWith('❌'))
    // proxy CPU is 1.9× its threshold, p99 1.2×: CPU leads.
    expect(headline).toBe(
      '❌ **Regression.** proxy CPU of scenario <code>echo-1k</code> rose 27.9% ' +
        '(interval +20.0% … +36.0%; threshold +15%). 1 more gated metric regressed as well.',
    )
    expect(text).toContain(
      '99.7% simultaneous intervals, false-alarm rate 1% over the 7 of 8 gated metrics that were tested; ' +
        'a metric whose change is as large as its threshold passes with probability at most 5%.',
    )
    expect(text).toContain(
      '| p99 latency | 8.74 ms | 9.81 ms | +12.3% | +8.1% … +16.6% | +10% | ❌ regression |',
    )
    expect(text).toContain('| p50 latency | 812 µs | 860 µs |')
    expectBalanced(text)
  })

  it('uses the default title and omits the marker when none is given', () => {
    const text = renderReport(regressionComparison(), { cost: DEFAULT_COST })
    expect(text.startsWith('### mesh-mtls-gate\n')).toBe(true)
    expect(renderReport(regressionComparison(), { cost: DEFAULT_COST, title: 'gate' })).toMatch(/^### gate\n/)
  })

  it('says pass when every gated metric passes', () => {
    const text = renderReport(comparison([...passingScenario('a'), ...passingScenario('b')]), options)
    expect(text).toContain('✅ **Pass.** All 8 gated metrics in 2 scenarios are within their thresholds.')
    expect(text).not.toContain('❌')
    // Passing scenarios are folded away.
    expect(text).toContain('<details><summary>✅ <code>a</code>: 4 gated metrics within thresholds</summary>')
  })

  it('says which metrics are inconclusive and why', () => {
    const rows = passingScenario('echo-1k')
    rows[2] = metric('echo-1k', 'latency-p99', {
      verdict: 'inconclusive',
      reason: 'saturated run: latencies suffer coordinated omission',
      baseline: 9,
      current: 9.5,
      threshold: '+10%',
    })
    const text = renderReport(comparison(rows, { verdict: 'inconclusive' }), options)
    expect(text).toContain(
      '⚠️ **Inconclusive.** 1 gated metric could not be decided: p99 latency of <code>echo-1k</code> ' +
        '(saturated run: latencies suffer coordinated omission).',
    )
    expect(text).toContain('#### ⚠️ <code>echo-1k</code>')
  })

  it('names at most three undecided metrics', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((s) =>
      metric(s, 'latency-p99', { verdict: 'inconclusive', reason: 'too wide', threshold: '+10%' }),
    )
    const text = renderReport(comparison(rows, { verdict: 'inconclusive' }), options)
    expect(text).toContain('5 gated metrics could not be decided: ')
    expect(text).toContain('p99 latency of <code>c</code> (too wide); and 2 more.')
    expect(text).not.toContain('of <code>d</code>')
  })

  // It printed "false-alarm rate 1% over 0 gated metrics" beside "2 gated metrics could not be decided".
  it('counts the false-alarm rate over the gated metrics that were tested, and says when none was', () => {
    const one = { p99: [1.0], proxyCpu: [10] }
    const none = renderReport(compareResults(results(one), results(one), defaultGateConfig()), options)
    expect(none).toMatch(/\*\*Inconclusive\.\*\* (\d+) gated metrics could not be decided/)
    const undecided = Number(/(\d+) gated metrics could not be decided/.exec(none)![1])
    expect(none).toContain(
      `None of the ${undecided} gated metrics was tested statistically, so none of the false-alarm rate (1%) was spent;`,
    )
    expect(none).not.toMatch(/over 0 gated metrics|simultaneous intervals/)
    // p99 tested over five repetitions a side, proxy CPU not (one sample a side): the rate is over the one tested.
    const some = compareResults(
      results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99], proxyCpu: [10] }),
      results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99], proxyCpu: [10] }),
      defaultGateConfig(),
    )
    const gated = some.metrics.filter((m) => m.verdict !== 'info').length
    expect({ tested: some.gatedTests, untested: gated > some.gatedTests }).toEqual({
      tested: some.gatedTests,
      untested: true,
    })
    expect(renderReport(some, options)).toContain(
      `false-alarm rate 1% over the ${some.gatedTests} of ${gated} gated metrics that were tested;`,
    )
  })

  it('says so when there was nothing to gate', () => {
    const text = renderReport(
      comparison([], { verdict: 'inconclusive', notes: ['No gated metric.'] }),
      options,
    )
    expect(text).toContain('⚠️ **Inconclusive.** No gated metric could be compared.')
    expect(text).toContain('**Notes**\n\n- No gated metric.')
  })

  it('shows refused fingerprints as an error block and flagged ones as a warning', () => {
    const c = comparison(passingScenario('a'), {
      fingerprint: { refused: ['mesh: baseline istio, current linkerd'], flagged: ['node image: x, y'] },
    })
    const text = renderReport(c, options)
    expect(text).toContain('> [!CAUTION]\n> **Not comparable.**')
    expect(text).toContain('> - mesh: baseline istio, current linkerd')
    expect(text).toContain('> [!WARNING]\n> Measured in different environments')
  })

  it('names the mesh as installed: for Cilium the encryption its agents ran, with the request when it differs', () => {
    const side = () => {
      const r = results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] })
      r.fingerprint.mesh = {
        name: 'cilium',
        version: '1.20.2',
        profile: 'spire-mutual-auth, encryption: none (requested: wireguard)',
        encryption: { requested: 'wireguard', ran: 'none', nodes: [{ node: 'n1', encryption: 'none' }] },
      }
      return r
    }
    const text = renderReport(compareResults(side(), side(), defaultGateConfig()), options)
    expect(text).toContain('Mesh: cilium 1.20.2: spire-mutual-auth, encryption: none (requested: wireguard).')
    const none = results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] })
    none.fingerprint.mesh = null
    expect(renderReport(compareResults(none, none, defaultGateConfig()), options)).not.toMatch(/^Mesh:/m)
  })

  it('escapes a hostile scenario name everywhere it appears', () => {
    const name = 'a|b<script>@team'
    const rows = passingScenario(name)
    rows[2] = metric(name, 'latency-p99', {
      verdict: 'regression',
      reason: null,
      baseline: 1,
      current: 2,
      change: 1,
      interval: [0.5, 1.5],
      threshold: '+10%',
    })
    const text = renderReport(
      comparison(rows, { verdict: 'regression', notes: [`Scenario '${name}' is odd.`] }),
      options,
    )
    expect(text).not.toContain('<script>')
    expect(text).not.toMatch(/@team/)
    expect(text).not.toMatch(/a\|b/)
    expect(text).toContain('<code>a&#124;b&lt;script&gt;@&#8203;team</code>')
    // The chart title keeps only plain characters.
    expect(text).toContain('title "a_b_script_team: ')
    expectBalanced(text)
  })

  it('shows the cost of proxy overhead with its assumptions', () => {
    const text = renderReport(regressionComparison(), {
      cost: { pods: 10, vcpuHourUsd: 0.05, gibHourUsd: 0.01 },
    })
    // CPU: 11.5 m × 10 pods = 0.115 vCPU × $0.05 × 730 h = $4.20; memory: 1.3 MiB × 10 / 1024 × $0.01 × 730.
    expect(text).toContain(
      'Proxy overhead cost: ≈ +\\$4.29/month (CPU +\\$4.20, memory +\\$0.09) ' +
        'for 10 meshed pods at \\$0.05/vCPU-hour, \\$0.01/GiB-hour.',
    )
  })

  it('shows a data plane new on the head as new: its cost per meshed pod and per month, against its cap', () => {
    const c = compareResults(
      results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99], unmeshedSamples: 5 }),
      results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0], proxyCpu: [330, 340, 335, 338, 332] }),
      defaultGateConfig(),
    )
    const text = renderReport(c, options)
    expect(text).toMatch(
      /^❌ \*\*Regression\.\*\* proxy CPU of scenario <code>echo-1k<\/code>: a new data plane \(the baseline has none\) costs 335 m per meshed pod \(interval 3\d\d m … 3\d\d m; cap 100m\)\./m,
    )
    expect(text).toMatch(
      /^\| proxy CPU \| none \| 335 m \| 🆕 new \| 3\d\d m … 3\d\d m \| at most 100m \| ❌ regression \|$/m,
    )
    expect(text).toMatch(
      /^\| proxy memory \| none \| 60\.0 MiB \| 🆕 new \| 60\.0 MiB … 60\.0 MiB \| at most 128Mi \| ✅ pass \|$/m,
    )
    // 335 m × 100 pods = 33.5 vCPU × $0.0316 × 730 h = $773; 60 MiB × 100 / 1024 GiB × $0.0042 × 730 h = $17.96.
    expect(text).toContain(
      'New data plane (the baseline has none): 335 m CPU and 60.0 MiB memory per meshed pod, ≈ +\\$791/month ' +
        '(CPU +\\$773, memory +\\$17.96) for 100 meshed pods at \\$0.0316/vCPU-hour, \\$0.0042/GiB-hour.',
    )
    expect(text).not.toMatch(/needs at least 2 observations/)
    expectBalanced(text)
  })

  it('draws a latency chart per scenario', () => {
    const text = renderReport(regressionComparison(), options)
    expect(text.match(/```mermaid\nxychart-beta\n/g)).toHaveLength(2)
  })
})

describe('renderReport length limit', () => {
  const many = (n: number) => {
    const rows = Array.from({ length: n }, (_, i) => passingScenario(`scenario-${i}`)).flat()
    rows[2] = metric('scenario-0', 'latency-p99', {
      verdict: 'regression',
      reason: null,
      baseline: 1,
      current: 2,
      change: 1,
      interval: [0.5, 1.5],
      threshold: '+10%',
    })
    return comparison(rows, { verdict: 'regression' })
  }

  it('fits 2,000 scenarios into a GitHub comment and says how many are left out', () => {
    const text = renderReport(many(2000), options)
    expect(GITHUB_COMMENT_LIMIT).toBe(65536)
    expect(text.length).toBeLessThanOrEqual(65536)
    expect(text.startsWith(MARKER)).toBe(true)
    const omitted =
      /… (\d+) scenarios omitted: the full report is in the results artifact \/ job summary/.exec(text)
    expect(omitted).not.toBeNull()
    const shown = new Set(text.match(/<code>scenario-\d+<\/code>/g)).size
    expect(shown + Number(omitted?.[1])).toBe(2000)
    // The regressed scenario is kept, and the room is used.
    expect(text).toContain('#### ❌ <code>scenario-0</code>')
    expect(text.length).toBeGreaterThan(60000)
    expectBalanced(text)
  })

  it('drops charts before it drops scenarios', () => {
    const full = renderReport(many(3), options)
    const text = renderReport(many(3), { ...options, maxLength: full.length - 1 })
    expect(text.length).toBeLessThan(full.length)
    expect(text).not.toContain('```mermaid')
    expect(text).toContain('_Latency charts are left out')
    expect(text).not.toContain('omitted')
    expectBalanced(text)
  })

  it('respects any limit, even one smaller than the head', () => {
    for (const maxLength of [3000, 800, 120]) {
      const text = renderReport(many(20), { ...options, maxLength })
      expect(text.length).toBeLessThanOrEqual(maxLength)
      expectBalanced(text)
    }
  })
})

describe('renderReport: what was measured', () => {
  const side = { p99: [1.0, 1.02, 0.98, 1.01, 0.99] }
  const path = {
    id: 'shop/cart',
    client: { namespace: 'mesh-gate', workload: 'fortio-client', labels: {}, ports: [] },
    server: { namespace: 'shop', workload: 'cart', labels: { app: 'cart' }, ports: [8080] },
    url: 'http://cart.shop.svc.cluster.local:80/echo',
  }
  const coverage = [
    {
      kind: 'DestinationRule',
      namespace: 'shop',
      name: 'cart',
      status: 'on-path' as const,
      reason: 'crossed by shop/cart',
    },
    {
      kind: 'DestinationRule',
      namespace: 'shop',
      name: 'pay|ments',
      status: 'not-measured' as const,
      reason: 'another host (payments.shop.svc.cluster.local)',
    },
  ]

  it('shows the measured path and the coverage table, the unmeasured row in bold, names escaped', () => {
    const c = compareResults(
      results(side),
      { ...results(side), paths: [path], coverage },
      defaultGateConfig(),
    )
    const md = renderReport(c, { cost: DEFAULT_COST })
    expect(md).toContain('**Measured path**: `mesh-gate/fortio-client → shop/cart`')
    expect(md).toContain('| changed object | coverage | why |')
    expect(md).toContain('| DestinationRule shop/cart | on the path | crossed by shop/cart |')
    expect(md).toContain(
      '| DestinationRule shop/pay&#124;ments | **not measured** | another host (payments.shop.svc.cluster.local) |',
    )
    expect(c.verdict).toBe('inconclusive')
    // Every metric passed: the headline says why the verdict is not a pass.
    expect(md).toContain(
      '⚠️ **Inconclusive.** Not measured: DestinationRule shop/pay&#124;ments (no measured path crosses it).',
    )
  })

  it('says nothing of paths for results that do not record them', () => {
    const md = renderReport(compareResults(results(side), results(side), defaultGateConfig()), {
      cost: DEFAULT_COST,
    })
    expect(md).not.toMatch(/Measured path|changed object/)
  })
})

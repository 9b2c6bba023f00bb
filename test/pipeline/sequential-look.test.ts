import { describe, expect, it } from '@jest/globals'
import { defaultGateConfig } from '../../src/config/gate-config.js'
import type { SideRuns } from '../../src/load/runner.js'
import { sequentialLook } from '../../src/pipeline/sequential-look.js'
import { importFortio, type ImportedRun } from '../../src/results/fortio.js'
import { percentile, scaleHistogram } from '../../src/results/histogram.js'
import type { Side } from '../../src/vocabulary.js'
import { readFixture } from '../helpers.js'

// A real Fortio result, its latencies scaled per repetition: what the runner hands the hook after each block.
const recorded = importFortio(readFixture('fortio', 'http-ok.json'), 'http-ok.json')
function run(factor: number, startSeconds: number): ImportedRun {
  const histogram = scaleHistogram(recorded.repetition.latency.histogram, factor)
  const percentiles: Record<string, number> = {}
  for (const p of Object.keys(recorded.repetition.latency.percentiles))
    percentiles[p] = percentile(histogram, Number(p))
  return {
    ...recorded,
    repetition: {
      ...recorded.repetition,
      startTime: new Date(Date.parse('2026-12-01T10:00:00Z') + startSeconds * 1000).toISOString(),
      latency: { ...recorded.repetition.latency, histogram, percentiles },
    },
  }
}

/** The first n repetitions per side in A A B B B B A A order, 15 s apart; `head` scales the current side. */
function runs(n: number, noise: number[], head: number): Record<Side, SideRuns> {
  const order = ['base', 'base', 'head', 'head', 'head', 'head', 'base', 'base']
  const out: Record<Side, SideRuns> = { base: { runs: [], samples: [] }, head: { runs: [], samples: [] } }
  for (let position = 0; out.base.runs.length < n || out.head.runs.length < n; position++) {
    const side = order[position % order.length] as Side
    const factor = (1 + noise[position % noise.length]) * (side === 'head' ? head : 1)
    out[side].runs.push(run(factor, 15 * position))
  }
  return out
}

const NOISE = [0.01, -0.02, 0.015, -0.01, 0.02, -0.015, 0.005, -0.005, 0.012, -0.008, 0.018, -0.012]
const scenario = { name: 'echo-1k', repetitions: 12 }

describe('sequentialLook: the run decides after every block with the compare', () => {
  it('off the look schedule it goes on without a word', async () => {
    const logs: string[] = []
    const look = sequentialLook(scenario, defaultGateConfig(), 1, (l) => logs.push(l))
    expect(await look(2, runs(2, NOISE, 1.5))).toBe('continue')
    expect(logs).toEqual([])
  })

  it('a clear +50% p99 regression stops at the first look that can establish it, and says why', async () => {
    const logs: string[] = []
    const look = sequentialLook(scenario, defaultGateConfig(), 1, (l) => logs.push(l))
    const answers: string[] = []
    for (const n of [4, 8, 12]) {
      const answer = await look(n, runs(n, NOISE, 1.5))
      answers.push(answer)
      if (answer === 'stop') break
    }
    expect(answers.at(-1)).toBe('stop')
    expect(answers.length).toBeLessThan(3)
    expect(logs.at(-1)).toMatch(
      /^\[echo-1k\] look \d of 3: regression; a regression is established after \d+ repetitions per side$/,
    )
  })

  it('an unchanged configuration with little noise stops early with a pass', async () => {
    const logs: string[] = []
    const look = sequentialLook(scenario, defaultGateConfig(), 1, (l) => logs.push(l))
    const answers: string[] = []
    for (const n of [4, 8, 12]) {
      const answer = await look(n, runs(n, NOISE, 1))
      answers.push(answer)
      if (answer === 'stop') break
    }
    expect(answers).toEqual(['continue', 'stop'])
    expect(logs).toEqual([
      expect.stringMatching(
        /^\[echo-1k\] look 1 of 3: inconclusive; inconclusive after 4 repetitions per side \(latency-p99\); up to 12 allowed$/,
      ),
      '[echo-1k] look 2 of 3: pass; every gated metric passes after 8 repetitions per side',
    ])
  })

  it('noise too large to decide goes on to the maximum and stops there, inconclusive', async () => {
    const logs: string[] = []
    const look = sequentialLook(scenario, defaultGateConfig(), 1, (l) => logs.push(l))
    const wild = [0.4, -0.3, 0.2, -0.35, 0.3, -0.25, 0.1, -0.4]
    expect(await look(4, runs(4, wild, 1))).toBe('continue')
    expect(await look(8, runs(8, wild, 1))).toBe('continue')
    expect(await look(12, runs(12, wild, 1))).toBe('stop')
    expect(logs.at(-1)).toBe(
      '[echo-1k] look 3 of 3: inconclusive; the maximum of 12 repetitions per side is reached, still inconclusive',
    )
  })
})

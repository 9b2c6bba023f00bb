import { describe, expect, it } from '@jest/globals'
import { DEFAULT_COST } from '../../src/config/gate-config.js'
import { HOURS_PER_MONTH, monthlyOverheadCostUsd, scenarioOverheadCost } from '../../src/report/cost.js'
import { metric } from './fixtures.js'

describe('monthlyOverheadCostUsd', () => {
  const cost = { pods: 100, vcpuHourUsd: 0.0316, gibHourUsd: 0.0042 }

  it('prices CPU in vCPU-hours', () => {
    // +10 m per pod × 100 pods = 1 vCPU, × $0.0316 × 730 h.
    expect(HOURS_PER_MONTH).toBe(730)
    expect(monthlyOverheadCostUsd('proxy-cpu', 40, 50, cost)).toBeCloseTo(23.068, 9)
  })

  it('prices memory in GiB-hours', () => {
    // +10.24 MiB per pod × 100 pods = 1 GiB, × $0.0042 × 730 h.
    expect(monthlyOverheadCostUsd('proxy-memory', 80, 90.24, cost)).toBeCloseTo(3.066, 9)
  })

  it('is negative for a saving and zero for no pods', () => {
    expect(monthlyOverheadCostUsd('proxy-cpu', 50, 40, cost)).toBeCloseTo(-23.068, 9)
    expect(monthlyOverheadCostUsd('proxy-cpu', 40, 50, { ...cost, pods: 0 })).toBe(0)
  })
})

describe('scenarioOverheadCost', () => {
  it('adds CPU and memory and skips what was not measured on both sides', () => {
    const rows = [
      metric('s', 'proxy-cpu', { baseline: 40, current: 50 }),
      metric('s', 'proxy-memory', { baseline: 80, current: null }),
    ]
    const overhead = scenarioOverheadCost(rows, DEFAULT_COST)
    expect(overhead?.cpu).toBeCloseTo(23.068, 9)
    expect(overhead?.memory).toBeNull()
    expect(overhead?.total).toBeCloseTo(23.068, 9)
    expect(
      scenarioOverheadCost([metric('s', 'latency-p99', { baseline: 1, current: 2 })], DEFAULT_COST),
    ).toBeNull()
  })
})

describe('per 1k RPS', () => {
  it('divides the per-pod overhead by the achieved rate in thousands', async () => {
    const { perThousandRps } = await import('../../src/report/scenario.js')
    const row = (metric: string, baseline: number, current: number) =>
      ({ metric, baseline, current }) as unknown as import('../../src/compare/verdict.js').MetricComparison
    expect(
      perThousandRps([row('qps', 2000, 1000), row('proxy-cpu', 100, 100), row('proxy-memory', 80, 80)]),
    ).toBe('Per 1k RPS and meshed pod: proxy CPU 50.0 m → 100 m; proxy memory 40.0 MiB → 80.0 MiB.')
    expect(perThousandRps([row('proxy-cpu', 100, 100)])).toBeNull()
  })

  it('prices a data plane new on the head whole: the baseline has none, so its cost is what the PR adds', () => {
    const rows = [
      metric('s', 'proxy-cpu', { basis: 'new', current: 50 }),
      metric('s', 'proxy-memory', { basis: 'new', current: 10.24 }),
    ]
    const overhead = scenarioOverheadCost(rows, DEFAULT_COST)
    expect(overhead?.cpu).toBeCloseTo(monthlyOverheadCostUsd('proxy-cpu', 0, 50, DEFAULT_COST), 9)
    expect(overhead?.memory).toBeCloseTo(monthlyOverheadCostUsd('proxy-memory', 0, 10.24, DEFAULT_COST), 9)
    expect(overhead?.new).toEqual({ cpuMillicores: 50, memoryMiB: 10.24 })
    expect(
      scenarioOverheadCost([metric('s', 'proxy-cpu', { baseline: 40, current: 50 })], DEFAULT_COST)?.new,
    ).toBeNull()
  })
})

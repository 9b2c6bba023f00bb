import { describe, expect, it } from '@jest/globals'
import { chartText, latencyChart } from '../../src/report/chart.js'
import { metric } from './fixtures.js'

describe('latencyChart', () => {
  it('draws baseline and current bars per percentile, taller series behind', () => {
    const rows = [
      metric('echo-1k', 'latency-p50', { baseline: 0.8, current: 0.9 }),
      metric('echo-1k', 'latency-p90', { baseline: 2.4, current: 2.6 }),
      metric('echo-1k', 'latency-p99', { baseline: 8.74, current: 9.82 }),
      metric('echo-1k', 'latency-p999', { baseline: 15.2, current: 17.9 }),
      metric('echo-1k', 'qps', { baseline: 1000, current: 990 }),
    ]
    expect(latencyChart('echo-1k', rows)).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "echo-1k: baseline in front of current"',
        '  x-axis ["p50", "p90", "p99", "p99.9"]',
        '  y-axis "latency (ms)" 0 --> 20',
        '  bar "current" [0.900, 2.60, 9.82, 17.9]',
        '  bar "baseline" [0.800, 2.40, 8.74, 15.2]',
        '```',
      ].join('\n'),
    )
  })

  it('leaves out percentiles missing on either side, and the chart when none is left', () => {
    const rows = [
      metric('s', 'latency-p50', { baseline: 2, current: 1 }),
      metric('s', 'latency-p99', { baseline: 5, current: null }),
    ]
    const chart = latencyChart('s', rows) ?? ''
    expect(chart).toContain('x-axis ["p50"]')
    expect(chart).toContain('title "s: current in front of baseline"')
    expect(latencyChart('s', rows.slice(1))).toBeNull()
    expect(latencyChart('s', [])).toBeNull()
  })

  it('never writes exponent notation, which Mermaid cannot parse', () => {
    const chart = latencyChart('s', [metric('s', 'latency-p50', { baseline: 1e-7, current: 2e-7 })]) ?? ''
    expect(chart).not.toMatch(/\de[+-]?\d/)
  })
})

describe('chartText', () => {
  it('keeps only characters that cannot end a Mermaid string or a code fence', () => {
    expect(chartText('a"b`c```\n<x>')).toBe('a_b_c_x_')
  })
})

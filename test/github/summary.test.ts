import { describe, expect, it } from '@jest/globals'
import { fitSummary } from '../../src/github/summary.js'

describe('job summary size', () => {
  it('fits the byte limit even when characters take several bytes', () => {
    const render = (max: number) => 'é'.repeat(Math.min(max, 10_000))
    const text = fitSummary(render, 8192)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(8192)
    expect(text.length).toBeGreaterThan(3000)
  })
  it('keeps a report that fits unchanged', () => {
    expect(fitSummary(() => 'short', 8192)).toBe('short')
  })
})

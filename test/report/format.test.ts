import { describe, expect, it } from '@jest/globals'
import {
  formatChange,
  formatConfidence,
  formatInterval,
  formatPercent,
  formatUsd,
  formatValue,
  significant,
} from '../../src/report/format.js'

describe('formatValue', () => {
  it('shows latencies under a millisecond in µs, others in ms, to 3 significant digits', () => {
    expect(formatValue(0.142, 'ms')).toBe('142 µs')
    expect(formatValue(0.0425, 'ms')).toBe('42.5 µs')
    expect(formatValue(0.9994, 'ms')).toBe('999 µs')
    // Rounds to 1.00 ms, so it is not shown as 1000 µs.
    expect(formatValue(0.9996, 'ms')).toBe('1.00 ms')
    expect(formatValue(1, 'ms')).toBe('1.00 ms')
    expect(formatValue(12.345, 'ms')).toBe('12.3 ms')
    expect(formatValue(1234.5, 'ms')).toBe('1235 ms')
    expect(formatValue(0, 'ms')).toBe('0 ms')
  })

  it('formats the other units', () => {
    expect(formatValue(0.12, '%')).toBe('0.12%')
    expect(formatValue(0, '%')).toBe('0%')
    expect(formatValue(999.6, 'qps')).toBe('1000 qps')
    expect(formatValue(12.34, 'millicores')).toBe('12.3 m')
    expect(formatValue(85.12, 'MiB')).toBe('85.1 MiB')
    expect(formatValue(null, 'MiB')).toBe('—')
    expect(formatValue(Number.NaN, 'ms')).toBe('—')
  })
})

describe('formatChange and formatInterval', () => {
  it('shows relative changes in percent with a sign', () => {
    expect(formatChange(0.123, 'relative')).toBe('+12.3%')
    expect(formatChange(-0.07, 'relative')).toBe('−7.0%')
    expect(formatChange(-0.0001, 'relative')).toBe('0.0%')
  })

  it('shows absolute changes in points', () => {
    expect(formatChange(0.15, 'absolute')).toBe('+0.15 pt')
    expect(formatChange(-0.004, 'absolute')).toBe('−0.004 pt')
    expect(formatChange(0, 'absolute')).toBe('0.00 pt')
  })

  it('shows an interval in the same form, or a dash', () => {
    expect(formatInterval([0.081, 0.166], 'relative')).toBe('+8.1% … +16.6%')
    expect(formatInterval([-0.05, 0.25], 'absolute')).toBe('−0.05 pt … +0.25 pt')
    expect(formatInterval(null, 'relative')).toBe('—')
  })
})

describe('numbers', () => {
  it('never uses exponent notation', () => {
    expect(significant(1.234e-7)).toBe('0.000000123')
    expect(significant(9.996)).toBe('10.0')
    expect(significant(-0.5)).toBe('-0.500')
  })

  it('shows confidence with enough decimals and rounded down', () => {
    expect(formatConfidence(0.995)).toBe('99.5%')
    expect(formatConfidence(1 - 0.02 / 8000)).toBe('99.9997%')
    expect(formatConfidence(0.98)).toBe('98%')
    expect(formatConfidence(0.9875)).toBe('98.7%')
    expect(formatPercent(0.01)).toBe('1%')
    expect(formatPercent(0.001)).toBe('0.1%')
  })

  it('escapes dollar signs, which GitHub would read as math', () => {
    expect(formatUsd(123.4, { sign: true })).toBe('+\\$123')
    expect(formatUsd(-2.994)).toBe('−\\$2.99')
    expect(formatUsd(0.001, { sign: true })).toBe('\\$0.00')
  })
})

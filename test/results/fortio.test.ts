import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { importFortio, parseGoDuration } from '../../src/results/fortio.js'
import { percentile } from '../../src/results/histogram.js'
import { fixture, readFixture, SHARED } from '../helpers.js'

const SAMPLES = fixture('fortio', 'shared-samples')
const sampleFiles = readdirSync(SAMPLES).filter((f) => f.endsWith('.json'))

describe('Fortio import of older versions (shared samples)', () => {
  it('has the shared samples, unchanged', () => {
    expect(sampleFiles).toHaveLength(3)
    const shared = join(SHARED, 'fortio-samples')
    // CI lays shared/ beside the clone; the copies must not drift from it.
    if (process.env.CI === 'true' || existsSync(shared)) {
      for (const f of sampleFiles)
        expect(readFileSync(join(SAMPLES, f), 'utf8')).toBe(readFileSync(join(shared, f), 'utf8'))
    }
  })

  it.each(sampleFiles)(
    '%s: p99 equals Fortio’s own Percentiles value, and so does our interpolation',
    (f) => {
      const text = readFileSync(join(SAMPLES, f), 'utf8')
      const raw = JSON.parse(text)
      const fortioP99 = raw.DurationHistogram.Percentiles.find(
        (p: { Percentile: number }) => p.Percentile === 99,
      ).Value
      const run = importFortio(text, f)
      expect(run.repetition.latency.percentiles['99']).toBe(fortioP99)
      // Our own percentile arithmetic (used for pooling) reproduces every value Fortio printed.
      for (const p of raw.DurationHistogram.Percentiles) {
        expect(percentile(run.repetition.latency.histogram, p.Percentile)).toBeCloseTo(p.Value, 12)
      }
    },
  )

  it('reads the 1.28 HTTP sample with errors: codes, error count, duration units', () => {
    const run = importFortio(
      readFileSync(
        join(
          SAMPLES,
          sampleFiles.find((f) => f.includes('with_errors'))!,
        ),
        'utf8',
      ),
      'x',
    )
    expect(run.repetition.codes).toEqual({ '200': 2930, '429': 56, '503': 14 })
    expect(run.repetition.errors).toBe(70)
    expect(run.repetition.requests).toBe(3000)
    expect(run.repetition.actualDurationSeconds).toBeCloseTo(3.007691878, 9)
    expect(run.settings).toMatchObject({ protocol: 'http', qps: 1000, connections: 8, durationSeconds: 3 })
    expect(run.fortioVersion).toBe('1.28.0')
    expect(run.fortioFlags).toEqual(['-uniform', '-nocatchup'])
    expect(run.label).toBe('Sample with errors')
    expect(run.repetition.saturated).toBe(false)
  })

  it('reads the 0.9.0 gRPC ping sample, whose success code is the health enum "1"', () => {
    const run = importFortio(
      readFileSync(
        join(
          SAMPLES,
          sampleFiles.find((f) => f.includes('grpc'))!,
        ),
        'utf8',
      ),
      'g',
    )
    expect(run.settings.protocol).toBe('grpc')
    expect(run.repetition.errors).toBe(0)
    // 7.57 of 8 requested QPS is more than 5% short: saturated.
    expect(run.repetition.saturated).toBe(true)
  })
})

describe('Fortio import of the real v1.75.2 binary', () => {
  it('HTTP success', () => {
    const run = importFortio(readFixture('fortio', 'http-ok.json'), 'http-ok.json')
    expect(run.fortioVersion).toBe('1.75.2')
    expect(run.repetition.errors).toBe(0)
    expect(run.fortioFlags).toContain('-r=0.00001')
    const raw = JSON.parse(readFixture('fortio', 'http-ok.json'))
    const p99 = raw.DurationHistogram.Percentiles.find(
      (p: { Percentile: number }) => p.Percentile === 99,
    ).Value
    expect(run.repetition.latency.percentiles['99']).toBe(p99)
  })

  it('HTTP with 503 and 429 answers counts them as errors', () => {
    const run = importFortio(readFixture('fortio', 'http-errors.json'), 'http-errors.json')
    const raw = JSON.parse(readFixture('fortio', 'http-errors.json'))
    expect(run.repetition.errors).toBe(raw.RetCodes['503'] + raw.RetCodes['429'])
    expect(run.repetition.errors).toBeGreaterThan(0)
  })

  it('socket errors ("-1") are errors', () => {
    const run = importFortio(readFixture('fortio', 'http-socket-errors.json'), 's')
    expect(run.repetition.codes).toEqual({ '-1': 40 })
    expect(run.repetition.errors).toBe(40)
    expect(run.settings.durationSeconds).toBeNull() // "exactly 40 calls"
  })

  it('gRPC ping with status names', () => {
    const run = importFortio(readFixture('fortio', 'grpc-ping.json'), 'grpc-ping.json')
    expect(run.settings.protocol).toBe('grpc')
    expect(run.repetition.codes).toEqual({ SERVING: 200 })
    expect(run.repetition.errors).toBe(0)
  })

  it('marks a run that fell more than 5% short of its requested QPS as saturated', () => {
    const run = importFortio(readFixture('fortio', 'http-saturated.json'), 'sat')
    expect(run.repetition.requestedQps).toBe(100000)
    expect(run.repetition.saturated).toBe(true)
    expect(importFortio(readFixture('fortio', 'http-ok.json'), 'ok').repetition.saturated).toBe(false)
  })
})

describe('Fortio import of results written before RunType (the real 0.8.1 binary)', () => {
  it.each([
    ['http-v0.8.1.json', 'http', { '200': 200 }, 'echo-http'],
    ['grpc-v0.8.1.json', 'grpc', { '1': 100 }, 'grpc-health'],
  ] as const)('%s: %s, codes and labels read, start time kept', (file, protocol, codes, label) => {
    const text = readFixture('fortio', 'v0.8.1', file)
    expect(JSON.parse(text).RunType).toBeUndefined()
    const run = importFortio(text, file)
    expect(run.settings.protocol).toBe(protocol)
    expect(run.repetition.codes).toEqual(codes)
    expect(run.repetition.errors).toBe(0)
    expect(run.label).toBe(label)
    expect(run.fortioVersion).toBe('0.8.1-pre')
    expect(run.repetition.startTime).toBe(JSON.parse(text).StartTime)
    expect(run.repetition.latency.percentiles['99']).toBeGreaterThan(0)
  })

  it('a result without NumThreads (Fortio before 0.3.2) is refused naming the field, not DurationHistogram', () => {
    const { NumThreads: _, ...old } = JSON.parse(readFixture('fortio', 'v0.8.1', 'http-v0.8.1.json'))
    expect(() => importFortio(JSON.stringify(old), 'old.json')).toThrow(
      /old\.json: field 'NumThreads' is missing/,
    )
  })
})

describe('Fortio import rejects bad input with the file and field named', () => {
  const ok = JSON.parse(readFixture('fortio', 'http-ok.json'))
  const cases: Array<[string, string, RegExp]> = [
    ['truncated JSON', readFixture('fortio', 'http-ok.json').slice(0, 500), /bad\.json: not valid JSON/],
    [
      'a Fortio error reply',
      readFixture('fortio', 'rest-error-reply.json'),
      /field 'error'.*connection refused/,
    ],
    ['a non-Fortio file', JSON.stringify({ kind: 'PodMetrics' }), /not a Fortio result/],
    ['an array', '[1,2]', /expected a JSON object/],
    [
      'an empty histogram',
      JSON.stringify({
        ...ok,
        DurationHistogram: { ...ok.DurationHistogram, Count: 0, Data: null, Percentiles: undefined },
      }),
      /DurationHistogram\.Count.*empty/,
    ],
    ['a wrong type', JSON.stringify({ ...ok, ActualQPS: 'fast' }), /field 'ActualQPS'/],
    ['a bad RequestedQPS', JSON.stringify({ ...ok, RequestedQPS: 'lots' }), /field 'RequestedQPS'/],
    [
      'buckets that do not add up',
      JSON.stringify({
        ...ok,
        DurationHistogram: { ...ok.DurationHistogram, Count: ok.DurationHistogram.Count + 5 },
      }),
      /bucket counts add up/,
    ],
  ]
  it.each(cases)('%s', (_name, text, message) => {
    expect(() => importFortio(text, 'bad.json')).toThrow(InputError)
    expect(() => importFortio(text, 'bad.json')).toThrow(message)
  })

  // What the artifact's schema would refuse is refused at import, naming the Fortio field (issue #22: these exited
  // 70 with the schema's issue list when the artifact was written).
  const hist = ok.DurationHistogram
  it.each([
    ['ActualDuration', { ActualDuration: -1 }, /field 'ActualDuration' in bad\.json: .*>=0 \(got -1\)/],
    ['ActualQPS', { ActualQPS: -400 }, /field 'ActualQPS' in bad\.json: .*>=0 \(got -400\)/],
    ['NumThreads', { NumThreads: -4 }, /field 'NumThreads' in bad\.json: .*>=0 \(got -4\)/],
    [
      'DurationHistogram.Avg',
      { DurationHistogram: { ...hist, Avg: -0.001 } },
      /field 'DurationHistogram\.Avg' in bad\.json/,
    ],
    [
      'bucket Start',
      {
        DurationHistogram: {
          ...hist,
          Data: hist.Data.map((b: object, i: number) => (i === 1 ? { ...b, Start: -1 } : b)),
        },
      },
      /field 'DurationHistogram\.Data\[1\]\.Start' in bad\.json: .* \(got -1\)/,
    ],
    [
      'percentile value',
      {
        DurationHistogram: {
          ...hist,
          Percentiles: hist.Percentiles.map((p: { Percentile: number }) =>
            p.Percentile === 99 ? { ...p, Value: -2 } : p,
          ),
        },
      },
      /field 'DurationHistogram\.Percentiles\[\d\]' in bad\.json/,
    ],
    [
      'response count',
      { RetCodes: { '200': hist.Count, '503': -3 } },
      /field 'RetCodes\.503' in bad\.json: .* \(got -3\)/,
    ],
  ])('refuses a negative %s, naming the Fortio field', (_name, change, message) => {
    const text = JSON.stringify({ ...ok, ...change })
    expect(() => importFortio(text, 'bad.json')).toThrow(InputError)
    expect(() => importFortio(text, 'bad.json')).toThrow(message)
  })

  it('accepts RequestedQPS "max" and a numeric RequestedQPS of old versions', () => {
    expect(importFortio(JSON.stringify({ ...ok, RequestedQPS: 'max' }), 'm').repetition.requestedQps).toBe(
      'max',
    )
    expect(importFortio(JSON.stringify({ ...ok, RequestedQPS: 400 }), 'n').repetition.requestedQps).toBe(400)
  })
})

describe('parseGoDuration', () => {
  it.each([
    ['3s', 3],
    ['1m30s', 90],
    ['250ms', 0.25],
    ['1h', 3600],
    ['exactly 100 calls', null],
  ])('%s', (text, seconds) => {
    const value = parseGoDuration(text)
    if (seconds === null) expect(value).toBeNull()
    else expect(value).toBeCloseTo(seconds, 9)
  })
})

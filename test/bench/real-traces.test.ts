import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  TRACE_FORMAT,
  TraceError,
  alternatingGroups,
  parseTrace,
  pooledPercentile,
  readTraceSets,
  replayCell,
  type Trace,
} from '../../bench/real-traces-replay.js'
import { Random, scaleRun } from '../../bench/trials.js'
import { importFortio } from '../../src/results/fortio.js'
import type { Repetition } from '../../src/results/schema.js'
import { FIXTURES, readFixture } from '../helpers.js'

const TRACES = join(FIXTURES, 'traces')
const run = importFortio(readFixture('fortio', 'http-ok.json'), 'http-ok.json')

/** A repetition of the recorded run at `startSeconds`, its latencies times `factor`. */
function rep(index: number, startSeconds: number, factor = 1): Repetition {
  const start = new Date(Date.parse('2026-12-07T02:00:00Z') + startSeconds * 1000).toISOString()
  return { ...scaleRun(run, factor, start).repetition, index }
}

/** A trace in the recorder's form: `perSide` repetitions per side, the head's latencies times `effect`. */
function trace(design: 'alternating' | 'simultaneous', perSide: number, effect: number, jitter = 0): object {
  const base: Repetition[] = []
  const head: Repetition[] = []
  // A machine that drifts: a factor per repetition that both sides of a unit share.
  const drift = (k: number) => 1 + jitter * Math.sin(k * 1.7)
  // And a little of its own per repetition, so that the units' differences vary.
  const own = (k: number) => 1 + 0.02 * Math.cos(k * 2.3)
  if (design === 'simultaneous')
    for (let i = 0; i < perSide; i++) {
      base.push(rep(i, 11 * i, drift(i)))
      head.push(rep(i, 11 * i + 0.05, drift(i) * own(i) * effect))
    }
  else {
    // A A B B B B A A …
    let position = 0
    for (let g = 0; g < perSide / 2; g++) {
      const sides = g % 2 === 0 ? ['base', 'base', 'head', 'head'] : ['head', 'head', 'base', 'base']
      for (const side of sides) {
        const list = side === 'base' ? base : head
        list.push(rep(list.length, 11 * position, drift(g) * own(position) * (side === 'head' ? effect : 1)))
        position++
      }
    }
  }
  return {
    format: TRACE_FORMAT,
    design,
    case: effect === 1 ? 'aa' : 'delay',
    delay: effect === 1 ? null : '5ms:0.1',
    scenario: {
      name: 'echo-1k',
      qps: 1000,
      connections: 16,
      durationSeconds: 10,
      payloadBytes: 1024,
      resolution: 2e-5,
    },
    settings: run.settings,
    fortio: { version: run.fortioVersion, flags: run.fortioFlags },
    recorded: {
      start: '2026-12-07T02:00:00Z',
      end: '2026-12-07T02:10:00Z',
      loadavg: { start: [1, 1, 1], end: [2, 2, 2] },
      cpus: 2,
    },
    realised: { p50Ratio: effect, p99Ratio: effect },
    repetitions: { base, head },
  }
}

const parse = (o: object) => parseTrace(JSON.stringify(o), 'fixtures/traces/x.json')

describe('real-trace replay: reading a trace', () => {
  it('names the file and the field of what is wrong', () => {
    expect(() => parseTrace('{', 'a.json')).toThrow(/^a\.json: not JSON/)
    const t = trace('simultaneous', 4, 1) as { repetitions: { base: Array<Record<string, unknown>> } }
    t.repetitions.base[2].startTime = null
    expect(() => parse(t)).toThrow(
      'fixtures/traces/x.json: repetitions.base.2.startTime: missing or unreadable',
    )
    const u = trace('simultaneous', 4, 1) as Record<string, unknown>
    delete u.recorded
    expect(() => parse(u)).toThrow(/^fixtures\/traces\/x\.json: recorded: /)
    expect(() => parse({ ...trace('alternating', 4, 1), format: 'other/1' })).toThrow(TraceError)
  })

  it('refuses sides of unequal length and alternating traces that are not whole segments', () => {
    const t = trace('simultaneous', 4, 1) as { repetitions: { head: unknown[] } }
    t.repetitions.head.pop()
    expect(() => parse(t)).toThrow(/4 base and 3 head/)
    const odd = trace('simultaneous', 3, 1)
    expect(() => parse({ ...odd, design: 'alternating' })).toThrow(/not whole segments of 2/)
  })

  it('cuts an alternating trace into its groups of 4 around each switch, A A B B then B B A A', () => {
    const groups = alternatingGroups(parse(trace('alternating', 8, 1)) as Trace)
    expect(groups.map((g) => g.items.map((i) => i.side[0]).join(''))).toEqual([
      'bbhh',
      'hhbb',
      'bbhh',
      'hhbb',
    ])
    expect(groups[1].items.map((i) => i.offsetMs)).toEqual([0, 11_000, 22_000, 33_000])
  })
})

describe('real-trace replay through the real compare', () => {
  it.each(['alternating', 'simultaneous'] as const)(
    '%s: an unchanged pair under shared drift is never a regression; a +50%% head is caught',
    (design) => {
      const aa = parse(trace(design, 12, 1, 0.3)) as Trace
      const cellAa = replayCell(aa, 12, 40, new Random(1))
      expect(cellAa.counts.regression).toBe(0)
      const slow = parse(trace(design, 12, 1.5, 0.3)) as Trace
      const cellSlow = replayCell(slow, 12, 40, new Random(2))
      expect(cellSlow.counts.regression).toBe(40)
      // It stops at the first look when the answer is that clear.
      expect(cellSlow.usedTotal / cellSlow.trials).toBeLessThan(12)
    },
  )
})

describe('the recorded traces (fixtures/traces)', () => {
  const sets = readTraceSets(TRACES)
  const files = sets.flatMap((s) => s.traces.map((t) => t.file))
  it('are sets of recording sessions; each folder holds only trace files, and some set has both designs', () => {
    expect(sets.length).toBeGreaterThan(0)
    for (const s of sets) {
      expect(s.name).not.toBe('.')
      expect(readdirSync(join(TRACES, s.name)).filter((f) => f.endsWith('.json')).length).toBe(
        s.traces.length,
      )
    }
    // The first session recorded the A/A case and three delay cases in both designs.
    const complete = sets.filter((s) =>
      ['alternating', 'simultaneous'].every(
        (design) =>
          s.traces.filter((t) => t.design === design && t.delay === null).length === 1 &&
          s.traces.filter((t) => t.design === design && t.delay !== null).length === 3,
      ),
    )
    expect(complete.length).toBeGreaterThan(0)
  })
  it.each(files)('%s: the realised p99 effect it states is its repetitions’ pooled one', (file) => {
    const [t] = sets.flatMap((s) => s.traces).filter((x) => x.file === file)
    const ratio = pooledPercentile(t.repetitions.head, 99) / pooledPercentile(t.repetitions.base, 99)
    expect(t.realised.p99Ratio).toBeCloseTo(ratio, 3)
  })
})

import { describe, expect, it } from '@jest/globals'
import type { ExecResult, PodExec } from '../../src/load/exec.js'
import { fortioLoadArgs, resolutionFor, type LoadScenario } from '../../src/load/fortio-args.js'
import {
  interleaving,
  LoadError,
  runInterleaved,
  runSimultaneous,
  type InterleaveHooks,
} from '../../src/load/runner.js'
import { readFixture } from '../helpers.js'

const scenario: LoadScenario = {
  name: 'echo-1k',
  protocol: 'http',
  qps: 1000,
  connections: 16,
  durationSeconds: 30,
  payloadBytes: 1024,
  warmupSeconds: 10,
  repetitions: 3,
  sequential: false,
  segment: 1,
}
const target = {
  namespace: 'gate',
  pod: 'client-0',
  container: 'fortio',
  url: 'http://fortio-server.gate:8080/echo',
}

describe('fortio load command line', () => {
  it('is open-loop, JSON on stdout, with the payload and resolution', () => {
    expect(
      fortioLoadArgs(scenario, target.url, { durationSeconds: 30, resolution: 0.00002, label: 'echo-1k' }),
    ).toEqual([
      '/usr/bin/fortio',
      'load',
      '-json',
      '-',
      '-qps',
      '1000',
      '-c',
      '16',
      '-t',
      '30s',
      '-uniform',
      '-nocatchup',
      '-r',
      '0.00002',
      '-labels',
      'echo-1k',
      '-payload-size',
      '1024',
      'http://fortio-server.gate:8080/echo',
    ])
  })
  it('h2 and gRPC', () => {
    expect(
      fortioLoadArgs({ ...scenario, protocol: 'h2' }, 'u', {
        durationSeconds: 1,
        resolution: 1e-5,
        label: 'x',
      }),
    ).toContain('-h2')
    const grpc = fortioLoadArgs({ ...scenario, protocol: 'grpc' }, 'fortio-server.gate:8079', {
      durationSeconds: 1,
      resolution: 1e-5,
      label: 'x',
    })
    expect(grpc.slice(-5)).toEqual(['-grpc', '-ping', '-payload-size', '1024', 'fortio-server.gate:8079'])
  })
  it.each([
    [0.0012, 0.0001],
    [0.00018, 0.00002],
    [0.000036, 0.000004],
    [5, 0.001],
    [1e-8, 1e-6],
  ])('resolution for a typical latency of %f s is %f s', (typical, r) => {
    expect(resolutionFor(typical)).toBeCloseTo(r, 12)
  })
})

describe('interleaving', () => {
  it('alternates A B B A so that every other repetition needs no switch', () => {
    expect(interleaving(3, ['base', 'head'])).toEqual(['base', 'head', 'head', 'base', 'base', 'head'])
    expect(interleaving(2, ['head'])).toEqual(['head', 'head'])
  })
})

function fakeExec(outputs: Array<Partial<ExecResult>>): PodExec & { commands: string[][] } {
  const commands: string[][] = []
  return {
    commands,
    exec: async (_ns, _pod, _c, command) => {
      commands.push(command)
      const next = outputs.length > 1 ? outputs.shift()! : outputs[0]
      return { stdout: '', stderr: '', success: true, message: '', ...next }
    },
  }
}

function hooks(): InterleaveHooks & { events: string[] } {
  const events: string[] = []
  let t = 0
  return {
    events,
    switchTo: async (side) => void events.push(`switch ${side}`),
    sample: async (repetition, work) => ({
      result: await work(),
      sample: { repetition, timestamp: null, source: 'fake', containers: [] },
    }),
    log: (m) => void events.push(m),
    now: () => (t += 1000),
  }
}

describe('runInterleaved with recorded Fortio outputs', () => {
  it('runs warm-ups, measured repetitions per side, switches only when the side changes', async () => {
    const exec = fakeExec([{ stdout: readFixture('fortio', 'http-ok.json') }])
    const h = hooks()
    const out = await runInterleaved(exec, target, scenario, ['base', 'head'], h)
    expect(out.base.runs.map((r) => r.repetition.index)).toEqual([0, 1, 2])
    expect(out.head.runs).toHaveLength(3)
    expect(out.head.samples.map((s) => s.repetition)).toEqual([0, 1, 2])
    expect(h.events.filter((e) => e.startsWith('switch'))).toEqual([
      'switch base',
      'switch head',
      'switch base',
      'switch head',
    ])
    // 2 warm-ups + 6 measured runs; the warm-up is shorter, the measured runs use the warm-up's resolution.
    expect(exec.commands).toHaveLength(8)
    expect(exec.commands[0]).toContain('10s')
    expect(exec.commands[1]).toContain('30s')
    const r = exec.commands[1][exec.commands[1].indexOf('-r') + 1]
    expect(Number(r)).toBeGreaterThan(1e-6)
    // One resolution for both sides (the first warm-up's), or the two results would not be comparable; the
    // head's warm-up (the third command) already uses it.
    const flag = (c: string[]) => c[c.indexOf('-r') + 1]
    expect(new Set(exec.commands.slice(1).map(flag))).toEqual(new Set([r]))
    expect(
      h.events.some((e) =>
        /\[echo-1k\] head repetition 3 of 3: \d+\.\d qps \(requested 1000\), p99 .* 0 error\(s\); elapsed \d+ s/.test(
          e,
        ),
      ),
    ).toBe(true)
  })

  it('reports a failed exec, a run without output, and a Fortio error reply as load errors', async () => {
    await expect(
      runInterleaved(
        fakeExec([{ success: false, message: 'command terminated with non-zero exit code' }]),
        target,
        scenario,
        ['head'],
        hooks(),
      ),
    ).rejects.toThrow(/echo-1k head warm-up: fortio load failed in client-0: command terminated/)
    await expect(
      runInterleaved(
        fakeExec([{ stdout: '', stderr: 'Aborting because of error -1\n' }]),
        target,
        scenario,
        ['head'],
        hooks(),
      ),
    ).rejects.toThrow(/fortio wrote no result: Aborting because of error -1/)
    await expect(
      runInterleaved(
        fakeExec([{ stdout: readFixture('fortio', 'rest-error-reply.json') }]),
        target,
        scenario,
        ['head'],
        hooks(),
      ),
    ).rejects.toThrow(LoadError)
  })

  it('keeps non-2xx answers and saturation in the results, and says so in the progress log', async () => {
    const h = hooks()
    const out = await runInterleaved(
      fakeExec([{ stdout: readFixture('fortio', 'http-errors.json') }]),
      target,
      { ...scenario, repetitions: 1 },
      ['head'],
      h,
    )
    expect(out.head.runs[0].repetition.errors).toBeGreaterThan(0)
    const sat = hooks()
    await runInterleaved(
      fakeExec([{ stdout: readFixture('fortio', 'http-saturated.json') }]),
      target,
      { ...scenario, repetitions: 1 },
      ['head'],
      sat,
    )
    expect(sat.events.join('\n')).toMatch(/SATURATED/)
  })
})

describe('sequential scenarios', () => {
  it('segments of 2 alternate A A B B B B A A, with the remainder at the end', () => {
    expect(interleaving(4, ['base', 'head'], 2).join(' ')).toBe('base base head head head head base base')
    expect(interleaving(3, ['base', 'head'], 2).join(' ')).toBe('base base head head head base')
  })

  it('asks after every level whether to go on, and stops when told', async () => {
    const exec = fakeExec([{ stdout: readFixture('fortio', 'http-ok.json') }])
    const h = hooks()
    const levels: number[] = []
    const out = await runInterleaved(
      exec,
      target,
      { ...scenario, repetitions: 12, sequential: true, segment: 2 },
      ['base', 'head'],
      {
        ...h,
        level: async (n, runs) => {
          levels.push(n)
          expect(runs.base.runs).toHaveLength(n)
          expect(runs.head.runs).toHaveLength(n)
          return n >= 4 ? 'stop' : 'continue'
        },
      },
    )
    expect(levels).toEqual([2, 4])
    expect(out.base.runs).toHaveLength(4)
    expect(out.head.runs).toHaveLength(4)
    expect(h.events.filter((e) => e.startsWith('switch'))).toEqual([
      'switch base',
      'switch head',
      'switch base',
    ])
    expect(h.events.join('\n')).toMatch(/base repetition 1 of at most 12/)
  })

  it('both sides use the resolution the first warm-up set', async () => {
    const exec = fakeExec([{ stdout: readFixture('fortio', 'http-ok.json') }])
    const h = hooks()
    await runInterleaved(exec, target, scenario, ['base', 'head'], h)
    const resolutions = exec.commands.map((c) => c[c.indexOf('-r') + 1])
    // The first warm-up runs at the default; every later run, the other side's warm-up included, at one value.
    expect(new Set(resolutions.slice(1)).size).toBe(1)
    expect(h.events.join('\n')).toMatch(/head warm-up done: .* \(kept for both sides\)/)
  })
})

describe('runSimultaneous: both sides at the same time', () => {
  const targets = {
    base: { ...target, namespace: 'gate-base', pod: 'client-base', url: 'http://s.gate-base:8080/echo' },
    head: { ...target, namespace: 'gate-head', pod: 'client-head', url: 'http://s.gate-head:8080/echo' },
  }
  /** An exec that records when each run starts and ends (both sides' runs must overlap), per pod. */
  function overlappingExec() {
    const ok = readFixture('fortio', 'http-ok.json')
    const events: string[] = []
    const exec: PodExec & { commands: Array<{ pod: string; command: string[] }> } = {
      commands: [],
      exec: async (_ns, pod, _c, command) => {
        exec.commands.push({ pod, command })
        events.push(`start ${pod}`)
        await new Promise((r) => setImmediate(r))
        events.push(`end ${pod}`)
        return { stdout: ok, stderr: '', success: true, message: '' }
      },
    }
    return { exec, events }
  }
  const simultaneousHooks = (log: string[]) => ({
    sample: async <T>(repetition: number, work: () => Promise<T>) => ({
      result: await work(),
      samples: {
        base: { repetition, timestamp: null, source: 'fake base', containers: [] },
        head: { repetition, timestamp: null, source: 'fake head', containers: [] },
      },
    }),
    log: (m: string) => void log.push(m),
    now: () => 0,
  })

  it('starts each side’s warm-up and repetitions together, one resolution for both, each side its own samples', async () => {
    const { exec, events } = overlappingExec()
    const log: string[] = []
    const out = await runSimultaneous(exec, targets, scenario, simultaneousHooks(log))
    expect(out.base.runs.map((r) => r.repetition.index)).toEqual([0, 1, 2])
    expect(out.head.runs.map((r) => r.repetition.index)).toEqual([0, 1, 2])
    expect(out.base.samples.map((s) => s.source)).toEqual(['fake base', 'fake base', 'fake base'])
    expect(out.head.samples.map((s) => s.source)).toEqual(['fake head', 'fake head', 'fake head'])
    // Warm-up + 3 repetitions, each started on both clients before either ended.
    expect(events).toEqual(
      Array(4).fill(['start client-base', 'start client-head', 'end client-base', 'end client-head']).flat(),
    )
    const flag = (c: string[]) => c[c.indexOf('-r') + 1]
    const measured = exec.commands.slice(2).map((c) => flag(c.command))
    expect(new Set(measured).size).toBe(1)
    expect(exec.commands.slice(0, 2).map((c) => c.command)).toEqual([
      expect.arrayContaining(['10s']),
      expect.arrayContaining(['10s']),
    ])
    expect(exec.commands.filter((c) => c.pod === 'client-head').map((c) => c.command.at(-1))).toEqual(
      Array(4).fill(targets.head.url),
    )
    expect(log.join('\n')).toMatch(/repetition 3 of 3, both sides at once/)
  })

  it('one side failing is a load error once the other side has ended; nothing runs after it', async () => {
    const ok = readFixture('fortio', 'http-ok.json')
    const ended: string[] = []
    const exec: PodExec = {
      exec: async (_ns, pod) => {
        await new Promise((r) => setImmediate(r))
        ended.push(pod)
        return pod === 'client-head'
          ? { stdout: '', stderr: 'connection refused', success: true, message: '' }
          : { stdout: ok, stderr: '', success: true, message: '' }
      },
    }
    await expect(runSimultaneous(exec, targets, scenario, simultaneousHooks([]))).rejects.toThrow(
      /echo-1k head warm-up: fortio wrote no result: connection refused/,
    )
    expect(ended.sort()).toEqual(['client-base', 'client-head'])
  })

  it('a sequential scenario is asked after every pair of repetitions and stops when told', async () => {
    const { exec } = overlappingExec()
    const levels: number[] = []
    const out = await runSimultaneous(
      exec,
      targets,
      { ...scenario, repetitions: 12, sequential: true, segment: 2 },
      {
        ...simultaneousHooks([]),
        level: async (n, runs) => {
          levels.push(n)
          expect(runs.base.runs).toHaveLength(n)
          expect(runs.head.runs).toHaveLength(n)
          return n >= 4 ? 'stop' : 'continue'
        },
      },
    )
    expect(levels).toEqual([1, 2, 3, 4])
    expect(out.head.runs).toHaveLength(4)
  })
})

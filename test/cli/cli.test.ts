import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { readResults } from '../../src/results/artifact.js'
import { results, startsFor } from '../compare/builders.js'
import { fixture, scratch } from '../helpers.js'

// The CLI loads a command when it is asked for: load them here, outside the tests’ time limits.
await import('../../src/cli/results-command.js')
await import('../../src/cli/compare-command.js')
await import('../../src/cli/run-command.js')
await import('../../src/cli/validate-command.js')

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

const tmp = () => scratch('gate-cli-')

describe('mesh-mtls-gate results', () => {
  const samples = fixture('fortio', 'shared-samples')
  it.each(readdirSync(samples).filter((f) => f.endsWith('.json')))(
    '%s: the artifact’s p99 is Fortio’s',
    async (f) => {
      const out = join(tmp(), 'r.json')
      const r = await cli('results', '--fortio', join(samples, f), '--out', out)
      expect(r.code).toBe(0)
      const raw = JSON.parse(readFileSync(join(samples, f), 'utf8'))
      const fortioP99 = raw.DurationHistogram.Percentiles.find(
        (p: { Percentile: number }) => p.Percentile === 99,
      ).Value
      const artifact = await readResults(out)
      expect(artifact.scenarios[0].repetitions[0].latency.percentiles['99']).toBe(fortioP99)
      expect(artifact.scenarios[0].name).toBe(raw.Labels.trim())
      expect(r.stdout).toContain(`p99 ${(fortioP99 * 1000).toPrecision(4)} ms`)
    },
  )

  it('groups repetitions, pairs resource samples and records the fingerprint', async () => {
    const out = join(tmp(), 'r.json')
    const r = await cli(
      'results',
      '--fortio',
      fixture('fortio', 'http-ok.json'),
      fixture('fortio', 'http-ok-2.json'),
      '--pod-metrics',
      fixture('k8s', 'podmetrics.json'),
      '--pod-metrics',
      fixture('k8s', 'podmetrics.json'),
      '--scenario',
      'echo',
      '--mesh',
      'istio',
      '--mesh-version',
      '1.28.0',
      '--out',
      out,
    )
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const a = await readResults(out)
    expect(a.schemaVersion).toBe(1)
    expect(a.scenarios).toHaveLength(1)
    expect(a.scenarios[0].repetitions.map((x) => x.index)).toEqual([0, 1])
    expect(a.scenarios[0].resources.map((x) => x.repetition)).toEqual([0, 1])
    expect(a.fingerprint.mesh).toEqual({ name: 'istio', version: '1.28.0', profile: null })
    expect(a.fingerprint.fortio.version).toBe('1.75.2')
  })

  it('takes the files listed after each list option as that option’s (the README example)', async () => {
    const out = join(tmp(), 'r.json')
    const m = fixture('k8s', 'podmetrics.json')
    const r = await cli(
      'results',
      '--fortio',
      fixture('fortio', 'http-ok.json'),
      fixture('fortio', 'http-ok-2.json'),
      '--pod-metrics',
      m,
      m,
      '--scenario',
      'echo',
      '--out',
      out,
    )
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const a = await readResults(out)
    expect(a.scenarios[0].repetitions).toHaveLength(2)
    expect(a.scenarios[0].resources.map((x) => x.repetition)).toEqual([0, 1])
  })

  it('shows the failed requests and their codes in the summary line', async () => {
    const r = await cli(
      'results',
      '--fortio',
      fixture('fortio', 'http-errors.json'),
      '--scenario',
      'echo',
      '--out',
      join(tmp(), 'r.json'),
    )
    expect(r.code).toBe(0)
    // http-errors.json: 377 × 200, 16 × 503, 7 × 429 of 400.
    expect(r.stdout).toMatch(
      /scenario echo: 1 repetition\(s\), p99 .* ms, 23 of \d+ request\(s\) failed \(503×16, 429×7\)/,
    )
  })

  it.each([
    [
      'every request a socket error',
      'http-socket-errors.json',
      /no request succeeded: 40 of 40 failed \(response codes -1×40/,
    ],
    [
      'every request answered 503',
      'http-all-503.json',
      /no request succeeded: 37 of 37 failed \(response codes 503×37/,
    ],
  ])(
    'refuses a repetition in which no request succeeded (%s), naming the file',
    async (_name, file, message) => {
      const out = join(tmp(), 'r.json')
      const r = await cli(
        'results',
        '--fortio',
        fixture('fortio', 'http-ok.json'),
        fixture('fortio', file),
        '--out',
        out,
      )
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`${fixture('fortio', file)}: no request succeeded`)
      expect(r.stderr).toMatch(message)
      expect(existsSync(out)).toBe(false)
    },
  )

  it('refuses repetitions of one scenario with different settings, naming the file', async () => {
    const r = await cli(
      'results',
      '--fortio',
      fixture('fortio', 'http-ok.json'),
      fixture('fortio', 'http-saturated.json'),
      '--out',
      join(tmp(), 'r.json'),
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/http-saturated\.json: scenario 'echo-http': qps is 100000/)
  })

  describe('the same run never counts twice (issue #22)', () => {
    const ok = fixture('fortio', 'http-ok.json')
    const ok2 = fixture('fortio', 'http-ok-2.json')
    const raw = readFileSync(ok, 'utf8')
    it.each([
      [
        'one file named twice',
        () => [ok, ok2, ok],
        /http-ok\.json: the same Fortio run as .*http-ok\.json \(the same content\)/,
      ],
      [
        'a reformatted copy',
        () => [ok, ok2, write('copy.json', JSON.stringify(JSON.parse(raw)))],
        /copy\.json: the same Fortio run as .*http-ok\.json \(the same content\)/,
      ],
      [
        'a copy with another label (another scenario) and the same StartTime',
        () => [ok, write('relabelled.json', JSON.stringify({ ...JSON.parse(raw), Labels: 'echo-2' }))],
        /relabelled\.json: the same Fortio run as .*http-ok\.json \(both started at StartTime 2026-11-26T09:34:33\.862567847Z\)/,
      ],
    ])('refuses %s, naming both files', async (_name, files, message) => {
      const out = join(tmp(), 'r.json')
      const r = await cli('results', '--fortio', ...files(), '--out', out)
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(message) })
      expect(r.stderr).toMatch(/give each run's file once/)
      expect(existsSync(out)).toBe(false)
    })

    function write(name: string, text: string): string {
      const p = join(tmp(), name)
      writeFileSync(p, text)
      return p
    }
  })

  it('refuses a --pod-metrics count that is not the --fortio count', async () => {
    const m = fixture('k8s', 'podmetrics.json')
    const r = await cli(
      'results',
      '--fortio',
      fixture('fortio', 'http-ok.json'),
      fixture('fortio', 'http-ok-2.json'),
      fixture('fortio', 'http-ok-3.json'),
      '--pod-metrics',
      m,
      m,
      '--out',
      join(tmp(), 'r.json'),
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /2 --pod-metrics file\(s\) for 3 --fortio file\(s\): give one resource sample per repetition, in the same order, or none/,
    )
  })

  it('refuses a mesh that is not in the vocabulary, and a mesh version without a mesh', async () => {
    const ok = fixture('fortio', 'http-ok.json')
    const out = join(tmp(), 'r.json')
    const consul = await cli('results', '--fortio', ok, '--mesh', 'consul', '--out', out)
    expect(consul.code).toBe(2)
    expect(consul.stderr).toMatch(/--mesh must be one of istio, .*; got 'consul'/)
    const version = await cli('results', '--fortio', ok, '--mesh-version', '1.28.0', '--out', out)
    expect(version.code).toBe(2)
    expect(version.stderr).toMatch(/--mesh-version needs --mesh/)
    expect(existsSync(out)).toBe(false)
  })

  it('refuses runs against different Fortio URLs under one scenario, naming the files and the URLs', async () => {
    const r = await cli(
      'results',
      '--fortio',
      fixture('fortio', 'http-ok.json'),
      fixture('fortio', 'http-errors.json'),
      '--scenario',
      'echo',
      '--out',
      join(tmp(), 'r.json'),
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      `${fixture('fortio', 'http-errors.json')}: scenario 'echo': url is "http://127.0.0.1:18081/echo?delay=500us&status=503:5,429:2" here but "http://127.0.0.1:18081/echo?delay=500us" in ${fixture('fortio', 'http-ok.json')}`,
    )
  })

  it('refuses a run the artifact could not hold (negative ActualDuration) with exit 2, not 70', async () => {
    const d = tmp()
    const bad = join(d, 'bad.json')
    writeFileSync(
      bad,
      JSON.stringify({
        ...JSON.parse(readFileSync(fixture('fortio', 'http-ok.json'), 'utf8')),
        ActualDuration: -1,
      }),
    )
    const r = await cli('results', '--fortio', bad, '--out', join(d, 'r.json'))
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 2,
      stderr: expect.stringMatching(
        /^mesh-mtls-gate results: field 'ActualDuration' in .*bad\.json: .*\(got -1\)\n$/,
      ),
    })
  })

  it.each([
    [['results', '--out', 'x.json'], /--fortio FILE is required/],
    [['results', '--fortio', 'a.json'], /--out FILE is required/],
    [['results', '--bogus'], /unknown option '--bogus'\nRun 'mesh-mtls-gate results --help'/],
    [
      ['results', '--fortio', '/nonexistent.json', '--out', 'x'],
      /\/nonexistent\.json: cannot read \(ENOENT\)/,
    ],
    [
      ['results', '--fortio', fixture('fortio', 'rest-error-reply.json'), '--out', 'x'],
      /rest-error-reply\.json: Fortio reported a failed run/,
    ],
  ])('usage and input errors exit 2: %j', async (argv, message) => {
    const r = await cli(...argv)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })
})

describe('mesh-mtls-gate compare', () => {
  function write(dir: string, name: string, data: unknown) {
    const p = join(dir, name)
    writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data))
    return p
  }

  it('prints JSON with the documented fields and exits 1 on a regression', async () => {
    const d = tmp()
    const a = write(d, 'a.json', results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] }))
    const b = write(d, 'b.json', results({ p99: [1.25, 1.27, 1.23, 1.26, 1.24] }))
    const r = await cli('compare', '--baseline', a, '--current', b, '--format', 'json')
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout)
    expect(json.verdict).toBe('regression')
    const p99 = json.metrics.find((m: { metric: string }) => m.metric === 'latency-p99')
    expect(Object.keys(p99)).toEqual(
      expect.arrayContaining([
        'scenario',
        'metric',
        'unit',
        'baseline',
        'current',
        'change',
        'interval',
        'verdict',
      ]),
    )
    expect(p99).toMatchObject({ scenario: 'echo-1k', unit: 'ms', verdict: 'regression' })
    expect(p99.baseline).toBeCloseTo(1.0, 2)
    expect(p99.interval).toHaveLength(2)
    expect(json.metrics.map((m: { metric: string }) => m.metric)).toEqual(
      expect.arrayContaining([
        'latency-p50',
        'latency-p90',
        'latency-p99',
        'latency-p999',
        'error-rate',
        'qps',
      ]),
    )
  })

  it('says the design, and with --max-repetitions whether another block may still decide', async () => {
    const d = tmp()
    const s = startsFor('AB BA AB BA')
    const a = write(d, 'a.json', results({ p99: [1.0, 1.2, 0.9, 1.1], startSeconds: s.base }))
    const b = write(d, 'b.json', results({ p99: [1.1, 1.0, 1.0, 1.2], startSeconds: s.head }))
    const fixed = JSON.parse(
      (await cli('compare', '--baseline', a, '--current', b, '--format', 'json')).stdout,
    )
    expect(fixed.design).toBe('paired')
    expect(fixed).not.toHaveProperty('next')
    const look = await cli(
      'compare',
      '--baseline',
      a,
      '--current',
      b,
      '--format',
      'json',
      '--max-repetitions',
      '12',
    )
    const json = JSON.parse(look.stdout)
    expect(json).toMatchObject({ verdict: 'inconclusive', design: 'paired', next: 'continue' })
    expect(json.scenarios[0]).toMatchObject({ repetitions: 4, maxRepetitions: 12, look: { index: 1, of: 3 } })
    const last = await cli(
      'compare',
      '--baseline',
      a,
      '--current',
      b,
      '--format',
      'json',
      '--max-repetitions',
      '4',
    )
    expect(JSON.parse(last.stdout).next).toBe('stop')
    const independent = write(d, 'c.json', results({ p99: [1.0, 1.2, 0.9, 1.1] }))
    const other = await cli('compare', '--baseline', independent, '--current', b, '--format', 'json')
    expect(JSON.parse(other.stdout).design).toBe('independent')
    const bad = await cli('compare', '--baseline', a, '--current', b, '--max-repetitions', '3')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--max-repetitions: expected a whole number of at least 4, got '3'/)
  })

  it('prints markdown by default and exits 0 on a pass; --fail-on never ignores a regression', async () => {
    const d = tmp()
    const a = write(d, 'a.json', results({ p99: [1.0, 1.02, 0.98] }))
    const b = write(d, 'b.json', results({ p99: [1.25, 1.27, 1.23] }))
    const pass = await cli('compare', '--baseline', a, '--current', a)
    expect(pass.code).toBe(0)
    expect(pass.stdout).toMatch(/\| *Metric *\|/)
    expect((await cli('compare', '--baseline', a, '--current', b, '--fail-on', 'never')).code).toBe(0)
  })

  it('--fail-on inconclusive fails an inconclusive verdict', async () => {
    const d = tmp()
    const a = write(d, 'a.json', results({ p99: [0.7, 1.4, 0.9, 1.3, 1.0] }))
    const b = write(d, 'b.json', results({ p99: [1.5, 0.8, 1.2, 1.0, 1.4] }))
    expect((await cli('compare', '--baseline', a, '--current', b)).code).toBe(0)
    expect((await cli('compare', '--baseline', a, '--current', b, '--fail-on', 'inconclusive')).code).toBe(1)
  })

  it('refuses different meshes with exit 2', async () => {
    const d = tmp()
    const a = write(d, 'a.json', results({ p99: [1, 1], mesh: 'istio' }))
    const b = write(d, 'b.json', results({ p99: [1, 1], mesh: 'linkerd' }))
    const r = await cli('compare', '--baseline', a, '--current', b)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot be compared[\s\S]*mesh: baseline istio, current linkerd/)
  })

  it.each([
    [
      'another schema version',
      { ...results({ p99: [1, 1] }), schemaVersion: 2 },
      /b\.json: field 'schemaVersion'.*schema 1, the file has 2/,
    ],
    [
      'a Fortio file instead of results',
      readFileSync(fixture('fortio', 'http-ok.json'), 'utf8'),
      /b\.json: field 'schemaVersion' is missing/,
    ],
    ['truncated JSON', '{"schemaVersion": 1, "scen', /b\.json: not valid JSON/],
    [
      'a schema violation',
      { ...results({ p99: [1, 1] }), scenarios: [{ name: '' }] },
      /field 'scenarios\[0\]\.[^']*' in .*b\.json: /,
    ],
  ])('%s exits 2 naming the file and field', async (_name, data, message) => {
    const d = tmp()
    const a = write(d, 'a.json', results({ p99: [1, 1] }))
    const b = write(d, 'b.json', data)
    const r = await cli('compare', '--baseline', a, '--current', b)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
  })

  it('two artifacts with no scenario in common are a usage error (exit 2), not an inconclusive pass', async () => {
    const d = tmp()
    const a = write(d, 'a.json', results({ p99: [1, 1.01, 0.99], scenario: 'echo-1k' }))
    const b = write(d, 'b.json', results({ p99: [1, 1.01, 0.99], scenario: 'grpc-1k' }))
    const r = await cli('compare', '--baseline', a, '--current', b)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${a} and ${b}: no scenario in common`)
    expect(r.stderr).toMatch(/baseline has 'echo-1k', the current results have 'grpc-1k'/)
    expect(r.stdout).toBe('')
  })

  it('without --config, reads .github/mesh-gate.yaml like run and the action', async () => {
    const d = tmp()
    // 25% slower: a regression under the default p99 threshold (+10%), a pass under the repository's +50%.
    const a = write(d, 'a.json', results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] }))
    const b = write(d, 'b.json', results({ p99: [1.25, 1.27, 1.23, 1.26, 1.24] }))
    const before = process.cwd()
    process.chdir(d)
    try {
      expect((await cli('compare', '--baseline', a, '--current', b)).code).toBe(1)
      mkdirSync(join(d, '.github'))
      writeFileSync(join(d, '.github', 'mesh-gate.yaml'), 'thresholds:\n  latency-p99: +50%\n')
      const r = await cli('compare', '--baseline', a, '--current', b, '--format', 'json')
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout).verdict).toBe('pass')
      // Read like a named file: a typo in it is refused, never skipped.
      writeFileSync(join(d, '.github', 'mesh-gate.yaml'), 'thresholdz: {}\n')
      const bad = await cli('compare', '--baseline', a, '--current', b)
      expect(bad.code).toBe(2)
      expect(bad.stderr).toMatch(/\.github\/mesh-gate\.yaml: unknown key 'thresholdz'/)
    } finally {
      process.chdir(before)
    }
  })

  it('thresholds for a scenario neither artifact has exit 2, naming the config field and the scenarios', async () => {
    const d = tmp()
    const a = write(d, 'a.json', results({ p99: [1, 1.01, 0.99], scenario: 'echo-1k' }))
    const cfg = write(
      d,
      'gate.yaml',
      'scenarios:\n  - name: echo-1k\n  - name: echo-10k\n    thresholds:\n      latency-p99: +5%\n',
    )
    const r = await cli('compare', '--baseline', a, '--current', a, '--config', cfg)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      `${cfg}: field 'scenarios[1].thresholds' sets thresholds for scenario 'echo-10k', which neither results ` +
        "artifact has (they have 'echo-1k'): they would be ignored",
    )
    expect(r.stdout).toBe('')
    // Thresholds for a scenario the artifacts have are taken.
    const ok = write(d, 'ok.yaml', 'scenarios:\n  - name: echo-1k\n    thresholds:\n      latency-p99: +5%\n')
    expect((await cli('compare', '--baseline', a, '--current', a, '--config', ok)).code).toBe(0)
  })

  it('unknown metric names in the config exit 2', async () => {
    const d = tmp()
    const a = write(d, 'a.json', results({ p99: [1, 1] }))
    const cfg = write(d, 'gate.yaml', 'thresholds:\n  latency-p95: +10%\n')
    const r = await cli('compare', '--baseline', a, '--current', a, '--config', cfg)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/field 'thresholds\.latency-p95' in .*gate\.yaml: unknown metric/)
  })
})

describe('help', () => {
  it.each(['results', 'compare'])('%s --help', async (command) => {
    const r = await cli(command, '--help')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`^Usage: mesh-mtls-gate ${command}`))
  })
  it('top-level help and unknown commands', async () => {
    expect((await cli('--help')).stdout).toMatch(/Commands:/)
    const r = await cli('frobnicate')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/)
  })
})

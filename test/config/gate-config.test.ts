import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  defaultGateConfig,
  gateConfigFrom,
  loadGateConfig,
  overrideThresholds,
} from '../../src/config/gate-config.js'
import { formatCap, parseCap, parseThreshold } from '../../src/config/thresholds.js'
import { InputError } from '../../src/errors.js'
import { scratch } from '../helpers.js'

describe('gate config', () => {
  it('has the documented defaults', () => {
    const c = defaultGateConfig()
    expect(c.thresholds['latency-p99']).toEqual({ kind: 'relative', value: 0.1 })
    expect(c.thresholds['proxy-cpu']).toEqual({ kind: 'relative', value: 0.15 })
    expect(c.thresholds['proxy-memory']).toEqual({ kind: 'relative', value: 0.1 })
    expect(c.thresholds['error-rate']).toEqual({ kind: 'absolute', value: 0.1 })
    // A data plane new on the head: Istio's default sidecar requests, per meshed pod.
    expect(c.thresholds['proxy-cpu-new']).toEqual({ kind: 'cap', value: 100 })
    expect(c.thresholds['proxy-memory-new']).toEqual({ kind: 'cap', value: 128 })
    expect(c.falseAlarmRate).toBe(0.01)
  })

  it('reads thresholds, statistics, cost and scenarios', () => {
    const c = gateConfigFrom(
      {
        thresholds: { 'latency-p999': '+20%', 'proxy-cpu': 'off' },
        statistics: { 'false-alarm-rate': 0.05, 'false-pass-rate': 0.1, 'max-repetitions': 12 },
        cost: { pods: 5000 },
        scenarios: [{ name: 'echo-1k', qps: 1000 }],
      },
      'gate.yaml',
    )
    expect(c.thresholds['latency-p999']).toEqual({ kind: 'relative', value: 0.2 })
    expect(c.thresholds['proxy-cpu']).toBeNull()
    expect(c.thresholds['latency-p99']).toEqual({ kind: 'relative', value: 0.1 })
    expect(c.falseAlarmRate).toBe(0.05)
    expect(c.falsePassRate).toBe(0.1)
    expect(gateConfigFrom({}, 'gate.yaml').falsePassRate).toBe(0.05)
    expect(c.maxRepetitions).toBe(12)
    expect(gateConfigFrom({}, 'gate.yaml').maxRepetitions).toBeNull()
    expect(c.cost).toEqual({ pods: 5000, vcpuHourUsd: 0.0316, gibHourUsd: 0.0042 })
    expect(c.scenarios[0]).toMatchObject({
      name: 'echo-1k',
      repetitions: 5,
      duration: '30s',
      protocol: 'http',
    })
  })

  it.each([
    [
      { thresholds: { 'latency-p99': '10' } },
      /field 'thresholds\.latency-p99' in gate\.yaml: expected a percentage like "\+10%"/,
    ],
    [
      { thresholds: { 'latency-p99': '-10%' } },
      /field 'thresholds\.latency-p99' in gate\.yaml: expected a percentage like "\+10%"/,
    ],
    [
      { thresholds: { qps: '+5%' } },
      /field 'thresholds\.qps' in gate\.yaml: expected a percentage like "-10%"/,
    ],
    [
      { thresholds: { 'error-rate': '+1%' } },
      /field 'thresholds\.error-rate' in gate\.yaml: expected percentage points like "\+0\.1pt"/,
    ],
    [
      { thresholds: { 'latency-p95': '+10%' } },
      /field 'thresholds\.latency-p95' in gate\.yaml: unknown metric; expected one of latency-p50/,
    ],
    [
      { thresholds: { 'proxy-cpu-new': '+10%' } },
      /field 'thresholds\.proxy-cpu-new' in gate\.yaml: expected CPU per meshed pod like "100m" or "0\.5" \(cores\)/,
    ],
    [
      { scenarios: [{ name: 'x', thresholds: { 'proxy-memory-new': 128 } }] },
      /field 'scenarios\[0\]\.thresholds\.proxy-memory-new' in gate\.yaml: expected memory per meshed pod like "128Mi"/,
    ],
    [{ scenarios: [{ name: 'x', qps: 'fast' }] }, /scenarios\[0\]\.qps/],
    [
      { scenarios: [{ name: 'x', repetitions: 1 }] },
      /field 'scenarios\[0\]\.repetitions' in gate\.yaml: at least 2 repetitions/,
    ],
    [
      { scenarios: [{ name: 'x', duration: '30' }] },
      /field 'scenarios\[0\]\.duration' in gate\.yaml: expected a duration/,
    ],
    [
      { scenarios: [{ name: 'x', duration: '0s' }] },
      /^field 'scenarios\[0\]\.duration' in gate\.yaml: expected a duration above zero like "30s"/,
    ],
    [
      { scenarios: [{ name: 'x', duration: '0.0m' }] },
      /^field 'scenarios\[0\]\.duration' in gate\.yaml: expected a duration above zero/,
    ],
    [
      { scenarios: [{ name: 'x', warmup: '0ms' }] },
      /^field 'scenarios\[0\]\.warmup' in gate\.yaml: expected a duration above zero/,
    ],
    [
      { scenarios: [{ name: 'x', duration: '-5s' }] },
      /^field 'scenarios\[0\]\.duration' in gate\.yaml: expected a duration like "30s"/,
    ],
    [
      { scenarios: [{ name: 'echo' }, { name: 'grpc', protocol: 'grpc' }, { name: 'echo', qps: 10 }] },
      /^field 'scenarios\[2\]\.name' in gate\.yaml: 'echo' is also the name of scenarios\[0\]; each scenario needs a name of its own$/,
    ],
    [{ statistics: { 'false-alarm-rate': 2 } }, /statistics\.false-alarm-rate/],
    [{ statistics: { 'false-pass-rate': 0 } }, /statistics\.false-pass-rate/],
    [
      { statistics: { 'max-repetitions': 3 } },
      /field 'statistics\.max-repetitions' in gate\.yaml: at least 4/,
    ],
    [{ colour: 'red' }, /Unrecognized key.*colour|colour/],
  ])('rejects %j naming the path', (data, message) => {
    expect(() => gateConfigFrom(data, 'gate.yaml')).toThrow(InputError)
    expect(() => gateConfigFrom(data, 'gate.yaml')).toThrow(message)
  })

  it('loads a YAML file and names it in errors, including bad YAML', async () => {
    const dir = scratch('gate-')
    writeFileSync(join(dir, 'ok.yaml'), 'thresholds:\n  latency-p99: +5%\n')
    writeFileSync(join(dir, 'bad.yaml'), 'thresholds: [\n')
    expect((await loadGateConfig(join(dir, 'ok.yaml'))).thresholds['latency-p99']).toEqual({
      kind: 'relative',
      value: 0.05,
    })
    await expect(loadGateConfig(join(dir, 'bad.yaml'))).rejects.toThrow(/bad\.yaml: not valid YAML/)
    await expect(loadGateConfig(join(dir, 'missing.yaml'))).rejects.toThrow(
      /missing\.yaml: cannot read the gate config \(ENOENT\)/,
    )
  })

  it('reads the images every gate pod runs, refusing what is no image reference', () => {
    const c = gateConfigFrom(
      {
        images: {
          fortio: 'registry.local:5000/mirror/fortio:1.75.2',
          probe: 'mesh-gate.local/probe:v1.75.2',
        },
      },
      'g.yaml',
    )
    expect(c.images).toEqual({
      fortio: 'registry.local:5000/mirror/fortio:1.75.2',
      probe: 'mesh-gate.local/probe:v1.75.2',
    })
    expect(defaultGateConfig().images).toEqual({ fortio: null, probe: null })
    expect(
      gateConfigFrom({ images: { fortio: `fortio/fortio@sha256:${'a'.repeat(64)}` } }, 'g.yaml').images.probe,
    ).toBe(null)
    expect(() => gateConfigFrom({ images: { fortio: 'Fortio/Fortio:1 2' } }, 'g.yaml')).toThrow(
      /field 'images\.fortio' in g\.yaml: expected an image reference like registry\.example\.com\/fortio\/fortio:1\.75\.2/,
    )
    expect(() => gateConfigFrom({ images: { sidecar: 'x' } }, 'g.yaml')).toThrow(
      "field 'images' in g.yaml: unknown key 'sidecar'",
    )
  })

  it('reads the mesh section: version, the CLI checksum, install values, how downloads are verified', () => {
    const sha = 'AB'.repeat(32)
    const c = gateConfigFrom(
      { mesh: { version: '1.28.1', 'cli-sha256': sha, values: 'mesh/values.yaml', verify: 'pinned' } },
      'g.yaml',
    )
    expect(c.mesh).toEqual({
      version: '1.28.1',
      cliSha256: 'ab'.repeat(32),
      valuesPath: 'mesh/values.yaml',
      verify: 'pinned',
    })
    expect(defaultGateConfig().mesh).toEqual({
      version: null,
      cliSha256: null,
      valuesPath: null,
      verify: null,
    })
    expect(() => gateConfigFrom({ mesh: { 'cli-sha256': 'abc' } }, 'g.yaml')).toThrow(
      /field 'mesh\.cli-sha256' in g\.yaml: expected a SHA-256: 64 hex digits/,
    )
    expect(() => gateConfigFrom({ mesh: { verify: 'strict' } }, 'g.yaml')).toThrow(
      /^field 'mesh\.verify' in g\.yaml: expected one of published, pinned$/,
    )
  })

  it('input thresholds override the file', () => {
    const c = overrideThresholds(defaultGateConfig(), 'latency-p99: +5%', "input 'thresholds'")
    expect(c.thresholds['latency-p99']).toEqual({ kind: 'relative', value: 0.05 })
    expect(() => overrideThresholds(defaultGateConfig(), 'latency-p99: 5', "input 'thresholds'")).toThrow(
      /field 'latency-p99' in input 'thresholds': expected a percentage/,
    )
  })

  it('parses the caps on a new data plane as Kubernetes quantities, and formats them back', () => {
    expect(parseCap('proxy-cpu-new', '250m')).toEqual({ kind: 'cap', value: 250 })
    expect(parseCap('proxy-cpu-new', '0.5')).toEqual({ kind: 'cap', value: 500 })
    expect(parseCap('proxy-memory-new', '1Gi')).toEqual({ kind: 'cap', value: 1024 })
    expect(parseCap('proxy-memory-new', 'off')).toBeNull()
    expect(parseCap('proxy-cpu-new', '0m')).toHaveProperty('error')
    expect(formatCap('proxy-cpu', { kind: 'cap', value: 500 })).toBe('500m')
    expect(formatCap('proxy-memory', { kind: 'cap', value: 1024 })).toBe('1024Mi')
    const c = overrideThresholds(defaultGateConfig(), 'proxy-cpu-new: 1', "input 'thresholds'")
    expect(c.thresholds['proxy-cpu-new']).toEqual({ kind: 'cap', value: 1000 })
  })

  it('parses threshold syntax', () => {
    expect(parseThreshold('latency-p99', '+12.5%')).toEqual({ kind: 'relative', value: 0.125 })
    expect(parseThreshold('qps', '-5%')).toEqual({ kind: 'relative', value: -0.05 })
    expect(parseThreshold('error-rate', '+0.1pt')).toEqual({ kind: 'absolute', value: 0.1 })
    expect(parseThreshold('latency-p99', 'off')).toBeNull()
    expect(parseThreshold('latency-p99', '+0%')).toHaveProperty('error')
  })
})

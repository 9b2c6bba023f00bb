import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { roleOf } from '../../src/resources/attribution.js'
import { newCpuHistory, parseResourcePayload } from '../../src/resources/payloads.js'
import { parseQuantity } from '../../src/resources/quantity.js'
import { readFixture } from '../helpers.js'
import { containerRoles } from '../../src/mesh/install.js'

/** The data plane's containers as every mesh installer names them. */
const ROLES = containerRoles()

describe('quantities', () => {
  it.each([
    ['9559630n', 0.00955963],
    ['12m', 0.012],
    ['2', 2],
    ['22244Ki', 22244 * 1024],
    ['1Gi', 2 ** 30],
    ['1M', 1e6],
    ['1e3', 1000],
    ['0.5', 0.5],
  ])('%s', (text, value) => expect(parseQuantity(text)).toBeCloseTo(value, 12))
  it('rejects garbage', () => expect(parseQuantity('12 cores')).toBeNull())
})

describe('resource payloads', () => {
  it('reads a real metrics.k8s.io PodMetrics', () => {
    const s = parseResourcePayload(readFixture('k8s', 'podmetrics.json'), 'podmetrics.json', 0, ROLES)
    expect(s.containers).toEqual([
      {
        namespace: 'kube-system',
        pod: 'kube-scheduler-minikube',
        container: 'kube-scheduler',
        role: 'app',
        cpuMillicores: expect.closeTo(9.55963, 9),
        memoryMiB: expect.closeTo(22244 / 1024, 9),
      },
    ])
    expect(s.timestamp).toBe('2022-01-27T19:24:31Z')
  })

  it('reads a real kubelet stats/summary', () => {
    const raw = JSON.parse(readFixture('k8s', 'kubelet-stats-summary.json'))
    const s = parseResourcePayload(JSON.stringify(raw), 'summary.json', null, ROLES)
    const first = raw.pods[0].containers[0]
    expect(s.containers[0]).toMatchObject({
      pod: raw.pods[0].podRef.name,
      container: first.name,
      cpuMillicores: expect.closeTo(first.cpu.usageNanoCores / 1e6, 9),
      memoryMiB: expect.closeTo(first.memory.workingSetBytes / 2 ** 20, 9),
    })
  })

  it('takes CPU from usageCoreNanoSeconds deltas across samples when it can', () => {
    const raw = JSON.parse(readFixture('k8s', 'kubelet-stats-summary.json'))
    const c = raw.pods[0].containers[0]
    const history = newCpuHistory()
    parseResourcePayload(JSON.stringify(raw), 'a.json', 0, ROLES, history)
    // 10 s later, 0.25 core-seconds more: 25 millicores, whatever usageNanoCores says.
    const later = structuredClone(raw)
    const lc = later.pods[0].containers[0]
    lc.cpu.time = new Date(Date.parse(c.cpu.time) + 10_000).toISOString()
    lc.cpu.usageCoreNanoSeconds = c.cpu.usageCoreNanoSeconds + 0.25e9
    delete lc.cpu.usageNanoCores
    const s = parseResourcePayload(JSON.stringify(later), 'b.json', 1, ROLES, history)
    expect(s.containers[0].cpuMillicores).toBeCloseTo(25, 9)
  })

  it('attributes sidecars, node agents and apps', () => {
    expect(roleOf('istio-proxy', ROLES)).toBe('proxy')
    expect(roleOf('linkerd-proxy', ROLES)).toBe('proxy')
    expect(roleOf('ztunnel', ROLES)).toBe('data-plane')
    expect(roleOf('cilium-agent', ROLES)).toBe('data-plane')
    expect(roleOf('fortio', ROLES)).toBe('app')
  })

  it.each([
    [
      '{"kind":"PodMetrics","metadata":{"name":"p"},"containers":[{"name":"c","usage":{"cpu":"lots","memory":"1Mi"}}]}',
      /containers\[0\]\.usage\.cpu/,
    ],
    ['{"kind":"Deployment"}', /not a resource sample/],
    ['{', /not valid JSON/],
    [
      '{"node":{},"pods":[{"podRef":{"name":"p"},"containers":[{"name":"c","cpu":{},"memory":{"workingSetBytes":1}}]}]}',
      /usageNanoCores' is missing/,
    ],
  ])('rejects %s', (text, message) => {
    expect(() => parseResourcePayload(text, 'm.json', null, ROLES)).toThrow(InputError)
    expect(() => parseResourcePayload(text, 'm.json', null, ROLES)).toThrow(message)
  })
})

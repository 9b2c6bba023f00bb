import { describe, expect, it } from '@jest/globals'
import { observations } from '../../src/compare/observations.js'
import { containerRoles } from '../../src/mesh/install.js'
import { OverheadSampler, type NodeStatsSource } from '../../src/resources/sampler.js'
import type { ScenarioResults } from '../../src/results/schema.js'
import { readFixture } from '../helpers.js'

/**
 * Two readings of the real kubelet Summary payload (fixtures/k8s), its pod list replaced by the gate's pods: a
 * sidecar-meshed server and client, a ztunnel, and the recorded kube-system pod that is out of scope. Counters
 * advance by known amounts over 10 s.
 */
const recorded = JSON.parse(readFixture('k8s', 'kubelet-stats-summary.json'))
const template = recorded.pods[0].containers[0]

function container(name: string, coreNanoSeconds: number, workingSetMiB: number, time: string) {
  return {
    ...template,
    name,
    cpu: { time, usageCoreNanoSeconds: coreNanoSeconds }, // no usageNanoCores: as before the kubelet sampled twice
    memory: { ...template.memory, time, workingSetBytes: workingSetMiB * 2 ** 20 },
  }
}

function reading(seconds: number): string {
  const time = new Date(Date.parse('2026-11-26T10:00:00Z') + seconds * 1000).toISOString()
  // Cumulative core-nanoseconds at `seconds`, for a constant rate in millicores.
  const at = (millicores: number) => 1e12 + millicores * 1e6 * seconds
  const pod = (namespace: string, name: string, containers: unknown[]) => ({
    ...recorded.pods[0],
    podRef: { namespace, name, uid: name },
    containers,
  })
  return JSON.stringify({
    ...recorded,
    pods: [
      recorded.pods[0],
      pod('gate', 'server-1', [
        container('fortio', at(200), 30, time),
        container('istio-proxy', at(50), 60, time),
      ]),
      pod('gate', 'client-1', [
        container('fortio', at(300), 25, time),
        container('istio-proxy', at(70), 62, time),
      ]),
      pod('istio-system', 'ztunnel-abc', [container('ztunnel', at(40), 20, time)]),
    ],
  })
}

describe('OverheadSampler on recorded Summary API payloads', () => {
  it('splits CPU and memory per container and role over the repetition', async () => {
    const readings = [reading(0), reading(10)]
    const source: NodeStatsSource = { summary: async () => readings.shift()! }
    const sampler = new OverheadSampler(source, {
      nodes: ['node-a'],
      namespaces: ['gate', 'istio-system'],
      roles: containerRoles(),
    })
    let ran = false
    const { sample } = await sampler.during(3, async () => (ran = true))
    expect(ran).toBe(true)
    expect(sample.repetition).toBe(3)
    const byName = Object.fromEntries(sample.containers.map((c) => [`${c.pod}/${c.container}`, c]))
    expect(Object.keys(byName).sort()).toEqual([
      'client-1/fortio',
      'client-1/istio-proxy',
      'server-1/fortio',
      'server-1/istio-proxy',
      'ztunnel-abc/ztunnel',
    ])
    expect(byName['server-1/istio-proxy']).toMatchObject({
      role: 'proxy',
      cpuMillicores: expect.closeTo(50, 9),
      memoryMiB: 60,
    })
    expect(byName['client-1/istio-proxy']).toMatchObject({
      role: 'proxy',
      cpuMillicores: expect.closeTo(70, 9),
    })
    expect(byName['ztunnel-abc/ztunnel']).toMatchObject({
      role: 'data-plane',
      cpuMillicores: expect.closeTo(40, 9),
    })
    expect(byName['server-1/fortio']).toMatchObject({ role: 'app', cpuMillicores: expect.closeTo(200, 9) })

    // proxy-cpu per meshed pod: (50 + 70 sidecars + 40 node-level) over 2 meshed pods; memory likewise.
    const scenario = { resources: [sample] } as unknown as ScenarioResults
    expect(observations(scenario, 'proxy-cpu')).toEqual([expect.closeTo(80, 9)])
    expect(observations(scenario, 'proxy-memory')).toEqual([expect.closeTo((60 + 62 + 20) / 2, 9)])
  })

  it('a repetition that ends before the kubelet refreshed its stats waits for the next refresh, so the CPU is a delta over the repetition, never an average from before it', async () => {
    // The kubelet serves the same counters until cAdvisor's next housekeeping: two more reads carry the start's.
    const readings = [reading(0), reading(0), reading(0), reading(12)]
    let reads = 0
    const sampler = new OverheadSampler(
      { summary: async () => (reads++, readings.shift()!) },
      { nodes: ['node-a'], namespaces: ['gate', 'istio-system'], roles: containerRoles() },
      { timeoutMs: 10_000, intervalMs: 1 },
    )
    const { sample } = await sampler.during(1, async () => undefined)
    expect(reads).toBe(4)
    const proxy = sample.containers.find((c) => c.pod === 'server-1' && c.container === 'istio-proxy')
    expect(proxy?.cpuMillicores).toBeCloseTo(50, 6)
  })

  it('Cilium: the node agents (cilium-agent, the cilium-envoy DaemonSet, spire-agent) are amortised over the gate’s pods only, not over the operator, CoreDNS or the SPIRE server', async () => {
    const ciliumReading = (seconds: number) => {
      const time = new Date(Date.parse('2026-11-26T10:00:00Z') + seconds * 1000).toISOString()
      const at = (millicores: number) => 1e12 + millicores * 1e6 * seconds
      const pod = (namespace: string, name: string, containers: unknown[]) => ({
        ...recorded.pods[0],
        podRef: { namespace, name, uid: name },
        containers,
      })
      return JSON.stringify({
        ...recorded,
        pods: [
          pod('gate', 'server-1', [container('fortio', at(200), 30, time)]),
          pod('gate', 'client-1', [container('fortio', at(300), 25, time)]),
          // Container names as Cilium 1.20.2's chart renders them (templates/cilium-agent, cilium-envoy,
          // cilium-operator and spire/{agent,server}).
          pod('kube-system', 'cilium-x7k2p', [container('cilium-agent', at(60), 180, time)]),
          pod('kube-system', 'cilium-envoy-q9w4d', [container('cilium-envoy', at(10), 40, time)]),
          pod('kube-system', 'cilium-operator-6d8f9c-2lmnb', [
            container('cilium-operator', at(20), 50, time),
          ]),
          pod('kube-system', 'coredns-7db6d8ff4d-4xkzp', [container('coredns', at(5), 15, time)]),
          pod('cilium-spire', 'spire-agent-h2kqs', [container('spire-agent', at(4), 20, time)]),
          pod('cilium-spire', 'spire-server-0', [
            container('cilium-init', at(0), 1, time),
            container('spire-server', at(6), 35, time),
          ]),
        ],
      })
    }
    const readings = [ciliumReading(0), ciliumReading(10)]
    const sampler = new OverheadSampler(
      { summary: async () => readings.shift()! },
      {
        nodes: ['node-a'],
        namespaces: ['gate', 'kube-system', 'cilium-spire'],
        systemNamespaces: ['kube-system', 'cilium-spire'],
        roles: containerRoles(),
      },
    )
    const { sample } = await sampler.during(1, async () => undefined)
    expect(sample.containers.map((c) => `${c.container}:${c.role}`).sort()).toEqual([
      'cilium-agent:data-plane',
      'cilium-envoy:data-plane',
      'fortio:app',
      'fortio:app',
      'spire-agent:data-plane',
    ])
    // (60 + 10 + 4) millicores of node agents over the 2 pods they serve; memory likewise.
    const scenario = { resources: [sample] } as unknown as ScenarioResults
    expect(observations(scenario, 'proxy-cpu')).toEqual([expect.closeTo(37, 9)])
    expect(observations(scenario, 'proxy-memory')).toEqual([expect.closeTo((180 + 40 + 20) / 2, 9)])
  })
})

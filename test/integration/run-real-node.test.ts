/**
 * The gate's main job end to end on real pods: `mesh-mtls-gate run --cluster existing --mesh none` (the CLI's own
 * entry, argv as users type it) with the harness's kubeconfig, against the harness's real node (harness/node.ts).
 * The gate's workloads roll out as real pods, Fortio runs in the client pod through the API server's exec, the
 * kubelet's Summary API gives CPU and memory per container through the node proxy, and the live probe runs between
 * real pods. Two A/B runs with a real data path, one in each layout (pipeline/layout.ts):
 *   - alternating: the head changes another service's NetworkPolicy and a cluster-scoped object (one copy of it
 *     cannot be base and head at once, so the sides take turns on one copy of the path); inconclusive, "not measured";
 *   - simultaneous: the head puts a real TCP proxy in front of the server (Fortio's own `fortio proxies -P`, in a
 *     container named like a sidecar, `istio-proxy`), a change that lives in the path's namespace: base and head run
 *     at the same time in their own copies of the path, every request of the head takes one more hop through a real
 *     process, so latency rises, and the proxy's CPU and memory show up as data-plane overhead on real kubelet numbers.
 * MESH_GATE_KEEP_RESULTS=DIR copies every results artifact and report of these runs into DIR.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { stringify } from 'yaml'
import type { Cluster } from '../../src/k8s/client.js'
import { GATE_NAMESPACE } from '../../src/load/workloads.js'
import { sideNamespace } from '../../src/pipeline/layout.js'
import type { Results } from '../../src/results/schema.js'
import {
  cart,
  compareJson,
  deleteNamespaces,
  GateRuns,
  NAMESPACES,
  namespaceExists,
  type Obj,
} from './gate-run.js'
import { REAL_NODE } from './harness/node.js'
import { readState } from './harness/state.js'
import { harnessCluster } from './kube.js'
import { onlyRealNode, restoreNodes } from './real-node.js'

const runs = new GateRuns()
const work = runs.work
const repository = runs.repository.bind(runs)
const gate = (repo: string, out: string) => runs.run(repo, out, ['--mesh', 'none', '--require', 'none'])

/** A change to another service only: an ingress NetworkPolicy of shop's payments. */
function paymentsPolicy(port: number): Obj {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'payments', namespace: 'shop' },
    spec: {
      podSelector: { matchLabels: { app: 'payments' } },
      ingress: [{ ports: [{ port }] }],
    },
  }
}

/** A cluster-scoped object: one copy serves the whole cluster, so the sides cannot both have theirs at once. */
function priorityClass(description: string): Obj {
  // Its value is immutable (the API server refuses an update): the pull request changes the description.
  return {
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: { name: 'gate-e2e-batch' },
    value: 1000,
    description,
  }
}

describe('run --cluster existing --mesh none on the real node', () => {
  const cluster = harnessCluster()
  const state = readState()
  const images = { fortio: state.node!.images.fortio, probe: state.node!.images.probe }
  /**
   * The gate config of a run. The unchanged path is held to a false-alarm rate of 0.1% (its test must not go red on
   * noise: two gated metrics, at most 0.1% together); the proxy hop (+100% or more on the median here) is caught at
   * 5% with a false-pass rate that is negligible for an effect ten times the threshold.
   */
  const gateConfig = (falseAlarmRate: number, extra: Obj = {}, repetitions = 5) =>
    stringify({
      scenarios: [
        {
          name: 'echo-real',
          protocol: 'http',
          qps: 100,
          connections: 4,
          duration: '5s',
          warmup: '2s',
          'payload-bytes': 128,
          repetitions,
        },
      ],
      // The proxy hop moves the whole distribution: the median is gated too, and decides with few repetitions
      // on a shared 2-core machine where the p99 of 5-second runs is noisy.
      thresholds: { 'latency-p50': '+10%' },
      statistics: { 'false-alarm-rate': falseAlarmRate },
      images,
      ...extra,
    })

  beforeAll(async () => {
    await deleteNamespaces(cluster)
    await onlyRealNode(cluster)
  })
  afterAll(async () => {
    await deleteNamespaces(cluster)
    await cluster.objects.delete(priorityClass('') as never).catch(() => undefined)
    await restoreNodes(cluster)
    runs.remove()
  })

  it('measures shop/cart as the configuration has it, alternating; a change to another service and a cluster-wide one are inconclusive, "not measured"', async () => {
    const config = gateConfig(0.001, { targets: ['shop/cart'] })
    const repo = repository(
      'elsewhere',
      [...cart(images), paymentsPolicy(8080), priorityClass('batch jobs')],
      [...cart(images), paymentsPolicy(9000), priorityClass('batch jobs, preemptible')],
      config,
    )
    const out = join(work, 'elsewhere.json')
    const r = await gate(repo, out)
    expect({ code: r.code, log: r.stderr.slice(-2000) }).toEqual({ code: 0, log: expect.any(String) })
    // The client reached shop's cart, whose stand-in ran as the configuration describes it.
    expect(r.stderr).toMatch(
      /measured path\(s\): mesh-gate\/fortio-client → cart\.shop\.svc\.cluster\.local:9090/,
    )
    for (const side of [r.base, r.head]) {
      // The cluster-scoped change cannot exist twice: the sides took turns on one copy of the path.
      expect(side.layout).toEqual({
        design: 'alternating',
        reason: expect.stringMatching(/PriorityClass gate-e2e-batch/),
      })
      expect(side.paths).toEqual([
        {
          id: 'shop/cart',
          client: {
            namespace: GATE_NAMESPACE,
            workload: 'fortio-client',
            labels: { app: 'fortio-client' },
            ports: [],
          },
          server: {
            namespace: 'shop',
            workload: 'cart',
            labels: { app: 'cart', tier: 'backend' },
            ports: [9090],
          },
          url: 'http://cart.shop.svc.cluster.local:9090/echo',
        },
      ])
      const s = side.scenarios[0]
      expect(s.repetitions.length).toBeGreaterThanOrEqual(2)
      for (const rep of s.repetitions) {
        expect(rep.source).toMatch(/\(exec in fortio-client-/)
        // 100 QPS for 5 s: at least 90% of the 500 requested went through (a short run is flagged saturated).
        expect(rep.codes['200']).toBeGreaterThanOrEqual(450)
        expect(rep.latency.histogram.count).toBe(rep.requests)
        expect(rep.latency.histogram.buckets.length).toBeGreaterThan(1)
      }
      // Real kubelet numbers: the app containers that did the work used CPU; no proxy row without a proxy.
      const usage = s.resources.flatMap((x) => x.containers)
      expect(usage.filter((c) => c.role === 'app' && c.cpuMillicores > 0).length).toBeGreaterThan(0)
      expect(usage.some((c) => c.namespace === 'shop' && c.container === 'cart')).toBe(true)
      expect(usage.filter((c) => c.role === 'proxy')).toEqual([])
      expect(s.resources.every((x) => x.source.includes(REAL_NODE))).toBe(true)
      // The live probe between real pods saw what `mesh: none` predicts: plaintext accepted, once per row.
      const rows = side.mtls!.entries.filter(
        (e) => e.namespace === 'shop' && e.workload === 'Deployment/cart',
      )
      expect(rows.filter((e) => e.port === null).map((e) => e.live)).toEqual(['accepted'])
    }
    // The stand-in ran with the configuration's service account, as the cart workload.
    expect(r.stderr).not.toMatch(/registry\.example\.com/)
    expect(r.head.coverage).toEqual([
      {
        kind: 'NetworkPolicy',
        namespace: 'shop',
        name: 'payments',
        status: 'not-measured',
        reason: 'a selector no stand-in carries ({app=payments} in shop)',
      },
      {
        kind: 'PriorityClass',
        namespace: null,
        name: 'gate-e2e-batch',
        status: 'not-measured',
        reason: expect.stringMatching(/cannot place on a measured path/),
      },
    ])
    expect(r.stdout).toMatch(/\*\*Layout\*\*: alternating/)
    const c = await compareJson(
      out.replace(/\.json$/, '.base.json'),
      out,
      join(repo, '.github', 'mesh-gate.yaml'),
    )
    expect(c.verdict).toBe('inconclusive')
    expect(c.notes.join('\n')).toMatch(
      /Not measured: NetworkPolicy shop\/payments .*add `shop\/payments` to `targets`/,
    )
    expect(r.stdout).toMatch(/Not measured: NetworkPolicy shop\/payments/)
    // The namespace the run created is gone with it, and so is the cluster-scoped object it applied.
    expect(await namespaceExists(cluster, 'shop')).toBe(false)
    expect(await priorityClassExists(cluster)).toBe(false)
  }, 600_000)

  it('finds the regression when the head puts a real proxy hop in front of shop/cart, both sides at the same time', async () => {
    // Both sides at once cost no switches: 10 pairs of 5 s, so that the paired interval (9 degrees of freedom, where 5
    // pairs have 4) clears zero on a busy machine too (a clean-clone .ci/run once saw 5 pairs inconclusive).
    const repo = repository('proxied', cart(images), cart(images, true), gateConfig(0.05, {}, 10))
    const out = join(work, 'proxied.json')
    const r = await gate(repo, out)
    expect({ code: r.code, log: r.stderr.slice(-2000) }).toEqual({ code: 1, log: expect.any(String) })
    // The change lives in the path's namespace: each side ran in its own copy of the path, at the same time.
    for (const [side, results] of [
      ['base', r.base],
      ['head', r.head],
    ] as const) {
      expect(results.layout?.design).toBe('simultaneous')
      const copy = (n: string) => sideNamespace(n, side)
      expect(results.paths).toEqual([
        {
          id: 'shop/cart',
          client: expect.objectContaining({ namespace: copy(GATE_NAMESPACE), workload: 'fortio-client' }),
          server: expect.objectContaining({ namespace: copy('shop'), workload: 'cart' }),
          url: `http://cart.${copy('shop')}.svc.cluster.local:9090/echo`,
        },
      ])
      const usage = results.scenarios[0].resources.flatMap((x) => x.containers)
      expect(new Set(usage.map((c) => c.namespace))).toEqual(new Set([copy('shop'), copy(GATE_NAMESPACE)]))
      // The live probe reached the side's own copy of the server.
      expect(
        results
          .mtls!.entries.filter((e) => e.workload === 'Deployment/cart' && e.port === null)
          .map((e) => e.live),
      ).toEqual(['accepted'])
    }
    // Each pair of repetitions started together (within a second), so the compare paired them by time.
    const starts = (x: Results) => x.scenarios[0].repetitions.map((rep) => Date.parse(rep.startTime!))
    const [b, h] = [starts(r.base), starts(r.head)]
    expect(b.length).toBe(h.length)
    expect(Math.max(...b.map((t, i) => Math.abs(t - h[i]!)))).toBeLessThan(1000)
    expect(r.stderr).toMatch(/layout: simultaneous/)
    expect(r.stdout).toMatch(/\*\*Layout\*\*: simultaneous/)
    expect(r.head.coverage).toEqual([
      {
        kind: 'Deployment',
        namespace: 'shop',
        name: 'cart',
        status: 'on-path',
        reason: 'crossed by shop/cart',
      },
    ])
    expect(r.head.paths?.map((p) => p.id)).toEqual(['shop/cart'])
    const c = await compareJson(
      out.replace(/\.json$/, '.base.json'),
      out,
      join(repo, '.github', 'mesh-gate.yaml'),
    )
    expect(c.verdict).toBe('regression')
    const usage = r.head.scenarios[0].resources.flatMap((x) => x.containers)
    const proxy = usage.filter((c) => c.container === 'istio-proxy')
    expect(proxy.length).toBeGreaterThan(0)
    expect(proxy.every((c) => c.role === 'proxy' && c.namespace === sideNamespace('shop', 'head'))).toBe(true)
    expect(Math.max(...proxy.map((c) => c.cpuMillicores))).toBeGreaterThan(0)
    expect(r.base.scenarios[0].resources.flatMap((x) => x.containers).some((c) => c.role === 'proxy')).toBe(
      false,
    )
    expect(r.stdout).toMatch(/regression/i)
    for (const n of NAMESPACES) expect(await namespaceExists(cluster, n)).toBe(false)
  }, 600_000)
})

async function priorityClassExists(cluster: Cluster): Promise<boolean> {
  const list = (await cluster.objects.list('scheduling.k8s.io/v1', 'PriorityClass')).items as Obj[]
  return list.some((p) => p.metadata.name === 'gate-e2e-batch')
}

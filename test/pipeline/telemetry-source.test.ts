/**
 * Reading the meshes' counters through the API server's pod proxy, against a local HTTP stand-in for the API server
 * that serves recorded payloads; and the per-side accounting around each measured repetition.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { KubeConfig } from '@kubernetes/client-node'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Cluster } from '../../src/k8s/client.js'
import { RawObjectApi } from '../../src/k8s/raw-objects.js'
import { readTelemetry } from '../../src/mtls/meshes.js'
import type { Sample } from '../../src/k8s/prometheus-text.js'
import {
  PodProxyScraper,
  scrapeEndpoints,
  servedCheck,
  TelemetryRecorder,
  type TelemetryScraper,
} from '../../src/pipeline/telemetry-source.js'
import { readFixture } from '../helpers.js'

const requests: string[] = []
let metrics = readFixture('mtls', 'telemetry', 'linkerd-proxy-inbound-authz.txt')
/** The data of kube-system/cilium-config; null: the stand-in has no such ConfigMap. */
let ciliumConfig: Record<string, string> | null = null
const CILIUM_AGENT_METRICS = '/api/v1/namespaces/kube-system/pods/cilium-x7k2p:9962/proxy/metrics'
let server: Server
let cluster: Cluster

const pod = (name: string, phase: string) => ({
  metadata: { name, namespace: 'mesh-gate' },
  status: { phase },
})

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url!)
    const url = new URL(req.url!, 'http://stand-in')
    const json = (body: unknown) => {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(body))
    }
    if (url.pathname === '/api/v1') {
      return json({
        kind: 'APIResourceList',
        groupVersion: 'v1',
        resources: [{ name: 'pods', namespaced: true, kind: 'Pod', verbs: ['get', 'list'] }],
      })
    }
    if (url.pathname === '/api/v1/namespaces/mesh-gate/pods') {
      return json({
        kind: 'PodList',
        apiVersion: 'v1',
        metadata: {},
        items:
          url.searchParams.get('labelSelector') === 'app=fortio-server'
            ? [pod('fortio-server-7d9-abc', 'Running'), pod('fortio-server-7d9-old', 'Succeeded')]
            : [],
      })
    }
    if (url.pathname === '/api/v1/namespaces/kube-system/configmaps/cilium-config') {
      if (ciliumConfig === null) {
        res.statusCode = 404
        return json({ kind: 'Status', code: 404, message: 'configmaps "cilium-config" not found' })
      }
      return json({
        kind: 'ConfigMap',
        apiVersion: 'v1',
        metadata: { name: 'cilium-config', namespace: 'kube-system' },
        data: ciliumConfig,
      })
    }
    if (url.pathname === '/api/v1/namespaces/kube-system/pods') {
      return json({
        kind: 'PodList',
        apiVersion: 'v1',
        metadata: {},
        items:
          url.searchParams.get('labelSelector') === 'k8s-app=cilium'
            ? [{ metadata: { name: 'cilium-x7k2p', namespace: 'kube-system' }, status: { phase: 'Running' } }]
            : [],
      })
    }
    if (url.pathname === CILIUM_AGENT_METRICS) {
      // What an agent serves when its metrics are on (here served whatever the ConfigMap says, so that only the
      // check can keep them from being read).
      res.setHeader('content-type', 'text/plain; version=0.0.4')
      return res.end(readFixture('mtls', 'telemetry', 'cilium-agent-drops.txt'))
    }
    if (url.pathname === '/api/v1/namespaces/mesh-gate/pods/fortio-server-7d9-abc:4191/proxy/metrics') {
      res.setHeader('content-type', 'text/plain; version=0.0.4')
      return res.end(metrics)
    }
    res.statusCode = 404
    json({ kind: 'Status', message: `the stand-in serves no ${url.pathname}` })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const kc = new KubeConfig()
  kc.loadFromOptions({
    clusters: [
      {
        name: 'stand-in',
        server: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        skipTLSVerify: true,
      },
    ],
    users: [{ name: 'u' }],
    contexts: [{ name: 'c', cluster: 'stand-in', user: 'u' }],
    currentContext: 'c',
  })
  cluster = { kubeConfig: kc, objects: RawObjectApi.forConfig(kc) }
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the endpoints each mesh serves its counters on', () => {
  it('sidecar and proxy ports in the server pod; node agents for ambient and Cilium', () => {
    const s = { namespace: 'mesh-gate', selector: 'app=fortio-server' }
    expect(scrapeEndpoints('istio', s)).toEqual([
      { namespace: 'mesh-gate', selector: 'app=fortio-server', port: 15020, path: '/stats/prometheus' },
    ])
    expect(scrapeEndpoints('istio-ambient', s)[0]).toMatchObject({
      namespace: 'istio-system',
      selector: 'app=ztunnel',
      port: 15020,
    })
    expect(scrapeEndpoints('linkerd', s)[0]).toMatchObject({ port: 4191, path: '/metrics' })
    expect(scrapeEndpoints('cilium', s)[0]).toMatchObject({
      namespace: 'kube-system',
      selector: 'k8s-app=cilium',
      port: 9962,
    })
  })
})

describe('PodProxyScraper', () => {
  it('lists the running pods and reads each through the API server’s pod proxy', async () => {
    requests.length = 0
    const scraper = new PodProxyScraper(
      cluster,
      scrapeEndpoints('linkerd', { namespace: 'mesh-gate', selector: 'app=fortio-server' }),
    )
    const samples = await scraper.scrape()
    expect(requests).toContain('/api/v1/namespaces/mesh-gate/pods/fortio-server-7d9-abc:4191/proxy/metrics')
    expect(requests.some((r) => r.includes('fortio-server-7d9-old'))).toBe(false)
    expect(
      readTelemetry('linkerd', samples, { namespace: 'mesh-gate', workload: 'fortio-server', port: 8090 }),
    ).toMatchObject({
      outcome: 'mixed',
      mtls: 3147,
    })
  })
  it('a body that is not the text format is an error naming the pod, not "no traffic"', async () => {
    metrics = '<html><body>502 Bad Gateway</body></html>'
    try {
      const scraper = new PodProxyScraper(
        cluster,
        scrapeEndpoints('linkerd', { namespace: 'mesh-gate', selector: 'app=fortio-server' }),
      )
      await expect(scraper.scrape()).rejects.toThrow(
        /pod mesh-gate\/fortio-server-7d9-abc:4191\/metrics: not the Prometheus text format/,
      )
    } finally {
      metrics = readFixture('mtls', 'telemetry', 'linkerd-proxy-inbound-authz.txt')
    }
  })
  it('no running pod is an error naming the selector', async () => {
    const scraper = new PodProxyScraper(cluster, [
      { namespace: 'mesh-gate', selector: 'app=nothing', port: 1, path: '/m' },
    ])
    await expect(scraper.scrape()).rejects.toThrow(/no running pod with app=nothing in mesh-gate/)
  })
})

describe('Cilium: the agents’ counters are read only where the install serves them (prometheus.enabled)', () => {
  const scraper = () =>
    new PodProxyScraper(
      cluster,
      scrapeEndpoints('cilium', { namespace: 'mesh-gate', selector: 'app=fortio-server' }),
      servedCheck('cilium'),
    )

  it('prometheus-serve-addr :9962 (prometheus.enabled=true): the drop counters are read', async () => {
    ciliumConfig = { 'enable-wireguard': 'true', 'prometheus-serve-addr': ':9962' }
    const samples = await scraper().scrape()
    expect(
      readTelemetry('cilium', samples, { namespace: 'mesh-gate', workload: 'fortio-server', port: null }),
    ).toMatchObject({
      outcome: 'authenticated',
      mtls: 2,
      refused: 5,
    })
  })

  it.each([
    [
      'prometheus.enabled false (no prometheus-serve-addr)',
      { 'enable-wireguard': 'true' },
      'the Cilium agents serve no metrics: ConfigMap kube-system/cilium-config has no prometheus-serve-addr (the Helm value prometheus.enabled is not true in the install)',
    ],
    [
      'an empty prometheus-serve-addr (the agent’s "off")',
      { 'prometheus-serve-addr': '' },
      'the Cilium agents serve no metrics: ConfigMap kube-system/cilium-config has no prometheus-serve-addr (the Helm value prometheus.enabled is not true in the install)',
    ],
    [
      'another prometheus.port',
      { 'prometheus-serve-addr': ':9090' },
      "the Cilium agents serve their metrics on ':9090' (ConfigMap kube-system/cilium-config prometheus-serve-addr, the Helm value prometheus.port), not on :9962, where they are read",
    ],
    [
      'no cilium-config at all',
      null,
      'the cluster has no ConfigMap kube-system/cilium-config: nothing says the Cilium agents serve their metrics',
    ],
  ])('%s: not read, saying why, and the agents are not scraped', async (_case, data, why) => {
    ciliumConfig = data
    requests.length = 0
    const recorder = new TelemetryRecorder<'head'>(scraper())
    expect(await recorder.around('head', async () => 'measured')).toBe('measured')
    expect(recorder.samples('head')).toEqual({ unread: `kube-system/{k8s-app=cilium}:9962/metrics: ${why}` })
    expect(requests).not.toContain(CILIUM_AGENT_METRICS)
  })
})

describe('TelemetryRecorder: what each side’s measured repetitions added', () => {
  const series = (value: number, tls = 'true'): Sample[] => [
    { name: 'tcp_open_total', labels: { direction: 'inbound', target_port: '8080', tls }, value },
  ]
  it('sums before/after differences per side, leaving out what happened between repetitions', async () => {
    const scrapes = [series(0), series(10), series(15), series(40), series(40), series(41)]
    const scraper: TelemetryScraper = { description: 'fake', scrape: async () => scrapes.shift()! }
    const r = new TelemetryRecorder<'base' | 'head'>(scraper)
    expect(await r.around('base', async () => 'rep1')).toBe('rep1') // 0 → 10
    await r.around('head', async () => null) // 15 → 40 (5 between repetitions is left out)
    await r.around('base', async () => null) // 40 → 41
    expect(r.samples('base')).toEqual({ samples: series(11) })
    expect(r.samples('head')).toEqual({ samples: series(25) })
  })
  it('a failed scrape makes the telemetry unread (with the reason), never "no traffic"; the work still runs', async () => {
    const scraper: TelemetryScraper = {
      description: 'mesh-gate/{app=fortio-server}:4191/metrics',
      scrape: async () => {
        throw new Error('HTTP 503')
      },
    }
    const r = new TelemetryRecorder<'head'>(scraper)
    expect(await r.around('head', async () => 7)).toBe(7)
    expect(r.samples('head')).toEqual({ unread: 'mesh-gate/{app=fortio-server}:4191/metrics: HTTP 503' })
    expect(new TelemetryRecorder<'head'>(null).samples('head')).toEqual({
      unread: 'no telemetry source for this cluster',
    })
  })
})

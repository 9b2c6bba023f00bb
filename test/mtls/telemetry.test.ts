/** The meshes' own counters as evidence, read from payloads taken from the meshes' repositories (fixtures README). */
import { describe, expect, it } from '@jest/globals'
import { parsePrometheusText, PrometheusTextError } from '../../src/k8s/prometheus-text.js'
import { counterDelta, readCilium, readIstio, readLinkerd, sumSamples } from '../../src/mtls/telemetry.js'
import { telemetryFindings } from '../../src/mtls/meshes.js'
import { readFixture } from '../helpers.js'

const payload = (name: string) => parsePrometheusText(readFixture('mtls', 'telemetry', name), name)

describe('parsing the Prometheus text format', () => {
  it('reads a real Linkerd proxy scrape: counters and gauges, histograms left out', () => {
    const samples = payload('linkerd-proxy-sample-metrics.txt')
    expect(samples.filter((s) => s.name === 'tcp_open_total')).toHaveLength(3)
    expect(samples.some((s) => s.name.startsWith('response_latency_ms'))).toBe(false)
    expect(samples.find((s) => s.name === 'request_total' && s.labels.direction === 'inbound')).toMatchObject(
      {
        labels: { target_port: '4191', tls: 'no_identity', no_tls_reason: 'no_tls_from_remote' },
        value: 30,
      },
    )
  })
  it('refuses a body that is not the text format (an HTML error page), naming the source', () => {
    expect(() =>
      parsePrometheusText('<html><body>502 Bad Gateway</body></html>', 'pod gate/server:15020'),
    ).toThrow(PrometheusTextError)
    expect(() => parsePrometheusText('<html>\n', 'pod gate/server:15020')).toThrow(
      /pod gate\/server:15020: not the Prometheus text format/,
    )
    expect(parsePrometheusText('', 'x')).toEqual([])
    expect(parsePrometheusText('# HELP only comments\n', 'x')).toEqual([])
  })
  it('a last line without a newline still counts', () => {
    expect(parsePrometheusText('x{a="b"} 2', 'x')).toEqual([{ name: 'x', labels: { a: 'b' }, value: 2 }])
  })
  it('counter deltas: after minus before, a reset counts from zero, a new series counts whole', () => {
    const before = parsePrometheusText('a{x="1"} 10\nb 5\n', 'before')
    const after = parsePrometheusText('a{x="1"} 25\nb 2\nc 7\n', 'after')
    expect(counterDelta(before, after).map((s) => `${s.name} ${s.value}`)).toEqual(['a 15', 'b 2', 'c 7'])
    expect(sumSamples(before, after).find((s) => s.name === 'a')!.value).toBe(35)
  })
})

describe('Istio: connection_security_policy on the destination’s counters (istio/proxy stats plugin)', () => {
  const target = { namespace: 'default', workload: 'ratings-v1', port: null }
  it('TCP connections reported as mutual_tls', () => {
    const r = readIstio(payload('istio-sidecar-server-tcp-mtls.txt'), target)
    expect(r).toMatchObject({ outcome: 'mtls', mtls: 10, plaintext: 0 })
    expect(r.detail).toBe('istio_tcp_connections_opened_total{connection_security_policy="mutual_tls"} 10')
  })
  it('requests reported as none are plaintext, and both together are mixed', () => {
    expect(readIstio(payload('istio-sidecar-server-plaintext.txt'), target)).toMatchObject({
      outcome: 'plaintext',
      plaintext: 10,
    })
    const both = [
      ...payload('istio-sidecar-server-plaintext.txt'),
      ...payload('istio-sidecar-server-tcp-mtls.txt'),
    ]
    expect(readIstio(both, target).outcome).toBe('mixed')
  })
  it('counts only the server (and the client when named)', () => {
    const samples = payload('istio-sidecar-server-tcp-mtls.txt')
    expect(readIstio(samples, { ...target, workload: 'other' }).outcome).toBe('no-traffic')
    expect(readIstio(samples, { ...target, client: 'productpage-v1' }).mtls).toBe(10)
    expect(readIstio(samples, { ...target, client: 'fortio-probe' }).outcome).toBe('no-traffic')
  })
})

describe('Linkerd: tls="true" on the inbound proxy’s counters', () => {
  it('the authorization counters of a real proxy: port 8090 mostly mTLS, port 8080 plaintext', () => {
    const samples = payload('linkerd-proxy-inbound-authz.txt')
    expect(readLinkerd(samples, { namespace: 'default', workload: 'web', port: 8090 })).toMatchObject({
      outcome: 'mixed',
      mtls: 3147,
      plaintext: 1,
    })
    expect(readLinkerd(samples, { namespace: 'default', workload: 'web', port: 8080 })).toMatchObject({
      outcome: 'plaintext',
      plaintext: 7,
    })
  })
  it('the admin port (probes, scrapes) never counts; a client-only proxy has no inbound traffic', () => {
    const r = readLinkerd(payload('linkerd-proxy-sample-metrics.txt'), {
      namespace: 'x',
      workload: 'y',
      port: null,
    })
    expect(r.outcome).toBe('no-traffic')
  })
  it('denials are refusals', () => {
    const samples = parsePrometheusText(
      'inbound_http_authz_deny_total{target_port="8080",srv_name="web-http",tls="no_identity"} 4\n',
      'x',
    )
    expect(readLinkerd(samples, { namespace: 'x', workload: 'y', port: 8080 })).toMatchObject({
      outcome: 'refused',
      refused: 4,
    })
  })
})

describe('Cilium: the agent’s ingress drop counters', () => {
  it('flows held for authentication, policy drops', () => {
    const r = readCilium(payload('cilium-agent-drops.txt'))
    expect(r).toMatchObject({ outcome: 'authenticated', mtls: 2, refused: 5 })
    expect(r.detail).toBe('drops "Authentication required" 2; drops "Policy denied" 5')
  })
})

describe('a disagreement with the prediction is a finding', () => {
  const mtls = readIstio(payload('istio-sidecar-server-tcp-mtls.txt'), {
    namespace: 'default',
    workload: 'ratings-v1',
    port: null,
  })
  const plain = readIstio(payload('istio-sidecar-server-plaintext.txt'), {
    namespace: 'default',
    workload: 'ratings-v1',
    port: null,
  })
  it('STRICT or PERMISSIVE with plaintext counted is an error; mTLS counted agrees', () => {
    expect(telemetryFindings('istio', 'STRICT', mtls, 'head')).toEqual([])
    expect(telemetryFindings('istio', 'STRICT', plain, 'head')).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'mtls-telemetry-mismatch',
        message: expect.stringMatching(/^head: the prediction is STRICT .* 10 plaintext/),
      }),
    ])
    expect(telemetryFindings('istio', 'PERMISSIVE', plain, 'head')[0]!.severity).toBe('error')
  })
  it('DISABLE with mTLS counted is a warning; no traffic counted is a warning', () => {
    expect(telemetryFindings('istio', 'DISABLE', mtls, 'head')[0]!.severity).toBe('warning')
    expect(telemetryFindings('istio', 'DISABLE', plain, 'head')).toEqual([])
    const none = readIstio([], { namespace: 'a', workload: 'b', port: null })
    expect(telemetryFindings('istio', 'STRICT', none, 'head')[0]!.message).toMatch(
      /counted none of the gate’s traffic/,
    )
  })
  it('Cilium: required authentication with no flow held for it in the window is a warning (the auth map caches a pair authenticated before it)', () => {
    const drops = readCilium(payload('cilium-agent-drops.txt'))
    expect(telemetryFindings('cilium', 'STRICT', drops, 'head', true)).toEqual([])
    expect(telemetryFindings('cilium', 'STRICT', readCilium([]), 'head', true)[0]).toEqual(
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/caches the result/) }),
    )
    expect(telemetryFindings('cilium', 'DISABLE', drops, 'head', false)[0]!.severity).toBe('warning')
  })
})

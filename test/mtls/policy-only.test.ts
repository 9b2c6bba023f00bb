/**
 * Policy-only changes: no workload manifest among the inputs, so each policy's selection is judged as a workload of
 * its own, on both sides. Each weakening is a regression named by the policy and its selection; the reverse is not.
 */
import { describe, expect, it } from '@jest/globals'
import { assertValidObjects } from '../../src/mtls/crd-validation.js'
import { parseManifestText } from '../../src/k8s/manifests.js'
import type { LoadedObjects } from '../../src/k8s/objects.js'
import { validateLoaded, type MtlsValidation } from '../../src/mtls/validate.js'
import { readFixture } from '../helpers.js'
import { deployment, ns } from './helpers.js'

function load(...docs: string[]): LoadedObjects {
  const loaded = parseManifestText(docs.join('\n---\n'), 'case.yaml')
  assertValidObjects(loaded.objects)
  return loaded
}

function compare(
  base: string[],
  head: string[],
  require: 'strict' | 'permissive' = 'strict',
): MtlsValidation {
  return validateLoaded(load(...head), load(...base), require, undefined, 'head.yaml', 'base.yaml')
}

const regressions = (v: MtlsValidation) =>
  v.findings.filter((f) => f.code === 'mtls-regression').map((f) => f.message)
const changes = (v: MtlsValidation) =>
  v.regressions.map(
    (r) => `${r.namespace}/${r.workload}${r.port === null ? '' : `:${r.port}`} ${r.from}→${r.to}`,
  )

describe('Cilium: authentication.mode on every ingress rule that selects an endpoint', () => {
  const withAuth = readFixture('mtls', 'examples', 'cilium-cnp-with-mutual-auth.yaml')
  const without = readFixture('mtls', 'examples', 'cilium-cnp-without-mutual-auth.yaml')
  const wireguard = 'encryption:\n  enabled: true\n  type: wireguard'

  it('the real example pair: dropping authentication.mode required is a regression on the selection {app=echo}:8080', () => {
    const v = compare([withAuth], [without])
    expect(v.verdict).toBe('fail')
    expect(changes(v)).toEqual(['default/{app=echo}:8080 PERMISSIVE→DISABLE'])
    expect(regressions(v)[0]).toMatch(
      /^default\/\{app=echo\}:8080 got weaker: PERMISSIVE → DISABLE: peers now admitted without mutual authentication or encryption on port 8080 \(now no mutual authentication on CiliumNetworkPolicy default\/no-mutual-auth-echo \(case\.yaml:\d+\).*was mutual authentication required by CiliumNetworkPolicy default\/mutual-auth-echo/,
    )
  })

  it('the reverse (adding it, with WireGuard on both sides) is an improvement and passes', () => {
    const v = compare([without, wireguard], [withAuth, wireguard])
    expect(v.regressions).toEqual([])
    expect(v.diff!.improvements.map((c) => `${c.workload}:${c.port} ${c.from}→${c.to}`)).toEqual([
      '{app=echo}:8080 PERMISSIVE→STRICT',
    ])
    expect(v.verdict).toBe('pass')
  })

  it('the same policy losing its mode is named by the rule’s setting', () => {
    const dropped = withAuth.replace(/\n {4}authentication:\n {6}mode: "required"/, '')
    expect(dropped).not.toContain('authentication')
    const v = compare([withAuth, wireguard], [dropped, wireguard])
    expect(regressions(v)).toEqual([
      expect.stringMatching(
        /^CiliumNetworkPolicy default\/mutual-auth-echo spec\.ingress\[0\] authentication\.mode: required → unset \(disabled\): peers now admitted without mutual authentication on port 8080 \(default\/\{app=echo\}:8080 STRICT → PERMISSIVE;/,
      ),
    ])
  })

  const extraRule = (from: string, auth: boolean) => `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: extra, namespace: default}
spec:
  endpointSelector: {matchLabels: {app: echo}}
  ingress:
  - fromEndpoints: [{matchLabels: {app: ${from}}}]${auth ? '\n    authentication: {mode: required}' : ''}
    toPorts: [{ports: [{port: "8080", protocol: TCP}]}]`

  it('a new rule admitting another peer without it is a regression; with it, not', () => {
    const v = compare([withAuth, wireguard], [withAuth, extraRule('debug', false), wireguard])
    expect(changes(v)).toEqual(['default/{app=echo}:8080 STRICT→PERMISSIVE'])
    expect(regressions(v)[0]).toMatch(
      /CiliumNetworkPolicy default\/extra \(case\.yaml:\d+\) admits peers without mutual authentication/,
    )
    expect(
      compare([withAuth, wireguard], [withAuth, extraRule('debug', true), wireguard]).regressions,
    ).toEqual([])
  })

  it('a second rule admitting the same peer without it does not lift the requirement (rules merge per peer)', () => {
    const v = compare([withAuth, wireguard], [withAuth, extraRule('pod-worker', false), wireguard])
    expect(v.regressions).toEqual([])
  })

  it('deleting the policy is judged on its selection in the head: the endpoint is open again', () => {
    const v = compare([withAuth, wireguard], [wireguard, ns('default')])
    // The other ports were default-denied too, and are open now.
    expect(changes(v)).toEqual([
      'default/{app=echo} STRICT→PERMISSIVE',
      'default/{app=echo}:8080 STRICT→PERMISSIVE',
    ])
  })

  it('a clusterwide policy’s endpointSelector and a host policy’s nodeSelector are selections too', () => {
    const ccnp = (name: string, selector: string, auth: boolean) => `apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: {name: ${name}}
spec:
  ${selector}
  ingress:
  - fromEntities: [cluster]${auth ? '\n    authentication: {mode: required}' : ''}`
    const pods = 'endpointSelector: {matchLabels: {k8s:io.kubernetes.pod.namespace: shop, app: db}}'
    const nodes = 'nodeSelector: {matchLabels: {role: edge}}'
    const v = compare(
      [ccnp('db', pods, true), ccnp('edge', nodes, true), wireguard],
      [ccnp('db', pods, false), ccnp('edge', nodes, false), wireguard],
    )
    expect(changes(v).sort()).toEqual([
      '*/node{role=edge} STRICT→PERMISSIVE',
      'shop/{app=db} STRICT→PERMISSIVE',
    ])
  })

  it('a rule on a named port is judged on the named port', () => {
    const named = (auth: boolean) => `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: api, namespace: shop}
spec:
  endpointSelector: {matchLabels: {app: api}}
  ingress:
  - fromEndpoints: [{matchLabels: {app: web}}]${auth ? '\n    authentication: {mode: required}' : ''}
    toPorts: [{ports: [{port: http, protocol: TCP}]}]`
    const v = compare([named(true), wireguard], [named(false), wireguard])
    expect(changes(v)).toContain('shop/{app=api}:http STRICT→PERMISSIVE')
    expect(regressions(v).find((m) => m.includes('{app=api}:http'))).toMatch(/on port http/)
  })
})

describe('Linkerd: Server, AuthorizationPolicy, namespace and install-wide defaults', () => {
  const server = (accessPolicy: string, port = 'http') => `apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata: {name: cart-http, namespace: shop}
spec:
  podSelector: {matchLabels: {app: cart}}
  port: ${port}
  accessPolicy: ${accessPolicy}`
  const policy = (
    authn: 'MeshTLSAuthentication' | 'NetworkAuthentication',
  ) => `apiVersion: policy.linkerd.io/v1alpha1
kind: AuthorizationPolicy
metadata: {name: cart-clients, namespace: shop}
spec:
  targetRef: {group: policy.linkerd.io, kind: Server, name: cart-http}
  requiredAuthenticationRefs:
  - {group: policy.linkerd.io, kind: ${authn}, name: ${authn === 'MeshTLSAuthentication' ? 'mesh-clients' : 'pod-network'}}`
  const meshTls = `apiVersion: policy.linkerd.io/v1alpha1
kind: MeshTLSAuthentication
metadata: {name: mesh-clients, namespace: shop}
spec: {identities: ["*"]}`
  const network = `apiVersion: policy.linkerd.io/v1alpha1
kind: NetworkAuthentication
metadata: {name: pod-network, namespace: shop}
spec: {networks: [{cidr: 10.0.0.0/8}]}`

  it('Server accessPolicy all-authenticated → all-unauthenticated is a regression named by the Server', () => {
    const v = compare([server('all-authenticated')], [server('all-unauthenticated')])
    expect(v.verdict).toBe('fail')
    expect(changes(v)).toEqual(['shop/{app=cart}:http STRICT→PERMISSIVE'])
    expect(regressions(v)).toEqual([
      expect.stringMatching(
        /^Server shop\/cart-http accessPolicy: all-authenticated → all-unauthenticated: plaintext now accepted on port http \(shop\/\{app=cart\}:http STRICT → PERMISSIVE;/,
      ),
    ])
  })

  it('the reverse is an improvement, and passes', () => {
    const v = compare([server('all-unauthenticated')], [server('all-authenticated')])
    expect(v.regressions).toEqual([])
    expect(v.verdict).toBe('pass')
  })

  it('a numeric port is a port row of the selection', () => {
    const v = compare([server('deny', '8080')], [server('cluster-unauthenticated', '8080')])
    expect(changes(v)).toEqual(['shop/{app=cart}:8080 STRICT→PERMISSIVE'])
  })

  it('an AuthorizationPolicy moving from MeshTLSAuthentication to NetworkAuthentication admits plaintext', () => {
    const v = compare(
      [server('deny'), policy('MeshTLSAuthentication'), meshTls, network],
      [server('deny'), policy('NetworkAuthentication'), meshTls, network],
    )
    expect(changes(v)).toEqual(['shop/{app=cart}:http STRICT→PERMISSIVE'])
    expect(regressions(v)[0]).toMatch(
      /AuthorizationPolicy shop\/cart-clients \(case\.yaml:\d+\) allows unauthenticated clients \(NetworkAuthentication pod-network\)/,
    )
    const back = compare(
      [server('deny'), policy('NetworkAuthentication'), meshTls, network],
      [server('deny'), policy('MeshTLSAuthentication'), meshTls, network],
    )
    expect(back.regressions).toEqual([])
    expect(back.verdict).toBe('pass')
  })

  it('an AuthorizationPolicy whose Server is not among the inputs is judged on its target', () => {
    const v = compare(
      [policy('MeshTLSAuthentication'), meshTls, network],
      [policy('NetworkAuthentication'), meshTls, network],
    )
    expect(changes(v)).toEqual(['shop/Server/cart-http STRICT→PERMISSIVE'])
    expect(v.matrix.find((e) => e.workload === 'Server/cart-http')!.decidedBy).toMatch(
      /allows unauthenticated clients/,
    )
    const back = compare(
      [policy('NetworkAuthentication'), meshTls, network],
      [policy('MeshTLSAuthentication'), meshTls, network],
    )
    expect(back.regressions).toEqual([])
    expect(back.matrix.find((e) => e.workload === 'Server/cart-http')!.decidedBy).toMatch(
      /Server shop\/cart-http \(not among the inputs: accessPolicy taken as deny, the CRD default\)/,
    )
  })

  it('the real grafana AuthorizationPolicy (ServiceAccount identity) alone is judged STRICT on its target', () => {
    const v = validateLoaded(
      load(readFixture('mtls', 'examples', 'linkerd-grafana-authzpolicy.yaml')),
      null,
      'strict',
    )
    expect(v.matrix.filter((e) => e.workload === 'Server/prometheus-admin').map((e) => e.mode)).toEqual([
      'STRICT',
    ])
    expect(v.verdict).toBe('pass')
  })

  it('deleting a Server that narrowed a port judges its selection with the defaults again', () => {
    const v = compare([server('all-authenticated', '8080'), ns('shop')], [ns('shop')])
    expect(changes(v)).toEqual(['shop/{app=cart}:8080 STRICT→PERMISSIVE'])
  })

  it('the namespace default (config.linkerd.io/default-inbound-policy) is judged on the namespace', () => {
    const nsWith = (policy: string) =>
      ns('shop', {}, { 'config.linkerd.io/default-inbound-policy': policy, 'linkerd.io/inject': 'enabled' })
    const v = compare([nsWith('all-authenticated')], [nsWith('all-unauthenticated')])
    expect(changes(v)).toEqual(['shop/* STRICT→PERMISSIVE'])
    expect(regressions(v)[0]).toMatch(
      /^Namespace shop config\.linkerd\.io\/default-inbound-policy: all-authenticated → all-unauthenticated: plaintext now accepted/,
    )
    expect(compare([nsWith('all-unauthenticated')], [nsWith('cluster-authenticated')]).regressions).toEqual(
      [],
    )
  })

  it('the install-wide default (proxy.defaultInboundPolicy in Helm values) is judged mesh-wide', () => {
    const values = (p: string) => `proxy:\n  defaultInboundPolicy: ${p}`
    const v = compare([values('cluster-authenticated')], [values('all-unauthenticated')])
    expect(changes(v)).toEqual(['*/* STRICT→PERMISSIVE'])
    expect(regressions(v)[0]).toMatch(
      /^install-wide default inbound policy \(proxy\.defaultInboundPolicy\): cluster-authenticated → all-unauthenticated: plaintext now accepted/,
    )
  })
})

describe('nothing empty passes', () => {
  it('an input with no mesh resource and no workload is bad input naming it', () => {
    expect(() => validateLoaded(load(''), null, 'strict', 'istio', 'manifests empty.yaml')).toThrow(
      /nothing to judge: manifests empty\.yaml hold no mesh resource and no workload \(read no object at all\)/,
    )
    expect(() =>
      validateLoaded(
        load('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}'),
        null,
        'strict',
        'linkerd',
        'manifests cm.yaml',
      ),
    ).toThrow(/manifests cm\.yaml hold no mesh resource and no workload \(read 1 object\(s\): ConfigMap\)/)
  })
  it('a comparison of two empty sides is bad input naming both', () => {
    expect(() =>
      validateLoaded(load(''), load(''), 'strict', 'cilium', 'manifests head/', 'manifests base/'),
    ).toThrow(/manifests head\/ and manifests base\/ hold no mesh resource and no workload/)
  })
  it('a head that deletes everything is still compared with its base', () => {
    const base = load(ns('shop', {}, { 'config.linkerd.io/default-inbound-policy': 'all-authenticated' }))
    const v = validateLoaded(load(''), base, 'strict', 'linkerd')
    expect(v.verdict).toBe('fail')
    expect(v.regressions.map((r) => `${r.namespace}/${r.workload}`)).toEqual(['shop/*'])
  })
})

describe('Linkerd’s install-wide default from the control plane’s linkerd-config ConfigMap', () => {
  const linkerdConfig = (policy: string) => `apiVersion: v1
kind: ConfigMap
metadata: {name: linkerd-config, namespace: linkerd}
data:
  values: |
    clusterDomain: cluster.local
    proxy:
      image:
        name: cr.l5d.io/linkerd/proxy
      defaultInboundPolicy: ${policy}`
  it('is read from the values the chart stored (where a live cluster keeps it)', () => {
    const v = validateLoaded(load(linkerdConfig('cluster-authenticated')), null, 'strict')
    expect(v.mesh).toBe('linkerd')
    expect(v.matrix.find((e) => e.namespace === '*' && e.workload === '*')).toMatchObject({
      mode: 'STRICT',
      decidedBy: expect.stringMatching(
        /^default inbound policy cluster-authenticated: ConfigMap linkerd\/linkerd-config values proxy\.defaultInboundPolicy \(case\.yaml:\d+\)/,
      ),
    })
  })
  it('weakening it is a regression; Helm values among the inputs take precedence', () => {
    const v = compare([linkerdConfig('all-authenticated')], [linkerdConfig('all-unauthenticated')])
    expect(changes(v)).toEqual(['*/* STRICT→PERMISSIVE'])
    const withValues = validateLoaded(
      load(linkerdConfig('all-authenticated'), 'proxy:\n  defaultInboundPolicy: audit'),
      null,
      'permissive',
    )
    expect(withValues.matrix.find((e) => e.workload === '*' && e.namespace === '*')!.decidedBy).toMatch(
      /^default inbound policy audit/,
    )
  })
})

describe('each warning once', () => {
  it('a namespace LABEL linkerd.io/inject is reported once, however many workloads it holds', () => {
    const v = validateLoaded(
      load(
        ns('emoji', { 'linkerd.io/inject': 'enabled' }, { 'linkerd.io/inject': 'enabled' }),
        ...['web', 'api', 'db'].map((n) => deployment('emoji', n)),
      ),
      null,
      'permissive',
    )
    expect(v.findings.filter((f) => f.code === 'linkerd-inject-label')).toHaveLength(1)
  })
})

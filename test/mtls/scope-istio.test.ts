/**
 * What an Istio object applies to, as istiod decides it (mtls/istio-scope.ts), and the mesh-neutral kinds
 * (mtls/scope.ts): a table per kind, good cases then the negative ones (another namespace, `exportTo: .`, a selector
 * that can match no pod, a root-namespace selector policy that Istio ignores), and real configurations from
 * ../shared/mesh-examples.
 */
import { describe, expect, it } from '@jest/globals'
import { parseManifestText } from '../../src/k8s/manifests.js'
import { appliesTo, meshExample } from './scope-helpers.js'

const doc = (kind: string, apiVersion: string, ns: string, name: string, spec: string) =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec:\n${spec}`
const sec = 'security.istio.io/v1'
const net = 'networking.istio.io/v1'

describe('Istio: what an object applies to', () => {
  it.each([
    [
      'a namespace-wide PeerAuthentication: every pod of its namespace',
      doc('PeerAuthentication', sec, 'shop', 'default', '  mtls:\n    mode: STRICT'),
      { scope: 'scoped', reach: [{ side: 'server', pods: { namespace: 'shop', selector: null } }] },
    ],
    [
      'a workload PeerAuthentication with port-level mTLS: those pods, those ports',
      doc(
        'PeerAuthentication',
        sec,
        'shop',
        'cart',
        '  selector:\n    matchLabels:\n      app: cart\n  mtls:\n    mode: STRICT\n  portLevelMtls:\n    "8080":\n      mode: PERMISSIVE',
      ),
      {
        scope: 'scoped',
        reach: [
          {
            side: 'server',
            pods: { namespace: 'shop', selector: { matchLabels: { app: 'cart' } }, ports: [8080] },
          },
        ],
      },
    ],
    [
      'the mesh-wide PeerAuthentication (root namespace, no selector)',
      doc('PeerAuthentication', sec, 'istio-system', 'default', '  mtls:\n    mode: STRICT'),
      { scope: 'mesh-wide' },
    ],
    [
      'a selector in the root namespace, which Istio ignores',
      doc(
        'PeerAuthentication',
        sec,
        'istio-system',
        'cart',
        '  selector:\n    matchLabels:\n      app: cart\n  mtls:\n    mode: DISABLE',
      ),
      { scope: 'nothing', why: expect.stringMatching(/ignores a workload selector in the root namespace/) },
    ],
    [
      'an AuthorizationPolicy: its selector in its namespace, its allowed principal as the client',
      doc(
        'AuthorizationPolicy',
        sec,
        'shop',
        'cart',
        '  selector:\n    matchLabels:\n      app: cart\n  rules:\n    - from:\n        - source:\n            principals: ["cluster.local/ns/front/sa/web"]',
      ),
      {
        scope: 'scoped',
        reach: [
          {
            side: 'server',
            pods: { namespace: 'shop', selector: { matchLabels: { app: 'cart' } } },
            from: { namespace: 'front', serviceAccount: 'web' },
          },
        ],
      },
    ],
    [
      'a root-namespace AuthorizationPolicy with a selector: matching pods of every namespace',
      doc(
        'AuthorizationPolicy',
        sec,
        'istio-system',
        'deny',
        '  action: DENY\n  selector:\n    matchLabels:\n      app: cart\n  rules:\n    - {}',
      ),
      {
        scope: 'scoped',
        reach: [{ side: 'server', pods: { namespace: '*', selector: { matchLabels: { app: 'cart' } } } }],
      },
    ],
    [
      'an AuthorizationPolicy with a Service targetRef: the traffic to that host',
      doc(
        'AuthorizationPolicy',
        sec,
        'shop',
        'waypoint',
        '  targetRefs:\n    - kind: Service\n      group: ""\n      name: cart',
      ),
      { scope: 'scoped', reach: [{ side: 'host', host: 'cart.shop.svc.cluster.local', clients: '*' }] },
    ],
    [
      'a DestinationRule with a short host: qualified with its namespace, every client',
      doc('DestinationRule', net, 'shop', 'cart', '  host: cart'),
      { scope: 'scoped', reach: [{ side: 'host', host: 'cart.shop.svc.cluster.local', clients: '*' }] },
    ],
    [
      'a DestinationRule exported to its own namespace only (`exportTo: .`)',
      doc('DestinationRule', net, 'front', 'cart', '  host: cart.shop.svc.cluster.local\n  exportTo: ["."]'),
      { scope: 'scoped', reach: [{ side: 'host', host: 'cart.shop.svc.cluster.local', clients: ['front'] }] },
    ],
    [
      'a VirtualService for the mesh and a gateway: its hosts',
      doc(
        'VirtualService',
        net,
        'shop',
        'cart',
        '  hosts: [cart, cart.shop.svc.cluster.local]\n  gateways: [mesh, shop/gw]\n  http:\n    - route:\n        - destination:\n            host: cart',
      ),
      {
        scope: 'scoped',
        reach: [
          { side: 'host', host: 'cart.shop.svc.cluster.local', clients: '*' },
          { side: 'host', host: 'cart.shop.svc.cluster.local', clients: '*' },
        ],
      },
    ],
    [
      'a VirtualService bound to a gateway only: not mesh traffic',
      doc(
        'VirtualService',
        net,
        'shop',
        'cart',
        '  hosts: [cart.example.com]\n  gateways: [shop/gw]\n  http:\n    - route:\n        - destination:\n            host: cart',
      ),
      { scope: 'nothing' },
    ],
    [
      'a Sidecar with a selector: the outbound of those pods',
      doc(
        'Sidecar',
        net,
        'front',
        'web',
        '  workloadSelector:\n    labels:\n      app: web\n  egress:\n    - hosts: ["./*"]',
      ),
      {
        scope: 'scoped',
        reach: [{ side: 'client', pods: { namespace: 'front', selector: { matchLabels: { app: 'web' } } } }],
      },
    ],
    [
      'the root namespace’s Sidecar without a selector: mesh-wide',
      doc('Sidecar', net, 'istio-system', 'default', '  egress:\n    - hosts: ["./*"]'),
      { scope: 'mesh-wide' },
    ],
    [
      'an EnvoyFilter’s workloadSelector (labels): both sides of those pods',
      doc(
        'EnvoyFilter',
        'networking.istio.io/v1alpha3',
        'shop',
        'f',
        '  workloadSelector:\n    labels:\n      app: cart\n  configPatches: []',
      ),
      {
        scope: 'scoped',
        reach: [
          { side: 'server', pods: { namespace: 'shop', selector: { matchLabels: { app: 'cart' } } } },
          { side: 'client', pods: { namespace: 'shop', selector: { matchLabels: { app: 'cart' } } } },
        ],
      },
    ],
    [
      'an IstioOperator: install-time, never applied as runtime configuration',
      'apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata:\n  name: x\n  namespace: istio-system\nspec:\n  meshConfig:\n    enableAutoMtls: false',
      { scope: 'install' },
    ],
    [
      'a Gateway: ingress, which no path crosses',
      doc('Gateway', net, 'shop', 'gw', '  selector:\n    istio: ingressgateway\n  servers: []'),
      { scope: 'unknown' },
    ],
    [
      'the mesh config (the istio ConfigMap of the root namespace): mesh-wide',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio\n  namespace: istio-system\ndata:\n  mesh: "enableAutoMtls: false"',
      { scope: 'mesh-wide' },
    ],
    [
      'a Linkerd Server under Istio: ignored',
      'apiVersion: policy.linkerd.io/v1beta3\nkind: Server\nmetadata:\n  name: s\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: cart\n  port: 8080',
      { scope: 'nothing', why: expect.stringMatching(/Linkerd's; Istio ignores it/) },
    ],
  ])('%s', (_what, yaml, expected) => {
    expect(appliesTo('istio', yaml)).toMatchObject(expected)
  })

  it('ambient answers as Istio does', () => {
    expect(appliesTo('istio-ambient', doc('DestinationRule', net, 'shop', 'cart', '  host: cart'))).toEqual(
      appliesTo('istio', doc('DestinationRule', net, 'shop', 'cart', '  host: cart')),
    )
  })

  it('real DestinationRules (bookinfo): each to its short host, qualified in the default namespace', () => {
    const objects = parseManifestText(
      meshExample('istio-bookinfo-destination-rule-all-mtls.yaml'),
      'dr.yaml',
    ).objects
    expect(objects.length).toBeGreaterThan(2)
    for (const o of objects) {
      const host = String((o.object.spec as { host: string }).host)
      expect(
        appliesTo(
          'istio',
          `apiVersion: networking.istio.io/v1\nkind: DestinationRule\n${yamlTail(o.object)}`,
        ),
      ).toEqual({
        scope: 'scoped',
        reach: [{ side: 'host', host: `${host}.default.svc.cluster.local`, clients: '*' }],
      })
    }
  })
})

describe('the mesh-neutral kinds', () => {
  it.each([
    [
      'a Namespace: both sides of every pod in it',
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    istio-injection: enabled',
      {
        scope: 'scoped',
        reach: [
          { side: 'server', pods: { namespace: 'shop', selector: null } },
          { side: 'client', pods: { namespace: 'shop', selector: null } },
        ],
      },
    ],
    [
      'a Service: its host',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: cart\n  namespace: shop\nspec:\n  selector:\n    app: cart\n  ports:\n    - port: 80',
      { scope: 'scoped', reach: [{ side: 'host', host: 'cart.shop.svc.cluster.local', clients: '*' }] },
    ],
    [
      'an ingress NetworkPolicy: the inbound of its pods',
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: cart\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: cart\n  ingress:\n    - {}',
      {
        scope: 'scoped',
        reach: [{ side: 'server', pods: { namespace: 'shop', selector: { matchLabels: { app: 'cart' } } } }],
      },
    ],
    [
      'a NetworkPolicy whose selector can match no pod (In with no value)',
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: none\n  namespace: shop\nspec:\n  podSelector:\n    matchExpressions:\n      - key: app\n        operator: In\n        values: []\n  policyTypes: [Ingress]',
      { scope: 'nothing' },
    ],
    [
      'a Deployment: its pods, by the template’s labels',
      meshExample('istio-mtls-echo.yaml')
        .split('\n---\n')
        .find((d) => /kind: Deployment/.test(d))!,
      { scope: 'scoped', reach: [{ side: 'server' }, { side: 'client' }] },
    ],
  ])('%s', (_what, yaml, expected) => {
    expect(appliesTo('istio', yaml)).toMatchObject(expected)
  })
})

/** The metadata and spec of a parsed object as YAML (the bookinfo rules name no namespace). */
function yamlTail(o: { metadata?: unknown; spec?: unknown }): string {
  return `metadata: ${JSON.stringify(o.metadata)}\nspec: ${JSON.stringify(o.spec)}`
}

/**
 * Which pods, hosts and clients a Linkerd object applies to, as Linkerd decides it (linkerd.io reference/
 * authorization-policy, reference/httproute, tasks/setting-up-service-profiles; the policy controller's sources).
 * Each row: the changed object, the rest of its side, the answer. Rows from ../shared/mesh-examples are real
 * configurations.
 */
import { describe, expect, it } from '@jest/globals'
import type { AppliesTo } from '../../src/mtls/scope.js'
import { deployment } from './helpers.js'
import { appliesTo, meshExample } from './scope-helpers.js'

const server = (
  name: string,
  selector: string,
  port: string | number,
  ns = 'shop',
  extra = '',
) => `apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata: {name: ${name}, namespace: ${ns}, labels: {tier: backend}}
spec:
  podSelector: ${selector}
  port: ${port}${extra}`
const cartHttp = server('cart-http', '{matchLabels: {app: cart}}', 8080)
const cartAdmin = server('cart-admin', '{matchLabels: {app: cart}}', 'admin')

const policy = (
  target: string,
  refs: string,
  ns = 'shop',
  name = 'cart-policy',
) => `apiVersion: policy.linkerd.io/v1alpha1
kind: AuthorizationPolicy
metadata: {name: ${name}, namespace: ${ns}}
spec:
  targetRef: ${target}
  requiredAuthenticationRefs: ${refs}`
const toServer = (name: string) => `{group: policy.linkerd.io, kind: Server, name: ${name}}`
const meshTlsRef = '[{group: policy.linkerd.io, kind: MeshTLSAuthentication, name: web-clients}]'
const webClients = `apiVersion: policy.linkerd.io/v1alpha1
kind: MeshTLSAuthentication
metadata: {name: web-clients, namespace: shop}
spec:
  identities: ["*.web.serviceaccount.identity.linkerd.cluster.local"]`
const frontendSa = `apiVersion: policy.linkerd.io/v1alpha1
kind: MeshTLSAuthentication
metadata: {name: web-clients, namespace: shop}
spec:
  identityRefs: [{kind: ServiceAccount, name: frontend, namespace: web}]`
const clusterNet = `apiVersion: policy.linkerd.io/v1alpha1
kind: NetworkAuthentication
metadata: {name: cluster-net, namespace: shop}
spec:
  networks: [{cidr: 10.0.0.0/8}]`
const route = (
  name: string,
  parents: string,
  ns = 'shop',
  api = 'policy.linkerd.io/v1beta3',
) => `apiVersion: ${api}
kind: HTTPRoute
metadata: {name: ${name}, namespace: ${ns}}
spec:
  parentRefs: ${parents}
  rules: [{matches: [{path: {type: PathPrefix, value: /api}}]}]`
const serviceProfile = (ns: string) => `apiVersion: linkerd.io/v1alpha2
kind: ServiceProfile
metadata: {name: cart.shop.svc.cluster.local, namespace: ${ns}}
spec:
  routes: [{name: GET /items, condition: {method: GET, pathRegex: /items}}]`

const cartPods = { namespace: 'shop', selector: { matchLabels: { app: 'cart' } } }
const cartOn8080 = { ...cartPods, ports: [8080] }
const scoped = (...reach: unknown[]): AppliesTo => ({ scope: 'scoped', reach }) as AppliesTo

describe('Linkerd: what an object applies to', () => {
  // [case, changed object, the rest of the side, expected]
  const rows: [string, string, string[], AppliesTo | RegExp][] = [
    // Server: the pods its podSelector picks in its namespace, on its port.
    ['Server by matchLabels and port number', cartHttp, [], scoped({ side: 'server', pods: cartOn8080 })],
    [
      'Server by matchExpressions and a port name',
      server('backends', '{matchExpressions: [{key: app, operator: In, values: [cart, orders]}]}', 'http'),
      [],
      scoped({
        side: 'server',
        pods: {
          namespace: 'shop',
          selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['cart', 'orders'] }] },
          ports: ['http'],
        },
      }),
    ],
    [
      'Server accessPolicy change: the same pods and port',
      server(
        'cart-http',
        '{matchLabels: {app: cart}}',
        8080,
        'shop',
        '\n  accessPolicy: all-unauthenticated',
      ),
      [],
      scoped({ side: 'server', pods: cartOn8080 }),
    ],
    [
      'Server with an empty podSelector: every pod of its namespace',
      server('all', '{}', 8080),
      [],
      scoped({ side: 'server', pods: { namespace: 'shop', selector: null, ports: [8080] } }),
    ],
    [
      'Server whose podSelector can match no pod',
      server(
        'none',
        '{matchExpressions: [{key: app, operator: In, values: [cart]}, {key: app, operator: NotIn, values: [cart]}]}',
        8080,
      ),
      [],
      /^nothing: Server shop\/none: its podSelector can match no pod$/,
    ],
    [
      'Server selecting ExternalWorkloads: machines the gate cannot run',
      `apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata: {name: vm-http, namespace: shop}
spec:
  externalWorkloadSelector: {matchLabels: {app: legacy}}
  port: 8080`,
      [],
      /^unknown: Server shop\/vm-http selects ExternalWorkloads/,
    ],
    // AuthorizationPolicy: follows targetRef; the clients come from requiredAuthenticationRefs.
    [
      'AuthorizationPolicy on a Server, MeshTLSAuthentication of a namespace’s identities',
      policy(toServer('cart-http'), meshTlsRef),
      [cartHttp, webClients],
      scoped({ side: 'server', pods: cartOn8080, from: { namespace: 'web' } }),
    ],
    [
      'AuthorizationPolicy, MeshTLSAuthentication identityRefs to a ServiceAccount',
      policy(toServer('cart-http'), meshTlsRef),
      [cartHttp, frontendSa],
      scoped({ side: 'server', pods: cartOn8080, from: { namespace: 'web', serviceAccount: 'frontend' } }),
    ],
    [
      'AuthorizationPolicy requiring a NetworkAuthentication: no client identity',
      policy(
        toServer('cart-http'),
        '[{group: policy.linkerd.io, kind: NetworkAuthentication, name: cluster-net}]',
      ),
      [cartHttp, clusterNet],
      scoped({ side: 'server', pods: cartOn8080 }),
    ],
    [
      'AuthorizationPolicy whose MeshTLSAuthentication is not among the objects: the pods, no clients',
      policy(toServer('cart-http'), meshTlsRef),
      [cartHttp],
      scoped({ side: 'server', pods: cartOn8080 }),
    ],
    [
      'AuthorizationPolicy on the Namespace: every Server of it',
      policy('{kind: Namespace, name: shop}', '[{kind: ServiceAccount, name: frontend, namespace: web}]'),
      [cartHttp, cartAdmin, server('other-ns', '{matchLabels: {app: cart}}', 8080, 'web')],
      scoped(
        { side: 'server', pods: cartOn8080, from: { namespace: 'web', serviceAccount: 'frontend' } },
        {
          side: 'server',
          pods: { ...cartPods, ports: ['admin'] },
          from: { namespace: 'web', serviceAccount: 'frontend' },
        },
      ),
    ],
    [
      'AuthorizationPolicy on the Namespace with no Server among the objects: every pod of it',
      policy('{kind: Namespace, name: shop}', '[{kind: ServiceAccount, name: frontend}]'),
      [],
      scoped({
        side: 'server',
        pods: { namespace: 'shop', selector: null },
        from: { namespace: 'shop', serviceAccount: 'frontend' },
      }),
    ],
    [
      'AuthorizationPolicy on an HTTPRoute: the pods of the route’s parent Server',
      policy('{group: policy.linkerd.io, kind: HTTPRoute, name: cart-api}', meshTlsRef),
      [
        cartHttp,
        webClients,
        route('cart-api', '[{group: policy.linkerd.io, kind: Server, name: cart-http}]'),
      ],
      scoped({ side: 'server', pods: cartOn8080, from: { namespace: 'web' } }),
    ],
    [
      'AuthorizationPolicy on a route whose parent is a Service: Linkerd authorizes inbound routes only',
      policy('{group: policy.linkerd.io, kind: HTTPRoute, name: cart-api}', meshTlsRef),
      [webClients, route('cart-api', '[{group: core, kind: Service, name: cart}]')],
      /^nothing: AuthorizationPolicy shop\/cart-policy targets a route with no Server parent/,
    ],
    // A target that cannot be found: the pods cannot be worked out.
    [
      'AuthorizationPolicy whose Server is missing',
      policy(toServer('cart-http'), meshTlsRef),
      [webClients],
      /^unknown: AuthorizationPolicy shop\/cart-policy targets Server shop\/cart-http, which is not among/,
    ],
    [
      'AuthorizationPolicy in another namespace than its Server: a target is looked up in its own namespace',
      policy(toServer('cart-http'), '[{kind: ServiceAccount, name: frontend}]', 'web'),
      [cartHttp],
      /^unknown: AuthorizationPolicy web\/cart-policy targets Server web\/cart-http, which is not among/,
    ],
    [
      'AuthorizationPolicy whose HTTPRoute is missing',
      policy('{group: policy.linkerd.io, kind: HTTPRoute, name: cart-api}', meshTlsRef),
      [cartHttp, webClients],
      /^unknown: AuthorizationPolicy shop\/cart-policy targets HTTPRoute shop\/cart-api, which is not among/,
    ],
    [
      'AuthorizationPolicy whose HTTPRoute’s parent Server is missing',
      policy('{group: policy.linkerd.io, kind: HTTPRoute, name: cart-api}', meshTlsRef),
      [webClients, route('cart-api', '[{group: policy.linkerd.io, kind: Server, name: cart-http}]')],
      /^unknown: .*targets Server shop\/cart-http \(the parent of HTTPRoute cart-api\)/,
    ],
    // ServerAuthorization (deprecated): server.name or server.selector; client.meshTLS.
    [
      'ServerAuthorization by Server name, meshTLS service accounts',
      `apiVersion: policy.linkerd.io/v1beta1
kind: ServerAuthorization
metadata: {name: cart-web, namespace: shop}
spec:
  server: {name: cart-http}
  client: {meshTLS: {serviceAccounts: [{name: frontend, namespace: web}]}}`,
      [cartHttp],
      scoped({ side: 'server', pods: cartOn8080, from: { namespace: 'web', serviceAccount: 'frontend' } }),
    ],
    [
      'ServerAuthorization by Server labels, meshTLS identities',
      `apiVersion: policy.linkerd.io/v1beta1
kind: ServerAuthorization
metadata: {name: backends, namespace: shop}
spec:
  server: {selector: {matchLabels: {tier: backend}}}
  client: {meshTLS: {identities: ["frontend.web.serviceaccount.identity.linkerd.cluster.local"]}}`,
      [cartHttp, cartAdmin],
      scoped(
        { side: 'server', pods: cartOn8080, from: { namespace: 'web', serviceAccount: 'frontend' } },
        {
          side: 'server',
          pods: { ...cartPods, ports: ['admin'] },
          from: { namespace: 'web', serviceAccount: 'frontend' },
        },
      ),
    ],
    [
      'ServerAuthorization whose selector picks no Server among the objects',
      `apiVersion: policy.linkerd.io/v1beta1
kind: ServerAuthorization
metadata: {name: frontends, namespace: shop}
spec:
  server: {selector: {matchLabels: {tier: frontend}}}
  client: {unauthenticated: true}`,
      [cartHttp],
      /^unknown: ServerAuthorization shop\/frontends targets the Servers of shop its server.selector picks/,
    ],
    // Routes: a Server parent is inbound; a Service parent is the outbound of its clients.
    [
      'HTTPRoute on a Server',
      route('cart-api', '[{group: policy.linkerd.io, kind: Server, name: cart-http}]'),
      [cartHttp],
      scoped({ side: 'server', pods: cartOn8080 }),
    ],
    [
      'Gateway API HTTPRoute on a Service in its namespace (producer route): every client',
      route(
        'cart-split',
        '[{group: "", kind: Service, name: cart, port: 8080}]',
        'shop',
        'gateway.networking.k8s.io/v1',
      ),
      [],
      scoped({ side: 'host', host: 'cart.shop.svc.cluster.local', clients: '*' }),
    ],
    [
      'Gateway API HTTPRoute on a Service of another namespace (consumer route): clients of its own namespace',
      route(
        'cart-timeouts',
        '[{group: "", kind: Service, name: cart, namespace: shop}]',
        'web',
        'gateway.networking.k8s.io/v1',
      ),
      [],
      scoped({ side: 'host', host: 'cart.shop.svc.cluster.local', clients: ['web'] }),
    ],
    [
      'HTTPRoute on a Server that is missing',
      route('cart-api', '[{group: policy.linkerd.io, kind: Server, name: cart-http}]'),
      [],
      /^unknown: HTTPRoute shop\/cart-api attaches to Server shop\/cart-http, which is not among/,
    ],
    [
      'Gateway API HTTPRoute on a Gateway: an ingress controller’s, not Linkerd’s',
      route('public', '[{name: public-gw}]', 'shop', 'gateway.networking.k8s.io/v1'),
      [],
      /^unknown: HTTPRoute \(gateway.networking.k8s.io\) is a kind the gate cannot place/,
    ],
    // Authentications apply where the policies that require them apply.
    [
      'MeshTLSAuthentication: where its AuthorizationPolicies apply',
      webClients,
      [cartHttp, policy(toServer('cart-http'), meshTlsRef)],
      scoped({ side: 'server', pods: cartOn8080, from: { namespace: 'web' } }),
    ],
    [
      'MeshTLSAuthentication used by a policy whose Server is missing',
      webClients,
      [policy(toServer('cart-http'), meshTlsRef)],
      /^unknown: AuthorizationPolicy shop\/cart-policy targets Server shop\/cart-http/,
    ],
    [
      'MeshTLSAuthentication no policy requires',
      webClients,
      [cartHttp],
      /^nothing: MeshTLSAuthentication shop\/web-clients: no AuthorizationPolicy/,
    ],
    [
      'NetworkAuthentication: where its AuthorizationPolicies apply',
      clusterNet,
      [
        cartHttp,
        policy(
          toServer('cart-http'),
          '[{group: policy.linkerd.io, kind: NetworkAuthentication, name: cluster-net}]',
        ),
      ],
      scoped({ side: 'server', pods: cartOn8080 }),
    ],
    [
      'NetworkAuthentication of another namespace with the same name is not the one required',
      clusterNet.replace('namespace: shop', 'namespace: web'),
      [
        cartHttp,
        policy(
          toServer('cart-http'),
          '[{group: policy.linkerd.io, kind: NetworkAuthentication, name: cluster-net}]',
        ),
      ],
      /^nothing: NetworkAuthentication web\/cluster-net: no AuthorizationPolicy/,
    ],
    // ServiceProfile: the Service's name; its namespace decides whose requests it shapes.
    [
      'ServiceProfile in the Service’s namespace: every client',
      serviceProfile('shop'),
      [],
      scoped({ side: 'host', host: 'cart.shop.svc.cluster.local', clients: '*' }),
    ],
    [
      'ServiceProfile in a client’s namespace: that namespace’s clients',
      serviceProfile('web'),
      [],
      scoped({ side: 'host', host: 'cart.shop.svc.cluster.local', clients: ['web'] }),
    ],
    // The install's values.
    [
      'the linkerd-config ConfigMap: install-time',
      `apiVersion: v1
kind: ConfigMap
metadata: {name: linkerd-config, namespace: linkerd}
data:
  values: |
    proxy:
      defaultInboundPolicy: all-authenticated`,
      [],
      /^install: ConfigMap linkerd-config holds the control plane's install values/,
    ],
    // Another mesh's policy is nothing to Linkerd.
    [
      'an Istio PeerAuthentication',
      `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: strict, namespace: shop}
spec: {mtls: {mode: STRICT}}`,
      [],
      /^nothing: PeerAuthentication is Istio's; Linkerd ignores it$/,
    ],
    [
      'a CiliumNetworkPolicy',
      `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: cart, namespace: shop}
spec:
  endpointSelector: {matchLabels: {app: cart}}
  ingress: [{}]`,
      [],
      /^nothing: CiliumNetworkPolicy is Cilium's; Linkerd ignores it$/,
    ],
  ]
  it.each(rows)('%s', (_name, changed, side, expected) => {
    const answer = appliesTo('linkerd', changed, ...side)
    if (expected instanceof RegExp) {
      expect('why' in answer ? `${answer.scope}: ${answer.why}` : answer).toMatch(expected)
    } else expect(answer).toEqual(expected)
  })
})

describe('Linkerd scope on real configurations (../shared/mesh-examples)', () => {
  const grafana = meshExample('linkerd-grafana-authzpolicy.yaml')
  const prometheusAdmin = server(
    'prometheus-admin',
    '{matchLabels: {component: prometheus}}',
    'admin-http',
    'linkerd-viz',
  )
  it('linkerd-viz’s grafana AuthorizationPolicy: Prometheus’s admin Server, from grafana’s service account', () => {
    expect(appliesTo('linkerd', grafana, prometheusAdmin)).toEqual(
      scoped({
        side: 'server',
        pods: {
          namespace: 'linkerd-viz',
          selector: { matchLabels: { component: 'prometheus' } },
          ports: ['admin-http'],
        },
        from: { namespace: 'grafana', serviceAccount: 'grafana' },
      }),
    )
  })
  it('the same policy without its Server among the objects names the missing target', () => {
    expect(appliesTo('linkerd', grafana)).toEqual({
      scope: 'unknown',
      why: "AuthorizationPolicy linkerd-viz/grafana targets Server linkerd-viz/prometheus-admin, which is not among the configuration's objects: the pods it applies to cannot be worked out",
    })
  })
  it('an injected Deployment (config annotations on its template): its pods, both directions', () => {
    const web = { namespace: 'emojivoto', selector: { matchLabels: { app: 'web-svc' } } }
    expect(
      appliesTo('linkerd', meshExample('linkerd-injected-deployment-default-inbound-policy.yaml')),
    ).toEqual(scoped({ side: 'server', pods: web }, { side: 'client', pods: web }))
  })
  it.each([
    ['Server', cartHttp],
    ['ServiceProfile', serviceProfile('shop')],
  ])('a Linkerd %s is nothing to Istio and to Cilium', (kind, object) => {
    for (const mesh of ['istio', 'cilium'] as const)
      expect(appliesTo(mesh, object)).toEqual({
        scope: 'nothing',
        why: expect.stringMatching(new RegExp(`^${kind} is Linkerd's; (Istio|Cilium) ignores it$`)),
      })
  })
  it('a deployment of the side does not change what a Server selects', () => {
    expect(appliesTo('linkerd', cartHttp, deployment('shop', 'cart'))).toEqual(
      scoped({ side: 'server', pods: cartOn8080 }),
    )
  })
})

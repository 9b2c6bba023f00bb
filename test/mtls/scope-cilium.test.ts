/**
 * Which pods a Cilium policy applies to, as Cilium decides it (docs.cilium.io security/policy, host policies;
 * pkg/k8s/apis/cilium.io: how the agent parses CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy). Each row:
 * the changed object, the rest of its side, the answer. Rows from ../shared/mesh-examples are real configurations.
 */
import { describe, expect, it } from '@jest/globals'
import type { AppliesTo } from '../../src/mtls/scope.js'
import { appliesTo, meshExample } from './scope-helpers.js'

const cnp = (spec: string, ns = 'shop', name = 'cart') => `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: ${name}, namespace: ${ns}}
${spec}`
const ccnp = (spec: string, name = 'wide') => `apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: {name: ${name}}
${spec}`
const ingressFromWeb = `
  ingress:
  - fromEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: web, app: frontend}}]
    authentication: {mode: required}
    toPorts: [{ports: [{port: "8080", protocol: TCP}]}]`
const selecting = (selector: string, rules = ingressFromWeb) => `spec:
  endpointSelector: ${selector}${rules}`

const cart = { namespace: 'shop', selector: { matchLabels: { app: 'cart' } } }
const fromWeb = { namespace: 'web' }
const scoped = (...reach: unknown[]): AppliesTo => ({ scope: 'scoped', reach }) as AppliesTo

describe('Cilium: what a policy applies to', () => {
  // [case, changed object, the rest of the side, expected]
  const rows: [string, string, string[], AppliesTo | RegExp][] = [
    // CiliumNetworkPolicy: its namespace's endpoints; ingress rules are their inbound, egress rules their outbound.
    [
      'an ingress rule with mutual authentication: the inbound of the pods, from the rule’s peers',
      cnp(selecting('{matchLabels: {app: cart}}')),
      [],
      scoped({ side: 'server', pods: { ...cart, ports: [8080] }, from: fromWeb }),
    ],
    [
      'source prefixes on selector keys are not part of the label',
      cnp(selecting('{matchLabels: {k8s:app: cart}}')),
      [],
      scoped({ side: 'server', pods: { ...cart, ports: [8080] }, from: fromWeb }),
    ],
    [
      'matchExpressions',
      cnp(selecting('{matchExpressions: [{key: k8s:app, operator: In, values: [cart, orders]}]}')),
      [],
      scoped({
        side: 'server',
        pods: {
          namespace: 'shop',
          selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['cart', 'orders'] }] },
          ports: [8080],
        },
        from: fromWeb,
      }),
    ],
    [
      'an egress rule: the outbound of the pods',
      cnp(
        selecting('{matchLabels: {app: cart}}', '\n  egress:\n  - toEndpoints: [{matchLabels: {app: db}}]'),
      ),
      [],
      scoped({ side: 'client', pods: cart }),
    ],
    [
      'ingress and egress: both sides',
      cnp(
        selecting(
          '{matchLabels: {app: cart}}',
          '\n  ingress:\n  - fromEntities: [cluster]\n  egressDeny:\n  - toEntities: [world]',
        ),
      ),
      [],
      scoped({ side: 'server', pods: cart }, { side: 'client', pods: cart }),
    ],
    [
      'an ingressDeny rule is inbound too; peers of the policy’s namespace when the selector names none',
      cnp(
        selecting(
          '{matchLabels: {app: cart}}',
          '\n  ingressDeny:\n  - fromEndpoints: [{matchLabels: {app: scraper}}]\n    toPorts: [{ports: [{port: metrics}]}]',
        ),
      ),
      [],
      scoped({ side: 'server', pods: { ...cart, ports: ['metrics'] } }),
    ],
    [
      'a rule without toPorts covers every port',
      cnp(
        selecting(
          '{matchLabels: {app: cart}}',
          '\n  ingress:\n  - fromEndpoints: [{matchLabels: {app: frontend}}]',
        ),
      ),
      [],
      scoped({ side: 'server', pods: cart, from: { namespace: 'shop' } }),
    ],
    [
      'peers chosen by service account',
      cnp(
        selecting(
          '{matchLabels: {app: cart}}',
          '\n  ingress:\n  - fromEndpoints: [{matchLabels: {io.cilium.k8s.policy.serviceaccount: frontend, k8s:io.kubernetes.pod.namespace: web}}]',
        ),
      ),
      [],
      scoped({ side: 'server', pods: cart, from: { namespace: 'web', serviceAccount: 'frontend' } }),
    ],
    [
      'the `specs` list: each rule',
      cnp(`specs:
- endpointSelector: {matchLabels: {app: cart}}
  ingress: [{fromEntities: [cluster]}]
- endpointSelector: {matchLabels: {app: orders}}
  egress: [{toEntities: [world]}]`),
      [],
      scoped(
        { side: 'server', pods: cart },
        { side: 'client', pods: { namespace: 'shop', selector: { matchLabels: { app: 'orders' } } } },
      ),
    ],
    [
      'an empty endpointSelector: every pod of the policy’s namespace',
      cnp(selecting('{}')),
      [],
      scoped({ side: 'server', pods: { namespace: 'shop', selector: null, ports: [8080] }, from: fromWeb }),
    ],
    // Namespaces: a namespaced policy selects in its own namespace only.
    [
      'a k8s: namespace match naming another namespace is replaced by the policy’s own (the agent drops it)',
      cnp(selecting('{matchLabels: {app: cart, k8s:io.kubernetes.pod.namespace: web}}')),
      [],
      scoped({ side: 'server', pods: { ...cart, ports: [8080] }, from: fromWeb }),
    ],
    [
      'an any: namespace match naming another namespace is kept beside it: no pod',
      cnp(selecting('{matchLabels: {app: cart, any:io.kubernetes.pod.namespace: web}}')),
      [],
      /^nothing: CiliumNetworkPolicy shop\/cart spec: its endpointSelector asks for another namespace, but a CiliumNetworkPolicy selects only endpoints of its own \(shop\)$/,
    ],
    [
      'a selector that can match no pod',
      cnp(
        selecting(
          '{matchExpressions: [{key: app, operator: In, values: [cart]}, {key: app, operator: NotIn, values: [cart]}]}',
        ),
      ),
      [],
      /^nothing: CiliumNetworkPolicy shop\/cart spec: its endpointSelector can match no pod$/,
    ],
    [
      'a policy without ingress or egress rules enforces nothing',
      cnp(selecting('{matchLabels: {app: cart}}', '')),
      [],
      /^nothing: CiliumNetworkPolicy shop\/cart spec has no ingress or egress rules$/,
    ],
    [
      'a namespaced policy with a nodeSelector is refused by the agent',
      cnp(`spec:
  nodeSelector: {matchLabels: {role: edge}}
  ingress: [{fromEntities: [world]}]`),
      [],
      /^nothing: CiliumNetworkPolicy shop\/cart: Cilium refuses a namespaced policy with a nodeSelector/,
    ],
    // CiliumClusterwideNetworkPolicy: the namespace label picks namespaces, else all of them.
    [
      'clusterwide, by namespace label',
      ccnp(selecting('{matchLabels: {k8s:io.kubernetes.pod.namespace: shop, app: cart}}')),
      [],
      scoped({ side: 'server', pods: { ...cart, ports: [8080] }, from: fromWeb }),
    ],
    [
      'clusterwide, namespaces In a list: one reach each',
      ccnp(
        selecting(
          '{matchExpressions: [{key: k8s:io.kubernetes.pod.namespace, operator: In, values: [shop, web]}]}',
          '\n  egress: [{toEntities: [world]}]',
        ),
      ),
      [],
      scoped(
        { side: 'client', pods: { namespace: 'shop', selector: null } },
        { side: 'client', pods: { namespace: 'web', selector: null } },
      ),
    ],
    [
      'clusterwide, no namespace: those pods in every namespace; peers of any namespace',
      ccnp(
        selecting(
          '{matchLabels: {app: cart}}',
          '\n  ingress:\n  - fromEndpoints: [{matchLabels: {app: frontend}}]',
        ),
      ),
      [],
      scoped({ side: 'server', pods: { namespace: '*', selector: { matchLabels: { app: 'cart' } } } }),
    ],
    [
      'clusterwide with an empty endpointSelector: mesh-wide',
      ccnp(selecting('{}')),
      [],
      /^mesh-wide: CiliumClusterwideNetworkPolicy wide spec selects every endpoint of the cluster$/,
    ],
    [
      'clusterwide host policy (nodeSelector): the nodes’ own traffic, not a path’s pods',
      ccnp(`spec:
  nodeSelector: {matchLabels: {role: edge}}
  ingress: [{fromEntities: [world], toPorts: [{ports: [{port: "22", protocol: TCP}]}]}]`),
      [],
      /^unknown: CiliumClusterwideNetworkPolicy wide spec is a host policy \(nodeSelector\)/,
    ],
    [
      'clusterwide, one rule for pods and one host rule: cannot be placed as a whole',
      ccnp(`specs:
- endpointSelector: {matchLabels: {app: cart}}
  ingress: [{fromEntities: [cluster]}]
- nodeSelector: {matchLabels: {role: edge}}
  ingress: [{fromEntities: [world]}]`),
      [],
      /^unknown: CiliumClusterwideNetworkPolicy wide specs\[1\] is a host policy/,
    ],
    [
      'a reserved identity is no pod label',
      ccnp(selecting('{matchLabels: {reserved:host: ""}}', '\n  ingress: [{fromEntities: [cluster]}]')),
      [],
      /^unknown: CiliumClusterwideNetworkPolicy wide spec: its endpointSelector asks for reserved:host/,
    ],
    // The install.
    [
      'the cilium-config ConfigMap: install-time',
      `apiVersion: v1
kind: ConfigMap
metadata: {name: cilium-config, namespace: kube-system}
data: {enable-wireguard: "true"}`,
      [],
      /^install: ConfigMap cilium-config is the Cilium install's configuration/,
    ],
    [
      'another cilium.io kind: not a policy the gate can place',
      `apiVersion: cilium.io/v2
kind: CiliumEndpoint
metadata: {name: cart-1, namespace: shop}`,
      [],
      /^unknown: CiliumEndpoint \(cilium.io\) is a kind the gate cannot place/,
    ],
    // Another mesh's policy is nothing to Cilium.
    [
      'a Linkerd Server',
      `apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata: {name: cart-http, namespace: shop}
spec: {podSelector: {matchLabels: {app: cart}}, port: 8080}`,
      [],
      /^nothing: Server is Linkerd's; Cilium ignores it$/,
    ],
  ]
  it.each(rows)('%s', (_name, changed, side, expected) => {
    const answer = appliesTo('cilium', changed, ...side)
    if (expected instanceof RegExp) {
      expect('why' in answer ? `${answer.scope}: ${answer.why}` : answer).toMatch(expected)
    } else expect(answer).toEqual(expected)
  })
})

describe('Cilium scope on real configurations (../shared/mesh-examples)', () => {
  // Both policies select app=echo in the default namespace (they name none) and admit app=pod-worker there on
  // 8080; they differ only in authentication.mode, which does not change what they apply to.
  const echo = { namespace: 'default', selector: { matchLabels: { app: 'echo' } }, ports: [8080] }
  it.each(['cilium-cnp-with-mutual-auth.yaml', 'cilium-cnp-without-mutual-auth.yaml'])('%s', (file) => {
    expect(appliesTo('cilium', meshExample(file))).toEqual(
      scoped({ side: 'server', pods: echo, from: { namespace: 'default' } }),
    )
  })
  it('the example’s Service is its host, for every client', () => {
    expect(appliesTo('cilium', meshExample('cilium-mutual-auth-example.yaml'))).toEqual(
      scoped({ side: 'host', host: 'echo.default.svc.cluster.local', clients: '*' }),
    )
  })
  it('a CiliumNetworkPolicy is nothing to Istio and to Linkerd', () => {
    for (const mesh of ['istio', 'linkerd'] as const)
      expect(appliesTo(mesh, meshExample('cilium-cnp-with-mutual-auth.yaml'))).toEqual({
        scope: 'nothing',
        why: expect.stringMatching(/^CiliumNetworkPolicy is Cilium's; (Istio|Linkerd) ignores it$/),
      })
  })
})

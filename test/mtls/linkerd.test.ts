/**
 * Linkerd corpus, written from linkerd.io (authorization-policy reference, proxy-configuration, proxy injection)
 * and the policy.linkerd.io CRDs. Each rule has a case that fails when the rule is broken.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate } from '../../src/mtls/evaluate.js'
import { parseManifestText } from '../../src/k8s/manifests.js'
import { SHARED } from '../helpers.js'
import { deployment, mode, ns, row, run } from './helpers.js'

const meshedNs = ns('emoji', {}, { 'linkerd.io/inject': 'enabled' })
const web = deployment('emoji', 'web', { ports: [8080, [9090, 'admin']] })

const server = (
  name: string,
  port: string | number,
  accessPolicy?: string,
) => `apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata: {name: ${name}, namespace: emoji}
spec:
  podSelector: {matchLabels: {app: web}}
  port: ${port}${accessPolicy ? `\n  accessPolicy: ${accessPolicy}` : ''}`

const authz = (name: string, target: string, refs: string) => `apiVersion: policy.linkerd.io/v1alpha1
kind: AuthorizationPolicy
metadata: {name: ${name}, namespace: emoji}
spec:
  targetRef: {group: policy.linkerd.io, kind: Server, name: ${target}}
  requiredAuthenticationRefs: ${refs}`

const meshTls = `apiVersion: policy.linkerd.io/v1alpha1
kind: MeshTLSAuthentication
metadata: {name: clients, namespace: emoji}
spec:
  identities: ["*"]`

const network = `apiVersion: policy.linkerd.io/v1alpha1
kind: NetworkAuthentication
metadata: {name: cluster-net, namespace: emoji}
spec:
  networks: [{cidr: 10.0.0.0/8}]`

describe('Linkerd injection (the linkerd.io/inject annotation)', () => {
  const annotated = (inject: string) =>
    deployment('emoji', 'web', { annotations: { 'linkerd.io/inject': inject } })
  const injectedPod = `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: emoji}
spec:
  containers:
  - {name: app, image: x}
  - {name: linkerd-proxy, image: cr.l5d.io/linkerd/proxy}`
  // Each case: the namespace, the workload's manifest, the workload's row, its mode.
  it.each([
    ['the annotation on the namespace meshes its pods', meshedNs, web, 'Deployment/web', 'PERMISSIVE'],
    [
      'the annotation on the pod template meshes the pod',
      ns('emoji'),
      annotated('enabled'),
      'Deployment/web',
      'PERMISSIVE',
    ],
    ['ingress mode is meshed too', ns('emoji'), annotated('ingress'), 'Deployment/web', 'PERMISSIVE'],
    ['pod disabled beats an enabled namespace', meshedNs, annotated('disabled'), 'Deployment/web', 'DISABLE'],
    [
      'a pod that already carries a linkerd-proxy container (linkerd inject output) is meshed',
      ns('emoji'),
      injectedPod,
      'Pod/p',
      'PERMISSIVE',
    ],
  ])('%s', (_case, namespace, manifest, workload, expected) => {
    expect(mode(run('linkerd', namespace, manifest), 'emoji', workload)).toBe(expected)
  })
  it('a LABEL linkerd.io/inject does nothing (the blog validator’s mistake), and says so', () => {
    const ev = run(
      'linkerd',
      ns('emoji', { 'linkerd.io/inject': 'enabled' }),
      deployment('emoji', 'web', { labels: { 'linkerd.io/inject': 'enabled' } }),
    )
    expect(mode(ev, 'emoji', 'Deployment/web')).toBe('DISABLE')
    expect(ev.findings.filter((f) => f.code === 'linkerd-inject-label')).toHaveLength(2)
  })
})

describe('Linkerd default inbound policy (pod over namespace over install)', () => {
  it.each([
    ['all-unauthenticated', 'PERMISSIVE'],
    ['cluster-unauthenticated', 'PERMISSIVE'],
    ['audit', 'PERMISSIVE'],
    ['all-authenticated', 'STRICT'],
    ['cluster-authenticated', 'STRICT'],
    ['deny', 'STRICT'],
  ])('%s → %s', (policy, expected) => {
    const ev = run(
      'linkerd',
      ns('emoji', {}, { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/default-inbound-policy': policy }),
      web,
    )
    expect(mode(ev, 'emoji', 'Deployment/web')).toBe(expected)
  })
  it('the pod annotation beats the namespace annotation', () => {
    const ev = run(
      'linkerd',
      ns(
        'emoji',
        {},
        { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/default-inbound-policy': 'all-authenticated' },
      ),
      deployment('emoji', 'web', {
        annotations: { 'config.linkerd.io/default-inbound-policy': 'all-unauthenticated' },
      }),
    )
    expect(mode(ev, 'emoji', 'Deployment/web')).toBe('PERMISSIVE')
  })
  it('the install default comes from Helm values (proxy.defaultInboundPolicy)', () => {
    const ev = run('linkerd', meshedNs, web, 'proxy:\n  defaultInboundPolicy: cluster-authenticated')
    expect(mode(ev, 'emoji', 'Deployment/web')).toBe('STRICT')
    expect(row(ev, 'emoji', 'Deployment/web').decidedBy).toMatch(
      /HelmValues proxy\.defaultInboundPolicy \(case\.yaml:\d+\)/,
    )
  })
  it('an unknown policy value is an error finding', () => {
    const ev = run(
      'linkerd',
      ns(
        'emoji',
        {},
        { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/default-inbound-policy': 'strict' },
      ),
      web,
    )
    expect(ev.findings.map((f) => f.code)).toContain('linkerd-invalid-default-policy')
  })
})

describe('Linkerd ports (skip-inbound-ports, opaque-ports)', () => {
  const strictNs = {
    'linkerd.io/inject': 'enabled',
    'config.linkerd.io/default-inbound-policy': 'all-authenticated',
  }
  // Each case: the namespace's annotations, the pod template's (web on 8080 and 9090), the modes by port (null: the
  // workload's), and what the row of one port says decided it.
  it.each<
    [string, Record<string, string>, Record<string, string>, Array<[number | null, string]>, [number, RegExp]]
  >([
    [
      'skip-inbound-ports makes those ports plaintext (the proxy never sees them)',
      strictNs,
      { 'config.linkerd.io/skip-inbound-ports': '9090,4000-4001' },
      [
        [null, 'STRICT'],
        [9090, 'DISABLE'],
        [4001, 'DISABLE'],
      ],
      [9090, /skip-inbound-ports bypasses the proxy: Deployment emoji\/web/],
    ],
    [
      'opaque-ports keeps mTLS',
      strictNs,
      { 'config.linkerd.io/opaque-ports': '9090' },
      [[9090, 'STRICT']],
      [9090, /default inbound policy all-authenticated: Namespace emoji/],
    ],
    [
      'skip-inbound-ports on the namespace applies to its pods',
      { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/skip-inbound-ports': '9090' },
      {},
      [
        [9090, 'DISABLE'],
        [8080, 'PERMISSIVE'],
      ],
      [9090, /skip-inbound-ports bypasses the proxy: Namespace emoji/],
    ],
  ])('%s', (_case, nsAnnotations, podAnnotations, modes, [port, decidedBy]) => {
    const ev = run(
      'linkerd',
      ns('emoji', {}, nsAnnotations),
      deployment('emoji', 'web', { ports: [8080, 9090], annotations: podAnnotations }),
    )
    expect(modes.map(([p]) => [p, mode(ev, 'emoji', 'Deployment/web', p)])).toEqual(modes)
    expect(row(ev, 'emoji', 'Deployment/web', port).decidedBy).toMatch(decidedBy)
  })
})

describe('Linkerd Server and authorizations', () => {
  it('a Server with no authorization denies by default (accessPolicy deny): plaintext refused on that port', () => {
    const ev = run('linkerd', meshedNs, web, server('web-http', 8080))
    expect(mode(ev, 'emoji', 'Deployment/web')).toBe('PERMISSIVE')
    expect(mode(ev, 'emoji', 'Deployment/web', 8080)).toBe('STRICT')
  })
  const sa = (client: string) => `apiVersion: policy.linkerd.io/v1beta1
kind: ServerAuthorization
metadata: {name: sa, namespace: emoji}
spec:
  server: {name: web-http}
  client: ${client}`
  const authnRef = (kind: string, name: string) => `{group: policy.linkerd.io, kind: ${kind}, name: ${name}}`
  /** An AuthorizationPolicy that requires no authentication, on the given target. */
  const openPolicy = (name: string, targetRef: string) => `apiVersion: policy.linkerd.io/v1alpha1
kind: AuthorizationPolicy
metadata: {name: ${name}, namespace: emoji}
spec:
  targetRef: ${targetRef}
  requiredAuthenticationRefs: []`
  const route = `apiVersion: policy.linkerd.io/v1beta3
kind: HTTPRoute
metadata: {name: web-route, namespace: emoji}
spec:
  parentRefs: [{group: policy.linkerd.io, kind: Server, name: web-http}]`
  // Each case: the resources beside the meshed namespace and web, the port judged, its mode.
  it.each([
    ['a Server selects a port by container port name', [server('admin', 'admin')], 9090, 'STRICT'],
    [
      'accessPolicy all-unauthenticated on the Server lets plaintext in',
      [server('web-http', 8080, 'all-unauthenticated')],
      8080,
      'PERMISSIVE',
    ],
    [
      'AuthorizationPolicy with MeshTLSAuthentication narrows the port to authenticated identities',
      [
        server('web-http', 8080),
        meshTls,
        authz('web', 'web-http', `[${authnRef('MeshTLSAuthentication', 'clients')}]`),
      ],
      8080,
      'STRICT',
    ],
    [
      'AuthorizationPolicy with only a NetworkAuthentication lets plaintext in',
      [
        server('web-http', 8080),
        network,
        authz('web', 'web-http', `[${authnRef('NetworkAuthentication', 'cluster-net')}]`),
      ],
      8080,
      'PERMISSIVE',
    ],
    [
      'all required authentications must hold: MeshTLS and Network together still need an identity',
      [
        server('web-http', 8080),
        network,
        meshTls,
        authz(
          'web',
          'web-http',
          `[${authnRef('NetworkAuthentication', 'cluster-net')}, ${authnRef('MeshTLSAuthentication', 'clients')}]`,
        ),
      ],
      8080,
      'STRICT',
    ],
    [
      'ServerAuthorization: unauthenticated lets plaintext in',
      [server('web-http', 8080), sa('{unauthenticated: true}')],
      8080,
      'PERMISSIVE',
    ],
    [
      'ServerAuthorization: meshTLS does not',
      [server('web-http', 8080), sa('{meshTLS: {identities: ["*"]}}')],
      8080,
      'STRICT',
    ],
    [
      'an AuthorizationPolicy targeting the Namespace applies to every Server in it',
      [server('web-http', 8080), openPolicy('all', '{kind: Namespace, name: emoji}')],
      8080,
      'PERMISSIVE',
    ],
    [
      'an AuthorizationPolicy on an HTTPRoute of a Server counts for that Server’s port',
      [
        server('web-http', 8080),
        route,
        openPolicy('open-route', '{group: policy.linkerd.io, kind: HTTPRoute, name: web-route}'),
      ],
      8080,
      'PERMISSIVE',
    ],
  ])('%s', (_case, resources, port, expected) => {
    expect(mode(run('linkerd', meshedNs, web, ...resources), 'emoji', 'Deployment/web', port)).toBe(expected)
  })
  it('an authorization whose authentication is missing is ignored (and reported)', () => {
    const ev = run(
      'linkerd',
      meshedNs,
      web,
      server('web-http', 8080),
      authz('web', 'web-http', '[{group: policy.linkerd.io, kind: NetworkAuthentication, name: nowhere}]'),
    )
    expect(mode(ev, 'emoji', 'Deployment/web', 8080)).toBe('STRICT')
    expect(ev.findings.map((f) => f.code)).toContain('linkerd-authorization-ignored')
  })
  // Linkerd's admission webhook refuses a Server whose accessPolicy is not a default policy (the CRD schema takes
  // any string): the Server never exists, so its port keeps the default inbound policy, and the typo is an error.
  it.each([
    ['the install default (all-unauthenticated)', meshedNs, 'PERMISSIVE'],
    [
      'a namespace default of deny',
      ns('emoji', {}, { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/default-inbound-policy': 'deny' }),
      'STRICT',
    ],
  ])(
    'a Server whose accessPolicy Linkerd refuses is an error at its line; the port keeps %s',
    (_c, n, expected) => {
      const docs = [n, web, server('web-http', 8080, 'all-authenicated')]
      const ev = run('linkerd', ...docs)
      expect(mode(ev, 'emoji', 'Deployment/web', 8080)).toBe(expected)
      const line = docs.join('\n---\n').split('\n').indexOf('  accessPolicy: all-authenicated') + 1
      expect(ev.findings.filter((f) => f.code === 'linkerd-invalid-access-policy')).toEqual([
        {
          severity: 'error',
          code: 'linkerd-invalid-access-policy',
          message: expect.stringContaining('spec.accessPolicy "all-authenicated" is not one of'),
          resource: { kind: 'Server', namespace: 'emoji', name: 'web-http' },
          file: 'case.yaml',
          line,
        },
      ])
    },
  )
})

describe('real Linkerd examples (shared/mesh-examples)', () => {
  const dir = join(SHARED, 'mesh-examples')
  ;(existsSync(dir) ? it : it.skip)(
    'the injected emojivoto deployment with all-authenticated is STRICT',
    () => {
      const text = readFileSync(join(dir, 'linkerd-injected-deployment-default-inbound-policy.yaml'), 'utf8')
      const ev = evaluate(parseManifestText(text, 'web.yaml'), 'linkerd')
      expect(mode(ev, 'emojivoto', 'Deployment/web')).toBe('STRICT')
    },
  )
})

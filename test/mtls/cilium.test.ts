/**
 * Cilium corpus, written from docs.cilium.io (mutual authentication, WireGuard and IPsec encryption) and the
 * cilium.io/v2 CRDs. Mutual authentication authenticates but does not encrypt; encryption comes from the install.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate } from '../../src/mtls/evaluate.js'
import { parseManifestText } from '../../src/k8s/manifests.js'
import { SHARED } from '../helpers.js'
import { deployment, mode, row, run } from './helpers.js'

const echo = deployment('default', 'echo', { ports: [8080, 9090] })
const cnp = (
  auth: string | null,
  ports: string[] | null = ['8080'],
  kind = 'CiliumNetworkPolicy',
) => `apiVersion: cilium.io/v2
kind: ${kind}
metadata: {name: echo-auth${kind === 'CiliumNetworkPolicy' ? ', namespace: default' : ''}}
spec:
  endpointSelector: {matchLabels: {app: echo}}
  ingress:
  - fromEndpoints: [{matchLabels: {app: client}}]${auth ? `\n    authentication: {mode: ${auth}}` : ''}${ports ? `\n    toPorts: [{ports: [${ports.map((p) => `{port: "${p}", protocol: TCP}`).join(', ')}]}]` : ''}`
const wireguard = 'encryption:\n  enabled: true\n  type: wireguard'
const ciliumConfig = (key: string) => `apiVersion: v1
kind: ConfigMap
metadata: {name: cilium-config, namespace: kube-system}
data:
  ${key}: "true"`

describe('Cilium mutual authentication and encryption', () => {
  it('authentication.mode required with WireGuard is STRICT on the rule’s port', () => {
    const ev = run('cilium', echo, cnp('required'), wireguard)
    expect(mode(ev, 'default', 'Deployment/echo', 8080)).toBe('STRICT')
    expect(row(ev, 'default', 'Deployment/echo', 8080).decidedBy).toMatch(
      /mutual authentication required by CiliumNetworkPolicy default\/echo-auth \(case\.yaml:\d+\); encrypted by wireguard/,
    )
  })
  it('mutual auth without encryption is not STRICT, and is a finding of its own', () => {
    const ev = run('cilium', echo, cnp('required'))
    expect(mode(ev, 'default', 'Deployment/echo', 8080)).toBe('PERMISSIVE')
    const f = ev.findings.find((x) => x.code === 'cilium-authenticated-unencrypted')
    expect(f).toMatchObject({ severity: 'warning', file: 'case.yaml' })
  })
  it('encryption without mutual auth is PERMISSIVE; neither is DISABLE', () => {
    expect(mode(run('cilium', echo, cnp(null), wireguard), 'default', 'Deployment/echo', 8080)).toBe(
      'PERMISSIVE',
    )
    expect(mode(run('cilium', echo, cnp('disabled')), 'default', 'Deployment/echo', 8080)).toBe('DISABLE')
  })
  it('encryption from the cilium-config ConfigMap (enable-wireguard or enable-ipsec)', () => {
    expect(
      mode(
        run('cilium', echo, cnp('required'), ciliumConfig('enable-wireguard')),
        'default',
        'Deployment/echo',
        8080,
      ),
    ).toBe('STRICT')
    expect(
      mode(
        run('cilium', echo, cnp('required'), ciliumConfig('enable-ipsec')),
        'default',
        'Deployment/echo',
        8080,
      ),
    ).toBe('STRICT')
  })
  it('encryption.enabled false in Helm values is off', () => {
    expect(
      mode(
        run('cilium', echo, cnp('required'), 'encryption:\n  enabled: false'),
        'default',
        'Deployment/echo',
        8080,
      ),
    ).toBe('PERMISSIVE')
  })
  it('a rule without toPorts covers every port; ports without an authenticating rule are not authenticated', () => {
    const all = run('cilium', echo, cnp('required', null), wireguard)
    expect(mode(all, 'default', 'Deployment/echo')).toBe('STRICT')
    expect(mode(all, 'default', 'Deployment/echo', 9090)).toBe('STRICT')
    const one = run('cilium', echo, cnp('required'))
    expect(mode(one, 'default', 'Deployment/echo', 8080)).toBe('PERMISSIVE')
    expect(row(one, 'default', 'Deployment/echo', 9090).decidedBy).toMatch(/^default deny/)
    const twoRules = cnp('required').replace(
      '  ingress:\n',
      '  ingress:\n  - toPorts: [{ports: [{port: "9090"}]}]\n',
    )
    const mixed = run('cilium', echo, twoRules, wireguard)
    expect(mode(mixed, 'default', 'Deployment/echo', 8080)).toBe('STRICT')
    expect(mode(mixed, 'default', 'Deployment/echo', 9090)).toBe('PERMISSIVE')
  })
  it('a CiliumClusterwideNetworkPolicy selects across namespaces', () => {
    expect(
      mode(
        run('cilium', echo, cnp('required', null, 'CiliumClusterwideNetworkPolicy'), wireguard),
        'default',
        'Deployment/echo',
      ),
    ).toBe('STRICT')
  })
  it('a namespaced policy does not reach other namespaces', () => {
    const other = deployment('other', 'echo')
    expect(mode(run('cilium', other, cnp('required', null), wireguard), 'other', 'Deployment/echo')).toBe(
      'PERMISSIVE',
    )
  })
  it('mutual auth with SPIRE disabled in the Helm values is an error finding', () => {
    const ev = run(
      'cilium',
      echo,
      cnp('required'),
      `${wireguard}\nauthentication:\n  mutual:\n    spire:\n      enabled: false`,
    )
    expect(ev.findings.map((f) => f.code)).toContain('cilium-mutual-auth-without-spire')
  })
  it('the fictional `mutual-tls` HTTP rule (the blog validator’s) is refused by the CRD schema with file and line', () => {
    const bogus = `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: fake, namespace: default}
spec:
  endpointSelector: {matchLabels: {app: echo}}
  ingress:
  - toPorts:
    - ports: [{port: "8080"}]
      rules:
        http:
        - mutual-tls: true`
    expect(() => run('cilium', echo, bogus)).toThrow(
      /case\.yaml:\d+: CiliumNetworkPolicy fake: unknown field "spec\.ingress\[0\]\.toPorts\[0\]\.rules\.http\[0\]\.mutual-tls"/,
    )
  })
  it('an authentication mode outside the enum is refused', () => {
    expect(() => run('cilium', echo, cnp('mtls'))).toThrow(
      /Unsupported value: "mtls": supported values: "disabled", "required", "test-always-fail"/,
    )
  })
})

describe('real Cilium examples (shared/mesh-examples)', () => {
  const dir = join(SHARED, 'mesh-examples')
  const load = (f: string) => parseManifestText(readFileSync(join(dir, f), 'utf8'), f)
  ;(existsSync(dir) ? it : it.skip)(
    'the pair differs only in authentication: with it, authenticated; without, not',
    () => {
      const app = load('cilium-mutual-auth-example.yaml')
      const withAuth = load('cilium-cnp-with-mutual-auth.yaml')
      const without = load('cilium-cnp-without-mutual-auth.yaml')
      const evWith = evaluate({ objects: [...app.objects, ...withAuth.objects], values: [] }, 'cilium')
      const evWithout = evaluate({ objects: [...app.objects, ...without.objects], values: [] }, 'cilium')
      expect(mode(evWith, 'default', 'Deployment/echo', 8080)).toBe('PERMISSIVE')
      expect(evWith.findings.map((f) => f.code)).toEqual(['cilium-authenticated-unencrypted'])
      expect(mode(evWithout, 'default', 'Deployment/echo', 8080)).toBe('DISABLE')
    },
  )
})

describe('Cilium selectors', () => {
  it('a clusterwide policy can select by namespace with the k8s:io.kubernetes.pod.namespace key', () => {
    const ccnp = `apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: {name: prod-auth}
spec:
  endpointSelector: {matchLabels: {k8s:io.kubernetes.pod.namespace: prod}}
  ingress:
  - authentication: {mode: required}`
    const ev = run('cilium', deployment('prod', 'a'), deployment('dev', 'a'), ccnp, wireguard)
    expect(mode(ev, 'prod', 'Deployment/a')).toBe('STRICT')
    expect(mode(ev, 'dev', 'Deployment/a')).toBe('PERMISSIVE')
  })
  it('a namespaced policy applies in its own namespace: Cilium replaces a k8s: namespace match, keeps any other', () => {
    const named = (key: string) => `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: auth, namespace: prod}
spec:
  endpointSelector: {matchLabels: {app: a, ${key}: dev}}
  ingress:
  - authentication: {mode: required}`
    const replaced = run(
      'cilium',
      deployment('prod', 'a'),
      deployment('dev', 'a'),
      named('k8s:io.kubernetes.pod.namespace'),
      wireguard,
    )
    expect(mode(replaced, 'prod', 'Deployment/a')).toBe('STRICT')
    expect(mode(replaced, 'dev', 'Deployment/a')).toBe('PERMISSIVE')
    const kept = run(
      'cilium',
      deployment('prod', 'a'),
      deployment('dev', 'a'),
      named('any:io.kubernetes.pod.namespace'),
      wireguard,
    )
    expect(mode(kept, 'prod', 'Deployment/a')).toBe('PERMISSIVE')
    expect(mode(kept, 'dev', 'Deployment/a')).toBe('PERMISSIVE')
  })
  it('reads the `specs` list form of a policy', () => {
    const multi = `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: multi, namespace: default}
specs:
- endpointSelector: {matchLabels: {app: echo}}
  ingress:
  - authentication: {mode: required}`
    expect(mode(run('cilium', echo, multi, wireguard), 'default', 'Deployment/echo')).toBe('STRICT')
  })
})

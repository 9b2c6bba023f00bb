/**
 * Istio corpus, written from istio.io (PeerAuthentication reference, sidecar injection, ambient "add workloads",
 * DestinationRule) and istiod's composition code. Each rule has a case that fails when the rule is broken.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseManifestText } from '../../src/k8s/manifests.js'
import { evaluate } from '../../src/mtls/evaluate.js'
import { SHARED, fixture } from '../helpers.js'
import { deployment, mode, ns, pa, row, run } from './helpers.js'

const injected = ns('foo', { 'istio-injection': 'enabled' })
const web = deployment('foo', 'web', { ports: [8080, 9090] })

describe('Istio PeerAuthentication precedence (pilot/pkg/security/authn ComposePeerAuthentication)', () => {
  it('no policy at all means PERMISSIVE', () => {
    const ev = run('istio', injected, web)
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('PERMISSIVE')
    expect(row(ev, 'foo', 'Deployment/web').decidedBy).toMatch(/PERMISSIVE by default/)
  })

  it('mesh policy (root namespace, no selector) applies everywhere', () => {
    const ev = run('istio', injected, web, pa('istio-system', 'default', { mode: 'STRICT' }))
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('STRICT')
    expect(row(ev, 'foo', 'Deployment/web').decidedBy).toBe(
      'PeerAuthentication istio-system/default (case.yaml:33)',
    )
  })

  it('namespace beats mesh, workload beats namespace', () => {
    const other = deployment('foo', 'api')
    const ev = run(
      'istio',
      injected,
      web,
      other,
      pa('istio-system', 'default', { mode: 'STRICT' }),
      pa('foo', 'default', { mode: 'PERMISSIVE' }),
      pa('foo', 'web', { mode: 'STRICT', selector: { app: 'web' } }),
    )
    expect(mode(ev, 'foo', 'Deployment/api')).toBe('PERMISSIVE')
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('STRICT')
  })

  it('UNSET inherits from the parent scope, at workload and port level', () => {
    const ev = run(
      'istio',
      injected,
      web,
      pa('foo', 'default', { mode: 'STRICT' }),
      pa('foo', 'web', {
        mode: 'UNSET',
        selector: { app: 'web' },
        ports: { 9090: 'UNSET', 8080: 'PERMISSIVE' },
      }),
    )
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('STRICT')
    expect(mode(ev, 'foo', 'Deployment/web', 9090)).toBe('STRICT')
    expect(mode(ev, 'foo', 'Deployment/web', 8080)).toBe('PERMISSIVE')
  })

  it('a mesh policy with UNSET is PERMISSIVE', () => {
    const ev = run('istio', injected, web, pa('istio-system', 'default', { mode: 'UNSET' }))
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('PERMISSIVE')
  })

  it('a selector policy in the root namespace is ignored, with a warning', () => {
    const ev = run(
      'istio',
      injected,
      web,
      pa('istio-system', 'web', { mode: 'STRICT', selector: { app: 'web' } }),
    )
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('PERMISSIVE')
    expect(ev.findings.map((f) => f.code)).toContain('istio-root-selector-ignored')
  })

  it('an empty matchLabels selector makes a namespace-wide policy', () => {
    const ev = run(
      'istio',
      injected,
      web,
      `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: all, namespace: foo}
spec:
  selector: {matchLabels: {}}
  mtls: {mode: STRICT}`,
    )
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('STRICT')
  })

  it('the oldest policy wins within a scope; with no creation times, the first by name', () => {
    const older = pa('foo', 'zz-old', { mode: 'DISABLE' }, 'creationTimestamp: "2024-01-01T00:00:00Z"')
    const newer = pa('foo', 'aa-new', { mode: 'STRICT' }, 'creationTimestamp: "2025-01-01T00:00:00Z"')
    const ev = run('istio', injected, web, newer, older)
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('DISABLE')
    expect(ev.findings.find((f) => f.code === 'istio-duplicate-scope-policy')?.resource.name).toBe('aa-new')
    const byName = run(
      'istio',
      injected,
      web,
      pa('foo', 'b', { mode: 'DISABLE' }),
      pa('foo', 'a', { mode: 'STRICT' }),
    )
    expect(mode(byName, 'foo', 'Deployment/web')).toBe('STRICT')
    const workloads = run(
      'istio',
      injected,
      web,
      pa(
        'foo',
        'w2',
        { mode: 'DISABLE', selector: { app: 'web' } },
        'creationTimestamp: "2024-06-01T00:00:00Z"',
      ),
      pa(
        'foo',
        'w1',
        { mode: 'STRICT', selector: { app: 'web' } },
        'creationTimestamp: "2024-07-01T00:00:00Z"',
      ),
    )
    expect(mode(workloads, 'foo', 'Deployment/web')).toBe('DISABLE')
  })

  it('v1beta1 policies count like v1', () => {
    const ev = run(
      'istio',
      injected,
      web,
      pa('foo', 'default', { mode: 'STRICT' }, '', 'security.istio.io/v1beta1'),
    )
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('STRICT')
  })
})

describe('Istio portLevelMtls', () => {
  it('overrides per workload (container) port, and a port row appears only where it differs', () => {
    const ev = run(
      'istio',
      injected,
      web,
      pa('foo', 'web', {
        mode: 'STRICT',
        selector: { app: 'web' },
        ports: { 9090: 'DISABLE', 8080: 'STRICT' },
      }),
    )
    expect(ev.entries.filter((e) => e.workload === 'Deployment/web').map((e) => [e.port, e.mode])).toEqual([
      [null, 'STRICT'],
      [9090, 'DISABLE'],
    ])
    expect(row(ev, 'foo', 'Deployment/web', 9090).decidedBy).toMatch(/case\.yaml:\d+/)
  })

  it('refers to the workload port, not the Service port', () => {
    const svc = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: foo}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]`
    const ev = run(
      'istio',
      injected,
      web,
      svc,
      pa('foo', 'web', { mode: 'STRICT', selector: { app: 'web' }, ports: { 8080: 'DISABLE' } }),
    )
    expect(mode(ev, 'foo', 'Deployment/web', 8080)).toBe('DISABLE')
    expect(mode(ev, 'foo', 'Deployment/web', 80)).toBe('STRICT')
  })

  it('needs a selector: the API server refuses it without one (CRD CEL rule)', () => {
    expect(() =>
      run('istio', injected, web, pa('foo', 'bad', { mode: 'STRICT', ports: { 8080: 'DISABLE' } })),
    ).toThrow(/case\.yaml:\d+: PeerAuthentication bad: .*portLevelMtls requires selector/)
  })
})

describe('Istio sidecar injection (istio.io sidecar-injection, "Controlling the injection policy")', () => {
  const cases: [string, string, Record<string, string>, string][] = [
    ['no injection label: not in the mesh', ns('foo'), {}, 'DISABLE'],
    ['namespace istio-injection=enabled', ns('foo', { 'istio-injection': 'enabled' }), {}, 'PERMISSIVE'],
    ['namespace istio.io/rev', ns('foo', { 'istio.io/rev': 'canary' }), {}, 'PERMISSIVE'],
    [
      'pod label sidecar.istio.io/inject=true alone',
      ns('foo'),
      { 'sidecar.istio.io/inject': 'true' },
      'PERMISSIVE',
    ],
    [
      'pod label false beats an enabled namespace',
      ns('foo', { 'istio-injection': 'enabled' }),
      { 'sidecar.istio.io/inject': 'false' },
      'DISABLE',
    ],
    [
      'namespace disabled beats pod true',
      ns('foo', { 'istio-injection': 'disabled' }),
      { 'sidecar.istio.io/inject': 'true' },
      'DISABLE',
    ],
  ]
  it.each(cases)('%s', (_name, namespace, podLabels, expected) => {
    const ev = run('istio', namespace, deployment('foo', 'web', { labels: podLabels }))
    expect(mode(ev, 'foo', 'Deployment/web')).toBe(expected)
  })

  it('an unmeshed workload is DISABLE even under a STRICT mesh policy', () => {
    const ev = run('istio', ns('foo'), web, pa('istio-system', 'default', { mode: 'STRICT' }))
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('DISABLE')
    expect(row(ev, 'foo', 'Deployment/web').decidedBy).toMatch(/not in the mesh/)
  })
})

describe('Istio ambient (istio.io ambient "Add workloads to the mesh")', () => {
  const ambient = ns('foo', { 'istio.io/dataplane-mode': 'ambient' })
  it('a namespace labelled ambient puts its pods in the mesh', () => {
    expect(
      mode(
        run('istio-ambient', ambient, web, pa('foo', 'default', { mode: 'STRICT' })),
        'foo',
        'Deployment/web',
      ),
    ).toBe('STRICT')
  })
  it('a pod labelled ambient joins on its own', () => {
    const ev = run(
      'istio-ambient',
      ns('foo'),
      deployment('foo', 'web', { labels: { 'istio.io/dataplane-mode': 'ambient' } }),
    )
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('PERMISSIVE')
  })
  it('pod label none opts out', () => {
    const ev = run(
      'istio-ambient',
      ambient,
      deployment('foo', 'web', { labels: { 'istio.io/dataplane-mode': 'none' } }),
      pa('foo', 'default', { mode: 'STRICT' }),
    )
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('DISABLE')
  })
  it('DISABLE is not supported in ambient: ztunnel still accepts mTLS, so PERMISSIVE', () => {
    const ev = run('istio-ambient', ambient, web, pa('foo', 'default', { mode: 'DISABLE' }))
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('PERMISSIVE')
  })
  it('a sidecar takes precedence over ambient (and DISABLE stays DISABLE there)', () => {
    const both = ns('foo', { 'istio.io/dataplane-mode': 'ambient', 'istio-injection': 'enabled' })
    expect(
      mode(
        run('istio-ambient', both, web, pa('foo', 'default', { mode: 'DISABLE' })),
        'foo',
        'Deployment/web',
      ),
    ).toBe('DISABLE')
  })
})

describe('Istio policy targets without workloads', () => {
  it('reports the mesh-wide, namespace-wide and selector targets so a policy-only PR has a matrix', () => {
    const ev = run(
      'istio',
      pa('istio-system', 'default', { mode: 'STRICT' }),
      pa('foo', 'a', { selector: { app: 'a' }, ports: { 9090: 'PERMISSIVE' } }),
    )
    expect(mode(ev, '*', '*')).toBe('STRICT')
    expect(mode(ev, 'foo', '*')).toBe('STRICT')
    expect(mode(ev, 'foo', '{app=a}', 9090)).toBe('PERMISSIVE')
  })
  it('reads the root namespace from the istio mesh ConfigMap', () => {
    const cm = `apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data:
  mesh: |-
    rootNamespace: mesh-root`
    const ev = run('istio', cm, injected, web, pa('mesh-root', 'default', { mode: 'STRICT' }))
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('STRICT')
  })
})

describe('Istio DestinationRules toward STRICT servers', () => {
  const strict = pa('foo', 'default', { mode: 'STRICT' })
  const svc = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: foo}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]`
  const dr = (tls: string, extra = '') => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: web, namespace: foo}
spec:
  host: web.foo.svc.cluster.local
  trafficPolicy:
    tls: {mode: ${tls}}${extra}`

  it.each(['DISABLE', 'SIMPLE'])('tls.mode %s toward STRICT is an error naming the line', (tls) => {
    const ev = run('istio', injected, web, svc, strict, dr(tls))
    const f = ev.findings.find((x) => x.code === 'istio-destinationrule-breaks-strict')
    expect(f).toMatchObject({
      severity: 'error',
      file: 'case.yaml',
      resource: { kind: 'DestinationRule', name: 'web' },
    })
    expect(f!.line).toBeGreaterThan(40)
  })
  it('ISTIO_MUTUAL is not needed (auto mTLS) and not reported; no DestinationRule at all is fine', () => {
    expect(run('istio', injected, web, svc, strict, dr('ISTIO_MUTUAL')).findings).toEqual([])
    expect(run('istio', injected, web, svc, strict).findings).toEqual([])
  })
  it('DISABLE toward a server outside the mesh breaks nothing, even under a STRICT mesh policy', () => {
    const meshStrict = pa('istio-system', 'default', { mode: 'STRICT' })
    expect(
      run('istio', ns('foo'), web, svc, meshStrict, dr('DISABLE')).findings.map((f) => f.code),
    ).not.toContain('istio-destinationrule-breaks-strict')
  })
  it('DISABLE toward a PERMISSIVE server breaks nothing', () => {
    expect(run('istio', injected, web, svc, dr('DISABLE')).findings).toEqual([])
  })
  it('port-level settings and subsets count too', () => {
    const ports = `
    portLevelSettings:
    - port: {number: 80}
      tls: {mode: DISABLE}`
    expect(
      run('istio', injected, web, svc, strict, dr('ISTIO_MUTUAL', ports)).findings.map((f) => f.code),
    ).toEqual(['istio-destinationrule-breaks-strict'])
    const subset = `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: web, namespace: foo}
spec:
  host: web
  subsets:
  - name: v1
    labels: {app: web}
    trafficPolicy:
      tls: {mode: SIMPLE}`
    expect(run('istio', injected, web, svc, strict, subset).findings.map((f) => f.code)).toEqual([
      'istio-destinationrule-breaks-strict',
    ])
  })
})

describe('real Istio examples (shared/mesh-examples)', () => {
  const example = (name: string) => readFileSync(join(SHARED, 'mesh-examples', name), 'utf8')
  const haveShared = (() => {
    try {
      example('istio-mtls-echo.yaml')
      return true
    } catch {
      return false
    }
  })()
  ;(haveShared ? it : it.skip)(
    'bookinfo DestinationRules with ISTIO_MUTUAL pass the schema and raise nothing',
    () => {
      const loaded = parseManifestText(example('istio-bookinfo-destination-rule-all-mtls.yaml'), 'dr.yaml')
      expect(evaluate(loaded, 'istio').findings).toEqual([])
    },
  )
  ;(haveShared ? it : it.skip)('mtls-echo without injection labels is outside the mesh', () => {
    const ev = evaluate(parseManifestText(example('istio-mtls-echo.yaml'), 'echo.yaml'), 'istio')
    expect(mode(ev, 'default', 'Deployment/mtls-echo-v1')).toBe('DISABLE')
  })
  it('the vendored fixture corpus evaluates', () => {
    expect(fixture('mtls')).toContain('fixtures')
  })
})

describe('Istio details', () => {
  it('the legacy pod annotation sidecar.istio.io/inject: "false" still disables', () => {
    const ev = run(
      'istio',
      injected,
      deployment('foo', 'web', { annotations: { 'sidecar.istio.io/inject': 'false' } }),
    )
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('DISABLE')
  })
  it('a pod with an istio-proxy container (istioctl kube-inject output) has a sidecar', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: bar}
spec:
  containers:
  - {name: app, image: x}
  - {name: istio-proxy, image: istio/proxyv2}`
    expect(mode(run('istio', pod, pa('istio-system', 'default', { mode: 'STRICT' })), 'bar', 'Pod/p')).toBe(
      'STRICT',
    )
  })
})

describe('namespaces that are not among the inputs', () => {
  it('warns once per namespace whose workloads are taken as outside the mesh', () => {
    const ev = run('istio', web, deployment('foo', 'api'), pa('istio-system', 'default', { mode: 'STRICT' }))
    expect(mode(ev, 'foo', 'Deployment/web')).toBe('DISABLE')
    const warnings = ev.findings.filter((f) => f.code === 'namespace-not-in-inputs')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.message).toMatch(/namespace foo is not among the inputs.*2 workload\(s\)/)
  })
  it('says nothing when the pod opts in on its own', () => {
    const ev = run('istio', deployment('foo', 'web', { labels: { 'sidecar.istio.io/inject': 'true' } }))
    expect(ev.findings).toEqual([])
  })
})

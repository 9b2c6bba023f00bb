/**
 * Live reads judge what runs: a controller by its running pods (their injected or native sidecars, pod-level labels
 * and annotations), by its template only when it has none, saying so. Pure: objects in, matrix out (the real API
 * server, controllers and an injector are in test/integration/mtls-running-pods.test.ts).
 */
import { describe, expect, it } from '@jest/globals'
import { evaluate } from '../../src/mtls/evaluate.js'
import type { KubeObject, LoadedObjects } from '../../src/k8s/objects.js'
import type { MeshName } from '../../src/vocabulary.js'

const owner = (kind: string, name: string) => ({
  ownerReferences: [{ apiVersion: 'apps/v1', kind, name, uid: 'u', controller: true }],
})

interface PodShape {
  labels?: Record<string, string>
  annotations?: Record<string, string>
  containers?: string[]
  /** Native sidecars: init containers with restartPolicy Always. */
  native?: string[]
  /** Plain init containers (run to completion before the application). */
  inits?: string[]
}

function podSpec(p: PodShape) {
  const spec: Record<string, unknown> = {
    containers: (p.containers ?? ['app']).map((name) => ({
      name,
      image: 'x',
      ...(name === 'app' ? { ports: [{ containerPort: 8080 }] } : {}),
    })),
  }
  const inits = [
    ...(p.inits ?? []).map((name) => ({ name, image: 'x' })),
    ...(p.native ?? []).map((name) => ({ name, image: 'x', restartPolicy: 'Always' })),
  ]
  if (inits.length) spec.initContainers = inits
  return spec
}

const namespace = (name: string, labels = {}, annotations = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels, annotations },
})

/** A Deployment `web` with its ReplicaSet and the given running pods (each a shape), as a live read gives them. */
function deploymentWithPods(ns: string, template: PodShape, pods: PodShape[]): KubeObject[] {
  const meta = (p: PodShape) => ({ labels: { app: 'web', ...p.labels }, annotations: { ...p.annotations } })
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: ns },
      spec: { template: { metadata: meta(template), spec: podSpec(template) } },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web-5d4f', namespace: ns, ...owner('Deployment', 'web') },
      spec: { template: { metadata: meta(template), spec: podSpec(template) } },
    },
    ...pods.map((p, i) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `web-5d4f-${i}`,
        namespace: ns,
        ...meta(p),
        labels: { ...meta(p).labels, 'pod-template-hash': '5d4f' },
        ...owner('ReplicaSet', 'web-5d4f'),
      },
      spec: podSpec(p),
    })),
  ]
}

const strictNs = (ns: string): KubeObject => ({
  apiVersion: 'security.istio.io/v1',
  kind: 'PeerAuthentication',
  metadata: { name: 'default', namespace: ns },
  spec: { mtls: { mode: 'STRICT' } },
})

function live(objects: KubeObject[]): LoadedObjects {
  return {
    objects: objects.map((object) => ({ object, origin: { file: null, line: null } })),
    values: [],
    running: true,
  }
}

function judge(objects: KubeObject[], mesh: MeshName) {
  const ev = evaluate(live(objects), mesh)
  const rows = ev.entries.filter((e) => e.workload.startsWith('Deployment/web'))
  return { ev, rows, web: rows.find((e) => e.port === null) }
}

describe('Istio: the pod, not the template', () => {
  it('an injected istio-proxy the template lacks makes the workload a sidecar workload (STRICT)', () => {
    // The namespace label was removed after injection: the template alone says "outside the mesh".
    const { ev, web } = judge(
      [
        namespace('shop'),
        strictNs('shop'),
        ...deploymentWithPods('shop', {}, [
          { containers: ['app', 'istio-proxy'], annotations: { 'sidecar.istio.io/status': '{}' } },
        ]),
      ],
      'istio',
    )
    expect(web).toMatchObject({ mode: 'STRICT', decidedBy: 'PeerAuthentication shop/default' })
    const note = ev.findings.find((f) => f.code === 'live-judged-by-pod')
    expect(note?.message).toBe(
      'Deployment shop/web is judged by its running pod web-5d4f-0, which differs from its template (sidecar istio-proxy added; annotation sidecar.istio.io/status={}): STRICT; the template alone would give DISABLE',
    )
    expect(note?.severity).toBe('note')
  })

  it('a native sidecar (init container with restartPolicy Always) counts; a plain init container does not', () => {
    const native = judge(
      [namespace('shop'), strictNs('shop'), ...deploymentWithPods('shop', {}, [{ native: ['istio-proxy'] }])],
      'istio',
    )
    expect(native.web?.mode).toBe('STRICT')
    const plain = judge(
      [namespace('shop'), strictNs('shop'), ...deploymentWithPods('shop', {}, [{ inits: ['istio-proxy'] }])],
      'istio',
    )
    expect(plain.web?.mode).toBe('DISABLE')
  })

  it('a pod created before its namespace was labelled for injection has no sidecar: DISABLE, though the template says STRICT', () => {
    const { ev, web } = judge(
      [
        namespace('shop', { 'istio-injection': 'enabled' }),
        strictNs('shop'),
        ...deploymentWithPods('shop', {}, [{}]),
      ],
      'istio',
    )
    expect(web?.mode).toBe('DISABLE')
    expect(web?.decidedBy).toMatch(/running pod web-5d4f-0 has no istio-proxy container/)
    expect(ev.findings.find((f) => f.code === 'live-judged-by-pod')?.message).toMatch(
      /: DISABLE; the template alone would give STRICT$/,
    )
  })

  it('ambient: a pod-level opt-out (istio.io/dataplane-mode=none on the pod only) takes the pod out', () => {
    const objects = [
      namespace('amb', { 'istio.io/dataplane-mode': 'ambient' }),
      strictNs('amb'),
      ...deploymentWithPods('amb', {}, [{ labels: { 'istio.io/dataplane-mode': 'none' } }]),
    ]
    const { ev, web } = judge(objects, 'istio-ambient')
    expect(web?.mode).toBe('DISABLE')
    expect(web?.decidedBy).toMatch(/istio.io\/dataplane-mode=none opts out/)
    expect(ev.findings.find((f) => f.code === 'live-judged-by-pod')?.message).toMatch(
      /label istio.io\/dataplane-mode=none\): DISABLE; the template alone would give STRICT$/,
    )
  })

  it('a pod like its template gives no note; the matrix row is the workload’s, not the pod’s', () => {
    const { ev, rows } = judge(
      [
        namespace('shop'),
        strictNs('shop'),
        ...deploymentWithPods('shop', { containers: ['app', 'istio-proxy'] }, [
          { containers: ['app', 'istio-proxy'] },
          { containers: ['app', 'istio-proxy'] },
        ]),
      ],
      'istio',
    )
    expect(rows.map((e) => [e.workload, e.port, e.mode])).toEqual([['Deployment/web', null, 'STRICT']])
    expect(ev.findings.filter((f) => f.code.startsWith('live-'))).toEqual([])
  })

  it('pods that differ (a rollout under way) are each a row, with a warning', () => {
    const { ev, rows } = judge(
      [
        namespace('shop'),
        strictNs('shop'),
        ...deploymentWithPods('shop', {}, [{ containers: ['app', 'istio-proxy'] }, {}, {}]),
      ],
      'istio',
    )
    expect(rows.map((e) => [e.workload, e.mode])).toEqual([
      ['Deployment/web (pod web-5d4f-0)', 'STRICT'],
      ['Deployment/web (pod web-5d4f-1)', 'DISABLE'],
    ])
    const warning = ev.findings.find((f) => f.code === 'live-pods-differ')
    expect(warning?.severity).toBe('warning')
    expect(warning?.message).toMatch(/Deployment\/web in shop runs 3 pods that differ/)
  })

  it('a controller with no running pod is judged by its template, saying so; static inputs say nothing', () => {
    const objects = [
      namespace('shop'),
      strictNs('shop'),
      ...deploymentWithPods('shop', { containers: ['app', 'istio-proxy'] }, []),
    ]
    const { ev, web } = judge(objects, 'istio')
    expect(web?.mode).toBe('STRICT')
    expect(ev.findings.find((f) => f.code === 'live-no-running-pod')?.message).toBe(
      'Deployment shop/web has no running pod: judged by its pod template',
    )
    const fromFiles = evaluate({ ...live(objects), running: false }, 'istio')
    expect(fromFiles.findings.filter((f) => f.code.startsWith('live-'))).toEqual([])
  })

  it('a finished pod does not stand for its workload', () => {
    const objects = deploymentWithPods('shop', {}, [{ containers: ['app', 'istio-proxy'] }])
    const pod = objects.find((o) => o.kind === 'Pod')!
    pod.status = { phase: 'Succeeded' }
    const { ev, web } = judge([namespace('shop'), strictNs('shop'), ...objects], 'istio')
    expect(web?.mode).toBe('DISABLE')
    expect(ev.findings.map((f) => f.code)).toContain('live-no-running-pod')
  })
})

describe('Linkerd: the pod, not the template', () => {
  const meshed = (annotations: Record<string, string> = {}) =>
    namespace('emoji', {}, { 'linkerd.io/inject': 'enabled', ...annotations })

  it('an annotated namespace whose pod has no linkerd-proxy (created before the annotation) is not meshed', () => {
    const { web } = judge([meshed(), ...deploymentWithPods('emoji', {}, [{}])], 'linkerd')
    expect(web?.mode).toBe('DISABLE')
    expect(web?.decidedBy).toMatch(/running pod web-5d4f-0 has no linkerd-proxy container/)
  })

  it('linkerd-proxy as a native sidecar meshes the pod', () => {
    const { web } = judge(
      [
        namespace('emoji'),
        ...deploymentWithPods('emoji', {}, [{ native: ['linkerd-proxy'], inits: ['linkerd-init'] }]),
      ],
      'linkerd',
    )
    expect(web?.mode).toBe('PERMISSIVE') // the install default, all-unauthenticated
  })

  it('the default policy the injector copied from the namespace is the namespace’s; a later namespace change is not', () => {
    const policy = 'config.linkerd.io/default-inbound-policy'
    const copied = judge(
      [
        meshed({ [policy]: 'all-authenticated' }),
        ...deploymentWithPods('emoji', {}, [
          { containers: ['app', 'linkerd-proxy'], annotations: { [policy]: 'all-authenticated' } },
        ]),
      ],
      'linkerd',
    )
    expect(copied.web).toMatchObject({
      mode: 'STRICT',
      decidedBy: 'default inbound policy all-authenticated: Namespace emoji',
    })
    // The namespace now says all-authenticated, but the pod was injected before: its proxy runs with the install default.
    const before = judge(
      [
        meshed({ [policy]: 'all-authenticated' }),
        ...deploymentWithPods('emoji', {}, [{ containers: ['app', 'linkerd-proxy'] }]),
      ],
      'linkerd',
    )
    expect(before.web).toMatchObject({ mode: 'PERMISSIVE' })
    expect(before.web?.decidedBy).toMatch(/all-unauthenticated: install default/)
  })

  it('the inject LABEL on the namespace is warned about once, however many workloads and pods it holds', () => {
    const objects: KubeObject[] = [
      namespace('emoji', { 'linkerd.io/inject': 'enabled' }, { 'linkerd.io/inject': 'enabled' }),
      ...deploymentWithPods('emoji', {}, [
        { containers: ['app', 'linkerd-proxy'] },
        { containers: ['app', 'linkerd-proxy'] },
      ]),
      ...deploymentWithPods('emoji', {}, [{ containers: ['app', 'linkerd-proxy'] }]).map((o) =>
        JSON.parse(JSON.stringify(o).replaceAll('"web', '"api').replaceAll('web-5d4f', 'api-5d4f')),
      ),
    ]
    const ev = evaluate(live(objects), 'linkerd')
    const warnings = ev.findings.filter((f) => f.code === 'linkerd-inject-label')
    expect(warnings.map((f) => f.message)).toEqual([
      'namespace emoji has the LABEL linkerd.io/inject=enabled, which Linkerd ignores: injection is controlled by the ANNOTATION linkerd.io/inject',
    ])
  })
})

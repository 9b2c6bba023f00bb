/**
 * The live source's own rules over a fake API server (the real one is in test/integration/mtls-live.test.ts):
 * controllers' children are not workloads, server fields go, creation times stay, uninstalled CRDs are skipped,
 * the namespace filter keeps the mesh-wide policy, and the CLI's --live options.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { InputError } from '../../src/errors.js'
import { connect } from '../../src/k8s/client.js'
import type { ClusterReader } from '../../src/k8s/reader.js'
import {
  ClusterSource,
  finishedPod,
  readClusterObjects,
  stripServerFields,
  validateSources,
} from '../../src/pipeline/mtls-sources.js'
import type { KubeObject } from '../../src/k8s/objects.js'
import { controllerOf } from '../../src/mtls/workloads.js'
import { scratch } from '../helpers.js'

// The CLI loads a command when it is asked for: load them here, outside the tests’ time limits.
await import('../../src/cli/validate-command.js')

const owned = (kind: string, name: string, controller = true) => ({
  ownerReferences: [{ apiVersion: 'apps/v1', kind, name, uid: 'u', controller }],
})

/** A fake API server: objects by apiVersion/kind; kinds not in `served` answer "not installed". */
function fakeReader(objects: KubeObject[], served?: Set<string>): ClusterReader & { calls: string[] } {
  const calls: string[] = []
  const isServed = (apiVersion: string, kind: string) =>
    served
      ? served.has(`${apiVersion}/${kind}`)
      : objects.some((o) => o.apiVersion === apiVersion && o.kind === kind)
  const strip = (o: KubeObject) => {
    // List items of built-in kinds come without apiVersion and kind.
    const { apiVersion: _apiVersion, kind: _kind, ...rest } = o
    return String(o.apiVersion).includes('.') ? o : (rest as KubeObject)
  }
  return {
    server: 'https://fake:6443',
    calls,
    async list(apiVersion, kind, namespace) {
      calls.push(`list ${apiVersion} ${kind} ${namespace ?? '*'}`)
      if (!isServed(apiVersion, kind)) return null
      return objects
        .filter((o) => o.apiVersion === apiVersion && o.kind === kind)
        .filter((o) => namespace === undefined || o.metadata?.namespace === namespace)
        .map(strip)
    },
    async get(apiVersion, kind, namespace, name) {
      calls.push(`get ${kind} ${namespace ?? ''}/${name}`)
      return (
        objects.find(
          (o) =>
            o.apiVersion === apiVersion &&
            o.kind === kind &&
            o.metadata?.name === name &&
            (namespace === null || o.metadata?.namespace === namespace),
        ) ?? null
      )
    },
  }
}

const template = (app: string, extra: Record<string, unknown> = {}) => ({
  metadata: { labels: { app } },
  spec: {
    containers: [
      { name: 'app', image: 'a', ports: [{ containerPort: 8080 }] },
      { name: 'istio-proxy', image: 'p' },
    ],
  },
  ...extra,
})
const server = {
  resourceVersion: '42',
  uid: 'abc',
  generation: 3,
  managedFields: [{ manager: 'kubectl' }],
  creationTimestamp: '2026-01-01T00:00:00Z',
}
const CLUSTER: KubeObject[] = [
  {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'shop', labels: { 'istio-injection': 'enabled' } },
  },
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other' } },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', ...server },
    spec: { template: template('web') },
    status: { replicas: 1 },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web-5d4f', namespace: 'shop', ...owned('Deployment', 'web') },
    spec: { template: template('web') },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'bare', namespace: 'shop' },
    spec: { template: template('bare') },
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'web-5d4f-x2x',
      namespace: 'shop',
      labels: { app: 'web' },
      ...owned('ReplicaSet', 'web-5d4f'),
    },
    spec: template('web').spec,
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'op-0', namespace: 'shop', labels: { app: 'op' }, ...owned('Rollout', 'op') },
    spec: template('op').spec,
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'solo', namespace: 'shop', labels: { app: 'solo' } },
    spec: template('solo').spec,
  },
  {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'report', namespace: 'shop' },
    spec: { schedule: '@daily', jobTemplate: { spec: { template: template('report') } } },
  },
  {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'report-1', namespace: 'shop', ...owned('CronJob', 'report') },
    spec: { template: template('report') },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'api', namespace: 'other' },
    spec: { template: template('api') },
  },
  {
    apiVersion: 'security.istio.io/v1',
    kind: 'PeerAuthentication',
    metadata: { name: 'default', namespace: 'mesh-root', ...server },
    spec: { mtls: { mode: 'STRICT' } },
  },
  {
    apiVersion: 'security.istio.io/v1',
    kind: 'PeerAuthentication',
    metadata: { name: 'web', namespace: 'shop', ...server },
    spec: { selector: { matchLabels: { app: 'web' } }, portLevelMtls: { 8080: { mode: 'DISABLE' } } },
  },
  {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'istio', namespace: 'istio-system' },
    data: { mesh: 'rootNamespace: mesh-root\n' },
  },
]

describe('ClusterSource over a fake API server', () => {
  it('reads Linkerd’s linkerd-config ConfigMap, so the install-wide default is the installed one', async () => {
    const config: KubeObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'linkerd-config', namespace: 'linkerd' },
      data: { values: 'proxy:\n  defaultInboundPolicy: all-authenticated\n' },
    }
    const objects = await readClusterObjects(fakeReader([...CLUSTER, config]), { namespaces: ['shop'] })
    expect(objects.map(({ object }) => object.metadata?.name)).toContain('linkerd-config')
    const v = await validateSources(
      { description: 'fake', load: async () => ({ objects, values: [] }) },
      null,
      'strict',
      'linkerd',
    )
    expect(v.matrix.find((e) => e.namespace === '*' && e.workload === '*')).toMatchObject({
      mode: 'STRICT',
      decidedBy: expect.stringMatching(/all-authenticated: ConfigMap linkerd\/linkerd-config/),
    })
  })
  it('reads the controllers’ children too, and leaves out pods that finished or are being deleted', async () => {
    const done: KubeObject[] = [
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'report-1-ok', namespace: 'shop', ...owned('Job', 'report-1') },
        status: { phase: 'Succeeded' },
      },
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: 'web-old',
          namespace: 'shop',
          deletionTimestamp: '2026-01-01T00:00:00Z',
        } as KubeObject['metadata'],
        status: { phase: 'Running' },
      },
    ]
    const objects = await readClusterObjects(fakeReader([...CLUSTER, ...done]))
    const names = objects.map(({ object }) => `${String(object.kind)}/${String(object.metadata?.name)}`)
    expect(names).toEqual(
      expect.arrayContaining([
        'Deployment/web',
        'ReplicaSet/web-5d4f',
        'Pod/web-5d4f-x2x',
        'ReplicaSet/bare',
        'Pod/solo',
        'Pod/op-0',
        'CronJob/report',
        'Job/report-1',
      ]),
    )
    expect(names).not.toContain('Pod/report-1-ok')
    expect(names).not.toContain('Pod/web-old')
    expect(finishedPod({ kind: 'Pod', status: { phase: 'Failed' } })).toBe(true)
    expect(finishedPod({ kind: 'Pod', status: { phase: 'Pending' } })).toBe(false)
    expect(finishedPod({ kind: 'Job', status: { phase: 'Succeeded' } })).toBe(false)
    // The matrix has one row per workload, as the static one has: the children are not workloads of their own.
    const v = await validateSources(new ClusterSource(fakeReader(CLUSTER), 'shop'), null, 'strict', 'istio')
    expect(
      [...new Set(v.matrix.filter((e) => e.namespace === 'shop').map((e) => e.workload))].sort(),
    ).toEqual(['*', 'CronJob/report', 'Deployment/web', 'Pod/op-0', 'Pod/solo', 'ReplicaSet/bare'])
  })

  it('decides ownership by the controller reference only', () => {
    const pod = (refs: unknown) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', ownerReferences: refs },
    })
    expect(controllerOf(pod(owned('ReplicaSet', 'x').ownerReferences))).toEqual({
      kind: 'ReplicaSet',
      name: 'x',
    })
    expect(controllerOf(pod(owned('ReplicaSet', 'x', false).ownerReferences))).toBeNull()
    expect(controllerOf(pod(owned('Rollout', 'x').ownerReferences))).toBeNull()
    expect(controllerOf(pod(undefined))).toBeNull()
    expect(
      controllerOf({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name: 'r', ...owned('Deployment', 'd') } as KubeObject['metadata'],
      }),
    ).toEqual({ kind: 'Deployment', name: 'd' })
  })

  it('strips status and server-written metadata but keeps creationTimestamp, and gives no file', async () => {
    const objects = await readClusterObjects(fakeReader(CLUSTER))
    const web = objects.find(({ object }) => object.kind === 'Deployment' && object.metadata?.name === 'web')!
    expect(web.origin).toEqual({ file: null, line: null })
    expect(web.object.status).toBeUndefined()
    expect(web.object.metadata).toEqual({
      name: 'web',
      namespace: 'shop',
      creationTimestamp: '2026-01-01T00:00:00Z',
    })
    // List items of built-in kinds lack apiVersion and kind: they are put back.
    expect(web.object).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' })
    expect(stripServerFields({ kind: 'X' })).toEqual({ kind: 'X', metadata: {} })
  })

  it('skips kinds that are not installed and falls back to older served versions', async () => {
    const old = CLUSTER.map((o) =>
      o.kind === 'PeerAuthentication' ? { ...o, apiVersion: 'security.istio.io/v1beta1' } : o,
    )
    const reader = fakeReader(old)
    const objects = await readClusterObjects(reader)
    expect(objects.filter(({ object }) => object.kind === 'PeerAuthentication')).toHaveLength(2)
    expect(reader.calls).toEqual(
      expect.arrayContaining([
        'list security.istio.io/v1 PeerAuthentication *',
        'list security.istio.io/v1beta1 PeerAuthentication *',
        'list cilium.io/v2 CiliumNetworkPolicy *',
      ]),
    )
  })

  it('with a namespace filter reads those namespaces, plus the PeerAuthentications of the root namespace', async () => {
    const reader = fakeReader(CLUSTER)
    const objects = await readClusterObjects(reader, { namespaces: ['shop'] })
    const ns = new Set(objects.map(({ object }) => object.metadata?.namespace ?? '(cluster)'))
    expect([...ns].sort()).toEqual(['(cluster)', 'istio-system', 'mesh-root', 'shop'])
    expect(
      objects
        .filter(({ object }) => object.metadata?.namespace === 'mesh-root')
        .map(({ object }) => object.kind),
    ).toEqual(['PeerAuthentication'])
    expect(reader.calls).toContain('list apps/v1 Deployment shop')
    expect(reader.calls).not.toContain('list apps/v1 Deployment mesh-root')
    // The mesh-wide STRICT (root from the istio ConfigMap) and the port-level DISABLE both reach shop/web.
    const v = await validateSources(new ClusterSource(reader, 'shop'), null, 'strict', 'istio')
    const web = v.matrix.filter((e) => e.workload === 'Deployment/web')
    expect(web.map((e) => [e.port, e.mode])).toEqual([
      [null, 'STRICT'],
      [8080, 'DISABLE'],
    ])
    expect(web[0]!.decidedBy).toBe('PeerAuthentication mesh-root/default')
    await expect(readClusterObjects(reader, { namespaces: ['nope'] })).rejects.toThrow(
      /namespace nope does not exist in cluster https:\/\/fake:6443/,
    )
  })

  it('describes itself by the API server', () => {
    expect(new ClusterSource(fakeReader([])).description).toBe('cluster https://fake:6443')
  })
})

describe('validate --live options', () => {
  async function cli(...argv: string[]) {
    let stdout = ''
    let stderr = ''
    const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
    return { code, stdout, stderr }
  }

  it('refuses PATHs with --live, and --namespace without it', async () => {
    const both = await cli('validate', '--live', 'mesh/')
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/--live reads the head from the cluster: give no PATH \(got mesh\/\)/)
    const ns = await cli('validate', '--namespace', 'shop', 'mesh/')
    expect(ns.code).toBe(2)
    expect(ns.stderr).toMatch(/--namespace filters a live cluster/)
    const none = await cli('validate')
    expect(none.stderr).toMatch(/at least one PATH \(the head configuration\) or --live is required/)
  })

  it('names a missing kubeconfig file or an unknown context (exit 2)', async () => {
    const missing = await cli('validate', '--kubeconfig', '/nonexistent/kubeconfig')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/\/nonexistent\/kubeconfig: cannot load the kubeconfig/)
    const dir = scratch('gate-live-')
    const file = join(dir, 'kubeconfig')
    writeFileSync(
      file,
      'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]\nusers: [{name: u, user: {}}]\ncontexts: [{name: a, context: {cluster: c, user: u}}]\ncurrent-context: a\n',
    )
    const ctx = await cli('validate', '--kubeconfig', file, '--context', 'b')
    expect(ctx.code).toBe(2)
    expect(ctx.stderr).toMatch(/no context named 'b' in the kubeconfig \(it has: a\)/)
    expect(() => connect(file, 'a')).not.toThrow()
    expect(() => connect(file, 'b')).toThrow(InputError)
    // A cluster that does not answer (nothing listens on loopback port 1) is named, without a stack trace.
    const down = await cli('validate', '--kubeconfig', file, '--mesh', 'istio')
    expect(down.code).toBe(2)
    expect(down.stderr).toMatch(/cannot read .* from cluster https:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/)
    expect(down.stderr).not.toMatch(/internal error|\n\s+at /)
  })
})

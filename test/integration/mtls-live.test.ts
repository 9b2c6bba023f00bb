/**
 * Live and static modes give the same matrix for the same objects: the corpus of fixtures/mtls/live is applied to
 * the real API server, the controllers, the scheduler and kwok turn its workloads into ReplicaSets and Pods, and
 * `ClusterSource` (reading through the API server) must give exactly the matrix that `ManifestSource` gives for the
 * files: same rows (namespace, workload, port), same modes, decided by the same resources, same findings.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { apiReader } from '../../src/k8s/reader.js'
import { ClusterSource, LISTED_KINDS, validateSources } from '../../src/pipeline/mtls-sources.js'
import { ManifestSource } from '../../src/k8s/manifests.js'
import type { MeshName } from '../../src/vocabulary.js'
import type { MtlsValidation } from '../../src/mtls/validate.js'
import { readState } from './harness/state.js'
import { installInjectorStandIns } from './injectors.js'
import { harnessCluster, installMeshCrds } from './kube.js'
import {
  applyCase,
  corpusCases,
  waitForWorkloads,
  type CorpusCase,
  type CorpusFolder,
} from './mtls-corpus.js'

const cluster = harnessCluster()
const FOLDERS: [CorpusFolder, MeshName][] = [
  ['istio', 'istio'],
  ['istio-dataplane', 'istio'],
  ['linkerd', 'linkerd'],
  ['cilium', 'cilium'],
]
const cases = FOLDERS.flatMap(([folder, mesh]) => corpusCases(folder).map((c) => ({ folder, mesh, c })))

/** What must be equal: the rows, their modes, and which resource decided (the manifest's `(file:line)` removed). */
function matrixOf(v: MtlsValidation) {
  return v.matrix.map((e) => ({
    namespace: e.namespace,
    workload: e.workload,
    port: e.port,
    mode: e.mode,
    decidedBy: e.decidedBy.replace(/ \([^()]*\.yaml:\d+\)/g, ''),
  }))
}
/** The live-only notes about running pods are left out (checked on their own below). */
function findingsOf(v: MtlsValidation) {
  return v.findings
    .filter((f) => !f.code.startsWith('live-'))
    .map((f) => `${f.severity} ${f.code} ${f.resource.kind} ${f.resource.namespace ?? ''}/${f.resource.name}`)
    .sort()
}

function live(c: CorpusCase) {
  return new ClusterSource(harnessCluster(), { namespaces: c.namespaces, istioNamespace: c.istioNamespace })
}

describe('the live source on the real API server', () => {
  beforeAll(async () => {
    await installMeshCrds(cluster)
    // The pods are injected as the meshes' webhooks would inject them, so what runs is what the manifests ask for.
    await installInjectorStandIns(cluster)
    for (const { c } of cases) await applyCase(cluster, c)
    for (const { c } of cases) await waitForWorkloads(cluster, c)
  }, 300_000)

  it('meets the controllers’ children: ReplicaSets of Deployments and Pods of every controller exist', async () => {
    const reader = apiReader(cluster)
    const sets = (await reader.list('apps/v1', 'ReplicaSet', 'mtls-istio-ns-strict')) ?? []
    expect(sets.map((s) => s.metadata?.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^web-/), expect.stringMatching(/^api-/)]),
    )
    const pods = (await reader.list('v1', 'Pod', 'mtls-istio-kinds')) ?? []
    const owners = pods.map(
      (p) => (p.metadata as { ownerReferences?: { kind: string }[] }).ownerReferences?.[0]?.kind ?? 'none',
    )
    // A StatefulSet pod, two DaemonSet pods (two kwok nodes), a ReplicaSet's, a Job's, and the bare Pod.
    expect(owners.sort()).toEqual(['DaemonSet', 'DaemonSet', 'Job', 'ReplicaSet', 'StatefulSet', 'none'])
  })

  it.each(cases.map(({ folder, mesh, c }) => [`${folder}/${c.name}`, mesh, c] as const))(
    '%s: the live matrix equals the static one',
    async (_name, mesh, c) => {
      const fromFiles = await validateSources(new ManifestSource(c.files), null, 'strict', mesh)
      const fromCluster = await validateSources(live(c), null, 'strict', mesh)
      expect(fromCluster.matrix.length).toBeGreaterThan(0)
      expect(matrixOf(fromCluster)).toEqual(matrixOf(fromFiles))
      expect(findingsOf(fromCluster)).toEqual(findingsOf(fromFiles))
      expect(fromCluster.verdict).toBe(fromFiles.verdict)
      // Injected as asked, every running pod gives its template's verdict; only what has no running pod is noted.
      expect(fromCluster.findings.filter((f) => f.code.startsWith('live-')).map((f) => f.code)).not.toContain(
        'live-judged-by-pod',
      )
    },
  )

  it('reads the controllers’ children, judges no child as a workload of its own, strips server fields', async () => {
    const c = cases.find(({ c }) => c.name === 'workload-kinds')!.c
    const { objects, running } = await live(c).load()
    expect(running).toBe(true)
    const read = objects
      .map(({ object }) => object)
      .filter((o) => o.metadata?.namespace === 'mtls-istio-kinds')
      .map((o) => String(o.kind))
    // The running pods are read (a StatefulSet's, two DaemonSet pods, the bare one, the ReplicaSet's); the Job's
    // finished pod is not.
    expect(read.filter((k) => k === 'Pod')).toHaveLength(5)
    const v = await validateSources(live(c), null, 'strict', 'istio')
    const workloads = [
      ...new Set(v.matrix.filter((e) => e.namespace === 'mtls-istio-kinds').map((e) => e.workload)),
    ].filter((w) => w !== '*')
    expect(workloads.sort()).toEqual([
      'CronJob/report',
      'DaemonSet/agent',
      'Job/migrate',
      'Pod/solo',
      'ReplicaSet/legacy',
      'StatefulSet/db',
    ])
    // What has no running pod is judged by its template, and said so: the CronJob (none yet) and the finished Job.
    expect(
      v.findings
        .filter((f) => f.code === 'live-no-running-pod')
        .map((f) => f.resource.name)
        .sort(),
    ).toEqual(['migrate', 'report'])
    for (const { object, origin } of objects) {
      expect(origin).toEqual({ file: null, line: null })
      expect(object.status).toBeUndefined()
      for (const f of ['managedFields', 'resourceVersion', 'uid', 'generation'])
        expect(object.metadata).not.toHaveProperty(f)
      expect(typeof object.apiVersion).toBe('string')
      expect(typeof object.kind).toBe('string')
    }
    // Istio's "oldest policy wins" reads the creation time: kept, as the server set it.
    const pa = objects.find(({ object }) => object.kind === 'PeerAuthentication')!.object
    expect(String(pa.metadata?.creationTimestamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  })

  it('the oldest PeerAuthentication is the one the server created first (creation times are read, not names)', async () => {
    const c = cases.find(({ c }) => c.name === 'oldest-ns')!.c
    const { objects } = await live(c).load()
    const created = (name: string) =>
      Date.parse(
        String(
          objects.find(({ object }) => object.metadata?.name === name)?.object.metadata?.creationTimestamp,
        ),
      )
    expect(created('z-first')).toBeLessThan(created('a-second'))
    const v = await validateSources(live(c), null, 'strict', 'istio')
    expect(v.matrix.find((e) => e.workload === 'Deployment/web')?.mode).toBe('DISABLE')
  })

  it('skips kinds whose CRD is not installed (Linkerd and Gateway API routes here), without error', async () => {
    const reader = apiReader(cluster)
    expect(await reader.list('policy.linkerd.io/v1beta3', 'HTTPRoute')).toBeNull()
    expect(await reader.list('gateway.networking.k8s.io/v1', 'GRPCRoute')).toBeNull()
    expect(
      await reader.list('security.istio.io/v1', 'PeerAuthentication', 'mtls-istio-ns-strict'),
    ).toHaveLength(1)
    expect(LISTED_KINDS.map((k) => k.kind)).toEqual(expect.arrayContaining(['HTTPRoute', 'GRPCRoute']))
  })

  it('without a namespace filter reads the whole cluster, and the corpus rows are the same', async () => {
    const c = cases.find(({ folder }) => folder === 'linkerd')!.c
    const whole = await validateSources(new ClusterSource(harnessCluster()), null, 'strict', 'linkerd')
    const fromFiles = await validateSources(new ManifestSource(c.files), null, 'strict', 'linkerd')
    // The mesh-wide row (`*/*`) is the install default on both sides; the rows of the case's namespaces must agree.
    const ofCase = (v: MtlsValidation) => matrixOf(v).filter((e) => c.namespaces.includes(e.namespace))
    expect(ofCase(whole)).toEqual(ofCase(fromFiles))
    expect(ofCase(fromFiles).length).toBeGreaterThan(0)
    // Other tests' namespaces are there too (the filter is what keeps them out).
    expect(new Set(whole.matrix.map((e) => e.namespace)).size).toBeGreaterThan(c.namespaces.length)
  })

  it('mesh-mtls-gate validate --live --kubeconfig prints the live matrix', async () => {
    const c = cases.find(({ c }) => c.name === 'port-disable')!.c
    let stdout = ''
    let stderr = ''
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) }
    const argv = ['validate', '--kubeconfig', readState().kubeconfig, '--format', 'json']
    const code = await runCli([...argv, '--mesh', 'istio', '--namespace', c.namespaces[0]!], io)
    expect(stderr).toBe('')
    expect(code).toBe(1) // port 9090 is DISABLE, below the default --require strict
    const out = JSON.parse(stdout) as { workloads: { workload: string; port: number | null; mode: string }[] }
    expect(out.workloads.filter((w) => w.workload === 'Deployment/web')).toEqual([
      expect.objectContaining({ port: null, mode: 'STRICT' }),
      expect.objectContaining({ port: 9090, mode: 'DISABLE' }),
    ])
    // Bad input names what is wrong and exits 2.
    stderr = ''
    expect(await runCli([...argv, '--namespace', 'mtls-no-such-namespace'], io)).toBe(2)
    expect(stderr).toMatch(
      /namespace mtls-no-such-namespace does not exist in cluster https:\/\/127\.0\.0\.1:/,
    )
    stderr = ''
    expect(await runCli([...argv, '--context', 'nope'], io)).toBe(2)
    expect(stderr).toMatch(/no context named 'nope'/)
  })
})

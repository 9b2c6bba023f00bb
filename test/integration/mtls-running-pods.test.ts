/**
 * Live mode reads what runs, on the real control plane: the controllers make the pods, the API server's injector
 * stand-ins (injectors.ts) inject them as Istio's and Linkerd's webhooks would, kwok runs them, and
 * `validate --live` judges each Deployment by its running pod. The template and the running pod are made to differ
 * the way they do in clusters: the namespace's injection label changed after the pods were created.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { serverSideApply } from '../../src/k8s/apply.js'
import type { KubeObject, LoadedObjects } from '../../src/k8s/objects.js'
import { pollUntil } from '../../src/k8s/poll.js'
import { apiReader } from '../../src/k8s/reader.js'
import { validateLoaded } from '../../src/mtls/validate.js'
import { ClusterSource, validateSources } from '../../src/pipeline/mtls-sources.js'
import { readState } from './harness/state.js'
import { installInjectorStandIns } from './injectors.js'
import { harnessCluster, installMeshCrds } from './kube.js'

const cluster = harnessCluster()
const INJECTED = 'mtls-run-injected' // labelled for injection when its pods were made, unlabelled since
const LATE = 'mtls-run-late' // labelled for injection only after its pods were made
const LINKERD = 'mtls-run-linkerd'

const ns = (name: string, labels: Record<string, string> = {}, annotations: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels, annotations },
})
const deployment = (namespace: string, name: string, replicas = 1) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'app', image: 'example/app:1', ports: [{ containerPort: 8080 }] }] },
    },
  },
})
const strict = (namespace: string) => ({
  apiVersion: 'security.istio.io/v1',
  kind: 'PeerAuthentication',
  metadata: { name: 'default', namespace },
  spec: { mtls: { mode: 'STRICT' } },
})
const linkerdConfig = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'linkerd-config', namespace: 'linkerd' },
  // The chart's values as the control plane keeps them (charts/linkerd-control-plane/templates/config.yaml).
  data: { values: 'proxy:\n  defaultInboundPolicy: all-authenticated\n' },
}

type Pod = KubeObject & {
  spec: { containers: { name: string }[]; initContainers?: { name: string; restartPolicy?: string }[] }
  status?: { phase?: string }
}

/** The running pods of `app` in `namespace`, once there are `count` of them. */
async function runningPods(namespace: string, app: string, count = 1): Promise<Pod[]> {
  return pollUntil(
    `${count} running pod(s) of ${namespace}/${app}`,
    async () => {
      const pods = ((await apiReader(cluster).list('v1', 'Pod', namespace)) ?? []) as Pod[]
      const mine = pods.filter(
        (p) => (p.metadata?.labels as Record<string, string>)?.app === app && p.status?.phase === 'Running',
      )
      return { done: mine.length === count, value: mine, seen: mine.map((p) => p.status?.phase).join(',') }
    },
    { timeoutMs: 90_000, intervalMs: 250 },
  )
}

/** The same objects as files would give them: what a static read of the manifests judges (templates). */
function asFiles(objects: object[]): LoadedObjects {
  return {
    objects: objects.map((o) => ({ object: o as KubeObject, origin: { file: null, line: null } })),
    values: [],
  }
}

const apply = async (objects: object[]) => {
  for (const o of objects) await serverSideApply(cluster, o as never)
}

describe('validate --live judges the running pods', () => {
  beforeAll(async () => {
    await installMeshCrds(cluster)
    await installInjectorStandIns(cluster)
    await apply([
      ns(INJECTED, { 'istio-injection': 'enabled' }),
      strict(INJECTED),
      deployment(INJECTED, 'web'),
      deployment(INJECTED, 'idle', 0),
      ns(LATE),
      strict(LATE),
      deployment(LATE, 'web'),
      ns(LINKERD, { 'linkerd.io/inject': 'enabled' }, { 'linkerd.io/inject': 'enabled' }),
      deployment(LINKERD, 'web'),
      deployment(LINKERD, 'api'),
      ns('linkerd'),
      linkerdConfig,
    ])
    await runningPods(INJECTED, 'web')
    await runningPods(LATE, 'web')
    await runningPods(LINKERD, 'web')
    await runningPods(LINKERD, 'api')
    // Now the namespaces' injection labels change; the pods that run stay as they were made.
    await apply([ns(INJECTED), ns(LATE, { 'istio-injection': 'enabled' })])
  }, 180_000)

  afterAll(async () => {
    await cluster.objects.delete(linkerdConfig as never).catch(() => undefined)
  })

  it('an injected sidecar the template lacks: the Deployment is judged by its pod (STRICT), not by the template (DISABLE)', async () => {
    const [pod] = await runningPods(INJECTED, 'web')
    expect(pod!.spec.containers.map((c) => c.name)).toEqual(['app', 'istio-proxy'])
    const templateOnly = [ns(INJECTED), strict(INJECTED), deployment(INJECTED, 'web')]
    const fromFiles = validateLoaded(asFiles(templateOnly), null, 'strict', 'istio')
    expect(fromFiles.matrix.find((e) => e.workload === 'Deployment/web')?.mode).toBe('DISABLE')

    const v = await validateSources(new ClusterSource(cluster, INJECTED), null, 'strict', 'istio')
    expect(v.matrix.find((e) => e.workload === 'Deployment/web')).toMatchObject({
      port: null,
      mode: 'STRICT',
      decidedBy: `PeerAuthentication ${INJECTED}/default`,
    })
    const note = v.findings.find((f) => f.code === 'live-judged-by-pod')
    expect(note?.message).toBe(
      `Deployment ${INJECTED}/web is judged by its running pod ${String(pod!.metadata?.name)}, which differs from its template (sidecar istio-proxy added; label security.istio.io/tlsMode=istio; annotation sidecar.istio.io/status={"containers":["istio-proxy"]}): STRICT; the template alone would give DISABLE`,
    )
    // A Deployment scaled to zero has nothing running: its template is judged, and the output says so.
    expect(v.findings.find((f) => f.code === 'live-no-running-pod')?.message).toBe(
      `Deployment ${INJECTED}/idle has no running pod: judged by its pod template`,
    )
  })

  it('the reverse: a namespace labelled after its pods were made has no sidecar running (DISABLE), though its template says STRICT', async () => {
    const [pod] = await runningPods(LATE, 'web')
    expect(pod!.spec.containers.map((c) => c.name)).toEqual(['app'])
    const fromFiles = validateLoaded(
      asFiles([ns(LATE, { 'istio-injection': 'enabled' }), strict(LATE), deployment(LATE, 'web')]),
      null,
      'strict',
      'istio',
    )
    expect(fromFiles.matrix.find((e) => e.workload === 'Deployment/web')?.mode).toBe('STRICT')
    const v = await validateSources(new ClusterSource(cluster, LATE), null, 'strict', 'istio')
    const web = v.matrix.find((e) => e.workload === 'Deployment/web')
    expect(web?.mode).toBe('DISABLE')
    expect(web?.decidedBy).toMatch(/running pod web-[a-z0-9-]+ has no istio-proxy container/)
    expect(v.verdict).toBe('fail')
  })

  it('Linkerd: the native-sidecar proxy is read, the install-wide default comes from linkerd-config, the LABEL warning is said once', async () => {
    const [pod] = await runningPods(LINKERD, 'web')
    expect(pod!.spec.initContainers?.map((c) => [c.name, c.restartPolicy])).toEqual([
      ['linkerd-proxy', 'Always'],
    ])
    let stdout = ''
    let stderr = ''
    const code = await runCli(
      [
        'validate',
        '--kubeconfig',
        readState().kubeconfig,
        '--namespace',
        LINKERD,
        '--mesh',
        'linkerd',
        '--format',
        'json',
      ],
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    )
    expect(stderr).toBe('')
    const out = JSON.parse(stdout) as {
      workloads: {
        namespace: string
        workload: string
        port: number | null
        mode: string
        decidedBy: string
      }[]
      findings: { code: string; message: string }[]
    }
    const installed =
      'default inbound policy all-authenticated: ConfigMap linkerd/linkerd-config values proxy.defaultInboundPolicy'
    for (const w of ['Deployment/api', 'Deployment/web'])
      expect(out.workloads.find((e) => e.workload === w)).toMatchObject({
        mode: 'STRICT',
        decidedBy: installed,
      })
    expect(out.workloads.find((e) => e.namespace === '*' && e.workload === '*')).toMatchObject({
      mode: 'STRICT',
      decidedBy: installed,
    })
    expect(out.findings.filter((f) => f.code === 'linkerd-inject-label').map((f) => f.message)).toEqual([
      `namespace ${LINKERD} has the LABEL linkerd.io/inject=enabled, which Linkerd ignores: injection is controlled by the ANNOTATION linkerd.io/inject`,
    ])
    expect(code).toBe(0)
  })
})

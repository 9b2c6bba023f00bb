/**
 * The live mTLS corpus (fixtures/mtls/live) on the real control plane: which cases there are, applying them, and
 * waiting until the controllers, the scheduler and kwok have made their ReplicaSets and Pods, so that a live read
 * meets the Deployment + ReplicaSet + Pod trio and not just what was applied.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { serverSideApply } from '../../src/k8s/apply.js'
import type { Cluster } from '../../src/k8s/client.js'
import { pollUntil } from '../../src/k8s/poll.js'
import { apiReader } from '../../src/k8s/reader.js'
import { parseManifestText } from '../../src/k8s/manifests.js'
import type { KubeObject } from '../../src/k8s/objects.js'
import { fixture } from '../helpers.js'

export const LIVE_CORPUS = fixture('mtls', 'live')
export type CorpusFolder = 'istio' | 'istio-dataplane' | 'linkerd' | 'cilium'

export interface CorpusCase {
  name: string
  files: string[]
  objects: KubeObject[]
  /** The Namespace objects of the case: the live source's namespace filter. */
  namespaces: string[]
  /** Where the case's `istio` mesh ConfigMap is (its own root namespace), if it has one. */
  istioNamespace?: string
}

/**
 * Istio cases one file each (a case may have its own root namespace, named by its own `istio` ConfigMap); the
 * Linkerd and Cilium folders as one case each (Cilium's install ConfigMap is cluster-wide).
 */
export function corpusCases(folder: CorpusFolder): CorpusCase[] {
  const dir = join(LIVE_CORPUS, folder)
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f))
  const groups = folder.startsWith('istio') ? files.map((f) => [f]) : [files]
  return groups.map((group) => {
    const objects = group.flatMap((f) =>
      parseManifestText(readFileSync(f, 'utf8'), f).objects.map((o) => o.object),
    )
    const mesh = objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === 'istio')
    return {
      name: group.length === 1 ? basename(group[0]!, '.yaml') : folder,
      files: group,
      objects,
      namespaces: objects.filter((o) => o.kind === 'Namespace').map((o) => String(o.metadata?.name)),
      istioNamespace: mesh ? String(mesh.metadata?.namespace) : undefined,
    }
  })
}

/**
 * Applies a case's objects in file order. The server sets creation times itself: an object whose manifest carries
 * a `creationTimestamp` (to tell the static evaluation which of two policies is older) is applied only once the
 * clock is a whole second past the previous such object's, so the server's order is the manifest's.
 */
export async function applyCase(cluster: Cluster, c: CorpusCase): Promise<void> {
  let previous: { stated: number; created: number } | null = null
  for (const object of c.objects) {
    const { creationTimestamp, ...metadata } = object.metadata ?? {}
    const stated = typeof creationTimestamp === 'string' ? Date.parse(creationTimestamp) : null
    if (stated !== null && previous) {
      if (stated <= previous.stated) throw new Error(`${c.name}: creation times must ascend in file order`)
      const after = previous.created + 1000
      await pollUntil(
        'the next second',
        async () => ({ done: Date.now() >= after, value: null, seen: new Date().toISOString() }),
        { timeoutMs: 3000, intervalMs: 50 },
      )
    }
    const applied = await serverSideApply(cluster, { ...object, metadata } as never)
    if (stated !== null) {
      const created = Date.parse(String((applied as KubeObject).metadata?.creationTimestamp))
      previous = { stated, created }
    }
  }
}

/** `namespace/Kind/name` → the names of its pods (a bare Pod is its own), for every workload of the case. */
export type PodsByWorkload = Map<string, string[]>

/**
 * Waits until every controller workload of the case has a Pod that kwok made Running (or, for a Job, Succeeded),
 * and every Deployment its ReplicaSet. CronJobs (scheduled once a year) have none. The corpus's workloads carry
 * `app: <name>` in their pod templates, unique within their namespace.
 */
export async function waitForWorkloads(
  cluster: Cluster,
  c: CorpusCase,
  timeoutMs = 90_000,
): Promise<PodsByWorkload> {
  const reader = apiReader(cluster)
  const kinds = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'Pod'])
  const workloads = c.objects.filter((o) => kinds.has(String(o.kind)))
  return pollUntil(
    `the pods of ${c.name}`,
    async () => {
      const pods = new Map<string, string[]>()
      const missing: string[] = []
      for (const w of workloads) {
        const ns = String(w.metadata?.namespace)
        const name = String(w.metadata?.name)
        const key = `${ns}/${String(w.kind)}/${name}`
        const all = (await reader.list('v1', 'Pod', ns)) ?? []
        const mine = all.filter((p) =>
          w.kind === 'Pod'
            ? p.metadata?.name === name
            : (p.metadata?.labels as Record<string, string> | undefined)?.app === name,
        )
        const phase = (p: KubeObject) => (p.status as { phase?: string } | undefined)?.phase
        const up = mine.filter((p) => phase(p) === 'Running' || phase(p) === 'Succeeded')
        if (up.length === 0) missing.push(`${key} (${mine.map(phase).join(',') || 'no pod'})`)
        if (w.kind === 'Deployment') {
          const sets = ((await reader.list('apps/v1', 'ReplicaSet', ns)) ?? []).filter(
            (r) => (r.metadata?.labels as Record<string, string> | undefined)?.app === name,
          )
          if (sets.length === 0) missing.push(`${key} (no ReplicaSet)`)
        }
        pods.set(key, up.map((p) => String(p.metadata?.name)).sort())
      }
      return { done: missing.length === 0, value: pods, seen: missing.join('; ') }
    },
    { timeoutMs, intervalMs: 250 },
  )
}

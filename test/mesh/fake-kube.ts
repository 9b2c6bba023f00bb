/** KubeOps that records what the installers asked for; no API server. */
import type { KubeObject } from '../../src/k8s/objects.js'
import type { PodEndpoint } from '../../src/k8s/pod-proxy.js'
import type { KubeOps } from '../../src/mesh/kube-ops.js'
import { manifestObjects } from '../../src/mesh/kube-ops.js'

export class FakeKube implements KubeOps {
  calls: string[] = []
  applied: Array<{ source: string; kinds: string[] }> = []
  constructor(
    private readonly crds: Set<string> = new Set(),
    private readonly images: Record<string, string[]> = {},
    /** Objects by `apiVersion/kind`, for listObjects; a listed kind without an entry fails as an API error would. */
    private readonly objects: Record<string, KubeObject[]> = {},
    /**
     * What pods serve, by `namespace/selector:port/path`: one entry per read, each the running pods' answers (pod name
     * → text); the last read repeats. An endpoint without an entry has no running pod.
     */
    private readonly served: Record<string, Array<Record<string, string>>> = {},
  ) {}
  reads: Record<string, number> = {}
  async applyManifests(yaml: string, source: string) {
    const objects = manifestObjects(yaml, source)
    this.applied.push({ source, kinds: objects.map((o) => `${o.kind}/${o.metadata?.name}`) })
    this.calls.push(`apply ${source} (${objects.length})`)
    return objects.length
  }
  async crdExists(name: string) {
    this.calls.push(`crd? ${name}`)
    return this.crds.has(name)
  }
  async waitForDeployment(namespace: string, name: string) {
    this.calls.push(`wait deployment ${namespace}/${name}`)
  }
  async waitForDaemonSet(namespace: string, name: string) {
    this.calls.push(`wait daemonset ${namespace}/${name}`)
  }
  async deploymentImages(namespace: string, name: string) {
    this.calls.push(`images ${namespace}/${name}`)
    return this.images[`${namespace}/${name}`] ?? []
  }
  async getFromPods(e: PodEndpoint) {
    const key = `${e.namespace}/${e.selector}:${e.port}${e.path}`
    this.calls.push(`get ${key}`)
    const reads = this.served[key]
    if (!reads) throw new Error(`no running pod with ${e.selector} in ${e.namespace}`)
    const n = (this.reads[key] = (this.reads[key] ?? 0) + 1)
    return Object.entries(reads[Math.min(n, reads.length) - 1]!).map(([pod, text]) => ({
      pod,
      where: `pod ${e.namespace}/${pod}:${e.port}${e.path}`,
      text,
    }))
  }
  async listObjects(apiVersion: string, kind: string) {
    this.calls.push(`list ${apiVersion}/${kind}`)
    // An empty cluster has no DaemonSets unless the test gives some (Cilium's installer looks for its own).
    const found = this.objects[`${apiVersion}/${kind}`] ?? (kind === 'DaemonSet' ? [] : undefined)
    if (!found) throw new Error(`the server could not find the requested resource (${kind})`)
    return found
  }
}

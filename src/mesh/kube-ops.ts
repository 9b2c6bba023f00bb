/**
 * The Kubernetes operations the installers need, on the foundation's client: raw-JSON server-side apply under the
 * gate's field manager, CRD presence, watch-based waits (never a fixed sleep) and what the mesh's pods serve. Behind an interface so the
 * installers' logic is tested without an API server.
 */
import type { KubernetesObject } from '@kubernetes/client-node'
import { parseAllDocuments } from 'yaml'
import { serverSideApply } from '../k8s/apply.js'
import type { Cluster } from '../k8s/client.js'
import type { KubeObject } from '../k8s/objects.js'
import { getFromPods, type PodEndpoint } from '../k8s/pod-proxy.js'
import { KubernetesApiError } from '../k8s/raw-objects.js'
import { waitForCrdEstablished, waitForDaemonSetRollout, waitForRollout } from '../k8s/wait.js'

export interface KubeOps {
  /** Applies every object of a multi-document YAML stream in order; then waits for its CRDs to be Established. */
  applyManifests(yaml: string, source: string, timeoutMs: number): Promise<number>
  crdExists(name: string): Promise<boolean>
  waitForDeployment(namespace: string, name: string, timeoutMs: number): Promise<void>
  waitForDaemonSet(namespace: string, name: string, timeoutMs: number): Promise<void>
  /** The container images of a Deployment's pod template (the version that runs, when a CLI cannot tell). */
  deploymentImages(namespace: string, name: string): Promise<string[]>
  /** Every object of a kind (in a namespace, when given): what a mesh's agents publish, such as CiliumNodes. */
  listObjects(apiVersion: string, kind: string, namespace?: string): Promise<KubeObject[]>
  /** What each running pod of an endpoint serves (an agent's metrics), through the API server's pod proxy. */
  getFromPods(endpoint: PodEndpoint): Promise<Array<{ pod: string; where: string; text: string }>>
}

/** The objects of a YAML stream as a CLI prints them (`linkerd install`): empty documents and Lists flattened. */
export function manifestObjects(yaml: string, source: string): KubernetesObject[] {
  const out: KubernetesObject[] = []
  for (const doc of parseAllDocuments(yaml)) {
    if (doc.errors.length) throw new Error(`${source}: ${doc.errors[0].message}`)
    const value = doc.toJS() as KubernetesObject | null
    if (!value) continue
    if (value.kind?.endsWith('List') && Array.isArray((value as { items?: unknown }).items))
      out.push(...((value as unknown as { items: KubernetesObject[] }).items ?? []))
    else out.push(value)
  }
  return out
}

export function kubeOps(cluster: Cluster): KubeOps {
  return {
    async applyManifests(yaml, source, timeoutMs) {
      const objects = manifestObjects(yaml, source)
      for (const o of objects) {
        try {
          await serverSideApply(cluster, o)
        } catch (e) {
          const what = `${o.kind} ${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata?.name}`
          throw new Error(`${source}: applying ${what}: ${(e as Error).message}`)
        }
      }
      for (const o of objects)
        if (o.kind === 'CustomResourceDefinition' && o.metadata?.name)
          await waitForCrdEstablished(cluster, o.metadata.name, timeoutMs)
      return objects.length
    },
    async crdExists(name) {
      try {
        await cluster.objects.read({
          apiVersion: 'apiextensions.k8s.io/v1',
          kind: 'CustomResourceDefinition',
          metadata: { name },
        })
        return true
      } catch (e) {
        const code = e instanceof KubernetesApiError ? e.code : (e as { code?: number }).code
        if (code === 404) return false
        throw e
      }
    },
    async waitForDeployment(namespace, name, timeoutMs) {
      await waitForRollout(cluster, namespace, name, timeoutMs)
    },
    async waitForDaemonSet(namespace, name, timeoutMs) {
      await waitForDaemonSetRollout(cluster, namespace, name, timeoutMs)
    },
    async deploymentImages(namespace, name) {
      const d = (await cluster.objects.read({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace },
      })) as {
        spec?: { template?: { spec?: { containers?: Array<{ image?: string }> } } }
      }
      return (d.spec?.template?.spec?.containers ?? []).map((c) => c.image ?? '').filter(Boolean)
    },
    async listObjects(apiVersion, kind, namespace) {
      return (await cluster.objects.list(apiVersion, kind, namespace)).items as KubeObject[]
    },
    getFromPods: (endpoint) => getFromPods(cluster, endpoint),
  }
}

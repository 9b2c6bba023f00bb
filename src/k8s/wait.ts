/**
 * Waiting for a condition on Kubernetes objects by watching them: list once for the current state and a
 * resourceVersion, then watch from there until the predicate holds. Never a fixed sleep; always a bound, and a
 * timeout message that says what was awaited and what was last seen.
 */
import { Watch, type KubernetesObject } from '@kubernetes/client-node'
import type { Cluster } from './client.js'

export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError'
}

export interface WaitSpec<T extends KubernetesObject> {
  apiVersion: string
  kind: string
  namespace?: string
  /** Collection path to watch, e.g. `/apis/apps/v1/namespaces/gate/deployments`. */
  path: string
  /** Only this object. */
  name: string
  /** What is awaited, in words, for the timeout message. */
  what: string
  ready: (object: T) => boolean
  /** A short description of an object's state for the timeout message. */
  describe: (object: T) => string
  timeoutMs: number
  /**
   * How long one watch request may go without an event before it is started again (client-node's request timeout,
   * 30 s by default); only tests shorten it.
   */
  watchIdleMs?: number
}

export async function waitFor<T extends KubernetesObject>(cluster: Cluster, spec: WaitSpec<T>): Promise<T> {
  const fieldSelector = `metadata.name=${spec.name}`
  let last: T | undefined
  let abort: AbortController | undefined
  let timer: NodeJS.Timeout | undefined
  let finished = false
  try {
    return await new Promise<T>((resolve, reject) => {
      timer = setTimeout(() => {
        const seen = last ? spec.describe(last) : 'the object does not exist'
        reject(
          new WaitTimeoutError(
            `timed out after ${spec.timeoutMs / 1000} s waiting for ${spec.what} (last seen: ${seen})`,
          ),
        )
      }, spec.timeoutMs)
      const consider = (object: T) => {
        last = object
        if (spec.ready(object)) resolve(object)
      }
      const start = async () => {
        // The list gives both the current state (the condition may already hold) and where to watch from.
        const list = await cluster.objects.list<T>(
          spec.apiVersion,
          spec.kind,
          spec.namespace,
          undefined,
          undefined,
          undefined,
          fieldSelector,
        )
        for (const item of list.items) consider(item)
        const watch = new Watch(cluster.kubeConfig)
        if (spec.watchIdleMs !== undefined)
          (watch as unknown as { requestTimeoutMs: number }).requestTimeoutMs = spec.watchIdleMs
        abort = await watch.watch(
          spec.path,
          { fieldSelector, resourceVersion: list.metadata?.resourceVersion, allowWatchBookmarks: true },
          (phase, object: T) => {
            if (phase === 'ADDED' || phase === 'MODIFIED') consider(object)
          },
          (err) => {
            // The server ends watches after a while, and client-node ends a watch request that saw no event for
            // its request timeout (a DaemonSet whose pods take a minute to start sends none meanwhile): start again
            // from a fresh list unless we are done. The wait's own bound is the timer above.
            // (client-node aborts the request's own controller before it calls this, so `finished`, not that
            // controller, says whether the wait is over.)
            const restart = !err || ['AbortError', 'TimeoutError'].includes((err as Error).name)
            if (!restart) reject(err)
            else if (!finished) start().catch(reject)
          },
        )
      }
      start().catch(reject)
    })
  } finally {
    finished = true
    clearTimeout(timer)
    abort?.abort()
  }
}

interface DeploymentLike extends KubernetesObject {
  spec?: { replicas?: number }
  status?: {
    observedGeneration?: number
    replicas?: number
    updatedReplicas?: number
    availableReplicas?: number
  }
}

/** A Deployment has rolled out when the controller saw its generation and every replica is updated and available. */
export function deploymentRolledOut(d: DeploymentLike): boolean {
  const want = d.spec?.replicas ?? 1
  const s = d.status ?? {}
  return (
    (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1) &&
    (s.updatedReplicas ?? 0) === want &&
    (s.availableReplicas ?? 0) === want &&
    (s.replicas ?? 0) === want
  )
}

export function waitForRollout(cluster: Cluster, namespace: string, name: string, timeoutMs: number) {
  return waitFor<DeploymentLike>(cluster, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    namespace,
    path: `/apis/apps/v1/namespaces/${namespace}/deployments`,
    name,
    what: `deployment ${namespace}/${name} to roll out`,
    ready: deploymentRolledOut,
    describe: (d) =>
      `${d.status?.updatedReplicas ?? 0} updated, ${d.status?.availableReplicas ?? 0} available of ${d.spec?.replicas ?? 1}`,
    timeoutMs,
  })
}

interface CrdLike extends KubernetesObject {
  status?: { conditions?: Array<{ type: string; status: string; reason?: string }> }
}

export function waitForCrdEstablished(cluster: Cluster, name: string, timeoutMs: number) {
  return waitFor<CrdLike>(cluster, {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    path: '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
    name,
    what: `CustomResourceDefinition ${name} to be Established`,
    ready: (c) => c.status?.conditions?.some((x) => x.type === 'Established' && x.status === 'True') ?? false,
    describe: (c) => JSON.stringify(c.status?.conditions ?? []),
    timeoutMs,
  })
}

interface DaemonSetLike extends KubernetesObject {
  status?: {
    observedGeneration?: number
    desiredNumberScheduled?: number
    updatedNumberScheduled?: number
    numberAvailable?: number
    numberReady?: number
  }
}

/**
 * A DaemonSet has rolled out when the controller saw its generation and every scheduled pod is updated and
 * available. Zero scheduled pods is not rolled out: a node-level data plane (ztunnel, istio-cni, cilium) on no
 * node serves nothing.
 */
export function daemonSetRolledOut(d: DaemonSetLike): boolean {
  const s = d.status ?? {}
  const want = s.desiredNumberScheduled ?? 0
  return (
    (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1) &&
    want > 0 &&
    (s.updatedNumberScheduled ?? 0) === want &&
    (s.numberAvailable ?? 0) === want
  )
}

export function waitForDaemonSetRollout(
  cluster: Cluster,
  namespace: string,
  name: string,
  timeoutMs: number,
) {
  return waitFor<DaemonSetLike>(cluster, {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    namespace,
    path: `/apis/apps/v1/namespaces/${namespace}/daemonsets`,
    name,
    what: `daemonset ${namespace}/${name} to roll out`,
    ready: daemonSetRolledOut,
    describe: (d) =>
      `${d.status?.updatedNumberScheduled ?? 0} updated, ${d.status?.numberAvailable ?? 0} available of ` +
      `${d.status?.desiredNumberScheduled ?? 0} scheduled`,
    timeoutMs,
  })
}

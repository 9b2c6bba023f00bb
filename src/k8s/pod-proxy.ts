/**
 * What pods serve on a port (a proxy's or a node agent's metrics), read through the API server's pod proxy
 * (`/api/v1/namespaces/NS/pods/POD:PORT/proxy/PATH`): no port-forward and no network path to the pods is needed.
 */
import type { Cluster } from './client.js'

export interface PodEndpoint {
  namespace: string
  /** A label selector of the pods (`k8s-app=cilium`). */
  selector: string
  port: number
  /** The path on the pod, with its leading slash (`/metrics`). */
  path: string
}

/** Each running pod's answer, as text; no running pod is an error naming the selector and namespace. */
export async function getFromPods(
  cluster: Cluster,
  e: PodEndpoint,
): Promise<Array<{ pod: string; where: string; text: string }>> {
  const pods = (
    await cluster.objects.list(
      'v1',
      'Pod',
      e.namespace,
      undefined,
      undefined,
      undefined,
      undefined,
      e.selector,
    )
  ).items as Array<{ metadata: { name: string }; status?: { phase?: string } }>
  const running = pods.filter((p) => p.status?.phase === 'Running')
  if (running.length === 0) throw new Error(`no running pod with ${e.selector} in ${e.namespace}`)
  const out = []
  for (const p of running) {
    const path = `/api/v1/namespaces/${encodeURIComponent(e.namespace)}/pods/${encodeURIComponent(p.metadata.name)}:${e.port}/proxy${e.path}`
    out.push({
      pod: p.metadata.name,
      where: `pod ${e.namespace}/${p.metadata.name}:${e.port}${e.path}`,
      text: await cluster.objects.getText(path),
    })
  }
  return out
}

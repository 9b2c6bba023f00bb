/**
 * A command in a container of a pod on the harness's node, through the node's containerd (`ctr task exec`): what
 * `kubectl exec` does through the API server, without a client for its streaming protocol. Bounded.
 */
import { spawnSync } from 'node:child_process'
import type { Cluster } from '../../../src/k8s/client.js'

const SOCKET = '/run/containerd/containerd.sock'

type Pod = {
  metadata: { name: string; namespace: string }
  status?: { containerStatuses?: { name: string; containerID?: string; ready?: boolean }[] }
}

/** The pods of `namespace` whose label `key` is `value`. */
export async function podsOf(
  cluster: Cluster,
  namespace: string,
  key: string,
  value: string,
): Promise<Pod[]> {
  const pods = (await cluster.objects.list('v1', 'Pod', namespace)).items as (Pod & {
    metadata: { labels?: Record<string, string> }
  })[]
  return pods.filter((p) => p.metadata.labels?.[key] === value)
}

/** Runs `args` in `container` of `pod`; its output (stdout then stderr), or an error naming the pod and what it printed. */
export function execIn(pod: Pod, container: string, args: string[], timeoutMs = 30_000): string {
  const id = pod.status?.containerStatuses
    ?.find((c) => c.name === container)
    ?.containerID?.replace(/^containerd:\/\//, '')
  if (!id) throw new Error(`${pod.metadata.namespace}/${pod.metadata.name} has no running ${container}`)
  const r = spawnSync(
    'ctr',
    [
      '--address',
      SOCKET,
      '-n',
      'k8s.io',
      'task',
      'exec',
      '--exec-id',
      `e2e-${process.pid}-${Date.now()}`,
      id,
      ...args,
    ],
    { encoding: 'utf8', timeout: timeoutMs },
  )
  if (r.status !== 0)
    throw new Error(
      `${args.join(' ')} in ${pod.metadata.namespace}/${pod.metadata.name}/${container}: exit ${r.status}: ${r.stderr}${r.stdout}`,
    )
  return `${r.stdout}${r.stderr}`
}

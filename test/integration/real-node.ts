/**
 * Helpers for tests on the harness's real node (harness/node.ts): by default the node is tainted and the kwok nodes
 * take every pod, as the other tests expect; `onlyRealNode` reverses that for one test file (tests run one at a
 * time) and `restoreNodes` puts it back.
 */
import type { Cluster } from '../../src/k8s/client.js'
import { NODE_NAMES } from './harness/control-plane.js'
import { REAL_NODE, REAL_NODE_TAINT } from './harness/node.js'

type Taint = { key: string; value?: string; effect: string }

async function mergePatchNode(cluster: Cluster, name: string, spec: Record<string, unknown>) {
  await cluster.objects.send(
    'PATCH',
    { apiVersion: 'v1', kind: 'Node', metadata: { name } },
    'patch',
    {},
    { spec },
    'application/merge-patch+json',
  )
}

async function realNodeTaints(cluster: Cluster): Promise<Taint[]> {
  const node = await cluster.objects.send<{ spec?: { taints?: Taint[] } }>(
    'GET',
    { apiVersion: 'v1', kind: 'Node', metadata: { name: REAL_NODE } },
    'read',
    {},
  )
  return (node.spec?.taints ?? []).filter((t) => t.key !== REAL_NODE_TAINT.key)
}

/** Cordons the kwok nodes and lifts the real node's taint: new pods can only go to the real node. */
export async function onlyRealNode(cluster: Cluster): Promise<void> {
  for (const name of NODE_NAMES) await mergePatchNode(cluster, name, { unschedulable: true })
  await mergePatchNode(cluster, REAL_NODE, { taints: await realNodeTaints(cluster) })
}

/** The other way round: kwok nodes schedulable again, the real node tainted again. */
export async function restoreNodes(cluster: Cluster): Promise<void> {
  for (const name of NODE_NAMES) await mergePatchNode(cluster, name, { unschedulable: null })
  await mergePatchNode(cluster, REAL_NODE, { taints: [...(await realNodeTaints(cluster)), REAL_NODE_TAINT] })
}

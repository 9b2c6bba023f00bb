import { describe, expect, it } from '@jest/globals'
import { serverSideApply } from '../../src/k8s/apply.js'
import { WaitTimeoutError, waitForRollout } from '../../src/k8s/wait.js'
import { NODE_NAMES } from './harness/control-plane.js'
import { REAL_NODE } from './harness/node.js'
import { readState } from './harness/state.js'
import { createNamespace, deployment, harnessCluster } from './kube.js'

describe('the real control plane', () => {
  const cluster = harnessCluster()

  it('runs the pinned versions', () => {
    const v = readState().versions
    expect(v['kube-apiserver']).toMatch(/^v1\.\d+\.\d+$/)
    expect(v.etcd).toMatch(/^v3\.[56]\./)
    expect(v.kwok).toMatch(/^v0\.\d+\.\d+$/)
    expect(v.fortio).toBe('v1.75.2')
  })

  it('has kwok nodes that are Ready and only have loopback addresses', async () => {
    const all = await cluster.objects.list('v1', 'Node')
    // Besides them, the harness's real node (node.test.ts), at its address on the node bridge.
    expect(all.items.map((n) => n.metadata!.name).sort()).toEqual([...NODE_NAMES, REAL_NODE].sort())
    const nodes = { items: all.items.filter((n) => n.metadata!.name !== REAL_NODE) }
    for (const n of nodes.items) {
      const addresses = (n as unknown as { status: { addresses: Array<{ type: string; address: string }> } })
        .status.addresses
      for (const a of addresses.filter((x) => x.type.endsWith('IP'))) expect(a.address).toBe('127.0.0.1')
    }
  })

  it('rolls a Deployment out (controller-manager, scheduler, kwok) and the gate’s wait sees it through a watch', async () => {
    await createNamespace(cluster, 'rollout')
    await serverSideApply(cluster, deployment('rollout', 'server'))
    const done = await waitForRollout(cluster, 'rollout', 'server', 60_000)
    expect(done.status?.availableReplicas).toBe(2)
    // The scheduler bound the pods to the kwok nodes and kwok made them Running.
    const pods = await cluster.objects.list('v1', 'Pod', 'rollout')
    expect(pods.items).toHaveLength(2)
    for (const p of pods.items as Array<{ spec: { nodeName: string }; status: { phase: string } }>) {
      expect(NODE_NAMES).toContain(p.spec.nodeName)
      expect(p.status.phase).toBe('Running')
    }
  })

  it('times out with a message that says what it waited for and what it saw', async () => {
    await createNamespace(cluster, 'stuck')
    // No node has this label: the pods stay Pending and the rollout never completes.
    await serverSideApply(
      cluster,
      deployment('stuck', 'server', { nodeSelector: { 'no-such-node': 'true' } }),
    )
    const wait = waitForRollout(cluster, 'stuck', 'server', 3_000)
    await expect(wait).rejects.toThrow(WaitTimeoutError)
    await expect(waitForRollout(cluster, 'stuck', 'server', 1_000)).rejects.toThrow(
      /timed out after 1 s waiting for deployment stuck\/server to roll out \(last seen: \d updated, 0 available of 2\)/,
    )
  })
})

describe('node proxy', () => {
  it('a node without a kubelet (kwok) gives a clear error from the Summary API adapter, not a hang', async () => {
    const { clusterNodeStats } = await import('../../src/resources/sampler.js')
    await expect(clusterNodeStats(harnessCluster()).summary('kwok-node-0')).rejects.toThrow(
      /cannot read the kubelet Summary API of node kwok-node-0 through the API server: /,
    )
  })
})

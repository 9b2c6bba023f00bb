import { describe, expect, it } from '@jest/globals'
import { serverSideApply } from '../../src/k8s/apply.js'
import { waitForRollout } from '../../src/k8s/wait.js'
import {
  CLIENT,
  GATE_NAMESPACE,
  PROBE,
  PROBE_NAMESPACE,
  SERVER,
  gateWorkloads,
} from '../../src/load/workloads.js'
import { INSTALLERS } from '../../src/mesh/install.js'
import { awaitNamespacesSettled, harnessCluster } from './kube.js'

describe('the gate’s workloads on the real control plane', () => {
  const cluster = harnessCluster()

  it('are accepted, roll out, and put client and server on different nodes', async () => {
    await awaitNamespacesSettled(cluster, [GATE_NAMESPACE, PROBE_NAMESPACE])
    for (const o of gateWorkloads({ mesh: INSTALLERS.linkerd, nodeLabels: null }))
      await serverSideApply(cluster, o as never)
    await waitForRollout(cluster, GATE_NAMESPACE, SERVER, 60_000)
    await waitForRollout(cluster, GATE_NAMESPACE, CLIENT, 60_000)
    await waitForRollout(cluster, PROBE_NAMESPACE, PROBE, 60_000)
    const pods = (await cluster.objects.list('v1', 'Pod', GATE_NAMESPACE)).items as Array<{
      metadata: { labels: Record<string, string> }
      spec: { nodeName: string }
    }>
    const nodeOf = (app: string) => pods.find((p) => p.metadata.labels.app === app)!.spec.nodeName
    expect(nodeOf(SERVER)).not.toBe(nodeOf(CLIENT))
    const ns = (await cluster.objects.read({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: GATE_NAMESPACE },
    })) as {
      metadata: { annotations?: Record<string, string> }
    }
    expect(ns.metadata.annotations?.['linkerd.io/inject']).toBe('enabled')
  })
})

/**
 * The harness's real node (harness/node.ts) does what the gate needs of a cluster's nodes: real containers from
 * the images the project builds, readiness probes the kubelet runs, exec through the API server (websocket), the
 * kubelet Summary API through the node proxy, pod-to-pod traffic over the node's bridge with Service names
 * resolved by the harness's DNS stand-in, and pod logs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { serverSideApply } from '../../src/k8s/apply.js'
import { waitForRollout } from '../../src/k8s/wait.js'
import { clusterExec } from '../../src/load/exec.js'
import { clusterNodeStats } from '../../src/resources/sampler.js'
import { NODE_IP, POD_SUBNET, REAL_NODE } from './harness/node.js'
import { readState } from './harness/state.js'
import { createNamespace, harnessCluster } from './kube.js'
import { onlyRealNode, restoreNodes } from './real-node.js'

const NS = 'real-node'

function fortio(name: string, image: string, args: string[]) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: NS },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'fortio',
              image,
              args,
              ports: [{ containerPort: 8080 }],
              readinessProbe: { httpGet: { path: '/debug', port: 8080 }, periodSeconds: 1 },
            },
          ],
        },
      },
    },
  }
}

type Pod = {
  metadata: { name: string; labels: Record<string, string> }
  spec: { nodeName: string }
  status: { podIP: string }
}

describe('the real node', () => {
  const cluster = harnessCluster()
  const state = readState()
  const image = state.node!.images.fortio

  beforeAll(async () => {
    await onlyRealNode(cluster)
  })
  afterAll(async () => {
    await cluster.objects
      .delete({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } } as never)
      .catch(() => undefined)
    await restoreNodes(cluster)
  })

  it('is Ready with the kubelet and containerd the harness started, at its address on the bridge', async () => {
    const node = (await cluster.objects.read({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: REAL_NODE },
    } as never)) as unknown as {
      status: {
        addresses: Array<{ type: string; address: string }>
        nodeInfo: { kubeletVersion: string; containerRuntimeVersion: string }
      }
    }
    expect(node.status.addresses).toContainEqual({ type: 'InternalIP', address: NODE_IP })
    expect(node.status.nodeInfo.kubeletVersion).toBe(state.versions.kubelet)
    expect(node.status.nodeInfo.containerRuntimeVersion).toMatch(/^containerd:\/\/1\.\d+\.\d+/)
  })

  it('runs real pods: readiness, exec over the API server, pod-to-pod through a Service name, Summary API, logs', async () => {
    await createNamespace(cluster, NS)
    await serverSideApply(cluster, fortio('echo', image, ['server', '-http-port', '8080']) as never)
    await serverSideApply(cluster, {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'echo', namespace: NS },
      spec: { selector: { app: 'echo' }, ports: [{ port: 8080, targetPort: 8080 }] },
    } as never)
    await serverSideApply(cluster, fortio('load', image, ['server', '-http-port', '8080']) as never)
    await waitForRollout(cluster, NS, 'echo', 90_000)
    await waitForRollout(cluster, NS, 'load', 90_000)
    const pods = (await cluster.objects.list('v1', 'Pod', NS)).items as unknown as Pod[]
    for (const p of pods) {
      expect(p.spec.nodeName).toBe(REAL_NODE)
      expect(p.status.podIP.startsWith(POD_SUBNET.split('.').slice(0, 3).join('.') + '.')).toBe(true)
    }
    const load = pods.find((p) => p.metadata.labels.app === 'load')!

    // Fortio in the pod, through the API server's exec; the Service name resolves to the echo pod's address.
    const out = await clusterExec(cluster).exec(
      NS,
      load.metadata.name,
      'fortio',
      [
        'fortio',
        'load',
        '-qps',
        '200',
        '-c',
        '2',
        '-t',
        '3s',
        '-json',
        '-',
        `http://echo.${NS}.svc.cluster.local:8080/echo`,
      ],
      30_000,
    )
    expect(out.success).toBe(true)
    const result = JSON.parse(out.stdout) as {
      RetCodes: Record<string, number>
      DurationHistogram: { Count: number }
    }
    expect(result.RetCodes['200']).toBeGreaterThan(400)
    expect(result.DurationHistogram.Count).toBe(result.RetCodes['200'])

    // The kubelet's Summary API through the API server's node proxy: real CPU of the containers that did the work.
    const summary = JSON.parse(await clusterNodeStats(cluster).summary(REAL_NODE)) as {
      pods: Array<{
        podRef: { name: string; namespace: string }
        containers: Array<{
          name: string
          cpu?: { usageCoreNanoSeconds?: number }
          memory?: { workingSetBytes?: number }
        }>
      }>
    }
    const mine = summary.pods.filter((p) => p.podRef.namespace === NS)
    expect(mine).toHaveLength(2)
    for (const p of mine) {
      const c = p.containers.find((x) => x.name === 'fortio')!
      expect(c.cpu?.usageCoreNanoSeconds).toBeGreaterThan(0)
      expect(c.memory?.workingSetBytes).toBeGreaterThan(0)
    }

    const logs = await cluster.objects.getText(`/api/v1/namespaces/${NS}/pods/${load.metadata.name}/log`)
    expect(logs).toMatch(/Fortio/)
  })
})

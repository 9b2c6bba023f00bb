/** Helpers for integration tests: a client of the harness's API server and small object builders. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { unshapedHandle, type ClusterHandle } from '../../src/cluster/types.js'
import { serverSideApply } from '../../src/k8s/apply.js'
import { connect, type Cluster } from '../../src/k8s/client.js'
import { pollUntil } from '../../src/k8s/poll.js'
import { waitForCrdEstablished } from '../../src/k8s/wait.js'
import { SHARED } from '../helpers.js'
import { readState } from './harness/state.js'

const CRDS = join(SHARED, 'crds')

/** Installs the real mesh CRDs from ../shared/crds (idempotent: server-side apply) and waits until Established. */
export async function installMeshCrds(cluster: Cluster): Promise<string[]> {
  if (!existsSync(CRDS)) throw new Error(`the mesh CRDs are missing: ${CRDS}`)
  const names: string[] = []
  for (const f of readdirSync(CRDS).filter((x) => x.endsWith('.yaml'))) {
    for (const doc of parseAllDocuments(readFileSync(join(CRDS, f), 'utf8'))) {
      const crd = doc.toJS()
      if (crd?.kind !== 'CustomResourceDefinition') continue
      await serverSideApply(cluster, crd)
      names.push(crd.metadata.name)
    }
  }
  for (const name of names) await waitForCrdEstablished(cluster, name, 30_000)
  return names
}

/** The harness's control plane as a cluster provider hands it over: one the gate did not create. */
export function harnessHandle(): ClusterHandle {
  const state = readState()
  return unshapedHandle({
    provider: 'existing',
    name: 'harness',
    kubeconfigPath: state.kubeconfig,
    created: false,
    kubernetesVersion: state.versions['kube-apiserver'] ?? null,
  })
}

export function harnessCluster(): Cluster {
  return connect(readState().kubeconfig)
}

export async function createNamespace(cluster: Cluster, name: string): Promise<void> {
  await serverSideApply(cluster, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } })
}

/**
 * Waits until none of `names` is terminating. An earlier suite's clean-up deletes the gate's namespaces without waiting,
 * and nothing can be created in a namespace that is being deleted (the CI run of d0ab98e failed on exactly that).
 */
export async function awaitNamespacesSettled(cluster: Cluster, names: readonly string[]): Promise<void> {
  type Ns = { metadata?: { name?: string; deletionTimestamp?: string } }
  await pollUntil(
    `namespaces ${names.join(', ')} to finish terminating`,
    async () => {
      const items = (await cluster.objects.list('v1', 'Namespace')).items as Ns[]
      const terminating = items.filter(
        (n) => n.metadata?.deletionTimestamp && names.includes(String(n.metadata.name)),
      )
      return {
        done: terminating.length === 0,
        value: undefined,
        seen: terminating.map((n) => n.metadata?.name).join(', '),
      }
    },
    { timeoutMs: 120_000, intervalMs: 500 },
  )
}

export function deployment(namespace: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: 'fortio/fortio:1.75.2' }], ...extra },
      },
    },
  }
}

/**
 * Removes the ingress gateway that Istio's default profile installs (the istioctl install suite), and waits for its
 * pods to go: `istioctl x describe pod` port-forwards to any gateway pod it finds, and a kwok pod has no kubelet.
 */
export async function removeIstioIngressGateway(cluster: Cluster): Promise<void> {
  await cluster.objects
    .delete({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'istio-ingressgateway', namespace: 'istio-system' },
    })
    .catch(() => undefined)
  await pollUntil(
    'the ingress gateway pods to be deleted',
    async () => {
      const pods = (await cluster.objects.list('v1', 'Pod', 'istio-system')).items
      const left = pods.filter((p) => p.metadata?.labels?.istio === 'ingressgateway').length
      return { done: left === 0, value: null, seen: `${left} pod(s)` }
    },
    { timeoutMs: 60_000, intervalMs: 200 },
  )
}

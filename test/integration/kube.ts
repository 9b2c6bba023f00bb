/** Helpers for integration tests: a client of the harness's API server and small object builders. */
import { connect, type Cluster } from '../../src/k8s/client.js'
import { readState } from './harness/state.js'

export function harnessCluster(): Cluster {
  return connect(readState().kubeconfig)
}

export async function createNamespace(cluster: Cluster, name: string): Promise<void> {
  await cluster.objects.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })
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

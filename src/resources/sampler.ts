/**
 * Data-plane overhead during a repetition: the kubelet Summary API of every node, read through the API server's
 * node proxy at the start and at the end of the repetition. CPU is the delta of `usageCoreNanoSeconds` over the
 * interval (robust where `usageNanoCores` is missing or a 10-second average), memory the working set at the end.
 */
import { newCpuHistory, parseResourcePayload, rememberCpuCounters } from './payloads.js'
import type { Cluster } from '../k8s/client.js'
import type { ResourceSample } from '../results/schema.js'

/** Reads one node's Summary API as text; the cluster implementation GETs /api/v1/nodes/NODE/proxy/stats/summary. */
export interface NodeStatsSource {
  summary(node: string): Promise<string>
}

/** Which containers count: the gate's workloads and the node-level data plane, not the rest of the cluster. */
export interface SampleScope {
  nodes: string[]
  /** Namespaces whose pods are measured (the gate's meshed namespace and the mesh's system namespaces). */
  namespaces: string[]
}

export class OverheadSampler {
  constructor(
    private readonly source: NodeStatsSource,
    private readonly scope: SampleScope,
  ) {}

  /** Runs `work` (one repetition) between two readings and returns the sample of that interval. */
  async during<T>(
    repetition: number,
    work: () => Promise<T>,
  ): Promise<{ result: T; sample: ResourceSample }> {
    const history = newCpuHistory()
    for (const node of this.scope.nodes) rememberCpuCounters(await this.source.summary(node), history)
    const result = await work()
    const sample = await this.read(repetition, history)
    return { result, sample }
  }

  private async read(repetition: number, history: ReturnType<typeof newCpuHistory>): Promise<ResourceSample> {
    const merged: ResourceSample = {
      repetition,
      timestamp: null,
      source: `kubelet stats/summary of ${this.scope.nodes.join(', ')}`,
      containers: [],
    }
    for (const node of this.scope.nodes) {
      const text = await this.source.summary(node)
      const sample = parseResourcePayload(
        scoped(text, this.scope.namespaces),
        `stats/summary of node ${node}`,
        repetition,
        history,
      )
      merged.timestamp ??= sample.timestamp
      merged.containers.push(...sample.containers)
    }
    return merged
  }
}

/** Keeps only the pods of the given namespaces, so that the rest of the cluster neither counts nor fails parsing. */
function scoped(text: string, namespaces: readonly string[]): string {
  const summary = JSON.parse(text) as { pods?: Array<{ podRef?: { namespace?: string } }> }
  summary.pods = (summary.pods ?? []).filter((p) => namespaces.includes(p.podRef?.namespace ?? ''))
  return JSON.stringify(summary)
}

/** The Summary API through the API server's node proxy (kubelet port, authorised by the API server). */
export function clusterNodeStats(cluster: Cluster): NodeStatsSource {
  return {
    summary: (node) =>
      cluster.objects
        .getText(`/api/v1/nodes/${encodeURIComponent(node)}/proxy/stats/summary`)
        .catch((e: Error) => {
          throw new Error(
            `cannot read the kubelet Summary API of node ${node} through the API server: ${e.message}`,
          )
        }),
  }
}

/**
 * Data-plane overhead during a repetition: the kubelet Summary API of every node, read through the API server's
 * node proxy at the start and at the end of the repetition. CPU is the delta of `usageCoreNanoSeconds` over the
 * interval (robust where `usageNanoCores` is missing or a 10-second average), memory the working set at the end.
 */
import { newCpuHistory, parseResourcePayload, rememberCpuCounters } from './payloads.js'
import type { ContainerRoles } from './attribution.js'
import type { Cluster } from '../k8s/client.js'
import type { ResourceSample } from '../results/schema.js'

/** Reads one node's Summary API as text; the cluster implementation GETs /api/v1/nodes/NODE/proxy/stats/summary. */
export interface NodeStatsSource {
  summary(node: string): Promise<string>
}

/** Which containers count: the gate's workloads and the node-level data plane, not the rest of the cluster. */
export interface SampleScope {
  /** The nodes to read, or how to find them before each repetition (the nodes the scoped pods run on). */
  nodes: string[] | (() => Promise<string[]>)
  /** Namespaces whose pods are measured (the gate's meshed namespace and the mesh's system namespaces). */
  namespaces: string[]
  /**
   * The mesh's own namespaces among them (kube-system for Cilium, where CoreDNS and the operator run too): only
   * their data-plane containers count. Their other pods (an operator, a SPIRE server, istiod) are not workloads
   * the data plane serves, so they must not count as meshed pods over which the node agents are amortised.
   */
  systemNamespaces?: readonly string[]
  /** Which containers are the data plane (the mesh installers'). */
  roles: ContainerRoles
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
    const nodes = typeof this.scope.nodes === 'function' ? await this.scope.nodes() : this.scope.nodes
    for (const node of nodes) rememberCpuCounters(await this.source.summary(node), history)
    const result = await work()
    const sample = await this.read(repetition, history, nodes)
    return { result, sample }
  }

  private async read(
    repetition: number,
    history: ReturnType<typeof newCpuHistory>,
    nodes: readonly string[],
  ): Promise<ResourceSample> {
    const merged: ResourceSample = {
      repetition,
      timestamp: null,
      source: `kubelet stats/summary of ${nodes.join(', ')}`,
      containers: [],
    }
    for (const node of nodes) {
      const text = scoped(await this.source.summary(node), this.scope.namespaces)
      // A node without the gate's pods (the control plane, say) has nothing to contribute.
      if (text === null) continue
      const sample = parseResourcePayload(
        text,
        `stats/summary of node ${node}`,
        repetition,
        this.scope.roles,
        history,
      )
      merged.timestamp ??= sample.timestamp
      const system = new Set(this.scope.systemNamespaces ?? [])
      merged.containers.push(...sample.containers.filter((c) => c.role !== 'app' || !system.has(c.namespace)))
    }
    if (merged.containers.length === 0) {
      throw new Error(
        `no container of namespaces ${this.scope.namespaces.join(', ')} in the Summary API of nodes ${nodes.join(', ')}`,
      )
    }
    return merged
  }
}

/**
 * Keeps only the pods of the given namespaces, so that the rest of the cluster neither counts nor fails parsing;
 * null when none is left.
 */
function scoped(text: string, namespaces: readonly string[]): string | null {
  const summary = JSON.parse(text) as { pods?: Array<{ podRef?: { namespace?: string } }> }
  summary.pods = (summary.pods ?? []).filter((p) => namespaces.includes(p.podRef?.namespace ?? ''))
  return summary.pods.length === 0 ? null : JSON.stringify(summary)
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

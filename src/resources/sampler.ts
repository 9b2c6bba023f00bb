/**
 * Data-plane overhead during a repetition: the kubelet Summary API of every node, read through the API server's
 * node proxy at the start and at the end of the repetition. CPU is the delta of `usageCoreNanoSeconds` over the
 * interval (robust where `usageNanoCores` is missing or a 10-second average), memory the working set at the end.
 */
import { pollUntil, PollTimeoutError } from '../k8s/poll.js'
import { cpuCountersRefreshed, newCpuHistory, parseResourcePayload, rememberCpuCounters } from './payloads.js'
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

/**
 * How long the end of a repetition waits for the kubelet's next stats (cAdvisor's housekeeping: 10 s, stretched up to
 * 15 s when containers are idle), read again every second.
 */
export const STATS_REFRESH = { timeoutMs: 30_000, intervalMs: 1_000 }

export class OverheadSampler {
  constructor(
    private readonly source: NodeStatsSource,
    private readonly scope: SampleScope,
    private readonly refresh: { timeoutMs: number; intervalMs: number } = STATS_REFRESH,
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

  /**
   * The node's stats (scoped: null when none of its pods is in scope) once its CPU counters are newer than those
   * read at the repetition's start. A repetition shorter
   * than the kubelet's stats interval can end before any refresh; the counters read then are the start's, and the
   * only CPU figure left in them (`usageNanoCores`) is an average over an interval before the repetition (in an
   * alternating run, possibly the other side's or a mesh re-install's). So the end waits for the next refresh: the
   * delta then spans the repetition and at most one stats interval around it. No refresh within the bound: the
   * last reading, as before.
   */
  private async refreshedSummary(
    node: string,
    history: ReturnType<typeof newCpuHistory>,
  ): Promise<string | null> {
    let last: string | null = null
    try {
      return await pollUntil(
        `the kubelet's next stats of node ${node}`,
        async () => {
          last = scoped(await this.source.summary(node), this.scope.namespaces)
          return {
            done: last === null || cpuCountersRefreshed(last, history, this.scope.roles),
            value: last,
            seen: 'the same CPU counters',
          }
        },
        this.refresh,
      )
    } catch (e) {
      if (e instanceof PollTimeoutError) return last
      throw e
    }
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
      const text = await this.refreshedSummary(node, history)
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

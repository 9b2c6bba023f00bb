/**
 * Reads resource samples from the two payloads a cluster serves: metrics.k8s.io/v1beta1 PodMetrics (and
 * PodMetricsList) from metrics-server, and the kubelet Summary API (`/api/v1/nodes/NODE/proxy/stats/summary`).
 */
import { InputError } from '../errors.js'
import type { ContainerUsage, ResourceSample } from '../results/schema.js'
import { roleOf, type ContainerRoles } from './attribution.js'
import { parseQuantity } from './quantity.js'

const MIB = 2 ** 20

interface CumulativeCpu {
  /** usageCoreNanoSeconds by namespace/pod/container, with the time it was read. */
  readonly byContainer: Map<string, { coreNanoSeconds: number; time: number }>
}

/** Keeps the previous Summary API reading so that CPU can come from deltas when usageNanoCores is missing. */
export function newCpuHistory(): CumulativeCpu {
  return { byContainer: new Map() }
}

/** A container's key in the CPU history: namespace/pod/container. */
function counterKey(p: SummaryPod, c: SummaryContainer): string {
  return `${p.podRef?.namespace ?? ''}/${p.podRef?.name}/${c.name ?? ''}`
}

/** When the kubelet read a container's CPU counters (ms since the epoch), NaN when it does not say. */
function cpuTime(c: SummaryContainer): number {
  return c.cpu?.time ? Date.parse(c.cpu.time) : NaN
}

/** Only remembers a Summary API reading's cumulative CPU counters: the start of an interval to measure. */
export function rememberCpuCounters(text: string, history: CumulativeCpu): void {
  const summary = JSON.parse(text) as { pods?: SummaryPod[] }
  for (const p of summary.pods ?? []) {
    for (const c of p.containers ?? []) {
      const time = cpuTime(c)
      const cumulative = c.cpu?.usageCoreNanoSeconds
      if (cumulative !== undefined && Number.isFinite(time))
        history.byContainer.set(counterKey(p, c), { coreNanoSeconds: cumulative, time })
    }
  }
}

/**
 * Whether a Summary API reading has CPU counters newer than those remembered in `history` for every data-plane
 * container (sidecar or node agent: what the gate compares) it shares with it: the kubelet serves cAdvisor's counters
 * as of its last housekeeping (every 10 s or more), so a reading taken soon after another may still carry the same
 * ones. Other containers are left out: an idle one is refreshed less often, and its CPU is not compared.
 */
export function cpuCountersRefreshed(text: string, history: CumulativeCpu, roles: ContainerRoles): boolean {
  const summary = JSON.parse(text) as { pods?: SummaryPod[] }
  for (const p of summary.pods ?? []) {
    for (const c of p.containers ?? []) {
      if (roleOf(c.name ?? '', roles) === 'app') continue
      const time = cpuTime(c)
      const previous = history.byContainer.get(counterKey(p, c))
      if (previous && Number.isFinite(time) && time <= previous.time) return false
    }
  }
  return true
}

/**
 * Parses one payload. `roles` names the data plane's containers; `history` carries cumulative CPU counters from
 * earlier samples of the same run.
 */
export function parseResourcePayload(
  text: string,
  file: string,
  repetition: number | null,
  roles: ContainerRoles,
  history: CumulativeCpu = newCpuHistory(),
): ResourceSample {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new InputError(`not valid JSON (${(e as Error).message})`, file)
  }
  const obj = (json ?? {}) as Record<string, unknown>
  if (obj.kind === 'PodMetrics' || obj.kind === 'PodMetricsList')
    return fromPodMetrics(obj, file, repetition, roles)
  if (Array.isArray(obj.pods) && typeof obj.node === 'object')
    return fromSummary(obj, file, repetition, roles, history)
  throw new InputError(
    "not a resource sample: expected metrics.k8s.io PodMetrics/PodMetricsList ('kind') or a kubelet stats/summary ('node' and 'pods')",
    file,
  )
}

interface PodMetricsItem {
  metadata?: { name?: string; namespace?: string }
  timestamp?: string
  containers?: Array<{ name?: string; usage?: { cpu?: string; memory?: string } }>
}

function fromPodMetrics(
  obj: Record<string, unknown>,
  file: string,
  repetition: number | null,
  roles: ContainerRoles,
): ResourceSample {
  const items = (obj.kind === 'PodMetricsList' ? obj.items : [obj]) as PodMetricsItem[] | undefined
  if (!Array.isArray(items)) throw new InputError("field 'items': expected a list of PodMetrics", file)
  const containers: ContainerUsage[] = []
  items.forEach((item, i) => {
    const where = obj.kind === 'PodMetricsList' ? `items[${i}].` : ''
    const pod = item.metadata?.name
    if (!pod) throw new InputError(`field '${where}metadata.name' is missing`, file)
    ;(item.containers ?? []).forEach((c, j) => {
      const field = `${where}containers[${j}].usage`
      const cpu = parseQuantity(c.usage?.cpu ?? '')
      const memory = parseQuantity(c.usage?.memory ?? '')
      if (cpu === null) throw new InputError(`field '${field}.cpu': expected a quantity such as "12m"`, file)
      if (memory === null)
        throw new InputError(`field '${field}.memory': expected a quantity such as "22244Ki"`, file)
      const name = c.name ?? ''
      containers.push({
        namespace: item.metadata?.namespace ?? '',
        pod,
        container: name,
        role: roleOf(name, roles),
        cpuMillicores: cpu * 1000,
        memoryMiB: memory / MIB,
      })
    })
  })
  if (containers.length === 0) throw new InputError('no container usage in the sample', file)
  return { repetition, timestamp: items[0]?.timestamp ?? null, source: file, containers }
}

interface SummaryContainer {
  name?: string
  cpu?: { time?: string; usageNanoCores?: number; usageCoreNanoSeconds?: number }
  memory?: { workingSetBytes?: number }
}
interface SummaryPod {
  podRef?: { name?: string; namespace?: string }
  containers?: SummaryContainer[]
}

function fromSummary(
  obj: Record<string, unknown>,
  file: string,
  repetition: number | null,
  roles: ContainerRoles,
  history: CumulativeCpu,
): ResourceSample {
  const containers: ContainerUsage[] = []
  let timestamp: string | null = null
  ;(obj.pods as SummaryPod[]).forEach((p, i) => {
    const pod = p.podRef?.name
    const namespace = p.podRef?.namespace ?? ''
    if (!pod) throw new InputError(`field 'pods[${i}].podRef.name' is missing`, file)
    ;(p.containers ?? []).forEach((c, j) => {
      const field = `pods[${i}].containers[${j}]`
      const name = c.name ?? ''
      const key = counterKey(p, c)
      const time = cpuTime(c)
      timestamp ??= c.cpu?.time ?? null
      let millicores: number | undefined
      const previous = history.byContainer.get(key)
      const cumulative = c.cpu?.usageCoreNanoSeconds
      // Deltas of the cumulative counter are robust; usageNanoCores is missing until the kubelet sampled twice.
      if (previous && cumulative !== undefined && time > previous.time) {
        millicores = (cumulative - previous.coreNanoSeconds) / ((time - previous.time) * 1e3)
      } else if (typeof c.cpu?.usageNanoCores === 'number') {
        millicores = c.cpu.usageNanoCores / 1e6
      }
      if (cumulative !== undefined && Number.isFinite(time))
        history.byContainer.set(key, { coreNanoSeconds: cumulative, time })
      const workingSet = c.memory?.workingSetBytes
      if (millicores === undefined) {
        throw new InputError(
          `field '${field}.cpu.usageNanoCores' is missing and there is no earlier sample to take a usageCoreNanoSeconds delta from`,
          file,
        )
      }
      if (typeof workingSet !== 'number')
        throw new InputError(`field '${field}.memory.workingSetBytes' is missing`, file)
      containers.push({
        namespace,
        pod,
        container: name,
        role: roleOf(name, roles),
        cpuMillicores: Math.max(millicores, 0),
        memoryMiB: workingSet / MIB,
      })
    })
  })
  if (containers.length === 0) throw new InputError('no container usage in the sample', file)
  return { repetition, timestamp, source: file, containers }
}

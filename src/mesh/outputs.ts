/**
 * Reading what the mesh CLIs print and the agents publish: versions, health checks, encryption, endpoint states
 * (fixtures in fixtures/mesh, with their sources).
 */
import type { Sample } from '../k8s/prometheus-text.js'

export interface IstioctlVersion {
  client: string | null
  controlPlane: string | null
  dataPlane: string | null
}

/** `istioctl version`: `client version: 1.28.0` / `control plane version: 1.28.0` / `data plane version: …`. */
export function parseIstioctlVersion(text: string): IstioctlVersion {
  const line = (label: string) =>
    new RegExp(`^${label} version:\\s*(\\S.*?)\\s*$`, 'm').exec(text)?.[1] ?? null
  return { client: line('client'), controlPlane: line('control plane'), dataPlane: line('data plane') }
}

export interface CheckResult {
  ok: boolean
  /** Failed checks (`×`) with the line that explains each, when Linkerd printed one. */
  failures: string[]
  /** Warnings (`‼`). */
  warnings: string[]
  checks: number
}

/** `linkerd check`: `√` passed, `‼` warning, `×` failed; the summary `Status check results are √`. */
export function parseLinkerdCheck(text: string): CheckResult {
  const lines = text.split('\n')
  const failures: string[] = []
  const warnings: string[] = []
  let checks = 0
  lines.forEach((raw, i) => {
    const line = raw.trim()
    if (/^Status check results/.test(line)) return
    const mark = line[0]
    if (mark !== '√' && mark !== '×' && mark !== '‼') return
    checks++
    const detail = lines[i + 1]?.trim() ?? ''
    const explained = detail && !/^[√×‼]/.test(detail) && !/^see https?:/.test(detail) ? `: ${detail}` : ''
    if (mark === '×') failures.push(line.slice(1).trim() + explained)
    if (mark === '‼') warnings.push(line.slice(1).trim() + explained)
  })
  const summary = /Status check results are (\S)/.exec(text)?.[1]
  return { ok: summary === '√' && failures.length === 0, failures, warnings, checks }
}

export interface CiliumStatus {
  /** `Cilium`, `Operator`, `Envoy DaemonSet`, `Hubble Relay`, `ClusterMesh` → `OK`, `disabled`, `1 errors`. */
  components: Record<string, string>
  /** `DaemonSet cilium Desired: 3, Ready: 3/3, Available: 3/3`, by kind/name. */
  workloads: Record<string, string>
  errors: string[]
  ok: boolean
}

/** `cilium status` (summary output). */
export function parseCiliumStatus(text: string): CiliumStatus {
  const components: Record<string, string> = {}
  const workloads: Record<string, string> = {}
  const errors: string[] = []
  let inErrors = false
  for (const raw of text.split('\n')) {
    const component =
      /^[\s/¯\\_]*([A-Z][A-Za-z ]+?):\s+(OK|disabled|\d+ errors?|\d+ warnings?|[A-Za-z ]+)\s*$/.exec(raw)
    if (
      component &&
      !/^(Containers|Cluster Pods|Helm chart version|Image versions|Errors|Warnings)$/.test(component[1])
    ) {
      components[component[1]] = component[2]
      continue
    }
    const workload = /^(Deployment|DaemonSet|StatefulSet)\s+(\S+)\s+(.+?)\s*$/.exec(raw.trim())
    if (workload) workloads[`${workload[1]}/${workload[2]}`] = workload[3]
    if (/^Errors:/.test(raw.trim())) inErrors = true
    else if (/^\S/.test(raw) && !/^Errors:/.test(raw)) inErrors = false
    if (inErrors) errors.push(raw.replace(/^\s*Errors:\s*/, '').trim())
  }
  const bad = Object.entries(components).filter(([, v]) => /error/.test(v))
  return {
    components,
    workloads,
    errors: errors.filter(Boolean),
    ok: bad.length === 0 && errors.length === 0,
  }
}

/** The node annotation the WireGuard agent publishes its public key in, and its older alias (pkg/annotation/k8s.go). */
export const WIREGUARD_PUBKEY_ANNOTATIONS = ['network.cilium.io/wg-pub-key', 'io.cilium.network.wg-pub-key']

/** `spec.encryption.key` of a WireGuard node (pkg/wireguard/types StaticEncryptKey, 0xFF). */
const WIREGUARD_KEY = 255

/**
 * The encryption a node's agent runs, from its CiliumNode (cilium.io/v2), which the agent writes from its local node
 * (pkg/nodediscovery/nodediscovery.go `mutateNodeResource`: the annotations, `spec.encryption.key`):
 * - `wireguard`: the WireGuard agent put its public key in `network.cilium.io/wg-pub-key`
 *   (pkg/wireguard/agent/agent.go `initLocalNodeFromWireGuard`), set whenever WireGuard runs, even on a node that
 *   opted out of node-to-node encryption (its key is then 0);
 * - `ipsec`: no such key, and `spec.encryption.key` is the IPsec key's SPI, non-zero
 *   (pkg/datapath/linux/ipsec/ipsec_linux.go sets `EncryptionKey` to the advertised SPI);
 * - `none`: neither (the key is omitted or 0: "0 if encryption is disabled", pkg/k8s/apis/cilium.io/v2/types.go).
 */
export function ciliumNodeEncryption(node: {
  metadata?: { annotations?: unknown }
  spec?: unknown
  [key: string]: unknown
}): 'wireguard' | 'ipsec' | 'none' {
  const annotations = (node.metadata?.annotations ?? {}) as Record<string, unknown>
  if (WIREGUARD_PUBKEY_ANNOTATIONS.some((a) => typeof annotations[a] === 'string' && annotations[a] !== ''))
    return 'wireguard'
  const spec = (node.spec ?? {}) as { encryption?: { key?: unknown } }
  const key = spec.encryption?.key
  if (typeof key !== 'number' || key === 0) return 'none'
  return key === WIREGUARD_KEY ? 'wireguard' : 'ipsec'
}

/**
 * One agent's endpoints by state, from its `cilium_endpoint_state{endpoint_state}` gauge (pkg/metrics/metrics.go
 * "Count of all endpoints, tagged by different endpoint states"; pkg/endpoint/endpoint.go moves an endpoint's count
 * from its old state to its new one on every transition). A restarted agent restores its endpoints from disk in state
 * `restoring` before it reports ready, then regenerates them (`waiting-to-regenerate`, `regenerating`: their BPF
 * programs compiled again) until each is `ready`. `pending` lists the states other than ready with a non-zero count.
 */
export function ciliumEndpointStates(samples: readonly Sample[]): {
  ready: number
  pending: Array<{ state: string; count: number }>
  /** Whether the agent served the gauge at all (an agent built without it, or metrics another way). */
  served: boolean
} {
  const states = new Map<string, number>()
  for (const s of samples)
    if (s.name === 'cilium_endpoint_state' && s.labels.endpoint_state !== undefined)
      states.set(s.labels.endpoint_state, (states.get(s.labels.endpoint_state) ?? 0) + s.value)
  return {
    ready: states.get('ready') ?? 0,
    pending: [...states]
      .filter(([state, count]) => state !== 'ready' && count > 0)
      .map(([state, count]) => ({ state, count })),
    served: states.size > 0,
  }
}

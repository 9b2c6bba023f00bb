/**
 * What an Istio object applies to (scope.ts), as istiod decides it, from Istio's reference docs:
 * - PeerAuthentication: the root namespace without a selector is mesh-wide; a selector in the root namespace is
 *   ignored ("ignored when deployed in the root namespace"); elsewhere its namespace, narrowed by the selector, and
 *   by `portLevelMtls` to those (container) ports.
 * - AuthorizationPolicy, RequestAuthentication, Telemetry, WasmPlugin, ProxyConfig, EnvoyFilter: the workloads of
 *   their namespace that the selector (`workloadSelector` for EnvoyFilter) picks; in the root namespace without a
 *   selector, the whole mesh; an AuthorizationPolicy's selector in the root namespace "will additionally match with
 *   workloads in all namespaces". `targetRefs` to a Service is the traffic to that host (a waypoint enforces it).
 *   An ALLOW policy's first source (namespace, principal `cluster.local/ns/N/sa/S`) is where allowed clients come from.
 * - DestinationRule and VirtualService: traffic to their hosts (short names qualified with the object's namespace),
 *   from the namespaces `exportTo` makes them visible in (`.`: its own; default: every one); a DestinationRule's
 *   `workloadSelector` narrows the clients to those pods; a VirtualService bound only to gateways is not mesh traffic.
 * - Sidecar: the outbound (and, with `ingress` listeners, the inbound) of the pods it selects; mesh-wide in the root
 *   namespace without a selector.
 * - IstioOperator: install-time values. The `istio` ConfigMap of the root namespace (meshConfig): mesh-wide.
 * - Gateway, ServiceEntry, WorkloadEntry, WorkloadGroup: ingress and external traffic, which no path crosses.
 */
import type { SourcedObject } from '../k8s/objects.js'
import {
  bothSidesOf,
  canSelect,
  groupOf,
  labelSelector,
  matchLabels,
  qualifyHost,
  type AppliesTo,
  type ClientPick,
  type PodPick,
  type Reach,
  type ScopeContext,
} from './scope.js'
import { get, namespaceOf, stringMap } from './workloads.js'

/** Kinds whose workload selector picks pods on both sides of their traffic (in and out of the proxy). */
const SELECTOR_KINDS: Record<string, { group: string; selector: string[] }> = {
  RequestAuthentication: { group: 'security.istio.io', selector: ['spec', 'selector'] },
  Telemetry: { group: 'telemetry.istio.io', selector: ['spec', 'selector'] },
  WasmPlugin: { group: 'extensions.istio.io', selector: ['spec', 'selector'] },
  ProxyConfig: { group: 'networking.istio.io', selector: ['spec', 'selector'] },
  EnvoyFilter: { group: 'networking.istio.io', selector: ['spec', 'workloadSelector'] },
}

const OFF_PATH: Record<string, string> = {
  Gateway: 'a Gateway configures ingress or egress gateways, which the measured path does not cross',
  ServiceEntry: 'a ServiceEntry adds hosts outside the cluster, which the measured path does not reach',
  WorkloadEntry: 'a WorkloadEntry adds a VM or external workload, which the measured path does not reach',
  WorkloadGroup: 'a WorkloadGroup describes VM workloads, which the measured path does not reach',
}

export function istioAppliesTo(sourced: SourcedObject, context: ScopeContext): AppliesTo | null {
  const object = sourced.object
  const group = groupOf(object)
  const kind = String(object.kind)
  const ns = namespaceOf(object)
  const name = `${kind} ${ns}/${String(object.metadata?.name ?? '')}`
  const root = context.rootNamespace
  if (group === '' && kind === 'ConfigMap' && object.metadata?.name === 'istio' && ns === root)
    return { scope: 'mesh-wide', why: `the mesh config (${name}) applies to every proxy` }
  if (!group.endsWith('istio.io')) return null
  if (group === 'install.istio.io')
    return { scope: 'install', why: `${name} is read by istioctl install, not by istiod at run time` }
  if (OFF_PATH[kind]) return { scope: 'unknown', why: OFF_PATH[kind]! }
  const spec = get(object, ['spec'])

  if (kind === 'PeerAuthentication') {
    const selector = matchLabels(stringMap(get(spec, ['selector', 'matchLabels'])))
    if (ns === root)
      return selector
        ? { scope: 'nothing', why: `${name}: Istio ignores a workload selector in the root namespace` }
        : { scope: 'mesh-wide', why: `${name} is the mesh-wide policy (root namespace, no selector)` }
    const ports = Object.keys(stringMap(get(spec, ['portLevelMtls'])))
      .map(Number)
      .filter(Number.isInteger)
    const pods: PodPick = { namespace: ns, selector, ...(ports.length && selector ? { ports } : {}) }
    return { scope: 'scoped', reach: [{ side: 'server', pods }] }
  }

  if (kind === 'AuthorizationPolicy') {
    const targets = targetRefHosts(spec, ns)
    if (targets) return targets.length ? { scope: 'scoped', reach: targets } : offPathTargets(name)
    const selector = matchLabels(stringMap(get(spec, ['selector', 'matchLabels'])))
    if (ns === root && !selector)
      return { scope: 'mesh-wide', why: `${name} is in the root namespace without a selector` }
    const from = String(get(spec, ['action']) ?? 'ALLOW') === 'ALLOW' ? allowedSource(spec) : undefined
    const pods: PodPick = { namespace: ns === root ? '*' : ns, selector }
    return { scope: 'scoped', reach: [{ side: 'server', pods, ...(from ? { from } : {}) }] }
  }

  if (kind === 'DestinationRule' || kind === 'VirtualService') {
    const clients = exportedTo(get(spec, ['exportTo']), ns)
    if (kind === 'VirtualService') {
      const gateways = get(spec, ['gateways'])
      if (Array.isArray(gateways) && gateways.length > 0 && !gateways.map(String).includes('mesh'))
        return { scope: 'nothing', why: `${name} is bound to gateways only (no \`mesh\`): not mesh traffic` }
    }
    const hosts = (kind === 'DestinationRule' ? [get(spec, ['host'])] : asArray(get(spec, ['hosts'])))
      .map((h) => String(h ?? ''))
      .filter((h) => h !== '')
    const reach: Reach[] = hosts.map((h) => ({ side: 'host', host: qualifyHost(h, ns), clients }))
    if (kind === 'DestinationRule' && labelSelector(get(spec, ['workloadSelector']))) {
      // Only the selected pods of the rule's own namespace use it (DestinationRule.workloadSelector).
      return {
        scope: 'scoped',
        reach: hosts.map((h) => ({ side: 'host' as const, host: qualifyHost(h, ns), clients: [ns] })),
      }
    }
    return reach.length ? { scope: 'scoped', reach } : { scope: 'nothing', why: `${name} names no host` }
  }

  if (kind === 'Sidecar') {
    const selector = matchLabels(stringMap(get(spec, ['workloadSelector', 'labels'])))
    if (ns === root && !selector)
      return { scope: 'mesh-wide', why: `${name} is the mesh's default Sidecar (root namespace)` }
    const pods: PodPick = { namespace: ns, selector }
    const reach: Reach[] = [{ side: 'client', pods }]
    if (asArray(get(spec, ['ingress'])).length > 0) reach.push({ side: 'server', pods })
    return { scope: 'scoped', reach }
  }

  const selectorKind = SELECTOR_KINDS[kind]
  if (selectorKind && selectorKind.group === group) {
    const targets = targetRefHosts(spec, ns)
    if (targets) return targets.length ? { scope: 'scoped', reach: targets } : offPathTargets(name)
    const raw = get(object, selectorKind.selector)
    // EnvoyFilter's workloadSelector spells its labels `labels`; the others `matchLabels`.
    const selector = matchLabels({
      ...stringMap(get(raw, ['matchLabels'])),
      ...stringMap(get(raw, ['labels'])),
    })
    if (!canSelect(selector)) return { scope: 'nothing', why: `${name}: its selector can match no pod` }
    if (ns === root && !selector)
      return { scope: 'mesh-wide', why: `${name} is in the root namespace without a selector` }
    return bothSidesOf({ namespace: ns, selector })
  }
  return {
    scope: 'unknown',
    why: `${kind} (${group}) is an Istio kind the gate cannot place on a measured path`,
  }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/**
 * `targetRefs` (or the older `targetRef`): a Service is the traffic to its host; null when the object has none.
 * Gateways and ServiceEntries are not on a measured path (empty list).
 */
function targetRefHosts(spec: unknown, ns: string): Reach[] | null {
  const refs = [
    ...asArray(get(spec, ['targetRefs'])),
    ...(get(spec, ['targetRef']) ? [get(spec, ['targetRef'])] : []),
  ]
  if (refs.length === 0) return null
  return refs
    .filter(
      (r) => get(r, ['kind']) === 'Service' && ['', 'core', undefined].includes(get(r, ['group']) as string),
    )
    .map((r) => ({
      side: 'host' as const,
      host: `${String(get(r, ['name']))}.${String(get(r, ['namespace']) ?? ns)}.svc.cluster.local`,
      clients: '*' as const,
    }))
}

function offPathTargets(name: string): AppliesTo {
  return {
    scope: 'unknown',
    why: `${name} targets a Gateway or ServiceEntry, which no measured path crosses`,
  }
}

/** `exportTo`: absent or `*` is every namespace; `.` is the object's own; names are those namespaces. */
function exportedTo(value: unknown, ns: string): string[] | '*' {
  const list = asArray(value).map(String)
  if (list.length === 0 || list.includes('*')) return '*'
  return [...new Set(list.map((n) => (n === '.' ? ns : n)))]
}

/** The first source an ALLOW rule names: a principal `cluster.local/ns/N/sa/S`, else a namespace. */
function allowedSource(spec: unknown): ClientPick | undefined {
  for (const rule of asArray(get(spec, ['rules']))) {
    for (const from of asArray(get(rule, ['from']))) {
      const principal = asArray(get(from, ['source', 'principals'])).map(String)[0]
      const m = principal ? /^[^/]+\/ns\/([^/]+)\/sa\/([^/]+)$/.exec(principal) : null
      if (m && !m[1]!.includes('*') && !m[2]!.includes('*'))
        return { namespace: m[1]!, serviceAccount: m[2]! }
      const namespace = asArray(get(from, ['source', 'namespaces'])).map(String)[0]
      if (namespace && !namespace.includes('*')) return { namespace }
    }
  }
  return undefined
}

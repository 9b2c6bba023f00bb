/**
 * What one configuration object applies to, as its mesh decides it: the inbound of which pods (a policy's selector
 * or target), the traffic of which clients toward which Service host (a DestinationRule, a ServiceProfile), the
 * outbound of which pods (a Sidecar), the whole mesh, or the mesh's installation. The measured paths are chosen
 * from these answers and every changed object is classified against them (pipeline/paths.ts), so that a change
 * the run cannot see is named instead of passed. Pure: data in, data out.
 *
 * Each mesh answers for its own kinds (`MeshEvaluator.appliesTo`); the mesh-neutral kinds (Namespaces, workloads,
 * Services, NetworkPolicies) are answered here. What a selector selects is decided once, by `selectorMatches`
 * (workloads.ts), the function the mTLS evaluation uses.
 */
import type { KubeObject, SourcedObject } from '../k8s/objects.js'
import { get, namespaceOf, podTemplateOf, selectorMatches, stringMap, type Inventory } from './workloads.js'

/** Pods picked by namespace and label selector. */
export interface PodPick {
  /** A namespace, or `*` for every namespace. */
  namespace: string
  /** A Kubernetes LabelSelector (`matchLabels`, `matchExpressions`) with plain label keys; null: every pod. */
  selector: LabelSelector | null
  /** The ports the object is about, as container port numbers or names; absent: every port. */
  ports?: (number | string)[]
}

export interface LabelSelector {
  matchLabels?: Record<string, string>
  matchExpressions?: { key: string; operator: string; values?: string[] }[]
}

/** The clients an object lets in (an authorization's source): where the client stand-in must come from. */
export interface ClientPick {
  namespace?: string
  serviceAccount?: string
}

export type Reach =
  /** The inbound side of these pods: a PeerAuthentication, a Server, an authorization, an ingress policy. */
  | { side: 'server'; pods: PodPick; from?: ClientPick }
  /**
   * Traffic to a Service host (`cart.shop.svc.cluster.local`) from clients in these namespaces (`*`: any): a
   * DestinationRule, a VirtualService, a ServiceProfile.
   */
  | { side: 'host'; host: string; clients: string[] | '*' }
  /** The outbound side of these pods: a Sidecar, an egress policy, a client-side filter. */
  | { side: 'client'; pods: PodPick }

export type AppliesTo =
  /** Particular pods, hosts or clients: measured when a path crosses one of them. */
  | { scope: 'scoped'; reach: Reach[] }
  /** Every workload of the mesh (a root-namespace policy, the mesh config): any path crosses it. */
  | { scope: 'mesh-wide'; why: string }
  /** Install-time values (an IstioOperator, Helm values): in force only through the mesh's installation. */
  | { scope: 'install'; why: string }
  /** Nothing: the mesh ignores it, or its selector can match no pod. */
  | { scope: 'nothing'; why: string }
  /** A kind the gate cannot exercise on a path. */
  | { scope: 'unknown'; why: string }

/** What an answer may read besides the object: the other objects of its side, and Istio's root namespace. */
export interface ScopeContext {
  inventory: Inventory
  objects: readonly SourcedObject[]
  rootNamespace: string
}

/** The API group of an object (`''` for the core group). */
export function groupOf(object: KubeObject): string {
  const v = String(object.apiVersion ?? '')
  return v.includes('/') ? v.split('/')[0]! : ''
}

/** An object that governs both the inbound and the outbound of its pods (a workload's template, a Telemetry). */
export function bothSidesOf(pods: PodPick): AppliesTo {
  return {
    scope: 'scoped',
    reach: [
      { side: 'server', pods },
      { side: 'client', pods },
    ],
  }
}

/** A LabelSelector as the object writes it, or null when it selects every pod (absent or empty). */
export function labelSelector(value: unknown): LabelSelector | null {
  if (value === null || typeof value !== 'object') return null
  const matchLabels = stringMap(get(value, ['matchLabels']))
  const exprs = get(value, ['matchExpressions'])
  const matchExpressions = (Array.isArray(exprs) ? exprs : []).map((e) => ({
    key: String(get(e, ['key']) ?? ''),
    operator: String(get(e, ['operator']) ?? ''),
    ...(Array.isArray(get(e, ['values'])) ? { values: (get(e, ['values']) as unknown[]).map(String) } : {}),
  }))
  if (Object.keys(matchLabels).length === 0 && matchExpressions.length === 0) return null
  return {
    ...(Object.keys(matchLabels).length ? { matchLabels } : {}),
    ...(matchExpressions.length ? { matchExpressions } : {}),
  }
}

/** A plain label map (Istio's `selector.matchLabels`, a Service's selector) as a LabelSelector; empty: null. */
export function matchLabels(labels: Record<string, string>): LabelSelector | null {
  return Object.keys(labels).length ? { matchLabels: labels } : null
}

/** The pods of a namespace (or of every namespace) that a selector picks, as `selectorMatches` decides. */
export function picks(pick: PodPick, pod: { namespace: string; labels: Record<string, string> }): boolean {
  return (pick.namespace === '*' || pick.namespace === pod.namespace) && selects(pick.selector, pod.labels)
}

export function selects(selector: LabelSelector | null, labels: Record<string, string>): boolean {
  return selector === null || selectorMatches(selector, labels)
}

/**
 * Whether a selector can pick any pod at all: its representative labels (matchLabels, a value each `In` allows, the
 * keys `Exists` asks for) satisfy it. `In` with no values, or `In (a)` beside `NotIn (a)`, picks nothing.
 */
export function canSelect(selector: LabelSelector | null): boolean {
  if (!selector) return true
  const labels: Record<string, string> = { ...(selector.matchLabels ?? {}) }
  for (const e of selector.matchExpressions ?? []) {
    if (e.operator === 'In') {
      const allowed = (e.values ?? []).filter((v) => labels[e.key] === undefined || labels[e.key] === v)
      if (allowed.length === 0) return false
      labels[e.key] ??= allowed[0]!
    } else if (e.operator === 'Exists') labels[e.key] ??= 'x'
  }
  return selects(selector, labels)
}

/** `cart`, `cart.shop`, `cart.shop.svc`, `cart.shop.svc.cluster.local` → the fully qualified Service host. */
export function qualifyHost(host: string, namespace: string): string {
  const parts = host.split('.')
  if (host.includes('*')) return host
  if (parts.length === 1) return `${host}.${namespace}.svc.cluster.local`
  if (parts.length === 2) return `${host}.svc.cluster.local`
  if (parts.length === 3 && parts[2] === 'svc') return `${host}.cluster.local`
  return host
}

/** Whether a (possibly wildcard, `*.shop.svc.cluster.local`) host names the given fully qualified host. */
export function hostMatches(pattern: string, fqdn: string): boolean {
  if (pattern === '*') return true
  if (pattern.startsWith('*.')) return fqdn.endsWith(pattern.slice(1))
  return pattern === fqdn
}

export { podTemplateOf }

/**
 * The mesh-neutral kinds: a Namespace (its labels enrol or exclude every pod in it), a workload (its template's
 * annotations and containers are its pods' data plane), a Service (the host), a NetworkPolicy (ingress and egress of
 * its pods); null for any other kind, which the mesh's own answer or `unknown` covers.
 */
export function kubernetesAppliesTo(object: KubeObject): AppliesTo | null {
  const group = groupOf(object)
  const kind = String(object.kind)
  const ns = namespaceOf(object)
  const name = String(object.metadata?.name ?? '')
  if (group === '' && kind === 'Namespace') return bothSidesOf({ namespace: name, selector: null })
  const template = podTemplateOf(object)
  if (template !== null) {
    const labels = stringMap(get(template, ['metadata', 'labels']))
    if (Object.keys(labels).length === 0)
      return { scope: 'nothing', why: `${kind} ${ns}/${name} has a pod template without labels` }
    return bothSidesOf({ namespace: ns, selector: matchLabels(labels) })
  }
  if (group === '' && kind === 'Service')
    return {
      scope: 'scoped',
      reach: [{ side: 'host', host: `${name}.${ns}.svc.cluster.local`, clients: '*' }],
    }
  if (group === 'networking.k8s.io' && kind === 'NetworkPolicy') {
    const selector = labelSelector(get(object, ['spec', 'podSelector']))
    if (!canSelect(selector))
      return { scope: 'nothing', why: `NetworkPolicy ${ns}/${name}: its podSelector can match no pod` }
    const types = get(object, ['spec', 'policyTypes'])
    const listed = Array.isArray(types) ? types.map(String) : null
    // Without policyTypes, Ingress always applies and Egress when the policy has egress rules (NetworkPolicy API).
    const ingress = listed ? listed.includes('Ingress') : true
    const egress = listed ? listed.includes('Egress') : get(object, ['spec', 'egress']) !== undefined
    const pods = { namespace: ns, selector }
    const reach: Reach[] = []
    if (ingress) reach.push({ side: 'server', pods })
    if (egress) reach.push({ side: 'client', pods })
    return { scope: 'scoped', reach }
  }
  return null
}

/**
 * What several answers apply to together (an object with several specs, an authentication several policies use):
 * anything that cannot be placed makes the whole unplaceable, then the widest reach wins; the reaches of scoped
 * answers add up; nothing only when every part is nothing (or there are no parts: `none` says why).
 */
export function unionOf(answers: readonly AppliesTo[], none: string): AppliesTo {
  for (const scope of ['unknown', 'mesh-wide', 'install'] as const) {
    const found = answers.filter((a) => a.scope === scope)
    if (found.length)
      return { scope, why: [...new Set(found.map((a) => (a as { why: string }).why))].join('; ') }
  }
  const reach = answers.flatMap((a) => (a.scope === 'scoped' ? a.reach : []))
  if (reach.length) return { scope: 'scoped', reach }
  const whys = answers.flatMap((a) => (a.scope === 'nothing' ? [a.why] : []))
  return { scope: 'nothing', why: whys.length ? [...new Set(whys)].join('; ') : none }
}

/**
 * What a Cilium policy applies to (see scope.ts), as Cilium decides it (docs.cilium.io security/policy: endpoint
 * and host policies; pkg/k8s/apis/cilium.io/v2 and utils: how the agent parses them). Each rule (`spec`, every one
 * of `specs`) selects endpoints with its endpointSelector: their inbound when it has ingress rules, their outbound
 * when it has egress rules. The selector is read as the evaluation reads it (`enforcedEndpointSelector`, the source
 * prefixes `k8s:` / `any:` stripped, the pod's namespace a label). Pure: data in, data out.
 */
import type { SourcedObject } from '../k8s/objects.js'
import {
  CILIUM_CONFIG,
  enforcedEndpointSelector,
  isCilium,
  NAMESPACE_LABEL,
  specsOf,
  stripSource,
} from './cilium.js'
import {
  canSelect,
  groupOf,
  labelSelector,
  unionOf,
  type AppliesTo,
  type ClientPick,
  type LabelSelector,
  type Reach,
  type ScopeContext,
} from './scope.js'
import { get, namespaceOf, stringMap } from './workloads.js'

/** The label Cilium gives an endpoint for its pod's service account (pkg/k8s/apis/cilium.io const.go). */
const SERVICE_ACCOUNT_LABEL = 'io.cilium.k8s.policy.serviceaccount'

/** What a Cilium object applies to; null for an object that is not Cilium's. */
export function ciliumAppliesTo(sourced: SourcedObject, _context: ScopeContext): AppliesTo | null {
  const object = sourced.object
  if (groupOf(object) === '' && object.kind === 'ConfigMap' && object.metadata?.name === CILIUM_CONFIG)
    return {
      scope: 'install',
      // The chart renders cilium-config from the Helm values; the agents and the operator read it when they start.
      why: `ConfigMap ${CILIUM_CONFIG} is the Cilium install's configuration, read by the agents when they start`,
    }
  if (!isCilium(object)) return null
  const clusterwide = object.kind === 'CiliumClusterwideNetworkPolicy'
  const policyNs = clusterwide ? null : namespaceOf(object)
  const title = `${String(object.kind)} ${policyNs ? `${policyNs}/` : ''}${String(object.metadata?.name)}`
  const specs = specsOf(object)
  // CiliumNetworkPolicy.Validate: "rule cannot have NodeSelector"; the agent refuses the whole policy.
  if (!clusterwide && specs.some(({ spec }) => get(spec, ['nodeSelector']) !== undefined))
    return {
      scope: 'nothing',
      why: `${title}: Cilium refuses a namespaced policy with a nodeSelector (host policies are clusterwide)`,
    }
  return unionOf(
    specs.map(({ spec, path }) =>
      ruleAppliesTo(spec, policyNs, `${title} ${path.join('.').replace(/\.(\d+)/g, '[$1]')}`),
    ),
    `${title} has no spec`,
  )
}

function ruleAppliesTo(spec: unknown, policyNs: string | null, title: string): AppliesTo {
  const written = get(spec, ['endpointSelector'])
  if (written === undefined)
    return get(spec, ['nodeSelector']) !== undefined
      ? {
          scope: 'unknown',
          // docs.cilium.io security/policy/host: host policies "apply only to the host namespace, including
          // host-networking pods"; traffic between the pods of a path never meets them.
          why: `${title} is a host policy (nodeSelector): it governs the nodes' own traffic, not the pods a path runs`,
        }
      : { scope: 'nothing', why: `${title} has no endpointSelector` }
  const ingress = hasRules(spec, 'ingress') || hasRules(spec, 'ingressDeny')
  const egress = hasRules(spec, 'egress') || hasRules(spec, 'egressDeny')
  // An endpoint's inbound or outbound is enforced only once a rule selecting it has rules in that direction.
  if (!ingress && !egress) return { scope: 'nothing', why: `${title} has no ingress or egress rules` }
  const endpoints = endpointPick(enforcedEndpointSelector(written, policyNs), policyNs)
  if (typeof endpoints === 'string') return { scope: 'nothing', why: `${title}: ${endpoints}` }
  if ('unknown' in endpoints) return { scope: 'unknown', why: `${title}: ${endpoints.unknown}` }
  const { namespaces, selector } = endpoints
  if (namespaces === '*' && selector === null)
    return { scope: 'mesh-wide', why: `${title} selects every endpoint of the cluster` }
  if (!canSelect(selector))
    return { scope: 'nothing', why: `${title}: its endpointSelector can match no pod` }
  const ports = ingressPorts(spec)
  const from = ingressClients(spec, policyNs)
  const reach: Reach[] = []
  for (const namespace of namespaces === '*' ? ['*'] : namespaces) {
    const pods = { namespace, selector }
    if (ingress)
      reach.push({
        side: 'server',
        pods: { ...pods, ...(ports ? { ports } : {}) },
        ...(from ? { from } : {}),
      })
    if (egress) reach.push({ side: 'client', pods })
  }
  return { scope: 'scoped', reach }
}

function hasRules(spec: unknown, direction: string): boolean {
  const rules = get(spec, [direction])
  return Array.isArray(rules) && rules.length > 0
}

/**
 * The namespaces and the pod selector of an endpointSelector: the namespace label picks namespaces (a namespaced
 * policy's is its own, and a namespace it asks for besides must be that one), the rest are pod labels. Keys that
 * are not pod labels (Cilium's reserved identities, namespace labels) cannot be placed on a stand-in. A string:
 * why it selects no pod.
 */
function endpointPick(
  selector: unknown,
  policyNs: string | null,
): { namespaces: string[] | '*'; selector: LabelSelector | null } | { unknown: string } | string {
  let namespaces: string[] | '*' = policyNs === null ? '*' : [policyNs]
  const narrow = (allowed: string[]) => {
    namespaces = namespaces === '*' ? allowed : namespaces.filter((n) => allowed.includes(n))
  }
  const matchLabels: Record<string, string> = {}
  for (const [written, value] of Object.entries(stringMap(get(selector, ['matchLabels'])))) {
    const key = stripSource(written)
    if (key === NAMESPACE_LABEL) narrow([value])
    else matchLabels[key] = value
  }
  const matchExpressions: unknown[] = []
  const exprs = get(selector, ['matchExpressions'])
  for (const e of Array.isArray(exprs) ? exprs : []) {
    const key = stripSource(String(get(e, ['key']) ?? ''))
    const values = get(e, ['values'])
    const list = (Array.isArray(values) ? values : []).map(String)
    if (key !== NAMESPACE_LABEL) matchExpressions.push({ ...stringMapOf(e), key })
    else if (get(e, ['operator']) === 'In') narrow(list)
    else if (get(e, ['operator']) === 'NotIn' && namespaces !== '*')
      narrow(namespaces.filter((n) => !list.includes(n)))
    // Every pod endpoint carries its namespace label: asking for it to be absent picks no pod.
    else if (get(e, ['operator']) === 'DoesNotExist')
      return 'it asks for endpoints without a namespace: no pod'
  }
  const keys = [...Object.keys(matchLabels), ...matchExpressions.map((e) => String(get(e, ['key'])))]
  const foreign = keys.find((k) => /^[a-z]+:/.test(k) || k.startsWith('io.cilium.k8s.namespace.labels.'))
  if (foreign !== undefined)
    return {
      unknown: `its endpointSelector asks for ${foreign}, which is not a pod label a stand-in can carry`,
    }
  if (namespaces !== '*' && namespaces.length === 0)
    return policyNs !== null
      ? `its endpointSelector asks for another namespace, but a CiliumNetworkPolicy selects only endpoints of its own (${policyNs})`
      : 'its endpointSelector asks for contradictory namespaces'
  return { namespaces, selector: labelSelector({ matchLabels, matchExpressions }) }
}

function stringMapOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : {}
}

/**
 * The ports the ingress rules are about (container port numbers or names); null when a rule has no `toPorts`,
 * which covers every port.
 */
function ingressPorts(spec: unknown): (number | string)[] | null {
  const ports: (number | string)[] = []
  for (const direction of ['ingress', 'ingressDeny']) {
    const rules = get(spec, [direction])
    for (const rule of Array.isArray(rules) ? rules : []) {
      const toPorts = get(rule, ['toPorts'])
      if (!Array.isArray(toPorts) || toPorts.length === 0) return null
      for (const tp of toPorts) {
        const list = get(tp, ['ports'])
        if (!Array.isArray(list) || list.length === 0) return null
        for (const p of list) {
          const port = get(p, ['port'])
          const value = typeof port === 'string' && /^\d+$/.test(port) ? Number(port) : port
          if ((typeof value === 'number' || typeof value === 'string') && !ports.includes(value))
            ports.push(value)
        }
      }
    }
  }
  return ports.length ? ports : null
}

/**
 * The clients an ingress rule admits, where the client stand-in must come from: the first rule that requires mutual
 * authentication, else the first with `fromEndpoints`; its first endpoint selector's namespace (in a namespaced
 * policy, its own when the selector names none: Cilium adds it, utils getEndpointSelector) and service account.
 */
function ingressClients(spec: unknown, policyNs: string | null): ClientPick | null {
  const rules = get(spec, ['ingress'])
  const list = Array.isArray(rules) ? rules : []
  const withPeers = list.filter((r) => Array.isArray(get(r, ['fromEndpoints'])))
  const authenticated = withPeers.find((r) => {
    const mode = get(r, ['authentication', 'mode'])
    return mode !== undefined && mode !== 'disabled'
  })
  const rule = authenticated ?? withPeers[0]
  if (rule === undefined) return null
  const [peer] = get(rule, ['fromEndpoints']) as unknown[]
  if (peer === undefined) return null
  const labels: Record<string, string> = {}
  for (const [k, v] of Object.entries(stringMap(get(peer, ['matchLabels'])))) labels[stripSource(k)] = v
  const namespace = labels[NAMESPACE_LABEL] ?? policyNs ?? undefined
  const serviceAccount = labels[SERVICE_ACCOUNT_LABEL]
  if (namespace === undefined && serviceAccount === undefined) return null
  return {
    ...(namespace !== undefined ? { namespace } : {}),
    ...(serviceAccount !== undefined ? { serviceAccount } : {}),
  }
}

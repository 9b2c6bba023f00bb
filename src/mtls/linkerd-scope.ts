/**
 * What a Linkerd object applies to (see scope.ts), as Linkerd decides it, from linkerd.io's reference
 * (reference/authorization-policy, reference/httproute, tasks/setting-up-service-profiles) and the policy
 * controller's sources. Which pods a Server selects and which Servers an authorization targets are decided by the
 * evaluation's own helpers (linkerd.ts), so the measured path and the mTLS verdict read the same configuration
 * the same way. Pure: data in, data out.
 */
import type { KubeObject, SourcedObject } from '../k8s/objects.js'
import {
  authorizedServers,
  findRoute,
  isLinkerd,
  LINKERD_CONFIG,
  parseServers,
  routeParents,
  type Server,
} from './linkerd.js'
import {
  canSelect,
  groupOf,
  labelSelector,
  unionOf,
  type AppliesTo,
  type ClientPick,
  type PodPick,
  type Reach,
  type ScopeContext,
} from './scope.js'
import { get, namespaceOf, type Inventory } from './workloads.js'

const ROUTE_KINDS = ['HTTPRoute', 'GRPCRoute']
const GATEWAY_GROUP = 'gateway.networking.k8s.io'

/** What a Linkerd object applies to; null for an object that is not Linkerd's. */
export function linkerdAppliesTo(sourced: SourcedObject, context: ScopeContext): AppliesTo | null {
  const object = sourced.object
  const kind = String(object.kind)
  const group = groupOf(object)
  const title = `${kind} ${namespaceOf(object)}/${String(object.metadata?.name)}`
  if (group === '' && kind === 'ConfigMap' && object.metadata?.name === LINKERD_CONFIG)
    return {
      scope: 'install',
      // The proxy injector renders each proxy from these values when it injects a pod, and the policy controller
      // takes its default inbound policy as a flag rendered from them at install (`--default-policy=`): editing
      // the ConfigMap changes no running proxy; an install or upgrade and restarted pods do.
      why: `ConfigMap ${LINKERD_CONFIG} holds the control plane's install values, read when pods are injected and when the control plane is installed`,
    }
  if (group === 'linkerd.io' && kind === 'ServiceProfile') return serviceProfile(object)
  if (group === GATEWAY_GROUP && ROUTE_KINDS.includes(kind)) {
    // A Gateway API route is Linkerd's when it attaches to a Server or a Service (GAMMA); attached to a Gateway it
    // is an ingress controller's.
    const parents = parentRefs(object)
    if (!parents.some((p) => p.kind === 'Server' || p.kind === 'Service')) return null
    return route(object, context.inventory, title)
  }
  if (group !== 'policy.linkerd.io') return null
  if (isLinkerd(object, 'Server')) return server(object, title)
  if (isLinkerd(object, 'AuthorizationPolicy') || isLinkerd(object, 'ServerAuthorization'))
    return authorization(object, context.inventory, title)
  if (ROUTE_KINDS.includes(kind)) return route(object, context.inventory, title)
  if (isLinkerd(object, 'MeshTLSAuthentication') || isLinkerd(object, 'NetworkAuthentication'))
    return authentication(object, context, title)
  return null
}

/** The pods a Server selects, on its port: the same podSelector and namespace the evaluation matches with. */
function serverPick(s: Server): PodPick {
  const port = typeof s.port === 'string' && /^\d+$/.test(s.port) ? Number(s.port) : s.port
  return {
    namespace: s.namespace,
    selector: labelSelector(s.podSelector),
    ...(typeof port === 'number' || typeof port === 'string' ? { ports: [port] } : {}),
  }
}

function server(object: KubeObject, title: string): AppliesTo {
  // v1beta2+ Servers may select ExternalWorkloads (VMs joined to the mesh) instead of pods.
  if (get(object, ['spec', 'externalWorkloadSelector']) !== undefined)
    return {
      scope: 'unknown',
      why: `${title} selects ExternalWorkloads (machines outside the cluster), which the gate cannot run`,
    }
  const [s] = parseServers(inventoryOf(object))
  const pick = serverPick(s!)
  if (!canSelect(pick.selector))
    return { scope: 'nothing', why: `${title}: its podSelector can match no pod` }
  return { scope: 'scoped', reach: [{ side: 'server', pods: pick }] }
}

/**
 * An AuthorizationPolicy or ServerAuthorization: the inbound of the pods of the Servers it targets (see
 * `authorizedServers`), from the clients it admits. A target that is not among the side's objects leaves the pods
 * unknown; a Namespace target with no Server among them is taken as every pod of the namespace (its Servers may be
 * deployed from elsewhere, and only pods they select enforce it).
 */
function authorization(object: KubeObject, inv: Inventory, title: string): AppliesTo {
  const ns = namespaceOf(object)
  const servers = parseServers(inv)
  const from = isLinkerd(object, 'AuthorizationPolicy')
    ? policyClients(object, inv)
    : serverAuthorizationClients(object)
  const reach = (pods: PodPick): Reach => ({ side: 'server', pods, ...(from ? { from } : {}) })
  const missing = missingTarget(object, inv, servers)
  if (missing)
    return {
      scope: 'unknown',
      why: `${title} targets ${missing}, which is not among the configuration's objects: the pods it applies to cannot be worked out`,
    }
  const targets = authorizedServers(inv, object, servers)
  if (targets.length === 0) {
    const kind = get(object, ['spec', 'targetRef', 'kind'])
    if (kind === 'Namespace') return { scope: 'scoped', reach: [reach({ namespace: ns, selector: null })] }
    if (ROUTE_KINDS.includes(String(kind)))
      return {
        scope: 'nothing',
        why: `${title} targets a route with no Server parent: Linkerd authorizes inbound routes only`,
      }
    // The policy controller's admission refuses any other kind (authorization_policy.rs `target`).
    return {
      scope: 'nothing',
      why: `${title}: Linkerd does not accept a targetRef of kind ${String(kind)} (Server, Namespace, HTTPRoute or GRPCRoute)`,
    }
  }
  const picks = targets.map(serverPick).filter((p) => canSelect(p.selector))
  if (picks.length === 0)
    return { scope: 'nothing', why: `${title}: the podSelectors of the Servers it targets can match no pod` }
  return { scope: 'scoped', reach: picks.map(reach) }
}

/** `Server shop/cart-http`: the target an authorization names that is not among the objects, or null. */
function missingTarget(object: KubeObject, inv: Inventory, servers: readonly Server[]): string | null {
  const ns = namespaceOf(object)
  const has = (name: unknown) => servers.some((s) => s.namespace === ns && s.name === name)
  if (isLinkerd(object, 'ServerAuthorization')) {
    const name = get(object, ['spec', 'server', 'name'])
    if (name !== undefined && !has(name)) return `Server ${ns}/${String(name)}`
    // Servers picked by label: none among the objects may mean they are deployed from elsewhere.
    if (name === undefined && authorizedServers(inv, object, servers).length === 0)
      return `the Servers of ${ns} its server.selector picks`
    return null
  }
  const kind = String(get(object, ['spec', 'targetRef', 'kind']))
  const name = get(object, ['spec', 'targetRef', 'name'])
  if (kind === 'Server' && !has(name)) return `Server ${ns}/${String(name)}`
  if (ROUTE_KINDS.includes(kind)) {
    if (!findRoute(inv, ns, kind, name)) return `${kind} ${ns}/${String(name)}`
    const absent = routeParents(inv, ns, kind, name).find((parent) => !has(parent))
    if (absent !== undefined) return `Server ${ns}/${absent} (the parent of ${kind} ${String(name)})`
  }
  return null
}

/**
 * An HTTPRoute or GRPCRoute: a Server parent puts it on that Server's inbound (per-route authorization); a Service
 * parent on the outbound of the Service's clients, all of them for a route in the Service's namespace (a producer
 * route) and only those of the route's namespace otherwise (a consumer route): policy-controller/k8s/index/src/
 * outbound/index.rs, "Consumer routes should only apply to watches from the consumer namespace".
 */
function route(object: KubeObject, inv: Inventory, title: string): AppliesTo {
  const ns = namespaceOf(object)
  const servers = parseServers(inv)
  const answers: AppliesTo[] = []
  for (const parent of parentRefs(object)) {
    const parentNs = parent.namespace ?? ns
    if (parent.kind === 'Server') {
      const s = servers.find((x) => x.namespace === parentNs && x.name === parent.name)
      answers.push(
        s
          ? { scope: 'scoped', reach: [{ side: 'server', pods: serverPick(s) }] }
          : {
              scope: 'unknown',
              why: `${title} attaches to Server ${parentNs}/${parent.name}, which is not among the configuration's objects`,
            },
      )
    } else if (parent.kind === 'Service')
      answers.push({
        scope: 'scoped',
        reach: [
          {
            side: 'host',
            host: `${parent.name}.${parentNs}.svc.cluster.local`,
            clients: parentNs === ns ? '*' : [ns],
          },
        ],
      })
  }
  return unionOf(answers, `${title} attaches to no Server or Service`)
}

/** A route's parentRefs, kinds defaulted as the Gateway API does (an absent group with kind Service is core). */
function parentRefs(object: KubeObject): { kind: string; name: string; namespace?: string }[] {
  const refs = get(object, ['spec', 'parentRefs'])
  return (Array.isArray(refs) ? refs : []).map((r) => ({
    kind: String(get(r, ['kind']) ?? 'Gateway'),
    name: String(get(r, ['name']) ?? ''),
    ...(typeof get(r, ['namespace']) === 'string' ? { namespace: get(r, ['namespace']) as string } : {}),
  }))
}

/**
 * A MeshTLSAuthentication or NetworkAuthentication does nothing by itself: it applies where the
 * AuthorizationPolicies that require it apply.
 */
function authentication(object: KubeObject, context: ScopeContext, title: string): AppliesTo {
  const ns = namespaceOf(object)
  const name = object.metadata?.name
  const users = context.inventory.others.filter(
    ({ object: p }) =>
      isLinkerd(p, 'AuthorizationPolicy') &&
      authenticationRefs(p).some(
        (r) => r.kind === object.kind && r.name === name && (r.namespace ?? namespaceOf(p)) === ns,
      ),
  )
  return unionOf(
    users.map(({ object: p }) =>
      authorization(
        p,
        context.inventory,
        `AuthorizationPolicy ${namespaceOf(p)}/${String(p.metadata?.name)}`,
      ),
    ),
    `${title}: no AuthorizationPolicy among the configuration's objects requires it`,
  )
}

function authenticationRefs(policy: KubeObject): { kind: string; name: string; namespace?: string }[] {
  const refs = get(policy, ['spec', 'requiredAuthenticationRefs'])
  return (Array.isArray(refs) ? refs : []).map((r) => ({
    kind: String(get(r, ['kind'])),
    name: String(get(r, ['name'])),
    ...(typeof get(r, ['namespace']) === 'string' ? { namespace: get(r, ['namespace']) as string } : {}),
  }))
}

/**
 * The clients an AuthorizationPolicy admits, where the client stand-in must come from: a ServiceAccount ref, or the
 * first identity of a MeshTLSAuthentication it requires (a NetworkAuthentication names addresses, not clients).
 * An identity of `*` admits any meshed client: no constraint.
 */
function policyClients(policy: KubeObject, inv: Inventory): ClientPick | null {
  const ns = namespaceOf(policy)
  for (const ref of authenticationRefs(policy)) {
    const refNs = ref.namespace ?? ns
    if (ref.kind === 'ServiceAccount') return { namespace: refNs, serviceAccount: ref.name }
    if (ref.kind !== 'MeshTLSAuthentication') continue
    const mtls = inv.others.find(
      ({ object }) =>
        isLinkerd(object, 'MeshTLSAuthentication') &&
        namespaceOf(object) === refNs &&
        object.metadata?.name === ref.name,
    )
    const clients = mtls ? meshTlsClients(mtls.object) : null
    if (clients) return clients
  }
  return null
}

function meshTlsClients(mtls: KubeObject): ClientPick | null {
  const ns = namespaceOf(mtls)
  for (const identity of arrayAt(mtls, ['spec', 'identities'])) {
    const pick = identityClients(String(identity))
    if (pick) return pick
  }
  for (const ref of arrayAt(mtls, ['spec', 'identityRefs'])) {
    const name = String(get(ref, ['name']) ?? '')
    const refNs = typeof get(ref, ['namespace']) === 'string' ? (get(ref, ['namespace']) as string) : ns
    if (get(ref, ['kind']) === 'ServiceAccount') return { namespace: refNs, serviceAccount: name }
    if (get(ref, ['kind']) === 'Namespace') return { namespace: name }
  }
  return null
}

/** ServerAuthorization `client.meshTLS`: its first service account, else its first identity. */
function serverAuthorizationClients(object: KubeObject): ClientPick | null {
  const ns = namespaceOf(object)
  const [sa] = arrayAt(object, ['spec', 'client', 'meshTLS', 'serviceAccounts'])
  if (sa !== undefined) {
    const saNs = get(sa, ['namespace'])
    return { namespace: typeof saNs === 'string' ? saNs : ns, serviceAccount: String(get(sa, ['name'])) }
  }
  for (const identity of arrayAt(object, ['spec', 'client', 'meshTLS', 'identities'])) {
    const pick = identityClients(String(identity))
    if (pick) return pick
  }
  return null
}

/**
 * A Linkerd proxy identity, `<sa>.<ns>.serviceaccount.identity.linkerd.<trust domain>`
 * (linkerd.io reference/authorization-policy, MeshTLSAuthentication): a service account, or with `*` every
 * service account of a namespace; `*` alone (any meshed client) constrains nothing.
 */
function identityClients(identity: string): ClientPick | null {
  const m = /^([^.]+)\.([^.]+)\.serviceaccount\.identity\./.exec(identity)
  if (!m) return null
  return m[1] === '*' ? { namespace: m[2]! } : { namespace: m[2]!, serviceAccount: m[1]! }
}

/**
 * A ServiceProfile is named after the Service's fully qualified name and applies to requests for it: from every
 * client when it lives in the Service's namespace, and only from clients of its own namespace otherwise (where it
 * takes priority): linkerd.io tasks/setting-up-service-profiles, "a service profile in the namespace of the sender
 * or the receiver ... in the source namespace will take priority".
 */
function serviceProfile(object: KubeObject): AppliesTo {
  const ns = namespaceOf(object)
  const host = String(object.metadata?.name ?? '')
  const m = /^[^.]+\.([^.]+)\.svc\./.exec(host)
  const serviceNs = m ? m[1] : null
  return {
    scope: 'scoped',
    reach: [{ side: 'host', host, clients: serviceNs === ns ? '*' : [ns] }],
  }
}

function arrayAt(value: unknown, path: readonly (string | number)[]): unknown[] {
  const v = get(value, path)
  return Array.isArray(v) ? v : []
}

/** An inventory of one object, for reading a Server the way the evaluation does. */
function inventoryOf(object: KubeObject): Inventory {
  return {
    workloads: [],
    namespaces: new Map(),
    services: [],
    others: [{ object, origin: { file: null, line: null } }],
  }
}

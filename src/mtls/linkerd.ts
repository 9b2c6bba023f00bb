/**
 * Linkerd: whether a workload is meshed (the `linkerd.io/inject` annotation), its default inbound policy, and the
 * Server / AuthorizationPolicy / ServerAuthorization resources that narrow a port to authenticated clients.
 * Pure: objects in, data out.
 */
import { describeRef, finding, refOf, type Finding, type ResourceRef } from './model.js'
import type { Mode } from '../vocabulary.js'
import { parse } from 'yaml'
import type { LoadedObjects, SourcedObject } from '../k8s/objects.js'
import { splitApiVersion } from './crd-validation.js'
import type { ListedKind, MeshEvaluator } from './evaluator.js'
import { linkerdAppliesTo } from './linkerd-scope.js'
import { readLinkerd } from './telemetry.js'
import type { Decided, Subject } from './entries.js'
import {
  dedupeFindings,
  get,
  namespaceFieldRef,
  namespaceOf,
  representativeLabels,
  resolvePort,
  selectionWorkload,
  selectorKey,
  selectorMatches,
  stringMap,
  type Inventory,
  type NamespaceInfo,
  type Selection,
  type Workload,
} from './workloads.js'

/**
 * linkerd.io/2/reference/authorization-policy ("Default policies"): the values of `proxy.defaultInboundPolicy` and
 * of the `config.linkerd.io/default-inbound-policy` annotation (pod over namespace over install). The
 * unauthenticated ones (and audit, "same as all-unauthenticated but flagged") accept plaintext; the authenticated
 * ones and deny refuse it.
 */
export const DEFAULT_INBOUND_POLICIES: Record<string, Mode> = {
  'all-unauthenticated': 'PERMISSIVE',
  'cluster-unauthenticated': 'PERMISSIVE',
  audit: 'PERMISSIVE',
  'all-authenticated': 'STRICT',
  'cluster-authenticated': 'STRICT',
  deny: 'STRICT',
}
export const LINKERD_INSTALL_DEFAULT = 'all-unauthenticated'
/** The control plane's ConfigMap (in its namespace, `linkerd` by default) whose `values` hold the install's values. */
export const LINKERD_CONFIG = 'linkerd-config'

const POLICY_GROUP = 'policy.linkerd.io'
const INJECT = 'linkerd.io/inject'
const DEFAULT_POLICY = 'config.linkerd.io/default-inbound-policy'
const SKIP_INBOUND = 'config.linkerd.io/skip-inbound-ports'

/** A Linkerd Server as the evaluation reads it (also what scope answers work from: linkerd-scope.ts). */
export interface Server {
  namespace: string
  name: string
  podSelector: unknown
  port: unknown
  accessPolicy: string
  labels: Record<string, string>
  ref: ResourceRef
  /** Where its `accessPolicy` is written (the Server's ref when it takes the default). */
  accessPolicyRef: ResourceRef
  /** An authorization's target that is not among the inputs (`Server/x`, `HTTPRoute/y`): judged on its own. */
  placeholder?: string
}

/**
 * Whether Linkerd admits the Server: the policy controller's admission webhook refuses an `accessPolicy` that is not
 * a default policy (policy-controller/runtime/src/admission.rs, `Validate<ServerSpec>`: "Invalid 'accessPolicy'
 * field"), although the CRD schema takes any string. A refused Server is never created, so its ports keep the
 * default inbound policy.
 */
function admitted(server: Server): boolean {
  return DEFAULT_INBOUND_POLICIES[server.accessPolicy] !== undefined
}

interface Authorization {
  /** Whether it lets clients without an mTLS identity in (plaintext). */
  allowsPlaintext: boolean
  /** What it requires, for messages: `MeshTLSAuthentication clients`, `NetworkAuthentication cluster-net`. */
  requires: string
  ref: ResourceRef
}

export function isLinkerd(object: SourcedObject['object'], kind: string): boolean {
  return splitApiVersion(object.apiVersion)?.group === POLICY_GROUP && object.kind === kind
}

export function parseServers(inv: Inventory): Server[] {
  const servers: Server[] = []
  for (const { object, origin } of inv.others) {
    if (!isLinkerd(object, 'Server')) continue
    const spec = (object.spec ?? {}) as Record<string, unknown>
    servers.push({
      namespace: namespaceOf(object),
      name: String(object.metadata?.name),
      podSelector: spec.podSelector,
      port: spec.port,
      // v1beta3 Server.accessPolicy defaults to deny (charts/linkerd-crds/templates/policy/server.yaml).
      accessPolicy: typeof spec.accessPolicy === 'string' ? spec.accessPolicy : 'deny',
      labels: stringMap(object.metadata?.labels),
      ref: refOf(object, origin, ['spec', 'port']),
      accessPolicyRef: refOf(object, origin, ['spec', 'accessPolicy']),
    })
  }
  return servers
}

/**
 * The targets of authorizations that are not among the inputs: a PR that changes only an AuthorizationPolicy
 * (its Server deployed from elsewhere) is still judged. The missing Server is taken with its CRD default,
 * accessPolicy deny, so what the authorizations admit decides.
 */
function missingTargets(
  inv: Inventory,
  servers: readonly Server[],
): { ns: string; kind: 'Server' | 'HTTPRoute' | 'GRPCRoute'; name: string; by: string }[] {
  const out: { ns: string; kind: 'Server' | 'HTTPRoute' | 'GRPCRoute'; name: string; by: string }[] = []
  const add = (ns: string, kind: 'Server' | 'HTTPRoute' | 'GRPCRoute', name: string, by: string) => {
    if (!out.some((t) => t.ns === ns && t.kind === kind && t.name === name)) out.push({ ns, kind, name, by })
  }
  for (const { object } of inv.others) {
    const ns = namespaceOf(object)
    const by = `${String(object.kind)} ${ns}/${String(object.metadata?.name)}`
    if (isLinkerd(object, 'AuthorizationPolicy')) {
      const kind = get(object, ['spec', 'targetRef', 'kind'])
      const name = String(get(object, ['spec', 'targetRef', 'name']) ?? '')
      if (kind === 'Server' && !servers.some((s) => s.namespace === ns && s.name === name))
        add(ns, 'Server', name, by)
      if (kind === 'HTTPRoute' || kind === 'GRPCRoute') {
        const route = findRoute(inv, ns, kind, name)
        if (!route) add(ns, kind, name, by)
        else
          for (const parent of routeParents(inv, ns, kind, name))
            if (!servers.some((s) => s.namespace === ns && s.name === parent)) add(ns, 'Server', parent, by)
      }
    } else if (isLinkerd(object, 'ServerAuthorization')) {
      const name = get(object, ['spec', 'server', 'name'])
      if (typeof name === 'string' && !servers.some((s) => s.namespace === ns && s.name === name))
        add(ns, 'Server', name, by)
    }
  }
  return out
}

/**
 * What Linkerd's policies select, as selections: the install-wide default (`*` in `*`), every namespace the inputs
 * name (`*`: its default-inbound-policy annotation), every Server's podSelector (`{app=a}`, or `{app=a}:http` for a
 * named port), and authorization targets that are not among the inputs (`Server/x`, `HTTPRoute/y`).
 */
export function linkerdSelections(inv: Inventory): Selection[] {
  const servers = parseServers(inv)
  const out: Selection[] = [wideSelection('*', 'the install-wide default inbound policy')]
  const namespaces = new Set<string>([
    ...inv.namespaces.keys(),
    ...inv.others.filter(({ object }) => isLinkerdGroup(object)).map(({ object }) => namespaceOf(object)),
  ])
  for (const ns of [...namespaces].sort()) out.push(wideSelection(ns, `namespace ${ns}`))
  for (const s of servers) {
    const key = selectorKey(s.podSelector)
    out.push({
      namespace: s.namespace,
      workload: typeof s.port === 'string' && !/^\d+$/.test(s.port) ? `${key}:${s.port}` : key,
      labels: representativeLabels(s.podSelector),
      ...(typeof s.port === 'string' && !/^\d+$/.test(s.port) ? { portName: s.port } : {}),
      policy: `Server ${s.namespace}/${s.name}`,
      matches: (w) => w.namespace === s.namespace && selectorMatches(s.podSelector, w.labels),
    })
  }
  for (const t of missingTargets(inv, servers)) {
    out.push({
      namespace: t.ns,
      workload: `${t.kind}/${t.name}`,
      labels: {},
      policy: t.by,
      matches: () => false,
      target: { kind: t.kind, name: t.name },
    })
  }
  return out
}

function wideSelection(namespace: string, policy: string): Selection {
  return { namespace, workload: '*', labels: {}, policy, matches: () => false }
}

function isLinkerdGroup(object: SourcedObject['object']): boolean {
  return splitApiVersion(object.apiVersion)?.group === POLICY_GROUP
}

export function evaluateLinkerd(
  inv: Inventory,
  installDefault: { policy: string; ref: ResourceRef | null },
  selections: readonly Selection[] = linkerdSelections(inv),
) {
  const findings: Finding[] = []
  const subjects: Subject[] = []
  const servers = parseServers(inv)
  for (const server of servers.filter((s) => !admitted(s)))
    findings.push(
      finding(
        'error',
        'linkerd-invalid-access-policy',
        `Server ${server.namespace}/${server.name}: spec.accessPolicy "${server.accessPolicy}" is not one of ${Object.keys(DEFAULT_INBOUND_POLICIES).join(', ')}; Linkerd refuses the Server, so its ports keep the default inbound policy`,
        server.accessPolicyRef,
      ),
    )
  // Authorization targets that are not among the inputs, taken with the Server CRD's default accessPolicy (deny).
  for (const sel of selections) {
    if (!sel.target || sel.target.kind === 'node') continue
    const ref = {
      kind: sel.target.kind,
      namespace: sel.namespace,
      name: sel.target.name,
      file: null,
      line: null,
    }
    servers.push({
      namespace: sel.namespace,
      name: sel.target.kind === 'Server' ? sel.target.name : `${sel.target.kind}/${sel.target.name}`,
      podSelector: undefined,
      port: undefined,
      accessPolicy: 'deny',
      labels: {},
      ref,
      accessPolicyRef: ref,
      placeholder: sel.workload,
    })
  }
  const authorizations = collectAuthorizations(inv, servers, findings)
  const scope: LinkerdScope = { installDefault, servers, authorizations, findings }
  const nsOf = (ns: NamespaceInfo | undefined): NamespaceOf => ({
    annotations: ns?.annotations ?? {},
    annotationRef: (annotation) => namespaceFieldRef(ns, ['metadata', 'annotations', annotation]),
  })

  for (const w of inv.workloads) {
    const ns = inv.namespaces.get(w.namespace)
    const podWhere = w.pod ? `running pod ${w.namespace}/${w.pod.name}` : `pod template of ${w.name}`
    for (const [where, labels] of [
      [podWhere, w.labels],
      [`namespace ${w.namespace}`, ns?.labels ?? {}],
    ] as const) {
      if (labels[INJECT] !== undefined) {
        findings.push(
          finding(
            'warning',
            'linkerd-inject-label',
            `${where} has the LABEL ${INJECT}=${labels[INJECT]}, which Linkerd ignores: injection is controlled by the ANNOTATION ${INJECT}`,
            where === podWhere
              ? fieldRef(w, ['metadata', 'labels', INJECT])
              : (namespaceFieldRef(ns, ['metadata', 'labels', INJECT]) ?? w.ref),
          ),
        )
      }
    }
    subjects.push(evaluateWorkload(w, nsOf(ns), scope))
  }
  for (const sel of selections) {
    const w = selectionWorkload(sel)
    const ns = sel.namespace === '*' ? undefined : inv.namespaces.get(sel.namespace)
    subjects.push({ ...evaluateWorkload(w, nsOf(ns), scope), ref: null })
  }
  return { subjects, findings: dedupeFindings(findings) }
}

/** What every workload's evaluation shares: the install's default, the Servers and their authorizations. */
interface LinkerdScope {
  installDefault: { policy: string; ref: ResourceRef | null }
  servers: readonly Server[]
  authorizations: Map<Server, Authorization[]>
  /** Where the evaluation's findings go. */
  findings: Finding[]
}

/** The workload's namespace as the evaluation reads it: its annotations and the line of each (null: not an input). */
interface NamespaceOf {
  annotations: Record<string, string>
  annotationRef: (annotation: string) => ResourceRef | null
}

/**
 * One workload in four steps: is it meshed at all; its default inbound policy (pod, namespace, install); the
 * Servers that replace it on their ports; the ports the proxy never sees.
 */
function evaluateWorkload(w: Workload, ns: NamespaceOf, scope: LinkerdScope): Subject {
  const ports = w.ports.map((p) => p.port)
  const base = { namespace: w.namespace, workload: w.name, ref: w.ref, ports }
  const outside = outsideTheMesh(w, ns)
  if (outside) return { ...base, wide: outside, perPort: new Map() }
  const perPort = new Map<number, Decided>()
  const set = (port: number, decided: Decided) => {
    perPort.set(port, decided)
    if (!ports.includes(port)) ports.push(port)
  }
  let wide = defaultInboundPolicy(w, ns, scope)
  for (const { port, decided } of serverDecisions(w, scope)) {
    if (port === null) wide = decided
    else set(port, decided)
  }
  for (const { port, decided } of skippedPorts(w, ns)) set(port, decided)
  return { ...base, wide, perPort }
}

/** Null when the proxy is injected; else why not, as the DISABLE decision. */
function outsideTheMesh(w: Workload, ns: NamespaceOf): Decided | null {
  // linkerd.io/2/features/proxy-injection: the annotation on the pod template or the namespace; `disabled` on the
  // pod wins over an enabled namespace; `ingress` is injected too. A `linkerd-proxy` container means already injected.
  const podInject = w.annotations[INJECT]
  const nsInject = ns.annotations[INJECT]
  // A policy's selection is taken as meshed: the policy is written for meshed pods, and only they enforce it.
  // A running pod is meshed when the injector gave it a linkerd-proxy container when it was created: the
  // annotations decide injection at pod creation only (controller/proxy-injector/webhook.go patches the pod).
  const asked =
    podInject !== undefined
      ? podInject === 'enabled' || podInject === 'ingress'
      : nsInject === 'enabled' || nsInject === 'ingress'
  const injected =
    w.selection !== undefined || w.containerNames.includes('linkerd-proxy') || (!w.pod && asked)
  if (!injected) {
    const why =
      w.pod && asked
        ? `running pod ${w.pod.name} has no linkerd-proxy container (the proxy is injected when a pod is created)`
        : podInject === 'disabled'
          ? `annotation ${INJECT}: disabled`
          : `no ${INJECT} annotation on the pod template or namespace`
    return { mode: 'DISABLE', decidedBy: `not in the mesh: ${why}`, decider: null }
  }
  return null
}

/** The default inbound policy that applies: the pod's annotation, the namespace's, else the install's. */
function defaultInboundPolicy(w: Workload, ns: NamespaceOf, scope: LinkerdScope): Decided {
  const { installDefault, findings } = scope
  const podPolicy = w.annotations[DEFAULT_POLICY]
  const nsPolicy = ns.annotations[DEFAULT_POLICY]
  // A running pod's policy is its own annotation, else the install default: the policy controller reads no
  // namespace (policy-controller/k8s/index/src/inbound/pod.rs, `settings.default_policy.unwrap_or(config.default_
  // policy)`), because the injector copied the namespace's config annotations onto the pod when it injected it
  // (webhook.go AppendNamespaceAnnotations). A pod's value its template lacks and the namespace holds came from there.
  const fromNamespace =
    w.pod !== undefined &&
    podPolicy !== undefined &&
    w.template?.annotations[DEFAULT_POLICY] === undefined &&
    podPolicy === nsPolicy
  const [policy, decider] =
    podPolicy !== undefined
      ? [podPolicy, fromNamespace ? ns.annotationRef(DEFAULT_POLICY) : annotationRef(w, DEFAULT_POLICY)]
      : nsPolicy !== undefined && !w.pod
        ? [nsPolicy, ns.annotationRef(DEFAULT_POLICY)]
        : [installDefault.policy, installDefault.ref]
  let wideMode = DEFAULT_INBOUND_POLICIES[policy]
  if (!wideMode) {
    findings.push(
      finding(
        'error',
        'linkerd-invalid-default-policy',
        `default inbound policy "${policy}" is not one of ${Object.keys(DEFAULT_INBOUND_POLICIES).join(', ')}`,
        decider ?? w.ref,
      ),
    )
    wideMode = 'PERMISSIVE'
  }
  const source = decider ? describeRef(decider) : `install default (proxy.defaultInboundPolicy)`
  return {
    mode: wideMode,
    decidedBy: `default inbound policy ${policy}: ${source}`,
    decider,
    setting: {
      what:
        decider === null || decider.kind === 'HelmValues' || decider.kind === 'ConfigMap'
          ? 'install-wide default inbound policy (proxy.defaultInboundPolicy)'
          : `${describeSetting(decider)} ${DEFAULT_POLICY}`,
      value: policy,
    },
  }
}

// A Server that selects a port replaces the default policy for it: its accessPolicy (default deny) plus the
// authorizations that target it (linkerd.io/2/reference/authorization-policy, "Server").
function* serverDecisions(
  w: Workload,
  { servers, authorizations }: LinkerdScope,
): Generator<{ port: number | null; decided: Decided }> {
  for (const server of servers) {
    if (server.namespace !== w.namespace || !admitted(server)) continue
    // A missing authorization target is judged only as itself; a target selection only by its stand-in Server.
    if (server.placeholder !== undefined || w.selection?.target !== undefined) {
      if (server.placeholder !== w.selection?.workload) continue
    } else if (!selectorMatches(server.podSelector, w.labels)) continue
    const named = typeof server.port === 'string' && !/^\d+$/.test(server.port)
    // A selection knows no container port numbers: a named port is a selection of its own (`{app=a}:http`).
    const wholeSelection =
      server.placeholder !== undefined ||
      (w.selection !== undefined && named && server.port === w.selection.portName)
    if (w.selection !== undefined && named && !wholeSelection) continue
    if (w.selection?.portName !== undefined && !wholeSelection) continue
    const port = wholeSelection ? null : resolvePort(server.port, w)
    if (port === null && !wholeSelection) continue
    const auths = authorizations.get(server) ?? []
    const open = auths.find((a) => a.allowsPlaintext)
    const accessMode = DEFAULT_INBOUND_POLICIES[server.accessPolicy]
    const mode: Mode = open || accessMode === 'PERMISSIVE' ? 'PERMISSIVE' : 'STRICT'
    const by = open ? open.ref : server.ref
    const serverName =
      server.placeholder !== undefined
        ? `${server.ref.kind} ${server.namespace}/${server.ref.name} (not among the inputs: accessPolicy taken as deny, the CRD default)`
        : describeRef(server.ref)
    const decided: Decided = {
      mode,
      decidedBy: open
        ? `${describeRef(open.ref)} allows unauthenticated clients (${open.requires})`
        : `${serverName} (accessPolicy ${server.accessPolicy}${auths.length ? `, ${auths.length} authenticated authorization(s): ${auths.map((a) => a.requires).join('; ')}` : ''})`,
      decider: by,
      setting: open
        ? {
            what: `${open.ref.kind} ${open.ref.namespace}/${open.ref.name}`,
            value: `admits ${open.requires}`,
          }
        : server.placeholder === undefined
          ? { what: `Server ${server.namespace}/${server.name} accessPolicy`, value: server.accessPolicy }
          : undefined,
      portName: named ? String(server.port) : undefined,
    }
    yield { port, decided }
  }
}

/**
 * config.linkerd.io/skip-inbound-ports: the proxy never sees these ports, so they are plaintext whatever the policy
 * (linkerd.io/2/reference/proxy-configuration). opaque-ports only turns off protocol detection: still mTLS
 * (linkerd.io/2/features/protocol-detection). Config annotations: pod first, then namespace (linkerd2
 * pkg/inject/inject.go getOverride).
 */
function skippedPorts(w: Workload, ns: NamespaceOf): { port: number; decided: Decided }[] {
  const skipPod = w.annotations[SKIP_INBOUND]
  const skip = skipPod ?? ns.annotations[SKIP_INBOUND]
  if (!skip) return []
  const ref = skipPod !== undefined ? annotationRef(w, SKIP_INBOUND) : ns.annotationRef(SKIP_INBOUND)
  return expandPortList(skip, w).map((port) => ({
    port,
    decided: {
      mode: 'DISABLE',
      decidedBy: `${SKIP_INBOUND} bypasses the proxy: ${ref ? describeRef(ref) : 'namespace annotation'}`,
      decider: ref,
    },
  }))
}

/** `Namespace shop`, `Deployment/web`: the resource whose setting decides, without file and line. */
function describeSetting(ref: ResourceRef): string {
  return ref.namespace && ref.kind !== 'Namespace'
    ? `${ref.kind} ${ref.namespace}/${ref.name}`
    : `${ref.kind} ${ref.name}`
}

function annotationRef(w: Workload, annotation: string): ResourceRef {
  return fieldRef(w, ['metadata', 'annotations', annotation])
}

/** The workload's ref, at the line of a field of its pod template. */
function fieldRef(w: Workload, path: string[]): ResourceRef {
  return { ...w.ref, line: w.origin.lineOf?.([...w.templatePath, ...path]) ?? w.ref.line }
}

/** `25,587,8000-8002` and container port names; ranges larger than 1024 ports are cut off (no one lists those). */
export function expandPortList(text: string, w: Workload): number[] {
  const out: number[] = []
  for (const part of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const range = /^(\d+)-(\d+)$/.exec(part)
    if (range) {
      const lo = Number(range[1])
      const hi = Math.min(Number(range[2]), lo + 1023)
      for (let p = lo; p <= hi; p++) out.push(p)
    } else {
      const port = resolvePort(part, w)
      if (port !== null) out.push(port)
    }
  }
  return out
}

/**
 * Servers a route attaches to (`parentRefs` of kind Server), for AuthorizationPolicies that target a route: a route
 * authorization that lets plaintext in opens part of the Server's traffic, which is enough to make the port accept
 * plaintext (linkerd.io/2/reference/authorization-policy, "HTTPRoute").
 */
export function routeParents(inv: Inventory, ns: string, kind: string, name: unknown): string[] {
  const route = findRoute(inv, ns, kind, name)
  const parents = get(route?.object, ['spec', 'parentRefs'])
  return (Array.isArray(parents) ? parents : [])
    .filter((p) => get(p, ['kind']) === 'Server')
    .map((p) => String(get(p, ['name'])))
}

export function findRoute(
  inv: Inventory,
  ns: string,
  kind: string,
  name: unknown,
): SourcedObject | undefined {
  return inv.others.find(
    ({ object }) =>
      object.kind === kind &&
      /(^|\.)(policy\.linkerd\.io|gateway\.networking\.k8s\.io)$/.test(
        splitApiVersion(object.apiVersion)?.group ?? '',
      ) &&
      namespaceOf(object) === ns &&
      object.metadata?.name === name,
  )
}

/**
 * The Servers an authorization applies to, in its own namespace: an AuthorizationPolicy's `targetRef` (a Server by
 * name; a Namespace: every Server of the policy's namespace, whatever name it gives, as the policy controller
 * reads it, policy-controller/k8s/index/src/inbound/authorization_policy.rs `Target::Namespace`; a route: the
 * Servers it attaches to), a ServerAuthorization's `server` (by name or by a selector over the Servers' labels).
 */
export function authorizedServers(
  inv: Inventory,
  object: SourcedObject['object'],
  servers: readonly Server[],
): Server[] {
  const ns = namespaceOf(object)
  if (isLinkerd(object, 'AuthorizationPolicy')) {
    const kind = get(object, ['spec', 'targetRef', 'kind'])
    const name = get(object, ['spec', 'targetRef', 'name'])
    return servers.filter(
      (s) =>
        s.namespace === ns &&
        (kind === 'Namespace' ||
          (kind === 'Server' && s.name === name) ||
          ((kind === 'HTTPRoute' || kind === 'GRPCRoute') &&
            (s.placeholder === `${kind}/${String(name)}` ||
              (s.placeholder?.includes('Route/') !== true &&
                routeParents(inv, ns, kind, name).includes(s.name))))),
    )
  }
  if (isLinkerd(object, 'ServerAuthorization')) {
    const server = get(object, ['spec', 'server'])
    return servers.filter(
      (s) =>
        s.namespace === ns &&
        (get(server, ['name']) !== undefined
          ? s.name === get(server, ['name'])
          : s.placeholder === undefined && selectorMatches(get(server, ['selector']), s.labels)),
    )
  }
  return []
}

/**
 * AuthorizationPolicy (targetRef Server, a route on a Server, or Namespace for all its Servers): all `requiredAuthenticationRefs` must
 * hold, and a missing referent voids the policy (policy.linkerd.io AuthorizationPolicy CRD field docs). It lets
 * plaintext in when it requires no identity: no refs at all, or only NetworkAuthentication. MeshTLSAuthentication
 * and ServiceAccount refs require an mTLS identity. ServerAuthorization: `client.unauthenticated: true` lets
 * plaintext in; `client.meshTLS` requires TLS (with `unauthenticatedTLS` it requires TLS but no identity).
 */
function collectAuthorizations(
  inv: Inventory,
  servers: readonly Server[],
  findings: Finding[],
): Map<Server, Authorization[]> {
  const byServer = new Map<Server, Authorization[]>()
  const add = (s: Server, a: Authorization) => byServer.set(s, [...(byServer.get(s) ?? []), a])
  const exists = (kind: string, ns: string, name: string) =>
    kind === 'ServiceAccount' ||
    inv.others.some(
      ({ object }) => isLinkerd(object, kind) && namespaceOf(object) === ns && object.metadata?.name === name,
    )
  for (const { object, origin } of inv.others) {
    const ns = namespaceOf(object)
    if (isLinkerd(object, 'AuthorizationPolicy')) {
      const targets = authorizedServers(inv, object, servers)
      const refs = get(object, ['spec', 'requiredAuthenticationRefs'])
      const list = Array.isArray(refs) ? refs : []
      const missing = list.find(
        (r) =>
          !exists(String(get(r, ['kind'])), String(get(r, ['namespace']) ?? ns), String(get(r, ['name']))),
      )
      const ref = refOf(object, origin, ['spec', 'requiredAuthenticationRefs'])
      if (missing) {
        findings.push(
          finding(
            'warning',
            'linkerd-authorization-ignored',
            `AuthorizationPolicy ${ns}/${String(object.metadata?.name)} refers to ${String(get(missing, ['kind']))} ${String(get(missing, ['name']))}, which is not among the inputs: Linkerd ignores an authorization whose referent is missing`,
            ref,
          ),
        )
        continue
      }
      const needsIdentity = list.some(
        (r) => get(r, ['kind']) === 'MeshTLSAuthentication' || get(r, ['kind']) === 'ServiceAccount',
      )
      const requires =
        list.length === 0
          ? 'no authentication required'
          : list.map((r) => `${String(get(r, ['kind']))} ${String(get(r, ['name']))}`).join(' and ')
      for (const s of targets) add(s, { allowsPlaintext: !needsIdentity, requires, ref })
    } else if (isLinkerd(object, 'ServerAuthorization')) {
      const targets = authorizedServers(inv, object, servers)
      const client = get(object, ['spec', 'client'])
      const plaintext = get(client, ['unauthenticated']) === true
      const requires = plaintext
        ? 'client.unauthenticated'
        : get(client, ['meshTLS', 'unauthenticatedTLS']) === true
          ? 'client.meshTLS.unauthenticatedTLS'
          : 'client.meshTLS'
      for (const s of targets)
        add(s, { allowsPlaintext: plaintext, requires, ref: refOf(object, origin, ['spec', 'client']) })
    }
  }
  return byServer
}

/**
 * Linkerd's install-wide default inbound policy: Helm values among the inputs (`proxy.defaultInboundPolicy`), else
 * the `linkerd-config` ConfigMap the control plane was installed with (its `values` key holds the chart's values as
 * YAML, charts/linkerd-control-plane/templates/config.yaml; this is where a live cluster keeps it), else Linkerd's
 * default, all-unauthenticated (charts/linkerd-control-plane/values.yaml).
 */
function linkerdInstallDefault(loaded: LoadedObjects): { policy: string; ref: ResourceRef | null } {
  for (const v of loaded.values) {
    const policy = get(v.values, ['proxy', 'defaultInboundPolicy'])
    if (typeof policy === 'string') {
      const line = v.origin.lineOf?.(['proxy', 'defaultInboundPolicy']) ?? v.origin.line
      return {
        policy,
        ref: {
          kind: 'HelmValues',
          namespace: null,
          name: 'proxy.defaultInboundPolicy',
          file: v.origin.file,
          line,
        },
      }
    }
  }
  for (const { object, origin } of loaded.objects) {
    if (object.kind !== 'ConfigMap' || object.metadata?.name !== LINKERD_CONFIG) continue
    const text = get(object, ['data', 'values'])
    let values: unknown
    try {
      values = typeof text === 'string' ? parse(text) : undefined
    } catch {
      values = undefined
    }
    const policy = get(values, ['proxy', 'defaultInboundPolicy'])
    if (typeof policy === 'string') {
      return {
        policy,
        ref: {
          kind: 'ConfigMap',
          namespace: typeof object.metadata?.namespace === 'string' ? object.metadata.namespace : null,
          name: `${LINKERD_CONFIG} values proxy.defaultInboundPolicy`,
          file: origin.file,
          line: origin.lineOf?.(['data', 'values']) ?? origin.line,
        },
      }
    }
  }
  return { policy: LINKERD_INSTALL_DEFAULT, ref: null }
}

/** The policy kinds of policy.linkerd.io, and the Gateway API routes an authorization may target. */
const LINKERD_KINDS: readonly ListedKind[] = [
  {
    versions: [
      'policy.linkerd.io/v1beta3',
      'policy.linkerd.io/v1beta2',
      'policy.linkerd.io/v1beta1',
      'policy.linkerd.io/v1alpha1',
    ],
    kind: 'Server',
  },
  { versions: ['policy.linkerd.io/v1beta1', 'policy.linkerd.io/v1alpha1'], kind: 'ServerAuthorization' },
  { versions: ['policy.linkerd.io/v1alpha1'], kind: 'AuthorizationPolicy' },
  { versions: ['policy.linkerd.io/v1alpha1'], kind: 'MeshTLSAuthentication' },
  { versions: ['policy.linkerd.io/v1alpha1'], kind: 'NetworkAuthentication' },
  {
    versions: ['policy.linkerd.io/v1beta3', 'policy.linkerd.io/v1beta2', 'policy.linkerd.io/v1beta1'],
    kind: 'HTTPRoute',
  },
  { versions: ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1beta1'], kind: 'HTTPRoute' },
  { versions: ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1alpha2'], kind: 'GRPCRoute' },
]

export const LINKERD_EVALUATOR: MeshEvaluator = {
  title: 'Linkerd',
  reads: {
    kinds: LINKERD_KINDS,
    // The install-wide default inbound policy lives in the control plane's values (see linkerdInstallDefault).
    configMaps: [{ namespace: 'linkerd', name: LINKERD_CONFIG }],
  },
  recognises: {
    // linkerd.io is the group of ServiceProfiles (linkerd.io/v1alpha2).
    object: (object, group) =>
      group === POLICY_GROUP ||
      group === 'linkerd.io' ||
      (object.kind === 'ConfigMap' && object.metadata?.name === LINKERD_CONFIG),
    metadata: (_labels, annotations) =>
      Object.keys(annotations).some((a) => a === INJECT || a.startsWith('config.linkerd.io/')),
    values: (values) => get(values, ['proxy', 'defaultInboundPolicy']) !== undefined,
  },
  selections: (inventory) => linkerdSelections(inventory),
  appliesTo: linkerdAppliesTo,
  evaluate: (inventory, loaded, selections) =>
    evaluateLinkerd(inventory, linkerdInstallDefault(loaded), selections),
  namespaceEnrolment: 'linkerd.io/inject annotation',
  rules: {
    'linkerd-inject-label': 'linkerd.io/inject set as a label, which Linkerd ignores',
    'linkerd-invalid-default-policy': 'An unknown Linkerd default inbound policy',
    'linkerd-invalid-access-policy': 'A Linkerd Server whose accessPolicy Linkerd refuses',
    'linkerd-authorization-ignored': 'A Linkerd authorization whose referent is missing is ignored',
  },
  telemetry: {
    /** The server pod's proxy admin port 4191 `/metrics` (linkerd.io/2/reference/proxy-metrics). */
    endpoints: (server) => [
      { namespace: server.namespace, selector: server.selector, port: 4191, path: '/metrics' },
    ],
    read: readLinkerd,
    evidence: 'mtls-counters',
  },
}

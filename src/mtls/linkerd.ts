/**
 * Linkerd: whether a workload is meshed (the `linkerd.io/inject` annotation), its default inbound policy, and the
 * Server / AuthorizationPolicy / ServerAuthorization resources that narrow a port to authenticated clients.
 * Pure: objects in, data out.
 */
import { describeRef, finding, refOf, type Finding, type ResourceRef } from './model.js'
import type { Mode } from '../vocabulary.js'
import type { SourcedObject } from '../k8s/objects.js'
import { splitApiVersion } from './crd-validation.js'
import type { Decided, Subject } from './entries.js'
import {
  get,
  namespaceOf,
  resolvePort,
  selectorMatches,
  stringMap,
  type Inventory,
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

const POLICY_GROUP = 'policy.linkerd.io'
const INJECT = 'linkerd.io/inject'
const DEFAULT_POLICY = 'config.linkerd.io/default-inbound-policy'
const SKIP_INBOUND = 'config.linkerd.io/skip-inbound-ports'

interface Server {
  namespace: string
  name: string
  podSelector: unknown
  port: unknown
  accessPolicy: string
  labels: Record<string, string>
  ref: ResourceRef
}

interface Authorization {
  /** Whether it lets clients without an mTLS identity in (plaintext). */
  allowsPlaintext: boolean
  ref: ResourceRef
}

function isLinkerd(object: SourcedObject['object'], kind: string): boolean {
  return splitApiVersion(object.apiVersion)?.group === POLICY_GROUP && object.kind === kind
}

export function evaluateLinkerd(inv: Inventory, installDefault: { policy: string; ref: ResourceRef | null }) {
  const findings: Finding[] = []
  const subjects: Subject[] = []
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
    })
  }
  const authorizations = collectAuthorizations(inv, servers, findings)

  for (const w of inv.workloads) {
    const ns = inv.namespaces.get(w.namespace)
    for (const [where, labels] of [
      ['pod template', w.labels],
      [`namespace ${w.namespace}`, ns?.labels ?? {}],
    ] as const) {
      if (labels[INJECT] !== undefined) {
        findings.push(
          finding(
            'warning',
            'linkerd-inject-label',
            `${where} has the LABEL ${INJECT}=${labels[INJECT]}, which Linkerd ignores: injection is controlled by the ANNOTATION ${INJECT}`,
            where === 'pod template' ? fieldRef(w, ['metadata', 'labels', INJECT]) : (ns?.ref ?? w.ref),
          ),
        )
      }
    }
    subjects.push(
      evaluateWorkload(
        w,
        ns?.annotations ?? {},
        ns?.ref ?? null,
        installDefault,
        servers,
        authorizations,
        findings,
      ),
    )
  }
  return { subjects, findings }
}

function evaluateWorkload(
  w: Workload,
  nsAnnotations: Record<string, string>,
  nsRef: ResourceRef | null,
  installDefault: { policy: string; ref: ResourceRef | null },
  servers: readonly Server[],
  authorizations: Map<Server, Authorization[]>,
  findings: Finding[],
): Subject {
  const ports = w.ports.map((p) => p.port)
  const base = { namespace: w.namespace, workload: w.name, ref: w.ref, ports }
  // linkerd.io/2/features/proxy-injection: the annotation on the pod template or the namespace; `disabled` on the
  // pod wins over an enabled namespace; `ingress` is injected too. A `linkerd-proxy` container means already injected.
  const podInject = w.annotations[INJECT]
  const nsInject = nsAnnotations[INJECT]
  const injected =
    w.containerNames.includes('linkerd-proxy') ||
    (podInject !== undefined
      ? podInject === 'enabled' || podInject === 'ingress'
      : nsInject === 'enabled' || nsInject === 'ingress')
  if (!injected) {
    const why =
      podInject === 'disabled'
        ? `annotation ${INJECT}: disabled`
        : `no ${INJECT} annotation on the pod template or namespace`
    return {
      ...base,
      wide: { mode: 'DISABLE', decidedBy: `not in the mesh: ${why}`, decider: null },
      perPort: new Map(),
    }
  }
  const podPolicy = w.annotations[DEFAULT_POLICY]
  const nsPolicy = nsAnnotations[DEFAULT_POLICY]
  const [policy, decider] =
    podPolicy !== undefined
      ? [podPolicy, annotationRef(w, DEFAULT_POLICY)]
      : nsPolicy !== undefined
        ? [nsPolicy, nsRef]
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
  const wide: Decided = { mode: wideMode, decidedBy: `default inbound policy ${policy}: ${source}`, decider }
  const perPort = new Map<number, Decided>()

  // A Server that selects a port replaces the default policy for it: its accessPolicy (default deny) plus the
  // authorizations that target it (linkerd.io/2/reference/authorization-policy, "Server").
  for (const server of servers) {
    if (server.namespace !== w.namespace || !selectorMatches(server.podSelector, w.labels)) continue
    const port = resolvePort(server.port, w)
    if (port === null) continue
    const auths = authorizations.get(server) ?? []
    const open = auths.find((a) => a.allowsPlaintext)
    const accessMode = DEFAULT_INBOUND_POLICIES[server.accessPolicy] ?? 'STRICT'
    const mode: Mode = open || accessMode === 'PERMISSIVE' ? 'PERMISSIVE' : 'STRICT'
    const by = open ? open.ref : server.ref
    perPort.set(port, {
      mode,
      decidedBy: open
        ? `${describeRef(open.ref)} allows unauthenticated clients`
        : `${describeRef(server.ref)} (accessPolicy ${server.accessPolicy}${auths.length ? `, ${auths.length} authenticated authorization(s)` : ''})`,
      decider: by,
    })
    if (!ports.includes(port)) ports.push(port)
  }

  // config.linkerd.io/skip-inbound-ports: the proxy never sees these ports, so they are plaintext whatever the
  // policy (linkerd.io/2/reference/proxy-configuration). opaque-ports only turns off protocol detection: still mTLS
  // (linkerd.io/2/features/protocol-detection). Config annotations: pod first, then namespace
  // (linkerd2 pkg/inject/inject.go getOverride).
  const skipPod = w.annotations[SKIP_INBOUND]
  const skip = skipPod ?? nsAnnotations[SKIP_INBOUND]
  if (skip) {
    const ref = skipPod !== undefined ? annotationRef(w, SKIP_INBOUND) : nsRef
    for (const port of expandPortList(skip, w)) {
      perPort.set(port, {
        mode: 'DISABLE',
        decidedBy: `${SKIP_INBOUND} bypasses the proxy: ${ref ? describeRef(ref) : 'namespace annotation'}`,
        decider: ref,
      })
      if (!ports.includes(port)) ports.push(port)
    }
  }
  return { ...base, wide, perPort }
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
function routeParents(inv: Inventory, ns: string, kind: string, name: unknown): string[] {
  const route = inv.others.find(
    ({ object }) =>
      object.kind === kind &&
      /(^|\.)(policy\.linkerd\.io|gateway\.networking\.k8s\.io)$/.test(
        splitApiVersion(object.apiVersion)?.group ?? '',
      ) &&
      namespaceOf(object) === ns &&
      object.metadata?.name === name,
  )
  const parents = get(route?.object, ['spec', 'parentRefs'])
  return (Array.isArray(parents) ? parents : [])
    .filter((p) => get(p, ['kind']) === 'Server')
    .map((p) => String(get(p, ['name'])))
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
      const target = get(object, ['spec', 'targetRef'])
      const kind = get(target, ['kind'])
      const name = get(target, ['name'])
      const targets = servers.filter(
        (s) =>
          s.namespace === ns &&
          (kind === 'Namespace' ||
            (kind === 'Server' && s.name === name) ||
            ((kind === 'HTTPRoute' || kind === 'GRPCRoute') &&
              routeParents(inv, ns, kind, name).includes(s.name))),
      )
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
      for (const s of targets) add(s, { allowsPlaintext: !needsIdentity, ref })
    } else if (isLinkerd(object, 'ServerAuthorization')) {
      const server = get(object, ['spec', 'server'])
      const targets = servers.filter(
        (s) =>
          s.namespace === ns &&
          (get(server, ['name']) !== undefined
            ? s.name === get(server, ['name'])
            : selectorMatches(get(server, ['selector']), s.labels)),
      )
      const client = get(object, ['spec', 'client'])
      const plaintext = get(client, ['unauthenticated']) === true
      for (const s of targets)
        add(s, { allowsPlaintext: plaintext, ref: refOf(object, origin, ['spec', 'client']) })
    }
  }
  return byServer
}

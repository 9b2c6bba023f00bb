/**
 * Cilium: mutual authentication per ingress rule (`authentication.mode` on CiliumNetworkPolicy and
 * CiliumClusterwideNetworkPolicy rules) and transparent encryption from the install. Pure: objects in, data out.
 *
 * Mutual authentication only authenticates; it does not encrypt (docs.cilium.io network/servicemesh/
 * mutual-authentication: "mutual authentication ... does not encrypt ... use WireGuard or IPsec"; cilium/cilium
 * issue 24867 on naming). So the modes are: authenticated and encrypted = STRICT; encrypted only = PERMISSIVE;
 * authenticated only = PERMISSIVE plus a finding of its own (`cilium-authenticated-unencrypted`); neither = DISABLE.
 */
import { describeRef, finding, refOf, type Finding, type ResourceRef } from './model.js'
import { CILIUM_AGENT_METRICS, CILIUM_ENCRYPTION_TYPES, type Mode } from '../vocabulary.js'
import type { SourcedObject, SourcedValues } from '../k8s/objects.js'
import { mergedValue } from '../k8s/helm-values.js'
import { splitApiVersion } from './crd-validation.js'
import type { MeshEvaluator } from './evaluator.js'
import { ciliumAppliesTo } from './cilium-scope.js'
import { readCilium } from './telemetry.js'
import type { Decided, Subject } from './entries.js'
import {
  dedupeFindings,
  get,
  namespaceOf,
  representativeLabels,
  resolvePort,
  selectionWorkload,
  selectorKey,
  stringMap,
  type Inventory,
  type Selection,
  type Workload,
} from './workloads.js'

function stringKeyed(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/** The agent's ConfigMap in kube-system, which carries what the chart rendered (encryption among it). */
export const CILIUM_CONFIG = 'cilium-config'

/** The agent's metrics port: the Helm value `prometheus.port`'s default. */
const CILIUM_METRICS_PORT = CILIUM_AGENT_METRICS.port

/**
 * Why the agents serve no counters where the telemetry reads them, or null when they do. The agent serves its
 * metrics only when the install sets the Helm value `prometheus.enabled` (off by default, docs.cilium.io
 * observability/metrics): the chart then renders `prometheus-serve-addr: ":<prometheus.port>"` into cilium-config,
 * and the agent's `--prometheus-serve-addr` of "" is off. Without it there are no drop counters to read, which says
 * nothing about drops: the column must say "not read", never "no traffic".
 */
export function ciliumMetricsUnserved(data: Readonly<Record<string, string>> | null): string | null {
  const where = `ConfigMap kube-system/${CILIUM_CONFIG}`
  if (data === null) return `the cluster has no ${where}: nothing says the Cilium agents serve their metrics`
  const address = data['prometheus-serve-addr']?.trim() ?? ''
  if (!address)
    return (
      `the Cilium agents serve no metrics: ${where} has no prometheus-serve-addr (the Helm value ` +
      'prometheus.enabled is not true in the install)'
    )
  const port = /:(\d+)$/.exec(address)?.[1]
  if (port !== String(CILIUM_METRICS_PORT))
    return (
      `the Cilium agents serve their metrics on '${address}' (${where} prometheus-serve-addr, the Helm value ` +
      `prometheus.port), not on :${CILIUM_METRICS_PORT}, where they are read`
    )
  return null
}

export interface Encryption {
  enabled: boolean
  type: string | null
  source: string
  ref: ResourceRef | null
}

interface AuthRule {
  authenticated: boolean
  mode: string
  /** `CiliumNetworkPolicy default/echo ingress[0]`: the rule, for naming a change of its authentication.mode. */
  rule: string
  /** The rule's from* fields as written: rules admitting the same peers merge. */
  peers: string
  ports: (number | string)[] | 'all'
  ref: ResourceRef
  policy: string
}

/**
 * Encryption from Helm values (`encryption.enabled`, `encryption.type` ipsec|wireguard|ztunnel; docs.cilium.io
 * security/network/encryption-wireguard and encryption-ipsec) or the `cilium-config` ConfigMap in kube-system
 * (`enable-wireguard`, `enable-ipsec`, `enable-ztunnel`: what the chart renders for each `encryption.type`). The values
 * documents count as Helm merges them, in the order given (the gate's defaults, then the user's files, which override
 * them key by key): `encryption.enabled` from the last that sets it, the type likewise, the chart's `ipsec` when none
 * does. A ConfigMap, what the chart rendered, wins over values; none given means not enabled (and the decision says so).
 */
export function ciliumEncryption(inv: Inventory, values: readonly SourcedValues[]): Encryption {
  let found: Encryption = {
    enabled: false,
    type: null,
    source: 'no Helm values or cilium-config ConfigMap given: encryption assumed off',
    ref: null,
  }
  const enabled = mergedValue(values, ['encryption', 'enabled'], 'boolean')
  const type = mergedValue(values, ['encryption', 'type'], CILIUM_ENCRYPTION_TYPES)
  // The document that decides: where encryption is turned off (or never on), else the later of the two that turn it
  // on, so the source names the file a reader changes to change it.
  const later = (a: typeof type, b: typeof enabled) =>
    a && b && values.indexOf(a.from) > values.indexOf(b.from) ? a : b
  const decider = enabled?.value === true ? later(type, enabled) : (enabled ?? type)
  if (decider) {
    const origin = decider.from.origin
    found = {
      enabled: enabled?.value === true,
      type: enabled?.value === true ? (type?.value ?? 'ipsec') : null,
      source: `Helm values ${origin.file ?? ''}`.trim(),
      ref: {
        kind: 'HelmValues',
        namespace: null,
        name: 'encryption',
        file: origin.file,
        line: origin.lineOf?.(['encryption', decider === enabled ? 'enabled' : 'type']) ?? origin.line,
      },
    }
  }
  for (const { object, origin } of inv.others) {
    if (object.kind !== 'ConfigMap' || object.apiVersion !== 'v1' || object.metadata?.name !== CILIUM_CONFIG)
      continue
    const data = stringMap(object.data)
    const wg = data['enable-wireguard'] === 'true'
    const ipsec = data['enable-ipsec'] === 'true'
    const ztunnel = data['enable-ztunnel'] === 'true'
    found = {
      enabled: wg || ipsec || ztunnel,
      type: wg ? 'wireguard' : ipsec ? 'ipsec' : ztunnel ? 'ztunnel' : null,
      source: `ConfigMap ${namespaceOf(object)}/cilium-config`,
      ref: refOf(object, origin, ['data']),
    }
  }
  return found
}

export function isCilium(object: { apiVersion?: unknown; kind?: unknown }): boolean {
  return (
    splitApiVersion(object.apiVersion)?.group === 'cilium.io' &&
    (object.kind === 'CiliumNetworkPolicy' || object.kind === 'CiliumClusterwideNetworkPolicy')
  )
}

/** Cilium selector keys may carry a source prefix (`k8s:`, `any:`); the pod's namespace is a label too. */
function ciliumSelects(selector: unknown, w: Workload): boolean {
  const labels: Record<string, string> = { ...w.labels }
  // A cluster-wide selection (`*`) stands for pods of any namespace: its namespace label is whatever a selector asks.
  if (w.namespace !== '*') labels[NAMESPACE_LABEL] = w.namespace
  const strip = stripSource
  for (const [k, v] of Object.entries(stringMap(get(selector, ['matchLabels']))))
    if (labels[strip(k)] !== v && !(w.namespace === '*' && strip(k) === NAMESPACE_LABEL)) return false
  const exprs = get(selector, ['matchExpressions'])
  for (const e of Array.isArray(exprs) ? exprs : []) {
    const key = strip(String(get(e, ['key'])))
    const vals = (Array.isArray(get(e, ['values'])) ? (get(e, ['values']) as unknown[]) : []).map(String)
    const op = get(e, ['operator'])
    const ok =
      op === 'In'
        ? vals.includes(labels[key] ?? '\0')
        : op === 'NotIn'
          ? !vals.includes(labels[key] ?? '\0')
          : op === 'Exists'
            ? key in labels
            : op === 'DoesNotExist'
              ? !(key in labels)
              : false
    if (!ok && !(w.namespace === '*' && key === NAMESPACE_LABEL)) return false
  }
  return true
}

/** Each spec of each Cilium policy, with its path (`spec` or `specs[i]`). */
function policySpecs(inv: Inventory) {
  const out: {
    object: SourcedObject['object']
    origin: SourcedObject['origin']
    spec: unknown
    path: (string | number)[]
    clusterwide: boolean
  }[] = []
  for (const { object, origin } of inv.others) {
    if (!isCilium(object)) continue
    const clusterwide = object.kind === 'CiliumClusterwideNetworkPolicy'
    for (const { spec, path } of specsOf(object)) out.push({ object, origin, spec, path, clusterwide })
  }
  return out
}

/** The rules of one Cilium policy: its `spec` and each of its `specs`, with their paths. */
export function specsOf(object: SourcedObject['object']): { spec: unknown; path: (string | number)[] }[] {
  const out: { spec: unknown; path: (string | number)[] }[] = []
  if (object.spec) out.push({ spec: object.spec, path: ['spec'] })
  if (Array.isArray(object.specs)) object.specs.forEach((spec, i) => out.push({ spec, path: ['specs', i] }))
  return out
}

export const NAMESPACE_LABEL = 'io.kubernetes.pod.namespace'
export const stripSource = (k: string) => k.replace(/^(k8s|any):/, '')

/**
 * The endpointSelector Cilium enforces: a CiliumNetworkPolicy's always applies in the policy's own namespace, so the
 * agent sets `k8s:io.kubernetes.pod.namespace` to it, replacing a value the policy gives there (with a warning,
 * "removing illegal namespace match"; pkg/k8s/apis/cilium.io/utils ParseToCiliumRule). A namespace asked for
 * another way (`any:` or no prefix, an expression) is kept beside it, so it must name the policy's namespace too.
 * A clusterwide policy's selector is taken as written.
 */
export function enforcedEndpointSelector(selector: unknown, policyNamespace: string | null): unknown {
  if (policyNamespace === null) return selector
  const matchLabels = stringMap(get(selector, ['matchLabels']))
  if (!(`k8s:${NAMESPACE_LABEL}` in matchLabels)) return selector
  delete matchLabels[`k8s:${NAMESPACE_LABEL}`]
  return { ...stringKeyed(selector), matchLabels }
}

/**
 * What Cilium's policies select, as selections: every endpointSelector (`{app=echo}`, in the policy's namespace; a
 * clusterwide policy's in the namespace its selector names, else `*`), with a selection per named port its ingress
 * rules allow (`{app=echo}:http`), and every nodeSelector of a clusterwide policy (`node{...}`, the host firewall).
 */
export function ciliumSelections(inv: Inventory): Selection[] {
  const out: Selection[] = []
  const seen = new Set<string>()
  const push = (s: Selection) => {
    const key = `${s.namespace}\u0000${s.workload}`
    if (seen.has(key)) return
    seen.add(key)
    out.push(s)
  }
  for (const { object, spec, clusterwide } of policySpecs(inv)) {
    const policy = `${String(object.kind)} ${clusterwide ? '' : `${namespaceOf(object)}/`}${String(object.metadata?.name)}`
    const written = get(spec, ['endpointSelector'])
    const endpoint = enforcedEndpointSelector(written, clusterwide ? null : namespaceOf(object))
    const node = get(spec, ['nodeSelector'])
    if (written !== undefined) {
      const labels = representativeLabels(endpoint, stripSource)
      const namespace = clusterwide ? (labels[NAMESPACE_LABEL] ?? '*') : namespaceOf(object)
      delete labels[NAMESPACE_LABEL]
      // The namespace is the selection's own column: the key is the rest of the selector.
      const key = selectorKey(withoutNamespace(endpoint), stripSource)
      const matches = (w: Workload) =>
        (clusterwide || w.namespace === namespaceOf(object)) && ciliumSelects(endpoint, w)
      push({ namespace, workload: key, labels, policy, matches })
      for (const name of namedPorts(spec))
        push({ namespace, workload: `${key}:${name}`, labels, portName: name, policy, matches })
    } else if (node !== undefined && clusterwide) {
      const key = `node${selectorKey(node, stripSource)}`
      push({
        namespace: '*',
        workload: key,
        labels: representativeLabels(node, stripSource),
        policy,
        // Nodes are not among the manifests: a host policy's selection is always judged on its own.
        matches: () => false,
        target: { kind: 'node', name: key },
      })
    }
  }
  return out
}

function withoutNamespace(selector: unknown): unknown {
  const labels = Object.fromEntries(
    Object.entries(stringMap(get(selector, ['matchLabels']))).filter(
      ([k]) => stripSource(k) !== NAMESPACE_LABEL,
    ),
  )
  return { ...stringKeyed(selector), matchLabels: labels }
}

function namedPorts(spec: unknown): string[] {
  const names: string[] = []
  const ingress = get(spec, ['ingress'])
  for (const rule of Array.isArray(ingress) ? ingress : []) {
    const toPorts = get(rule, ['toPorts'])
    for (const tp of Array.isArray(toPorts) ? toPorts : [])
      for (const p of (get(tp, ['ports']) as unknown[] | undefined) ?? []) {
        const port = get(p, ['port'])
        if (typeof port === 'string' && !/^\d+$/.test(port) && !names.includes(port)) names.push(port)
      }
  }
  return names
}

function rulesFor(inv: Inventory, w: Workload): AuthRule[] {
  const out: AuthRule[] = []
  const isNode = w.selection?.target?.kind === 'node'
  for (const { object, origin, spec, path, clusterwide } of policySpecs(inv)) {
    if (!clusterwide && namespaceOf(object) !== w.namespace) continue
    {
      // A host policy (nodeSelector) selects nodes, an endpoint policy pods (docs.cilium.io security/host-firewall).
      const written = get(spec, [isNode ? 'nodeSelector' : 'endpointSelector'])
      const sel = isNode
        ? written
        : enforcedEndpointSelector(written, clusterwide ? null : namespaceOf(object))
      if (written === undefined || !ciliumSelects(sel, w)) continue
      const ingress = get(spec, ['ingress'])
      ;(Array.isArray(ingress) ? ingress : []).forEach((rule, i) => {
        const mode = String(get(rule, ['authentication', 'mode']) ?? 'disabled')
        const toPorts = get(rule, ['toPorts'])
        const ports: (number | string)[] = []
        for (const tp of Array.isArray(toPorts) ? toPorts : []) {
          for (const p of (get(tp, ['ports']) as unknown[] | undefined) ?? [])
            ports.push(get(p, ['port']) as string)
        }
        const peers = JSON.stringify(
          Object.fromEntries(Object.entries(stringKeyed(rule)).filter(([k]) => k.startsWith('from'))),
        )
        out.push({
          authenticated: mode !== 'disabled',
          mode,
          peers,
          rule: `${String(object.kind)} ${clusterwide ? '' : `${namespaceOf(object)}/`}${String(object.metadata?.name)} ${path.join('.').replace(/\.(\d+)/g, '[$1]')}.ingress[${i}]`,
          ports: ports.length ? ports : 'all',
          ref: refOf(object, origin, [
            ...path,
            'ingress',
            i,
            ...(mode !== 'disabled' ? ['authentication', 'mode'] : []),
          ]),
          policy: `${String(object.kind)} ${clusterwide ? '' : `${namespaceOf(object)}/`}${String(object.metadata?.name)}`,
        })
      })
    }
  }
  return out
}

/**
 * Whether the peers a set of rules admits are all authenticated. Cilium's rules are additive: the agent merges every
 * rule that admits a peer on a port into one policy map entry, and an entry that one rule marks as needing
 * authentication keeps that requirement (docs.cilium.io network/servicemesh/mutual-authentication: "authentication
 * ... is required for the traffic matched by this rule"; pkg/policy mapstate merging keeps the auth type). So a
 * second rule admitting the same peers without it does not loosen it, and a rule admitting other peers without it
 * does. Peers are compared by the rule's from* fields as written.
 */
function allPeersAuthenticated(covering: readonly AuthRule[]): boolean {
  if (covering.length === 0) return false
  const byPeer = new Map<string, boolean>()
  for (const r of covering) byPeer.set(r.peers, (byPeer.get(r.peers) ?? false) || r.authenticated)
  return [...byPeer.values()].every(Boolean)
}

export function evaluateCilium(
  inv: Inventory,
  values: readonly SourcedValues[],
  selections: readonly Selection[] = ciliumSelections(inv),
) {
  const encryption = ciliumEncryption(inv, values)
  const findings: Finding[] = []
  const subjects: Subject[] = []
  const encText = encryption.enabled
    ? `encrypted by ${encryption.type} (${encryption.source})`
    : `not encrypted (${encryption.source})`
  // As the install merges them: the user's `false` turns off the gate's default `true`, and a later `true` turns it on.
  const spireOff =
    mergedValue(values, ['authentication', 'mutual', 'spire', 'enabled'], 'boolean')?.value === false

  const judge = (w: Workload): Subject => {
    const portName = w.selection?.portName
    const rules = rulesFor(inv, w)
    const decide = (covering: AuthRule[]): Decided => {
      const auth = allPeersAuthenticated(covering)
      const mode: Mode = auth
        ? encryption.enabled
          ? 'STRICT'
          : 'PERMISSIVE'
        : encryption.enabled
          ? 'PERMISSIVE'
          : 'DISABLE'
      const open = covering.find((r) => !r.authenticated)
      // No rule covering it: a default decides (as an unselected workload in Istio), and a finding about it belongs
      // on the workload's manifest, not on the install's encryption setting that every workload shares.
      const by = auth ? covering[0]!.ref : (open?.ref ?? null)
      const what = auth
        ? `mutual authentication required by ${covering.map((r) => describeRef(r.ref)).join(', ')}`
        : open && covering.some((r) => r.authenticated)
          ? `${describeRef(open.ref)} admits peers without mutual authentication`
          : open
            ? `no mutual authentication on ${describeRef(open.ref)}`
            : 'no CiliumNetworkPolicy rule selects it'
      const decider = auth ? covering[0]! : open
      return {
        mode,
        decidedBy: `${what}; ${encText}`,
        decider: by,
        setting: decider
          ? {
              what: `${decider.rule} authentication.mode`,
              value: decider.authenticated ? decider.mode : 'unset (disabled)',
            }
          : undefined,
        portName,
      }
    }
    const covers = (r: AuthRule, port: number | string) =>
      r.ports === 'all' ||
      r.ports.some((p) => (typeof port === 'string' ? p === port : resolvePort(p, w) === port))
    // A selection about one named port: the rules for that port (or all ports) decide it.
    if (portName !== undefined) {
      const covering = rules.filter((r) => covers(r, portName))
      return {
        namespace: w.namespace,
        workload: w.name,
        ref: null,
        ports: [],
        wide: decide(covering),
        perPort: new Map(),
      }
    }
    const allPortRules = rules.filter((r) => r.ports === 'all')
    // Once an ingress rule selects an endpoint, ingress is default-deny: a port no rule allows takes no connection
    // at all, plaintext included (docs.cilium.io security/policy "Default Security Policy").
    const denied: Decided = {
      mode: 'STRICT',
      decidedBy: `default deny: ${rules[0]?.policy ?? ''} selects it and no ingress rule allows this port`,
      decider: rules[0]?.ref ?? null,
    }
    // The workload row describes the traffic that is allowed: rules for all ports, else all rules. A selection has
    // no container ports to list, so its row is the other ports (default-denied once a rule selects it), and each
    // port its rules name gets a row of its own.
    const wide =
      w.selection && rules.length > 0 && allPortRules.length === 0
        ? {
            ...denied,
            decidedBy: `default deny: ${rules[0]!.policy} selects it and no ingress rule allows the other ports`,
          }
        : decide(allPortRules.length ? allPortRules : rules)
    const perPort = new Map<number, Decided>()
    const listed = new Set<number>(w.ports.map((p) => p.port))
    for (const r of rules)
      if (r.ports !== 'all')
        for (const p of r.ports) {
          const n = resolvePort(p, w)
          if (n !== null) listed.add(n)
        }
    for (const port of listed) {
      const covering = rules.filter((r) => covers(r, port))
      if (covering.length) perPort.set(port, decide(covering))
      else if (rules.length) perPort.set(port, denied)
    }
    const authenticatedSomewhere = rules.some((r) => r.authenticated)
    if (authenticatedSomewhere && !encryption.enabled) {
      const r = rules.find((x) => x.authenticated)!
      findings.push(
        finding(
          'warning',
          'cilium-authenticated-unencrypted',
          `${r.policy} requires mutual authentication, but transparent encryption (WireGuard or IPsec) is ${encryption.source.startsWith('no ') ? 'not configured in the inputs' : 'off'}: peers are authenticated, traffic is plaintext on the wire`,
          r.ref,
        ),
      )
    }
    if (authenticatedSomewhere && spireOff) {
      const r = rules.find((x) => x.authenticated)!
      findings.push(
        finding(
          'error',
          'cilium-mutual-auth-without-spire',
          `${r.policy} requires mutual authentication, but the Helm values set authentication.mutual.spire.enabled: false: authentication cannot succeed and the traffic is dropped`,
          r.ref,
        ),
      )
    }
    return {
      namespace: w.namespace,
      workload: w.name,
      ref: w.selection ? null : w.ref,
      ports: w.ports.map((p) => p.port),
      wide,
      perPort,
    }
  }
  for (const w of inv.workloads) subjects.push(judge(w))
  for (const sel of selections) subjects.push(judge(selectionWorkload(sel)))
  return { subjects, findings: dedupeFindings(findings) }
}

export const CILIUM_EVALUATOR: MeshEvaluator = {
  title: 'Cilium',
  reads: {
    kinds: [
      { versions: ['cilium.io/v2'], kind: 'CiliumNetworkPolicy' },
      { versions: ['cilium.io/v2'], kind: 'CiliumClusterwideNetworkPolicy', clusterScoped: true },
    ],
    // The install's encryption (see ciliumEncryption).
    configMaps: [{ namespace: 'kube-system', name: CILIUM_CONFIG }],
  },
  recognises: {
    object: (object, group) =>
      group === 'cilium.io' || (object.kind === 'ConfigMap' && object.metadata?.name === CILIUM_CONFIG),
    values: (values) =>
      get(values, ['encryption']) !== undefined || get(values, ['authentication', 'mutual']) !== undefined,
  },
  selections: (inventory) => ciliumSelections(inventory),
  appliesTo: ciliumAppliesTo,
  evaluate: (inventory, loaded, selections) => evaluateCilium(inventory, loaded.values, selections),
  // Cilium enforces per endpoint from the policies themselves: a namespace needs no label to be in the mesh.
  namespaceEnrolment: null,
  consequence: (_from, to) =>
    to === 'DISABLE'
      ? 'peers now admitted without mutual authentication or encryption'
      : 'peers now admitted without mutual authentication',
  rules: {
    'cilium-authenticated-unencrypted': 'Cilium mutual authentication without transparent encryption',
    'cilium-mutual-auth-without-spire': 'Cilium mutual authentication required while SPIRE is disabled',
  },
  telemetry: {
    /**
     * Every agent (`k8s-app=cilium` in kube-system) on 9962 `/metrics`, served when the install sets
     * `prometheus.enabled` (docs.cilium.io observability/metrics), which `served` checks first.
     */
    endpoints: () => [CILIUM_AGENT_METRICS],
    read: (samples) => readCilium(samples),
    evidence: 'authentication-drops',
    served: { configMap: { namespace: 'kube-system', name: CILIUM_CONFIG }, unserved: ciliumMetricsUnserved },
  },
}

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
import type { Mode } from '../vocabulary.js'
import type { SourcedValues } from '../k8s/objects.js'
import { splitApiVersion } from './crd-validation.js'
import type { Decided, Subject } from './entries.js'
import { get, namespaceOf, resolvePort, stringMap, type Inventory, type Workload } from './workloads.js'

export interface Encryption {
  enabled: boolean
  type: string | null
  source: string
  ref: ResourceRef | null
}

interface AuthRule {
  authenticated: boolean
  mode: string
  ports: (number | string)[] | 'all'
  ref: ResourceRef
  policy: string
}

/**
 * Encryption from Helm values (`encryption.enabled`, `encryption.type` wireguard|ipsec; docs.cilium.io
 * security/network/encryption-wireguard and encryption-ipsec) or the `cilium-config` ConfigMap in kube-system
 * (`enable-wireguard`, `enable-ipsec`: what the chart renders for `encryption.type` wireguard or ipsec). The last
 * source given wins; none given means not enabled (and the decision says so).
 */
export function ciliumEncryption(inv: Inventory, values: readonly SourcedValues[]): Encryption {
  let found: Encryption = {
    enabled: false,
    type: null,
    source: 'no Helm values or cilium-config ConfigMap given: encryption assumed off',
    ref: null,
  }
  for (const v of values) {
    const enc = get(v.values, ['encryption'])
    if (enc === undefined) continue
    const enabled = get(enc, ['enabled']) === true
    const type = typeof get(enc, ['type']) === 'string' ? (get(enc, ['type']) as string) : 'ipsec'
    found = {
      enabled,
      type: enabled ? type : null,
      source: `Helm values ${v.origin.file ?? ''}`.trim(),
      ref: {
        kind: 'HelmValues',
        namespace: null,
        name: 'encryption',
        file: v.origin.file,
        line: v.origin.lineOf?.(['encryption']) ?? v.origin.line,
      },
    }
  }
  for (const { object, origin } of inv.others) {
    if (
      object.kind !== 'ConfigMap' ||
      object.apiVersion !== 'v1' ||
      object.metadata?.name !== 'cilium-config'
    )
      continue
    const data = stringMap(object.data)
    const wg = data['enable-wireguard'] === 'true'
    const ipsec = data['enable-ipsec'] === 'true'
    found = {
      enabled: wg || ipsec,
      type: wg ? 'wireguard' : ipsec ? 'ipsec' : null,
      source: `ConfigMap ${namespaceOf(object)}/cilium-config`,
      ref: refOf(object, origin, ['data']),
    }
  }
  return found
}

function isCilium(object: { apiVersion?: unknown; kind?: unknown }): boolean {
  return (
    splitApiVersion(object.apiVersion)?.group === 'cilium.io' &&
    (object.kind === 'CiliumNetworkPolicy' || object.kind === 'CiliumClusterwideNetworkPolicy')
  )
}

/** Cilium selector keys may carry a source prefix (`k8s:`, `any:`); the pod's namespace is a label too. */
function ciliumSelects(selector: unknown, w: Workload, clusterwide: boolean): boolean {
  const labels: Record<string, string> = { ...w.labels, 'io.kubernetes.pod.namespace': w.namespace }
  const strip = (k: string) => k.replace(/^(k8s|any):/, '')
  for (const [k, v] of Object.entries(stringMap(get(selector, ['matchLabels']))))
    if (labels[strip(k)] !== v) return false
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
    if (!ok) return false
  }
  void clusterwide
  return true
}

function rulesFor(inv: Inventory, w: Workload): AuthRule[] {
  const out: AuthRule[] = []
  for (const { object, origin } of inv.others) {
    if (!isCilium(object)) continue
    const clusterwide = object.kind === 'CiliumClusterwideNetworkPolicy'
    if (!clusterwide && namespaceOf(object) !== w.namespace) continue
    const specs: [unknown, (string | number)[]][] = []
    if (object.spec) specs.push([object.spec, ['spec']])
    if (Array.isArray(object.specs)) object.specs.forEach((s, i) => specs.push([s, ['specs', i]]))
    for (const [spec, path] of specs) {
      const sel = get(spec, ['endpointSelector'])
      if (sel === undefined || !ciliumSelects(sel, w, clusterwide)) continue
      const ingress = get(spec, ['ingress'])
      ;(Array.isArray(ingress) ? ingress : []).forEach((rule, i) => {
        const mode = String(get(rule, ['authentication', 'mode']) ?? 'disabled')
        const toPorts = get(rule, ['toPorts'])
        const ports: (number | string)[] = []
        for (const tp of Array.isArray(toPorts) ? toPorts : []) {
          for (const p of (get(tp, ['ports']) as unknown[] | undefined) ?? [])
            ports.push(get(p, ['port']) as string)
        }
        out.push({
          authenticated: mode !== 'disabled',
          mode,
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

export function evaluateCilium(inv: Inventory, values: readonly SourcedValues[]) {
  const encryption = ciliumEncryption(inv, values)
  const findings: Finding[] = []
  const subjects: Subject[] = []
  const encText = encryption.enabled
    ? `encrypted by ${encryption.type} (${encryption.source})`
    : `not encrypted (${encryption.source})`
  const spireOff = values.some(
    (v) => get(v.values, ['authentication', 'mutual', 'spire', 'enabled']) === false,
  )

  for (const w of inv.workloads) {
    const rules = rulesFor(inv, w)
    const decide = (covering: AuthRule[]): Decided => {
      const auth = covering.length > 0 && covering.every((r) => r.authenticated)
      const mode: Mode = auth
        ? encryption.enabled
          ? 'STRICT'
          : 'PERMISSIVE'
        : encryption.enabled
          ? 'PERMISSIVE'
          : 'DISABLE'
      const by = auth ? covering[0]!.ref : (covering.find((r) => !r.authenticated)?.ref ?? encryption.ref)
      const what = auth
        ? `mutual authentication required by ${covering.map((r) => describeRef(r.ref)).join(', ')}`
        : covering.length
          ? `no mutual authentication on ${describeRef(covering.find((r) => !r.authenticated)!.ref)}`
          : 'no CiliumNetworkPolicy rule selects it'
      return { mode, decidedBy: `${what}; ${encText}`, decider: by }
    }
    const allPortRules = rules.filter((r) => r.ports === 'all')
    // The workload row describes the traffic that is allowed: rules for all ports, else all rules.
    const wide = decide(allPortRules.length ? allPortRules : rules)
    // Once an ingress rule selects an endpoint, ingress is default-deny: a port no rule allows takes no connection
    // at all, plaintext included (docs.cilium.io security/policy "Default Security Policy").
    const denied: Decided = {
      mode: 'STRICT',
      decidedBy: `default deny: ${rules[0]?.policy ?? ''} selects it and no ingress rule allows this port`,
      decider: rules[0]?.ref ?? null,
    }
    const perPort = new Map<number, Decided>()
    const listed = new Set<number>(w.ports.map((p) => p.port))
    for (const r of rules)
      if (r.ports !== 'all')
        for (const p of r.ports) {
          const n = resolvePort(p, w)
          if (n !== null) listed.add(n)
        }
    for (const port of listed) {
      const covering = rules.filter(
        (r) => r.ports === 'all' || r.ports.some((p) => resolvePort(p, w) === port),
      )
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
          `${w.namespace}/${w.name}: ${r.policy} requires mutual authentication, but transparent encryption (WireGuard or IPsec) is ${encryption.source.startsWith('no ') ? 'not configured in the inputs' : 'off'}: peers are authenticated, traffic is plaintext on the wire`,
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
    subjects.push({
      namespace: w.namespace,
      workload: w.name,
      ref: w.ref,
      ports: w.ports.map((p) => p.port),
      wide,
      perPort,
    })
  }
  return { subjects, findings }
}

/**
 * Istio (sidecar and ambient): the effective PeerAuthentication of each workload and port, composed the way istiod
 * composes it, and DestinationRules whose client TLS would break a STRICT server. Pure: objects in, data out.
 */
import { istioAppliesTo } from './istio-scope.js'
import { describeRef, finding, refOf, type Finding, type ResourceRef } from './model.js'
import type { Mode } from '../vocabulary.js'
import type { LoadedObjects, SourcedObject } from '../k8s/objects.js'
import { splitApiVersion } from './crd-validation.js'
import type { EvaluatorOptions, ListedKind, MeshEvaluator } from './evaluator.js'
import { readIstio } from './telemetry.js'
import {
  get,
  labelsMatch,
  namespaceOf,
  selectorName,
  stringMap,
  type Inventory,
  type Selection,
  type Workload,
} from './workloads.js'
import type { Decided, Subject } from './entries.js'

export const ISTIO_ROOT_NAMESPACE = 'istio-system'

type PaMode = Mode | 'UNSET'

interface PeerAuthn {
  namespace: string
  name: string
  selector: Record<string, string>
  mode: PaMode
  ports: Map<number, PaMode>
  created: number
  ref: ResourceRef
  portRef: (port: number) => ResourceRef
}

export interface IstioOptions {
  /** `istio-ambient` makes workloads of unlabelled namespaces ambient when they are synthetic (policy targets). */
  ambientByDefault: boolean
  rootNamespace: string
}

export function isIstioKind(object: SourcedObject['object'], group: string, kind: string): boolean {
  return splitApiVersion(object.apiVersion)?.group === group && object.kind === kind
}

function parsePeerAuthentications(inv: Inventory): PeerAuthn[] {
  const out: PeerAuthn[] = []
  for (const { object, origin } of inv.others) {
    if (!isIstioKind(object, 'security.istio.io', 'PeerAuthentication')) continue
    const spec = (object.spec ?? {}) as Record<string, unknown>
    const ports = new Map<number, PaMode>()
    for (const [port, value] of Object.entries(stringKeyed(spec.portLevelMtls))) {
      ports.set(Number(port), modeOf(get(value, ['mode'])))
    }
    const created = Date.parse(String(object.metadata?.creationTimestamp ?? ''))
    out.push({
      namespace: namespaceOf(object),
      name: String(object.metadata?.name),
      selector: stringMap(get(spec, ['selector', 'matchLabels'])),
      mode: modeOf(get(spec, ['mtls', 'mode'])),
      ports,
      // Unknown creation times (manifests) all compare equal, and then istiod orders by name, then namespace.
      created: Number.isNaN(created) ? 0 : created,
      ref: refOf(object, origin, ['spec', 'mtls', 'mode']),
      portRef: (port) => refOf(object, origin, ['spec', 'portLevelMtls', String(port)]),
    })
  }
  // pilot/pkg/model/config.go sortConfigByCreationTime: creation time, then name, then namespace; first one wins.
  return out.sort((a, b) => a.created - b.created || cmp(a.name, b.name) || cmp(a.namespace, b.namespace))
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function stringKeyed(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function modeOf(value: unknown): PaMode {
  return value === 'STRICT' || value === 'PERMISSIVE' || value === 'DISABLE' ? value : 'UNSET'
}

/**
 * pilot/pkg/security/authn/policy_applier.go ComposePeerAuthentication: the narrowest scope wins (workload over
 * namespace over mesh); within a scope the first in creation order wins; UNSET inherits from the parent; the
 * default is PERMISSIVE; a policy with an empty selector is namespace-wide; a selector policy in the root namespace
 * is ignored (istio.io docs, PeerAuthentication reference: "ignored when deployed in the root namespace").
 */
export function composePeerAuthentication(
  policies: readonly PeerAuthn[],
  namespace: string,
  labels: Record<string, string>,
  rootNamespace: string,
): { mode: Decided; ports: Map<number, Decided> } {
  let mesh: PeerAuthn | undefined
  let ns: PeerAuthn | undefined
  let workload: PeerAuthn | undefined
  for (const p of policies) {
    const wide = Object.keys(p.selector).length === 0
    if (wide && p.namespace === rootNamespace) mesh ??= p
    else if (wide && p.namespace === namespace) ns ??= p
    else if (
      !wide &&
      p.namespace === namespace &&
      namespace !== rootNamespace &&
      labelsMatch(p.selector, labels)
    ) {
      workload ??= p
    }
  }
  let mode: Decided = {
    mode: 'PERMISSIVE',
    decidedBy: 'no PeerAuthentication: PERMISSIVE by default',
    decider: null,
  }
  for (const p of [mesh, ns, workload]) {
    if (p && p.mode !== 'UNSET') mode = { mode: p.mode, decidedBy: describeRef(p.ref), decider: p.ref }
  }
  const ports = new Map<number, Decided>()
  for (const [port, m] of workload?.ports ?? []) {
    // An UNSET port inherits the workload's resolved mode.
    const ref = workload!.portRef(port)
    ports.set(port, m === 'UNSET' ? mode : { mode: m, decidedBy: describeRef(ref), decider: ref })
  }
  return { mode, ports }
}

type Dataplane = { kind: 'sidecar' | 'ambient' } | { kind: 'none'; why: string }

/**
 * istio.io/latest/docs/setup/additional-setup/sidecar-injection ("Controlling the injection policy"): if either the
 * namespace label (`istio-injection`) or the pod label (`sidecar.istio.io/inject`) disables injection, no sidecar;
 * if either enables it (`istio-injection=enabled`, `istio.io/rev` on namespace or pod, pod label `true`), a sidecar;
 * otherwise none. The pod annotation form is the legacy spelling and still disables.
 * Ambient (istio.io/latest/docs/ambient/usage/add-workloads): label `istio.io/dataplane-mode=ambient` on the
 * namespace or the pod, pod `none` opts out; a pod with a sidecar is served by the sidecar, not ztunnel.
 */
function dataplaneOf(w: Workload, nsLabels: Record<string, string>): Dataplane {
  if (w.containerNames.includes('istio-proxy')) return { kind: 'sidecar' }
  // A running pod was injected when it was created, or not at all (same page: "automatic injection occurs at the
  // pod-level"): without an istio-proxy container it has no sidecar, whatever its labels say now. Ambient
  // enrollment is read from the labels as they are (istio-cni redirects a running pod when its namespace or pod
  // label says ambient, and not a pod with a sidecar).
  if (w.pod) {
    // Labels that ask for no sidecar say why there is none, as they would of a template.
    const asked = dataplaneOf({ ...w, pod: undefined }, nsLabels)
    if (asked.kind !== 'sidecar') return asked
    const podMode = w.labels['istio.io/dataplane-mode']
    if (podMode === 'none')
      return { kind: 'none', why: 'pod label istio.io/dataplane-mode=none opts out of ambient' }
    if (podMode === 'ambient' || nsLabels['istio.io/dataplane-mode'] === 'ambient') return { kind: 'ambient' }
    return {
      kind: 'none',
      why: `running pod ${w.pod.name} has no istio-proxy container (sidecars are injected when a pod is created) and no ambient label`,
    }
  }
  const nsInjection = nsLabels['istio-injection']
  const podInject = w.labels['sidecar.istio.io/inject'] ?? w.annotations['sidecar.istio.io/inject']
  const disabled = nsInjection === 'disabled' || podInject === 'false'
  const enabled =
    nsInjection === 'enabled' ||
    nsLabels['istio.io/rev'] !== undefined ||
    w.labels['istio.io/rev'] !== undefined
  const podEnabled = w.labels['sidecar.istio.io/inject'] === 'true'
  if (!disabled && (enabled || podEnabled)) return { kind: 'sidecar' }
  const podMode = w.labels['istio.io/dataplane-mode']
  if (podMode === 'none')
    return { kind: 'none', why: 'pod label istio.io/dataplane-mode=none opts out of ambient' }
  if (podMode === 'ambient' || nsLabels['istio.io/dataplane-mode'] === 'ambient') return { kind: 'ambient' }
  if (disabled) return { kind: 'none', why: 'sidecar injection disabled and not in ambient mode' }
  return {
    kind: 'none',
    why: 'no injection label (istio-injection, istio.io/rev, sidecar.istio.io/inject) and no ambient label',
  }
}

/**
 * In ambient mode DISABLE is not supported (istio.io docs, PeerAuthentication reference): ztunnel still speaks
 * HBONE mTLS with meshed peers and accepts plaintext, which is PERMISSIVE in our terms. Istio's own golden tests
 * (pilot/pkg/serviceregistry/ambient/testdata/peer-authn-*) agree: a DISABLE workload gets no deny rule.
 */
function forAmbient(d: Decided): Decided {
  return d.mode === 'DISABLE'
    ? { ...d, mode: 'PERMISSIVE', decidedBy: `${d.decidedBy}; DISABLE acts as PERMISSIVE in ambient` }
    : d
}

/**
 * Istio's evaluation in three steps: the findings on the policies themselves, each workload's composed mode, each
 * selection's (see `Selection`); then DestinationRules that would break a STRICT server.
 */
export function evaluateIstio(
  inv: Inventory,
  options: IstioOptions,
  selections: readonly Selection[] = istioSelections(inv, options.rootNamespace),
): { subjects: Subject[]; findings: Finding[] } {
  const policies = parsePeerAuthentications(inv)
  const root = options.rootNamespace
  const findings = [...policyFindings(policies, root), ...destinationRuleFindings(inv, policies, root)]
  const subjects = [
    ...inv.workloads.map((w) => workloadSubject(inv, policies, root, w)),
    ...selections.map((sel) => selectionSubject(inv, policies, options, sel)),
  ]
  return { subjects, findings }
}

/** A selector in the root namespace (ignored by Istio) and a second namespace- or mesh-wide policy (shadowed). */
function policyFindings(policies: PeerAuthn[], root: string): Finding[] {
  const findings: Finding[] = []
  for (const p of policies) {
    if (p.namespace === root && Object.keys(p.selector).length > 0) {
      findings.push(
        finding(
          'warning',
          'istio-root-selector-ignored',
          `PeerAuthentication ${p.namespace}/${p.name} has a workload selector in the root namespace ${root}: Istio ignores it`,
          p.ref,
        ),
      )
    }
  }
  reportShadowed(policies, root, findings)
  return findings
}

/** A workload outside the data plane is DISABLE; inside, its composed PeerAuthentication (ambient-adjusted). */
function workloadSubject(inv: Inventory, policies: PeerAuthn[], root: string, w: Workload): Subject {
  const nsLabels = inv.namespaces.get(w.namespace)?.labels ?? {}
  const plane = dataplaneOf(w, nsLabels)
  const ports = w.ports.map((p) => p.port)
  if (plane.kind === 'none') {
    return {
      namespace: w.namespace,
      workload: w.name,
      ref: w.ref,
      ports,
      wide: { mode: 'DISABLE', decidedBy: `not in the mesh: ${plane.why}`, decider: null },
      perPort: new Map(),
    }
  }
  const composed = composePeerAuthentication(policies, w.namespace, w.labels, root)
  const adjust = plane.kind === 'ambient' ? forAmbient : (d: Decided) => d
  return {
    namespace: w.namespace,
    workload: w.name,
    ref: w.ref,
    ports,
    wide: adjust(composed.mode),
    perPort: new Map([...composed.ports].map(([k, v]) => [k, adjust(v)])),
  }
}

/**
 * A PR that changes only policies (no Deployments in the paths) still has a matrix: the mesh-wide and namespace-wide
 * defaults (`*`), and each workload selector that matches no workload given (`{app=a}`), of both sides.
 */
function selectionSubject(
  inv: Inventory,
  policies: PeerAuthn[],
  options: IstioOptions,
  sel: Selection,
): Subject {
  const ambientNs = (ns: string) =>
    options.ambientByDefault || inv.namespaces.get(ns)?.labels['istio.io/dataplane-mode'] === 'ambient'
  const labels = sel.workload === '*' ? {} : sel.labels
  const composed = composePeerAuthentication(policies, sel.namespace, labels, options.rootNamespace)
  const ambient = sel.namespace === '*' ? options.ambientByDefault : ambientNs(sel.namespace)
  const adjust = ambient ? forAmbient : (d: Decided) => d
  return {
    namespace: sel.namespace,
    workload: sel.workload,
    ref: null,
    ports: [...composed.ports.keys()],
    wide: adjust(composed.mode),
    perPort: new Map([...composed.ports].map(([k, v]) => [k, adjust(v)])),
  }
}

/**
 * What Istio's policies select, as selections: the mesh-wide default (`*` in `*`), every namespace the inputs name
 * (`*`), and every PeerAuthentication workload selector outside the root namespace (`{app=a}`).
 */
export function istioSelections(inv: Inventory, rootNamespace: string): Selection[] {
  const policies = parsePeerAuthentications(inv)
  const out: Selection[] = [wide('*', 'the mesh-wide default')]
  const namespaces = new Set<string>([...inv.namespaces.keys(), ...policies.map((p) => p.namespace)])
  namespaces.delete(rootNamespace)
  for (const ns of [...namespaces].sort()) out.push(wide(ns, `namespace ${ns}`))
  for (const p of policies) {
    if (Object.keys(p.selector).length === 0 || p.namespace === rootNamespace) continue
    out.push({
      namespace: p.namespace,
      workload: selectorName(p.selector),
      labels: p.selector,
      policy: `PeerAuthentication ${p.namespace}/${p.name}`,
      matches: (w) => w.namespace === p.namespace && labelsMatch(p.selector, w.labels),
    })
  }
  return out
}

/** A namespace- or mesh-wide selection: always judged, whatever workloads the inputs hold. */
function wide(namespace: string, policy: string): Selection {
  return { namespace, workload: '*', labels: {}, policy, matches: () => false }
}

function reportShadowed(policies: readonly PeerAuthn[], root: string, findings: Finding[]): void {
  const seen = new Map<string, PeerAuthn>()
  for (const p of policies) {
    if (Object.keys(p.selector).length > 0) continue
    const winner = seen.get(p.namespace)
    if (winner) {
      findings.push(
        finding(
          'warning',
          'istio-duplicate-scope-policy',
          `PeerAuthentication ${p.namespace}/${p.name} is ignored: ${winner.name} is older (or, with equal creation times, first by name) and wins in ${p.namespace === root ? 'the mesh' : `namespace ${p.namespace}`}`,
          p.ref,
        ),
      )
    } else {
      seen.set(p.namespace, p)
    }
  }
}

/**
 * A DestinationRule with `tls.mode` DISABLE or SIMPLE toward a STRICT server replaces auto mTLS with plaintext or
 * one-way TLS, which the server refuses (istio.io docs "Mutual TLS Migration" and DestinationRule ClientTLSSettings).
 * ISTIO_MUTUAL is what auto mTLS already does: it is neither required nor reported.
 */
function destinationRuleFindings(inv: Inventory, policies: readonly PeerAuthn[], root: string): Finding[] {
  const out: Finding[] = []
  for (const { object, origin } of inv.others) {
    if (!isIstioKind(object, 'networking.istio.io', 'DestinationRule')) continue
    const spec = stringKeyed(object.spec)
    const host = String(spec.host ?? '')
    const target = resolveHost(host, namespaceOf(object))
    if (!target) continue
    const policiesToCheck: {
      path: (string | number)[]
      tp: unknown
      subsetLabels: Record<string, string>
    }[] = [{ path: ['spec', 'trafficPolicy'], tp: spec.trafficPolicy, subsetLabels: {} }]
    const subsets = Array.isArray(spec.subsets) ? spec.subsets : []
    subsets.forEach((s, i) =>
      policiesToCheck.push({
        path: ['spec', 'subsets', i, 'trafficPolicy'],
        tp: get(s, ['trafficPolicy']),
        subsetLabels: stringMap(get(s, ['labels'])),
      }),
    )
    for (const { path, tp, subsetLabels } of policiesToCheck) {
      const settings: { path: (string | number)[]; mode: unknown; port: number | null }[] = [
        { path: [...path, 'tls', 'mode'], mode: get(tp, ['tls', 'mode']), port: null },
      ]
      const pls = get(tp, ['portLevelSettings'])
      if (Array.isArray(pls)) {
        pls.forEach((s, i) =>
          settings.push({
            path: [...path, 'portLevelSettings', i, 'tls', 'mode'],
            mode: get(s, ['tls', 'mode']),
            port: Number(get(s, ['port', 'number'])) || null,
          }),
        )
      }
      for (const s of settings) {
        if (s.mode !== 'DISABLE' && s.mode !== 'SIMPLE') continue
        const strict = strictServers(inv, policies, root, target, s.port, subsetLabels)
        if (strict.length === 0) continue
        out.push(
          finding(
            'error',
            'istio-destinationrule-breaks-strict',
            `DestinationRule ${namespaceOf(object)}/${String(object.metadata?.name)} sets tls.mode ${String(s.mode)} toward ${host}${s.port ? ` port ${s.port}` : ''}, whose server requires mTLS (STRICT: ${strict.join(', ')}): this overrides auto mTLS and the connections are refused`,
            refOf(object, origin, s.path),
          ),
        )
      }
    }
  }
  return out
}

function resolveHost(host: string, drNamespace: string): { name: string; namespace: string } | null {
  if (host === '' || host.includes('*')) return null
  const parts = host.split('.')
  if (parts.length === 1) return { name: host, namespace: drNamespace }
  if (parts.length === 2 || (parts[2] === 'svc' && parts.length >= 3))
    return { name: parts[0]!, namespace: parts[1]! }
  return null
}

function strictServers(
  inv: Inventory,
  policies: readonly PeerAuthn[],
  root: string,
  target: { name: string; namespace: string },
  servicePort: number | null,
  subsetLabels: Record<string, string>,
): string[] {
  const service = inv.services.find((s) => s.name === target.name && s.namespace === target.namespace)
  if (!service) {
    // Without the Service we cannot find its pods; the namespace-wide mode still tells whether plaintext is refused.
    const wide = composePeerAuthentication(policies, target.namespace, {}, root).mode
    return wide.mode === 'STRICT' ? [`${target.namespace}/* (${wide.decidedBy})`] : []
  }
  const out: string[] = []
  for (const w of inv.workloads) {
    if (w.namespace !== service.namespace || Object.keys(service.selector).length === 0) continue
    if (!labelsMatch(service.selector, w.labels) || !labelsMatch(subsetLabels, w.labels)) continue
    // A server outside the mesh takes plaintext whatever the policies say: DISABLE toward it is right, not a break.
    if (dataplaneOf(w, inv.namespaces.get(w.namespace)?.labels ?? {}).kind === 'none') continue
    const composed = composePeerAuthentication(policies, w.namespace, w.labels, root)
    for (const sp of service.ports) {
      if (servicePort !== null && sp.port !== servicePort) continue
      const target =
        typeof sp.targetPort === 'number'
          ? sp.targetPort
          : typeof sp.targetPort === 'string'
            ? (w.ports.find((p) => p.name === sp.targetPort)?.port ?? sp.port)
            : sp.port
      const mode = composed.ports.get(target) ?? composed.mode
      if (mode.mode === 'STRICT') out.push(`${w.namespace}/${w.name}:${target}`)
    }
  }
  return out
}

/** meshConfig.rootNamespace from the `istio` ConfigMap in istio-system, when the inputs carry it. */
export function istioRootNamespace(loaded: Pick<LoadedObjects, 'objects'>): string | undefined {
  for (const { object } of loaded.objects) {
    if (object.kind !== 'ConfigMap' || object.metadata?.name !== 'istio') continue
    const mesh = get(object, ['data', 'mesh'])
    const match = typeof mesh === 'string' ? /^rootNamespace:\s*["']?([a-z0-9-]+)/m.exec(mesh) : null
    if (match) return match[1]
  }
  return undefined
}

const ISTIO_LABELS = ['istio-injection', 'istio.io/rev', 'sidecar.istio.io/inject', 'istio.io/dataplane-mode']

function rootNamespaceOf(loaded: LoadedObjects, options: EvaluatorOptions): string {
  return options.rootNamespace ?? istioRootNamespace(loaded) ?? ISTIO_ROOT_NAMESPACE
}

/**
 * Istio's evaluator, sidecar or ambient. The `istio` mesh ConfigMap is read by the live source itself (its
 * rootNamespace decides which PeerAuthentications are mesh-wide, before anything else is listed).
 */
function istioEvaluator(ambient: boolean): MeshEvaluator {
  return {
    title: 'Istio',
    ...(ambient ? { refines: 'istio' as const } : {}),
    reads: {
      kinds: ISTIO_KINDS,
      configMaps: [],
    },
    recognises: ambient
      ? { metadata: (labels) => labels['istio.io/dataplane-mode'] === 'ambient' }
      : {
          object: (_object, group) => group.endsWith('istio.io'),
          metadata: (labels) => ISTIO_LABELS.some((l) => l in labels),
        },
    appliesTo: istioAppliesTo,
    selections: (inventory, loaded, options) => istioSelections(inventory, rootNamespaceOf(loaded, options)),
    evaluate: (inventory, loaded, selections, options) =>
      evaluateIstio(
        inventory,
        { ambientByDefault: ambient, rootNamespace: rootNamespaceOf(loaded, options) },
        selections,
      ),
    namespaceEnrolment: 'injection and ambient labels',
    rules: {
      'istio-destinationrule-breaks-strict':
        'A DestinationRule sends plaintext or one-way TLS to a STRICT server',
      'istio-root-selector-ignored':
        'A PeerAuthentication with a selector in the root namespace is ignored by Istio',
      'istio-duplicate-scope-policy':
        'A second namespace- or mesh-wide PeerAuthentication is ignored by Istio',
    },
    telemetry: {
      /**
       * Sidecar: the server pod's merged stats on the agent's port 15020 `/stats/prometheus` (istio.io/latest/docs/
       * ops/integrations/prometheus: "15020 ... merged metrics"). Ambient: every ztunnel (`app=ztunnel` in
       * istio-system) on 15020 `/metrics`; the destination's ztunnel reports its inbound connections.
       */
      endpoints: (server) =>
        ambient
          ? [{ namespace: 'istio-system', selector: 'app=ztunnel', port: 15020, path: '/metrics' }]
          : [
              {
                namespace: server.namespace,
                selector: server.selector,
                port: 15020,
                path: '/stats/prometheus',
              },
            ],
      read: readIstio,
      evidence: 'mtls-counters',
    },
  }
}

const ISTIO_KINDS: readonly ListedKind[] = [
  { versions: ['security.istio.io/v1', 'security.istio.io/v1beta1'], kind: 'PeerAuthentication' },
  {
    versions: ['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3'],
    kind: 'DestinationRule',
  },
]

export const ISTIO_EVALUATOR = istioEvaluator(false)
export const ISTIO_AMBIENT_EVALUATOR = istioEvaluator(true)

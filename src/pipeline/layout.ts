/**
 * How the two sides are laid out on the cluster: at the same time, each on a copy of the measured paths in namespaces
 * of its own (`shop` → `shop-base`, `shop-head`), so that every busy second of the machine falls on both; or one
 * after the other on the paths themselves (alternating), when the two sides cannot exist side by side.
 *
 * They can when everything that differs between them can be applied twice, once per copy, and the copies are
 * governed as the originals are: every changed object lives in a namespace of the measured paths (those are
 * copied) and governs particular pods or hosts (mesh-wide, install-time and unplaceable changes have one copy in
 * the cluster, as do cluster-scoped objects and objects of other namespaces); no object outside the copies names a
 * path's namespace or host (a DestinationRule for `cart.shop.svc.cluster.local` elsewhere, a root-namespace
 * authorization for `namespaces: [shop]`, a Cilium policy for `k8s:io.kubernetes.pod.namespace: shop` would govern
 * the original and neither copy); every reference inside a copied object is one the rewrite understands; and what
 * each object crosses among the copy's paths is what it crosses among the original paths, and nothing of the other
 * copy's. Otherwise the run alternates, naming the object and why.
 *
 * The rewrite touches only the copied objects: their namespace (and a Namespace's name), and the references the
 * meshes read as namespaces — fields named `namespace`/`namespaces`/`notNamespaces`/`sourceNamespace`, `exportTo`
 * entries, references of kind Namespace, namespace label keys in selectors (`kubernetes.io/metadata.name`, Cilium's
 * `io.kubernetes.pod.namespace`), Istio's `source.namespace` conditions and `networking.istio.io/exportTo`
 * annotation — and the namespace label of hosts (`cart.shop`, `cart.shop.svc`, `cart.shop.svc.cluster.local`,
 * `*.shop.svc.cluster.local`, with a port), of Istio's `shop/host` forms (Sidecar egress, gateways), of principals
 * (`cluster.local/ns/shop/sa/x`, SPIFFE IDs) and of Linkerd identities (`x.shop.serviceaccount.identity.linkerd…`).
 * Anything else still naming a path namespace as a DNS label or path segment afterwards (a URL, a command-line
 * flag, a ConfigMap's data) is a reference the rewrite does not understand: the run alternates. Label values are
 * not references (`app: shop` stays), except under the namespace keys above. Pure: data in, data out.
 */
import type { KubeObject, SourcedObject } from '../k8s/objects.js'
import { GATE_NAMESPACE, PROBE_NAMESPACE } from '../load/workloads.js'
import type { ConfigObject, ConfigSide } from '../mesh/pr-config.js'
import { NAMESPACE_LABEL, stripSource } from '../mtls/cilium.js'
import { changeAppliesTo } from '../mtls/meshes.js'
import { isClusterScoped } from '../mtls/model.js'
import type { AppliesTo, ScopeContext } from '../mtls/scope.js'
import { namespaceOf } from '../mtls/workloads.js'
import type { MeshName, Side } from '../vocabulary.js'
import {
  MESH_VALUES,
  canonical,
  changedObjects,
  reachCrosses,
  scopeContextOf,
  type MeasuredPath,
  type PathPlan,
} from './paths.js'

export type LayoutDesign = 'simultaneous' | 'alternating'

export interface PathLayout {
  /** MeasuredPath.id */
  path: string
  design: LayoutDesign
  reason: string
}

export interface SideCopy {
  /**
   * The side's whole configuration as the copy runs it: objects in the path's namespaces renamed into the side's
   * copies with their references rewritten; every other object as it is (identical on both sides).
   */
  side: ConfigSide
  /** The measured paths of this copy: same ids, namespaces/hosts/client+server ends renamed. */
  paths: MeasuredPath[]
  /** original namespace → the side's copy */
  namespaces: Record<string, string>
}

export interface Layout {
  /** One decision for the run. */
  design: LayoutDesign
  reason: string
  perPath: PathLayout[]
  /** Simultaneous only. */
  copies: Record<Side, SideCopy> | null
  /** Every reason the sides cannot run at the same time (empty when simultaneous). */
  blockers: string[]
}

export interface LayoutInput {
  mesh: MeshName
  head: ConfigSide
  base: ConfigSide | null
  plan: PathPlan
  valuesChanges?: readonly { name: string; reason: string }[]
}

/** The longest Kubernetes namespace name (a DNS label, RFC 1123). */
const MAX_NAMESPACE = 63

/**
 * The side's copy of a namespace: `shop` → `shop-base` / `shop-head`. A name too long for the suffix keeps its start
 * and gains a hash of the whole name, so two namespaces never share a copy and the copy stays a DNS label.
 */
export function sideNamespace(namespace: string, side: Side): string {
  const plain = `${namespace}-${side}`
  if (plain.length <= MAX_NAMESPACE) return plain
  const hash = fnv1a(namespace)
  const keep = namespace.slice(0, MAX_NAMESPACE - hash.length - side.length - 2).replace(/-+$/, '')
  return `${keep}-${hash}-${side}`
}

/** FNV-1a, 32 bits, as 8 hex digits: a short deterministic digest (no security needed, only spread). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

// ---------------------------------------------------------------------------------------------------------------
// The rewrite of one object.

/** Label keys whose value is a namespace name (selectors of namespaces, of pods by namespace, ambient's waypoint). */
const NAMESPACE_KEYS = new Set([
  'kubernetes.io/metadata.name',
  NAMESPACE_LABEL,
  'io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name',
  'istio.io/use-waypoint-namespace',
])
const isNamespaceKey = (key: string) => NAMESPACE_KEYS.has(stripSource(key))

/** Fields whose value (or whose list's entries) is a namespace name. */
const NAMESPACE_FIELDS = new Set(['namespace', 'namespaces', 'notNamespaces', 'sourceNamespace'])

/** Maps of label key → value: their values are labels, not references (unless the key is a namespace key). */
const LABEL_MAPS = new Set(['labels', 'matchLabels', 'selector', 'nodeSelector'])

/** Fields that name an object within its namespace: a value equal to a namespace's name there is a coincidence. */
const NAME_FIELDS = new Set(['name', 'serviceAccountName', 'serviceAccount', 'serviceName', 'containerName'])

/**
 * Strings that are no reference a mesh reads: an image, an API group or kind (`apps/v1` names no namespace `apps`),
 * kubectl's record of the last applied object.
 */
const OPAQUE_FIELDS = new Set(['image', 'apiVersion', 'kind', 'group'])
const OPAQUE_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration'])
/** Istio's Service annotation: a comma-separated exportTo list. */
const EXPORT_ANNOTATION = 'networking.istio.io/exportTo'

/** Istio's authorization condition keys whose values are namespaces. */
const NAMESPACE_CONDITIONS = new Set(['source.namespace'])

/** Where a rewrite left a path's namespace named: object field and value. */
export interface Unrewritten {
  field: string
  value: string
}

interface Walk {
  map: ReadonlyMap<string, string>
  /** Fields whose references were rewritten. */
  rewrote: Unrewritten[]
  /** Fields still naming a path namespace after the rewrite. */
  left: Unrewritten[]
}

type Position = 'namespace' | 'exportTo' | 'label' | 'name' | 'opaque' | 'text'

const fieldText = (path: readonly (string | number)[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')

/**
 * A copy of `object` with every reference to a namespace of `map` rewritten to its image, and the fields where it did
 * (`rewrote`) or could not (`left`).
 */
export function rewriteObject(
  object: KubeObject,
  map: ReadonlyMap<string, string>,
): { object: KubeObject; rewrote: Unrewritten[]; left: Unrewritten[] } {
  const walk: Walk = { map, rewrote: [], left: [] }
  const copy = visit(object, [], null, walk, 'text') as KubeObject
  const kind = String(object.kind ?? '')
  const name = String(object.metadata?.name ?? '')
  if (kind === 'Namespace' && map.has(name)) {
    copy.metadata = { ...copy.metadata, name: map.get(name)! }
    walk.rewrote.push({ field: 'metadata.name', value: name })
  } else if (
    !isClusterScoped(kind) &&
    object.metadata?.namespace === undefined &&
    map.has(namespaceOf(object))
  )
    // An object without a namespace lands in `default` (kubectl apply without -n): its copy names its own.
    copy.metadata = { ...copy.metadata, namespace: map.get(namespaceOf(object))! }
  return { object: copy, rewrote: walk.rewrote, left: walk.left }
}

function visit(
  value: unknown,
  path: (string | number)[],
  parent: Record<string, unknown> | null,
  walk: Walk,
  inherited: Position,
): unknown {
  if (Array.isArray(value)) return value.map((v, i) => visit(v, [...path, i], parent, walk, inherited))
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(obj))
      out[k] = visit(v, [...path, k], obj, walk, positionOf(path, k, obj))
    return out
  }
  if (typeof value !== 'string') return value
  return rewriteString(value, inherited, path, walk)
}

/** What the value under key `k` of `obj` (at `path`) is to a mesh. */
function positionOf(path: readonly (string | number)[], k: string, obj: Record<string, unknown>): Position {
  const parentKey = lastKey(path)
  if (parentKey === 'annotations' && path.length >= 2) {
    if (OPAQUE_ANNOTATIONS.has(k)) return 'opaque'
    if (k === EXPORT_ANNOTATION) return 'exportTo'
    return 'text'
  }
  if (parentKey !== null && LABEL_MAPS.has(parentKey) && typeof obj[k] === 'string')
    return isNamespaceKey(k) ? 'namespace' : 'label'
  if (OPAQUE_FIELDS.has(k)) return 'opaque'
  if (NAMESPACE_FIELDS.has(k)) return 'namespace'
  if (k === 'exportTo') return 'exportTo'
  // A matchExpression's values: namespaces under a namespace key, labels otherwise.
  if ((k === 'values' || k === 'notValues') && typeof obj.key === 'string') {
    if (obj.operator !== undefined) return isNamespaceKey(obj.key) ? 'namespace' : 'label'
    if (NAMESPACE_CONDITIONS.has(obj.key)) return 'namespace'
    return 'text'
  }
  // A reference to a Namespace (Linkerd's targetRef and identityRefs, Gateway API refs) names it by `name`.
  if (k === 'name' && obj.kind === 'Namespace' && path.length > 0) return 'namespace'
  if (NAME_FIELDS.has(k)) return 'name'
  return 'text'
}

function lastKey(path: readonly (string | number)[]): string | null {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string
  return null
}

function rewriteString(s: string, position: Position, path: (string | number)[], walk: Walk): string {
  const field = fieldText(path)
  const note = (out: string) => {
    if (out !== s) walk.rewrote.push({ field, value: s })
    return out
  }
  switch (position) {
    case 'opaque':
    case 'label':
      return s
    case 'namespace':
      return note(walk.map.get(s) ?? s)
    case 'exportTo':
      // `.` (its own namespace), `*` (every one) and `~` (none) stay; names are namespaces.
      return note(
        s
          .split(',')
          .map((part) => {
            const name = part.trim()
            const to = walk.map.get(name)
            return to ? part.replace(name, to) : part
          })
          .join(','),
      )
    default: {
      const { out, form } = rewriteForms(s, walk.map)
      // A name equal to a namespace's is a coincidence (a Deployment `shop` in `shop`), as is a Service `shop` in a
      // host; outside the forms above, a namespace as a label or segment is a reference the rewrite does not know.
      if (!form && !(position === 'name' && walk.map.has(out)) && namesNamespace(out, walk.map))
        walk.left.push({ field, value: out })
      return note(out)
    }
  }
}

/** Whether any DNS label or path segment of `s` is one of the namespaces. */
function namesNamespace(s: string, map: ReadonlyMap<string, string>): boolean {
  return s.split(/[^A-Za-z0-9_-]+/).some((token) => map.has(token))
}

/**
 * The forms of a string the meshes read as naming a namespace, rewritten: a principal or SPIFFE ID
 * (`…/ns/<ns>/sa/…`), Istio's `<ns>/<host>` (Sidecar egress hosts, gateway references), and a host (with a port)
 * whose second label is the namespace: `svc.<ns>.svc[.domain]`, a Linkerd identity
 * `sa.<ns>.serviceaccount.identity.…`, and the two-label `svc.<ns>` (Kubernetes DNS resolves it through the pod's
 * search path; Istio reads a name with a dot literally, so both copies' rewritten forms stay equivalent). `form`:
 * the string is one of these, so its other labels and segments are names, not namespaces.
 */
function rewriteForms(s: string, map: ReadonlyMap<string, string>): { out: string; form: boolean } {
  if (s.includes('/')) {
    const parts = s.split('/')
    const ns = parts.findIndex((p, i) => p === 'ns' && i + 2 < parts.length)
    if (ns >= 0) {
      parts[ns + 1] = map.get(parts[ns + 1]!) ?? parts[ns + 1]!
      return { out: parts.join('/'), form: true }
    }
    const [first, second] = parts as [string, string]
    if (parts.length === 2 && /^[a-z0-9.*~-]+$/.test(first) && (second === '*' || hostForm(second)))
      return { out: `${map.get(first) ?? first}/${rewriteHost(second, map)}`, form: true }
    return { out: s, form: false }
  }
  return { out: rewriteHost(s, map), form: hostForm(s) !== null }
}

const HOST = /^(\*|[a-z0-9]([a-z0-9-]*[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/

/** A Service host or identity whose second label is a namespace; its labels, without the port. */
function hostForm(s: string): string[] | null {
  const host = s.replace(/:\d+$/, '')
  if (!HOST.test(host)) return null
  const labels = host.split('.')
  return labels.length === 2 || labels[2] === 'svc' || labels[2] === 'serviceaccount' ? labels : null
}

function rewriteHost(s: string, map: ReadonlyMap<string, string>): string {
  const labels = hostForm(s)
  const to = labels ? map.get(labels[1]!) : undefined
  if (!labels || !to) return s
  labels[1] = to
  return labels.join('.') + (/:\d+$/.exec(s)?.[0] ?? '')
}

// ---------------------------------------------------------------------------------------------------------------
// The decision.

interface Blocker {
  reason: string
  /** The paths it concerns; null: the run as a whole. */
  paths: string[] | null
}

const title = (o: KubeObject) => {
  const kind = String(o.kind ?? '(no kind)')
  const name = String(o.metadata?.name ?? '(no name)')
  return isClusterScoped(kind) ? `${kind} ${name}` : `${kind} ${namespaceOf(o)}/${name}`
}
const originText = (o: SourcedObject) =>
  o.origin.file ? ` (${o.origin.file}${o.origin.line ? `:${o.origin.line}` : ''})` : ''

/** The namespaces of the measured paths: their clients' and servers'. */
export function pathNamespaces(paths: readonly MeasuredPath[]): string[] {
  return [...new Set(paths.flatMap((p) => [p.client.namespace, p.server.namespace]))]
}

/** Whether the copies carry the object: it lives in a path namespace, or it is the Namespace of one. */
function isCopied(o: KubeObject, namespaces: ReadonlySet<string>): boolean {
  const kind = String(o.kind ?? '')
  if (kind === 'Namespace') return namespaces.has(String(o.metadata?.name ?? ''))
  return !isClusterScoped(kind) && namespaces.has(namespaceOf(o))
}

const pathsIn = (paths: readonly MeasuredPath[], namespaces: readonly string[]) =>
  paths
    .filter((p) => namespaces.includes(p.client.namespace) || namespaces.includes(p.server.namespace))
    .map((p) => p.id)

export function planLayout(input: LayoutInput): Layout {
  const { plan } = input
  const ids = plan.paths.map((p) => p.id)
  if (!input.base)
    return alternating(ids, [{ reason: 'head only: no base side to measure beside it', paths: null }])
  const blockers: Blocker[] = []
  // The values files that differ, given or as the path plan's coverage lists them (rows of kind `mesh values`).
  const valuesChanges = new Map(
    [
      ...(input.valuesChanges ?? []).map((v) => v.name),
      ...plan.coverage.filter((r) => r.kind === MESH_VALUES).map((r) => r.name),
    ].map((name) => [name, name]),
  )
  for (const v of valuesChanges.keys())
    blockers.push({
      reason: `the mesh values ${v} differ between the sides: the mesh is installed once`,
      paths: null,
    })
  // The side's other values documents (config-paths): the mesh values file, as the base ref had it too, is above.
  const documents = (side: ConfigSide) =>
    (side.values ?? []).filter((v) => !valuesChanges.has((v.origin.file ?? '').replace(/^[^:]*:/, '')))
  if (
    canonical(documents(input.head).map((v) => v.values)) !==
    canonical(documents(input.base).map((v) => v.values))
  )
    blockers.push({
      reason: `the install values documents differ between the sides (${[
        ...new Set(
          [...documents(input.head), ...documents(input.base)].map((v) => v.origin.file ?? '(values)'),
        ),
      ].join(', ')}): the mesh is installed once`,
      paths: null,
    })
  const namespaces = pathNamespaces(plan.paths)
  const inPaths = new Set(namespaces)
  const sides = { head: input.head, base: input.base }
  const contexts = { head: scopeContextOf(input.head), base: scopeContextOf(input.base) }

  // The namespaces themselves: a root namespace's objects govern every namespace, and a copy must be a new name.
  const taken = new Set<string>([GATE_NAMESPACE, PROBE_NAMESPACE, ...namespaces])
  for (const side of [input.head, input.base])
    for (const c of side.objects) {
      const kind = String(c.object.kind ?? '')
      if (kind === 'Namespace') taken.add(String(c.object.metadata?.name ?? ''))
      else if (!isClusterScoped(kind)) taken.add(namespaceOf(c.object))
    }
  for (const ns of namespaces) {
    if (ns === contexts.head.rootNamespace || ns === contexts.base.rootNamespace)
      blockers.push({
        reason: `the path namespace ${ns} is the mesh's root namespace, whose objects govern every namespace: it cannot be copied`,
        paths: pathsIn(plan.paths, [ns]),
      })
    for (const side of ['base', 'head'] as const)
      if (taken.has(sideNamespace(ns, side)))
        blockers.push({
          reason: `the ${side}'s copy of ${ns} would be ${sideNamespace(ns, side)}, a namespace the configuration or the gate already uses`,
          paths: pathsIn(plan.paths, [ns]),
        })
  }

  // Every changed object must be carried by the copies, and govern particular pods or hosts.
  for (const c of changedObjects(input.head, input.base)) {
    const o = c.sourced.object
    const answer = changeAppliesTo(c.sourced, input.mesh, contexts[c.side])
    const what = `${title(o)}${originText(c.sourced)} (${c.change})`
    if (answer.scope !== 'scoped' && answer.scope !== 'nothing')
      blockers.push({
        reason: `${what} is ${answer.scope === 'mesh-wide' ? 'mesh-wide' : answer.scope === 'install' ? 'install-time' : 'of a scope the gate cannot place'}: ${answer.why}`,
        paths: null,
      })
    else if (isClusterScoped(String(o.kind ?? '')) && !isCopied(o, inPaths))
      blockers.push({ reason: `${what} is cluster-scoped: one object for both sides`, paths: null })
    else if (!isCopied(o, inPaths))
      blockers.push({
        reason: `${what} lies outside the measured paths' namespaces (${namespaces.join(', ')}): one object for both sides`,
        paths: null,
      })
  }

  // Objects the copies do not carry must govern the copies as they govern the originals: naming no path namespace.
  const maps = {
    base: new Map(namespaces.map((ns) => [ns, sideNamespace(ns, 'base')])),
    head: new Map(namespaces.map((ns) => [ns, sideNamespace(ns, 'head')])),
  }
  const seen = new Set<string>()
  for (const side of [input.head, input.base])
    for (const c of side.objects) {
      if (isCopied(c.object, inPaths)) continue
      const key = `${title(c.object)}\u0000${canonical(c.object)}`
      if (seen.has(key)) continue
      seen.add(key)
      const r = rewriteObject(c.object, maps.base)
      const refs = [...r.rewrote, ...r.left]
      if (refs.length)
        blockers.push({
          reason: `${title(c.object)}${originText(c)}, outside the measured paths' namespaces, refers to them (${refs
            .slice(0, 3)
            .map((f) => `${f.field}: ${f.value}`)
            .join('; ')}): the copies would not be governed by it as the originals are`,
          paths: pathsIn(
            plan.paths,
            namespaces.filter((ns) => refs.some((f) => namesNamespace(f.value, new Map([[ns, ns]])))),
          ),
        })
    }

  const copies = {
    base: copyOf(sides.base, plan.paths, maps.base),
    head: copyOf(sides.head, plan.paths, maps.head),
  }
  for (const side of ['base', 'head'] as const)
    for (const u of copies[side].unsafe)
      blockers.push({
        reason: `cannot rewrite safely: ${u.title} (${side}), field ${u.field} still names ${u.namespace} (${u.value})`,
        paths: pathsIn(plan.paths, [u.namespace]),
      })
  if (blockers.length === 0) blockers.push(...semanticsCheck(input.mesh, sides, contexts, copies, plan.paths))
  if (blockers.length) return alternating(ids, blockers)

  const where = (side: Side) => namespaces.map((ns) => copies[side].copy.namespaces[ns]).join(', ')
  const changed = changedObjects(input.head, input.base).length
  const reason =
    `${changed ? `every changed object (${changed}) lives in the measured paths' namespaces and governs particular pods or hosts` : 'nothing differs between the sides'}: ` +
    `base in ${where('base')}, head in ${where('head')}, loaded at the same time`
  return {
    design: 'simultaneous',
    reason,
    perPath: plan.paths.map((p) => ({
      path: p.id,
      design: 'simultaneous',
      reason: `base on ${copies.base.copy.paths.find((x) => x.id === p.id)!.server.host}, head on ${copies.head.copy.paths.find((x) => x.id === p.id)!.server.host}, at the same time`,
    })),
    copies: { base: copies.base.copy, head: copies.head.copy },
    blockers: [],
  }
}

function alternating(ids: readonly string[], blockers: readonly Blocker[]): Layout {
  const unique = [...new Map(blockers.map((b) => [b.reason, b])).values()]
  const reason = unique.map((b) => b.reason).join('; ')
  return {
    design: 'alternating',
    reason,
    perPath: ids.map((id) => {
      const own = unique.filter((b) => b.paths === null || b.paths.includes(id))
      return {
        path: id,
        design: 'alternating' as const,
        reason: own.length
          ? own.map((b) => b.reason).join('; ')
          : `one layout per run, and the run's other paths cannot run at once: ${reason}`,
      }
    }),
    copies: null,
    blockers: unique.map((b) => b.reason),
  }
}

interface Unsafe extends Unrewritten {
  title: string
  namespace: string
}

function copyOf(
  side: ConfigSide,
  paths: readonly MeasuredPath[],
  map: ReadonlyMap<string, string>,
): { copy: SideCopy; unsafe: Unsafe[] } {
  const inPaths = new Set(map.keys())
  const unsafe: Unsafe[] = []
  const objects: ConfigObject[] = side.objects.map((c) => {
    if (!isCopied(c.object, inPaths)) return c
    const r = rewriteObject(c.object, map)
    for (const l of r.left)
      unsafe.push({
        ...l,
        title: `${title(c.object)}${originText(c)}`,
        namespace: [...inPaths].find((ns) => namesNamespace(l.value, new Map([[ns, ns]]))) ?? '',
      })
    return { ...c, object: r.object }
  })
  return {
    copy: {
      side: { ...side, objects },
      paths: paths.map((p) => copyPath(p, map)),
      namespaces: Object.fromEntries(map),
    },
    unsafe,
  }
}

/** A path's copy: its ends in the copy's namespaces, its server's host the copy's; its id and facts' origins kept. */
function copyPath(p: MeasuredPath, map: ReadonlyMap<string, string>): MeasuredPath {
  const ns = (n: string) => map.get(n) ?? n
  const copy = structuredClone(p)
  copy.client.namespace = ns(p.client.namespace)
  copy.server.namespace = ns(p.server.namespace)
  copy.server.host = rewriteHost(p.server.host, map)
  return copy
}

/**
 * What each object crosses, read by its mesh: among the copy's paths what it crosses among the originals, and
 * nothing of the other copy's (a wildcard host, a selector of every namespace would govern both copies).
 */
function semanticsCheck(
  mesh: MeshName,
  sides: Record<Side, ConfigSide>,
  contexts: Record<Side, ScopeContext>,
  copies: Record<Side, { copy: SideCopy }>,
  paths: readonly MeasuredPath[],
): Blocker[] {
  const out: Blocker[] = []
  for (const name of ['base', 'head'] as const) {
    const other = name === 'base' ? 'head' : 'base'
    const copy = copies[name].copy
    const context = scopeContextOf(copy.side)
    const inPaths = new Set(Object.keys(copy.namespaces))
    sides[name].objects.forEach((c, i) => {
      const original = changeAppliesTo({ object: c.object, origin: c.origin }, mesh, contexts[name])
      const copied = copy.side.objects[i]!
      const answer = changeAppliesTo({ object: copied.object, origin: copied.origin }, mesh, context)
      const before = crossed(original, paths)
      const after = crossed(answer, copy.paths)
      const stray = crossed(answer, copies[other].copy.paths)
      const what = `${title(c.object)}${originText(c)} (${name})`
      if (before.join() !== after.join())
        out.push({
          reason: `cannot rewrite safely: ${what} crosses ${before.join(', ') || 'no path'} but its copy ${after.join(', ') || 'no path'}`,
          paths: [...new Set([...before, ...after])],
        })
      else if (stray.length && isCopied(c.object, inPaths))
        out.push({
          reason: `${what} would govern the ${other}'s copy too (${stray.join(', ')}): the copies would not be apart`,
          paths: stray,
        })
    })
  }
  return out
}

function crossed(answer: AppliesTo, paths: readonly MeasuredPath[]): string[] {
  if (answer.scope !== 'scoped') return []
  return paths.filter((p) => answer.reach.some((r) => reachCrosses(r, p))).map((p) => p.id)
}

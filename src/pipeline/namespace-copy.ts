/**
 * A side's copy of the measured paths' namespaces (pipeline/layout.ts): the copy's name (`shop` → `shop-base`), and
 * one object rewritten into the copies. The rewrite touches the object's namespace (and a Namespace's name), and the
 * references the meshes read as namespaces — fields named `namespace`/`namespaces`/`notNamespaces`/
 * `sourceNamespace` (Istio authorizations and VirtualService matches; Linkerd and Gateway API refs; Cilium's
 * `toServices`), `exportTo` entries and Istio's `networking.istio.io/exportTo` annotation, references of kind
 * Namespace (Linkerd's targetRef and identityRefs), namespace label keys in selectors (`kubernetes.io/metadata.name`,
 * Cilium's `io.kubernetes.pod.namespace` with or without its source prefix, ambient's
 * `istio.io/use-waypoint-namespace`), Istio's `source.namespace` conditions — and the namespace label of hosts
 * (`cart.shop`, `cart.shop.svc`, `cart.shop.svc.cluster.local`, `*.shop.svc.cluster.local`, with a port), of
 * Istio's `shop/host` forms (Sidecar egress, gateway references), of principals and SPIFFE IDs
 * (`cluster.local/ns/shop/sa/x`) and of Linkerd identities (`x.shop.serviceaccount.identity.linkerd…`). What still
 * names a namespace as a DNS label or path segment afterwards (a URL, a command-line flag, a ConfigMap's data) is
 * reported as `left`: a reference the rewrite does not understand. Label values (`app: shop`), object names, images
 * and API groups are not references. Pure: data in, data out.
 */
import type { KubeObject } from '../k8s/objects.js'
import { NAMESPACE_LABEL, stripSource } from '../mtls/cilium.js'
import { isClusterScoped } from '../mtls/model.js'
import { namespaceOf } from '../mtls/workloads.js'
import type { Side } from '../vocabulary.js'

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
  const copy = visit(object, [], walk, 'text') as KubeObject
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

function visit(value: unknown, path: (string | number)[], walk: Walk, inherited: Position): unknown {
  if (Array.isArray(value)) return value.map((v, i) => visit(v, [...path, i], walk, inherited))
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(obj)) out[k] = visit(v, [...path, k], walk, positionOf(path, k, obj))
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
export function namesNamespace(s: string, map: ReadonlyMap<string, string>): boolean {
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

export function rewriteHost(s: string, map: ReadonlyMap<string, string>): string {
  const labels = hostForm(s)
  const to = labels ? map.get(labels[1]!) : undefined
  if (!labels || !to) return s
  labels[1] = to
  return labels.join('.') + (/:\d+$/.exec(s)?.[0] ?? '')
}

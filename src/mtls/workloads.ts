/**
 * The inventory the meshes decide over: workloads (pod templates of Deployments, StatefulSets, DaemonSets,
 * ReplicaSets, Jobs, CronJobs and bare Pods), namespaces and Services, read from parsed objects. Pure: no I/O.
 */
import { refOf, type Finding, type ResourceRef } from './model.js'
import type { KubeObject, Origin, SourcedObject } from '../k8s/objects.js'

export interface ContainerPort {
  port: number
  name: string | null
}

export interface Workload {
  namespace: string
  /** `Deployment/web`, so a Deployment and a Service of the same name do not collide. */
  name: string
  kind: string
  labels: Record<string, string>
  annotations: Record<string, string>
  ports: ContainerPort[]
  containerNames: string[]
  ref: ResourceRef
  origin: Origin
  /** Path of the pod template inside the object (`spec.template` or `spec.jobTemplate.spec.template`). */
  templatePath: (string | number)[]
  /** Set on a policy's selection evaluated as a workload of its own (no manifest in the inputs matches it). */
  selection?: Selection
}

/**
 * What a policy selects, when no workload manifest among the inputs matches it: a PR that changes only policies
 * (the workloads are deployed from elsewhere) is still judged, on the policy's own selection. `workload` is the key
 * base and head are compared on: `*` (namespace- or mesh-wide), `{app=a}` (a selector), `{app=a}:http` (a selector's
 * named port, whose number no manifest tells), `Server/x` (an authorization's target that is not among the inputs).
 */
export interface Selection {
  /** `*` for a cluster-wide selection (a CiliumClusterwideNetworkPolicy without a namespace, the mesh-wide default). */
  namespace: string
  workload: string
  /** A representative pod of the selection: the selector's matchLabels, the first value of each `In`, `Exists` keys. */
  labels: Record<string, string>
  /** The container port name the selection is about, when its policy names the port. */
  portName?: string
  /** What produced it, for messages: `Server shop/cart-http`. */
  policy: string
  /** Whether a manifest's workload falls in the selection (then that workload is judged instead). */
  matches: (w: Workload) => boolean
  /** Mesh-specific: a Linkerd authorization target that is not among the inputs; a Cilium node selection. */
  target?: { kind: 'Server' | 'HTTPRoute' | 'GRPCRoute' | 'node'; name: string }
}

/** A selection evaluated as a workload: it carries no ports it does not name, no containers, no annotations. */
export function selectionWorkload(s: Selection): Workload {
  return {
    namespace: s.namespace,
    name: s.workload,
    kind: 'Selection',
    labels: s.labels,
    annotations: {},
    ports: [],
    containerNames: [],
    ref: { kind: 'Selection', namespace: s.namespace, name: s.workload, file: null, line: null },
    origin: { file: null, line: null },
    templatePath: [],
    selection: s,
  }
}

/** `{app=a,tier=b}`: the key of a selector's selection. */
export function selectorName(selector: Record<string, string>): string {
  return `{${Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}}`
}

/** Labels of a representative pod of a LabelSelector (matchLabels, first `In` value, `Exists` keys). */
export function representativeLabels(
  selector: unknown,
  key: (k: string) => string = (k) => k,
): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const [k, v] of Object.entries(stringMap(get(selector, ['matchLabels'])))) labels[key(k)] = v
  const exprs = get(selector, ['matchExpressions'])
  for (const e of Array.isArray(exprs) ? exprs : []) {
    const k = key(String(get(e, ['key']) ?? ''))
    const values = get(e, ['values'])
    if (get(e, ['operator']) === 'In' && Array.isArray(values) && values.length > 0)
      labels[k] = String(values[0])
    else if (get(e, ['operator']) === 'Exists') labels[k] = ''
  }
  return labels
}

/** The key of a selector: matchLabels, then each expression spelled out (`tier in (a,b)`). */
export function selectorKey(selector: unknown, key: (k: string) => string = (k) => k): string {
  const parts = Object.entries(stringMap(get(selector, ['matchLabels']))).map(([k, v]) => `${key(k)}=${v}`)
  const exprs = get(selector, ['matchExpressions'])
  for (const e of Array.isArray(exprs) ? exprs : []) {
    const values = get(e, ['values'])
    const op = String(get(e, ['operator']) ?? '')
    parts.push(
      `${key(String(get(e, ['key']) ?? ''))} ${op}${Array.isArray(values) && values.length ? ` (${values.map(String).join(',')})` : ''}`,
    )
  }
  return `{${parts.join(',')}}`
}

export interface NamespaceInfo {
  name: string
  labels: Record<string, string>
  annotations: Record<string, string>
  ref: ResourceRef | null
}

export interface ServiceInfo {
  namespace: string
  name: string
  selector: Record<string, string>
  ports: { port: number; targetPort: number | string | null }[]
}

export interface Inventory {
  workloads: Workload[]
  namespaces: Map<string, NamespaceInfo>
  services: ServiceInfo[]
  /** Objects that are neither workloads nor namespaces nor Services (the mesh resources among others). */
  others: SourcedObject[]
}

const TEMPLATE_PATHS: Record<string, (string | number)[]> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  Pod: [],
}

export const DEFAULT_NAMESPACE = 'default'

/**
 * Namespaces that workloads live in but that are not among the inputs: their injection labels and annotations are
 * unknown, and the workloads are taken as outside the mesh. Said once per namespace, so users add the Namespace.
 */
export function unknownNamespaces(inv: Inventory): Map<string, Workload[]> {
  const out = new Map<string, Workload[]>()
  for (const w of inv.workloads) {
    if (!inv.namespaces.get(w.namespace)?.ref) out.set(w.namespace, [...(out.get(w.namespace) ?? []), w])
  }
  return out
}

export function stringMap(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {}
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = String(v)
  return out
}

export function get(value: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = value
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[part]
  }
  return cur
}

export function namespaceOf(object: KubeObject): string {
  const ns = object.metadata?.namespace
  return typeof ns === 'string' && ns !== '' ? ns : DEFAULT_NAMESPACE
}

export function buildInventory(objects: readonly SourcedObject[]): Inventory {
  const inventory: Inventory = { workloads: [], namespaces: new Map(), services: [], others: [] }
  for (const sourced of objects) {
    const { object, origin } = sourced
    const kind = typeof object.kind === 'string' ? object.kind : ''
    const templatePath = TEMPLATE_PATHS[kind]
    if (templatePath && isCoreOrApps(object.apiVersion)) {
      inventory.workloads.push(workloadOf(object, origin, kind, templatePath))
    } else if (kind === 'Namespace' && object.apiVersion === 'v1') {
      const name = String(object.metadata?.name ?? '')
      inventory.namespaces.set(name, {
        name,
        labels: stringMap(object.metadata?.labels),
        annotations: stringMap(object.metadata?.annotations),
        ref: refOf(object, origin),
      })
    } else if (kind === 'Service' && object.apiVersion === 'v1') {
      const ports = Array.isArray(get(object, ['spec', 'ports']))
        ? (get(object, ['spec', 'ports']) as unknown[])
        : []
      inventory.services.push({
        namespace: namespaceOf(object),
        name: String(object.metadata?.name ?? ''),
        selector: stringMap(get(object, ['spec', 'selector'])),
        ports: ports.map((p) => {
          const port = Number(get(p, ['port']))
          const target = get(p, ['targetPort'])
          return {
            port,
            targetPort: typeof target === 'number' ? target : typeof target === 'string' ? target : null,
          }
        }),
      })
    } else {
      inventory.others.push(sourced)
    }
  }
  // Namespaces that only appear in metadata.namespace still exist for the evaluation (with no labels we know of).
  for (const w of inventory.workloads) {
    if (!inventory.namespaces.has(w.namespace)) {
      inventory.namespaces.set(w.namespace, { name: w.namespace, labels: {}, annotations: {}, ref: null })
    }
  }
  return inventory
}

function isCoreOrApps(apiVersion: unknown): boolean {
  return (
    apiVersion === 'v1' ||
    apiVersion === 'apps/v1' ||
    apiVersion === 'batch/v1' ||
    apiVersion === 'batch/v1beta1'
  )
}

function workloadOf(
  object: KubeObject,
  origin: Origin,
  kind: string,
  templatePath: (string | number)[],
): Workload {
  const template = templatePath.length === 0 ? object : get(object, templatePath)
  const meta = get(template, ['metadata'])
  const containers = [
    ...(arrayAt(template, ['spec', 'containers']) ?? []),
    ...(arrayAt(template, ['spec', 'initContainers']) ?? []),
  ]
  const ports: ContainerPort[] = []
  for (const c of containers) {
    for (const p of arrayAt(c, ['ports']) ?? []) {
      const port = Number(get(p, ['containerPort']))
      if (Number.isInteger(port))
        ports.push({ port, name: typeof get(p, ['name']) === 'string' ? (get(p, ['name']) as string) : null })
    }
  }
  const name = String(object.metadata?.name ?? '(no name)')
  return {
    namespace: namespaceOf(object),
    name: `${kind}/${name}`,
    kind,
    labels: stringMap(get(meta, ['labels'])),
    annotations: stringMap(get(meta, ['annotations'])),
    ports,
    containerNames: containers.map((c) => String(get(c, ['name']) ?? '')),
    ref: refOf(object, origin),
    origin,
    templatePath,
  }
}

function arrayAt(value: unknown, path: (string | number)[]): unknown[] | undefined {
  const v = get(value, path)
  return Array.isArray(v) ? v : undefined
}

/** `matchLabels` semantics (all given labels equal); an empty selector selects everything. */
export function labelsMatch(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v)
}

/** A Kubernetes LabelSelector: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  if (selector === null || selector === undefined) return true
  if (!labelsMatch(stringMap(get(selector, ['matchLabels'])), labels)) return false
  const exprs = get(selector, ['matchExpressions'])
  if (!Array.isArray(exprs)) return true
  return exprs.every((e) => {
    const key = String(get(e, ['key']) ?? '')
    const values = (Array.isArray(get(e, ['values'])) ? (get(e, ['values']) as unknown[]) : []).map(String)
    switch (get(e, ['operator'])) {
      case 'In':
        return key in labels && values.includes(labels[key] as string)
      case 'NotIn':
        return !(key in labels) || !values.includes(labels[key] as string)
      case 'Exists':
        return key in labels
      case 'DoesNotExist':
        return !(key in labels)
      default:
        return false
    }
  })
}

/** Resolves a port reference (number, numeric string, or a container port name) against a workload's ports. */
export function resolvePort(ref: unknown, workload: Workload): number | null {
  if (typeof ref === 'number') return ref
  if (typeof ref === 'string') {
    if (/^\d+$/.test(ref)) return Number(ref)
    return workload.ports.find((p) => p.name === ref)?.port ?? null
  }
  return null
}

/** A finding about a policy is said once, however many workloads and selections it reaches. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.message}\u0000${f.file}\u0000${f.line}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * The inventory the meshes decide over: workloads (pod templates of Deployments, StatefulSets, DaemonSets,
 * ReplicaSets, Jobs, CronJobs and bare Pods), namespaces and Services, read from parsed objects. Pure: no I/O.
 *
 * What runs, when the objects carry it (a live cluster): a controller's running Pods (found through their
 * controller ownerReferences, Pod → ReplicaSet → Deployment, Pod → Job → CronJob) stand for it, and the workload is
 * judged by its pod rather than its template. Sidecars are injected into the pod when it is created, not into the
 * template (istio.io/latest/docs/setup/additional-setup/sidecar-injection: "automatic injection occurs at the
 * pod-level. You won't see any change to the deployment itself"; Linkerd's proxy injector patches the pod and copies
 * the namespace's config annotations onto it, linkerd2 controller/proxy-injector/webhook.go); ambient enrollment and
 * opt-out are pod labels; Linkerd's policy controller reads the pod's own annotations
 * (policy-controller/k8s/index/src/inbound/pod.rs). So the pod's containers, labels and annotations are the facts.
 * A workload without a running pod is judged by its template (`noRunningPod`), and the evaluation says so.
 */
import { refOf, type Finding, type ResourceRef } from './model.js'
import type { FieldPath, KubeObject, Origin, SourcedObject } from '../k8s/objects.js'

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
  /** Set when the workload is judged by a running pod of it rather than by its template (see the module comment). */
  pod?: RunningPod
  /** With `pod`: the same workload as its template alone says, so a verdict the pod changed can be named. */
  template?: Workload
  /** A live source's controller with no running pod: judged by its template, and the evaluation says so. */
  noRunningPod?: boolean
}

/** The running pod a workload is judged by. */
export interface RunningPod {
  /** The pod's name (the first by name of the pods that share the facts the meshes read). */
  name: string
  /** How many running pods share these facts, of how many running pods the workload has. */
  count: number
  total: number
  /** What the pod has that its template has not, in the facts the meshes read (`container istio-proxy added`). */
  differences: string[]
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
  /** Where the Namespace is defined, for the line of one of its labels or annotations. */
  origin?: Origin
}

/** The Namespace at the line of one of its fields (a label, an annotation); null when it is not among the inputs. */
export function namespaceFieldRef(ns: NamespaceInfo | undefined, path: FieldPath): ResourceRef | null {
  if (!ns?.ref) return null
  return { ...ns.ref, line: ns.origin?.lineOf?.(path) ?? ns.ref.line }
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

export interface InventoryOptions {
  /** The objects were read from a running cluster: a controller without a running pod is marked `noRunningPod`. */
  running?: boolean
}

export function buildInventory(objects: readonly SourcedObject[], options: InventoryOptions = {}): Inventory {
  const inventory: Inventory = { workloads: [], namespaces: new Map(), services: [], others: [] }
  const candidates: SourcedObject[] = []
  for (const sourced of objects) {
    const { object, origin } = sourced
    const kind = typeof object.kind === 'string' ? object.kind : ''
    const templatePath = TEMPLATE_PATHS[kind]
    if (templatePath && isCoreOrApps(object.apiVersion)) {
      candidates.push(sourced)
    } else if (kind === 'Namespace' && object.apiVersion === 'v1') {
      const name = String(object.metadata?.name ?? '')
      inventory.namespaces.set(name, {
        name,
        labels: stringMap(object.metadata?.labels),
        annotations: stringMap(object.metadata?.annotations),
        ref: refOf(object, origin),
        origin,
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
  inventory.workloads.push(...resolveWorkloads(candidates, options))
  // Namespaces that only appear in metadata.namespace still exist for the evaluation (with no labels we know of).
  for (const w of inventory.workloads) {
    if (!inventory.namespaces.has(w.namespace)) {
      inventory.namespaces.set(w.namespace, { name: w.namespace, labels: {}, annotations: {}, ref: null })
    }
  }
  return inventory
}

/** The pod template of a workload object (a Deployment's `spec.template`, a Pod itself); null for other kinds. */
export function podTemplateOf(object: KubeObject): unknown {
  const path = TEMPLATE_PATHS[String(object.kind)]
  if (!path || !isCoreOrApps(object.apiVersion)) return null
  return path.length ? get(object, path) : object
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
  const inits = arrayAt(template, ['spec', 'initContainers']) ?? []
  const containers = [...(arrayAt(template, ['spec', 'containers']) ?? []), ...inits]
  // Sidecars: the containers, and the init containers with restartPolicy Always, which Kubernetes runs for the
  // pod's whole life ("native sidecars", kubernetes.io/docs/concepts/workloads/pods/sidecar-containers); Istio
  // injects istio-proxy so by default since 1.27, Linkerd with proxy.nativeSidecar. A plain init container
  // (istio-init, linkerd-init) has exited before the application starts: it is no sidecar.
  const running = [
    ...(arrayAt(template, ['spec', 'containers']) ?? []),
    ...inits.filter((c) => get(c, ['restartPolicy']) === 'Always'),
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
    containerNames: running.map((c) => String(get(c, ['name']) ?? '')),
    ref: refOf(object, origin),
    origin,
    templatePath,
  }
}

/** Which controller kinds stand for a child of the given kind: the child is made from the controller's template. */
const CONTROLLED_BY: Record<string, ReadonlySet<string>> = {
  ReplicaSet: new Set(['Deployment']),
  Job: new Set(['CronJob']),
  Pod: new Set(['ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController']),
}

/** The controller (ownerReference with `controller: true`) of an object, when it is one that makes it. */
export function controllerOf(object: SourcedObject['object']): { kind: string; name: string } | null {
  const kinds = CONTROLLED_BY[String(object.kind)]
  const owners = (object.metadata as { ownerReferences?: unknown } | undefined)?.ownerReferences
  if (!kinds || !Array.isArray(owners)) return null
  const owner = owners.find(
    (o: { controller?: unknown; kind?: unknown }) => o?.controller === true && kinds.has(String(o.kind)),
  ) as { kind: string; name: unknown } | undefined
  return owner ? { kind: owner.kind, name: String(owner.name) } : null
}

/**
 * Labels the controllers put on each pod (kubernetes.io/docs/reference/labels-annotations-taints): they tell pods
 * of one workload apart, not what the mesh does with them, so pods that differ only in them are judged once.
 */
const PER_POD_LABELS = new Set([
  'pod-template-hash',
  'controller-revision-hash',
  'pod-template-generation',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'batch.kubernetes.io/job-name',
  'batch.kubernetes.io/controller-uid',
  'batch.kubernetes.io/job-completion-index',
  'job-name',
  'controller-uid',
])

/** Annotations the meshes read (injection, ambient, proxy and policy settings); others do not split pods. */
function meshAnnotation(key: string): boolean {
  return /(^|\.)(istio\.io|linkerd\.io)\//.test(key)
}

/** A pod that has finished (Succeeded, Failed) or is being deleted runs nothing the mesh would judge. */
function isRunning(object: SourcedObject['object']): boolean {
  const phase = get(object, ['status', 'phase'])
  return phase !== 'Succeeded' && phase !== 'Failed' && get(object, ['metadata', 'deletionTimestamp']) == null
}

/**
 * The workloads of the candidates (objects of TEMPLATE_PATHS' kinds): controllers' children (a Deployment's
 * ReplicaSets, a CronJob's Jobs, every controller's Pods) are not workloads of their own when their controller is
 * among the objects; a controller with running pods is judged by them (one workload per distinct set of the facts
 * the meshes read, which is one in a settled cluster), otherwise by its template.
 */
function resolveWorkloads(candidates: readonly SourcedObject[], options: InventoryOptions): Workload[] {
  const key = (ns: string, kind: string, name: string) => `${ns}\u0000${kind}\u0000${name}`
  const byKey = new Map<string, SourcedObject>()
  for (const c of candidates)
    byKey.set(key(namespaceOf(c.object), String(c.object.kind), String(c.object.metadata?.name)), c)
  const parentOf = (c: SourcedObject): SourcedObject | undefined => {
    const owner = controllerOf(c.object)
    return owner ? byKey.get(key(namespaceOf(c.object), owner.kind, owner.name)) : undefined
  }
  const topOf = (c: SourcedObject): SourcedObject => {
    let top = c
    for (let parent = parentOf(top), depth = 0; parent && depth < 4; parent = parentOf(top), depth++)
      top = parent
    return top
  }
  const podsOf = new Map<SourcedObject, SourcedObject[]>()
  const tops: SourcedObject[] = []
  for (const c of candidates) {
    const top = topOf(c)
    if (top === c) tops.push(c)
    else if (c.object.kind === 'Pod' && isRunning(c.object)) podsOf.set(top, [...(podsOf.get(top) ?? []), c])
  }
  const out: Workload[] = []
  for (const top of tops) {
    const kind = String(top.object.kind)
    const template = workloadOf(top.object, top.origin, kind, TEMPLATE_PATHS[kind]!)
    const pods = podsOf.get(top) ?? []
    if (pods.length === 0) {
      out.push(options.running && kind !== 'Pod' ? { ...template, noRunningPod: true } : template)
      continue
    }
    const groups = new Map<string, Workload[]>()
    for (const p of [...pods].sort((a, b) =>
      cmp(String(a.object.metadata?.name), String(b.object.metadata?.name)),
    )) {
      const w = workloadOf(p.object, p.origin, 'Pod', [])
      const k = factsKey(w)
      groups.set(k, [...(groups.get(k) ?? []), w])
    }
    for (const group of groups.values()) {
      const first = group[0]!
      const podName = first.name.slice('Pod/'.length)
      out.push({
        ...template,
        // Pods that differ (a rollout under way) are each a row of their own, named by a pod.
        name: groups.size === 1 ? template.name : `${template.name} (pod ${podName})`,
        labels: first.labels,
        annotations: first.annotations,
        ports: first.ports,
        containerNames: first.containerNames,
        pod: {
          name: podName,
          count: group.length,
          total: pods.length,
          differences: differences(template, first),
        },
        template,
      })
    }
  }
  return out
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The facts of a pod the meshes read, less what the controllers vary per pod. */
function factsKey(w: Workload): string {
  const labels = Object.entries(w.labels).filter(([k]) => !PER_POD_LABELS.has(k))
  const annotations = Object.entries(w.annotations).filter(([k]) => meshAnnotation(k))
  return JSON.stringify([
    labels.sort(),
    annotations.sort(),
    [...w.containerNames].sort(),
    w.ports.map((p) => `${p.port}/${p.name ?? ''}`).sort(),
  ])
}

/** What a pod has that its template has not (or lacks), among the facts the meshes read. */
function differences(template: Workload, pod: Workload): string[] {
  const out: string[] = []
  for (const c of pod.containerNames) if (!template.containerNames.includes(c)) out.push(`sidecar ${c} added`)
  for (const c of template.containerNames)
    if (!pod.containerNames.includes(c)) out.push(`container ${c} absent`)
  const compare = (
    what: string,
    t: Record<string, string>,
    p: Record<string, string>,
    keep: (k: string) => boolean,
  ) => {
    for (const k of [...new Set([...Object.keys(t), ...Object.keys(p)])].filter(keep).sort()) {
      if (t[k] === p[k]) continue
      out.push(
        p[k] === undefined
          ? `${what} ${k} absent`
          : `${what} ${k}=${p[k]}${t[k] === undefined ? '' : ` (template: ${t[k]})`}`,
      )
    }
  }
  compare('label', template.labels, pod.labels, (k) => !PER_POD_LABELS.has(k))
  compare('annotation', template.annotations, pod.annotations, meshAnnotation)
  return out
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

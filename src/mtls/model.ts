/**
 * What the mTLS evaluation concludes, mesh-neutral plain data: the matrix of workloads' effective modes, the findings
 * and the references that locate them. The shared words (mesh names, modes, requirements) come from the vocabulary,
 * the objects it reads from `k8s/objects.ts`, so the evaluation can be diffed, serialised and rendered by others.
 */
import type { KubeObject, FieldPath, Origin } from '../k8s/objects.js'
import { MODE_RANK, type MeshName, type Mode, type Requirement } from '../vocabulary.js'

/** Every mode meets `none`: it asks for nothing, so nothing falls below it. */
export function meetsRequirement(mode: Mode, require: Requirement): boolean {
  if (require === 'none') return true
  return MODE_RANK[mode] >= (require === 'strict' ? MODE_RANK.STRICT : MODE_RANK.PERMISSIVE)
}

/** The resource a result or finding points at. */
export interface ResourceRef {
  kind: string
  namespace: string | null
  name: string
  file: string | null
  line: number | null
}

/** One row of the matrix; `port: null` is the workload-wide mode, port rows appear only where they differ. */
export interface MatrixEntry {
  namespace: string
  workload: string
  port: number | null
  mode: Mode
  /** Human-readable: the resource and its file:line, or the default that applied. */
  decidedBy: string
  /** The deciding resource, when one did (not serialised in the matrix; used for findings' locations). */
  decider: ResourceRef | null
  /** The workload object itself, for locating findings about it. */
  subject: ResourceRef | null
  /** The deciding setting (not serialised): a change from base to head is named by it when both sides share it. */
  setting?: { what: string; value: string }
  /** The container port name, when the row is about a named port whose number no manifest tells. */
  portName?: string
}

export type Severity = 'error' | 'warning' | 'note'

export interface Finding {
  severity: Severity
  code: string
  message: string
  resource: { kind: string; namespace: string | null; name: string }
  file: string | null
  line: number | null
}

export interface Evaluation {
  mesh: MeshName
  entries: MatrixEntry[]
  findings: Finding[]
}

/** Kinds without a namespace that a mesh configuration may hold (Kubernetes' and the meshes' cluster-scoped kinds). */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'CiliumClusterwideNetworkPolicy',
  'CiliumClusterwideEnvoyConfig',
  'Node',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleBinding',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'GatewayClass',
  'PriorityClass',
  'RuntimeClass',
])

/** Whether a kind has no namespace (an object of it that names none is not in `default`). */
export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind)
}

export function refOf(object: KubeObject, origin: Origin, path?: FieldPath): ResourceRef {
  const kind = typeof object.kind === 'string' ? object.kind : '(no kind)'
  const ns = object.metadata?.namespace
  return {
    kind,
    // A namespaced object without a namespace lands in `default` (kubectl apply without -n), as the evaluation assumes.
    namespace: typeof ns === 'string' && ns !== '' ? ns : CLUSTER_SCOPED.has(kind) ? null : 'default',
    name: typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)',
    file: origin.file,
    line: (path && origin.lineOf?.(path)) ?? origin.line,
  }
}

export function describeRef(ref: ResourceRef): string {
  const id = ref.namespace ? `${ref.kind} ${ref.namespace}/${ref.name}` : `${ref.kind} ${ref.name}`
  return ref.file ? `${id} (${ref.file}${ref.line ? `:${ref.line}` : ''})` : id
}

export function finding(severity: Severity, code: string, message: string, ref: ResourceRef | null): Finding {
  return {
    severity,
    code,
    message,
    resource: ref
      ? { kind: ref.kind, namespace: ref.namespace, name: ref.name }
      : { kind: '', namespace: null, name: '' },
    file: ref?.file ?? null,
    line: ref?.line ?? null,
  }
}

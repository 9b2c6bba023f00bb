/**
 * The mesh-neutral vocabulary of the mTLS validator: the objects it reads, where they came from, and what it
 * concludes. Everything here is plain data, so the evaluation can be fed by manifests today and by a live cluster
 * (an `ObjectSource` over @kubernetes/client-node) later, and its output can be diffed, serialised and rendered.
 */

export const MESHES = ['istio', 'istio-ambient', 'linkerd', 'cilium'] as const
export type MeshName = (typeof MESHES)[number]

/** Effective inbound mode. STRICT: only mTLS-authenticated peers; PERMISSIVE: mTLS and plaintext; DISABLE: plaintext. */
export type Mode = 'STRICT' | 'PERMISSIVE' | 'DISABLE'
export const MODE_RANK: Record<Mode, number> = { DISABLE: 0, PERMISSIVE: 1, STRICT: 2 }

export const REQUIREMENTS = ['strict', 'permissive'] as const
export type Requirement = (typeof REQUIREMENTS)[number]

export function meetsRequirement(mode: Mode, require: Requirement): boolean {
  return MODE_RANK[mode] >= (require === 'strict' ? MODE_RANK.STRICT : MODE_RANK.PERMISSIVE)
}

/** A Kubernetes object as parsed: only the envelope is typed; the evaluation reads the rest defensively. */
export interface KubeObject {
  apiVersion?: unknown
  kind?: unknown
  metadata?: {
    name?: unknown
    namespace?: unknown
    labels?: unknown
    annotations?: unknown
    creationTimestamp?: unknown
  }
  [key: string]: unknown
}

/** A path into an object the way the YAML spells it: `['spec', 'mtls', 'mode']`, `['spec', 'ingress', 0]`. */
export type FieldPath = ReadonlyArray<string | number>

/** Where an object came from. A live source has no file; a manifest source can also find the line of a field. */
export interface Origin {
  file: string | null
  line: number | null
  /** Line of a field inside the object (falls back to the object's line when the field is absent). */
  lineOf?: (path: FieldPath) => number | null
}

export interface SourcedObject {
  object: KubeObject
  origin: Origin
}

/** Install-time settings that are not Kubernetes objects, e.g. a Cilium or Linkerd Helm values file. */
export interface SourcedValues {
  values: Record<string, unknown>
  origin: Origin
}

export interface LoadedObjects {
  objects: SourcedObject[]
  values: SourcedValues[]
}

/** Where objects come from: files and folders now, a live cluster later. Both feed the same evaluation. */
export interface ObjectSource {
  /** For messages: `manifests mesh/`, `cluster kind-gate`. */
  readonly description: string
  load(): Promise<LoadedObjects>
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

const CLUSTER_SCOPED = new Set([
  'Namespace',
  'CiliumClusterwideNetworkPolicy',
  'Node',
  'CustomResourceDefinition',
])

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

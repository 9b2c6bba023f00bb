/**
 * Kubernetes objects as the gate reads them, with where each came from: a manifest file and line, or a live cluster.
 * Plain data, shared by the manifest reader, the live reader, the PR configuration's switching and the mTLS
 * evaluation.
 */

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
  /**
   * The objects were read from a running cluster: controllers' running Pods are among them and are what the mesh
   * judges, and a controller without one is judged by its template, saying so (mtls/workloads.ts).
   */
  running?: boolean
}

/** Where objects come from: files and folders, or a live cluster. Both feed the same evaluation. */
export interface ObjectSource {
  /** For messages: `manifests mesh/`, `cluster kind-gate`. */
  readonly description: string
  load(): Promise<LoadedObjects>
}

/** Labels and annotations to set on an object's metadata: how a namespace is enrolled in a mesh, or kept out. */
export interface MetadataMarks {
  labels: Record<string, string>
  annotations: Record<string, string>
}

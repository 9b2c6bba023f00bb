/**
 * Where the mTLS check's objects come from: manifest files and folders (`k8s/manifests.ts`), or a running cluster
 * through its API server, read into the same objects so that a cluster and the manifests applied to it are judged by
 * the same code. What is read, how running pods stand for their controllers, which server fields are dropped and what
 * a namespace filter keeps: docs/mtls-validation.md ("Live mode"). `creationTimestamp` is kept because Istio's "the oldest
 * PeerAuthentication of a scope wins" reads it.
 */
import { InputError } from '../errors.js'
import type { Cluster } from '../k8s/client.js'
import { ManifestSource } from '../k8s/manifests.js'
import type { KubeObject, LoadedObjects, ObjectSource, SourcedObject } from '../k8s/objects.js'
import { apiReader, type ClusterReader } from '../k8s/reader.js'
import { assertValidObjects } from '../mtls/crd-validation.js'
import type { ListedKind } from '../mtls/evaluator.js'
import { istioRootNamespace, ISTIO_ROOT_NAMESPACE } from '../mtls/istio.js'
import { evaluators } from '../mtls/meshes.js'
import { validateLoaded, type MtlsValidation } from '../mtls/validate.js'
import type { MeshName, Requirement } from '../vocabulary.js'

/** Namespaces come first; then these, each at the first of its versions the server serves. */
const WORKLOAD_KINDS: readonly ListedKind[] = [
  { versions: ['v1'], kind: 'Service' },
  { versions: ['apps/v1'], kind: 'Deployment' },
  { versions: ['apps/v1'], kind: 'StatefulSet' },
  { versions: ['apps/v1'], kind: 'DaemonSet' },
  { versions: ['apps/v1'], kind: 'ReplicaSet' },
  { versions: ['v1'], kind: 'ReplicationController' },
  { versions: ['batch/v1'], kind: 'Job' },
  { versions: ['batch/v1'], kind: 'CronJob' },
  { versions: ['v1'], kind: 'Pod' },
]

/** Each item once, by key, in the order first met (sidecar and ambient Istio read the same kinds). */
function once<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)))
}

/**
 * The kinds listed, in the order they are read (which is also the order of the loaded objects): the workloads, then
 * each mesh's (its evaluator's `reads.kinds`) in the vocabulary's order.
 */
export const LISTED_KINDS: readonly ListedKind[] = once(
  [...WORKLOAD_KINDS, ...evaluators().flatMap(([, e]) => e.reads.kinds)],
  (k) => `${k.versions.join(',')} ${k.kind}`,
)

/** The meshes' install ConfigMaps (each evaluator's `reads.configMaps`), read whatever the namespace filter. */
const CONFIG_MAPS = once(
  evaluators().flatMap(([, e]) => e.reads.configMaps),
  (c) => `${c.namespace}/${c.name}`,
)

const SERVER_FIELDS = ['managedFields', 'resourceVersion', 'uid', 'generation', 'selfLink'] as const

export interface ClusterSourceOptions {
  /** Read namespaced objects from these namespaces only (see the module comment). */
  namespaces?: readonly string[]
  /** Where the `istio` mesh ConfigMap lives (istioctl's --istioNamespace); istio-system by default. */
  istioNamespace?: string
}

/** A live cluster as an `ObjectSource`: the same engine, fed by the API server instead of files. */
export class ClusterSource implements ObjectSource {
  readonly description: string
  private readonly reader: ClusterReader
  private readonly options: ClusterSourceOptions

  constructor(
    cluster: Cluster | ClusterReader,
    options: ClusterSourceOptions | string | readonly string[] = {},
  ) {
    this.reader = 'kubeConfig' in cluster ? apiReader(cluster) : cluster
    this.options =
      typeof options === 'string'
        ? { namespaces: [options] }
        : Array.isArray(options)
          ? { namespaces: options as readonly string[] }
          : (options as ClusterSourceOptions)
    this.description = `cluster ${this.reader.server}`
  }

  async load(): Promise<LoadedObjects> {
    return { objects: await readClusterObjects(this.reader, this.options), values: [], running: true }
  }
}

/** The objects of the module comment, read through `reader`. */
export async function readClusterObjects(
  reader: ClusterReader,
  options: ClusterSourceOptions = {},
): Promise<SourcedObject[]> {
  const filter = options.namespaces && options.namespaces.length > 0 ? [...new Set(options.namespaces)] : null
  const out: KubeObject[] = []

  const istioNamespace = options.istioNamespace ?? ISTIO_ROOT_NAMESPACE
  const meshConfig = await reader.get('v1', 'ConfigMap', istioNamespace, 'istio')
  const configMaps: KubeObject[] = []
  for (const { namespace, name } of CONFIG_MAPS) {
    const found = await reader.get('v1', 'ConfigMap', namespace, name)
    if (found) configMaps.push(found)
  }
  const rootNamespace =
    (meshConfig ? istioRootNamespace({ objects: [sourced(meshConfig)] }) : undefined) ?? ISTIO_ROOT_NAMESPACE

  if (filter) {
    for (const name of filter) {
      const ns = await reader.get('v1', 'Namespace', null, name)
      if (!ns) throw new InputError(`namespace ${name} does not exist in cluster ${reader.server}`)
      out.push(withKind(ns, 'v1', 'Namespace'))
    }
  } else {
    out.push(...((await reader.list('v1', 'Namespace')) ?? []).map((o) => withKind(o, 'v1', 'Namespace')))
  }

  for (const { versions, kind, clusterScoped } of LISTED_KINDS) {
    const scopes: (string | undefined)[] =
      clusterScoped || !filter
        ? [undefined]
        : kind === 'PeerAuthentication' && !filter.includes(rootNamespace)
          ? [...filter, rootNamespace]
          : filter
    for (const apiVersion of versions) {
      let served = true
      for (const namespace of scopes) {
        const items = await reader.list(apiVersion, kind, namespace)
        if (items === null) {
          served = false
          break
        }
        out.push(...items.map((o) => withKind(o, apiVersion, kind)))
      }
      if (served) break
    }
  }
  if (meshConfig) out.push(withKind(meshConfig, 'v1', 'ConfigMap'))
  out.push(...configMaps.map((c) => withKind(c, 'v1', 'ConfigMap')))

  return out.filter((o) => !finishedPod(o)).map((o) => sourced(stripServerFields(o)))
}

/** A Pod that runs nothing any more: Succeeded or Failed, or being deleted (see the module comment). */
export function finishedPod(object: KubeObject): boolean {
  if (object.kind !== 'Pod') return false
  const phase = (object.status as { phase?: unknown } | undefined)?.phase
  const deleting = (object.metadata as { deletionTimestamp?: unknown } | undefined)?.deletionTimestamp
  return phase === 'Succeeded' || phase === 'Failed' || (deleting !== undefined && deleting !== null)
}

/** A copy without `status` and the metadata the server alone writes; `creationTimestamp` stays. */
export function stripServerFields(object: KubeObject): KubeObject {
  const { status: _status, ...rest } = object
  void _status
  const metadata = { ...(object.metadata ?? {}) } as Record<string, unknown>
  for (const f of SERVER_FIELDS) delete metadata[f]
  return { ...rest, metadata: metadata as KubeObject['metadata'] }
}

/** List items of built-in kinds come without apiVersion and kind: put back those the list was asked for. */
function withKind(object: KubeObject, apiVersion: string, kind: string): KubeObject {
  return { ...object, apiVersion: object.apiVersion ?? apiVersion, kind: object.kind ?? kind }
}

function sourced(object: KubeObject): SourcedObject {
  return { object, origin: { file: null, line: null } }
}

export interface ValidateMeshConfigInput {
  /** The PR's mesh configuration: files and folders. */
  headPaths: readonly string[]
  /** The base branch's; empty or absent means no comparison. */
  basePaths?: readonly string[]
  /** Detected from the head (then the base) when not given. */
  mesh?: MeshName
  require: Requirement
  /** Paths in messages and SARIF are relative to this folder (default: the working directory). */
  displayRoot?: string
}

/** The CLI's `validate` over files: the static check over manifests, base vs head. */
export async function validateMeshConfig(input: ValidateMeshConfigInput): Promise<MtlsValidation> {
  const head = new ManifestSource(input.headPaths, input.displayRoot)
  const base =
    input.basePaths && input.basePaths.length > 0
      ? new ManifestSource(input.basePaths, input.displayRoot)
      : null
  return validateSources(head, base, input.require, input.mesh)
}

/** The same over any sources (files, a live cluster's objects): load, validate schemas, evaluate, diff. */
export async function validateSources(
  head: ObjectSource,
  base: ObjectSource | null,
  require: Requirement,
  mesh?: MeshName,
): Promise<MtlsValidation> {
  const headObjects = await head.load()
  assertValidObjects(headObjects.objects)
  const baseObjects = base ? await base.load() : null
  if (baseObjects) assertValidObjects(baseObjects.objects)
  return validateLoaded(headObjects, baseObjects, require, mesh, head.description, base?.description)
}

/**
 * The engine: parsed objects in, the mTLS matrix and findings out. No I/O, so a manifest source and a live-cluster
 * source feed the same code. Schema validation is the caller's step before this one (see validate.ts).
 */
import { InputError } from '../errors.js'
import { splitApiVersion } from './crd-validation.js'
import { entriesFor } from './entries.js'
import { EVALUATORS, evaluators } from './meshes.js'
import { finding, type Evaluation } from './model.js'
import type { LoadedObjects } from '../k8s/objects.js'
import { MESHES, type MeshName } from '../vocabulary.js'
import { buildInventory, get, unknownNamespaces, type Selection, type Workload } from './workloads.js'

export interface EvaluateOptions {
  /** Detected from the objects when not given. */
  mesh?: MeshName
  /** Istio's root namespace (meshConfig.rootNamespace); `istio-system` unless the inputs' `istio` ConfigMap says otherwise. */
  rootNamespace?: string
  /**
   * The policies' selections to judge as workloads of their own (see `Selection`). A comparison passes the union of
   * both sides' (`selectionsOf`), so a policy deleted in the head is still judged in the head; alone, the input's own.
   */
  selections?: readonly Selection[]
}

/**
 * What the input's policies select, as selections, less those a workload manifest of `workloads` (default: the
 * input's own) falls in: that workload is judged instead. Namespace- and mesh-wide selections (`*`) always stay.
 */
export function selectionsOf(
  loaded: LoadedObjects,
  mesh: MeshName,
  options: Pick<EvaluateOptions, 'rootNamespace'> = {},
): Selection[] {
  return EVALUATORS[mesh].selections(buildInventory(loaded.objects), loaded, options)
}

/** The selections of several inputs, once each (by namespace and key), that no workload of any input falls in. */
export function unmatchedSelections(
  selections: readonly Selection[],
  workloads: readonly Workload[],
): Selection[] {
  const seen = new Set<string>()
  return selections.filter((s) => {
    const key = `${s.namespace}\u0000${s.workload}`
    if (seen.has(key) || workloads.some((w) => s.matches(w))) return false
    seen.add(key)
    return true
  })
}

/**
 * Which meshes the objects speak of (each evaluator's `recognises`: API groups, injection labels and annotations,
 * install values), in the vocabulary's order.
 */
export function meshesIn(loaded: LoadedObjects): Set<MeshName> {
  const found = new Set<MeshName>()
  const all = evaluators()
  for (const { object } of loaded.objects) {
    const group = splitApiVersion(object.apiVersion)?.group ?? ''
    const metas = [object.metadata, get(object, ['spec', 'template', 'metadata'])].map((meta) => ({
      labels: (get(meta, ['labels']) ?? {}) as Record<string, unknown>,
      annotations: (get(meta, ['annotations']) ?? {}) as Record<string, unknown>,
    }))
    for (const [mesh, { recognises }] of all) {
      if (
        recognises.object?.(object, group) ||
        metas.some((m) => recognises.metadata?.(m.labels, m.annotations))
      )
        found.add(mesh)
    }
  }
  for (const { values } of loaded.values) {
    for (const [mesh, { recognises }] of all) if (recognises.values?.(values)) found.add(mesh)
  }
  return new Set(MESHES.filter((m) => found.has(m)))
}

export function detectMesh(loaded: LoadedObjects, what: string): MeshName {
  const found = meshesIn(loaded)
  // A refinement (ambient is Istio with one more label) spoken of with what it refines means the refinement.
  for (const mesh of [...found]) {
    const refined = EVALUATORS[mesh].refines
    if (refined) found.delete(refined)
  }
  if (found.size === 1) return [...found][0]!
  if (found.size === 0) {
    const titles = [
      ...new Set(
        evaluators()
          .filter(([, e]) => Object.keys(e.recognises).length > 0)
          .map(([, e]) => e.title),
      ),
    ]
    const named =
      titles.length > 1 ? `${titles.slice(0, -1).join(', ')} or ${titles.at(-1)}` : titles.join('')
    throw new InputError(
      `cannot tell which mesh ${what} configures (no ${named} resources, labels or annotations): pass --mesh`,
    )
  }
  throw new InputError(
    `${what} holds configuration of several meshes (${[...found].join(', ')}): pass --mesh to choose one`,
  )
}

/**
 * The one rule for which mesh a change configures: the head's configuration says; a head that deletes all mesh
 * configuration (or keeps only plain Namespaces) still has a mesh, the base's.
 */
export function detectMeshOf(head: LoadedObjects, base: LoadedObjects | null, what: string): MeshName {
  if (base && meshesIn(head).size === 0 && meshesIn(base).size > 0) return detectMesh(base, 'the base')
  return detectMesh(head, what)
}

export function evaluate(loaded: LoadedObjects, mesh: MeshName, options: EvaluateOptions = {}): Evaluation {
  const inventory = buildInventory(loaded.objects)
  const selections = unmatchedSelections(
    options.selections ?? selectionsOf(loaded, mesh, options),
    inventory.workloads,
  )
  const evaluator = EVALUATORS[mesh]
  const result = evaluator.evaluate(inventory, loaded, selections, options)
  const entries = result.subjects.flatMap(entriesFor)
  if (evaluator.namespaceEnrolment !== null) {
    for (const [namespace, workloads] of unknownNamespaces(inventory)) {
      const outside = workloads.filter((w) =>
        entries.some((e) => e.subject === w.ref && e.port === null && e.mode === 'DISABLE'),
      )
      if (outside.length === 0) continue
      result.findings.push(
        finding(
          'warning',
          'namespace-not-in-inputs',
          `namespace ${namespace} is not among the inputs, so its ${evaluator.namespaceEnrolment} are unknown: ${outside.length} workload(s) in it are taken as outside the mesh (add the Namespace manifest)`,
          outside[0]!.ref,
        ),
      )
    }
  }
  entries.sort(
    (a, b) => cmp(a.namespace, b.namespace) || cmp(a.workload, b.workload) || (a.port ?? -1) - (b.port ?? -1),
  )
  return { mesh, entries, findings: result.findings }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

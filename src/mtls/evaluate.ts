/**
 * The engine: parsed objects in, the mTLS matrix and findings out. No I/O, so a manifest source and a live-cluster
 * source feed the same code. Schema validation is the caller's step before this one (see validate.ts).
 */
import { InputError } from '../errors.js'
import { splitApiVersion } from './crd-validation.js'
import { entriesFor, type Subject } from './entries.js'
import { EVALUATORS, evaluators } from './meshes.js'
import { finding, type Evaluation, type Finding, type MatrixEntry } from './model.js'
import type { LoadedObjects } from '../k8s/objects.js'
import { MESHES, type MeshName } from '../vocabulary.js'
import {
  buildInventory,
  get,
  unknownNamespaces,
  type Inventory,
  type Selection,
  type Workload,
} from './workloads.js'

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

/**
 * The meshes a configuration is written for: those whose resources, labels or values it holds, where a refinement
 * (ambient is Istio with one more label) spoken of with what it refines means the refinement.
 */
export function meshesConfigured(loaded: LoadedObjects): Set<MeshName> {
  const found = meshesIn(loaded)
  for (const mesh of [...found]) {
    const refined = EVALUATORS[mesh].refines
    if (refined) found.delete(refined)
  }
  return found
}

/**
 * Whether a configuration written for `configured` does what it says under the mesh `installed`: its own, or what
 * a refinement refines (ambient installs Istio, so Istio's resources hold there; sidecar Istio enrols no ambient
 * namespace).
 */
export function configuredFor(installed: MeshName, configured: MeshName): boolean {
  return configured === installed || EVALUATORS[installed].refines === configured
}

export function detectMesh(loaded: LoadedObjects, what: string): MeshName {
  const found = meshesConfigured(loaded)
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
  const inventory = buildInventory(loaded.objects, { running: loaded.running })
  const selections = unmatchedSelections(
    options.selections ?? selectionsOf(loaded, mesh, options),
    inventory.workloads,
  )
  const evaluator = EVALUATORS[mesh]
  const run = (inv: Inventory): { subjects: Subject[]; findings: Finding[] } =>
    evaluator.evaluate(inv, loaded, selections, options)
  const result = run(inventory)
  const entries = result.subjects.flatMap(entriesFor)
  result.findings.push(...runningPodFindings(inventory, entries, run))
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

/**
 * What a live read says about what runs: a workload whose running pod gives another verdict than its template (an
 * injected sidecar, a pod-level label or annotation), a workload without a running pod (judged by its template), and
 * a workload whose running pods differ from each other. Said once per workload, as notes: the matrix already holds
 * the pod's verdict.
 */
function runningPodFindings(
  inventory: Inventory,
  entries: readonly MatrixEntry[],
  run: (inv: Inventory) => { subjects: Subject[] },
): Finding[] {
  const judgedByPod = inventory.workloads.filter((w) => w.pod && w.template)
  const out: Finding[] = []
  if (judgedByPod.length > 0) {
    // The same evaluation over the templates: where a row differs, the pod changed the verdict.
    const byTemplate = run({
      ...inventory,
      workloads: inventory.workloads.map((w) => w.template ?? w),
    }).subjects.flatMap(entriesFor)
    for (const w of judgedByPod) {
      const rows = (list: readonly MatrixEntry[], name: string) =>
        list
          .filter((e) => e.namespace === w.namespace && e.workload === name)
          .map((e) => `${e.port === null ? '' : `port ${e.port} `}${e.mode}`)
      const fromPod = rows(entries, w.name)
      const fromTemplate = rows(byTemplate, w.template!.name)
      if (fromPod.join() === fromTemplate.join()) continue
      const pod = w.pod!
      out.push(
        finding(
          'note',
          'live-judged-by-pod',
          `${w.kind} ${w.namespace}/${w.template!.name.slice(w.kind.length + 1)} is judged by its running pod ${pod.name}${pod.total > 1 ? ` (${pod.count} of ${pod.total} running pods alike)` : ''}, which differs from its template (${pod.differences.join('; ') || 'no difference in labels, annotations or sidecars'}): ${fromPod.join(', ')}; the template alone would give ${fromTemplate.join(', ')}`,
          w.ref,
        ),
      )
    }
  }
  const split = new Set(
    inventory.workloads
      .filter((w) => w.pod && w.pod.count < w.pod.total)
      .map((w) => w.template!.name + '\u0000' + w.namespace),
  )
  for (const key of split) {
    const [name, namespace] = key.split('\u0000') as [string, string]
    const ws = inventory.workloads.filter((w) => w.namespace === namespace && w.template?.name === name)
    out.push(
      finding(
        'warning',
        'live-pods-differ',
        `${name} in ${namespace} runs ${ws[0]!.pod!.total} pods that differ in what the mesh reads (a rollout under way?): each kind is judged as a row of its own (${ws.map((w) => w.name).join(', ')})`,
        ws[0]!.ref,
      ),
    )
  }
  for (const w of inventory.workloads.filter((x) => x.noRunningPod)) {
    out.push(
      finding(
        'note',
        'live-no-running-pod',
        `${w.kind} ${w.namespace}/${w.name.slice(w.kind.length + 1)} has no running pod: judged by its pod template`,
        w.ref,
      ),
    )
  }
  return out
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

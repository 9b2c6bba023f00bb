/**
 * The static check as the CLI and the action run it: load head (and base) manifests, refuse what the API server
 * would refuse, evaluate both sides with the same engine, diff them, and decide pass or fail.
 */
import type { MtlsEntry } from '../results/schema.js'
import type { z } from 'zod'
import { assertValidObjects } from './crd-validation.js'
import { diffMatrices, type MatrixDiff, type ModeChange } from './diff.js'
import { detectMesh, evaluate } from './evaluate.js'
import { ManifestSource } from '../k8s/manifests.js'
import {
  describeRef,
  finding,
  meetsRequirement,
  type Evaluation,
  type Finding,
  type MatrixEntry,
  type ResourceRef,
} from './model.js'
import type { LoadedObjects, ObjectSource } from '../k8s/objects.js'
import type { MeshName, EnforcedRequirement } from '../vocabulary.js'

export interface ValidateMeshConfigInput {
  /** The PR's mesh configuration: files and folders. */
  headPaths: readonly string[]
  /** The base branch's; empty or absent means no comparison. */
  basePaths?: readonly string[]
  /** Detected from the head (then the base) when not given. */
  mesh?: MeshName
  require: EnforcedRequirement
  /** Paths in messages and SARIF are relative to this folder (default: the working directory). */
  displayRoot?: string
}

export interface MtlsValidation {
  mesh: MeshName
  verdict: 'pass' | 'fail'
  require: EnforcedRequirement
  /** The head's matrix. */
  matrix: MatrixEntry[]
  /** The matrix as the results artifact's `mtls.entries` holds it (live: not-probed until the live probe runs). */
  entries: z.input<typeof MtlsEntry>[]
  /** Null when no base was given. */
  diff: MatrixDiff | null
  regressions: ModeChange[]
  /** Rows of the head below the requirement (those the verdict counts). */
  belowRequirement: MatrixEntry[]
  findings: Finding[]
  /** True when a base was compared. */
  compared: boolean
}

/** What the action calls: the static check over manifests, base vs head. */
export async function validateMeshConfig(input: ValidateMeshConfigInput): Promise<MtlsValidation> {
  const head = new ManifestSource(input.headPaths, input.displayRoot)
  const base =
    input.basePaths && input.basePaths.length > 0
      ? new ManifestSource(input.basePaths, input.displayRoot)
      : null
  return validateSources(head, base, input.require, input.mesh)
}

/** The same over any sources (a live cluster's objects, later): load, validate schemas, evaluate, diff. */
export async function validateSources(
  head: ObjectSource,
  base: ObjectSource | null,
  require: EnforcedRequirement,
  mesh?: MeshName,
): Promise<MtlsValidation> {
  const headObjects = await head.load()
  assertValidObjects(headObjects.objects)
  const baseObjects = base ? await base.load() : null
  if (baseObjects) assertValidObjects(baseObjects.objects)
  return validateLoaded(headObjects, baseObjects, require, mesh, head.description)
}

/** Pure: evaluation, diff and verdict over loaded (and schema-checked) objects. */
export function validateLoaded(
  head: LoadedObjects,
  base: LoadedObjects | null,
  require: EnforcedRequirement,
  mesh?: MeshName,
  what = 'the input',
): MtlsValidation {
  const chosen = mesh ?? detectMeshOfEither(head, base, what)
  const headEval = evaluate(head, chosen)
  const baseEval: Evaluation | null = base ? evaluate(base, chosen) : null
  const diff = baseEval ? diffMatrices(baseEval.entries, headEval.entries) : null
  const findings: Finding[] = [...headEval.findings]

  // Synthetic rows (`*`, `{app=a}`) that no resource decided are defaults, not configuration the PR wrote: they are
  // diffed, but the requirement applies to real workloads and to what a resource explicitly sets.
  const counted = headEval.entries.filter((e) => e.subject !== null || e.decider !== null)
  const belowRequirement = counted.filter((e) => !meetsRequirement(e.mode, require))
  for (const e of belowRequirement) {
    findings.push(
      finding(
        'error',
        'mtls-below-required',
        `${label(e)} is ${e.mode}, below the required ${require.toUpperCase()} (${e.decidedBy})`,
        locate(e.decider, e.subject),
      ),
    )
  }
  for (const r of diff?.regressions ?? []) {
    findings.push(
      finding(
        'error',
        'mtls-regression',
        `${label(r.head)} got weaker: ${r.from} → ${r.to} (now ${r.head.decidedBy}; was ${r.base?.decidedBy ?? 'absent'})`,
        locate(r.head.decider, r.head.subject, r.base?.decider ?? null),
      ),
    )
  }
  for (const h of diff?.newPlaintextHoles ?? []) {
    if (h.from !== null) continue // already reported as a regression
    findings.push(
      finding(
        'error',
        'mtls-new-plaintext-hole',
        `${label(h.head)} is new and accepts plaintext only (${h.head.decidedBy})`,
        locate(h.head.decider, h.head.subject),
      ),
    )
  }
  for (const i of diff?.improvements ?? []) {
    findings.push(
      finding(
        'note',
        'mtls-improvement',
        `${label(i.head)} got stronger: ${i.from} → ${i.to} (${i.head.decidedBy})`,
        locate(i.head.decider, i.head.subject),
      ),
    )
  }
  const failed = findings.some((f) => f.severity === 'error')
  return {
    mesh: chosen,
    verdict: failed ? 'fail' : 'pass',
    require,
    matrix: headEval.entries,
    entries: headEval.entries.map((e) => ({
      namespace: e.namespace,
      workload: e.workload,
      port: e.port,
      mode: e.mode,
      decidedBy: e.decidedBy,
      live: 'not-probed' as const,
    })),
    diff,
    regressions: diff?.regressions ?? [],
    belowRequirement,
    findings,
    compared: baseEval !== null,
  }
}

function detectMeshOfEither(head: LoadedObjects, base: LoadedObjects | null, what: string): MeshName {
  try {
    return detectMesh(head, what)
  } catch (e) {
    // A head that deletes all mesh configuration still has a mesh: the base's.
    if (base && base.objects.length + base.values.length > 0 && head.objects.length === 0)
      return detectMesh(base, 'the base')
    throw e
  }
}

export function label(e: { namespace: string; workload: string; port: number | null }): string {
  return `${e.namespace}/${e.workload}${e.port === null ? '' : `:${e.port}`}`
}

/** The first of the refs that has a file: that is where a reviewer should look. */
function locate(...refs: (ResourceRef | null)[]): ResourceRef | null {
  return refs.find((r) => r?.file) ?? refs.find((r) => r) ?? null
}

export { describeRef }

/**
 * The mTLS check's verdict over loaded objects: evaluate head (and base) with the same engine, diff them, and decide
 * pass or fail. Pure; loading and schema checks are the sources' (pipeline/mtls-sources.ts).
 */
import type { MtlsEntry } from '../results/schema.js'
import type { z } from 'zod'
import { diffMatrices, type MatrixDiff, type ModeChange } from './diff.js'
import { InputError } from '../errors.js'
import { detectMeshOf, evaluate, meshesIn, selectionsOf, unmatchedSelections } from './evaluate.js'
import { buildInventory } from './workloads.js'
import { EVALUATORS } from './meshes.js'
import {
  describeRef,
  finding,
  meetsRequirement,
  type Evaluation,
  type Finding,
  type MatrixEntry,
  type ResourceRef,
} from './model.js'
import type { LoadedObjects } from '../k8s/objects.js'
import type { MeshName, Mode, Requirement } from '../vocabulary.js'

/**
 * `not-gated` under `require: none`: the matrix and the findings are reported, but nothing the check finds decides
 * pass or fail, so no output may call it a failure.
 */
export type MtlsVerdict = 'pass' | 'fail' | 'not-gated'

export interface MtlsValidation {
  mesh: MeshName
  verdict: MtlsVerdict
  require: Requirement
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

/** Pure: evaluation, diff and verdict over loaded (and schema-checked) objects. */
export function validateLoaded(
  head: LoadedObjects,
  base: LoadedObjects | null,
  require: Requirement,
  mesh?: MeshName,
  what = 'the input',
  baseWhat = 'the base',
  options: {
    /** Rows shown but not held to the requirement (the gate's own workloads that no configuration governs). */
    shownOnly?: (e: MatrixEntry) => boolean
  } = {},
): MtlsValidation {
  // Nothing passes silently: an input without one mesh resource or workload is a wrong path, not a clean mesh.
  if (!hasSubstance(head) && (base === null || !hasSubstance(base))) {
    throw new InputError(
      `nothing to judge: ${what}${base ? ` and ${baseWhat}` : ''} hold no mesh resource and no workload (${describeContents(head)}${base ? `; base: ${describeContents(base)}` : ''})`,
    )
  }
  const chosen = mesh ?? detectMeshOf(head, base, what)
  // Both sides judge the same policy selections, so a policy deleted or added on one side is compared on the other.
  const selections = base
    ? unmatchedSelections(
        [...selectionsOf(head, chosen), ...selectionsOf(base, chosen)],
        [...buildInventory(head.objects).workloads, ...buildInventory(base.objects).workloads],
      )
    : undefined
  const headEval = evaluate(head, chosen, { selections })
  const baseEval: Evaluation | null = base ? evaluate(base, chosen, { selections }) : null
  // A comparison that judged only the mesh-wide default, which no input sets, judged nothing: not a pass either.
  const judged = (e: Evaluation) =>
    e.entries.some(
      (x) => x.subject !== null || x.decider !== null || x.namespace !== '*' || x.workload !== '*',
    )
  if (!judged(headEval) && (baseEval === null || !judged(baseEval))) {
    throw new InputError(
      `nothing to judge for ${chosen}: ${what}${base ? ` and ${baseWhat}` : ''} hold no workload and no ${chosen} policy that selects one or sets a default (${describeContents(head)}${base ? `; base: ${describeContents(base)}` : ''})`,
    )
  }
  const diff = baseEval ? diffMatrices(baseEval.entries, headEval.entries) : null
  const findings: Finding[] = [...headEval.findings]

  // Synthetic rows (`*`, `{app=a}`) that no resource decided are defaults, not configuration the PR wrote: they are
  // diffed, but the requirement applies to real workloads and to what a resource explicitly sets.
  const counted = headEval.entries.filter(
    (e) => (e.subject !== null || e.decider !== null) && !options.shownOnly?.(e),
  )
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
        regressionMessage(r, chosen),
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
    verdict: require === 'none' ? 'not-gated' : failed ? 'fail' : 'pass',
    require,
    matrix: headEval.entries,
    entries: headEval.entries.map((e) => ({
      namespace: e.namespace,
      workload: e.workload,
      port: e.port,
      mode: e.mode,
      decidedBy: e.decidedBy,
      live: 'not-probed' as const,
      telemetry: 'not-read' as const,
    })),
    diff,
    regressions: diff?.regressions ?? [],
    belowRequirement,
    findings,
    compared: baseEval !== null,
  }
}

/** Consequence of a mode change, in the mesh's terms (its evaluator's, else in terms of mTLS and plaintext). */
function consequence(from: Mode | null, to: Mode, mesh: MeshName): string {
  const own = EVALUATORS[mesh].consequence
  if (own) return own(from, to)
  return to === 'DISABLE'
    ? 'mTLS no longer enforced: plaintext only'
    : from === 'STRICT'
      ? 'plaintext now accepted'
      : 'weaker'
}

/**
 * `Server shop/cart-http accessPolicy: all-authenticated → all-unauthenticated: plaintext now accepted on port http
 * (shop/{app=cart}:http STRICT → PERMISSIVE; ...)`: named by the setting that changed when both sides share it, else by
 * the workload or selection, with what decides now and what decided before.
 */
function regressionMessage(r: ModeChange, mesh: MeshName): string {
  const port = r.port !== null ? r.port : (r.head.portName ?? r.base?.portName)
  const on = port !== undefined ? ` on port ${port}` : ''
  const hs = r.head.setting
  const bs = r.base?.setting
  const now = `now ${r.head.decidedBy}; was ${r.base?.decidedBy ?? 'absent'}`
  if (hs && bs && hs.what === bs.what && hs.value !== bs.value) {
    return `${hs.what}: ${bs.value} → ${hs.value}: ${consequence(r.from, r.to, mesh)}${on} (${label(r.head)} ${r.from} → ${r.to}; ${now})`
  }
  return `${label(r.head)} got weaker: ${r.from} → ${r.to}: ${consequence(r.from, r.to, mesh)}${on} (${now})`
}

/** Whether an input holds anything the validator can judge: a workload, or a resource, label or value of a mesh. */
function hasSubstance(loaded: LoadedObjects): boolean {
  return meshesIn(loaded).size > 0 || buildInventory(loaded.objects).workloads.length > 0
}

function describeContents(loaded: LoadedObjects): string {
  const kinds = [...new Set(loaded.objects.map(({ object }) => String(object.kind)))].sort()
  const n = loaded.objects.length
  return n === 0 && loaded.values.length === 0
    ? 'read no object at all'
    : `read ${n} object(s)${kinds.length ? `: ${kinds.slice(0, 8).join(', ')}${kinds.length > 8 ? ', …' : ''}` : ''}${loaded.values.length ? `, ${loaded.values.length} values file(s)` : ''}`
}

export function label(e: { namespace: string; workload: string; port: number | null }): string {
  return `${e.namespace}/${e.workload}${e.port === null ? '' : `:${e.port}`}`
}

/** The first of the refs that has a file: that is where a reviewer should look. */
function locate(...refs: (ResourceRef | null)[]): ResourceRef | null {
  return refs.find((r) => r?.file) ?? refs.find((r) => r) ?? null
}

export { describeRef }

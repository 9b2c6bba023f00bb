/**
 * mTLS recomputed, not believed: in mode `report` the static mTLS verdict (base vs head) is computed again from the
 * pull request's configuration files, fetched through the API at the measured head commit and at the base (blobs
 * parsed as data, never applied or run), with the same validator and the same gate workloads the measuring run
 * used. That verdict is the one reported. Where the artifact's matrix says otherwise, that is a finding: the
 * measuring run was changed, or measured something else.
 *
 * The artifact can only add to the recomputed outcome, never take from it: a live-probe finding (which only the
 * measuring cluster could see) is kept.
 */
import { matchesAny } from '../config/glob.js'
import { parseManifestText } from '../k8s/manifests.js'
import type { LoadedObjects } from '../k8s/objects.js'
import { gateWorkloads, PROBE_NAMESPACE } from '../load/workloads.js'
import type { MtlsOutcome } from '../measure.js'
import { INSTALLERS } from '../mesh/install.js'
import { detectMesh } from '../mtls/evaluate.js'
import { finding, type Finding } from '../mtls/model.js'
import { label, validateLoaded, type MtlsValidation } from '../mtls/validate.js'
import { untrusted } from '../report/escape.js'
import { renderMtlsMarkdown } from '../report/mtls.js'
import type { Results } from '../results/schema.js'
import type { EnforcedRequirement, MeshName } from '../vocabulary.js'
import type { GitHubApi, GitTree, RepoRef } from './api.js'

/** What one side may hold: far above a real mesh configuration, far below what hurts the report step. */
export const LIMITS = { files: 2000, fileBytes: 1024 * 1024, totalBytes: 32 * 1024 * 1024 }
/** Disagreements listed in the report; the rest are counted. */
const MAX_LISTED = 30
const MANIFEST = /\.(ya?ml|json)$/i

export interface RecheckRequest {
  gh: GitHubApi
  repo: RepoRef
  base: GitTree
  head: GitTree
  configPaths: string[]
  require: EnforcedRequirement
  /** The mesh the report step names; null: detected from the files, as the measuring run does. */
  mesh: MeshName | null
  /** What the artifact says: its head matrix and its mTLS outcome. */
  artifact: { matrix: Results['mtls']; outcome: MtlsOutcome | null }
}

export interface Recheck {
  outcome: MtlsOutcome
  markdown: string
}

export async function recheckMtls(r: RecheckRequest): Promise<Recheck> {
  let validation: MtlsValidation
  try {
    const base = await sideAt(r, r.base, 'base')
    const head = await sideAt(r, r.head, 'head')
    const mesh =
      r.mesh ??
      detectMesh(
        { objects: [...head.objects, ...base.objects], values: [] },
        `the pull request's files under ${r.configPaths.join(', ')}`,
      )
    validation = validateLoaded(withGateWorkloads(head, mesh), withGateWorkloads(base, mesh), r.require, mesh)
  } catch (e) {
    const why = (e as Error).message
    const f = finding(
      'error',
      'mtls-recompute-failed',
      `the mTLS check could not be recomputed: ${why}`,
      null,
    )
    return {
      outcome: { verdict: 'fail', findings: [f] },
      markdown: [
        '### mTLS strictness (recomputed from the pull request’s files): ❌ fail',
        '',
        `The gate could not recompute the mTLS check from the pull request's files (${untrusted(why, 400)}), so it ` +
          'does not take the artifact’s word for it.',
      ].join('\n'),
    }
  }
  const disagreements = disagreementsWith(validation, r.artifact.matrix)
  const kept = (r.artifact.outcome?.findings ?? []).filter((f) => f.code === 'mtls-live-mismatch')
  const findings = [...validation.findings, ...disagreements, ...kept]
  const verdict = findings.some((f) => f.severity === 'error') ? 'fail' : 'pass'
  const out = [
    renderMtlsMarkdown({ ...validation, verdict }).replace(
      /^### mTLS strictness:/,
      '### mTLS strictness (recomputed from the pull request’s files):',
    ),
  ]
  if (disagreements.length > 0) {
    out.push(
      '',
      `**The artifact's mTLS matrix disagrees with the pull request's files** (${disagreements.length}): the ` +
        'measuring run was changed or measured other files; the recomputed verdict above is the one that counts.',
      '',
      ...disagreements.slice(0, MAX_LISTED).map((f) => `- ❌ ${untrusted(f.message, 400)}`),
      ...(disagreements.length > MAX_LISTED ? [`- …and ${disagreements.length - MAX_LISTED} more.`] : []),
    )
  }
  for (const f of kept)
    out.push('', `- ❌ \`${f.code}\` (from the measuring run) ${untrusted(f.message, 400)}`)
  return { outcome: { verdict, findings }, markdown: out.join('\n') }
}

/** The configuration files of one side, read from its tree and the blobs API, parsed as data. */
async function sideAt(r: RecheckRequest, tree: GitTree, side: 'base' | 'head'): Promise<LoadedObjects> {
  if (tree.truncated) throw new Error(`the ${side} commit's tree is too large for GitHub to list in full`)
  const files = tree.tree.filter(
    (e) => e.type === 'blob' && MANIFEST.test(e.path) && matchesAny(e.path, r.configPaths),
  )
  if (files.length > LIMITS.files) {
    throw new Error(`the ${side} has ${files.length} configuration files, over the limit of ${LIMITS.files}`)
  }
  let total = 0
  const loaded: LoadedObjects = { objects: [], values: [] }
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const size = f.size ?? 0
    total += size
    if (size > LIMITS.fileBytes || total > LIMITS.totalBytes) {
      throw new Error(`the ${side}'s configuration files are over the size limit (${f.path})`)
    }
    const bytes = await r.gh.getBlob(r.repo, f.sha)
    // The same names as the measuring run's head side, so findings annotate the PR's lines.
    const part = parseManifestText(bytes.toString('utf8'), f.path)
    loaded.objects.push(...part.objects)
    loaded.values.push(...part.values)
  }
  return loaded
}

/**
 * The side as the measuring run validates it: its objects plus the gate's own workloads, except the plaintext
 * probe, which is outside the mesh on purpose (it is what tries plaintext): judging it would fail every run.
 */
function withGateWorkloads(side: LoadedObjects, mesh: MeshName): LoadedObjects {
  const probe = (o: { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } }) =>
    o.metadata?.namespace === PROBE_NAMESPACE ||
    (o.kind === 'Namespace' && o.metadata?.name === PROBE_NAMESPACE)
  return {
    objects: [
      ...gateWorkloads({ mesh: INSTALLERS[mesh], nodeLabels: null })
        .filter((object) => !probe(object as never))
        .map((object) => ({
          object: object as never,
          origin: { file: '(the gate’s workloads)', line: null },
        })),
      ...side.objects,
    ],
    values: side.values,
  }
}

/** Every (namespace, workload, port) whose mode the artifact states differently from the recomputed head matrix. */
function disagreementsWith(v: MtlsValidation, matrix: Results['mtls']): Finding[] {
  const note = (message: string) => finding('error', 'mtls-artifact-disagrees', message, null)
  if (!matrix) {
    return [note('the artifact carries no mTLS matrix, but the gate records one on every measuring run')]
  }
  const key = (e: { namespace: string; workload: string; port: number | null }) =>
    `${e.namespace}\u0000${e.workload}\u0000${e.port ?? ''}`
  // The probe's rows (see withGateWorkloads) are the gate's own, not the PR's: not compared.
  const claimed = new Map(
    matrix.entries.filter((e) => e.namespace !== PROBE_NAMESPACE).map((e) => [key(e), e]),
  )
  const out: Finding[] = []
  for (const e of v.matrix) {
    const c = claimed.get(key(e))
    claimed.delete(key(e))
    if (!c)
      out.push(note(`${label(e)} is ${e.mode} in the pull request's files; the artifact does not list it`))
    else if (c.mode !== e.mode) {
      out.push(note(`${label(e)}: the artifact says ${c.mode}, the pull request's files say ${e.mode}`))
    }
  }
  for (const c of claimed.values()) {
    out.push(
      note(`the artifact lists ${label(c)} as ${c.mode}, which the pull request's files do not configure`),
    )
  }
  return out
}

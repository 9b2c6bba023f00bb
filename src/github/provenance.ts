/**
 * Who measured a results bundle: the workflow file, run id and attempt, the commit, and the gate's own version and
 * the digest of the `dist/` it ran from. `measure` writes it into the bundle; `report` under workflow_run refuses a
 * bundle whose record names another run than the one that triggered it (an artifact copied from a trusted run into a
 * fork's run), and shows the measuring action's version beside its own.
 *
 * The record is written by the measuring run, which a fork's author controls when the PR changes the measuring
 * workflow: it is evidence, not proof. What makes it count is `pr-changes.ts`: a run of the unchanged workflow with
 * the unchanged action writes a true record.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import { formatPath, InputError } from '../errors.js'
import { untrusted } from '../report/escape.js'
import { TOOL_VERSION } from '../version.js'
import type { Env, TriggeringRun } from './context.js'

const Sha = z.string().regex(/^[0-9a-f]{40}$/)

export const Provenance = z.strictObject({
  /** `.github/workflows/mesh-gate-measure.yml`: the file GITHUB_WORKFLOW_REF names. */
  workflowPath: z.string().min(1).max(1000),
  runId: z.number().int().positive(),
  runAttempt: z.number().int().positive(),
  /** The commit measured: the PR's head on pull_request runs, GITHUB_SHA otherwise. */
  headSha: Sha,
  action: z.strictObject({
    name: z.literal('mesh-mtls-gate'),
    version: z.string().min(1).max(100),
    /** `sha256:<hex>` over the bundle's folder (see `distDigest`); null when not run from a built bundle. */
    distDigest: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .nullable(),
  }),
})
export type Provenance = z.infer<typeof Provenance>

/**
 * The record of this run; null outside a workflow run (no GITHUB_RUN_ID or GITHUB_WORKFLOW_REF), where there is
 * nothing to record.
 */
export function provenanceOf(env: Env, headSha: string, distDigest: string | null): Provenance | null {
  // GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/file.yml@refs/pull/42/merge`.
  const ref = /^[^/]+\/[^/]+\/(.+?)@[^@]*$/.exec(env.GITHUB_WORKFLOW_REF ?? '')
  const runId = Number(env.GITHUB_RUN_ID)
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1')
  if (!ref || !Number.isSafeInteger(runId) || runId <= 0 || !/^[0-9a-f]{40}$/.test(headSha)) return null
  return {
    workflowPath: ref[1],
    runId,
    runAttempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : 1,
    headSha,
    action: { name: 'mesh-mtls-gate', version: TOOL_VERSION, distDigest },
  }
}

/**
 * The digest of the action's built bundle: sha256 of the lines `sha256sum` prints for every file below `dir`,
 * sorted bytewise, so that anyone can reproduce it from a checkout of the release:
 * `cd dist && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum`.
 */
export async function dirDigest(dir: string): Promise<string> {
  const files: string[] = []
  const walk = async (rel: string) => {
    for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) await walk(path)
      else if (e.isFile()) files.push(`./${path}`)
    }
  }
  await walk('')
  files.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  const all = createHash('sha256')
  for (const f of files) {
    const hex = createHash('sha256')
      .update(await readFile(join(dir, f)))
      .digest('hex')
    all.update(`${hex}  ${f}\n`)
  }
  return `sha256:${all.digest('hex')}`
}

/** The digest of the `dist/` folder the running entry script lives in; null when it is not run from `dist/`. */
export async function runningDistDigest(entry: string | undefined = process.argv[1]): Promise<string | null> {
  if (!entry || basename(dirname(entry)) !== 'dist') return null
  try {
    return await dirDigest(dirname(entry))
  } catch {
    return null
  }
}

/** Parses `provenance.json` of a downloaded bundle (written by a run the PR's author may control: bounded). */
export function parseProvenance(text: string, label: string): Provenance {
  let json: unknown
  try {
    json = JSON.parse(text.length > 8192 ? '' : text)
  } catch {
    throw new InputError(`artifact ${label}: provenance.json is not JSON (or over 8 KiB)`)
  }
  const parsed = Provenance.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new InputError(
      `artifact ${label}: provenance.json: field '${formatPath(issue.path)}': ${issue.message}`,
    )
  }
  return parsed.data
}

/**
 * Refuses a bundle that does not say it was measured by the triggering run: another run id, another workflow file,
 * another commit, or no record at all (a gate older than the record, or not the gate).
 */
export function checkProvenance(p: Provenance | null, trigger: TriggeringRun, label: string): void {
  if (!p) {
    throw new InputError(
      `artifact ${label} of run ${trigger.id} has no provenance.json: it was not uploaded by a mesh-mtls-gate that ` +
        `records who measured it (${TOOL_VERSION} or later); update the measuring workflow's action`,
    )
  }
  const wrong: string[] = []
  if (p.runId !== trigger.id) wrong.push(`run ${p.runId}, not the triggering run ${trigger.id}`)
  if (p.runAttempt > trigger.runAttempt) {
    wrong.push(`attempt ${p.runAttempt}, after the triggering attempt ${trigger.runAttempt}`)
  }
  if (trigger.path && p.workflowPath !== trigger.path) {
    wrong.push(`workflow '${p.workflowPath}', not the triggering run's '${trigger.path}'`)
  }
  if (p.headSha !== trigger.headSha) {
    wrong.push(`commit ${p.headSha.slice(0, 12)}, not the triggering run's ${trigger.headSha.slice(0, 12)}`)
  }
  if (wrong.length > 0) {
    throw new InputError(
      `artifact ${label} downloaded from run ${trigger.id} says it was measured by ${wrong.join('; ')}: refused`,
    )
  }
}

/** One line for the report: which gate measured, where, and whether it is the same build as this report step. */
export function describeMeasurer(p: Provenance, ownDigest: string | null): string {
  const digest = p.action.distDigest
  const build =
    digest === null
      ? 'not from a built dist/'
      : `dist ${digest.slice(0, 19)}…` +
        (ownDigest === null
          ? ''
          : digest === ownDigest
            ? ', the same build as this report step'
            : ', a different build from this report step')
  return (
    `Measured by mesh-mtls-gate ${untrusted(p.action.version, 100)} (${build}) in run ${p.runId} ` +
    `attempt ${p.runAttempt} of ${untrusted(p.workflowPath, 300)} at ${p.headSha.slice(0, 12)}.`
  )
}

/**
 * Finding results in other runs: the base branch's baseline (the newest successful *push* run of the workflow
 * on that branch that has the artifact — never a pull request's run, which a PR author controls), and the bundle
 * that a `measure` run uploaded, for `report` under workflow_run.
 */
import { join } from 'node:path'
import { InputError } from '../errors.js'
import type { Results } from '../results/schema.js'
import type { GitHubApi, RepoRef } from './api.js'
import { artifactPrefix, type ArtifactStore, type Bundle, checkSize, readBundle } from './artifact.js'

/** How many of the newest push runs to look through for an artifact. */
export const MAX_RUNS_SEARCHED = 20

export interface BaselineQuery {
  repo: RepoRef
  /** Workflow file name or id whose push runs produce the baseline. */
  workflow: string | number
  branch: string
  artifactName: string
  /** Folder to download into. */
  dir: string
}

export interface FoundBaseline {
  results: Results
  runId: number
  sha: string
}

export async function findBaseline(
  api: GitHubApi,
  store: ArtifactStore,
  q: BaselineQuery,
): Promise<FoundBaseline | null> {
  const runs = await api.listSuccessfulPushRuns(q.repo, q.workflow, q.branch, MAX_RUNS_SEARCHED)
  for (const run of runs) {
    // The API filters already; checked again because a baseline from a PR run would be a poisoned baseline.
    if (run.event !== 'push' || run.conclusion !== 'success' || run.head_branch !== q.branch) continue
    const artifact = (await store.list(run.id)).find((a) => a.name === q.artifactName)
    if (!artifact) continue
    checkSize(artifact)
    const dir = join(q.dir, `baseline-${run.id}`)
    await store.download(artifact, run.id, dir)
    const bundle = await readBundle(dir, `'${artifact.name}' of run ${run.id}`)
    return { results: bundle.current, runId: run.id, sha: run.head_sha }
  }
  return null
}

/**
 * The results bundle of the run that triggered a workflow_run, uploaded by the gate with the same `comment-id`.
 * With several (a matrix over meshes), `mesh` picks one.
 */
export async function downloadTriggeringBundle(
  store: ArtifactStore,
  runId: number,
  dir: string,
  gateId: string,
  mesh: string | null,
): Promise<Bundle & { name: string }> {
  const prefix = artifactPrefix(gateId)
  const ours = (await store.list(runId)).filter((a) => a.name.startsWith(prefix))
  const wanted = mesh ? ours.filter((a) => a.name.startsWith(`${prefix}${mesh}-`)) : ours
  if (wanted.length === 0) {
    throw new InputError(
      `run ${runId} uploaded no results artifact named '${prefix}${mesh ? `${mesh}-` : ''}*' ` +
        `(found: ${ours.map((a) => a.name).join(', ') || 'none'}); did its 'mode: measure' step succeed?`,
    )
  }
  if (wanted.length > 1) {
    throw new InputError(
      `run ${runId} uploaded several results artifacts (${wanted.map((a) => a.name).join(', ')}); ` +
        "set the input 'mesh' to pick one, with one report step per mesh",
    )
  }
  const artifact = wanted[0]
  checkSize(artifact)
  const path = join(dir, `run-${runId}`)
  await store.download(artifact, runId, path)
  return { ...(await readBundle(path, `'${artifact.name}' of run ${runId}`)), name: artifact.name }
}

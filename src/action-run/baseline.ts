/**
 * The baseline's source: a baseline file given, else the same run's base side (unless `baseline: artifact`), else
 * the base branch's artifact; none, with the reason in words, when there is no way to one.
 */
import { Inputs } from '../constants.js'
import { InputError } from '../errors.js'
import { artifactName } from '../github/artifact.js'
import { findBaseline } from '../github/baseline.js'
import { type PullRequestRef } from '../github/context.js'
import { isPermissionDenied, Permission, permissionWarning } from '../github/permissions.js'
import { readResults } from '../results/artifact.js'
import type { Results } from '../results/schema.js'
import type { Current } from './current.js'
import type { Pipeline, Sides } from './pipeline.js'

/** A baseline file given, else the same run's base side (unless `baseline: artifact`), else the base branch's. */
export async function baselineFor(
  p: Pipeline,
  c: Current,
): Promise<Pick<Sides, 'baseline' | 'baselineMissing'>> {
  const { settings } = p
  if (settings.baselineResults) {
    return { baseline: await readResults(settings.baselineResults), baselineMissing: null }
  }
  if (c.sameRun && settings.baseline !== 'artifact') {
    return { baseline: c.sameRun, baselineMissing: null }
  }
  if (settings.baseline === 'none') {
    return { baseline: null, baselineMissing: `input '${Inputs.Baseline}' is 'none'` }
  }
  return baselineFromBaseBranch(p, c.current, c.pullRequest, c.workflow)
}

async function baselineFromBaseBranch(
  { rt, settings, ctx, gh, store }: Pipeline,
  current: Results,
  pullRequest: PullRequestRef | null,
  workflow: string | number | null,
): Promise<{ baseline: Results | null; baselineMissing: string | null }> {
  if (!pullRequest) return { baseline: null, baselineMissing: 'this run is not for a pull request' }
  if (!gh || !store || !ctx.repo || workflow === null) {
    return {
      baseline: null,
      baselineMissing: `no '${Inputs.BaselineResults}' and no way to download one (needs '${Inputs.GithubToken}')`,
    }
  }
  const name = artifactName(current, settings.commentId)
  try {
    const found = await findBaseline(gh, store, {
      repo: ctx.repo,
      workflow,
      branch: pullRequest.baseRef,
      artifactName: name,
      dir: rt.tempDir,
    })
    if (found) {
      rt.info(
        `baseline: artifact '${name}' of run ${found.runId} (${found.sha.slice(0, 12)} on ${pullRequest.baseRef})`,
      )
      return { baseline: found.results, baselineMissing: null }
    }
    return {
      baseline: null,
      baselineMissing:
        `no successful push run on '${pullRequest.baseRef}' has uploaded '${name}' yet ` +
        '(the baseline appears after the next push to the base branch)',
    }
  } catch (e) {
    if (e instanceof InputError) throw e
    const hint = isPermissionDenied(e)
      ? permissionWarning('download the baseline', Permission.ActionsRead, e)
      : null
    rt.warning(hint ?? `mesh-mtls-gate could not download the baseline: ${(e as Error).message}`)
    return { baseline: null, baselineMissing: 'the baseline could not be downloaded (see the warning)' }
  }
}

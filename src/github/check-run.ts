/**
 * A check run on the pull request's head commit. Under `workflow_run` the job's own check lands on the default
 * branch's commit, invisible on the PR; this one is what branch protection can require. GitHub takes at most 50
 * annotations per request: the first batch goes with the creation, the rest in updates.
 */
import type { Verdict } from '../compare/verdict.js'
import type { CheckAnnotation, CheckRunInfo, GitHubApi, RepoRef } from './api.js'

export const ANNOTATIONS_PER_REQUEST = 50
/** GitHub's limit on a check run's output.summary, in characters. */
export const CHECK_SUMMARY_LIMIT = 65535

export interface CheckRunRequest {
  repo: RepoRef
  name: string
  headSha: string
  verdict: Verdict
  /** Whether `fail-on` fails the step for this verdict. */
  failing: boolean
  /** The report, already within CHECK_SUMMARY_LIMIT. */
  summary: string
  annotations: CheckAnnotation[]
  detailsUrl?: string
  /** Why a maintainer must look before this check may pass (fork-review.ts); the check then waits for one. */
  hold?: string | null
}

/**
 * `action_required` when held: branch protection counts `success`, `neutral` and `skipped` as passing, so a held
 * check must be none of them; GitHub shows `action_required` with a link to the check's `details_url`.
 */
export function conclusionFor(
  verdict: Verdict,
  failing: boolean,
  held = false,
): 'success' | 'failure' | 'neutral' | 'action_required' {
  if (failing) return 'failure'
  if (held) return 'action_required'
  return verdict === 'pass' ? 'success' : 'neutral'
}

const TITLE: Record<Verdict, string> = {
  pass: 'No regression',
  regression: 'Regression',
  inconclusive: 'Inconclusive',
}

export async function publishCheckRun(api: GitHubApi, request: CheckRunRequest): Promise<CheckRunInfo> {
  if (request.summary.length > CHECK_SUMMARY_LIMIT) throw new Error('check run summary over GitHub’s limit')
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < request.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  const held = Boolean(request.hold) && !request.failing
  const output = {
    title: held ? 'Maintainer review required' : TITLE[request.verdict],
    summary: request.summary,
  }
  const created = await api.createCheckRun(request.repo, {
    name: request.name,
    head_sha: request.headSha,
    conclusion: conclusionFor(request.verdict, request.failing, held),
    output: batches.length > 0 ? { ...output, annotations: batches[0] } : output,
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
  })
  for (const batch of batches.slice(1)) {
    await api.updateCheckRun(request.repo, created.id, { ...output, annotations: batch })
  }
  return created
}

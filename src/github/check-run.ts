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
}

export function conclusionFor(verdict: Verdict, failing: boolean): 'success' | 'failure' | 'neutral' {
  if (failing) return 'failure'
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
  const output = { title: TITLE[request.verdict], summary: request.summary }
  const created = await api.createCheckRun(request.repo, {
    name: request.name,
    head_sha: request.headSha,
    conclusion: conclusionFor(request.verdict, request.failing),
    output: batches.length > 0 ? { ...output, annotations: batches[0] } : output,
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
  })
  for (const batch of batches.slice(1)) {
    await api.updateCheckRun(request.repo, created.id, { ...output, annotations: batch })
  }
  return created
}

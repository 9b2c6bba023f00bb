/**
 * What the runner tells the action about the run: the environment variables and the webhook payload at
 * GITHUB_EVENT_PATH, read here once from the environment `index.ts` hands to main.ts. main.ts and the measuring
 * path read the GITHUB_* variables only through this context; a few stages read variables of their own (KUBECONFIG
 * for an existing cluster, RUNNER_TEMP for the tool cache).
 * The payload of a `workflow_run` may describe a fork's pull request: its fields are data, not instructions.
 */
import { readFile } from 'node:fs/promises'
import type { RepoRef } from './api.js'

export interface PullRequestRef {
  number: number
  headSha: string
  baseRef: string
}

export interface TriggeringRun {
  id: number
  headSha: string
  headBranch: string | null
  /** The event that started the triggering run: `pull_request`, `push`, ... */
  event: string
  conclusion: string | null
  workflowId: number
  /** The workflow file the run ran, e.g. `.github/workflows/mesh-gate-measure.yml` (from the PR for pull_request runs). */
  path: string | null
  runAttempt: number
  /** `owner/repo` the run's head commit came from: a fork's name for a fork's pull request. */
  headRepository: string | null
  /** Pull requests GitHub links to the run; empty for pull requests from forks. */
  pullRequests: number[]
}

export interface RunContext {
  eventName: string
  repo: RepoRef | null
  /** GITHUB_SHA: for pull_request the merge commit, not the head. */
  sha: string
  ref: string
  runId: number | null
  /** The running workflow's file name (from GITHUB_WORKFLOW_REF), used to find its runs on the base branch. */
  workflowFile: string | null
  apiUrl: string
  serverUrl: string
  pullRequest: PullRequestRef | null
  workflowRun: TriggeringRun | null
  /** GITHUB_WORKSPACE: the checked-out repository; null outside a runner. */
  workspace: string | null
  /** GITHUB_BASE_REF: the pull request's base branch (pull_request events only), else null. */
  baseBranch: string | null
  /** RUNNER_NAME: the machine that measured, recorded in the results; null outside a runner. */
  runnerName: string | null
}

export type Env = Record<string, string | undefined>

export async function readRunContext(env: Env): Promise<RunContext> {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
    } catch {
      payload = {}
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const workflowFile = /\/([^/@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? null
  return {
    eventName,
    repo: owner && repo ? { owner, repo } : null,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId: positiveInt(env.GITHUB_RUN_ID),
    workflowFile,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    pullRequest: pullRequestOf(payload),
    workflowRun: workflowRunOf(payload),
    workspace: env.GITHUB_WORKSPACE || null,
    baseBranch: env.GITHUB_BASE_REF || null,
    runnerName: env.RUNNER_NAME || null,
  }
}

function positiveInt(v: unknown): number | null {
  const n = typeof v === 'string' ? Number(v) : v
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null
}

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' ? (v as Obj) : null)

/** pull_request and pull_request_target payloads (also issue_comment on a PR has no head: not handled). */
function pullRequestOf(payload: Obj): PullRequestRef | null {
  const pr = obj(payload.pull_request)
  if (!pr) return null
  const number = positiveInt(pr.number)
  const headSha = str(obj(pr.head)?.sha)
  const baseRef = str(obj(pr.base)?.ref)
  return number && headSha && baseRef ? { number, headSha, baseRef } : null
}

function workflowRunOf(payload: Obj): TriggeringRun | null {
  const run = obj(payload.workflow_run)
  if (!run) return null
  const id = positiveInt(run.id)
  const headSha = str(run.head_sha)
  const workflowId = positiveInt(run.workflow_id)
  if (!id || !headSha || !workflowId) return null
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : []
  return {
    id,
    headSha,
    headBranch: str(run.head_branch),
    event: str(run.event) ?? '',
    conclusion: str(run.conclusion),
    workflowId,
    path: str(run.path),
    runAttempt: positiveInt(run.run_attempt) ?? 1,
    headRepository: str(obj(run.head_repository)?.full_name),
    pullRequests: prs.map((p) => positiveInt(obj(p)?.number)).filter((n): n is number => n !== null),
  }
}

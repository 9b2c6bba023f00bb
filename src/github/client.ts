/**
 * The Octokit implementation of GitHubApi: retries transient failures (5xx, network) with @octokit/plugin-retry,
 * waits out primary and secondary rate limits (twice at most) with @octokit/plugin-throttling, and gives every
 * request a timeout, so a hung API call cannot hold the job until the runner's 6-hour limit.
 */
import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { GitHubApi, IssueComment } from './api.js'
import { httpStatus } from './api.js'

export interface ClientOptions {
  /** GITHUB_API_URL: https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  baseUrl: string
  /** Per request, in milliseconds. */
  timeoutMs?: number
  /** First retry's delay; the plugin waits base × retry² (tests shorten it). */
  retryAfterBaseMs?: number
  /** Writes a line to the log (rate-limit waits). */
  log?: (message: string) => void
}

export const DEFAULT_TIMEOUT_MS = 30_000
const MAX_RATE_LIMIT_RETRIES = 2

type Fetch = (url: string, init?: RequestInit) => Promise<Response>

export function createGitHubApi(token: string, options: ClientOptions): GitHubApi {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const log = options.log ?? (() => undefined)
  // @actions/github's fetch honours the runner's proxy settings; add the timeout on top of it.
  const baseFetch = ((defaults.request as { fetch?: Fetch } | undefined)?.fetch ?? fetch) as Fetch
  const timedFetch: Fetch = (url, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    return baseFetch(url, { ...init, signal })
  }
  const octokit = getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      request: { fetch: timedFetch },
      retry: { retries: 3, retryAfterBaseValue: options.retryAfterBaseMs ?? 1000 },
      throttle: {
        onRateLimit: (after: number, opts: { method: string; url: string }, _o: unknown, count: number) => {
          log(`GitHub rate limit on ${opts.method} ${opts.url}: retrying after ${after} s`)
          return count < MAX_RATE_LIMIT_RETRIES
        },
        onSecondaryRateLimit: (
          after: number,
          opts: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          log(`GitHub secondary rate limit on ${opts.method} ${opts.url}: retrying after ${after} s`)
          return count < MAX_RATE_LIMIT_RETRIES
        },
      },
    },
    retry,
    throttling,
  )
  const comment = (c: {
    id: number
    body?: string
    html_url: string
    user: { login: string; type?: string } | null
  }): IssueComment => ({ id: c.id, body: c.body, html_url: c.html_url, user: c.user })

  return {
    async authenticatedLogin() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login
      } catch (e) {
        // An installation token (GITHUB_TOKEN, GitHub Apps) may not read /user: 403 "Resource not accessible by integration".
        if (httpStatus(e) === 403 || httpStatus(e) === 401 || httpStatus(e) === 404) return null
        throw e
      }
    },
    async listIssueComments(ref, issue) {
      const all = await octokit.paginate(octokit.rest.issues.listComments, {
        ...ref,
        issue_number: issue,
        per_page: 100,
      })
      return all.map(comment)
    },
    async createIssueComment(ref, issue, body) {
      return comment((await octokit.rest.issues.createComment({ ...ref, issue_number: issue, body })).data)
    },
    async updateIssueComment(ref, commentId, body) {
      return comment((await octokit.rest.issues.updateComment({ ...ref, comment_id: commentId, body })).data)
    },
    async getPullRequest(ref, pull) {
      const { data } = await octokit.rest.pulls.get({ ...ref, pull_number: pull })
      return {
        number: data.number,
        state: data.state,
        head: {
          sha: data.head.sha,
          ref: data.head.ref,
          repo: data.head.repo ? { full_name: data.head.repo.full_name } : null,
        },
        base: { ref: data.base.ref, sha: data.base.sha },
      }
    },
    async createCheckRun(ref, input) {
      const { data } = await octokit.rest.checks.create({ ...ref, ...input, status: 'completed' })
      return { id: data.id, html_url: data.html_url }
    },
    async updateCheckRun(ref, checkRunId, output) {
      await octokit.rest.checks.update({ ...ref, check_run_id: checkRunId, output })
    },
    async listPullRequestFiles(ref, pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...ref,
        pull_number: pull,
        per_page: 100,
      })
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        sha: f.sha,
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      }))
    },
    async getTree(ref, commitSha) {
      // A commit SHA names its tree here too ("the SHA1 value or ref name for that tree").
      const { data } = await octokit.rest.git.getTree({ ...ref, tree_sha: commitSha, recursive: 'true' })
      return {
        sha: data.sha,
        truncated: data.truncated,
        tree: data.tree.map((e) => ({
          path: e.path,
          mode: e.mode,
          type: e.type,
          sha: e.sha,
          ...(e.size === undefined ? {} : { size: e.size }),
        })),
      }
    },
    async getBlob(ref, blobSha) {
      const { data } = await octokit.rest.git.getBlob({ ...ref, file_sha: blobSha })
      if (data.encoding !== 'base64' && data.encoding !== 'utf-8') {
        throw new Error(`blob ${blobSha}: unexpected encoding '${data.encoding}'`)
      }
      return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
    },
    async listSuccessfulPushRuns(ref, workflow, branch, limit) {
      const { data } = await octokit.rest.actions.listWorkflowRuns({
        ...ref,
        workflow_id: workflow,
        branch,
        event: 'push',
        status: 'success',
        per_page: Math.min(limit, 100),
      })
      return data.workflow_runs.map((r) => ({
        id: r.id,
        head_sha: r.head_sha,
        head_branch: r.head_branch,
        event: r.event,
        conclusion: r.conclusion,
        created_at: r.created_at,
      }))
    },
  }
}

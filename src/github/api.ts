/**
 * The narrow slice of GitHub's REST API that the action uses. `client.ts` implements it with Octokit; tests pass
 * fakes. Field names follow GitHub's payloads (snake_case) so that the fakes and the e2e stand-in can be checked
 * against `@octokit/openapi-types`.
 */

export interface RepoRef {
  owner: string
  repo: string
}

export interface IssueComment {
  id: number
  body?: string
  html_url: string
  user: { login: string; type?: string } | null
}

export interface PullRequestInfo {
  number: number
  state: string
  head: { sha: string; ref: string; repo: { full_name: string } | null }
  base: { ref: string; sha: string }
}

export interface WorkflowRunInfo {
  id: number
  head_sha: string
  head_branch: string | null
  event: string
  conclusion: string | null
  created_at: string
}

/** One file of a pull request's diff (GET /repos/{owner}/{repo}/pulls/{pull_number}/files: `diff-entry`). */
export interface PullRequestFile {
  filename: string
  /** added, removed, modified, renamed, copied, changed, unchanged */
  status: string
  /** The blob SHA at the PR's head; null for a removed file. */
  sha: string | null
  previous_filename?: string
}

/** One entry of a recursive git tree (GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1: `git-tree`). */
export interface TreeEntry {
  path: string
  mode: string
  /** blob, tree or commit (a submodule). */
  type: string
  sha: string
  size?: number
}

export interface GitTree {
  sha: string
  /** True when GitHub cut the listing at its limit (100,000 entries, 7 MB). */
  truncated: boolean
  tree: TreeEntry[]
}

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
}

export interface CheckRunOutput {
  title: string
  summary: string
  annotations?: CheckAnnotation[]
}

export interface CheckRunInput {
  name: string
  head_sha: string
  conclusion: 'success' | 'failure' | 'neutral' | 'action_required'
  output: CheckRunOutput
  details_url?: string
}

export interface CheckRunInfo {
  id: number
  html_url: string | null
}

export interface GitHubApi {
  /** The login the token acts as, or null when the token cannot say (GITHUB_TOKEN answers GET /user with 403). */
  authenticatedLogin(): Promise<string | null>
  /** All comments of an issue or pull request, oldest first. */
  listIssueComments(ref: RepoRef, issue: number): Promise<IssueComment[]>
  createIssueComment(ref: RepoRef, issue: number, body: string): Promise<IssueComment>
  updateIssueComment(ref: RepoRef, commentId: number, body: string): Promise<IssueComment>
  getPullRequest(ref: RepoRef, pull: number): Promise<PullRequestInfo>
  createCheckRun(ref: RepoRef, input: CheckRunInput): Promise<CheckRunInfo>
  /** Adds a further batch of annotations to a check run (GitHub takes at most 50 per request). */
  updateCheckRun(ref: RepoRef, checkRunId: number, output: CheckRunOutput): Promise<void>
  /** The files a pull request changes (paginated; GitHub lists at most 3000). */
  listPullRequestFiles(ref: RepoRef, pull: number): Promise<PullRequestFile[]>
  /** The whole tree of a commit (recursive), by commit SHA. */
  getTree(ref: RepoRef, commitSha: string): Promise<GitTree>
  /** A blob's bytes, by blob SHA. */
  getBlob(ref: RepoRef, blobSha: string): Promise<Buffer>
  /** Successful push runs of a workflow on a branch, newest first (at most `limit`). */
  listSuccessfulPushRuns(
    ref: RepoRef,
    workflow: string | number,
    branch: string,
    limit: number,
  ): Promise<WorkflowRunInfo[]>
}

/** An error from the API with its HTTP status, as Octokit's RequestError carries it. */
export function httpStatus(e: unknown): number | null {
  const status = (e as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : null
}

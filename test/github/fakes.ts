/** In-memory stand-ins for the GitHub API and the artifact service, with switchable failures. */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type {
  CheckRunInput,
  CheckRunOutput,
  GitHubApi,
  GitTree,
  PullRequestFile,
  IssueComment,
  PullRequestInfo,
  WorkflowRunInfo,
} from '../../src/github/api.js'
import type { ArtifactStore, StoredArtifact } from '../../src/github/artifact.js'
import { InputError } from '../../src/errors.js'
import { diffEntries, gitBlobSha, treeOf } from './fork-fixtures.js'

/** An error shaped like Octokit's RequestError. */
export function httpError(status: number, message: string): Error {
  return Object.assign(new Error(message), { name: 'HttpError', status })
}

export const FORBIDDEN = () => httpError(403, 'Resource not accessible by integration')

type Op = keyof GitHubApi

export class FakeGitHub implements GitHubApi {
  comments: (IssueComment & { issue: number })[] = []
  checkRuns: (CheckRunInput & { id: number; updates: CheckRunOutput[] })[] = []
  pulls = new Map<number, PullRequestInfo>()
  runs: WorkflowRunInfo[] = []
  /** The pull request files API by PR number, trees by commit SHA, blobs by blob SHA. */
  prFiles = new Map<number, PullRequestFile[]>()
  trees = new Map<string, GitTree>()
  blobs = new Map<string, Buffer>()
  /** The login the token acts as; null like GITHUB_TOKEN, which cannot read /user. */
  login: string | null = null
  /** Ops that fail, and how. */
  failures = new Map<Op, () => Error>()
  calls: Op[] = []
  private nextId = 1000

  private call(op: Op) {
    this.calls.push(op)
    const failure = this.failures.get(op)
    if (failure) throw failure()
  }
  private identity() {
    return this.login ?? 'github-actions[bot]'
  }

  async authenticatedLogin() {
    this.call('authenticatedLogin')
    return this.login
  }
  async listIssueComments(_ref: unknown, issue: number) {
    this.call('listIssueComments')
    return this.comments.filter((c) => c.issue === issue).map((c) => ({ ...c }))
  }
  async createIssueComment(_ref: unknown, issue: number, body: string) {
    this.call('createIssueComment')
    const id = this.nextId++
    const c = {
      id,
      issue,
      body,
      html_url: `https://github.test/pull/${issue}#issuecomment-${id}`,
      user: { login: this.identity(), type: 'Bot' },
    }
    this.comments.push(c)
    return { ...c }
  }
  async updateIssueComment(_ref: unknown, commentId: number, body: string) {
    this.call('updateIssueComment')
    const c = this.comments.find((x) => x.id === commentId)
    if (!c) throw httpError(404, 'Not Found')
    c.body = body
    return { ...c }
  }
  async getPullRequest(_ref: unknown, pull: number) {
    this.call('getPullRequest')
    const pr = this.pulls.get(pull)
    if (!pr) throw httpError(404, 'Not Found')
    return pr
  }
  async createCheckRun(_ref: unknown, input: CheckRunInput) {
    this.call('createCheckRun')
    const id = this.nextId++
    this.checkRuns.push({ ...input, id, updates: [] })
    return { id, html_url: `https://github.test/runs/${id}` }
  }
  async updateCheckRun(_ref: unknown, id: number, output: CheckRunOutput) {
    this.call('updateCheckRun')
    this.checkRuns.find((c) => c.id === id)!.updates.push(output)
  }
  async listPullRequestFiles(_ref: unknown, pull: number) {
    this.call('listPullRequestFiles')
    return (this.prFiles.get(pull) ?? []).map((f) => ({ ...f }))
  }
  async getTree(_ref: unknown, commitSha: string) {
    this.call('getTree')
    const tree = this.trees.get(commitSha)
    if (!tree) throw httpError(404, 'Not Found')
    return tree
  }
  async getBlob(_ref: unknown, blobSha: string) {
    this.call('getBlob')
    const blob = this.blobs.get(blobSha)
    if (!blob) throw httpError(404, 'Not Found')
    return blob
  }
  /** Stores a pull request's base and head commits: their trees, blobs, and the files the PR changes. */
  commits(pull: number, base: { sha: string; files: Record<string, string> }, head: typeof base) {
    for (const c of [base, head]) {
      this.trees.set(c.sha, treeOf(c.files))
      for (const content of Object.values(c.files)) this.blobs.set(gitBlobSha(content), Buffer.from(content))
    }
    this.prFiles.set(pull, diffEntries(base.files, head.files))
  }
  async listSuccessfulPushRuns(_ref: unknown, _workflow: string | number, branch: string, limit: number) {
    this.call('listSuccessfulPushRuns')
    // Like the API's filters, except that the fake returns what it holds: the code must check again.
    return this.runs.filter((r) => r.head_branch === branch).slice(0, limit)
  }
}

/** Artifacts by run id; each artifact is a set of files (name → content). */
export class FakeArtifacts implements ArtifactStore {
  stored = new Map<number, (StoredArtifact & { files: Map<string, string>; corrupt?: boolean })[]>()
  uploads: { name: string; files: Map<string, string> }[] = []
  private nextId = 1
  failList: (() => Error) | null = null

  put(runId: number, name: string, files: Record<string, unknown>, options: { corrupt?: boolean } = {}) {
    const list = this.stored.get(runId) ?? []
    const map = new Map(
      Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    )
    const size = [...map.values()].reduce((a, v) => a + v.length, 0)
    list.push({ id: this.nextId++, name, size, digest: `sha256:${'0'.repeat(64)}`, files: map, ...options })
    this.stored.set(runId, list)
  }
  async upload(name: string, files: string[], _root: string) {
    const map = new Map<string, string>()
    for (const f of files) map.set(basename(f), await readFile(f, 'utf8'))
    this.uploads.push({ name, files: map })
    return { id: this.nextId++ }
  }
  async list(runId: number) {
    if (this.failList) throw this.failList()
    return (this.stored.get(runId) ?? []).map(({ id, name, size, digest }) => ({ id, name, size, digest }))
  }
  async download(artifact: StoredArtifact, runId: number, path: string) {
    const a = (this.stored.get(runId) ?? []).find((x) => x.id === artifact.id)
    if (!a) throw httpError(404, 'Artifact not found')
    if (a.corrupt) throw new InputError(`artifact '${a.name}': digest mismatch`)
    await mkdir(path, { recursive: true })
    for (const [name, content] of a.files) await writeFile(join(path, name), content)
  }
}

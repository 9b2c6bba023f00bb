/**
 * A local stand-in for the REST endpoints the action calls, on 127.0.0.1 only. Responses are typed with
 * @octokit/openapi-types: comments, check runs and errors in full; pull requests and workflow runs as the subset
 * of their (very large) schemas that the action reads. Failures can be injected per route.
 */
import type { components } from '@octokit/openapi-types'
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { diffEntries, gitBlobSha, treeOf } from '../github/fork-fixtures.js'

type Schemas = components['schemas']
type IssueComment = Schemas['issue-comment']
type CheckRun = Schemas['check-run']
type DiffEntry = Schemas['diff-entry']
type GitTreeBody = Schemas['git-tree']
type Blob = Schemas['blob']
type BasicError = Schemas['basic-error']
type Artifact = Schemas['artifact']
type SimpleUser = NonNullable<Schemas['nullable-simple-user']>
type PullRequest = Pick<Schemas['pull-request'], 'number' | 'state' | 'html_url' | 'url'> & {
  head: Pick<Schemas['pull-request']['head'], 'sha' | 'ref' | 'label'> & {
    repo: { full_name: string } | null
  }
  base: Pick<Schemas['pull-request']['base'], 'sha' | 'ref' | 'label'>
}
type WorkflowRun = Pick<
  Schemas['workflow-run'],
  | 'id'
  | 'head_sha'
  | 'head_branch'
  | 'event'
  | 'status'
  | 'conclusion'
  | 'created_at'
  | 'workflow_id'
  | 'html_url'
>

export interface RecordedRequest {
  method: string
  path: string
  authorization: string | undefined
  body: unknown
}

interface Failure {
  method: string
  path: RegExp
  status: number
  message: string
  /** How many times to fail; Infinity for always. */
  times: number
}

const BOT: SimpleUser = user('github-actions[bot]', 41898282, 'Bot')

function user(login: string, id: number, type = 'User'): SimpleUser {
  const url = `https://api.github.com/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  }
}

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = []
  readonly comments: (IssueComment & { issue: number })[] = []
  readonly checkRuns: CheckRun[] = []
  readonly pulls = new Map<number, PullRequest>()
  readonly runs: WorkflowRun[] = []
  /** Commits' files by commit SHA: the git trees and blobs routes serve them. */
  readonly commits = new Map<string, Record<string, string>>()
  /** A pull request's base and head commits: the pull request files route lists their difference. */
  readonly pullCommits = new Map<number, { base: string; head: string }>()
  /** Artifacts by workflow run id, with their zip archives. */
  readonly artifacts = new Map<number, (Artifact & { zip: Buffer })[]>()
  /** Blob storage for uploads: staged blocks by blob path and block id. */
  private blocks = new Map<string, Map<string, Buffer>>()
  /** The workflow run that uploads go to (what ACTIONS_RUNTIME_TOKEN's scope names on GitHub). */
  uploadRunId = 0
  private failures: Failure[] = []
  /** Recorded response bodies, served as they are (see serveRecorded). */
  private recordings: { method: string; path: RegExp; body: unknown; headers: Record<string, string> }[] = []
  private server: Server | null = null
  private nextId = 1_500_000_001
  /** Responses delayed by this many ms (to test timeouts). */
  delayMs = 0
  url = ''

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve())
  }

  fail(method: string, path: RegExp, status: number, message: string, times = Infinity): void {
    this.failures.push({ method, path, status, message, times })
  }

  /**
   * Answers requests whose path and query match `path` with a recorded body (and headers, e.g. a Link), instead of
   * the stand-in's own answer: for payloads as GitHub sends them (fixtures/github/api/).
   */
  serveRecorded(method: string, path: RegExp, body: unknown, headers: Record<string, string> = {}): void {
    this.recordings.push({ method, path, body, headers })
  }

  /** Stores an artifact of a run; its digest is the zip's unless `digest` says otherwise (a tampered archive). */
  addArtifact(runId: number, name: string, zip: Buffer, digest?: string): void {
    const id = this.nextId++
    const list = this.artifacts.get(runId) ?? []
    list.push({
      id,
      node_id: `MDg6QXJ0aWZhY3Q${id}`,
      name,
      size_in_bytes: zip.length,
      url: `${this.url}/repos/acme/mesh-config/actions/artifacts/${id}`,
      archive_download_url: `${this.url}/repos/acme/mesh-config/actions/artifacts/${id}/zip`,
      expired: false,
      created_at: '2026-11-26T09:14:00Z',
      expires_at: '2027-02-24T09:14:00Z',
      updated_at: '2026-11-26T09:14:00Z',
      digest: digest ?? `sha256:${createHash('sha256').update(zip).digest('hex')}`,
      workflow_run: { id: runId, head_sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' },
      zip,
    })
    this.artifacts.set(runId, list)
  }

  /** The pull request files API's entries (`diff-entry`) between two stored commits. */
  private diffEntries(base: string, head: string): DiffEntry[] {
    const baseFiles = this.commits.get(base) ?? {}
    const headFiles = this.commits.get(head) ?? {}
    return diffEntries(baseFiles, headFiles).map((f) => {
      const lines = (text: string | undefined) => (text === undefined ? 0 : text.split('\n').length)
      const additions = f.status === 'removed' ? 0 : lines(headFiles[f.filename])
      const deletions = f.status === 'added' ? 0 : lines(baseFiles[f.filename])
      const at = f.status === 'removed' ? base : head
      return {
        sha: f.sha ?? gitBlobSha(baseFiles[f.filename] ?? ''),
        filename: f.filename,
        status: f.status as DiffEntry['status'],
        additions,
        deletions,
        changes: additions + deletions,
        blob_url: `https://github.com/acme/mesh-config/blob/${at}/${f.filename}`,
        raw_url: `https://github.com/acme/mesh-config/raw/${at}/${f.filename}`,
        contents_url: `${this.url}/repos/acme/mesh-config/contents/${f.filename}?ref=${at}`,
      }
    })
  }

  /** Adds a comment as if someone wrote it. */
  addComment(issue: number, body: string, login: string): void {
    this.comments.push({ ...this.comment(issue, body, user(login, 7000 + this.comments.length)), issue })
  }

  private comment(issue: number, body: string, author: SimpleUser): IssueComment {
    const id = this.nextId++
    const now = new Date().toISOString()
    return {
      id,
      node_id: `IC_kwDO${id}`,
      url: `${this.url}/repos/acme/mesh-config/issues/comments/${id}`,
      html_url: `https://github.com/acme/mesh-config/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/acme/mesh-config/issues/${issue}`,
      body,
      user: author,
      created_at: now,
      updated_at: now,
      author_association: author.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    }
  }

  /**
   * The runner's artifact service as @actions/artifact (v2+) uses it for uploads: Twirp JSON calls
   * CreateArtifact (answering with a signed blob URL) and FinalizeArtifact, and between them the Azure Blob
   * block upload (Put Block, Put Block List) to that URL. A finalized upload becomes an artifact of
   * `uploadRunId`, downloadable through the REST routes.
   */
  private resultsService(
    method: string,
    url: URL,
    body: Buffer,
    req: IncomingMessage,
    res: ServerResponse,
  ): void {
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(payload))
    }
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(url.pathname)
    if (twirp && method === 'POST') {
      if (!/^Bearer \S+$/.test(req.headers.authorization ?? ''))
        return reply(401, { code: 'unauthenticated', msg: 'no token' })
      const call = JSON.parse(body.toString('utf8')) as { name: string; hash?: string }
      if (twirp[1] === 'CreateArtifact') {
        return reply(200, {
          ok: true,
          signedUploadUrl: `${this.url}/devstoreaccount1/actions-results/${this.uploadRunId}/${encodeURIComponent(call.name)}.zip?sv=2024-08-04&sig=redacted`,
        })
      }
      if (twirp[1] === 'FinalizeArtifact') {
        const blob = this.blocks.get(
          `/devstoreaccount1/actions-results/${this.uploadRunId}/${encodeURIComponent(call.name)}.zip`,
        )
        const zip = blob?.get('committed')
        if (!zip) return reply(404, { code: 'not_found', msg: 'no blob uploaded' })
        this.addArtifact(this.uploadRunId, call.name, zip, call.hash)
        const id = this.artifacts.get(this.uploadRunId)!.at(-1)!.id
        return reply(200, { ok: true, artifactId: String(id) })
      }
      return reply(404, { code: 'bad_route', msg: twirp[1] })
    }
    if (method === 'PUT' && url.pathname.startsWith('/devstoreaccount1/')) {
      const path = decodeURIComponent(url.pathname).replace(/[^/]+$/, (f) => encodeURIComponent(f))
      const blob = this.blocks.get(path) ?? new Map<string, Buffer>()
      this.blocks.set(path, blob)
      const headers = {
        'x-ms-request-id': 'stand-in',
        'x-ms-version': '2024-08-04',
        'x-ms-request-server-encrypted': 'true',
      }
      const comp = url.searchParams.get('comp')
      if (comp === 'block') {
        blob.set(`block:${url.searchParams.get('blockid')}`, body)
      } else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
          (m) => m[1],
        )
        blob.set('committed', Buffer.concat(ids.map((id) => blob.get(`block:${id}`) ?? Buffer.alloc(0))))
      } else {
        blob.set('committed', body) // a single Put Blob
      }
      res.writeHead(201, { ...headers, etag: '"0x1"', 'last-modified': new Date().toUTCString() })
      return void res.end()
    }
    reply(404, { code: 'not_found', msg: url.pathname })
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    const json = (req.headers['content-type'] ?? '').includes('json') && text
    const body = json ? (JSON.parse(text) as Record<string, unknown>) : null
    this.requests.push({
      method,
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      body,
    })
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs).unref())
    if (res.destroyed) return

    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(payload === undefined ? '' : JSON.stringify(payload))
    }
    const error = (status: number, message: string, doc = 'https://docs.github.com/rest') => {
      const payload: BasicError = { message, documentation_url: doc, status: String(status) }
      send(status, payload)
    }
    const failure = this.failures.find((f) => f.method === method && f.path.test(url.pathname) && f.times > 0)
    if (failure) {
      failure.times--
      return error(failure.status, failure.message)
    }
    const blob = /^\/blob\/(\d+)\.zip$/.exec(url.pathname)
    if (blob && method === 'GET') {
      const a = [...this.artifacts.values()].flat().find((x) => x.id === Number(blob[1]))
      if (!a) return error(404, 'BlobNotFound')
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) })
      return void res.end(a.zip)
    }
    if (url.pathname.startsWith('/twirp/') || url.pathname.startsWith('/devstoreaccount1/')) {
      return this.resultsService(method, url, Buffer.concat(chunks), req, res)
    }
    if (!req.headers.authorization) return error(401, 'Requires authentication')
    const recording = this.recordings.find(
      (r) => r.method === method && r.path.test(url.pathname + url.search),
    )
    if (recording) return send(200, recording.body, recording.headers)

    let m: RegExpExecArray | null
    const p = url.pathname
    if (method === 'GET' && p === '/user') {
      // What an installation token (GITHUB_TOKEN) gets.
      return error(
        403,
        'Resource not accessible by integration',
        'https://docs.github.com/rest/users/users#get-the-authenticated-user',
      )
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(p))) {
      const issue = Number(m[1])
      if (method === 'GET') {
        const all = this.comments.filter((c) => c.issue === issue).map(({ issue: _i, ...c }) => c)
        const perPage = Number(url.searchParams.get('per_page') ?? 30)
        const page = Number(url.searchParams.get('page') ?? 1)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const headers: Record<string, string> = {}
        if (page < last) {
          const next = new URL(url)
          next.searchParams.set('page', String(page + 1))
          headers.link = `<${next.toString()}>; rel="next", <${next.toString().replace(/page=\d+/, `page=${last}`)}>; rel="last"`
        }
        return send(200, all.slice((page - 1) * perPage, page * perPage), headers)
      }
      if (method === 'POST') {
        const c = this.comment(issue, String(body?.body ?? ''), BOT)
        this.comments.push({ ...c, issue })
        return send(201, c)
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p)) && method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(m![1]))
      if (!c) return error(404, 'Not Found')
      c.body = String(body?.body ?? '')
      c.updated_at = new Date().toISOString()
      const { issue: _i, ...rest } = c
      return send(200, rest)
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(p) && method === 'POST') {
      const id = this.nextId++
      const output = (body?.output ?? {}) as { title?: string; summary?: string; annotations?: unknown[] }
      const run: CheckRun = {
        id,
        node_id: `CR_kwDO${id}`,
        head_sha: String(body?.head_sha),
        external_id: null,
        url: `${this.url}/repos/acme/mesh-config/check-runs/${id}`,
        html_url: `https://github.com/acme/mesh-config/runs/${id}`,
        details_url: (body?.details_url as string | undefined) ?? null,
        status: (body?.status as CheckRun['status']) ?? 'queued',
        conclusion: (body?.conclusion as CheckRun['conclusion']) ?? null,
        started_at: new Date().toISOString(),
        completed_at: body?.conclusion ? new Date().toISOString() : null,
        output: {
          title: output.title ?? null,
          summary: output.summary ?? null,
          text: null,
          annotations_count: output.annotations?.length ?? 0,
          annotations_url: `${this.url}/repos/acme/mesh-config/check-runs/${id}/annotations`,
        },
        name: String(body?.name),
        check_suite: { id: 33445566778 },
        app: null,
        pull_requests: [],
      }
      this.checkRuns.push(run)
      return send(201, run)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(p)) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]))
      if (!run) return error(404, 'Not Found')
      const output = (body?.output ?? {}) as { annotations?: unknown[] }
      run.output.annotations_count += output.annotations?.length ?? 0
      return send(200, run)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(p)) && method === 'GET') {
      const all = (this.artifacts.get(Number(m[1])) ?? []).map(({ zip: _z, ...a }) => a)
      const name = url.searchParams.get('name')
      const artifacts = name ? all.filter((a) => a.name === name) : all
      return send(200, { total_count: artifacts.length, artifacts })
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(p)) && method === 'GET') {
      // Like GitHub: a redirect to short-lived blob storage (here: the stand-in's own /blob path).
      res.writeHead(302, { location: `${this.url}/blob/${m[1]}.zip?sig=redacted` })
      return void res.end()
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(p)) && method === 'GET') {
      const pr = this.pulls.get(Number(m[1]))
      return pr ? send(200, pr) : error(404, 'Not Found')
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(p)) && method === 'GET') {
      const commits = this.pullCommits.get(Number(m[1]))
      if (!commits) return error(404, 'Not Found')
      const all = this.diffEntries(commits.base, commits.head)
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const headers: Record<string, string> = {}
      if (page < last) {
        const next = new URL(url)
        next.searchParams.set('page', String(page + 1))
        headers.link = `<${next.toString()}>; rel="next"`
      }
      return send(200, all.slice((page - 1) * perPage, page * perPage), headers)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/git\/trees\/([0-9a-f]{40})$/.exec(p)) && method === 'GET') {
      const files = this.commits.get(m[1])
      if (!files) return error(404, 'Not Found', 'https://docs.github.com/rest/git/trees#get-a-tree')
      if (url.searchParams.get('recursive') === null)
        return error(422, 'the stand-in serves recursive trees only')
      const tree = treeOf(files)
      const body: GitTreeBody = {
        sha: tree.sha,
        url: `${this.url}/repos/acme/mesh-config/git/trees/${tree.sha}`,
        truncated: tree.truncated,
        tree: tree.tree.map((e) => ({
          ...e,
          url: `${this.url}/repos/acme/mesh-config/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
        })),
      }
      return send(200, body)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/git\/blobs\/([0-9a-f]{40})$/.exec(p)) && method === 'GET') {
      const content = [...this.commits.values()]
        .flatMap((files) => Object.values(files))
        .find((c) => gitBlobSha(c) === m![1])
      if (content === undefined)
        return error(404, 'Not Found', 'https://docs.github.com/rest/git/blobs#get-a-blob')
      const bytes = Buffer.from(content)
      const blob: Blob = {
        sha: m[1],
        node_id: `B_kwDO${m[1].slice(0, 12)}`,
        size: bytes.length,
        url: `${this.url}/repos/acme/mesh-config/git/blobs/${m[1]}`,
        // Like GitHub: base64 in lines of 60 characters.
        content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
        encoding: 'base64',
      }
      return send(200, blob)
    }
    if (/^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/[^/]+\/runs$/.test(p) && method === 'GET') {
      const branch = url.searchParams.get('branch')
      const event = url.searchParams.get('event')
      const runs = this.runs.filter(
        (r) =>
          (!branch || r.head_branch === branch) &&
          (!event || r.event === event) &&
          r.conclusion === 'success',
      )
      return send(200, { total_count: runs.length, workflow_runs: runs })
    }
    return error(404, 'Not Found')
  }
}

/**
 * The Octokit client against the local stand-in: pagination, retries, no retry on 403, timeouts; and the pull
 * request files, git trees and git blobs APIs with recorded payloads (fixtures/github/api/).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { httpStatus } from '../../src/github/api.js'
import { createGitHubApi } from '../../src/github/client.js'
import { GitHubStandIn } from '../e2e/github-stand-in.js'
import { fixture } from '../helpers.js'
import { forkCommits, gitBlobSha } from './fork-fixtures.js'

const repo = { owner: 'acme', repo: 'mesh-config' }
let api: GitHubStandIn

beforeEach(async () => {
  api = new GitHubStandIn()
  await api.start()
})
afterEach(async () => api.stop())

const client = (timeoutMs = 5000) =>
  createGitHubApi('ghs_test', { baseUrl: api.url, timeoutMs, retryAfterBaseMs: 1 })

describe('GitHub client', () => {
  it('reads every page of a long comment thread', async () => {
    for (let i = 0; i < 150; i++) api.addComment(42, `comment ${i}`, 'someone')
    const comments = await client().listIssueComments(repo, 42)
    expect(comments).toHaveLength(150)
    expect(comments[149].body).toBe('comment 149')
    expect(api.requests.filter((r) => r.path.includes('/issues/42/comments'))).toHaveLength(2)
    expect(api.requests[0].authorization).toBe('token ghs_test')
  })

  it('says null for its own login when GitHub answers 403 (an installation token)', async () => {
    expect(await client().authenticatedLogin()).toBeNull()
  })

  it('retries a server error, and does not retry a 403', async () => {
    api.fail('POST', /\/issues\/42\/comments$/, 502, 'Bad Gateway', 2)
    const c = await client().createIssueComment(repo, 42, 'hello')
    expect(c.user?.login).toBe('github-actions[bot]')
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(3)

    api.fail('POST', /\/issues\/43\/comments$/, 403, 'Resource not accessible by integration')
    const e = await client()
      .createIssueComment(repo, 43, 'x')
      .catch((err: unknown) => err)
    expect(httpStatus(e)).toBe(403)
    expect((e as Error).message).toMatch(/Resource not accessible by integration/)
    expect(api.requests.filter((r) => r.path.endsWith('/issues/43/comments'))).toHaveLength(1)
  })

  it('gives up on a hung API after its timeout instead of waiting forever', async () => {
    api.delayMs = 3000
    const start = Date.now()
    await expect(client(150).getPullRequest(repo, 1)).rejects.toThrow()
    expect(Date.now() - start).toBeLessThan(2500)
  })

  it('creates a check run with the fields GitHub needs', async () => {
    const r = await client().createCheckRun(repo, {
      name: 'mesh-mtls-gate (x)',
      head_sha: 'a'.repeat(40),
      conclusion: 'failure',
      output: { title: 'Regression', summary: 's' },
    })
    expect(r.html_url).toMatch(/\/runs\/\d+$/)
    expect(api.requests.at(-1)?.body).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      head_sha: 'a'.repeat(40),
    })
  })
})

const recorded = <T>(name: string): T => JSON.parse(readFileSync(fixture('github', 'api', name), 'utf8')) as T
type Recorded = Record<string, unknown>

describe('GitHub client: what report reads about a pull request (recorded payloads)', () => {
  it('lists a pull request’s files from recorded pages, following Link; a rename keeps its old name', async () => {
    const files = recorded<Recorded[]>('pulls-42-files.json')
    const path = '/repos/acme/mesh-config/pulls/42/files'
    const link = (page: number, rel: string) => `<${api.url}${path}?per_page=100&page=${page}>; rel="${rel}"`
    api.serveRecorded('GET', /\/pulls\/42\/files\?per_page=100$/, files.slice(0, 2), {
      link: `${link(2, 'next')}, ${link(2, 'last')}`,
    })
    api.serveRecorded('GET', /\/pulls\/42\/files\?per_page=100&page=2$/, files.slice(2), {
      link: `${link(1, 'prev')}, ${link(1, 'first')}`,
    })
    expect(await client().listPullRequestFiles(repo, 42)).toEqual([
      { filename: '.github/workflows/mesh-gate-measure.yml', status: 'modified', sha: files[0].sha },
      {
        filename: '.github/mesh-gate.yaml',
        status: 'renamed',
        sha: files[1].sha,
        previous_filename: '.github/gate.yaml',
      },
      { filename: 'mesh/peer-authentication.yaml', status: 'modified', sha: files[2].sha },
    ])
    expect(api.requests.map((r) => r.path)).toEqual([`${path}?per_page=100`, `${path}?per_page=100&page=2`])
  })

  it('pages through 250 changed files, 100 a request', async () => {
    const base: Record<string, string> = {}
    const head: Record<string, string> = {}
    for (let i = 0; i < 250; i++) head[`mesh/f${String(i).padStart(3, '0')}.yaml`] = `i: ${i}\n`
    api.commits.set('b'.repeat(40), base)
    api.commits.set('c'.repeat(40), head)
    api.pullCommits.set(7, { base: 'b'.repeat(40), head: 'c'.repeat(40) })
    const files = await client().listPullRequestFiles(repo, 7)
    expect(files).toHaveLength(250)
    expect(files[249]).toEqual({ filename: 'mesh/f249.yaml', status: 'added', sha: gitBlobSha('i: 249\n') })
    expect(api.requests.filter((r) => r.path.includes('/pulls/7/files'))).toHaveLength(3)
  })

  it('reads a recorded recursive tree: blobs with their size, folders, a submodule, the truncated flag', async () => {
    const tree = recorded<{ sha: string; tree: Recorded[]; truncated: boolean }>('git-tree-recursive.json')
    const head = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
    api.serveRecorded('GET', new RegExp(`/git/trees/${head}\\?recursive=`), tree)
    const got = await client().getTree(repo, head)
    expect(api.requests[0].path).toMatch(new RegExp(`/git/trees/${head}\\?recursive=(1|true)$`))
    expect(got.sha).toBe(tree.sha)
    expect(got.truncated).toBe(false)
    expect(got.tree).toHaveLength(tree.tree.length)
    expect(got.tree).toContainEqual({
      path: 'mesh/peer-authentication.yaml',
      mode: '100644',
      type: 'blob',
      sha: '5537444c7441835e2cd45375e18fef1abe749e48',
      size: 222,
    })
    expect(got.tree).toContainEqual({ path: 'mesh', mode: '040000', type: 'tree', sha: expect.any(String) })
    expect(got.tree).toContainEqual({
      path: 'vendor/charts',
      mode: '160000',
      type: 'commit',
      sha: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    })

    api.serveRecorded('GET', /\/git\/trees\/f{40}\?/, { ...tree, truncated: true })
    expect((await client().getTree(repo, 'f'.repeat(40))).truncated).toBe(true)
  })

  it('decodes a recorded blob (base64 in lines of 60) to its bytes; refuses an encoding it does not know', async () => {
    const blob = recorded<{ sha: string; content: string }>('git-blob.json')
    api.serveRecorded('GET', new RegExp(`/git/blobs/${blob.sha}$`), blob)
    const bytes = await client().getBlob(repo, blob.sha)
    expect(
      bytes.equals(readFileSync(fixture('github', 'e2e', 'istio', 'bad', 'peer-authentication.yaml'))),
    ).toBe(true)
    expect(gitBlobSha(bytes)).toBe(blob.sha)

    api.serveRecorded('GET', /\/git\/blobs\/e{40}$/, { ...blob, sha: 'e'.repeat(40), encoding: 'utf-16' })
    await expect(client().getBlob(repo, 'e'.repeat(40))).rejects.toThrow(
      `blob ${'e'.repeat(40)}: unexpected encoding 'utf-16'`,
    )
  })

  it('the stand-in’s own payloads (which the end-to-end tests use) have the recorded shapes', async () => {
    const [base, head] = forkCommits({ mesh: 'permissive' })
    api.commits.set(base.sha, base.files)
    api.commits.set(head.sha, head.files)
    api.pullCommits.set(42, { base: base.sha, head: head.sha })
    const get = async (path: string) =>
      (await fetch(`${api.url}/repos/acme/mesh-config${path}`, {
        headers: { authorization: 'token ghs_test' },
      }).then((r) => r.json())) as Recorded & Recorded[]
    const keys = (o: object) => Object.keys(o).sort()
    const optional = (k: string) => k === 'patch' || k === 'previous_filename'
    const files = recorded<Recorded[]>('pulls-42-files.json')
    const fileKeys = [...new Set(files.flatMap(keys))].filter((k) => !optional(k)).sort()
    for (const f of await get('/pulls/42/files'))
      expect(keys(f).filter((k) => !optional(k))).toEqual(fileKeys)

    const tree = recorded<{ tree: Recorded[] }>('git-tree-recursive.json')
    const served = await get(`/git/trees/${head.sha}?recursive=1`)
    expect(keys(served)).toEqual(keys(tree))
    const entryKeys = (t: { tree: Recorded[] }, type: string) => keys(t.tree.find((e) => e.type === type)!)
    for (const type of ['blob', 'tree'])
      expect(entryKeys(served as never, type)).toEqual(entryKeys(tree, type))

    const blob = recorded<Recorded>('git-blob.json')
    const sha = (served.tree as Recorded[]).find((e) => e.type === 'blob')!.sha as string
    expect(keys(await get(`/git/blobs/${sha}`))).toEqual(keys(blob))
  })
})

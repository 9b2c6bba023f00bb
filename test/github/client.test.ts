/** The Octokit client against the local stand-in: pagination, retries, no retry on 403, timeouts. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { httpStatus } from '../../src/github/api.js'
import { createGitHubApi } from '../../src/github/client.js'
import { GitHubStandIn } from '../e2e/github-stand-in.js'

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

import { describe, expect, it } from '@jest/globals'
import {
  commentMarker,
  shouldCreate,
  upsertStickyComment,
  type StickyCommentRequest,
} from '../../src/github/comment.js'
import { FakeGitHub } from './fakes.js'

const repo = { owner: 'acme', repo: 'mesh-config' }
const marker = commentMarker('mesh-mtls-gate')
const req = (over: Partial<StickyCommentRequest> = {}): StickyCommentRequest => ({
  repo,
  issue: 42,
  marker,
  body: `${marker}\n\n### regression`,
  policy: 'on-change',
  verdict: 'regression',
  ...over,
})

describe('sticky PR comment', () => {
  it('creates one comment, then updates it in place', async () => {
    const gh = new FakeGitHub()
    const first = await upsertStickyComment(gh, req())
    expect(first.action).toBe('created')
    const second = await upsertStickyComment(gh, req({ body: `${marker}\n\n### pass`, verdict: 'pass' }))
    expect(second).toEqual({ action: 'updated', url: (first as { url: string }).url })
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toBe(`${marker}\n\n### pass`)
  })

  it('ignores the marker in comments by anyone else, and other gates’ markers', async () => {
    const gh = new FakeGitHub()
    gh.comments.push(
      { id: 1, issue: 42, body: `${marker}\nforged`, html_url: 'u1', user: { login: 'mallory' } },
      {
        id: 2,
        issue: 42,
        body: `${commentMarker('other-gate')}\n`,
        html_url: 'u2',
        user: { login: 'github-actions[bot]' },
      },
    )
    const r = await upsertStickyComment(gh, req())
    expect(r.action).toBe('created')
    expect(gh.comments.map((c) => c.body?.slice(0, 40))).toEqual([
      `${marker}\nforged`.slice(0, 40),
      `${commentMarker('other-gate')}\n`,
      `${marker}\n\n### regression`.slice(0, 40),
    ])
  })

  it('uses the token’s own login when the token can tell it (a PAT)', async () => {
    const gh = new FakeGitHub()
    gh.login = 'gate-bot'
    gh.comments.push({
      id: 7,
      issue: 42,
      body: `${marker}\nold`,
      html_url: 'u7',
      user: { login: 'gate-bot' },
    })
    expect(await upsertStickyComment(gh, req())).toEqual({ action: 'updated', url: 'u7' })
    expect(gh.calls).not.toContain('createIssueComment')
  })

  it('updates an existing comment whatever the policy, so a fixed PR loses its red comment', async () => {
    const gh = new FakeGitHub()
    await upsertStickyComment(gh, req({ policy: 'always' }))
    const r = await upsertStickyComment(
      gh,
      req({ policy: 'never', verdict: 'pass', body: `${marker}\nfixed` }),
    )
    expect(r.action).toBe('updated')
    expect(gh.comments[0].body).toBe(`${marker}\nfixed`)
  })

  it('creates no comment when the policy says so', async () => {
    const gh = new FakeGitHub()
    const r = await upsertStickyComment(gh, req({ policy: 'on-regression', verdict: 'inconclusive' }))
    expect(r).toEqual({ action: 'skipped', reason: expect.stringMatching(/on-regression/) })
    expect(gh.comments).toHaveLength(0)
  })

  it.each([
    ['always', 'pass', true],
    ['always', 'regression', true],
    ['on-change', 'pass', false],
    ['on-change', 'inconclusive', true],
    ['on-change', 'regression', true],
    ['on-regression', 'inconclusive', false],
    ['on-regression', 'regression', true],
    ['never', 'regression', false],
  ] as const)('comment: %s with a %s verdict creates: %s', (policy, verdict, expected) => {
    expect(shouldCreate(policy, verdict)).toBe(expected)
  })

  it('refuses a body without the marker (it could never be found again)', async () => {
    await expect(upsertStickyComment(new FakeGitHub(), req({ body: 'no marker' }))).rejects.toThrow(/marker/)
  })
})

/**
 * The sticky PR comment: one per pull request and `comment-id`, found by a hidden marker and by its author, and
 * updated in place, so comments never pile up and a PR that fixed its regression never keeps a stale red comment.
 * Only comments written by the token's own identity count: anyone can paste the marker into a comment of theirs.
 */
import type { Verdict } from '../compare/verdict.js'
import type { GitHubApi, IssueComment, RepoRef } from './api.js'

export type CommentPolicy = 'always' | 'on-change' | 'on-regression' | 'never'

/** The identity GITHUB_TOKEN writes as; used when the token cannot tell its own login. */
export const ACTIONS_BOT = 'github-actions[bot]'

export function commentMarker(commentId: string): string {
  return `<!-- mesh-mtls-gate:${commentId} -->`
}

/** Whether a new comment is created when none exists yet (an existing one is always updated). */
export function shouldCreate(policy: CommentPolicy, verdict: Verdict): boolean {
  switch (policy) {
    case 'always':
      return true
    case 'on-change':
      return verdict !== 'pass'
    case 'on-regression':
      return verdict === 'regression'
    case 'never':
      return false
  }
}

export interface StickyCommentRequest {
  repo: RepoRef
  issue: number
  marker: string
  /** The whole body; must begin with the marker. */
  body: string
  policy: CommentPolicy
  verdict: Verdict
}

export type StickyCommentResult =
  { action: 'created' | 'updated'; url: string } | { action: 'skipped'; reason: string }

export async function upsertStickyComment(
  api: GitHubApi,
  request: StickyCommentRequest,
): Promise<StickyCommentResult> {
  if (!request.body.startsWith(request.marker)) throw new Error('the comment body must begin with its marker')
  const identity = (await api.authenticatedLogin()) ?? ACTIONS_BOT
  const comments = await api.listIssueComments(request.repo, request.issue)
  const own = findOwn(comments, request.marker, identity)
  if (own) {
    if (own.body === request.body) return { action: 'updated', url: own.html_url }
    const updated = await api.updateIssueComment(request.repo, own.id, request.body)
    return { action: 'updated', url: updated.html_url }
  }
  if (!shouldCreate(request.policy, request.verdict)) {
    return {
      action: 'skipped',
      reason: `comment: ${request.policy} creates no comment for a ${request.verdict} verdict`,
    }
  }
  const created = await api.createIssueComment(request.repo, request.issue, request.body)
  return { action: 'created', url: created.html_url }
}

/** The newest comment by `identity` that starts with the marker (older duplicates from a race are left alone). */
function findOwn(comments: IssueComment[], marker: string, identity: string): IssueComment | null {
  const mine = comments.filter((c) => c.user?.login === identity && (c.body ?? '').startsWith(marker))
  return mine.at(-1) ?? null
}

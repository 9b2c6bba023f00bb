/**
 * The PR-facing targets: the sticky comment and the check run. Each write is attempted on its own; a refusal
 * (403: a fork's read-only token, or a permission the workflow left out) or an outage becomes a warning naming
 * what to grant. Nothing here decides the step's outcome.
 */
import type { Verdict } from '../compare/verdict.js'
import type { CheckAnnotation, GitHubApi, RepoRef } from './api.js'
import { publishCheckRun } from './check-run.js'
import { type CommentPolicy, commentMarker, upsertStickyComment } from './comment.js'
import { isPermissionDenied, Permission, permissionWarning } from './permissions.js'

export interface PublishRequest {
  repo: RepoRef
  pullRequest: { number: number; headSha: string }
  gateId: string
  verdict: Verdict
  /** Whether the step fails: the check run concludes `failure` then. */
  failing: boolean
  comment: { body: string; policy: CommentPolicy }
  check: { summary: string; annotations: CheckAnnotation[]; detailsUrl: string | null }
  /** Why the check run must wait for a maintainer (`action_required`), when it must. */
  hold?: string | null
}

export interface PublishLog {
  info(message: string): void
  warning(message: string): void
}

export interface Published {
  commentUrl: string | null
  checkRunUrl: string | null
}

export async function publishToPullRequest(
  gh: GitHubApi,
  req: PublishRequest,
  log: PublishLog,
): Promise<Published> {
  const published: Published = { commentUrl: null, checkRunUrl: null }
  await attempt(log, 'write the PR comment', Permission.PullRequestsWrite, async () => {
    const r = await upsertStickyComment(gh, {
      repo: req.repo,
      issue: req.pullRequest.number,
      marker: commentMarker(req.gateId),
      body: req.comment.body,
      policy: req.comment.policy,
      verdict: req.verdict,
    })
    if (r.action === 'skipped') log.info(r.reason)
    else {
      log.info(`PR comment ${r.action}: ${r.url}`)
      published.commentUrl = r.url
    }
  })
  await attempt(log, 'create the check run', Permission.ChecksWrite, async () => {
    const check = await publishCheckRun(gh, {
      repo: req.repo,
      name: `mesh-mtls-gate (${req.gateId})`,
      headSha: req.pullRequest.headSha,
      verdict: req.verdict,
      failing: req.failing,
      summary: req.check.summary,
      annotations: req.check.annotations,
      hold: req.hold ?? null,
      ...(req.check.detailsUrl ? { detailsUrl: req.check.detailsUrl } : {}),
    })
    published.checkRunUrl = check.html_url
    log.info(`check run: ${check.html_url ?? check.id}`)
  })
  return published
}

async function attempt(
  log: PublishLog,
  what: string,
  permission: Permission,
  write: () => Promise<void>,
): Promise<void> {
  try {
    await write()
  } catch (e) {
    log.warning(
      isPermissionDenied(e)
        ? permissionWarning(what, permission, e)
        : `mesh-mtls-gate could not ${what}: ${(e as Error).message}. The verdict is in the job summary.`,
    )
  }
}

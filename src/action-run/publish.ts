/**
 * Publishing a verdict: the report file, job summary and outputs first (they need no permission), then the sticky
 * comment and the check run; and a failed cluster's logs as an artifact. Only `publish` fails the step, when the
 * inputs say the verdict must.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { failures } from '../compare/exit.js'
import type { Comparison } from '../compare/verdict.js'
import { Inputs, Outputs } from '../constants.js'
import { ExitCode } from '../errors.js'
import { clusterLogsArtifactName, type ArtifactStore, uploadFolder } from '../github/artifact.js'
import { annotationsFor } from '../github/annotations.js'
import { CHECK_SUMMARY_LIMIT } from '../github/check-run.js'
import { commentMarker } from '../github/comment.js'
import { type ForkReview, reviewLength } from '../github/fork-review.js'
import { publishToPullRequest } from '../github/publish.js'
import { fitSummary } from '../github/summary.js'
import { GITHUB_COMMENT_LIMIT, renderReport } from '../report/markdown.js'
import type { ActionRuntime, Pipeline, Sides } from './pipeline.js'
import { p99Change, type Reports } from '../report/action.js'

/** The comparison rendered for each place it goes, each within that place's size limit (less the review's part). */
export function reportsOf(
  { settings, config }: Pipeline,
  comparison: Comparison,
  review: ForkReview | null,
): Reports {
  const render = (maxLength: number, marker: boolean) =>
    renderReport(comparison, {
      cost: config.cost,
      maxLength: maxLength - reviewLength(review),
      ...(marker ? { marker: commentMarker(settings.commentId) } : {}),
    })
  return {
    verdict: comparison.verdict,
    comment: render(GITHUB_COMMENT_LIMIT, true),
    summary: fitSummary((max) => render(max, true)),
    check: render(CHECK_SUMMARY_LIMIT, false),
  }
}

/** The verdict to the runner, then to the pull request; fails the step when the inputs say it must. */
export async function publish(
  p: Pipeline,
  sides: Sides,
  comparison: Comparison | null,
  reports: Reports,
): Promise<void> {
  // The summary and outputs first: they need no permission, so the verdict is visible whatever GitHub answers.
  await publishToRunner(p, sides, comparison, reports)
  const why = failures(
    { verdict: reports.verdict, mtls: sides.mtls?.verdict ?? null },
    { failOn: p.settings.failOn, require: p.settings.requireMtls },
  )
  await commentAndCheckRun(p, sides, reports, why.length > 0)
  if (why.length > 0) {
    p.rt.fail(`mesh-mtls-gate: ${why.join('; ')}`, ExitCode.Fail)
  }
}

/** The report file, the job summary, the outputs and the verdict's log line. */
async function publishToRunner(
  { rt, settings }: Pipeline,
  sides: Sides,
  comparison: Comparison | null,
  reports: Reports,
): Promise<void> {
  const reportPath = join(rt.tempDir, `mesh-mtls-gate-${settings.commentId}.md`)
  await writeFile(reportPath, reports.summary)
  await rt.writeSummary(reports.summary)
  rt.setOutput(Outputs.Verdict, reports.verdict)
  rt.setOutput(Outputs.P99Change, comparison ? p99Change(comparison) : '')
  rt.setOutput(Outputs.MtlsVerdict, sides.mtls?.verdict ?? '')
  rt.setOutput(Outputs.ReportPath, reportPath)
  if (sides.currentPath) rt.setOutput(Outputs.ResultsPath, sides.currentPath)
  rt.info(
    `verdict: ${reports.verdict}${comparison ? ` (${comparison.gatedTests} gated metric(s) tested)` : ''}`,
  )
}

/** The sticky comment and the check run, when the run is for a pull request and has a token; says why not. */
async function commentAndCheckRun(
  { rt, settings, ctx, gh }: Pipeline,
  sides: Sides,
  reports: Reports,
  failing: boolean,
): Promise<void> {
  const pr = sides.pullRequest
  if (!pr) {
    rt.info('not a pull request run: no PR comment or check run')
    return
  }
  if (!gh || !ctx.repo) {
    rt.warning(`no '${Inputs.GithubToken}': no PR comment or check run; the verdict is in the job summary`)
    return
  }
  const repo = ctx.repo
  const published = await publishToPullRequest(
    gh,
    {
      repo,
      pullRequest: pr,
      gateId: settings.commentId,
      verdict: reports.verdict,
      failing,
      hold: sides.review?.hold ?? null,
      comment: { body: reports.comment, policy: settings.comment },
      check: {
        summary: reports.check,
        annotations: annotationsFor(sides.mtls?.findings ?? []),
        detailsUrl: ctx.runId
          ? `${ctx.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${ctx.runId}`
          : null,
      },
    },
    rt,
  )
  if (published.commentUrl) rt.setOutput(Outputs.CommentUrl, published.commentUrl)
}

/** Where a failed cluster's logs can go. */
export interface LogUploads {
  store: ArtifactStore | null
  gateId: string
}

/** A failed cluster's exported logs, uploaded as an artifact of the run; says where they are either way. */
export async function uploadLogs(
  rt: ActionRuntime,
  uploads: LogUploads | null,
  dir: string,
): Promise<string> {
  if (!uploads?.store)
    return `\nThe logs stay on the runner in ${dir} (no '${Inputs.GithubToken}' to upload them).`
  const name = clusterLogsArtifactName(uploads.gateId)
  try {
    await uploadFolder(uploads.store, name, dir)
    return `\nThe logs are uploaded as the artifact '${name}' of this run.`
  } catch (e) {
    rt.warning(`could not upload the cluster logs in ${dir}: ${(e as Error).message}`)
    return `\nThe logs stay on the runner in ${dir}.`
  }
}

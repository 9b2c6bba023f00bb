/**
 * The report step's own look at the run it reports on, before a verdict goes to a pull request (mode `report` under
 * workflow_run). The measuring run's results are data from a run that a fork's author may have changed; this asks
 * GitHub, not the artifact, what the PR changes:
 * - when the PR changes the measuring workflow, a local action it uses or the gate config, the check run waits
 *   for a maintainer (`action_required`) instead of passing;
 * - the mTLS verdict is recomputed from the PR's files at both commits (`mtls-recheck.ts`) and replaces the artifact's;
 * - it names the gate version and build that measured (from the bundle's provenance record).
 * The verdict of a regression stays a regression: a hold never hides one.
 */
import type { Verdict } from '../compare/verdict.js'
import type { MtlsOutcome } from '../measure.js'
import { untrusted } from '../report/escape.js'
import type { Results } from '../results/schema.js'
import type { MeshName, Requirement } from '../vocabulary.js'
import type { GitHubApi, GitTree, RepoRef } from './api.js'
import type { TriggeringRun } from './context.js'
import { recheckMtls } from './mtls-recheck.js'
import { gateInputsOf, touchedFiles, type TouchedFile } from './pr-changes.js'
import { describeMeasurer, type Provenance } from './provenance.js'

/** Where the docs explain the hold and the trusted re-run. */
export const SECURITY_DOC = 'docs/security.md'
/** Touched files listed in the report; the rest are counted. */
const MAX_LISTED = 20

export interface ForkReview {
  /** Why the check run waits for a maintainer; null when nothing the gate can see calls for one. */
  hold: string | null
  /** Markdown for the comment, the job summary and the check run; bounded, escaped. */
  markdown: string
  /** The mTLS outcome recomputed from the PR's files (replaces the artifact's); null when not recomputed. */
  mtls: MtlsOutcome | null
}

export interface ReviewRequest {
  gh: GitHubApi
  repo: RepoRef
  trigger: TriggeringRun
  /** The pull request the bundle names, already verified against the triggering run's head. */
  pullNumber: number
  /** What the artifact says: its results (with their mTLS matrix), mTLS outcome and provenance record. */
  bundle: { current: Results; mtls: MtlsOutcome | null; provenance?: Provenance | null }
  /** The report step's settings; `config` and `config-paths` count where the measuring workflow sets none. */
  settings: { configFile: string; configPaths: string[]; requireMtls: Requirement; mesh: MeshName | null }
  /** The digest of this step's own dist/, to say whether the measuring build is the same. */
  ownDigest: string | null
}

/** What the review looked at, for the mTLS recomputation that reads the same commits. */
interface ReviewedCommits {
  base: GitTree
  head: GitTree
  configPaths: string[]
}

export async function reviewTriggeringRun(r: ReviewRequest): Promise<ForkReview> {
  const lines: string[] = []
  const provenance = r.bundle.provenance ?? null
  if (provenance) lines.push(describeMeasurer(provenance, r.ownDigest))
  const workflowPath = r.trigger.path ?? provenance?.workflowPath ?? null
  let touched: TouchedFile[] = []
  let fromFork = true
  let commits: ReviewedCommits | null = null
  let unknown: string | null = null
  try {
    if (!workflowPath) throw new Error('the workflow_run event names no workflow file')
    const pr = await r.gh.getPullRequest(r.repo, r.pullNumber)
    fromFork = !sameRepo(pr.head.repo?.full_name ?? null, r.repo)
    const base = await r.gh.getTree(r.repo, pr.base.sha)
    const head = await r.gh.getTree(r.repo, r.trigger.headSha)
    const inputs = gateInputsOf(workflowPath, await textAt(r, base, workflowPath), r.settings)
    touched = touchedFiles(await r.gh.listPullRequestFiles(r.repo, pr.number), inputs, base, head)
    commits = { base, head, configPaths: inputs.configPaths }
  } catch (e) {
    unknown = (e as Error).message
  }

  let hold: string | null = null
  if (unknown !== null) {
    // Fail closed: what cannot be checked is not trusted.
    hold = `could not ask GitHub which files the pull request changes: ${unknown}`
    lines.push(
      '',
      '### ⚠️ Maintainer review required',
      `The gate could not ask GitHub which files this pull request changes (${untrusted(unknown, 300)}), so it ` +
        'cannot tell whether the run that measured it was changed by the pull request. A maintainer must review ' +
        `it and re-run the report (the report workflow needs \`contents: read\` and \`pull-requests: read\`; see ${SECURITY_DOC}).`,
    )
  } else if (touched.length > 0) {
    const table = touchedTable(touched)
    if (fromFork) {
      hold = `the pull request changes ${touched.map((t) => t.path).join(', ')}`
      lines.push(
        '',
        '### ⚠️ Maintainer review required',
        'This pull request comes from a fork and changes files that the measuring job reads as its own ' +
          "configuration, so the results it uploaded may say anything: the pull request's author decided how they " +
          'were made.',
        '',
        ...table,
        '',
        'A maintainer must review these changes and, if they are sound, measure again from a trusted context: ' +
          "push the pull request's head to a branch of this repository and let the measuring workflow run there " +
          `(see ${SECURITY_DOC}). Re-running this run does not help, it runs the same changed files. Until then ` +
          'this check concludes `action_required`, which branch protection does not accept as passing.',
      )
    } else {
      lines.push(
        '',
        '### ℹ️ This pull request changes how it is measured',
        ...table,
        '',
        'It was measured from a branch of this repository (pushed by someone with write access), so the result ' +
          `stands; review these changes with the rest of the pull request (see ${SECURITY_DOC}).`,
      )
    }
  }
  let mtls: MtlsOutcome | null = null
  if (commits && r.settings.requireMtls !== 'none') {
    const recheck = await recheckMtls({
      gh: r.gh,
      repo: r.repo,
      ...commits,
      require: r.settings.requireMtls,
      mesh: r.settings.mesh,
      artifact: { matrix: r.bundle.current.mtls, outcome: r.bundle.mtls },
    })
    mtls = recheck.outcome
    lines.push('', recheck.markdown)
  }
  return { hold, markdown: lines.join('\n').trim(), mtls }
}

function touchedTable(touched: TouchedFile[]): string[] {
  const blob = (sha: string | null) => (sha ? sha.slice(0, 7) : '—')
  const rows = touched.slice(0, MAX_LISTED).map((t) => {
    const name = t.previousPath
      ? `${untrusted(t.previousPath, 200)} → ${untrusted(t.path, 200)}`
      : untrusted(t.path, 200)
    return `| ${name} | ${untrusted(t.status, 20)} | ${t.why} | ${blob(t.baseBlob)} → ${blob(t.headBlob)} |`
  })
  const more =
    touched.length > MAX_LISTED ? ['', `…and ${touched.length - MAX_LISTED} more changed files.`] : []
  return [
    '| file | change | the measuring job reads it as | blob base → head |',
    '|---|---|---|---|',
    ...rows,
    ...more,
  ]
}

/** The text of a file at a commit, from its tree and the blobs API; null when absent or too large to be ours. */
async function textAt(r: ReviewRequest, tree: GitTree, path: string): Promise<string | null> {
  const entry = tree.tree.find((e) => e.path === path && e.type === 'blob')
  if (!entry || (entry.size ?? 0) > 1024 * 1024) return null
  return (await r.gh.getBlob(r.repo, entry.sha)).toString('utf8')
}

function sameRepo(fullName: string | null, repo: RepoRef): boolean {
  return fullName !== null && fullName.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase()
}

/** Bytes the review takes in a report, to leave room for it when the report is fitted to a limit. */
export function reviewLength(review: Pick<ForkReview, 'markdown'> | null): number {
  return review?.markdown ? Buffer.byteLength(review.markdown, 'utf8') + 2 : 0
}

/**
 * The reports with the review inserted after the comment marker (which must stay first). A held pass is not a pass:
 * it becomes `inconclusive`, so the comment is written (`comment: on-change`) and `fail-on: inconclusive` holds.
 */
export function withReview<R extends { verdict: Verdict; comment: string; summary: string; check: string }>(
  reports: R,
  review: Pick<ForkReview, 'markdown' | 'hold'> | null,
): R {
  if (!review?.markdown) return reports
  const insert = (text: string) => {
    const marker = /^<!--[^\n]*-->\n*/.exec(text)?.[0] ?? ''
    return `${marker}${review.markdown}\n\n${text.slice(marker.length)}`
  }
  return {
    ...reports,
    verdict: review.hold && reports.verdict === 'pass' ? 'inconclusive' : reports.verdict,
    comment: insert(reports.comment),
    summary: insert(reports.summary),
    check: insert(reports.check),
  }
}

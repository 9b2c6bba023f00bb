/**
 * The action's pipeline: get the current results (measure, a file, or the bundle a `measure` run uploaded), get a
 * baseline (same run, a file, or the base branch's artifact), compare, and report to the job summary, the outputs,
 * one sticky PR comment and a check run. Only this module decides the step's outcome: helpers throw, `run` reports.
 * GitHub being unreachable or refusing a write (fork PRs) costs a warning, never the verdict.
 */
import { access, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readSettings, type ActionSettings } from './config/action-inputs.js'
import {
  loadDefaultGateConfig,
  loadGateConfig,
  overrideThresholds,
  type GateConfig,
} from './config/gate-config.js'
import { failures } from './compare/exit.js'
import { comparableResults, type Comparison, type Verdict } from './compare/verdict.js'
import { DEFAULT_CONFIG_PATH, Inputs, Outputs, State } from './constants.js'
import { ExitCode, failureOf, InputError } from './errors.js'
import type { GitHubApi, RepoRef } from './github/api.js'
import {
  artifactName,
  clusterLogsArtifactName,
  type ArtifactStore,
  type Bundle,
  uploadFolder,
  writeBundle,
} from './github/artifact.js'
import { downloadTriggeringBundle, findBaseline } from './github/baseline.js'
import { annotationsFor } from './github/annotations.js'
import { CHECK_SUMMARY_LIMIT } from './github/check-run.js'
import { commentMarker } from './github/comment.js'
import {
  readRunContext,
  type Env,
  type PullRequestRef,
  type RunContext,
  type TriggeringRun,
} from './github/context.js'
import { type ForkReview, reviewLength, reviewTriggeringRun, withReview } from './github/fork-review.js'
import { isPermissionDenied, Permission, permissionWarning } from './github/permissions.js'
import { checkProvenance, describeMeasurer, provenanceOf, runningDistDigest } from './github/provenance.js'
import { publishToPullRequest } from './github/publish.js'
import { fitSummary } from './github/summary.js'
import type { CheckCheckout, Measure, MeasureRequest, Measurement, MtlsOutcome } from './measure.js'
import { readResults } from './results/artifact.js'
import type { Results } from './results/schema.js'
import { GITHUB_COMMENT_LIMIT, renderReport } from './report/markdown.js'
import { untrusted } from './report/escape.js'

/** The runner's side effects that the pipeline uses; `index.ts` passes @actions/core, tests pass fakes. */
export interface ActionRuntime {
  getInput(name: string): string
  setOutput(name: string, value: string): void
  setSecret(value: string): void
  info(message: string): void
  warning(message: string): void
  /** Appends markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>
  /** Marks the step failed with a message and one of the documented exit codes (errors.ts `ExitCode`). */
  fail(message: string, exitCode: number): void
  /** Saves state for the post step. */
  saveState?(name: string, value: string): void
  tempDir: string
}

/** What the pipeline talks to beyond the runner: `index.ts` passes the real ones, tests pass fakes. */
export interface Dependencies {
  /** The runner's environment (GITHUB_*), read for the run context only. */
  env: Env
  github(token: string, apiUrl: string, log: (message: string) => void): GitHubApi
  artifacts(token: string, repo: RepoRef): ArtifactStore
  measure: Measure
  /** Mode measure with `current-results`: the checked-out configuration's mTLS matrix and check, no cluster. */
  checkCheckout: CheckCheckout
}

/** One run's settings and clients, passed to the pipeline's steps. */
interface Pipeline {
  rt: ActionRuntime
  deps: Dependencies
  settings: ActionSettings
  config: GateConfig
  ctx: RunContext
  /** Null without a token. */
  gh: GitHubApi | null
  store: ArtifactStore | null
}

/** Where the results come from, and the pull request they belong to. */
interface Sides {
  current: Results
  currentPath: string | null
  baseline: Results | null
  /** Why there is no baseline, in words, when there is none. */
  baselineMissing: string | null
  pullRequest: PullRequestRef | null
  /** The mTLS check, when the measuring run made one (in `report` on workflow_run: recomputed). */
  mtls: MtlsOutcome | null
  /** In `report` on workflow_run: what the report step checked itself (fork-review.ts). */
  review?: ForkReview | null
}

export async function run(rt: ActionRuntime, deps: Dependencies): Promise<void> {
  // Known as soon as the inputs are read: a failure afterwards may have logs to upload.
  let uploads: LogUploads | null = null
  try {
    const p = await pipelineOf(rt, deps)
    uploads = { store: p.store, gateId: p.settings.commentId }
    await mkdir(rt.tempDir, { recursive: true })

    if (p.settings.mode === 'measure') return await measureOnly(p)
    if (reportsAPush(p)) return
    const sides = await resolveSides(p)
    const review = sides.review ?? null
    if (sides.baseline === null) {
      return await publish(
        p,
        sides,
        null,
        withReview(noBaselineReport(p.settings, sides.baselineMissing), review),
      )
    }
    const comparison = compareSides(p.config, sides.baseline, sides.current)
    await publish(p, sides, comparison, withReview(reportsOf(p, comparison, review), review))
  } catch (e) {
    const failure = failureOf(e)
    const logs = failure.logsDir ? await uploadLogs(rt, uploads, failure.logsDir) : ''
    rt.fail(failure.message + logs, failure.exitCode)
  }
}

/** Where a failed cluster's logs can go. */
interface LogUploads {
  store: ArtifactStore | null
  gateId: string
}

/** The inputs read (secrets masked first), the run context, the gate config and the GitHub clients. */
async function pipelineOf(rt: ActionRuntime, deps: Dependencies): Promise<Pipeline> {
  const settings = readSettings((name) => rt.getInput(name))
  // Mask before anything can print them: tokens and kubeconfigs never reach logs, comments or artifacts.
  if (settings.githubToken) rt.setSecret(settings.githubToken)
  if (settings.kubeconfig) rt.setSecret(settings.kubeconfig)
  const ctx = await readRunContext(deps.env)
  const config = await gateConfigFor(settings)
  const gh = settings.githubToken ? deps.github(settings.githubToken, ctx.apiUrl, (m) => rt.info(m)) : null
  const store = settings.githubToken && ctx.repo ? deps.artifacts(settings.githubToken, ctx.repo) : null
  return { rt, deps, settings, config, ctx, gh, store }
}

/** mode report, triggered by a run that measured a push: says so; true when there is nothing to report. */
function reportsAPush({ rt, settings, ctx }: Pipeline): boolean {
  if (settings.mode !== 'report' || settings.currentResults || ctx.workflowRun?.event !== 'push') return false
  // The measure workflow also runs on pushes, to make baselines; those runs have nothing to report.
  rt.info(
    `run ${ctx.workflowRun.id} measured a push to '${ctx.workflowRun.headBranch ?? '?'}': its results are the ` +
      'baseline for later pull requests; nothing to report',
  )
  return true
}

/** The comparison, refused (bad input) when the two sides share no scenario or measured different things. */
function compareSides(config: GateConfig, baseline: Results, current: Results): Comparison {
  const r = comparableResults(baseline, current, config, { maxRepetitions: config.maxRepetitions })
  if ('disjoint' in r)
    throw new InputError(`the baseline and current results cannot be compared: ${r.disjoint}`)
  if ('refused' in r)
    throw new InputError(
      `the baseline and current results measured different things: ${r.refused.join('; ')}`,
    )
  return r.comparison
}

/** The comparison rendered for each place it goes, each within that place's size limit (less the review's part). */
function reportsOf(
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

/** A failed cluster's exported logs, uploaded as an artifact of the run; says where they are either way. */
async function uploadLogs(rt: ActionRuntime, uploads: LogUploads | null, dir: string): Promise<string> {
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

interface Reports {
  verdict: Verdict
  comment: string
  summary: string
  check: string
}

/**
 * mode measure: measure (or take `current-results` with the checkout's mTLS matrix), upload the bundle for a later
 * `report`, decide nothing.
 */
async function measureOnly(p: Pipeline): Promise<void> {
  const { rt, deps, settings, ctx } = p
  const measured: Measurement = settings.currentResults
    ? await deps.checkCheckout(measureRequest(p), await readResults(settings.currentResults))
    : await deps.measure(measureRequest(p))
  const baseline = settings.baselineResults ? await readResults(settings.baselineResults) : measured.baseline
  const resultsPath = await upload(p, {
    current: measured.current,
    baseline,
    pullRequest: ctx.pullRequest,
    mtls: measured.mtls ?? null,
  })
  rt.setOutput(Outputs.ResultsPath, resultsPath)
  rt.info('mode measure: results uploaded; the verdict comes from the mode report workflow (workflow_run)')
}

/** The current results, wherever they come from, then the baseline to compare them with. */
async function resolveSides(p: Pipeline): Promise<Sides> {
  const found = await currentResults(p)
  const { current, currentPath, pullRequest, mtls, review } = found
  return { current, currentPath, pullRequest, mtls, review, ...(await baselineFor(p, found)) }
}

/** A `measure` run's bundle, as downloaded, with its artifact's name. */
type TriggeringBundle = Bundle & { name: string }

/** The current results and what came with them. */
interface Current {
  current: Results
  currentPath: string | null
  /** The base side, when the same run measured it too. */
  sameRun: Results | null
  mtls: MtlsOutcome | null
  review: ForkReview | null
  pullRequest: PullRequestRef | null
  /** The workflow whose runs on the base branch upload the baseline artifact. */
  workflow: string | number | null
}

/** A results file given, else (mode report) the triggering run's bundle, else measured here. */
async function currentResults(p: Pipeline): Promise<Current> {
  if (p.settings.currentResults) return fromResultsFile(p, p.settings.currentResults)
  if (p.settings.mode === 'report') return fromTriggeringRun(p)
  return measuredHere(p)
}

/** What this run's own context says, before the current results add theirs. */
function ofThisRun(ctx: RunContext): Omit<Current, 'current' | 'currentPath'> {
  return { sameRun: null, mtls: null, review: null, pullRequest: ctx.pullRequest, workflow: ctx.workflowFile }
}

async function fromResultsFile({ ctx }: Pipeline, path: string): Promise<Current> {
  return { ...ofThisRun(ctx), current: await readResults(path), currentPath: path }
}

/** Measured in this run; a push run uploads them. */
async function measuredHere(p: Pipeline): Promise<Current> {
  const measured = await p.deps.measure(measureRequest(p))
  const { current, baseline: sameRun } = measured
  const mtls = measured.mtls ?? null
  // A push to the base branch measures the baseline that later PRs compare with.
  const currentPath =
    p.ctx.eventName === 'push'
      ? await upload(p, { current, baseline: sameRun, pullRequest: null, mtls })
      : null
  return { ...ofThisRun(p.ctx), current, currentPath, sameRun, mtls }
}

/**
 * mode report on workflow_run: the bundle the triggering `measure` run uploaded, its pull request checked with
 * GitHub, and (for that pull request) what the report step checks itself (fork-review.ts).
 */
async function fromTriggeringRun(p: Pipeline): Promise<Current> {
  const { trigger, store } = reportTrigger(p)
  const { bundle, ownDigest } = await triggeringBundle(p, store, trigger)
  const pullRequest = await verifiedPullRequest(p, bundle.pullRequest)
  const review = pullRequest ? await reviewFor(p, trigger, pullRequest, bundle, ownDigest) : null
  return {
    current: bundle.current,
    currentPath: null,
    sameRun: bundle.baseline,
    mtls: review?.mtls ?? bundle.mtls,
    review,
    pullRequest,
    workflow: trigger.workflowId,
  }
}

/** The workflow_run that triggered mode report, and the store its artifacts are read from; bad input without. */
function reportTrigger({ ctx, store }: Pipeline): { trigger: TriggeringRun; store: ArtifactStore } {
  const trigger = ctx.workflowRun
  if (!trigger) {
    throw new InputError(
      `mode 'report' needs both '${Inputs.BaselineResults}' and '${Inputs.CurrentResults}' (results files from ` +
        `'mesh-mtls-gate results' or an earlier run), or a workflow_run event whose run uploaded results with mode 'measure'`,
    )
  }
  if (!store) throw new InputError(`mode 'report' on workflow_run needs '${Inputs.GithubToken}'`)
  return { trigger, store }
}

/** The triggering run's bundle, its provenance checked, and the digest of the gate running now. */
async function triggeringBundle(
  { rt, settings }: Pipeline,
  store: ArtifactStore,
  trigger: TriggeringRun,
): Promise<{ bundle: TriggeringBundle; ownDigest: string | null }> {
  const bundle = await downloadTriggeringBundle(
    store,
    trigger.id,
    rt.tempDir,
    settings.commentId,
    settings.mesh,
  )
  rt.info(`results: artifact '${bundle.name}' of run ${trigger.id}`)
  checkProvenance(bundle.provenance ?? null, trigger, `'${bundle.name}'`)
  // The measuring gate's version in the log whatever happens next; the report shows it too (fork-review.ts).
  const ownDigest = await runningDistDigest()
  if (bundle.provenance) rt.info(describeMeasurer(bundle.provenance, ownDigest))
  return { bundle, ownDigest }
}

/** What the report step checks itself about the pull request's run (null without a client); warns of a hold. */
async function reviewFor(
  { rt, settings, ctx, gh }: Pipeline,
  trigger: TriggeringRun,
  pullRequest: PullRequestRef,
  bundle: TriggeringBundle,
  ownDigest: string | null,
): Promise<ForkReview | null> {
  if (!gh || !ctx.repo) return null
  const review = await reviewTriggeringRun({
    gh,
    repo: ctx.repo,
    trigger,
    pullNumber: pullRequest.number,
    bundle,
    settings,
    ownDigest,
  })
  if (review.hold)
    rt.warning(
      `mesh-mtls-gate: a maintainer must review this pull request before its check can pass: ${review.hold}`,
    )
  return review
}

/** A baseline file given, else the same run's base side (unless `baseline: artifact`), else the base branch's. */
async function baselineFor(p: Pipeline, c: Current): Promise<Pick<Sides, 'baseline' | 'baselineMissing'>> {
  const { settings } = p
  if (settings.baselineResults) {
    return { baseline: await readResults(settings.baselineResults), baselineMissing: null }
  }
  if (c.sameRun && settings.baseline !== 'artifact') {
    return { baseline: c.sameRun, baselineMissing: null }
  }
  if (settings.baseline === 'none') {
    return { baseline: null, baselineMissing: `input '${Inputs.Baseline}' is 'none'` }
  }
  return baselineFromBaseBranch(p, c.current, c.pullRequest, c.workflow)
}

async function baselineFromBaseBranch(
  { rt, settings, ctx, gh, store }: Pipeline,
  current: Results,
  pullRequest: PullRequestRef | null,
  workflow: string | number | null,
): Promise<{ baseline: Results | null; baselineMissing: string | null }> {
  if (!pullRequest) return { baseline: null, baselineMissing: 'this run is not for a pull request' }
  if (!gh || !store || !ctx.repo || workflow === null) {
    return {
      baseline: null,
      baselineMissing: `no '${Inputs.BaselineResults}' and no way to download one (needs '${Inputs.GithubToken}')`,
    }
  }
  const name = artifactName(current, settings.commentId)
  try {
    const found = await findBaseline(gh, store, {
      repo: ctx.repo,
      workflow,
      branch: pullRequest.baseRef,
      artifactName: name,
      dir: rt.tempDir,
    })
    if (found) {
      rt.info(
        `baseline: artifact '${name}' of run ${found.runId} (${found.sha.slice(0, 12)} on ${pullRequest.baseRef})`,
      )
      return { baseline: found.results, baselineMissing: null }
    }
    return {
      baseline: null,
      baselineMissing:
        `no successful push run on '${pullRequest.baseRef}' has uploaded '${name}' yet ` +
        '(the baseline appears after the next push to the base branch)',
    }
  } catch (e) {
    if (e instanceof InputError) throw e
    const hint = isPermissionDenied(e)
      ? permissionWarning('download the baseline', Permission.ActionsRead, e)
      : null
    rt.warning(hint ?? `mesh-mtls-gate could not download the baseline: ${(e as Error).message}`)
    return { baseline: null, baselineMissing: 'the baseline could not be downloaded (see the warning)' }
  }
}

/**
 * The bundle's PR number comes from a run the PR author controls: it counts only when GitHub says that PR's head
 * is the commit the triggering run measured.
 */
async function verifiedPullRequest(
  { rt, gh, ctx }: Pipeline,
  claimed: PullRequestRef | null,
): Promise<PullRequestRef | null> {
  const trigger = ctx.workflowRun
  if (!claimed || !trigger || !gh || !ctx.repo) return null
  try {
    const pr = await gh.getPullRequest(ctx.repo, claimed.number)
    if (pr.head.sha === trigger.headSha && claimed.headSha === trigger.headSha) {
      return { number: pr.number, headSha: pr.head.sha, baseRef: pr.base.ref }
    }
    rt.warning(
      `the results claim pull request #${claimed.number}, whose head is not the measured commit ` +
        `${trigger.headSha.slice(0, 12)} (pushed again since?): no comment or check run`,
    )
  } catch (e) {
    rt.warning(`mesh-mtls-gate could not look up pull request #${claimed.number}: ${(e as Error).message}`)
  }
  return null
}

/** The verdict to the runner, then to the pull request; fails the step when the inputs say it must. */
async function publish(
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

async function upload({ rt, settings, store, deps, ctx }: Pipeline, bundle: Bundle): Promise<string> {
  const dir = join(rt.tempDir, 'mesh-mtls-gate-results')
  const measuredBy = provenanceOf(deps.env, ctx.pullRequest?.headSha ?? ctx.sha, await runningDistDigest())
  const files = await writeBundle(dir, { ...bundle, provenance: measuredBy })
  const name = artifactName(bundle.current, settings.commentId)
  if (!store) {
    throw new InputError(`uploading the results artifact needs '${Inputs.GithubToken}'`)
  }
  const { id } = await store.upload(name, files, dir)
  rt.info(`results artifact '${name}' uploaded${id ? ` (id ${id})` : ''}`)
  return files[0]
}

function measureRequest({ rt, settings, config, ctx }: Pipeline): MeasureRequest {
  // On a pull request the base branch's configuration is measured in the same run (fetch-depth: 0 brings it).
  const defaultRef = ctx.baseBranch ? `origin/${ctx.baseBranch}` : null
  return {
    settings,
    config,
    tempDir: rt.tempDir,
    repo: ctx.workspace ?? process.cwd(),
    baseRef: settings.baseline === 'same-run' ? (settings.baseRef ?? defaultRef) : null,
    log: (line) => rt.info(line),
    warn: (line) => rt.warning(line),
    mask: (secret) => rt.setSecret(secret),
    saveClusterForCleanup: (name: string) => rt.saveState?.(State.ClusterToDelete, name),
    runnerName: ctx.runnerName,
  }
}

function noBaselineReport(settings: ActionSettings, why: string | null): Reports {
  const text = [
    commentMarker(settings.commentId),
    '### mesh-mtls-gate',
    '**Inconclusive: no baseline to compare with.**',
    untrusted(why ?? 'no baseline', 500),
  ].join('\n\n')
  return { verdict: 'inconclusive', comment: text, summary: text, check: text }
}

async function gateConfigFor(settings: ActionSettings): Promise<GateConfig> {
  let config: GateConfig
  if (settings.configFile === DEFAULT_CONFIG_PATH) config = await loadDefaultGateConfig()
  else if (
    await access(settings.configFile).then(
      () => true,
      () => false,
    )
  )
    config = await loadGateConfig(settings.configFile)
  else throw new InputError(`Input '${Inputs.Config}': file '${settings.configFile}' does not exist.`)
  if (settings.thresholds)
    config = overrideThresholds(config, settings.thresholds, `input '${Inputs.Thresholds}'`)
  return config
}

/** The largest p99 change over the compared scenarios, as "+12.3%"; empty when none was measured. */
function p99Change(c: Comparison): string {
  const changes = c.metrics
    .filter((m) => m.metric === 'latency-p99' && m.change !== null)
    .map((m) => m.change!)
  if (changes.length === 0) return ''
  const worst = Math.max(...changes)
  return `${worst >= 0 ? '+' : ''}${(worst * 100).toFixed(1)}%`
}

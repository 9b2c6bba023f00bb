/**
 * The current results' source: a results file given, else (mode report) the bundle the triggering `measure` run
 * uploaded, its pull request checked with GitHub, else measured in this run. Like actions/checkout's source
 * providers: one function in, the results and what came with them out.
 */
import { Inputs } from '../constants.js'
import { InputError } from '../errors.js'
import { type ArtifactStore, type Bundle } from '../github/artifact.js'
import { downloadTriggeringBundle } from '../github/baseline.js'
import { type PullRequestRef, type RunContext, type TriggeringRun } from '../github/context.js'
import { type ForkReview, reviewTriggeringRun } from '../github/fork-review.js'
import { checkProvenance, describeMeasurer, runningDistDigest } from '../github/provenance.js'
import type { MtlsOutcome } from '../measure.js'
import { readResults } from '../results/artifact.js'
import type { Results } from '../results/schema.js'
import { upload, measureRequest, type Pipeline } from './pipeline.js'

/** A `measure` run's bundle, as downloaded, with its artifact's name. */
type TriggeringBundle = Bundle & { name: string }

/** The current results and what came with them. */
export interface Current {
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
export async function currentResults(p: Pipeline): Promise<Current> {
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

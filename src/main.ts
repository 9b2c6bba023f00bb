/**
 * The action's pipeline: get the current results (measure, a file, or the bundle a `measure` run uploaded), get a
 * baseline (same run, a file, or the base branch's artifact), compare, and report to the job summary, the outputs,
 * one sticky PR comment and a check run. Only this module decides the step's outcome: helpers throw, `run` reports.
 * GitHub being unreachable or refusing a write (fork PRs) costs a warning, never the verdict.
 */
import { mkdir } from 'node:fs/promises'
import { type GateConfig } from './config/gate-config.js'
import { comparableResults, type Comparison } from './compare/verdict.js'
import { Outputs } from './constants.js'
import { failureOf, InputError } from './errors.js'
import { commentMarker } from './github/comment.js'
import { withReview } from './github/fork-review.js'
import type { Measurement } from './measure.js'
import { readResults } from './results/artifact.js'
import type { Results } from './results/schema.js'
import { baselineFor } from './action-run/baseline.js'
import { currentResults } from './action-run/current.js'
import {
  measureRequest,
  pipelineOf,
  upload,
  type ActionRuntime,
  type Dependencies,
  type Pipeline,
  type Sides,
} from './action-run/pipeline.js'
import { publish, reportsOf, uploadLogs, type LogUploads } from './action-run/publish.js'
import { noBaselineReport } from './report/action.js'

export type { ActionRuntime, Dependencies }

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
        withReview(noBaselineReport(commentMarker(p.settings.commentId), sides.baselineMissing), review),
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

/**
 * The measuring stage as the action sees it: bring up a cluster, measure the PR's configuration (and, for the
 * same-run baseline, the base branch's, interleaved), return results. The cluster pipeline implements it
 * (pipeline/action-measure.ts); `measureNotAvailable` stands in where no cluster may be made (the report-mode tests).
 */
import type { ActionSettings } from './config/action-inputs.js'
import type { GateConfig } from './config/gate-config.js'
import { Inputs } from './constants.js'
import { InputError } from './errors.js'
import type { Finding } from './mtls/model.js'
import type { Results } from './results/schema.js'

/** What main.ts hands the measuring stage: the settings, and the runner's objects it may use (nothing else). */
export interface MeasureRequest {
  settings: ActionSettings
  config: GateConfig
  /** Scratch folder for this run. */
  tempDir: string
  /** The checked-out repository, whose configuration is measured. */
  repo: string
  /** The git ref of the base side for the same-run baseline; null measures the head alone. */
  baseRef: string | null
  /** The runner's name (RUNNER_NAME), recorded in the results; null when unknown. */
  runnerName: string | null
  log(line: string): void
  warn(line: string): void
  /** Masks a secret in the job's logs (core.setSecret). */
  mask(secret: string): void
  /** Records a cluster that the post step must delete. */
  saveClusterForCleanup(name: string): void
}

/** The mTLS strictness check of the PR's configuration (the validator's verdict and findings). */
export interface MtlsOutcome {
  verdict: 'pass' | 'fail'
  findings: Finding[]
}

export interface Measurement {
  current: Results
  /** The base branch's configuration measured in the same run (baseline `same-run`), else null. */
  baseline: Results | null
  /** Null or absent when the mTLS check did not run (`require-mtls: none`). */
  mtls?: MtlsOutcome | null
}

export type Measure = (request: MeasureRequest) => Promise<Measurement>

/**
 * Mode measure with `current-results` (measured elsewhere): no cluster, but what a measuring run records about mTLS
 * is recorded all the same, from the checked-out configuration: the results file's current side with that
 * configuration's static mTLS matrix, and the mTLS check of it. The `report` step recomputes that matrix from the
 * pull request's files and refuses an artifact without one.
 */
export type CheckCheckout = (request: MeasureRequest, measuredElsewhere: Results) => Promise<Measurement>

export const measureNotAvailable: Measure = (request) =>
  Promise.reject(
    new InputError(
      `mode '${request.settings.mode}' measures on a cluster, which this version of the action cannot do yet; ` +
        `use mode 'report' with '${Inputs.BaselineResults}' and '${Inputs.CurrentResults}'`,
    ),
  )

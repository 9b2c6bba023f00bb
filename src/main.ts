/**
 * The action's pipeline. This version compares results files (mode `report`, or any mode given both
 * `baseline-results` and `current-results`); measuring on a cluster arrives with the orchestration stage.
 * Only this module decides the step's outcome: helpers throw, `run` reports.
 */
import { access, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readSettings, type ActionSettings } from './config/action-inputs.js'
import {
  defaultGateConfig,
  loadGateConfig,
  overrideThresholds,
  type GateConfig,
} from './config/gate-config.js'
import { exitCodeFor } from './compare/exit.js'
import { compareResults, type Comparison } from './compare/verdict.js'
import { Inputs, Outputs } from './constants.js'
import { ExitCode, InputError } from './errors.js'
import { readResults } from './results/artifact.js'
import { renderReport } from './report/markdown.js'

/** The runner's side effects that the pipeline uses; `index.ts` passes @actions/core, tests pass fakes. */
export interface ActionRuntime {
  getInput(name: string): string
  setOutput(name: string, value: string): void
  setSecret(value: string): void
  info(message: string): void
  warning(message: string): void
  /** Appends markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>
  /** Marks the step failed with a message; `exitCode` 1 for a verdict, 2 for bad input. */
  fail(message: string, exitCode: number): void
  tempDir: string
}

export async function run(rt: ActionRuntime): Promise<void> {
  try {
    const settings = readSettings((name) => rt.getInput(name))
    // Mask before anything can print them: tokens and kubeconfigs never reach logs, comments or artifacts.
    if (settings.githubToken) rt.setSecret(settings.githubToken)
    if (settings.kubeconfig) rt.setSecret(settings.kubeconfig)

    if (!settings.baselineResults || !settings.currentResults) {
      throw new InputError(
        settings.mode === 'report'
          ? `mode 'report' needs both '${Inputs.BaselineResults}' and '${Inputs.CurrentResults}' (results files from 'mesh-mtls-gate results' or an earlier run)`
          : `mode '${settings.mode}' measures on a cluster, which this version of the action cannot do yet; ` +
              `use mode 'report' with '${Inputs.BaselineResults}' and '${Inputs.CurrentResults}'`,
      )
    }
    const config = await gateConfigFor(settings)
    const comparison = compareResults(
      await readResults(settings.baselineResults),
      await readResults(settings.currentResults),
      config,
    )
    if (comparison.fingerprint.refused.length > 0) {
      throw new InputError(
        `the baseline and current results measured different things: ${comparison.fingerprint.refused.join('; ')}`,
      )
    }
    const report = renderReport(comparison, {
      cost: config.cost,
      marker: `<!-- mesh-mtls-gate:${settings.commentId} -->`,
    })
    const reportPath = join(rt.tempDir, `mesh-mtls-gate-${settings.commentId}.md`)
    await mkdir(rt.tempDir, { recursive: true })
    await writeFile(reportPath, report)
    await rt.writeSummary(report)

    rt.setOutput(Outputs.Verdict, comparison.verdict)
    rt.setOutput(Outputs.P99Change, p99Change(comparison))
    rt.setOutput(Outputs.ResultsPath, settings.currentResults)
    rt.setOutput(Outputs.ReportPath, reportPath)
    rt.info(`verdict: ${comparison.verdict} (${comparison.gatedTests} gated metric(s))`)

    const code = exitCodeFor(comparison.verdict, settings.failOn)
    if (code !== ExitCode.Pass)
      rt.fail(`mesh-mtls-gate: ${comparison.verdict} (fail-on: ${settings.failOn})`, code)
  } catch (e) {
    if (e instanceof InputError) rt.fail(e.message, ExitCode.BadInput)
    else rt.fail(`internal error: ${(e as Error).message}`, ExitCode.BadInput)
  }
}

async function gateConfigFor(settings: ActionSettings): Promise<GateConfig> {
  let config: GateConfig
  const exists = await access(settings.configFile).then(
    () => true,
    () => false,
  )
  if (exists) config = await loadGateConfig(settings.configFile)
  else if (settings.configFile !== '.github/mesh-gate.yaml') {
    throw new InputError(`Input '${Inputs.Config}': file '${settings.configFile}' does not exist.`)
  } else config = defaultGateConfig()
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

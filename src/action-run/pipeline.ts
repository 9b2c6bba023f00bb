/**
 * One action run's settings and clients (`Pipeline`): the inputs read once (secrets masked first), the run context,
 * the gate config and the GitHub clients; and what every step builds from them (the measuring request, the results
 * artifact's upload).
 */
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { readSettings, type ActionSettings } from '../config/action-inputs.js'
import {
  loadDefaultGateConfig,
  loadGateConfig,
  overrideThresholds,
  type GateConfig,
} from '../config/gate-config.js'
import { DEFAULT_CONFIG_PATH, Inputs, State } from '../constants.js'
import { InputError } from '../errors.js'
import type { GitHubApi, RepoRef } from '../github/api.js'
import { artifactName, type ArtifactStore, type Bundle, writeBundle } from '../github/artifact.js'
import { readRunContext, type Env, type PullRequestRef, type RunContext } from '../github/context.js'
import { type ForkReview } from '../github/fork-review.js'
import { provenanceOf, runningDistDigest } from '../github/provenance.js'
import type { CheckCheckout, Measure, MeasureRequest, MtlsOutcome } from '../measure.js'
import type { Results } from '../results/schema.js'

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
export interface Pipeline {
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
export interface Sides {
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

/** The inputs read (secrets masked first), the run context, the gate config and the GitHub clients. */
export async function pipelineOf(rt: ActionRuntime, deps: Dependencies): Promise<Pipeline> {
  const settings = readSettings((name) => rt.getInput(name))
  // Mask before anything can print them: tokens and kubeconfigs never reach logs, comments or artifacts.
  if (settings.githubToken) rt.setSecret(settings.githubToken)
  if (settings.kubeconfig && 'content' in settings.kubeconfig) rt.setSecret(settings.kubeconfig.content)
  const ctx = await readRunContext(deps.env)
  const config = await gateConfigFor(settings)
  const gh = settings.githubToken ? deps.github(settings.githubToken, ctx.apiUrl, (m) => rt.info(m)) : null
  const store = settings.githubToken && ctx.repo ? deps.artifacts(settings.githubToken, ctx.repo) : null
  return { rt, deps, settings, config, ctx, gh, store }
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

export function measureRequest({ rt, settings, config, ctx }: Pipeline): MeasureRequest {
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

export async function upload({ rt, settings, store, deps, ctx }: Pipeline, bundle: Bundle): Promise<string> {
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

/**
 * The action's inputs, read in this one place and turned into a validated settings object. Nothing else calls
 * core.getInput. Bad values throw an InputError naming the input, its value and the expected form.
 */
import { DEFAULT_CONFIG_PATH, Inputs } from '../constants.js'
import { InputError } from '../errors.js'
import { runSettings, type RunChoices, type RunSettings } from './run-settings.js'
import { DEFAULT_FAIL_ON, FAIL_ON, type FailOn } from '../vocabulary.js'

/** The choices of the inputs that only the action has (the shared lists are in the vocabulary). */
export const ACTION_MODES = ['full', 'measure', 'report'] as const
export const BASELINES = ['same-run', 'artifact', 'none'] as const
export const COMMENT_POLICIES = ['always', 'on-change', 'on-regression', 'never'] as const

/** The action's settings: what a measuring run is asked for (RunSettings, as `run`'s flags give it too), and the
 * choices only the action has. */
export interface ActionSettings extends RunSettings {
  /** full: measure and report; measure: measure and upload only; report: compare results files and report. */
  mode: (typeof ACTION_MODES)[number]
  /** Path of the gate config file; it may be absent, then defaults apply. */
  configFile: string
  baseline: (typeof BASELINES)[number]
  baselineResults: string | null
  currentResults: string | null
  /** YAML overriding the config file's thresholds. */
  thresholds: string | null
  comment: (typeof COMMENT_POLICIES)[number]
  commentId: string
  failOn: FailOn
  githubToken: string | null
}

/** What reads an input: core.getInput in the action, a plain map in tests. */
export type InputReader = (name: string) => string

/** The input that gives each of a run's choices. */
const RUN_INPUTS: Record<keyof RunChoices, string | null> = {
  mesh: Inputs.Mesh,
  meshVersion: Inputs.MeshVersion,
  verify: Inputs.Verify,
  // The action takes install values from the gate config's mesh.values only.
  meshValues: null,
  meshCli: Inputs.MeshCli,
  configPaths: Inputs.ConfigPaths,
  profile: Inputs.Profile,
  cluster: Inputs.Cluster,
  clusterConfig: Inputs.ClusterConfig,
  kubeconfig: Inputs.Kubeconfig,
  baseRef: Inputs.BaseRef,
  require: Inputs.RequireMtls,
}

export function readSettings(get: InputReader): ActionSettings {
  const str = (name: string) => get(name).trim() || null
  const refuse = (name: string, value: string, allowed: readonly string[]) =>
    new InputError(`Invalid input '${name}': '${value}'. Expected one of: ${allowed.join(', ')}.`)
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = str(name)
    if (value === null) return fallback
    if (!(allowed as readonly string[]).includes(value)) throw refuse(name, value, allowed)
    return value as T
  }
  const commentId = str(Inputs.CommentId) ?? 'mesh-mtls-gate'
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentId)) {
    throw new InputError(
      `Invalid input '${Inputs.CommentId}': '${commentId}'. Expected 1-64 letters, digits, '.', '_' or '-'.`,
    )
  }
  const given = Object.fromEntries(
    Object.entries(RUN_INPUTS).map(([key, name]) => {
      const value = name === null ? null : str(name)
      return [key, key === 'configPaths' && value !== null ? [value] : value]
    }),
  ) as unknown as RunChoices
  const run = runSettings(
    given,
    (key, value, allowed) => {
      if (!(allowed as readonly string[]).includes(value)) throw refuse(RUN_INPUTS[key]!, value, allowed)
      return value as (typeof allowed)[number]
    },
    'content',
    { name: (key) => `the input '${RUN_INPUTS[key]!}'`, error: (message) => new InputError(message) },
  )
  return {
    ...run,
    mode: choice(Inputs.Mode, ACTION_MODES, 'full'),
    configFile: str(Inputs.Config) ?? DEFAULT_CONFIG_PATH,
    baseline: choice(Inputs.Baseline, BASELINES, 'same-run'),
    baselineResults: str(Inputs.BaselineResults),
    currentResults: str(Inputs.CurrentResults),
    thresholds: str(Inputs.Thresholds),
    comment: choice(Inputs.Comment, COMMENT_POLICIES, 'on-change'),
    commentId,
    failOn: choice(Inputs.FailOn, FAIL_ON, DEFAULT_FAIL_ON),
    githubToken: str(Inputs.GithubToken),
  }
}

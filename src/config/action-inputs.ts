/**
 * The action's inputs, read in this one place and turned into a validated settings object. Nothing else calls
 * core.getInput. Bad values throw an InputError naming the input, its value and the expected form.
 */
import { DEFAULT_CONFIG_PATH, Inputs } from '../constants.js'
import { InputError } from '../errors.js'
import { DEFAULT_CONFIG_GLOB, splitGlobList } from './glob.js'
import {
  CLUSTER_KINDS,
  defaultRequirement,
  FAIL_ON,
  MESHES,
  PROFILES,
  REQUIREMENTS,
  VERIFY_POLICIES,
  type ClusterKind,
  type FailOn,
  type MeshName,
  type Profile,
  type Requirement,
  type VerifyPolicy,
} from '../vocabulary.js'

/** The choices of the inputs that only the action has (the shared lists are in the vocabulary). */
export const ACTION_MODES = ['full', 'measure', 'report'] as const
export const BASELINES = ['same-run', 'artifact', 'none'] as const
export const COMMENT_POLICIES = ['always', 'on-change', 'on-regression', 'never'] as const

export interface ActionSettings {
  /** full: measure and report; measure: measure and upload only; report: compare results files and report. */
  mode: (typeof ACTION_MODES)[number]
  /** The mesh under test; null means detect it from the configuration. */
  mesh: MeshName | null
  meshVersion: string | null
  /** How downloads without a pinned digest are verified; null: the gate config's mesh.verify, else published. */
  verify: VerifyPolicy | null
  configPaths: string[]
  /** Path of the gate config file; it may be absent, then defaults apply. */
  configFile: string
  profile: Profile
  cluster: ClusterKind
  /** eks: an eksctl ClusterConfig; gke: the cluster settings file (a path in the repository). */
  clusterConfig: string | null
  kubeconfig: string | null
  baseline: (typeof BASELINES)[number]
  /** The git ref of the base branch's configuration for the same-run baseline; null: origin/$GITHUB_BASE_REF. */
  baseRef: string | null
  baselineResults: string | null
  currentResults: string | null
  /** YAML overriding the config file's thresholds. */
  thresholds: string | null
  requireMtls: Requirement
  comment: (typeof COMMENT_POLICIES)[number]
  commentId: string
  failOn: FailOn
  githubToken: string | null
}

/** What reads an input: core.getInput in the action, a plain map in tests. */
export type InputReader = (name: string) => string

export function readSettings(get: InputReader): ActionSettings {
  const str = (name: string) => get(name).trim() || null
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = str(name)
    if (value === null) return fallback
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InputError(`Invalid input '${name}': '${value}'. Expected one of: ${allowed.join(', ')}.`)
    }
    return value as T
  }
  const commentId = str(Inputs.CommentId) ?? 'mesh-mtls-gate'
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentId)) {
    throw new InputError(
      `Invalid input '${Inputs.CommentId}': '${commentId}'. Expected 1-64 letters, digits, '.', '_' or '-'.`,
    )
  }
  const meshInput = str(Inputs.Mesh)
  const mesh = meshInput === null ? null : choice(Inputs.Mesh, MESHES, MESHES[0])
  return {
    mode: choice(Inputs.Mode, ACTION_MODES, 'full'),
    mesh,
    meshVersion: str(Inputs.MeshVersion),
    verify: str(Inputs.Verify) === null ? null : choice(Inputs.Verify, VERIFY_POLICIES, 'published'),
    configPaths: splitGlobList(str(Inputs.ConfigPaths) ?? DEFAULT_CONFIG_GLOB),
    configFile: str(Inputs.Config) ?? DEFAULT_CONFIG_PATH,
    profile: choice(Inputs.Profile, PROFILES, 'quick'),
    cluster: choice(Inputs.Cluster, CLUSTER_KINDS, 'kind'),
    clusterConfig: str(Inputs.ClusterConfig),
    kubeconfig: str(Inputs.Kubeconfig),
    baseline: choice(Inputs.Baseline, BASELINES, 'same-run'),
    baseRef: str(Inputs.BaseRef),
    baselineResults: str(Inputs.BaselineResults),
    currentResults: str(Inputs.CurrentResults),
    thresholds: str(Inputs.Thresholds),
    requireMtls: choice(Inputs.RequireMtls, REQUIREMENTS, defaultRequirement(mesh)),
    comment: choice(Inputs.Comment, COMMENT_POLICIES, 'on-change'),
    commentId,
    failOn: choice(Inputs.FailOn, FAIL_ON, 'regression'),
    githubToken: str(Inputs.GithubToken),
  }
}

/**
 * What a measuring run is asked for, as one validated object from either reader: the action's inputs
 * (action-inputs.ts) or `run`'s flags (cli/run-command.ts), as actions/checkout has one settings object from its
 * inputs. Each reader gives the text as the user wrote it and says how a value outside the choices is refused (an
 * input and a flag are named differently); the defaults are applied here, once.
 */
import { accessSync, constants, statSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import { ioReason } from '../errors.js'
import { DEFAULT_CONFIG_GLOB, splitGlobList } from './glob.js'
import {
  CLUSTER_KINDS,
  defaultRequirement,
  MESHES,
  PROFILES,
  REQUIREMENTS,
  VERIFY_POLICIES,
  type ClusterKind,
  type MeshName,
  type Profile,
  type Requirement,
  type VerifyPolicy,
} from '../vocabulary.js'

/** Where the kubeconfig of an existing cluster comes from: the action's input holds it, the CLI names a file. */
export type KubeconfigSource = { content: string } | { path: string }

export interface RunSettings {
  /** The mesh under test; null: detected from the configuration. */
  mesh: MeshName | null
  /** Null: the mesh's version pinned for this release (or the gate config's mesh.version). */
  meshVersion: string | null
  /** How downloads without a pinned digest are verified; null: the gate config's mesh.verify, else published. */
  verify: VerifyPolicy | null
  /** The user's install values/overlay (CLI only; the action takes the gate config's mesh.values). */
  meshValuesPath: string | null
  /**
   * The mesh's CLI already on the runner (absolute), run instead of the pinned download: a fact of the runner, not of
   * the repository, so not in the gate config. Null: the pinned release is downloaded and verified.
   */
  meshCliPath: string | null
  /** Globs of the mesh configuration in the repository. */
  configPaths: string[]
  profile: Profile
  cluster: ClusterKind
  /** eks: an eksctl ClusterConfig; gke: the cluster settings file. */
  clusterConfigPath: string | null
  /** existing: the cluster's kubeconfig; null: KUBECONFIG. */
  kubeconfig: KubeconfigSource | null
  /** The base branch's ref for the same-run baseline; null: the action's default, or (CLI) the head alone. */
  baseRef: string | null
  /** The weakest mTLS mode every workload must have; `none` requires none. */
  requireMtls: Requirement
}

/** The defaults of the choices that have one of their own (require's depends on the mesh: defaultRequirement). */
export const RUN_DEFAULTS = {
  profile: 'quick',
  cluster: 'kind',
  configPaths: DEFAULT_CONFIG_GLOB,
} as const satisfies { profile: Profile; cluster: ClusterKind; configPaths: string }

/** The user's text for each choice, null when not given (a repeatable one as a list). */
export interface RunChoices {
  mesh: string | null
  meshVersion: string | null
  verify: string | null
  meshValues: string | null
  meshCli: string | null
  configPaths: string[] | null
  profile: string | null
  cluster: string | null
  clusterConfig: string | null
  kubeconfig: string | null
  baseRef: string | null
  require: string | null
}

/** Returns `value` when it is among `allowed`, else throws the reader's own message naming the input or flag. */
export type Choose = <T extends string>(choice: keyof RunChoices, value: string, allowed: readonly T[]) => T

/** How a reader speaks of its choices in a refusal: their names (`--mesh-cli`, `the input 'mesh-cli'`) and its error. */
export interface Refusals {
  name(choice: keyof RunChoices): string
  error(message: string): Error
}

export function runSettings(
  given: RunChoices,
  choose: Choose,
  kubeconfig: 'content' | 'path',
  refusals: Refusals,
): RunSettings {
  const pick = <T extends string>(choice: keyof RunChoices, allowed: readonly T[], fallback: T): T => {
    const value = given[choice] as string | null
    return value === null ? fallback : choose(choice, value, allowed)
  }
  const mesh = given.mesh === null ? null : choose('mesh', given.mesh, MESHES)
  return {
    mesh,
    meshVersion: given.meshVersion,
    verify: given.verify === null ? null : choose('verify', given.verify, VERIFY_POLICIES),
    meshValuesPath: given.meshValues,
    meshCliPath: given.meshCli === null ? null : meshCliPath(given.meshCli, mesh, refusals),
    configPaths: (given.configPaths ?? [RUN_DEFAULTS.configPaths]).flatMap(splitGlobList),
    profile: pick('profile', PROFILES, RUN_DEFAULTS.profile),
    cluster: pick('cluster', CLUSTER_KINDS, RUN_DEFAULTS.cluster),
    clusterConfigPath: given.clusterConfig,
    kubeconfig:
      given.kubeconfig === null
        ? null
        : kubeconfig === 'content'
          ? { content: given.kubeconfig }
          : { path: given.kubeconfig },
    baseRef: given.baseRef,
    requireMtls: pick('require', REQUIREMENTS, defaultRequirement(mesh)),
  }
}

/**
 * The user's mesh CLI, refused before any download or cluster unless it can run: an executable regular file (a
 * symbolic link to one too), and a mesh to run it for. Resolved here, so that what was checked is what runs, whatever
 * the runner's PATH holds: a bare `istioctl` names a file in the working folder, as any path does.
 */
function meshCliPath(given: string, mesh: MeshName | null, refusals: Refusals): string {
  const { name, error } = refusals
  if (mesh === 'none')
    throw error(
      `${name('meshCli')} is given, but ${name('mesh')} is 'none': no mesh is installed, so there is no mesh CLI to run`,
    )
  const reason = whyNotRunnable(given)
  if (reason) throw error(`cannot run the mesh CLI given by ${name('meshCli')} ('${given}'): ${reason}`)
  return resolve(given)
}

/** Why `path` cannot run as a program, or null when it can. */
function whyNotRunnable(path: string): string | null {
  let st
  try {
    st = statSync(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return ioReason(e)
    return path.includes('/') || path.includes(sep)
      ? 'no such file'
      : 'no such file in the working folder (give the path of the binary, as `command -v` prints it)'
  }
  if (st.isDirectory()) return 'a directory, not an executable file'
  if (!st.isFile()) return 'not a regular file'
  try {
    accessSync(path, constants.X_OK)
  } catch {
    return `not executable (mode ${(st.mode & 0o777).toString(8).padStart(4, '0')})`
  }
  return null
}

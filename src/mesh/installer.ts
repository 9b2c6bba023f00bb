/**
 * Mesh installers behind one interface: Istio (sidecar), Istio ambient, Linkerd and Cilium (mutual authentication
 * via SPIRE, WireGuard). Each uses its project's own CLI at a pinned, checksummed version, installs with explicit
 * readiness checks (watch-based waits plus the CLI's own health check), and reports the fingerprint that goes into
 * the results: mesh, version, profile.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { InputError, ioReason } from '../errors.js'
import { connect } from '../k8s/client.js'
import type { MetadataMarks, SourcedValues } from '../k8s/objects.js'
import type { ClusterTarget } from '../k8s/target.js'
import type { ToolStore } from '../tools/download.js'
import type { CommandRunner } from '../tools/exec.js'
import { installTool, type Platform, type ToolPin } from '../tools/pins.js'
import type { Plan } from '../tools/plan.js'
import type { MeshName } from '../vocabulary.js'
import { kubeOps, type KubeOps } from './kube-ops.js'

/** Goes into the results fingerprint (`fingerprint.mesh`). */
export interface MeshFingerprint {
  name: MeshName
  version: string
  /**
   * `default`, `ambient`, `spire-mutual-auth, encryption: wireguard`; `+values:<sha256 prefix>` when the user's values
   * applied. Cilium's names the encryption the agents run, and the requested one too when they differ.
   */
  profile: string
  /** The data plane's transparent encryption, where the mesh has one to choose (Cilium). */
  encryption?: MeshEncryption
}

/** The encryption an install asked for and the one its agents run: never one taken for the other. */
export interface MeshEncryption {
  /** What the install's values asked for: `wireguard`, `ipsec`, `ztunnel`, or `none`. */
  requested: string
  /** What each node's agent runs (`wireguard`, `ipsec`, `none`), as it publishes it; null when it was not read. */
  nodes: Array<{ node: string; encryption: string }> | null
  /** The nodes' one encryption, `mixed` when they differ; null when not read. */
  ran: string | null
}

/** The one interface of the mesh stage: what the pipeline, the plan and the tests use. */
export interface MeshInstaller {
  readonly mesh: MeshName
  /** Where the mesh's node-level data plane runs: sampled with the gate's pods (sidecars are in the gate's). */
  readonly systemNamespaces: readonly string[]
  /** Downloads, commands and notes for the dry-run plan; needs no cluster. */
  describe(): Plan
  /** Installs and waits until the mesh is ready; returns the fingerprint of what runs. */
  install(): Promise<MeshFingerprint>
  /** What will be (or was) installed. */
  fingerprint(): MeshFingerprint
  /**
   * Re-installs the running mesh in place with another values file (undefined: none) and waits until its data plane
   * runs it; returns the fingerprint of what then runs. The run calls it at each switch between sides whose values
   * differ. Absent: the mesh cannot, and such a values change is not measured (one installation for both sides).
   */
  reconfigure?(valuesPath: string | undefined): Promise<MeshFingerprint>
  /** The downloads, commands and notes of `reconfigure(valuesPath)`, for the plan; present exactly when it is. */
  describeReconfigure?(valuesPath: string | undefined): Plan
}

/** An installer that can re-install its mesh with each side's values. */
export type ReconfigurableInstaller = MeshInstaller &
  Required<Pick<MeshInstaller, 'reconfigure' | 'describeReconfigure'>>

export function canReconfigure(installer: MeshInstaller): installer is ReconfigurableInstaller {
  return typeof installer.reconfigure === 'function' && typeof installer.describeReconfigure === 'function'
}

/**
 * What the pipeline needs to know of a mesh besides installing it, and how to make its installer: one per mesh,
 * registered in `INSTALLERS` (install.ts), so a new mesh's setup is asked for by the compiler.
 */
export interface MeshSetup {
  /** How the gate's namespace (the Fortio server and client) joins the mesh. */
  enrol: MetadataMarks
  /** How the plaintext probe's namespace stays out, where the mesh would otherwise take it in. */
  exclude: MetadataMarks
  /**
   * The data plane's container names: sidecars that serve their pod (`proxy`, native-sidecar init containers keep
   * these names) and node-level agents that serve every meshed pod on their node (`node`).
   */
  containers: { proxy: readonly string[]; node: readonly string[] }
  /** The mesh is the cluster's CNI: a kind cluster is made without its default CNI and without kube-proxy. */
  replacesCni: boolean
  /** The mesh's CLI release that the installer downloads (its pin lives in the mesh's module); null: none. */
  cli: ToolPin | null
  /**
   * The gate's default Helm values, given to the install before the user's values (a later values file wins, key by
   * key), so the user may override each one: the run's mTLS prediction reads them first, as the install applies them.
   */
  defaultValues: Record<string, unknown>
  /**
   * The Helm values the install line sets whatever the user's values say (`--set` wins over `--values`), as a values
   * document: the run's mTLS prediction reads them after the user's, as the install applies them.
   */
  installValues: Record<string, unknown>
  /**
   * Refuses install values the installer would refuse (InputError naming file and field), given as the run applies
   * them (`defaultValues`, the user's, `installValues`): called before any cluster is made.
   */
  checkValues?(values: readonly SourcedValues[]): void
  create(ctx: MeshContext, options: MeshOptions): MeshInstaller
}

export interface MeshContext {
  runner: CommandRunner
  log: (line: string) => void
  warn: (line: string) => void
  store: ToolStore
  platform: Platform
  cluster: ClusterTarget
  /** Defaults to the foundation client on the cluster's kubeconfig. */
  kube?: KubeOps
}

export interface MeshOptions {
  /** The mesh version (`mesh-version`); defaults to the version pinned for this release. */
  version?: string
  /** The user's SHA-256 of the CLI asset (gate config mesh.cli-sha256); else the pin or the published checksum. */
  cliSha256?: string
  /** The user's install values from the repository: an IstioOperator overlay, Linkerd or Cilium Helm values. */
  valuesPath?: string
  /** The user's CLI binary (`mesh-cli`), run instead of downloading the pinned one; not verified. */
  cliPath?: string
  /** Bound on the whole install and each wait (default 10 minutes). */
  timeoutMs?: number
}

export const DEFAULT_INSTALL_TIMEOUT_MS = 600_000

/** Where the gate's default install values (`MeshSetup.defaultValues`, given before the user's) are said to come from. */
export const INSTALL_DEFAULTS_ORIGIN = '(the gate’s default install values)'

/** The mesh did not install or never became ready (exit code 5). */
export class MeshInstallError extends Error {
  override name = 'MeshInstallError'
}

export function kubeFor(ctx: MeshContext): KubeOps {
  return ctx.kube ?? kubeOps(connect(ctx.cluster.kubeconfigPath))
}

/** Reads the user's values file (refused with its path when missing) and a short digest for the fingerprint. */
export async function userValues(
  path: string | undefined,
): Promise<{ path: string; digest: string; text: string } | null> {
  if (!path) return null
  let text: Buffer
  try {
    text = await readFile(path)
  } catch (e) {
    throw new InputError(`cannot read the mesh install values: ${ioReason(e)}`, path)
  }
  return {
    path,
    digest: createHash('sha256').update(text).digest('hex').slice(0, 12),
    text: text.toString('utf8'),
  }
}

export function withValues(profile: string, values: { digest: string } | null): string {
  return values ? `${profile}+values:${values.digest}` : profile
}

export function durationFlag(ms: number): string {
  return `${Math.round(ms / 1000)}s`
}

/**
 * The mesh CLI to run: the user's binary (`cliPath`), else the release download, verified by SHA-256 (the pin, the
 * user's `cliSha256`, or the release's checksum file). `version` is the CLI's when it follows the mesh's version.
 */
export async function meshCli(
  pin: ToolPin,
  ctx: MeshContext,
  options: MeshOptions,
  version?: string,
): Promise<string> {
  if (options.cliPath) {
    // A reader of the job log must see that this binary was not the verified download (`tool … sha256` lines).
    ctx.log(
      `${pin.name}: running ${options.cliPath} (mesh-cli), as given: not downloaded, not verified by SHA-256, its version not checked against mesh-version`,
    )
    return options.cliPath
  }
  const override = { ...(version === undefined ? {} : { version }), sha256: options.cliSha256 }
  return (await installTool(pin, { store: ctx.store, platform: ctx.platform, override })).path
}

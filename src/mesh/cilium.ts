/**
 * Cilium with the pinned cilium-cli: `cilium install --version …` with mutual authentication through a SPIRE
 * server Cilium installs (`authentication.mutual.spire.enabled`, `authentication.mutual.spire.install.enabled`)
 * and WireGuard encryption (`encryption.enabled`, `encryption.type=wireguard`) — mutual authentication alone does
 * not encrypt. On kind it also replaces kube-proxy (the cluster was made without it). Then the gate's
 * watch-based waits and `cilium status --wait` as the final word. User Helm values go to `--values`.
 */
import { downloadSpecFor, type ToolPin } from '../tools/pins.js'
import type { Plan } from '../tools/plan.js'
import {
  DEFAULT_INSTALL_TIMEOUT_MS,
  durationFlag,
  kubeFor,
  MeshInstallError,
  setValuesDocument,
  userValues,
  withValues,
  type MeshContext,
  type MeshFingerprint,
  type MeshInstaller,
  type MeshOptions,
  type MeshSetup,
  meshCli,
} from './installer.js'
import { parseCiliumStatus } from './outputs.js'

/**
 * cilium-cli v0.19.7, the project's stable.txt ("Update stable release to v0.19.7", cilium/cilium-cli#3280). Its
 * version is the CLI's own, not Cilium's (DEFAULT_CILIUM_VERSION below). Verified by the checksum file
 * `cilium-linux-<arch>.tar.gz.sha256sum`, checked with `sha256sum --check` in Cilium's install docs.
 */
export const CILIUM_CLI_PIN: ToolPin = {
  name: 'cilium',
  version: 'v0.19.7',
  url: (p, v) => `https://github.com/cilium/cilium-cli/releases/download/${v}/cilium-${p}.tar.gz`,
  checksumUrl: (p, v) =>
    `https://github.com/cilium/cilium-cli/releases/download/${v}/cilium-${p}.tar.gz.sha256sum`,
  sha256: { 'linux-amd64': null, 'linux-arm64': null },
  archive: 'tar.gz',
  binary: 'cilium',
}

/** The Cilium release installed by default (the agent; cilium-cli is pinned by CILIUM_CLI_PIN above). */
export const DEFAULT_CILIUM_VERSION = '1.19.5'
export const CILIUM_PROFILE = 'spire-mutual-auth+wireguard'
export const CILIUM_NAMESPACE = 'kube-system'
export const SPIRE_NAMESPACE = 'cilium-spire'

/** Helm values names as in Cilium's Helm reference. */
export const MUTUAL_AUTH_WIREGUARD_VALUES = [
  'authentication.mutual.spire.enabled=true',
  'authentication.mutual.spire.install.enabled=true',
  'encryption.enabled=true',
  'encryption.type=wireguard',
] as const

export class CiliumInstaller implements MeshInstaller {
  readonly mesh = 'cilium' as const
  readonly systemNamespaces = [CILIUM_NAMESPACE, SPIRE_NAMESPACE]
  private readonly version: string
  private valuesDigest: string | null = null

  constructor(
    private readonly ctx: MeshContext,
    private readonly options: MeshOptions = {},
  ) {
    this.version = (options.version ?? DEFAULT_CILIUM_VERSION).replace(/^v/, '')
  }

  private timeout(): number {
    return this.options.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS
  }

  installArgs(): string[] {
    const net = this.ctx.cluster.network
    const sets: string[] = [...MUTUAL_AUTH_WIREGUARD_VALUES]
    if (!net.kubeProxy) {
      if (!net.apiServer)
        throw new MeshInstallError(
          'cilium: the cluster has no kube-proxy but no API server address was given',
        )
      sets.push(
        'kubeProxyReplacement=true',
        `k8sServiceHost=${net.apiServer.host}`,
        `k8sServicePort=${net.apiServer.port}`,
      )
    }
    return [
      'install',
      '--version',
      this.version,
      ...sets.flatMap((s) => ['--set', s]),
      ...(this.options.valuesPath ? ['--values', this.options.valuesPath] : []),
      '--kubeconfig',
      this.ctx.cluster.kubeconfigPath,
    ]
  }

  statusArgs(): string[] {
    return [
      'status',
      '--wait',
      '--wait-duration',
      durationFlag(this.timeout()),
      '--interactive=false',
      '--kubeconfig',
      this.ctx.cluster.kubeconfigPath,
    ]
  }

  describe(): Plan {
    const cli = this.options.cliPath ?? 'cilium'
    return {
      downloads: this.options.cliPath
        ? []
        : [downloadSpecFor(CILIUM_CLI_PIN, this.ctx.platform, { sha256: this.options.cliSha256 })],
      files: [],
      commands: [
        {
          command: cli,
          args: this.installArgs(),
          why: `install Cilium ${this.version} with SPIRE mutual authentication and WireGuard`,
        },
        { command: cli, args: this.statusArgs(), why: 'Cilium’s own readiness check' },
      ],
      notes: [
        `wait (watch, ≤ ${durationFlag(this.timeout())}) for daemonsets ${CILIUM_NAMESPACE}/cilium and ${SPIRE_NAMESPACE}/spire-agent, deployment ${CILIUM_NAMESPACE}/cilium-operator`,
        'cilium-cli takes the Cilium Helm chart for this version from its own embedded copy or Cilium’s chart repository',
        ...(this.options.valuesPath ? [`the user's Helm values ${this.options.valuesPath}`] : []),
      ],
    }
  }

  async install(): Promise<MeshFingerprint> {
    const { runner, log } = this.ctx
    const values = await userValues(this.options.valuesPath)
    this.valuesDigest = values?.digest ?? null
    const cilium = await meshCli(CILIUM_CLI_PIN, this.ctx, this.options)
    const started = Date.now()
    await runner.run(cilium, this.installArgs(), { timeoutMs: this.timeout() })
    const kube = kubeFor(this.ctx)
    await kube.waitForDaemonSet(CILIUM_NAMESPACE, 'cilium', this.timeout())
    await kube.waitForDeployment(CILIUM_NAMESPACE, 'cilium-operator', this.timeout())
    await kube.waitForDaemonSet(SPIRE_NAMESPACE, 'spire-agent', this.timeout())
    const status = await runner.run(cilium, this.statusArgs(), {
      timeoutMs: this.timeout() + 60_000,
      allowFailure: true,
    })
    const parsed = parseCiliumStatus(status.stdout)
    if (status.exitCode !== 0 || !parsed.ok)
      throw new MeshInstallError(
        `cilium status failed (exit ${status.exitCode}): ${parsed.errors.join('; ') || status.stderr.trim() || JSON.stringify(parsed.components)}`,
      )
    log(
      `cilium: ${this.version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${Object.entries(
        parsed.components,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
    )
    return this.fingerprint()
  }

  fingerprint(): MeshFingerprint {
    return {
      name: 'cilium',
      version: this.version,
      profile: withValues(CILIUM_PROFILE, this.valuesDigest ? { digest: this.valuesDigest } : null),
    }
  }
}

export const CILIUM_SETUP: MeshSetup = {
  // Cilium enforces per endpoint from the policies themselves; the namespace needs nothing.
  enrol: { labels: {}, annotations: {} },
  exclude: { labels: {}, annotations: {} },
  containers: { proxy: [], node: ['cilium-agent', 'cilium-envoy', 'spire-agent'] },
  // It replaces kube-proxy too (see the module comment).
  replacesCni: true,
  cli: CILIUM_CLI_PIN,
  // WireGuard and SPIRE whatever the user's values say: the prediction must not assume encryption off.
  installValues: setValuesDocument(MUTUAL_AUTH_WIREGUARD_VALUES),
  create: (ctx, options) => new CiliumInstaller(ctx, options),
}

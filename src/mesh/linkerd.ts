/**
 * Linkerd with the pinned CLI: the Gateway API CRDs it requires (installed by `linkerd install --crds --set
 * installGatewayAPI=true` only when the cluster has none, so a cluster's own Gateway API is left alone), then
 * `linkerd install --crds`, `linkerd install` (each applied by the gate's server-side apply, CRDs waited for until
 * Established), watch-based waits for the control plane, and `linkerd check` as the final word. User Helm values
 * from the repository go to `linkerd install --values`.
 */
import { downloadSpecFor, type ToolPin } from '../tools/pins.js'
import type { Plan } from '../tools/plan.js'
import {
  DEFAULT_INSTALL_TIMEOUT_MS,
  durationFlag,
  kubeFor,
  MeshInstallError,
  userValues,
  withValues,
  type MeshContext,
  type MeshFingerprint,
  type MeshInstaller,
  type MeshOptions,
  type MeshSetup,
  meshCli,
} from './installer.js'
import { parseLinkerdCheck } from './outputs.js'

export const LINKERD_NAMESPACE = 'linkerd'

/**
 * The Linkerd CLI edge-26.9.1, whose version is also the Linkerd installed by default: the newest edge release
 * (2026-09-04) listed from github.com/linkerd/linkerd2/releases; open-source Linkerd ships edge releases only. Verified
 * by the checksum file `linkerd2-cli-<v>-linux-<arch>.sha256`, which holds the bare digest (the project's install
 * script compares the whole file: run.linkerd.io/install-edge).
 */
export const LINKERD_CLI_PIN: ToolPin = {
  name: 'linkerd',
  version: 'edge-26.9.1',
  url: (p, v) => `https://github.com/linkerd/linkerd2/releases/download/${v}/linkerd2-cli-${v}-${p}`,
  checksumUrl: (p, v) =>
    `https://github.com/linkerd/linkerd2/releases/download/${v}/linkerd2-cli-${v}-${p}.sha256`,
  sha256: { 'linux-amd64': null, 'linux-arm64': null },
  archive: 'binary',
  binary: 'linkerd',
}
export const LINKERD_DEPLOYMENTS = [
  'linkerd-identity',
  'linkerd-destination',
  'linkerd-proxy-injector',
] as const
export const GATEWAY_API_CRD = 'httproutes.gateway.networking.k8s.io'

export class LinkerdInstaller implements MeshInstaller {
  readonly mesh = 'linkerd' as const
  readonly systemNamespaces = [LINKERD_NAMESPACE]
  private readonly version: string
  private valuesDigest: string | null = null

  constructor(
    private readonly ctx: MeshContext,
    private readonly options: MeshOptions = {},
  ) {
    this.version = options.version ?? LINKERD_CLI_PIN.version
  }

  private timeout(): number {
    return this.options.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS
  }

  private kubeconfig(): string[] {
    return ['--kubeconfig', this.ctx.cluster.kubeconfigPath]
  }

  crdsArgs(installGatewayApi: boolean): string[] {
    return [
      'install',
      '--crds',
      ...(installGatewayApi ? ['--set', 'installGatewayAPI=true'] : []),
      ...this.kubeconfig(),
    ]
  }

  controlPlaneArgs(): string[] {
    return [
      'install',
      ...(this.options.valuesPath ? ['--values', this.options.valuesPath] : []),
      ...this.kubeconfig(),
    ]
  }

  checkArgs(): string[] {
    return ['check', '--wait', durationFlag(this.timeout()), ...this.kubeconfig()]
  }

  describe(): Plan {
    const cli = this.options.cliPath ?? 'linkerd'
    return {
      downloads: this.options.cliPath
        ? []
        : [
            downloadSpecFor(LINKERD_CLI_PIN, this.ctx.platform, {
              version: this.version,
              sha256: this.options.cliSha256,
            }),
          ],
      files: [],
      commands: [
        {
          command: cli,
          args: this.crdsArgs(true),
          why: `Linkerd's CRDs (with the Gateway API CRDs only when the cluster has no ${GATEWAY_API_CRD}); applied with server-side apply`,
        },
        {
          command: cli,
          args: this.controlPlaneArgs(),
          why: `Linkerd ${this.version} control plane; applied with server-side apply`,
        },
        { command: cli, args: this.checkArgs(), why: 'Linkerd’s own health checks' },
      ],
      notes: [
        'CRDs are waited for until Established (watch)',
        `wait (watch, ≤ ${durationFlag(this.timeout())}) for deployments ${LINKERD_DEPLOYMENTS.map((d) => `${LINKERD_NAMESPACE}/${d}`).join(', ')}`,
        ...(this.options.valuesPath ? [`the user's Helm values ${this.options.valuesPath}`] : []),
        'linkerd install generates the trust anchor and issuer certificates for this throw-away cluster',
      ],
    }
  }

  async install(): Promise<MeshFingerprint> {
    const { runner, log } = this.ctx
    const values = await userValues(this.options.valuesPath)
    this.valuesDigest = values?.digest ?? null
    const linkerd = await meshCli(LINKERD_CLI_PIN, this.ctx, this.options, this.version)
    const started = Date.now()
    const kube = kubeFor(this.ctx)
    const hasGatewayApi = await kube.crdExists(GATEWAY_API_CRD)
    if (!hasGatewayApi)
      log(`linkerd: the cluster has no Gateway API (${GATEWAY_API_CRD}); Linkerd's CRDs bring it`)
    const crds = await runner.run(linkerd, this.crdsArgs(!hasGatewayApi), {
      timeoutMs: 120_000,
      quiet: false,
    })
    const n1 = await kube.applyManifests(crds.stdout, 'linkerd install --crds', this.timeout())
    const cp = await runner.run(linkerd, this.controlPlaneArgs(), { timeoutMs: 120_000 })
    const n2 = await kube.applyManifests(cp.stdout, 'linkerd install', this.timeout())
    log(`linkerd: applied ${n1} CRD objects and ${n2} control-plane objects`)
    for (const d of LINKERD_DEPLOYMENTS) await kube.waitForDeployment(LINKERD_NAMESPACE, d, this.timeout())
    const check = await runner.run(linkerd, this.checkArgs(), {
      timeoutMs: this.timeout() + 60_000,
      allowFailure: true,
    })
    const result = parseLinkerdCheck(check.stdout)
    if (check.exitCode !== 0 || !result.ok)
      throw new MeshInstallError(
        `linkerd check failed (exit ${check.exitCode}): ${result.failures.join('; ') || check.stderr.trim() || 'no result'}`,
      )
    for (const w of result.warnings) this.ctx.warn(`linkerd check: ${w}`)
    log(
      `linkerd: ${this.version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${result.checks} checks passed)`,
    )
    return this.fingerprint()
  }

  fingerprint(): MeshFingerprint {
    return {
      name: 'linkerd',
      version: this.version,
      profile: withValues('default', this.valuesDigest ? { digest: this.valuesDigest } : null),
    }
  }
}

export const LINKERD_SETUP: MeshSetup = {
  // An annotation: `linkerd.io/inject` as a label does nothing. The proxy injector adds `linkerd-proxy`.
  enrol: { labels: {}, annotations: { 'linkerd.io/inject': 'enabled' } },
  exclude: { labels: {}, annotations: {} },
  containers: { proxy: ['linkerd-proxy'], node: [] },
  replacesCni: false,
  cli: LINKERD_CLI_PIN,
  defaultValues: {},
  installValues: {},
  create: (ctx, options) => new LinkerdInstaller(ctx, options),
}

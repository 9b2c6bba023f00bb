/**
 * Istio, sidecar (`profile=default`) or ambient (`profile=ambient`), installed with the pinned istioctl:
 * `istioctl install --set profile=… -y`, then the gate's own watch-based waits for istiod (and for ambient the
 * ztunnel and istio-cni-node DaemonSets), then `istioctl version` to read what really runs. A user overlay
 * (IstioOperator) from the repository is passed with `-f`.
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
import { parseIstioctlVersion } from './outputs.js'

export const ISTIO_NAMESPACE = 'istio-system'

/**
 * istioctl 1.30.4, whose version is also the Istio installed by default: istio.io's "1.30.x Releases" page lists
 * 1.30.4 (2026-08-27) as the newest patch. No digest pinned from here: the checksum file
 * `istioctl-<v>-linux-<arch>.tar.gz.sha256` (`sha256sum` format) published with the release verifies it.
 */
export const ISTIOCTL_PIN: ToolPin = {
  name: 'istioctl',
  version: '1.30.4',
  url: (p, v) => `https://github.com/istio/istio/releases/download/${v}/istioctl-${v}-${p}.tar.gz`,
  checksumUrl: (p, v) =>
    `https://github.com/istio/istio/releases/download/${v}/istioctl-${v}-${p}.tar.gz.sha256`,
  sha256: { 'linux-amd64': null, 'linux-arm64': null },
  archive: 'tar.gz',
  binary: 'istioctl',
}

export class IstioInstaller implements MeshInstaller {
  readonly mesh: 'istio' | 'istio-ambient'
  readonly systemNamespaces = [ISTIO_NAMESPACE]
  private readonly version: string
  private observedVersion: string | null = null
  private valuesDigest: string | null = null

  constructor(
    private readonly ctx: MeshContext,
    private readonly ambient: boolean,
    private readonly options: MeshOptions = {},
  ) {
    this.mesh = ambient ? 'istio-ambient' : 'istio'
    this.version = options.version ?? ISTIOCTL_PIN.version
  }

  private get profile(): string {
    return this.ambient ? 'ambient' : 'default'
  }

  private timeout(): number {
    return this.options.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS
  }

  installArgs(): string[] {
    return [
      'install',
      '--kubeconfig',
      this.ctx.cluster.kubeconfigPath,
      '--set',
      `profile=${this.profile}`,
      ...(this.options.valuesPath ? ['-f', this.options.valuesPath] : []),
      '--readiness-timeout',
      durationFlag(this.timeout()),
      '-y',
    ]
  }

  describe(): Plan {
    const cli = this.options.cliPath ?? 'istioctl'
    return {
      downloads: this.options.cliPath
        ? []
        : [
            downloadSpecFor(ISTIOCTL_PIN, this.ctx.platform, {
              version: this.version,
              sha256: this.options.cliSha256,
            }),
          ],
      files: [],
      commands: [
        {
          command: cli,
          args: this.installArgs(),
          why: `install Istio ${this.version}, profile ${this.profile}`,
        },
        {
          command: cli,
          args: ['version', '--kubeconfig', this.ctx.cluster.kubeconfigPath],
          why: 'read the control plane version that runs',
        },
      ],
      notes: [
        `wait (watch, ≤ ${durationFlag(this.timeout())}) for deployment ${ISTIO_NAMESPACE}/istiod to roll out`,
        ...(this.ambient
          ? [
              `wait (watch) for daemonsets ${ISTIO_NAMESPACE}/ztunnel and ${ISTIO_NAMESPACE}/istio-cni-node to roll out`,
            ]
          : []),
        ...(this.options.valuesPath ? [`the user's IstioOperator overlay ${this.options.valuesPath}`] : []),
        'Istio’s images are pulled by the cluster from Istio’s registry at the version above',
      ],
    }
  }

  async install(): Promise<MeshFingerprint> {
    const { runner, log, warn } = this.ctx
    const values = await userValues(this.options.valuesPath)
    this.valuesDigest = values?.digest ?? null
    const istioctl = await meshCli(ISTIOCTL_PIN, this.ctx, this.options, this.version)
    const started = Date.now()
    await runner.run(istioctl, this.installArgs(), { timeoutMs: this.timeout() + 60_000 })
    const kube = kubeFor(this.ctx)
    await kube.waitForDeployment(ISTIO_NAMESPACE, 'istiod', this.timeout())
    if (this.ambient) {
      await kube.waitForDaemonSet(ISTIO_NAMESPACE, 'ztunnel', this.timeout())
      await kube.waitForDaemonSet(ISTIO_NAMESPACE, 'istio-cni-node', this.timeout())
    }
    const version = parseIstioctlVersion(
      (
        await runner.run(istioctl, ['version', '--kubeconfig', this.ctx.cluster.kubeconfigPath], {
          timeoutMs: 60_000,
        })
      ).stdout,
    )
    // `istioctl version` asks istiod itself (through a port-forward), which a network policy or a cluster without
    // pod networking for the API server can prevent; the istiod image the rollout just completed tells the same.
    const controlPlane =
      version.controlPlane ?? imageTag(await kube.deploymentImages(ISTIO_NAMESPACE, 'istiod'))
    if (!controlPlane)
      throw new MeshInstallError(
        `istio: neither istioctl version nor the istiod image shows a control plane version`,
      )
    if (!version.controlPlane)
      warn(
        `istio: istioctl version could not reach istiod; the version ${controlPlane} is read from the istiod image`,
      )
    this.observedVersion = controlPlane
    if (controlPlane !== this.version)
      warn(`istio: asked for ${this.version}, the control plane reports ${controlPlane}`)
    log(`istio: ${this.mesh} ${controlPlane} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return this.fingerprint()
  }

  fingerprint(): MeshFingerprint {
    return {
      name: this.mesh,
      version: this.observedVersion ?? this.version,
      profile: withValues(this.profile, this.valuesDigest ? { digest: this.valuesDigest } : null),
    }
  }
}

/** `docker.io/istio/pilot:1.28.0` (or `...@sha256:...`) → `1.28.0`; null without a tag. */
export function imageTag(images: readonly string[]): string | null {
  const image = images[0]?.split('@')[0]
  const colon = image?.lastIndexOf(':') ?? -1
  return image && colon > image.lastIndexOf('/') ? image.slice(colon + 1) : null
}

/**
 * Sidecar: a namespace label makes the injector add `istio-proxy` to its pods; the probe's namespace says
 * `disabled`, so a revision-based or default injection leaves it alone. Ambient: the namespace label puts its pods
 * into ztunnel's data plane (node agents: ztunnel and the istio-cni node agent), no label leaves them out.
 */
function istioSetup(ambient: boolean): MeshSetup {
  return {
    enrol: ambient
      ? { labels: { 'istio.io/dataplane-mode': 'ambient' }, annotations: {} }
      : { labels: { 'istio-injection': 'enabled' }, annotations: {} },
    exclude: ambient
      ? { labels: {}, annotations: {} }
      : { labels: { 'istio-injection': 'disabled' }, annotations: {} },
    containers: { proxy: ['istio-proxy'], node: ['ztunnel', 'install-cni', 'istio-cni-node'] },
    replacesCni: false,
    cli: ISTIOCTL_PIN,
    defaultValues: {},
    installValues: {},
    create: (ctx, options) => new IstioInstaller(ctx, ambient, options),
  }
}

export const ISTIO_SETUP = istioSetup(false)
export const ISTIO_AMBIENT_SETUP = istioSetup(true)

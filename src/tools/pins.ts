/**
 * The versions and SHA-256 digests of every binary the gate downloads. A digest is pinned here, in the source,
 * rather than fetched next to the file: a checksum downloaded from the same place as the thing it checks proves
 * only that the two arrived together. Changing what the gate runs takes a commit.
 *
 * Where each value was verified (stored copies of public material, looked up when pinning):
 * - kind v0.33.0: linux-amd64 `aee61515…8d0e`, linux-arm64 `20022bee…67a2`, the same values in several
 *   independent projects that pin kind v0.33.0 from its `.sha256sum` release files (amd64 in five, arm64 in
 *   four). Node images: kind v0.33.0 release notes, "Images pre-built for this release" (quoted in full in
 *   polarsquad/krops#112).
 * - istioctl 1.28.0, Linkerd edge-25.5.2 (linux-arm64), cilium-cli v0.19.5 (linux-amd64): NO digest could be
 *   verified from here. They are `null`, and `downloadVerified` refuses to download a tool without a digest. They
 *   MUST be filled in at release from the projects' published checksum files (istio: `<asset>.sha256`; Linkerd:
 *   `<asset>.sha256`; cilium-cli: `<asset>.sha256sum`) — or given per run through `ToolOverride.sha256`.
 * - Linkerd edge-25.5.2 linux-amd64 `55e7721a…83cb`: one source (a conda-forge recipe pinning that asset).
 * - cilium-cli v0.19.5 linux-arm64 `5498defa…eb25`: one source (a lab config pinning that asset).
 */
import { chmod, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError, UnverifiedDownloadError } from '../errors.js'
import { downloadVerified, type DownloadOptions, type DownloadSpec } from './download.js'
import type { CommandRunner } from './exec.js'

export type Platform = 'linux-amd64' | 'linux-arm64'
export type ToolName = 'kind' | 'istioctl' | 'linkerd' | 'cilium'

export interface ToolPin {
  name: ToolName
  version: string
  /** The release asset for a platform. */
  url: (platform: Platform, version: string) => string
  sha256: Record<Platform, string | null>
  /** A bare executable, or a .tar.gz holding `binary` at its root. */
  archive: 'binary' | 'tar.gz'
  binary: string
}

export const PINS: Record<ToolName, ToolPin> = {
  kind: {
    name: 'kind',
    version: 'v0.33.0',
    url: (p, v) => `https://github.com/kubernetes-sigs/kind/releases/download/${v}/kind-${p}`,
    sha256: {
      'linux-amd64': 'aee6151561422756b764a4ae28e7f44cda5af5a9eead3cc9985112b1de8d8e0d',
      'linux-arm64': '20022bee6cfcd5086cb7234d218e3454e6090022f2a8f55d1fa7fcf42c3867a2',
    },
    archive: 'binary',
    binary: 'kind',
  },
  istioctl: {
    name: 'istioctl',
    version: '1.28.0',
    url: (p, v) => `https://github.com/istio/istio/releases/download/${v}/istioctl-${v}-${p}.tar.gz`,
    // TODO(release): fill in from istioctl-1.28.0-linux-{amd64,arm64}.tar.gz.sha256 (not verifiable here).
    sha256: { 'linux-amd64': null, 'linux-arm64': null },
    archive: 'tar.gz',
    binary: 'istioctl',
  },
  linkerd: {
    name: 'linkerd',
    version: 'edge-25.5.2',
    url: (p, v) => `https://github.com/linkerd/linkerd2/releases/download/${v}/linkerd2-cli-${v}-${p}`,
    sha256: {
      'linux-amd64': '55e7721ab0eb48217f239628b55517b7d663a962df18cdab180e5d42e45f83cb',
      // TODO(release): fill in from linkerd2-cli-edge-25.5.2-linux-arm64.sha256 (not verifiable here).
      'linux-arm64': null,
    },
    archive: 'binary',
    binary: 'linkerd',
  },
  cilium: {
    name: 'cilium',
    version: 'v0.19.5',
    url: (p, v) => `https://github.com/cilium/cilium-cli/releases/download/${v}/cilium-${p}.tar.gz`,
    sha256: {
      // TODO(release): fill in from cilium-linux-amd64.tar.gz.sha256sum of v0.19.5 (not verifiable here).
      'linux-amd64': null,
      'linux-arm64': '5498defafc248160ca44a38be39f5ba090769ef112f9ec34a19e72dfa7e7eb25',
    },
    archive: 'tar.gz',
    binary: 'cilium',
  },
}

/** A per-run choice of another version; a version other than the pinned one needs its digest too. */
export interface ToolOverride {
  version?: string
  sha256?: string
}

export function currentPlatform(os: string = process.platform, arch: string = process.arch): Platform {
  if (os === 'linux' && arch === 'x64') return 'linux-amd64'
  if (os === 'linux' && arch === 'arm64') return 'linux-arm64'
  throw new InputError(
    `the gate downloads its tools for linux-amd64 and linux-arm64 only; this machine is ${os}-${arch}. ` +
      `Run it on Linux (a GitHub-hosted ubuntu runner, or a Linux VM), or use 'cluster: existing' from there`,
  )
}

export function downloadSpecFor(
  tool: ToolName,
  platform: Platform,
  override: ToolOverride = {},
): DownloadSpec {
  const pin = PINS[tool]
  const version = override.version ?? pin.version
  if (version !== pin.version && !override.sha256)
    throw new UnverifiedDownloadError(
      `${tool} ${version}: this release of the gate pins ${tool} ${pin.version}; for another version give its ` +
        `SHA-256 too (the digest from the project's published checksum file for ${pin.url(platform, version)})`,
    )
  return {
    name: tool,
    version,
    url: pin.url(platform, version),
    sha256: override.sha256 ?? pin.sha256[platform],
    executable: pin.archive === 'binary',
  }
}

export interface InstallToolOptions extends DownloadOptions {
  runner: CommandRunner
  platform: Platform
  override?: ToolOverride
}

/** Downloads (verified) and unpacks a tool; returns the path of its executable. */
export async function installTool(tool: ToolName, options: InstallToolOptions): Promise<string> {
  const pin = PINS[tool]
  const spec = downloadSpecFor(tool, options.platform, options.override)
  const file = await downloadVerified(spec, options)
  if (pin.archive === 'binary') {
    await chmod(file, 0o755)
    return file
  }
  const dir = join(options.store.scratch, `${tool}-${spec.version}-bin`)
  await mkdir(dir, { recursive: true })
  await options.runner.run('tar', ['-xzf', file, '-C', dir, pin.binary], { quiet: true })
  const binary = join(dir, pin.binary)
  await chmod(binary, 0o755)
  return binary
}

/**
 * The default version of every binary the gate downloads, where its release assets and checksum files are, and the
 * SHA-256 digests pinned in the source. A pinned digest wins; a version without one (any version a user names, and
 * the defaults below where no digest could be pinned from here) is verified against the checksum file the project
 * publishes with that release, unless `verify: pinned` asks for a pin (src/tools/download.ts).
 *
 * Defaults: the projects' current stable releases, looked up when this was written (December 2026):
 * - kind v0.33.0: the latest kind release ("kindest/node images: picking the version for your kind release",
 *   checked against kind v0.33.0's release notes, 2026-11-03). Pinned: linux-amd64 `aee61515…8d0e`, linux-arm64
 *   `20022bee…67a2`, the values of its `.sha256sum` release files as several independent projects pin them.
 * - istioctl 1.30.4: istio.io's "1.30.x Releases" page lists 1.30.4 (2026-08-27) as the newest patch; checksum file
 *   `istioctl-<v>-linux-<arch>.tar.gz.sha256` (`sha256sum` format).
 * - Linkerd edge-26.9.1: the newest edge release (2026-09-04) listed from github.com/linkerd/linkerd2/releases;
 *   open-source Linkerd ships edge releases only. Checksum file `linkerd2-cli-<v>-linux-<arch>.sha256`, which holds
 *   the bare digest (the project's install script compares the whole file: run.linkerd.io/install-edge).
 * - cilium-cli v0.19.7: the project's stable.txt ("Update stable release to v0.19.7", cilium/cilium-cli#3280);
 *   checksum file `cilium-linux-<arch>.tar.gz.sha256sum`, checked with `sha256sum --check` in Cilium's install docs.
 */
import { InputError } from '../errors.js'
import type { DownloadSpec, ToolStore, VerifiedTool } from './download.js'

export type Platform = 'linux-amd64' | 'linux-arm64'
export type ToolName = 'kind' | 'istioctl' | 'linkerd' | 'cilium'

export interface ToolPin {
  name: ToolName
  version: string
  /** The release asset for a platform. */
  url: (platform: Platform, version: string) => string
  /** The checksum file the project publishes beside that asset. */
  checksumUrl: (platform: Platform, version: string) => string
  /** SHA-256 pinned for `version`; null where none is pinned (the published checksum file serves). */
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
    checksumUrl: (p, v) =>
      `https://github.com/kubernetes-sigs/kind/releases/download/${v}/kind-${p}.sha256sum`,
    sha256: {
      'linux-amd64': 'aee6151561422756b764a4ae28e7f44cda5af5a9eead3cc9985112b1de8d8e0d',
      'linux-arm64': '20022bee6cfcd5086cb7234d218e3454e6090022f2a8f55d1fa7fcf42c3867a2',
    },
    archive: 'binary',
    binary: 'kind',
  },
  istioctl: {
    name: 'istioctl',
    version: '1.30.4',
    url: (p, v) => `https://github.com/istio/istio/releases/download/${v}/istioctl-${v}-${p}.tar.gz`,
    checksumUrl: (p, v) =>
      `https://github.com/istio/istio/releases/download/${v}/istioctl-${v}-${p}.tar.gz.sha256`,
    sha256: { 'linux-amd64': null, 'linux-arm64': null },
    archive: 'tar.gz',
    binary: 'istioctl',
  },
  linkerd: {
    name: 'linkerd',
    version: 'edge-26.9.1',
    url: (p, v) => `https://github.com/linkerd/linkerd2/releases/download/${v}/linkerd2-cli-${v}-${p}`,
    checksumUrl: (p, v) =>
      `https://github.com/linkerd/linkerd2/releases/download/${v}/linkerd2-cli-${v}-${p}.sha256`,
    sha256: { 'linux-amd64': null, 'linux-arm64': null },
    archive: 'binary',
    binary: 'linkerd',
  },
  cilium: {
    name: 'cilium',
    version: 'v0.19.7',
    url: (p, v) => `https://github.com/cilium/cilium-cli/releases/download/${v}/cilium-${p}.tar.gz`,
    checksumUrl: (p, v) =>
      `https://github.com/cilium/cilium-cli/releases/download/${v}/cilium-${p}.tar.gz.sha256sum`,
    sha256: { 'linux-amd64': null, 'linux-arm64': null },
    archive: 'tar.gz',
    binary: 'cilium',
  },
}

/** A per-run choice of another version, and the user's digest for it (gate config `mesh.cli-sha256`). */
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

/** What to download for `tool`: any version; the source's digest only for the version it was pinned for. */
export function downloadSpecFor(
  tool: ToolName,
  platform: Platform,
  override: ToolOverride = {},
): DownloadSpec {
  const pin = PINS[tool]
  const version = override.version ?? pin.version
  const pinned = version === pin.version ? pin.sha256[platform] : null
  const sha256 = override.sha256?.toLowerCase() ?? pinned
  return {
    name: tool,
    version,
    url: pin.url(platform, version),
    sha256,
    ...(sha256 ? { pinnedBy: override.sha256 ? ('user' as const) : ('source' as const) } : {}),
    checksumUrl: pin.checksumUrl(platform, version),
    archive: pin.archive,
    binary: pin.binary,
  }
}

/** Downloads (verified, once per run) and unpacks a tool; returns its executable and how it was verified. */
export async function installTool(
  tool: ToolName,
  options: { store: ToolStore; platform: Platform; override?: ToolOverride },
): Promise<VerifiedTool> {
  return options.store.fetch(downloadSpecFor(tool, options.platform, options.override))
}

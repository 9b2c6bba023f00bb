/**
 * How a pinned release binary is described and turned into a verified download: the shape of a pin (where a
 * project publishes its release assets and checksum files, and the SHA-256 digests pinned in the source), the
 * platforms the gate downloads for, and the rule that a pinned digest holds only for the version it was pinned for.
 *
 * Each pin lives with the stage that runs its tool, so that a new mesh's CLI is part of its installer and touches
 * nothing here: kind's in `cluster/kind.ts`, istioctl's in `mesh/istio.ts`, Linkerd's in `mesh/linkerd.ts`,
 * cilium-cli's in `mesh/cilium.ts` (each names the release it was taken from). A pinned digest wins; a version without
 * one (any version a user names, and the defaults where no digest could be pinned from here) is verified against the
 * checksum file the project publishes with that release, unless `verify: pinned` asks for a pin
 * (src/tools/download.ts).
 */
import { InputError } from '../errors.js'
import type { DownloadSpec, ToolStore, VerifiedTool } from './download.js'

export type Platform = 'linux-amd64' | 'linux-arm64'

export interface ToolPin {
  /** The tool's name, for the cache and for messages: `kind`. */
  name: string
  /** The default version: the release the digests below (if any) were pinned for. */
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

/** What to download for a pinned tool: any version; the source's digest only for the version it was pinned for. */
export function downloadSpecFor(pin: ToolPin, platform: Platform, override: ToolOverride = {}): DownloadSpec {
  const version = override.version ?? pin.version
  const pinned = version === pin.version ? pin.sha256[platform] : null
  const sha256 = override.sha256?.toLowerCase() ?? pinned
  return {
    name: pin.name,
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
  pin: ToolPin,
  options: { store: ToolStore; platform: Platform; override?: ToolOverride },
): Promise<VerifiedTool> {
  return options.store.fetch(downloadSpecFor(pin, options.platform, options.override))
}

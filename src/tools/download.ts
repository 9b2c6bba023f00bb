/**
 * Verified downloads of every binary the gate runs (kind, istioctl, linkerd, cilium). Fetching, unpacking and the
 * cache are @actions/tool-cache's (`downloadTool`, `extractTar`, `cacheFile`, `find`: the runner's tool cache in the
 * action, `~/.cache/mesh-mtls-gate/tools` for the CLI). What no library here does is decide which SHA-256 a file
 * must have and check it, so that is the hand-written part of this file:
 * - a digest pinned in the source (a `ToolPin`, src/tools/pins.ts) or given by the user (`mesh.cli-sha256`) wins;
 * - otherwise, under `verify: published` (the default), the checksum file the project publishes beside the asset
 *   of the same release (`<asset>.sha256sum` for kind and cilium-cli, `<asset>.sha256` for istioctl and Linkerd);
 * - under `verify: pinned`, a download without a pinned or given digest is refused.
 * Every file is hashed after the download and again on every use of the cache (a cache is not a reason to trust a
 * file), and the digest used, with where it came from, is logged, planned and recorded in the results.
 */
import * as tc from '@actions/tool-cache'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { chmod, mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { InputError, UnverifiedDownloadError } from '../errors.js'
import type { VerifyPolicy } from '../vocabulary.js'

export interface DownloadSpec {
  /** Tool name, for the cache and for messages: `kind`. */
  name: string
  version: string
  url: string
  /** Lower-case hex SHA-256 pinned in the source or given by the user; null: none. */
  sha256: string | null
  /** Where `sha256` came from. */
  pinnedBy?: 'source' | 'user'
  /** The checksum file the project publishes with this asset; null when it publishes none. */
  checksumUrl: string | null
  /** A bare executable, or a .tar.gz holding `binary` at its root. */
  archive: 'binary' | 'tar.gz'
  binary: string
}

/** How a download was verified: goes into the log, the plan and the results fingerprint. */
export interface VerifiedTool {
  name: string
  version: string
  url: string
  sha256: string
  /** `pinned`: in the source; `given`: by the user; `published`: the release's checksum file at `checksumUrl`. */
  verifiedBy: 'pinned' | 'given' | 'published'
  checksumUrl: string | null
  /** The executable. */
  path: string
}

/** A file whose SHA-256 is not the expected one: refused and deleted. */
export class ChecksumMismatchError extends Error {
  override name = 'ChecksumMismatchError'
  constructor(
    readonly spec: DownloadSpec,
    readonly expected: string,
    readonly actual: string,
    readonly from: string,
  ) {
    super(
      `${spec.name} ${spec.version}: ${spec.url} has SHA-256 ${actual}, but ${from} says ${expected}; refused ` +
        `and deleted. A release asset whose digest changed is not run`,
    )
  }
}

/** No digest could be established (verify: pinned without a pin, or no usable checksum file): exit code 3. */
export { UnverifiedDownloadError }

/** The server did not deliver the asset or its checksum file. */
export class DownloadError extends Error {
  override name = 'DownloadError'
}

const SHA256 = /^[0-9a-f]{64}$/

export function fileNameOf(spec: Pick<DownloadSpec, 'url' | 'name'>): string {
  return decodeURIComponent(new URL(spec.url).pathname.split('/').pop() || spec.name)
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}

/**
 * The digest for `fileName` in a checksum file: either the bare digest (Linkerd's `<asset>.sha256`) or
 * `sha256sum` lines, `<digest>  <name>` or `<digest> *<name>` (kind, cilium-cli, istioctl). With several lines,
 * the one naming the file; a digest for another file is not accepted.
 */
export function parseChecksumFile(text: string, fileName: string, url: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  const entries = lines.map((line) => {
    const m = /^([0-9a-fA-F]{64})(?:\s+\*?(.+))?$/.exec(line)
    return m ? { sha256: m[1].toLowerCase(), name: m[2]?.replace(/^\.\//, '') ?? null } : null
  })
  if (entries.length === 0 || entries.some((e) => e === null))
    throw new UnverifiedDownloadError(
      `${url} is not a checksum file (expected "<sha256>" or "<sha256>  ${fileName}" lines)`,
    )
  const named = entries.filter((e) => e!.name !== null)
  if (named.length === 0 && entries.length === 1) return entries[0]!.sha256
  const match = named.find((e) => e!.name === fileName)
  if (!match) throw new UnverifiedDownloadError(`${url} has no SHA-256 for ${fileName}`)
  return match.sha256
}

export interface FetchOptions {
  policy: VerifyPolicy
  /** The tool cache's root (RUNNER_TOOL_CACHE in the action; the CLI's cache folder). */
  cacheRoot: string
  /** Downloads in progress and unpacked archives of this run. */
  scratch: string
  arch?: string
  log?: (line: string) => void
}

/**
 * tool-cache indexes by semver: `v0.33.0` → `0.33.0`, Linkerd's `edge-26.9.1` → `26.9.1-edge` (a version it cannot
 * parse would never be found again); anything else is kept as it is.
 */
export function toolCacheVersion(version: string): string {
  const v = version.replace(/^v/, '')
  const edge = /^edge-(\d+\.\d+\.\d+)$/.exec(v)
  return edge ? `${edge[1]}-edge` : v
}

/**
 * tool-cache reads its root from RUNNER_TOOL_CACHE when it is called. The runner sets it for the action; the CLI
 * and tests give their own folder, set only for the duration of the call (downloads run one at a time).
 */
async function inCache<T>(root: string, work: () => Promise<T>): Promise<T> {
  const before = process.env.RUNNER_TOOL_CACHE
  process.env.RUNNER_TOOL_CACHE = root
  try {
    return await work()
  } finally {
    if (before === undefined) delete process.env.RUNNER_TOOL_CACHE
    else process.env.RUNNER_TOOL_CACHE = before
  }
}

async function download(spec: DownloadSpec, url: string, dest: string): Promise<string> {
  try {
    return await tc.downloadTool(url, dest)
  } catch (e) {
    const status = (e as tc.HTTPError).httpStatusCode
    throw new DownloadError(
      `${spec.name} ${spec.version}: downloading ${url} failed: ${status ? `HTTP ${status}` : (e as Error).message}`,
    )
  }
}

/** The SHA-256 the asset must have, and where it came from; fetches the published checksum file when needed. */
export async function resolveDigest(
  spec: DownloadSpec,
  o: Pick<FetchOptions, 'policy' | 'scratch'>,
): Promise<Pick<VerifiedTool, 'sha256' | 'verifiedBy' | 'checksumUrl'>> {
  if (spec.sha256) {
    const sha256 = spec.sha256.toLowerCase()
    if (!SHA256.test(sha256))
      throw new InputError(`${spec.name} ${spec.version}: '${spec.sha256}' is not a SHA-256 (64 hex digits)`)
    return { sha256, verifiedBy: spec.pinnedBy === 'user' ? 'given' : 'pinned', checksumUrl: null }
  }
  if (o.policy === 'pinned' || !spec.checksumUrl)
    throw new UnverifiedDownloadError(
      `${spec.name} ${spec.version}: no SHA-256 is pinned for ${spec.url}` +
        (o.policy === 'pinned'
          ? `, and verify: pinned refuses a digest taken from the release's checksum file. Give the digest ` +
            `(gate config mesh.cli-sha256) or use verify: published`
          : ` and the project publishes no checksum file for it`),
    )
  await mkdir(o.scratch, { recursive: true })
  const file = join(o.scratch, `${spec.name}-${spec.version}-${process.pid}-${Date.now()}.checksum`)
  try {
    await download(spec, spec.checksumUrl, file)
    const sha256 = parseChecksumFile(await readFile(file, 'utf8'), fileNameOf(spec), spec.checksumUrl)
    return { sha256, verifiedBy: 'published', checksumUrl: spec.checksumUrl }
  } finally {
    await rm(file, { force: true })
  }
}

/**
 * The verified executable of `spec`: from the tool cache when the cached file still has the expected digest,
 * otherwise downloaded, hashed, cached; archives are unpacked into the scratch folder.
 */
export async function fetchVerified(spec: DownloadSpec, o: FetchOptions): Promise<VerifiedTool> {
  const log = o.log ?? (() => {})
  const arch = o.arch ?? process.arch
  const digest = await resolveDigest(spec, o)
  const fileName = fileNameOf(spec)
  const version = toolCacheVersion(spec.version)
  const started = Date.now()

  let file: string | undefined
  const cachedDir = await inCache(o.cacheRoot, async () => tc.find(spec.name, version, arch))
  if (cachedDir) {
    const cached = join(cachedDir, fileName)
    const actual = await sha256File(cached).catch(() => null)
    if (actual === digest.sha256) file = cached
    else
      log(
        `${spec.name} ${spec.version}: the cached copy does not have the expected SHA-256; downloading it again`,
      )
  }
  if (!file) {
    await mkdir(o.scratch, { recursive: true })
    const partial = join(o.scratch, `${spec.name}-${spec.version}-${process.pid}-${Date.now()}.partial`)
    try {
      await download(spec, spec.url, partial)
      const actual = await sha256File(partial)
      if (actual !== digest.sha256)
        throw new ChecksumMismatchError(spec, digest.sha256, actual, describeSource(digest))
      const dir = await inCache(o.cacheRoot, () => tc.cacheFile(partial, fileName, spec.name, version, arch))
      file = join(dir, fileName)
    } finally {
      await rm(partial, { force: true })
    }
    log(
      `downloaded ${spec.name} ${spec.version} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${spec.url}`,
    )
  }
  log(`verified ${spec.name} ${spec.version}: sha256 ${digest.sha256} (${describeSource(digest)})`)

  let path = file
  if (spec.archive === 'tar.gz') {
    const dir = join(o.scratch, `${spec.name}-${spec.version}-bin`)
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    await tc.extractTar(file, dir)
    path = join(dir, spec.binary)
  }
  await chmod(path, 0o755)
  return { name: spec.name, version: spec.version, url: spec.url, ...digest, path }
}

export function describeSource(d: Pick<VerifiedTool, 'verifiedBy' | 'checksumUrl'>): string {
  return d.verifiedBy === 'pinned'
    ? 'pinned in the source'
    : d.verifiedBy === 'given'
      ? 'given in the gate config'
      : `the release's checksum file ${d.checksumUrl}`
}

/**
 * The tools of one run: each fetched and verified once (a second request returns the same file), in the order
 * asked; `fetched()` lists them for the log, the plan and the results.
 */
export interface ToolStore {
  fetch(spec: DownloadSpec): Promise<VerifiedTool>
  fetched(): VerifiedTool[]
  /** Scratch folder of this run's downloads. */
  readonly scratch: string
  /** The tool cache's root. */
  readonly cacheRoot: string
}

export function toolStore(o: FetchOptions): ToolStore {
  const done = new Map<string, Promise<VerifiedTool>>()
  const order: string[] = []
  const results = new Map<string, VerifiedTool>()
  return {
    scratch: o.scratch,
    cacheRoot: o.cacheRoot,
    fetch(spec) {
      const key = `${spec.url} ${spec.sha256 ?? ''}`
      let p = done.get(key)
      if (!p) {
        order.push(key)
        p = fetchVerified(spec, o).then((t) => (results.set(key, t), t))
        // A failure is not remembered: the next request tries again.
        p.catch(() => done.delete(key))
        done.set(key, p)
      }
      return p
    },
    fetched: () => order.flatMap((k) => (results.has(k) ? [results.get(k)!] : [])),
  }
}

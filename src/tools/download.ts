/**
 * Pinned, checksummed downloads. Every binary the gate runs (kind, istioctl, linkerd, cilium) comes through
 * `downloadVerified`: fetched once, hashed while it streams to disk, refused and deleted when its SHA-256 is not
 * the one pinned in the source, and kept in a cache (the runner's tool cache in the action, a folder for the
 * CLI) that is hashed again on every use — a cache is not a reason to trust a file.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rename, rm, stat, copyFile, chmod } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { InputError } from '../errors.js'

export interface DownloadSpec {
  /** Tool name, for the cache and for messages: `kind`. */
  name: string
  version: string
  url: string
  /** Lower-case hex SHA-256 of the file at `url`. `null`: not pinned yet, so the download is refused. */
  sha256: string | null
  /** The file name in the cache; defaults to the last segment of the URL. */
  fileName?: string
  /** Mark the cached file executable (a bare binary rather than an archive). */
  executable?: boolean
}

/** Where verified files are kept between runs. */
export interface ToolStore {
  /** A cached copy of name@version/fileName, or undefined. */
  find(name: string, version: string, fileName: string): Promise<string | undefined>
  /** Takes a verified file into the cache; returns the cached path. */
  put(file: string, name: string, version: string, fileName: string): Promise<string>
  /** Scratch folder for downloads in progress. */
  scratch: string
}

export class ChecksumMismatchError extends Error {
  override name = 'ChecksumMismatchError'
  constructor(
    readonly spec: DownloadSpec,
    readonly actual: string,
  ) {
    super(
      `${spec.name} ${spec.version}: ${spec.url} has SHA-256 ${actual}, but the pinned SHA-256 is ${spec.sha256}; ` +
        `refused and deleted. A release asset whose digest changed is not run: check the project's published ` +
        `checksum and update the pin in src/tools/pins.ts`,
    )
  }
}

export class DownloadError extends Error {
  override name = 'DownloadError'
}

export interface DownloadOptions {
  store: ToolStore
  /** Bound on one download. */
  timeoutMs?: number
  log?: (line: string) => void
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch
}

const SHA256 = /^[0-9a-f]{64}$/

export function fileNameOf(spec: DownloadSpec): string {
  return spec.fileName ?? decodeURIComponent(new URL(spec.url).pathname.split('/').pop() || spec.name)
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}

/** Downloads `spec.url` (or takes it from the cache), verifies its SHA-256 and returns the cached path. */
export async function downloadVerified(spec: DownloadSpec, options: DownloadOptions): Promise<string> {
  const expected = spec.sha256?.toLowerCase() ?? null
  if (expected === null)
    throw new InputError(
      `${spec.name} ${spec.version}: no SHA-256 is pinned for ${spec.url}, so it is not downloaded. ` +
        `Pin the digest from the project's published checksum file (src/tools/pins.ts, or the gate config's ` +
        `tool overrides) before using it`,
    )
  if (!SHA256.test(expected))
    throw new InputError(`${spec.name} ${spec.version}: '${spec.sha256}' is not a SHA-256 (64 hex digits)`)
  const log = options.log ?? (() => {})
  const fileName = fileNameOf(spec)
  const cached = await options.store.find(spec.name, spec.version, fileName)
  if (cached) {
    if ((await sha256File(cached)) === expected) return cached
    log(
      `${spec.name} ${spec.version}: the cached copy does not match the pinned SHA-256; downloading it again`,
    )
  }
  await mkdir(options.store.scratch, { recursive: true })
  const partial = join(
    options.store.scratch,
    `${spec.name}-${spec.version}-${process.pid}-${Date.now()}.partial`,
  )
  const started = Date.now()
  try {
    const response = await (options.fetch ?? fetch)(spec.url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? 300_000),
    })
    if (!response.ok || !response.body)
      throw new DownloadError(
        `${spec.name} ${spec.version}: GET ${spec.url} answered HTTP ${response.status}`,
      )
    const hash = createHash('sha256')
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
    body.on('data', (chunk: Buffer) => hash.update(chunk))
    await pipeline(body, createWriteStream(partial, { mode: 0o600 }))
    const actual = hash.digest('hex')
    if (actual !== expected) throw new ChecksumMismatchError(spec, actual)
    if (spec.executable) await chmod(partial, 0o755)
    const size = (await stat(partial)).size
    const path = await options.store.put(partial, spec.name, spec.version, fileName)
    log(
      `downloaded ${spec.name} ${spec.version} (${(size / 1048576).toFixed(1)} MiB, sha256 ${expected}) in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
    return path
  } catch (e) {
    if (e instanceof ChecksumMismatchError || e instanceof DownloadError) throw e
    const err = e as Error
    throw new DownloadError(
      `${spec.name} ${spec.version}: downloading ${spec.url} failed: ${err.name === 'TimeoutError' ? 'no complete answer in time' : err.message}`,
    )
  } finally {
    await rm(partial, { force: true })
  }
}

/** The CLI's cache: `<root>/<name>/<version>/<file>`, written by rename so a half-written file never appears. */
export function folderStore(root: string): ToolStore {
  return {
    scratch: join(root, '.scratch'),
    async find(name, version, fileName) {
      const path = join(root, name, version, fileName)
      try {
        return (await stat(path)).isFile() ? path : undefined
      } catch {
        return undefined
      }
    },
    async put(file, name, version, fileName) {
      const dir = join(root, name, version)
      await mkdir(dir, { recursive: true })
      const target = join(dir, fileName)
      const staging = `${target}.${process.pid}.tmp`
      await copyFile(file, staging)
      const mode = (await stat(file)).mode & 0o777
      await chmod(staging, mode)
      await rename(staging, target)
      return target
    },
  }
}

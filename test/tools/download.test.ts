/**
 * Verified downloads against a local stand-in of GitHub's release downloads on 127.0.0.1 (nothing else is dialled):
 * each project's asset at its real release path, redirected as GitHub redirects release downloads, and beside it
 * the checksum file in the project's own format — kind's and cilium-cli's `.sha256sum` and istioctl's `.sha256`
 * (`sha256sum` lines), Linkerd's `.sha256` (the bare digest).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ChecksumMismatchError,
  DownloadError,
  fetchVerified,
  parseChecksumFile,
  toolCacheVersion,
  toolStore,
  UnverifiedDownloadError,
  type DownloadSpec,
  type FetchOptions,
} from '../../src/tools/download.js'
import { KIND_PIN } from '../../src/cluster/kind.js'
import { CILIUM_CLI_PIN } from '../../src/mesh/cilium.js'
import { ISTIOCTL_PIN } from '../../src/mesh/istio.js'
import { LINKERD_CLI_PIN } from '../../src/mesh/linkerd.js'
import { downloadSpecFor, installTool } from '../../src/tools/pins.js'

/** The gate's pins, each in its stage's module. */
const PINS = { kind: KIND_PIN, istioctl: ISTIOCTL_PIN, linkerd: LINKERD_CLI_PIN, cilium: CILIUM_CLI_PIN }
type ToolName = keyof typeof PINS

const work = mkdtempSync(join(tmpdir(), 'mmg-releases-'))
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** A runnable stand-in of each CLI, packed as its project ships it. */
function script(name: string, version: string): Buffer {
  const dir = join(work, `${name}-${version}`)
  mkdirSync(dir, { recursive: true })
  const file = join(dir, name)
  writeFileSync(file, `#!/bin/sh\necho "${name} ${version}"\n`)
  chmodSync(file, 0o755)
  return readFileSync(file)
}
function tarGz(name: string, version: string): Buffer {
  script(name, version)
  const out = join(work, `${name}-${version}.tar.gz`)
  execFileSync('tar', ['-czf', out, '-C', join(work, `${name}-${version}`), name])
  return readFileSync(out)
}

const ASSETS: Record<string, Buffer> = {}
const served = (path: string, body: Buffer | string) => (ASSETS[path] = Buffer.from(body))
const KIND = served(
  '/kubernetes-sigs/kind/releases/download/v0.32.0/kind-linux-amd64',
  script('kind', 'v0.32.0'),
)
served(
  '/kubernetes-sigs/kind/releases/download/v0.32.0/kind-linux-amd64.sha256sum',
  `${sha(KIND)}  kind-linux-amd64\n`,
)
// kind v0.33.0 is pinned in the source: this "release" does not have the pinned digest, its checksum file agrees.
const KIND_PINNED = served(
  '/kubernetes-sigs/kind/releases/download/v0.33.0/kind-linux-amd64',
  script('kind', 'v0.33.0'),
)
served(
  '/kubernetes-sigs/kind/releases/download/v0.33.0/kind-linux-amd64.sha256sum',
  `${sha(KIND_PINNED)}  kind-linux-amd64\n`,
)
const ISTIO = served(
  '/istio/istio/releases/download/1.30.4/istioctl-1.30.4-linux-amd64.tar.gz',
  tarGz('istioctl', '1.30.4'),
)
served(
  '/istio/istio/releases/download/1.30.4/istioctl-1.30.4-linux-amd64.tar.gz.sha256',
  `${sha(ISTIO)}  istioctl-1.30.4-linux-amd64.tar.gz\n`,
)
const LINKERD = served(
  '/linkerd/linkerd2/releases/download/edge-26.9.1/linkerd2-cli-edge-26.9.1-linux-amd64',
  script('linkerd', 'edge-26.9.1'),
)
served(
  '/linkerd/linkerd2/releases/download/edge-26.9.1/linkerd2-cli-edge-26.9.1-linux-amd64.sha256',
  sha(LINKERD),
)
const CILIUM = served(
  '/cilium/cilium-cli/releases/download/v0.19.7/cilium-linux-amd64.tar.gz',
  tarGz('cilium', 'v0.19.7'),
)
served(
  '/cilium/cilium-cli/releases/download/v0.19.7/cilium-linux-amd64.tar.gz.sha256sum',
  `${sha(CILIUM)}  cilium-linux-amd64.tar.gz\n`,
)
// A release whose asset was replaced after its checksum file was published.
served('/istio/istio/releases/download/1.29.9/istioctl-1.29.9-linux-amd64.tar.gz', tarGz('istioctl', 'evil'))
served(
  '/istio/istio/releases/download/1.29.9/istioctl-1.29.9-linux-amd64.tar.gz.sha256',
  `${sha(ISTIO)}  istioctl-1.29.9-linux-amd64.tar.gz\n`,
)
// A checksum file that lists another platform's asset only.
served('/istio/istio/releases/download/1.29.8/istioctl-1.29.8-linux-amd64.tar.gz', ISTIO)
served(
  '/istio/istio/releases/download/1.29.8/istioctl-1.29.8-linux-amd64.tar.gz.sha256',
  `${sha(ISTIO)}  istioctl-1.29.8-linux-arm64.tar.gz\n`,
)

let server: Server
let base: string
let hits: string[]
// tool-cache's own test hook: its retries of a failed download wait 0 s here instead of 10-20 s.
Object.assign(globalThis, {
  TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS: 0,
  TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS: 0,
})
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? ''
    hits.push(path)
    // GitHub answers a release download with a redirect to its object storage.
    if (ASSETS[path]) res.writeHead(302, { location: `${base}/objects${path}` }).end()
    else if (path.startsWith('/objects/') && ASSETS[path.slice('/objects'.length)])
      res
        .writeHead(200, { 'content-type': 'application/octet-stream' })
        .end(ASSETS[path.slice('/objects'.length)])
    else res.writeHead(404).end('Not Found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  rmSync(work, { recursive: true, force: true })
})

let dir: string
let options: FetchOptions
const lines: string[] = []
beforeEach(() => {
  hits = []
  lines.length = 0
  dir = mkdtempSync(join(tmpdir(), 'mmg-tools-'))
  options = {
    policy: 'published',
    cacheRoot: join(dir, 'cache'),
    scratch: join(dir, 'scratch'),
    log: (l) => lines.push(l),
  }
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The real release URLs of a tool, served by the stand-in. */
function spec(tool: ToolName, version?: string, sha256?: string): DownloadSpec {
  const s = downloadSpecFor(PINS[tool], 'linux-amd64', { version, sha256 })
  return {
    ...s,
    url: s.url.replace('https://github.com', base),
    checksumUrl: s.checksumUrl!.replace('https://github.com', base),
  }
}
const run = (path: string) => execFileSync(path, [], { encoding: 'utf8' }).trim()
const assetRequests = () => hits.filter((h) => h.startsWith('/objects/') && !/\.sha256(sum)?$/.test(h))

describe('verified by the checksum file each project publishes: the default mesh CLIs, and any version a user names', () => {
  it.each([
    ['istioctl', undefined, 'istioctl 1.30.4', ISTIO, '.tar.gz.sha256'],
    ['linkerd', undefined, 'linkerd edge-26.9.1', LINKERD, '.sha256'],
    ['cilium', undefined, 'cilium v0.19.7', CILIUM, '.tar.gz.sha256sum'],
    ['kind', 'v0.32.0', 'kind v0.32.0', KIND, '.sha256sum'],
  ] as const)(
    '%s %s: downloaded, checked, unpacked, runnable; the digest is logged with its source',
    async (tool, version, out, asset, suffix) => {
      const s = spec(tool, version)
      expect(s.sha256).toBeNull()
      expect(s.checksumUrl!.endsWith(suffix)).toBe(true)
      const t = await fetchVerified(s, options)
      expect(run(t.path)).toBe(out)
      expect(t).toMatchObject({ sha256: sha(asset), verifiedBy: 'published', checksumUrl: s.checksumUrl })
      expect(lines).toContain(
        `verified ${tool} ${version ?? PINS[tool].version}: sha256 ${sha(asset)} (the release's checksum file ${s.checksumUrl})`,
      )
    },
  )
})

describe('what wins, and what is refused', () => {
  it('a digest pinned in the source wins over the checksum file: kind v0.33.0 whose asset differs is refused', async () => {
    const s = spec('kind')
    expect(s).toMatchObject({ sha256: PINS.kind.sha256['linux-amd64'], pinnedBy: 'source' })
    const err = await fetchVerified(s, options).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ChecksumMismatchError)
    expect((err as Error).message).toContain(`has SHA-256 ${sha(KIND_PINNED)}, but pinned in the source says`)
    // The checksum file was not even asked for.
    expect(hits.some((h) => h.endsWith('.sha256sum'))).toBe(false)
  })

  it('a digest given by the user wins too, and is recorded as given', async () => {
    const t = await fetchVerified(spec('istioctl', undefined, sha(ISTIO).toUpperCase()), options)
    expect(t).toMatchObject({ sha256: sha(ISTIO), verifiedBy: 'given', checksumUrl: null })
    expect(hits.some((h) => h.endsWith('.sha256'))).toBe(false)
  })

  it('verify: pinned refuses an unpinned download before any request', async () => {
    const err = await fetchVerified(spec('istioctl'), { ...options, policy: 'pinned' }).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(UnverifiedDownloadError)
    expect((err as Error).message).toMatch(/no SHA-256 is pinned for .*verify: pinned refuses/)
    expect(hits).toEqual([])
    // ...but not a download with a digest.
    const t = await fetchVerified(spec('istioctl', undefined, sha(ISTIO)), { ...options, policy: 'pinned' })
    expect(t.verifiedBy).toBe('given')
  })

  it('an asset that does not match its published checksum is refused, deleted and not cached', async () => {
    const s = spec('istioctl', '1.29.9')
    await expect(fetchVerified(s, options)).rejects.toThrow(
      new RegExp(
        `but the release's checksum file ${s.checksumUrl!.replace(/[.?]/g, '\\$&')} says ${sha(ISTIO)}`,
      ),
    )
    expect(existsSync(join(options.cacheRoot, 'istioctl'))).toBe(false)
    expect(existsSync(join(options.scratch, 'istioctl-1.29.9-bin'))).toBe(false)
  })

  it('a checksum file without a line for this asset is not accepted', async () => {
    await expect(fetchVerified(spec('istioctl', '1.29.8'), options)).rejects.toThrow(
      /has no SHA-256 for istioctl-1\.29\.8-linux-amd64\.tar\.gz/,
    )
    expect(assetRequests()).toEqual([])
  })

  it('a release without the asset is a DownloadError naming the URL and the status', async () => {
    const s = spec('cilium', 'v0.19.99')
    await expect(fetchVerified(s, options)).rejects.toThrow(DownloadError)
    await expect(fetchVerified(s, options)).rejects.toThrow(`downloading ${s.checksumUrl} failed: HTTP 404`)
  })
})

describe('the tool cache', () => {
  it('keeps the verified asset, hashes it again on every use, and downloads again when it changed', async () => {
    const first = await fetchVerified(spec('linkerd'), options)
    expect(assetRequests()).toHaveLength(1)
    const cached = join(
      options.cacheRoot,
      'linkerd',
      toolCacheVersion('edge-26.9.1'),
      'x64',
      'linkerd2-cli-edge-26.9.1-linux-amd64',
    )
    expect(first.path).toBe(cached)
    expect(existsSync(`${join(options.cacheRoot, 'linkerd', '26.9.1-edge', 'x64')}.complete`)).toBe(true)

    hits = []
    expect((await fetchVerified(spec('linkerd'), options)).path).toBe(cached)
    expect(assetRequests()).toEqual([])

    writeFileSync(cached, '#!/bin/sh\necho tampered\n')
    hits = []
    const again = await fetchVerified(spec('linkerd'), options)
    expect(assetRequests()).toHaveLength(1)
    expect(run(again.path)).toBe('linkerd edge-26.9.1')
    expect(lines).toContain(
      'linkerd edge-26.9.1: the cached copy does not have the expected SHA-256; downloading it again',
    )
  })

  it('one run fetches each tool once, lists what it verified in order, and installTool goes through it', async () => {
    const store = toolStore(options)
    const [a, b] = await Promise.all([store.fetch(spec('cilium')), store.fetch(spec('cilium'))])
    expect(a).toBe(b)
    await store.fetch(spec('kind', 'v0.32.0'))
    expect(assetRequests()).toHaveLength(2)
    expect(store.fetched().map((t) => `${t.name} ${t.version} ${t.verifiedBy}`)).toEqual([
      'cilium v0.19.7 published',
      'kind v0.32.0 published',
    ])

    const asked: DownloadSpec[] = []
    const fake = {
      scratch: '',
      cacheRoot: '',
      fetched: () => [],
      fetch: async (s: DownloadSpec) => (asked.push(s), a),
    }
    await installTool(ISTIOCTL_PIN, { store: fake, platform: 'linux-arm64', override: { version: '1.29.0' } })
    expect(asked[0]).toMatchObject({
      url: 'https://github.com/istio/istio/releases/download/1.29.0/istioctl-1.29.0-linux-arm64.tar.gz',
      checksumUrl:
        'https://github.com/istio/istio/releases/download/1.29.0/istioctl-1.29.0-linux-arm64.tar.gz.sha256',
      sha256: null,
    })
  })
})

describe('parseChecksumFile', () => {
  const D = 'a'.repeat(64)
  const E = 'b'.repeat(64)
  it.each([
    ['the bare digest (Linkerd)', `${D}\n`],
    ['a sha256sum line', `${D}  x.tar.gz\n`],
    ['a binary-mode sha256sum line', `${D} *x.tar.gz`],
    ['upper-case hex, CRLF', `${D.toUpperCase()}  x.tar.gz\r\n`],
    ['several files: the one named', `${E}  y.tar.gz\n${D}  x.tar.gz\n`],
    ['a ./ prefix', `${D}  ./x.tar.gz\n`],
  ])('%s', (_what, text) => expect(parseChecksumFile(text, 'x.tar.gz', 'u')).toBe(D))

  it.each([
    ['an HTML page', '<html>Not Found</html>', /u is not a checksum file/],
    ['an empty file', '', /u is not a checksum file/],
    ['a short digest', `${'a'.repeat(40)}  x.tar.gz`, /u is not a checksum file/],
    ['another file only', `${D}  y.tar.gz`, /u has no SHA-256 for x\.tar\.gz/],
    ['two bare digests', `${D}\n${E}\n`, /u has no SHA-256 for x\.tar\.gz/],
  ])('refuses %s', (_what, text, message) => {
    expect(() => parseChecksumFile(text, 'x.tar.gz', 'u')).toThrow(UnverifiedDownloadError)
    expect(() => parseChecksumFile(text, 'x.tar.gz', 'u')).toThrow(message)
  })
})

describe('toolsCacheDir: the one spelling of the CLI’s tool cache', () => {
  it('XDG_CACHE_HOME when set and not empty, else ~/.cache (the XDG default)', async () => {
    const { toolsCacheDir } = await import('../../src/tools/cache-dir.js')
    const { homedir } = await import('node:os')
    expect(toolsCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/mesh-mtls-gate/tools')
    expect(toolsCacheDir({ XDG_CACHE_HOME: '' })).toBe(`${homedir()}/.cache/mesh-mtls-gate/tools`)
    expect(toolsCacheDir({})).toBe(`${homedir()}/.cache/mesh-mtls-gate/tools`)
  })
})

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import {
  ChecksumMismatchError,
  DownloadError,
  downloadVerified,
  folderStore,
  sha256File,
} from '../../src/tools/download.js'
import { scratch } from '../helpers.js'

// A local server on 127.0.0.1 serves the "release assets": nothing but loopback is dialled.
const BODY = Buffer.from('#!/bin/sh\necho "kind v0.33.0 go1.25 linux/amd64"\n'.repeat(2000))
const DIGEST = createHash('sha256').update(BODY).digest('hex')
const WRONG = 'f'.repeat(64)
let server: Server
let base: string
let hits: Record<string, number>

beforeAll(async () => {
  server = createServer((req, res) => {
    hits[req.url ?? ''] = (hits[req.url ?? ''] ?? 0) + 1
    if (req.url === '/releases/download/v0.33.0/kind-linux-amd64') {
      res.writeHead(302, { location: '/objects/kind-linux-amd64' }).end()
    } else if (req.url === '/objects/kind-linux-amd64') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(BODY)
    } else res.writeHead(404).end('Not Found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

let root: string
beforeEach(() => {
  hits = {}
  root = scratch('mmg-tools-')
})

const spec = (sha256: string | null, path = '/releases/download/v0.33.0/kind-linux-amd64') => ({
  name: 'kind',
  version: 'v0.33.0',
  url: base + path,
  sha256,
  executable: true,
})

describe('downloadVerified', () => {
  it('downloads, follows the redirect, verifies and caches a file with the right checksum', async () => {
    const lines: string[] = []
    const path = await downloadVerified(spec(DIGEST), { store: folderStore(root), log: (l) => lines.push(l) })
    expect(path).toBe(join(root, 'kind', 'v0.33.0', 'kind-linux-amd64'))
    expect(readFileSync(path).equals(BODY)).toBe(true)
    expect(await sha256File(path)).toBe(DIGEST)
    expect(statSync(path).mode & 0o100).toBe(0o100)
    expect(lines.join('\n')).toMatch(/downloaded kind v0\.33\.0 \(.* MiB, sha256 [0-9a-f]{64}\)/)
  })

  it('takes the cached copy next time without dialling', async () => {
    const store = folderStore(root)
    await downloadVerified(spec(DIGEST), { store })
    const first = hits['/objects/kind-linux-amd64']
    await downloadVerified(spec(DIGEST), { store })
    expect(hits['/objects/kind-linux-amd64']).toBe(first)
  })

  it('refuses a file whose digest differs, deletes it and caches nothing', async () => {
    const store = folderStore(root)
    const err = await downloadVerified(spec(WRONG), { store }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ChecksumMismatchError)
    expect((err as Error).message).toContain(
      `has SHA-256 ${DIGEST}, but the pinned SHA-256 is ${WRONG}; refused`,
    )
    expect(await store.find('kind', 'v0.33.0', 'kind-linux-amd64')).toBeUndefined()
    expect(existsSync(store.scratch) ? readdirSync(store.scratch) : []).toEqual([])
  })

  it('downloads again when the cached copy was tampered with', async () => {
    const store = folderStore(root)
    const path = await downloadVerified(spec(DIGEST), { store })
    writeFileSync(path, 'tampered')
    const lines: string[] = []
    await downloadVerified(spec(DIGEST), { store, log: (l) => lines.push(l) })
    expect(readFileSync(path).equals(BODY)).toBe(true)
    expect(lines[0]).toContain('does not match the pinned SHA-256')
  })

  it('refuses a tool without a pinned digest before dialling', async () => {
    await expect(downloadVerified(spec(null), { store: folderStore(root) })).rejects.toThrow(InputError)
    await expect(downloadVerified(spec(null), { store: folderStore(root) })).rejects.toThrow(
      /no SHA-256 is pinned/,
    )
    await expect(downloadVerified(spec('abc'), { store: folderStore(root) })).rejects.toThrow(/not a SHA-256/)
    expect(hits).toEqual({})
  })

  it('reports an HTTP error with the status', async () => {
    await expect(downloadVerified(spec(DIGEST, '/nope'), { store: folderStore(root) })).rejects.toThrow(
      DownloadError,
    )
    await expect(downloadVerified(spec(DIGEST, '/nope'), { store: folderStore(root) })).rejects.toThrow(
      /HTTP 404/,
    )
  })

  it('accepts an upper-case pinned digest', async () => {
    await expect(
      downloadVerified(spec(DIGEST.toUpperCase()), { store: folderStore(root) }),
    ).resolves.toContain('kind-linux-amd64')
  })
})

describe('the action store (@actions/tool-cache)', () => {
  it('caches the verified file in the runner tool cache and finds it again', async () => {
    const saved = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP }
    process.env.RUNNER_TOOL_CACHE = join(root, 'toolcache')
    process.env.RUNNER_TEMP = join(root, 'temp')
    try {
      const { toolCacheStore, toolCacheVersion } = await import('../../src/tools/tool-cache-store.js')
      expect(toolCacheVersion('v0.33.0')).toBe('0.33.0')
      expect(toolCacheVersion('edge-25.5.2')).toBe('25.5.2-edge')
      const store = toolCacheStore(join(root, 'temp'), 'x64')
      const path = await downloadVerified(spec(DIGEST), { store })
      expect(path).toBe(join(root, 'toolcache', 'kind', '0.33.0', 'x64', 'kind-linux-amd64'))
      expect(await store.find('kind', 'v0.33.0', 'kind-linux-amd64')).toBe(path)
      await expect(
        downloadVerified(spec(WRONG), { store: toolCacheStore(join(root, 'temp'), 'arm64') }),
      ).rejects.toThrow(ChecksumMismatchError)
    } finally {
      for (const [k, v] of [
        ['RUNNER_TOOL_CACHE', saved.cache],
        ['RUNNER_TEMP', saved.temp],
      ] as const)
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
    }
  })
})

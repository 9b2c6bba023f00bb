import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync, chmodSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { ChecksumMismatchError, folderStore } from '../../src/tools/download.js'
import { createCommandRunner } from '../../src/tools/exec.js'
import { installTool } from '../../src/tools/pins.js'
import { scratch } from '../helpers.js'

// A release archive built here and served on 127.0.0.1; the pinned GitHub URL is mapped onto it by the fetch the
// test passes in, so nothing but loopback is dialled.
const work = scratch('mmg-install-')
writeFileSync(join(work, 'cilium'), '#!/bin/sh\necho "cilium-cli: v0.19.5 compiled with go1.25"\n')
chmodSync(join(work, 'cilium'), 0o755)
execFileSync('tar', ['-czf', join(work, 'cilium-linux-amd64.tar.gz'), '-C', work, 'cilium'])
const ARCHIVE = readFileSync(join(work, 'cilium-linux-amd64.tar.gz'))
const DIGEST = createHash('sha256').update(ARCHIVE).digest('hex')
const requested: string[] = []
let server: Server
let base: string

beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200).end(ARCHIVE))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const loopbackFetch: typeof fetch = (input, init) => {
  const url = new URL(String(input))
  requested.push(url.href)
  return fetch(base + url.pathname, init)
}

describe('installTool', () => {
  it('downloads the pinned release asset, verifies it, unpacks the binary and returns a runnable path', async () => {
    const root = scratch('mmg-tools-')
    const runner = createCommandRunner()
    const path = await installTool('cilium', {
      runner,
      store: folderStore(root),
      platform: 'linux-amd64',
      override: { sha256: DIGEST },
      fetch: loopbackFetch,
    })
    expect(requested).toEqual([
      'https://github.com/cilium/cilium-cli/releases/download/v0.19.5/cilium-linux-amd64.tar.gz',
    ])
    expect(path).toBe(join(root, '.scratch', 'cilium-v0.19.5-bin', 'cilium'))
    expect((await runner.run(path, [])).stdout).toBe('cilium-cli: v0.19.5 compiled with go1.25\n')
  })

  it('refuses an archive whose digest is not the pinned one, and unpacks nothing', async () => {
    const root = scratch('mmg-tools-')
    await expect(
      installTool('cilium', {
        runner: createCommandRunner(),
        store: folderStore(root),
        platform: 'linux-arm64',
        fetch: loopbackFetch,
      }),
    ).rejects.toThrow(ChecksumMismatchError)
  })
})

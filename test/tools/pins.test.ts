import { describe, expect, it } from '@jest/globals'
import { UnverifiedDownloadError } from '../../src/errors.js'
import { currentPlatform, downloadSpecFor, PINS, type ToolName } from '../../src/tools/pins.js'

describe('pins', () => {
  it.each([
    [
      'kind',
      'linux-amd64',
      'https://github.com/kubernetes-sigs/kind/releases/download/v0.33.0/kind-linux-amd64',
    ],
    [
      'kind',
      'linux-arm64',
      'https://github.com/kubernetes-sigs/kind/releases/download/v0.33.0/kind-linux-arm64',
    ],
    [
      'istioctl',
      'linux-amd64',
      'https://github.com/istio/istio/releases/download/1.28.0/istioctl-1.28.0-linux-amd64.tar.gz',
    ],
    [
      'linkerd',
      'linux-amd64',
      'https://github.com/linkerd/linkerd2/releases/download/edge-25.5.2/linkerd2-cli-edge-25.5.2-linux-amd64',
    ],
    [
      'cilium',
      'linux-arm64',
      'https://github.com/cilium/cilium-cli/releases/download/v0.19.5/cilium-linux-arm64.tar.gz',
    ],
  ] as const)('%s on %s comes from its release URL', (tool, platform, url) => {
    expect(downloadSpecFor(tool as ToolName, platform).url).toBe(url)
  })

  it('pins kind v0.33.0 by the digests of its published .sha256sum files', () => {
    expect(PINS.kind.sha256).toEqual({
      'linux-amd64': 'aee6151561422756b764a4ae28e7f44cda5af5a9eead3cc9985112b1de8d8e0d',
      'linux-arm64': '20022bee6cfcd5086cb7234d218e3454e6090022f2a8f55d1fa7fcf42c3867a2',
    })
  })

  it('every pinned digest is 64 hex digits or explicitly missing', () => {
    for (const pin of Object.values(PINS))
      for (const d of Object.values(pin.sha256)) expect(d === null || /^[0-9a-f]{64}$/.test(d)).toBe(true)
  })

  it('another version needs its digest', () => {
    expect(() => downloadSpecFor('istioctl', 'linux-amd64', { version: '1.27.3' })).toThrow(
      UnverifiedDownloadError,
    )
    expect(() => downloadSpecFor('istioctl', 'linux-amd64', { version: '1.27.3' })).toThrow(
      /give its SHA-256 too/,
    )
    const spec = downloadSpecFor('istioctl', 'linux-amd64', { version: '1.27.3', sha256: 'a'.repeat(64) })
    expect(spec).toMatchObject({ version: '1.27.3', sha256: 'a'.repeat(64) })
    expect(spec.url).toContain('/1.27.3/istioctl-1.27.3-linux-amd64.tar.gz')
  })

  it.each([
    ['linux', 'x64', 'linux-amd64'],
    ['linux', 'arm64', 'linux-arm64'],
  ])('%s/%s is %s', (os, arch, p) => expect(currentPlatform(os, arch)).toBe(p))
  it('refuses other platforms with a way out', () => {
    expect(() => currentPlatform('darwin', 'arm64')).toThrow(
      /linux-amd64 and linux-arm64 only; this machine is darwin-arm64/,
    )
  })
})

import { describe, expect, it } from '@jest/globals'
import { KIND_PIN } from '../../src/cluster/kind.js'
import { INSTALLERS } from '../../src/mesh/install.js'
import { ISTIOCTL_PIN } from '../../src/mesh/istio.js'
import { currentPlatform, downloadSpecFor, type ToolPin } from '../../src/tools/pins.js'

/** Every binary the gate downloads: kind, and each mesh's CLI as its setup registers it. */
const ALL: ToolPin[] = [KIND_PIN, ...Object.values(INSTALLERS).flatMap((s) => (s.cli ? [s.cli] : []))]
const pin = (name: string) => ALL.find((p) => p.name === name)!

describe('pins', () => {
  it('kind and every mesh CLI but none’s are pinned, each once', () => {
    expect(ALL.map((p) => p.name).sort()).toEqual(['cilium', 'istioctl', 'istioctl', 'kind', 'linkerd'])
    // Istio's sidecar and ambient setups share one istioctl pin: one version, one fact.
    expect(INSTALLERS.istio.cli).toBe(INSTALLERS['istio-ambient'].cli)
    expect(INSTALLERS.none.cli).toBeNull()
  })

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
      'https://github.com/istio/istio/releases/download/1.30.4/istioctl-1.30.4-linux-amd64.tar.gz',
    ],
    [
      'linkerd',
      'linux-amd64',
      'https://github.com/linkerd/linkerd2/releases/download/edge-26.9.1/linkerd2-cli-edge-26.9.1-linux-amd64',
    ],
    [
      'cilium',
      'linux-arm64',
      'https://github.com/cilium/cilium-cli/releases/download/v0.19.7/cilium-linux-arm64.tar.gz',
    ],
  ] as const)('%s on %s comes from its release URL', (tool, platform, url) => {
    expect(downloadSpecFor(pin(tool), platform).url).toBe(url)
  })

  it.each([
    ['kind', 'kind-linux-amd64.sha256sum'],
    ['istioctl', 'istioctl-1.30.4-linux-amd64.tar.gz.sha256'],
    ['linkerd', 'linkerd2-cli-edge-26.9.1-linux-amd64.sha256'],
    ['cilium', 'cilium-linux-amd64.tar.gz.sha256sum'],
  ] as const)('%s: the checksum file its project publishes beside the asset is %s', (tool, file) => {
    const spec = downloadSpecFor(pin(tool), 'linux-amd64')
    expect(spec.checksumUrl).toBe(spec.url.replace(/[^/]+$/, file))
  })

  it('pins kind v0.33.0 by the digests of its published .sha256sum files', () => {
    expect(KIND_PIN.sha256).toEqual({
      'linux-amd64': 'aee6151561422756b764a4ae28e7f44cda5af5a9eead3cc9985112b1de8d8e0d',
      'linux-arm64': '20022bee6cfcd5086cb7234d218e3454e6090022f2a8f55d1fa7fcf42c3867a2',
    })
  })

  it('every pinned digest is 64 hex digits or explicitly missing', () => {
    for (const p of ALL)
      for (const d of Object.values(p.sha256)) expect(d === null || /^[0-9a-f]{64}$/.test(d)).toBe(true)
  })

  it('any other version works the same way: its release checksum file, or the digest the user gives', () => {
    expect(downloadSpecFor(KIND_PIN, 'linux-amd64', { version: 'v0.32.0' })).toMatchObject({
      version: 'v0.32.0',
      sha256: null, // the pin is for v0.33.0 only
      checksumUrl:
        'https://github.com/kubernetes-sigs/kind/releases/download/v0.32.0/kind-linux-amd64.sha256sum',
    })
    const spec = downloadSpecFor(ISTIOCTL_PIN, 'linux-amd64', { version: '1.27.3', sha256: 'A'.repeat(64) })
    expect(spec).toMatchObject({ version: '1.27.3', sha256: 'a'.repeat(64), pinnedBy: 'user' })
    expect(spec.url).toContain('/1.27.3/istioctl-1.27.3-linux-amd64.tar.gz')
    expect(downloadSpecFor(KIND_PIN, 'linux-arm64')).toMatchObject({
      sha256: KIND_PIN.sha256['linux-arm64'],
      pinnedBy: 'source',
    })
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

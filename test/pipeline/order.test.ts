/**
 * The order that keeps a run from paying for a cluster it cannot use: preflight (Docker), then every download
 * verified, then the cluster. Fakes only: no process, no network, no cluster.
 */
import { describe, expect, it } from '@jest/globals'
import type { ClusterHandle, ClusterProvider } from '../../src/cluster/types.js'
import { measureOnCluster, type PipelineDeps } from '../../src/pipeline/measure-on-cluster.js'
import { defaultGateConfig } from '../../src/config/gate-config.js'
import { ChecksumMismatchError, type VerifiedTool } from '../../src/tools/download.js'
import { ISTIOCTL_PIN } from '../../src/mesh/istio.js'
import { downloadSpecFor } from '../../src/tools/pins.js'
import { emptyPlan } from '../../src/tools/plan.js'

const STOP = new Error('stop after create')

function deps(events: string[], fetchTools: () => Promise<VerifiedTool[]>): PipelineDeps {
  const provider: ClusterProvider = {
    kind: 'kind',
    describe: emptyPlan,
    planned: () => ({}) as ClusterHandle,
    preflight: async () => void events.push('preflight'),
    create: async () => {
      events.push('create')
      throw STOP
    },
    delete: async () => undefined,
  }
  return {
    provider,
    mesh: () => ({
      mesh: 'istio',
      systemNamespaces: [],
      describe: emptyPlan,
      install: async () => ({ name: 'istio', version: '1.30.4', profile: 'default' }),
      fingerprint: () => ({ name: 'istio', version: '1.30.4', profile: 'default' }),
    }),
    fetchTools: async () => {
      events.push('fetch')
      return fetchTools()
    },
    connect: () => {
      throw new Error('no cluster in this test')
    },
    exec: () => {
      throw new Error('no cluster in this test')
    },
    stats: () => {
      throw new Error('no cluster in this test')
    },
    log: (line) => void events.push(`log: ${line}`),
    now: () => 0,
    onCluster: () => void events.push('onCluster'),
  }
}

// A PR with no mesh files and no base side.
const options = {
  meshName: 'istio' as const,
  head: { name: 'head' as const, ref: null, objects: [] },
  base: null,
  scenarios: [],
  require: 'strict' as const,
  config: defaultGateConfig(),
}

describe('measureOnCluster: downloads before the cluster', () => {
  it('a refused download creates no cluster', async () => {
    const events: string[] = []
    const spec = downloadSpecFor(ISTIOCTL_PIN, 'linux-amd64')
    const refused = new ChecksumMismatchError(spec, 'a'.repeat(64), 'b'.repeat(64), 'the checksum file')
    await expect(
      measureOnCluster(
        deps(events, () => Promise.reject(refused)),
        options,
      ),
    ).rejects.toBe(refused)
    expect(events.filter((e) => !e.startsWith('log: '))).toEqual(['preflight', 'fetch'])
  })

  it('verified downloads are logged with their digests, and only then is the cluster created', async () => {
    const events: string[] = []
    const tools: VerifiedTool[] = [
      {
        name: 'kind',
        version: 'v0.33.0',
        url: 'https://github.com/kubernetes-sigs/kind/releases/download/v0.33.0/kind-linux-amd64',
        sha256: 'c'.repeat(64),
        verifiedBy: 'pinned',
        checksumUrl: null,
        path: '/cache/kind',
      },
      {
        name: 'istioctl',
        version: '1.30.4',
        url: 'https://github.com/istio/istio/releases/download/1.30.4/istioctl-1.30.4-linux-amd64.tar.gz',
        sha256: 'd'.repeat(64),
        verifiedBy: 'published',
        checksumUrl:
          'https://github.com/istio/istio/releases/download/1.30.4/istioctl-1.30.4-linux-amd64.tar.gz.sha256',
        path: '/scratch/istioctl',
      },
    ]
    await expect(
      measureOnCluster(
        deps(events, async () => tools),
        options,
      ),
    ).rejects.toThrow(STOP.message)
    const order = events.filter((e) => !/^log: (configuration|measured path|layout)/.test(e))
    expect(order).toEqual([
      'preflight',
      'fetch',
      `log: tool kind v0.33.0: sha256 ${'c'.repeat(64)} (pinned)`,
      `log: tool istioctl 1.30.4: sha256 ${'d'.repeat(64)} (from ${tools[1].checksumUrl})`,
      'create',
    ])
  })
})

import { beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { KindProvider, kindNodeImage, parseKindCreate } from '../../src/cluster/kind.js'
import { ClusterCreateError } from '../../src/cluster/types.js'
import type { ProviderContext } from '../../src/cluster/types.js'
import { InputError } from '../../src/errors.js'
import { testStore } from '../tools/store.js'
import { readFixture, scratch } from '../helpers.js'
import { enoent, FakeRunner, type Step } from './fake-runner.js'

const CREATED = readFixture('cluster', 'kind-create-cluster.txt')
const FAILED = readFixture('cluster', 'kind-create-cluster-failed.txt')
const NO_DAEMON = readFixture('cluster', 'docker-info-no-daemon.txt')
const IMAGE_1_34 =
  'kindest/node:v1.34.11@sha256:44e222ee2132dab25ff87301682f89eb82c7880ea3a1bf543bfe9708fd08d67d'

let tempDir: string
let logs: string[]
let warnings: string[]
beforeEach(() => {
  tempDir = scratch('mmg-kind-')
  logs = []
  warnings = []
})

function context(runner: FakeRunner): ProviderContext {
  return {
    runner,
    log: (l) => logs.push(l),
    warn: (l) => warnings.push(l),
    tempDir,
    store: testStore(tempDir),
    platform: 'linux-amd64',
    runId: 'github-123-1',
    now: () => new Date('2026-11-26T10:00:00Z'),
  }
}

const dockerOk: Step = { match: /^docker info/, result: { stdout: '29.1.2\n' } }
const limitsHigh = async () => 1_000_000
const options = { kindPath: '/opt/kind', readSysctl: limitsHigh, isRoot: false }

describe('kind without Docker', () => {
  it('fails at once with an InputError that says kind needs Docker and how to use existing', async () => {
    const runner = new FakeRunner([{ match: /^docker/, error: enoent('docker') }])
    const err = await new KindProvider(context(runner), { readSysctl: limitsHigh })
      .create()
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toContain('kind needs Docker')
    expect((err as Error).message).toContain("'cluster: existing'")
    expect((err as Error).message).toContain('the docker command is not installed')
    // Nothing else ran: no download, no sysctl, no kind.
    expect(runner.lines()).toEqual(['docker info --format {{.ServerVersion}}'])
  })

  it('says so when the daemon is not running, quoting Docker', async () => {
    const runner = new FakeRunner([{ match: /^docker info/, result: { exitCode: 1, stderr: NO_DAEMON } }])
    const err = await new KindProvider(context(runner), options).create().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toContain("'docker info' failed (Cannot connect to the Docker daemon")
    expect((err as Error).message).toContain('--cluster existing')
    expect(runner.calls).toHaveLength(1)
  })
})

describe('kind create', () => {
  it('writes the config, creates the cluster with the pinned image, and returns the handle', async () => {
    const runner = new FakeRunner([dockerOk, { match: /create cluster/, result: { stderr: CREATED } }])
    const handle = await new KindProvider(context(runner), options).create()
    expect(runner.lines()).toEqual([
      'docker info --format {{.ServerVersion}}',
      `/opt/kind create cluster --name mmg-github-123-1 --config ${tempDir}/kind-config.yaml --kubeconfig ${tempDir}/kubeconfig-mmg-github-123-1 --retain --wait 5m`,
    ])
    const config = parse(readFileSync(join(tempDir, 'kind-config.yaml'), 'utf8'))
    expect(config).toEqual({
      kind: 'Cluster',
      apiVersion: 'kind.x-k8s.io/v1alpha4',
      name: 'mmg-github-123-1',
      nodes: [
        { role: 'control-plane', image: IMAGE_1_34 },
        { role: 'worker', image: IMAGE_1_34, labels: { 'mesh-mtls-gate/role': 'client' } },
        { role: 'worker', image: IMAGE_1_34, labels: { 'mesh-mtls-gate/role': 'server' } },
      ],
    })
    expect(handle).toEqual({
      provider: 'kind',
      name: 'mmg-github-123-1',
      kubeconfigPath: `${tempDir}/kubeconfig-mmg-github-123-1`,
      kubernetesVersion: 'v1.34.11',
      nodeImage: IMAGE_1_34,
      created: true,
      nodeLabels: {
        client: { 'mesh-mtls-gate/role': 'client' },
        server: { 'mesh-mtls-gate/role': 'server' },
      },
      network: { defaultCni: true, kubeProxy: true, apiServer: null },
      teardown: {
        provider: 'kind',
        name: 'mmg-github-123-1',
        kindPath: '/opt/kind',
        kubeconfigPath: `${tempDir}/kubeconfig-mmg-github-123-1`,
      },
    })
    expect(logs.join('\n')).toMatch(
      /kind: cluster 'mmg-github-123-1' created in \d+\.\d s \(attempt 1 of 3; image kindest\/node:v1\.34\.11\)/,
    )
  })

  it('for Cilium: no default CNI, no kube-proxy, no --wait, and the API server for kube-proxy replacement', async () => {
    const runner = new FakeRunner([dockerOk, { match: /create cluster/, result: { stderr: CREATED } }])
    const handle = await new KindProvider(context(runner), {
      ...options,
      forCilium: true,
      kubernetesVersion: '1.35',
    }).create()
    const config = parse(readFileSync(join(tempDir, 'kind-config.yaml'), 'utf8'))
    expect(config.networking).toEqual({ disableDefaultCNI: true, kubeProxyMode: 'none' })
    expect(config.nodes[0].image).toContain('kindest/node:v1.35.8@sha256:07b2536e')
    expect(runner.calls[1].args).not.toContain('--wait')
    expect(handle.network).toEqual({
      defaultCni: false,
      kubeProxy: false,
      apiServer: { host: 'mmg-github-123-1-control-plane', port: 6443 },
    })
  })

  it('raises the inotify limits that are too low, and only those', async () => {
    const runner = new FakeRunner([dockerOk, { match: /create cluster/, result: { stderr: CREATED } }])
    const read = async (key: string) => (key.endsWith('watches') ? 8192 : 1024)
    await new KindProvider(context(runner), { ...options, readSysctl: read }).create()
    expect(runner.lines()).toContain('sudo -n sysctl -w fs.inotify.max_user_watches=524288')
    expect(runner.lines().filter((l) => l.includes('max_user_instances'))).toEqual([])
  })

  it('warns and goes on when the limits cannot be raised', async () => {
    const runner = new FakeRunner([
      dockerOk,
      {
        match: /^sysctl/,
        result: { exitCode: 255, stderr: 'sysctl: permission denied on key "fs.inotify.max_user_watches"' },
      },
      { match: /create cluster/, result: { stderr: CREATED } },
    ])
    await new KindProvider(context(runner), {
      ...options,
      isRoot: true,
      readSysctl: async () => 100,
    }).create()
    expect(warnings.join('\n')).toContain('permission denied')
  })

  it('retries a failed creation after exporting its logs and deleting it', async () => {
    const runner = new FakeRunner([
      dockerOk,
      { match: /create cluster/, result: { exitCode: 1, stderr: FAILED }, once: true },
      { match: /create cluster/, result: { stderr: CREATED } },
    ])
    await new KindProvider(context(runner), options).create()
    const lines = runner.lines()
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^\/opt\/kind create cluster/),
      `/opt/kind export logs ${tempDir}/kind-logs/attempt-1 --name mmg-github-123-1`,
      `/opt/kind delete cluster --name mmg-github-123-1 --kubeconfig ${tempDir}/kubeconfig-mmg-github-123-1`,
      expect.stringMatching(/^\/opt\/kind create cluster/),
    ])
    expect(warnings[0]).toMatch(
      /creating cluster 'mmg-github-123-1' failed after .* \(attempt 1 of 3\); node logs in/,
    )
    expect(logs.join('\n')).toContain('(attempt 2 of 3;')
  })

  it('gives up after the bounded attempts with kind’s own error and where the logs are', async () => {
    const runner = new FakeRunner([
      dockerOk,
      { match: /create cluster/, result: { exitCode: 1, stderr: FAILED } },
    ])
    const err = await new KindProvider(context(runner), { ...options, attempts: 2 })
      .create()
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ClusterCreateError)
    expect((err as ClusterCreateError).logsDir).toBe(`${tempDir}/kind-logs`)
    expect((err as Error).message).toContain('in 2 attempts')
    expect((err as Error).message).toContain(
      'attempt 2: failed to create cluster: failed to init node with kubeadm',
    )
    expect(runner.lines().filter((l) => l.includes('create cluster'))).toHaveLength(2)
    expect(runner.lines().filter((l) => l.includes('export logs'))).toHaveLength(2)
  })

  it('delete() removes the cluster it created, and nothing before create()', async () => {
    const runner = new FakeRunner([dockerOk, { match: /create cluster/, result: { stderr: CREATED } }])
    const kind = new KindProvider(context(runner), options)
    await kind.delete()
    expect(runner.calls).toHaveLength(0)
    await kind.create()
    await kind.delete()
    expect(runner.lines().at(-1)).toBe(
      `/opt/kind delete cluster --name mmg-github-123-1 --kubeconfig ${tempDir}/kubeconfig-mmg-github-123-1`,
    )
  })
})

describe('node images', () => {
  it.each([
    [undefined, IMAGE_1_34],
    ['1.37', 'kindest/node:v1.37.0@sha256:a1ed56cfb0e7b93589bdf97c8cd566405a265939e3620fc4f5de89adff580ae5'],
    ['v1.36', 'kindest/node:v1.36.4@sha256:099e049362a1526b2db71494e1947aae99bd16290d7c895f2b7ea312e3cbfaed'],
    [
      '1.35.8',
      'kindest/node:v1.35.8@sha256:07b2536e30b803ed61d1677a79df6115f798ce64c80f9e22f6ed45afd09323c0',
    ],
  ])('%s → %s', (v, image) => expect(kindNodeImage(v)).toBe(image))

  it.each([
    ['1.33', /has no kind node image pinned .* use one of 1\.37, 1\.36, 1\.35, 1\.34/],
    ['1.34.0', /ships v1\.34\.11 for 1\.34; ask for '1\.34'/],
    ['latest', /has no kind node image pinned/],
  ])('%s is refused', (v, message) => expect(() => kindNodeImage(v)).toThrow(message))
})

describe('recorded kind output', () => {
  it('reads the cluster, the image and the steps', () => {
    expect(parseKindCreate(CREATED)).toEqual({
      cluster: 'mmg-github-123-1',
      image: 'kindest/node:v1.34.11',
      steps: [
        'Ensuring node image (kindest/node:v1.34.11)',
        'Preparing nodes',
        'Writing configuration',
        'Starting control-plane',
        'Installing CNI',
        'Installing StorageClass',
        'Joining worker nodes',
        'Waiting',
      ],
      error: null,
    })
    expect(parseKindCreate(FAILED).error).toMatch(
      /^failed to create cluster: failed to init node with kubeadm/,
    )
  })
})

describe('the dry-run plan', () => {
  it('lists the pinned download, the generated config and every command, without running anything', () => {
    const runner = new FakeRunner()
    const plan = new KindProvider(context(runner), { readSysctl: limitsHigh, isRoot: false }).describe()
    expect(runner.calls).toHaveLength(0)
    expect(plan.downloads).toEqual([
      {
        name: 'kind',
        version: 'v0.33.0',
        url: 'https://github.com/kubernetes-sigs/kind/releases/download/v0.33.0/kind-linux-amd64',
        sha256: 'aee6151561422756b764a4ae28e7f44cda5af5a9eead3cc9985112b1de8d8e0d',
        pinnedBy: 'source',
        checksumUrl:
          'https://github.com/kubernetes-sigs/kind/releases/download/v0.33.0/kind-linux-amd64.sha256sum',
        archive: 'binary',
        binary: 'kind',
      },
    ])
    expect(plan.files[0].content).toContain(IMAGE_1_34)
    expect(plan.commands.map((c) => [c.command, ...c.args].join(' '))).toEqual([
      'docker info --format {{.ServerVersion}}',
      'sudo -n sysctl -w fs.inotify.max_user_watches=524288',
      'sudo -n sysctl -w fs.inotify.max_user_instances=512',
      `kind create cluster --name mmg-github-123-1 --config ${tempDir}/kind-config.yaml --kubeconfig ${tempDir}/kubeconfig-mmg-github-123-1 --retain --wait 5m`,
      `kind export logs ${tempDir}/kind-logs/attempt-N --name mmg-github-123-1`,
      `kind delete cluster --name mmg-github-123-1 --kubeconfig ${tempDir}/kubeconfig-mmg-github-123-1`,
    ])
  })
})

describe('planned()', () => {
  it('tells a dry run what the cluster will be, before it exists', () => {
    const runner = new FakeRunner()
    const planned = new KindProvider(context(runner), { forCilium: true, readSysctl: limitsHigh }).planned()
    expect(planned.network.apiServer).toEqual({ host: 'mmg-github-123-1-control-plane', port: 6443 })
    expect(planned.nodeImage).toBe(IMAGE_1_34)
    expect(runner.calls).toHaveLength(0)
  })
})

describe('recording for the post step', () => {
  it('records the cluster before kind create runs, so a cancel during creation still deletes it', async () => {
    const order: string[] = []
    const runner = new FakeRunner([dockerOk, { match: /create cluster/, result: { stderr: CREATED } }])
    const ctx = {
      ...context(runner),
      recordTeardown: () => order.push(`recorded after ${runner.calls.length} calls`),
    }
    await new KindProvider(ctx, options).create()
    // docker info ran, kind create had not yet.
    expect(order).toEqual(['recorded after 1 calls'])
  })
})

describe('kind plan', () => {
  it('lists exactly the commands a failed create and delete run (attempt-N for the attempt number)', async () => {
    const runner = new FakeRunner([
      dockerOk,
      { match: /create cluster/, result: { exitCode: 1, stderr: FAILED } },
    ])
    // Low inotify limits: the sysctl commands run too, as the plan says they may.
    const provider = new KindProvider(context(runner), { ...options, attempts: 1, readSysctl: async () => 1 })
    const planned = provider.describe().commands.map((c) => [c.command, ...c.args].join(' '))
    await provider.create().catch(() => undefined)
    const ran = runner.lines().map((l) => l.replace('attempt-1', 'attempt-N'))
    expect(ran).toEqual(planned)
  })
})

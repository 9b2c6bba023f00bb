import { beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { EksProvider } from '../../src/cluster/eks.js'
import { GkeProvider, gkeCreateArgs, parseGkeConfig } from '../../src/cluster/gke.js'
import { clusterName, runIdentity } from '../../src/cluster/names.js'
import type { ProviderContext } from '../../src/cluster/types.js'
import { InputError } from '../../src/errors.js'
import { testStore } from '../tools/store.js'
import { fixture, readFixture, scratch } from '../helpers.js'
import { FakeRunner } from './fake-runner.js'

let tempDir: string
let warnings: string[]
beforeEach(() => {
  tempDir = scratch('mmg-cloud-')
  warnings = []
})
const NOW = new Date('2026-11-26T10:00:00Z')
function context(runner: FakeRunner): ProviderContext {
  return {
    runner,
    log: () => {},
    warn: (l) => warnings.push(l),
    tempDir,
    store: testStore(tempDir),
    platform: 'linux-amd64',
    runId: 'github-123-1',
    now: () => NOW,
  }
}
const version = async () => 'v1.34.2-eks-1234'

describe('names', () => {
  it.each([
    ['github-123-1', 'mmg-github-123-1'],
    ['github-98765432101-12', 'mmg-github-98765432101-12'],
    ['Local_ABC', 'mmg-local-abc'],
    ['github-' + '9'.repeat(50) + '-1', 'mmg-github-' + '9'.repeat(29)],
  ])('%s → %s (GKE-valid: lower-case, ≤ 40)', (id, name) => {
    expect(clusterName(id)).toBe(name)
    expect(name).toMatch(/^[a-z]([-a-z0-9]{0,38}[a-z0-9])?$/)
  })
  it('names the run from GitHub’s run id and attempt', () => {
    expect(runIdentity({ GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' })).toBe('github-42-2')
    expect(runIdentity({})).toMatch(/^local-[0-9a-f]{8}$/)
  })
})

describe('eks', () => {
  it('creates from the repository config with the gate’s name and expiry tags, and deletes it', async () => {
    const runner = new FakeRunner([
      { match: /create cluster/, result: { stderr: readFixture('cluster', 'eksctl-create-cluster.txt') } },
    ])
    const eks = new EksProvider(context(runner), {
      configPath: fixture('cluster', 'eksctl-cluster.yaml'),
      serverVersion: version,
    })
    const handle = await eks.create()
    const generated = parse(readFileSync(join(tempDir, 'eksctl-cluster.yaml'), 'utf8'))
    expect(generated.metadata).toEqual({
      name: 'mmg-github-123-1',
      region: 'eu-north-1',
      version: '1.34',
      tags: {
        team: 'platform',
        'mesh-mtls-gate/expires-at': '2026-11-26T16:00:00.000Z',
        'mesh-mtls-gate/run': 'github-123-1',
      },
    })
    expect(generated.managedNodeGroups).toEqual([
      { name: 'bench', instanceType: 'c6i.4xlarge', desiredCapacity: 3 },
    ])
    expect(handle).toMatchObject({
      provider: 'eks',
      name: 'mmg-github-123-1',
      kubernetesVersion: 'v1.34.2-eks-1234',
      created: true,
      teardown: { provider: 'eks', name: 'mmg-github-123-1', region: 'eu-north-1', eksctlPath: 'eksctl' },
    })
    await eks.delete()
    expect(runner.lines()).toEqual([
      `eksctl create cluster -f ${tempDir}/eksctl-cluster.yaml --kubeconfig ${tempDir}/kubeconfig-mmg-github-123-1`,
      'eksctl delete cluster --name mmg-github-123-1 --region eu-north-1',
    ])
    // Credentials travel in the environment only: nothing secret-looking among the arguments.
    expect(runner.calls.flatMap((c) => c.args).join(' ')).not.toMatch(/AWS_|token|secret/i)
  })

  it('records the cluster for the post step before eksctl runs', async () => {
    const records: unknown[] = []
    const runner = new FakeRunner()
    const ctx = { ...context(runner), recordTeardown: (r: unknown) => records.push([r, runner.calls.length]) }
    await new EksProvider(ctx, {
      configPath: fixture('cluster', 'eksctl-cluster.yaml'),
      serverVersion: version,
    }).create()
    expect(records).toEqual([
      [{ provider: 'eks', name: 'mmg-github-123-1', region: 'eu-north-1', eksctlPath: 'eksctl' }, 0],
    ])
  })

  it('deletes what a failed create left, then reports the failure', async () => {
    const runner = new FakeRunner([
      {
        match: /create cluster/,
        result: { exitCode: 1, stderr: 'Error: failed to create cluster "mmg-github-123-1"' },
      },
    ])
    const eks = new EksProvider(context(runner), {
      configPath: fixture('cluster', 'eksctl-cluster.yaml'),
      serverVersion: version,
    })
    await expect(eks.create()).rejects.toThrow(/failed to create cluster/)
    expect(runner.lines().at(-1)).toBe('eksctl delete cluster --name mmg-github-123-1 --region eu-north-1')
  })

  it.each([
    [
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: x}\n',
      /'metadata\.region' is required/,
    ],
    ['kind: Cluster\n', /'kind: ClusterConfig' with 'apiVersion: eksctl\.io\/v1alpha5' expected/],
    ['a: 1\na: 2\n', /not valid YAML/],
    ['- a\n', /must be a YAML mapping/],
  ])('refuses a bad config naming the file: %j', async (text, message) => {
    const path = join(tempDir, 'eks.yaml')
    writeFileSync(path, text)
    const runner = new FakeRunner()
    const err = await new EksProvider(context(runner), { configPath: path }).create().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toMatch(message)
    expect((err as Error).message).toContain(path)
    expect(runner.calls).toHaveLength(0)
  })

  it('a missing config file is an InputError naming it', async () => {
    const err = await new EksProvider(context(new FakeRunner()), { configPath: join(tempDir, 'nope.yaml') })
      .create()
      .catch((e: unknown) => e)
    expect((err as Error).message).toBe(`${tempDir}/nope.yaml: cannot read the eksctl cluster config: ENOENT`)
  })
})

describe('gke', () => {
  const config = parseGkeConfig(parse(readFixture('cluster', 'gke-cluster.yaml')), 'gke.yaml')

  it('builds the create command with the expiry and run labels', () => {
    expect(
      gkeCreateArgs(config, 'mmg-github-123-1', 'github-123-1', new Date('2026-11-26T16:00:00Z')),
    ).toEqual([
      'container',
      'clusters',
      'create',
      'mmg-github-123-1',
      '--project',
      'mesh-bench-1234',
      '--location',
      'europe-west4-a',
      '--num-nodes',
      '3',
      '--machine-type',
      'c3-standard-16',
      '--release-channel',
      'regular',
      '--labels',
      'mesh-mtls-gate-expires-at=1795708800,mesh-mtls-gate-run=github-123-1',
      '--quiet',
      '--enable-ip-alias',
    ])
  })

  it('creates, fetches credentials into its own kubeconfig, and deletes', async () => {
    const runner = new FakeRunner()
    const gke = new GkeProvider(context(runner), {
      configPath: fixture('cluster', 'gke-cluster.yaml'),
      serverVersion: version,
    })
    const handle = await gke.create()
    await gke.delete()
    expect(runner.lines()).toEqual([
      expect.stringMatching(
        /^gcloud container clusters create mmg-github-123-1 --project mesh-bench-1234 .*--labels mesh-mtls-gate-expires-at=1795708800,/,
      ),
      'gcloud container clusters get-credentials mmg-github-123-1 --project mesh-bench-1234 --location europe-west4-a',
      'gcloud container clusters delete mmg-github-123-1 --project mesh-bench-1234 --location europe-west4-a --quiet',
    ])
    expect(runner.calls[1].options.env).toEqual({ KUBECONFIG: `${tempDir}/kubeconfig-mmg-github-123-1` })
    expect(handle.teardown).toEqual({
      provider: 'gke',
      name: 'mmg-github-123-1',
      project: 'mesh-bench-1234',
      location: 'europe-west4-a',
      gcloudPath: 'gcloud',
    })
  })

  it.each([
    [{ location: 'x' }, /'project' is required/],
    [{ project: 'p', location: 'l', numNodes: 1 }, /'numNodes' must be an integer ≥ 2/],
    [{ project: 'p', location: 'l', zone: 'z' }, /unknown field 'zone'/],
    [{ project: 'p', location: 'l', args: ['--labels=a=b'] }, /'args' may not set --labels/],
    [{ project: 'p', location: 'l', args: 'x' }, /'args' must be a list of strings/],
  ])('refuses %j', (raw, message) => {
    expect(() => parseGkeConfig(raw as Record<string, unknown>, 'gke.yaml')).toThrow(message)
  })

  it('defaults: e2-standard-4, 3 nodes', () => {
    expect(parseGkeConfig({ project: 'p', location: 'l' }, 'f')).toEqual({
      project: 'p',
      location: 'l',
      machineType: 'e2-standard-4',
      numNodes: 3,
      clusterVersion: undefined,
      releaseChannel: undefined,
      args: [],
    })
  })
})

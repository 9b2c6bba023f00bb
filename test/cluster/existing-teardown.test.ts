import { beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createClusterProvider } from '../../src/cluster/index.js'
import { ExistingProvider } from '../../src/cluster/existing.js'
import {
  parseTeardownRecord,
  recordClusterForTeardown,
  teardownCommand,
  teardownRecorded,
} from '../../src/cluster/teardown.js'
import type { ProviderContext, TeardownRecord } from '../../src/cluster/types.js'
import { State } from '../../src/constants.js'
import { InputError } from '../../src/errors.js'
import { testStore } from '../tools/store.js'
import { FakeRunner } from './fake-runner.js'
import { scratch } from '../helpers.js'

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: ci
  cluster: { server: https://127.0.0.1:6443, insecure-skip-tls-verify: true }
users:
- name: ci
  user: { token: not-a-real-token }
contexts:
- name: ci
  context: { cluster: ci, user: ci }
current-context: ci
`

let tempDir: string
beforeEach(() => {
  tempDir = scratch('mmg-existing-')
})
function context(runner = new FakeRunner()): ProviderContext {
  return {
    runner,
    log: () => {},
    warn: () => {},
    tempDir,
    store: testStore(tempDir),
    platform: 'linux-amd64',
    runId: 'github-1-1',
  }
}
const version = async () => 'v1.33.4'

describe('existing', () => {
  it('writes the input kubeconfig to a 0600 file, creates nothing, and removes only that file', async () => {
    const provider = new ExistingProvider(context(), {
      kubeconfig: KUBECONFIG,
      serverVersion: version,
      env: {},
    })
    const handle = await provider.create()
    expect(statSync(handle.kubeconfigPath).mode & 0o777).toBe(0o600)
    expect(handle).toMatchObject({
      provider: 'existing',
      name: 'ci',
      kubernetesVersion: 'v1.33.4',
      created: false,
      nodeLabels: null,
    })
    expect(handle.teardown).toEqual({ provider: 'existing', kubeconfigPath: handle.kubeconfigPath })
    await provider.delete()
    expect(existsSync(handle.kubeconfigPath)).toBe(false)
  })

  it('uses KUBECONFIG and leaves that file alone', async () => {
    const path = join(tempDir, 'config')
    writeFileSync(path, KUBECONFIG)
    const provider = new ExistingProvider(context(), { serverVersion: version, env: { KUBECONFIG: path } })
    const handle = await provider.create()
    expect(handle.kubeconfigPath).toBe(path)
    expect(handle.teardown).toBeNull()
    await provider.delete()
    expect(existsSync(path)).toBe(true)
  })

  it('plans with the file the run will use, and says truthfully where it came from', async () => {
    const named = join(tempDir, 'named-config')
    const fromEnv = join(tempDir, 'env-config')
    writeFileSync(named, KUBECONFIG)
    writeFileSync(fromEnv, KUBECONFIG)
    // A file named on the command line wins over KUBECONFIG and is used where it is.
    const file = new ExistingProvider(context(), {
      kubeconfigPath: named,
      serverVersion: version,
      env: { KUBECONFIG: fromEnv },
    })
    expect(file.planned().kubeconfigPath).toBe(named)
    expect(file.describe().notes[0]).toBe(
      `cluster: existing, kubeconfig from the file given with --kubeconfig (${named})`,
    )
    const handle = await file.create()
    expect(handle.kubeconfigPath).toBe(named)
    expect(handle.teardown).toBeNull()
    await file.delete()
    expect(existsSync(named)).toBe(true)

    const env = new ExistingProvider(context(), { serverVersion: version, env: { KUBECONFIG: fromEnv } })
    expect(env.planned().kubeconfigPath).toBe(fromEnv)
    expect(env.describe().notes[0]).toBe(`cluster: existing, kubeconfig from KUBECONFIG (${fromEnv})`)

    // The input's content: the plan names the temporary file that create() then writes.
    const input = new ExistingProvider(context(), { kubeconfig: KUBECONFIG, serverVersion: version, env: {} })
    const planned = input.planned().kubeconfigPath
    expect(planned.startsWith(join(tempDir, 'kubeconfig-existing-'))).toBe(true)
    expect(input.describe().notes[0]).toMatch(
      /kubeconfig from the 'kubeconfig' input, written to a temporary file/,
    )
    expect((await input.create()).kubeconfigPath).toBe(planned)
    await input.delete()
  })

  it.each([
    [
      { env: {} },
      /needs a kubeconfig: set the action input 'kubeconfig' \(from a secret\), --kubeconfig FILE, or KUBECONFIG/,
    ],
    [
      { env: {}, kubeconfigPath: '/nonexistent/named' },
      /^\/nonexistent\/named: the kubeconfig file does not exist \(from the file given with --kubeconfig/,
    ],
    [
      { env: { KUBECONFIG: '/nonexistent/config' } },
      /\/nonexistent\/config: the kubeconfig file does not exist/,
    ],
    [{ env: { KUBECONFIG: '/a:/b' } }, /KUBECONFIG lists 2 files/],
    [
      { env: {}, kubeconfig: 'apiVersion: v1\nkind: Config\n' },
      /the 'kubeconfig' input is not a usable kubeconfig/,
    ],
  ])('refuses %j', async (options, message) => {
    const err = await new ExistingProvider(context(), { ...options, serverVersion: version })
      .create()
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toMatch(message)
    expect((err as Error).message).not.toContain('not-a-real-token')
  })
})

describe('createClusterProvider', () => {
  it.each(['kind', 'existing'] as const)('%s', (kind) => {
    expect(createClusterProvider({ kind }, context()).kind).toBe(kind)
  })
  it('eks and gke need a config from the repository', () => {
    expect(() => createClusterProvider({ kind: 'eks' }, context())).toThrow(/needs a cluster config/)
    expect(createClusterProvider({ kind: 'gke', configPath: 'gke.yaml' }, context()).kind).toBe('gke')
  })
  it('refuses an unknown provider', () => {
    expect(() => createClusterProvider({ kind: 'minikube' as never }, context())).toThrow(
      "cluster 'minikube' is not one of kind, existing, eks, gke",
    )
  })
})

describe('teardown', () => {
  it('records the handle’s teardown under the state the post step reads', () => {
    const saved: Array<[string, string]> = []
    const record: TeardownRecord = {
      provider: 'kind',
      name: 'mmg-1',
      kindPath: '/cache/kind',
      kubeconfigPath: '/t/k',
    }
    recordClusterForTeardown({ teardown: record }, (n, v) => saved.push([n, v]))
    recordClusterForTeardown({ teardown: null }, (n, v) => saved.push([n, v]))
    expect(saved).toEqual([[State.ClusterToDelete, JSON.stringify(record)]])
    expect(parseTeardownRecord(saved[0][1])).toEqual(record)
  })

  it.each<[TeardownRecord, string | null]>([
    [
      { provider: 'kind', name: 'mmg-1', kindPath: '/c/kind', kubeconfigPath: '/t/k' },
      '/c/kind delete cluster --name mmg-1 --kubeconfig /t/k',
    ],
    [
      { provider: 'eks', name: 'mmg-1', region: 'eu-north-1', eksctlPath: 'eksctl' },
      'eksctl delete cluster --name mmg-1 --region eu-north-1',
    ],
    [
      { provider: 'gke', name: 'mmg-1', project: 'p', location: 'europe-west4-a', gcloudPath: 'gcloud' },
      'gcloud container clusters delete mmg-1 --project p --location europe-west4-a --quiet',
    ],
    [{ provider: 'existing', kubeconfigPath: '/t/k' }, null],
  ])('%j → %s', (record, line) => {
    const c = teardownCommand(record)
    expect(c ? [c.command, ...c.args].join(' ') : null).toBe(line)
  })

  it('runs the delete command of a recorded cluster', async () => {
    const runner = new FakeRunner()
    const said = await teardownRecorded(
      JSON.stringify({ provider: 'kind', name: 'mmg-1', kindPath: '/c/kind', kubeconfigPath: '/t/k' }),
      { runner, log: () => {} },
    )
    expect(runner.lines()).toEqual(['/c/kind delete cluster --name mmg-1 --kubeconfig /t/k'])
    expect(said).toMatch(/^deleted kind cluster 'mmg-1' in /)
  })

  it('a bare name from an older main step is a kind cluster; empty is nothing', async () => {
    expect(parseTeardownRecord('mmg-1')).toEqual({
      provider: 'kind',
      name: 'mmg-1',
      kindPath: 'kind',
      kubeconfigPath: '',
    })
    expect(await teardownRecorded('', { runner: new FakeRunner(), log: () => {} })).toBe(
      'nothing to clean up',
    )
    expect(() => parseTeardownRecord('{"provider":"aks"}')).toThrow(/unrecognised cluster record/)
  })

  it('removes a recorded temporary kubeconfig, never an existing cluster', async () => {
    const path = join(tempDir, 'k')
    writeFileSync(path, KUBECONFIG)
    const runner = new FakeRunner()
    await teardownRecorded(JSON.stringify({ provider: 'existing', kubeconfigPath: path }), {
      runner,
      log: () => {},
    })
    expect(existsSync(path)).toBe(false)
    expect(runner.calls).toHaveLength(0)
  })
})

describe('providerContext', () => {
  it('the CLI caches tools in a folder (XDG_CACHE_HOME respected) and names the run', async () => {
    const { providerContext } = await import('../../src/cluster/index.js')
    const ctx = providerContext({
      log: () => {},
      warn: () => {},
      tempDir,
      action: false,
      env: { XDG_CACHE_HOME: join(tempDir, 'xdg') },
      platform: 'linux-arm64',
    })
    expect(ctx.store.cacheRoot).toBe(join(tempDir, 'xdg', 'mesh-mtls-gate', 'tools'))
    expect(ctx.store.scratch).toBe(join(tempDir, 'downloads'))
    expect(ctx.platform).toBe('linux-arm64')
    expect(ctx.runId).toMatch(/^local-[0-9a-f]{8}$/)
  })

  it('the action uses the runner tool cache and the workflow run as the identity', async () => {
    const { providerContext } = await import('../../src/cluster/index.js')
    const ctx = providerContext({
      log: () => {},
      warn: () => {},
      tempDir,
      action: true,
      env: { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '3', RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' },
      platform: 'linux-amd64',
    })
    expect(ctx.store.cacheRoot).toBe('/opt/hostedtoolcache')
    expect(ctx.store.scratch).toBe(join(tempDir, 'downloads'))
    expect(ctx.runId).toBe('github-77-3')
  })
})

/**
 * A failure of the environment is named after the step it happened in, so the user gets its exit code (cluster 4,
 * mesh 5, measurement 6) instead of "internal error"; bad input passes through as it is.
 */
import { describe, expect, it } from '@jest/globals'
import { ClusterCreateError } from '../../src/cluster/types.js'
import type { ClusterHandle, ClusterProvider } from '../../src/cluster/types.js'
import { defaultGateConfig } from '../../src/config/gate-config.js'
import { failureOf, InputError } from '../../src/errors.js'
import type { Cluster } from '../../src/k8s/client.js'
import { MeshInstallError, type MeshInstaller } from '../../src/mesh/installer.js'
import { measureOnCluster, type PipelineDeps } from '../../src/pipeline/measure-on-cluster.js'
import { CommandError } from '../../src/tools/exec.js'
import { emptyPlan } from '../../src/tools/plan.js'

const handle: ClusterHandle = {
  provider: 'existing',
  name: 'c',
  kubeconfigPath: '/nonexistent/kubeconfig',
  kubernetesVersion: null,
  nodeImage: null,
  created: false,
  nodeLabels: null,
  network: { defaultCni: true, kubeProxy: true, apiServer: null },
  teardown: null,
}

function deps(
  create: () => Promise<ClusterHandle>,
  install: () => Promise<never>,
  apply?: Error,
): PipelineDeps {
  const provider: ClusterProvider = {
    kind: 'existing',
    describe: emptyPlan,
    planned: () => handle,
    create,
    delete: async () => undefined,
  }
  const mesh = (): MeshInstaller => ({
    mesh: 'istio',
    systemNamespaces: [],
    describe: emptyPlan,
    install,
    fingerprint: () => ({ name: 'istio', version: '1', profile: 'default' }),
  })
  const cluster = {
    objects: {
      // Two schedulable nodes: the gate places client and server apart.
      list: async () => ({ items: [node('n1'), node('n2')] }),
      // Server-side apply of the gate's workloads fails like an API server that refuses them.
      send: async () => Promise.reject(apply ?? new Error('unexpected')),
    },
  } as unknown as Cluster
  return {
    provider,
    mesh,
    fetchTools: async () => [],
    connect: () => cluster,
    exec: () => ({ exec: async () => ({ stdout: '', stderr: '', success: true, message: '' }) }),
    stats: () => ({ summary: async () => '{}' }),
    log: () => undefined,
    now: Date.now,
    onCluster: () => undefined,
  }
}

const options = {
  meshName: 'istio' as const,
  head: { name: 'head' as const, ref: null, objects: [] },
  base: null,
  scenarios: [],
  config: defaultGateConfig(),
  require: 'strict' as const,
}
function node(name: string) {
  return { metadata: { name }, spec: {}, status: { conditions: [{ type: 'Ready', status: 'True' }] } }
}
const never = () => Promise.reject(new Error('not reached'))

describe('measureOnCluster names what failed', () => {
  it('a provider command that fails: the cluster could not be created (4)', async () => {
    const fail = () => Promise.reject(new CommandError('eksctl create cluster exited 1', 'eksctl', null))
    const e = await measureOnCluster(deps(fail, never), options).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ClusterCreateError)
    expect(failureOf(e)).toMatchObject({
      exitCode: 4,
      message: expect.stringMatching(/eksctl create cluster/),
    })
  })

  it('a mesh that never becomes ready: the mesh install failed (5)', async () => {
    const timeout = () => Promise.reject(new Error('timed out waiting for deployment istio-system/istiod'))
    const e = await measureOnCluster(
      deps(async () => handle, timeout),
      options,
    ).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(MeshInstallError)
    expect(failureOf(e)).toMatchObject({ exitCode: 5, message: expect.stringMatching(/istio: timed out/) })
  })

  it('workloads that cannot be rolled out: measuring failed (6)', async () => {
    const ok = async () => ({ name: 'istio' as const, version: '1', profile: 'default' })
    const e = await measureOnCluster(
      deps(async () => handle, ok as never, new Error('connection refused')),
      options,
    ).catch((x: unknown) => x)
    expect(failureOf(e)).toMatchObject({
      exitCode: 6,
      message: expect.stringMatching(/workloads did not become ready: .*connection refused/),
    })
  })

  it('bad input passes through unchanged (2)', async () => {
    const bad = () => Promise.reject(new InputError('the kubeconfig has no current cluster'))
    const e = await measureOnCluster(deps(bad, never), options).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(InputError)
    expect(failureOf(e).exitCode).toBe(2)
  })

  it('install values the installer would refuse are refused before a cluster is made (2)', async () => {
    let created = false
    const create = async () => {
      created = true
      return handle
    }
    const values = {
      values: { authentication: { mutual: { spire: { install: { namespace: 7 } } } } },
      origin: { file: 'mesh/cilium-values.yaml', line: 1, lineOf: () => 5 },
    }
    const e = await measureOnCluster(deps(create, never), {
      ...options,
      meshName: 'cilium',
      head: { ...options.head, values: [values] },
    }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(InputError)
    expect((e as Error).message).toBe(
      'mesh/cilium-values.yaml: line 5: Helm value authentication.mutual.spire.install.namespace must be a string, not 7',
    )
    expect(created).toBe(false)
  })
})

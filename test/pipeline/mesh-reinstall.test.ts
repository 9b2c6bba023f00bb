/**
 * Each side on its own mesh values, as the run does it: the mesh installed with the first side's (the base's), then
 * re-installed with the other side's at each switch between the sides, before the side's objects are applied and
 * before the probe that checks the switch converged; never between repetitions of one side. Fakes only: a cluster
 * of plain objects (its kubeconfig names no cluster, so no watch ever dials anything), recorded Fortio outputs
 * behind exec, and an installer that records what it was asked.
 */
import { describe, expect, it } from '@jest/globals'
import { KubeConfig } from '@kubernetes/client-node'
import type { ClusterHandle, ClusterProvider } from '../../src/cluster/types.js'
import { defaultGateConfig } from '../../src/config/gate-config.js'
import type { Cluster } from '../../src/k8s/client.js'
import type { ExecResult, PodExec } from '../../src/load/exec.js'
import type { LoadScenario } from '../../src/load/fortio-args.js'
import { GATE_NAMESPACE } from '../../src/load/workloads.js'
import type { MeshFingerprint, MeshInstaller } from '../../src/mesh/installer.js'
import type { ConfigSide } from '../../src/mesh/pr-config.js'
import { measureOnCluster, type PipelineDeps } from '../../src/pipeline/measure-on-cluster.js'
import type { SideMeshValues } from '../../src/pipeline/mesh-values.js'
import { emptyPlan } from '../../src/tools/plan.js'
import { readFixture } from '../helpers.js'

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

const VALUES = { base: '/run/base-mesh-values/values.yaml', head: 'install/values.yaml' }
const print = (values: string | undefined): MeshFingerprint => ({
  name: 'cilium',
  version: '1.19.5',
  profile: `spire-mutual-auth+wireguard+values:${values ?? 'none'}`,
})

/** A side whose one object says which side it is: its apply shows in the events. */
function sideOf(name: 'base' | 'head'): ConfigSide {
  const object = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'marker', namespace: GATE_NAMESPACE },
    data: { side: name },
  }
  return {
    name,
    ref: name === 'base' ? 'main' : null,
    objects: [{ object, file: 'mesh/marker.yaml', origin: { file: 'mesh/marker.yaml', line: 1 } }],
  }
}

const scenario = (name: string): LoadScenario => ({
  name,
  protocol: 'http',
  qps: 100,
  connections: 1,
  durationSeconds: 1,
  payloadBytes: 0,
  warmupSeconds: 1,
  repetitions: 2,
  sequential: false,
  segment: 1,
})

/** What the run did, in order: installs, re-installs, applies of the sides' objects, probes and loads. */
function fakes(reconfigurable: boolean) {
  const events: string[] = []
  const log: string[] = []
  let clock = 0
  const installer = (_cluster: unknown, valuesPath: string | undefined): MeshInstaller => {
    let running = valuesPath
    const mesh: MeshInstaller = {
      mesh: 'cilium',
      systemNamespaces: ['kube-system'],
      describe: emptyPlan,
      install: async () => {
        events.push(`install ${valuesPath}`)
        return print(running)
      },
      fingerprint: () => print(running),
    }
    if (!reconfigurable) return mesh
    return {
      ...mesh,
      reconfigure: async (next) => {
        events.push(`reconfigure ${next}`)
        clock += 42_000 // a re-install takes its time: the log says how long
        running = next
        return print(running)
      },
      describeReconfigure: emptyPlan,
    }
  }
  const rolledOut = (name: string) => ({
    metadata: { name, namespace: GATE_NAMESPACE, generation: 1 },
    spec: { replicas: 1 },
    status: { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 1 },
  })
  const cluster = {
    // No current cluster: a wait's list sees the Deployment rolled out, and its watch refuses to start.
    kubeConfig: new KubeConfig(),
    objects: {
      useDefaultNamespace: () => undefined,
      list: async (
        _apiVersion: string,
        kind: string,
        namespace?: string,
        _pretty?: unknown,
        _exact?: unknown,
        _export?: unknown,
        fieldSelector?: string,
      ) => {
        if (kind === 'Node')
          return {
            items: ['n1', 'n2'].map((name) => ({
              metadata: { name },
              spec: {},
              status: { conditions: [{ type: 'Ready', status: 'True' }] },
            })),
          }
        if (kind === 'Deployment')
          return { metadata: { resourceVersion: '1' }, items: [rolledOut(fieldSelector!.split('=')[1]!)] }
        if (kind === 'Pod')
          return {
            items: [
              {
                metadata: { name: `${namespace}-pod` },
                spec: { nodeName: 'n1' },
                status: { phase: 'Running' },
              },
            ],
          }
        return { items: [] }
      },
      send: async (_method: string, object: { kind: string; data?: { side?: string } }) => {
        if (object.kind === 'ConfigMap') events.push(`apply ${object.data?.side}`)
        return object
      },
      read: async () => Promise.reject(Object.assign(new Error('not found'), { code: 404 })),
      delete: async () => ({}),
    },
  } as unknown as Cluster
  const fortio = readFixture('fortio', 'http-ok.json')
  const exec: PodExec = {
    exec: async (_ns, _pod, _container, command): Promise<ExecResult> => {
      if (command[1] === 'curl') {
        events.push('probe')
        return {
          stdout: readFixture('fortio', 'curl-200.stdout'),
          stderr: readFixture('fortio', 'curl-200.stderr'),
          success: true,
          message: '',
        }
      }
      events.push('load')
      return { stdout: fortio, stderr: '', success: true, message: '' }
    },
  }
  let reads = 0
  const summary = async () => {
    reads++
    const time = new Date(Date.parse('2026-11-26T10:00:00Z') + reads * 1000).toISOString()
    const agent = {
      name: 'cilium-agent',
      cpu: { time, usageCoreNanoSeconds: reads * 50e6 },
      memory: { time, workingSetBytes: 60 * 2 ** 20 },
    }
    return JSON.stringify({
      node: { nodeName: 'n1' },
      pods: [{ podRef: { namespace: 'kube-system', name: 'cilium-0' }, containers: [agent] }],
    })
  }
  const provider: ClusterProvider = {
    kind: 'existing',
    describe: emptyPlan,
    planned: () => handle,
    create: async () => handle,
    delete: async () => undefined,
  }
  const deps: PipelineDeps = {
    provider,
    mesh: installer,
    fetchTools: async () => [],
    connect: () => cluster,
    exec: () => exec,
    stats: () => ({ summary }),
    log: (line) => void log.push(line),
    now: () => clock,
    onCluster: () => undefined,
  }
  return { deps, events, log }
}

const options = (meshValues: SideMeshValues) => ({
  meshName: 'cilium' as const,
  head: sideOf('head'),
  base: sideOf('base'),
  scenarios: [scenario('first'), scenario('second')],
  config: defaultGateConfig(),
  require: 'none' as const,
  meshValues,
})

/** One switch to a side: its apply and the probe after it; a load is a warm-up or a repetition. */
const switchTo = (side: string) => [`apply ${side}`, 'probe']

describe('measureOnCluster: each side on its own mesh values', () => {
  it('installs with the base’s values and re-installs before each switch’s objects and probe, never within a side', async () => {
    const { deps, events, log } = fakes(true)
    const result = await measureOnCluster(deps, options({ path: VALUES, perSide: true }))
    // Per scenario A B B A (2 repetitions per side): base warm-up + #1, head warm-up + #1 + #2, base #2.
    const scenarioEvents = (first: string[]) => [
      ...first,
      'load',
      'load',
      `reconfigure ${VALUES.head}`,
      ...switchTo('head'),
      'load',
      'load',
      'load',
      `reconfigure ${VALUES.base}`,
      ...switchTo('base'),
      'load',
    ]
    expect(events).toEqual([
      `install ${VALUES.base}`,
      // The first scenario starts on the base, which the mesh already runs; so does the second, after the first
      // ended on the base: no re-install either time.
      ...scenarioEvents(switchTo('base')),
      ...scenarioEvents(switchTo('base')),
    ])
    // Each side's results carry the installation it ran on.
    expect(result.baseline!.fingerprint.mesh).toEqual(print(VALUES.base))
    expect(result.current.fingerprint.mesh).toEqual(print(VALUES.head))
    expect(result.probes.map((p) => `${p.side}:${p.converged}`)).toEqual([
      'base:true',
      'head:true',
      'base:true',
      'base:true',
      'head:true',
      'base:true',
    ])
    expect(log).toContain(`mesh cilium 1.19.5 installed after 0 s with the base's values (${VALUES.base})`)
    expect(log).toContain(
      `mesh cilium re-installed with the head's values in 42.0 s (${print(VALUES.head).profile})`,
    )
    expect(log).toContain(
      'switched to head: 1 object(s) applied, on the mesh re-installed with its values (42.0 s)',
    )
  })

  it('values not per side: one installation with the head’s values for both sides, nothing re-installed', async () => {
    const { deps, events } = fakes(true)
    const result = await measureOnCluster(deps, options({ path: VALUES, perSide: false }))
    expect(events.filter((e) => /install|reconfigure/.test(e))).toEqual([`install ${VALUES.head}`])
    expect(result.baseline!.fingerprint.mesh).toEqual(print(VALUES.head))
    expect(result.current.fingerprint.mesh).toEqual(print(VALUES.head))
  })

  it('values per side with an installer that cannot re-install: refused before the mesh is installed', async () => {
    const { deps, events } = fakes(false)
    await expect(measureOnCluster(deps, options({ path: VALUES, perSide: true }))).rejects.toThrow(
      /cilium: each side's own mesh values were planned, but its installer cannot re-install/,
    )
    expect(events).toEqual([])
  })
})

import { describe, expect, it } from '@jest/globals'
import { pollUntil, PollTimeoutError } from '../../src/k8s/poll.js'
import type { ExecResult, PodExec } from '../../src/load/exec.js'
import {
  FORTIO_IMAGE,
  GATE_NAMESPACE,
  gateWorkloads,
  schedulableNodes,
  serverUrl,
  workloadImages,
} from '../../src/load/workloads.js'
import { INSTALLERS } from '../../src/mesh/install.js'
import { expectPlaintext, probeOnce } from '../../src/load/plaintext-probe.js'
import { readFixture } from '../helpers.js'

const accepted: ExecResult = {
  stdout: readFixture('fortio', 'curl-200.stdout'),
  stderr: readFixture('fortio', 'curl-200.stderr'),
  success: true,
  message: '',
}
const refused: ExecResult = {
  stdout: readFixture('fortio', 'curl-refused.stdout'),
  stderr: readFixture('fortio', 'curl-refused.stderr'),
  success: false,
  message:
    'command terminated with non-zero exit code: error executing command [/usr/bin/fortio curl], exit code 1',
}
const target = { namespace: 'mesh-gate-probe', pod: 'probe-0', container: 'fortio', url: serverUrl('http') }

function exec(results: ExecResult[]): PodExec & { calls: number } {
  const e = {
    calls: 0,
    exec: async () => {
      e.calls++
      return results.length > 1 ? results.shift()! : results[0]
    },
  }
  return e
}

describe('plaintext probe (recorded fortio curl outputs)', () => {
  it('tells an HTTP 200 from a refusal', async () => {
    expect((await probeOnce(exec([accepted]), target)).outcome).toBe('accepted')
    const r = await probeOnce(exec([refused]), target)
    expect(r.outcome).toBe('refused')
    expect(r.detail).toMatch(/exit code 1/)
  })

  it('repeats until the mesh enforces the expected outcome (convergence after a switch)', async () => {
    const e = exec([accepted, accepted, refused])
    const r = await expectPlaintext(e, target, 'refused', 10_000)
    expect(r).toMatchObject({ outcome: 'refused', converged: true })
    expect(e.calls).toBe(3)
  })

  it('reports non-convergence instead of hanging: STRICT that still accepts plaintext is a finding', async () => {
    const r = await expectPlaintext(exec([accepted]), target, 'refused', 0)
    expect(r).toMatchObject({ outcome: 'accepted', converged: false })
  })
})

describe('pollUntil', () => {
  it('times out with what it waited for and what it saw', async () => {
    await expect(
      pollUntil('the thing', async () => ({ done: false, value: null, seen: 'still nothing' }), {
        timeoutMs: 20,
        intervalMs: 5,
      }),
    ).rejects.toThrow(PollTimeoutError)
    await expect(
      pollUntil('the thing', async () => ({ done: false, value: null, seen: 'still nothing' }), {
        timeoutMs: 0,
        intervalMs: 5,
      }),
    ).rejects.toThrow(/timed out after 0 s \(1 checks\) waiting for the thing; last seen: still nothing/)
  })
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are checked field by field below
type Obj = Record<string, any>

describe('gate workloads', () => {
  it('enrols the gate namespace the way each mesh reads it', () => {
    const gateNamespace = (mesh: keyof typeof INSTALLERS) =>
      (gateWorkloads({ mesh: INSTALLERS[mesh], nodeLabels: null }) as Array<Obj>).find(
        (o) => o.kind === 'Namespace' && o.metadata.name === GATE_NAMESPACE,
      )!.metadata
    expect(gateNamespace('istio').labels).toMatchObject({ 'istio-injection': 'enabled' })
    expect(gateNamespace('istio-ambient').labels).toMatchObject({ 'istio.io/dataplane-mode': 'ambient' })
    expect(gateNamespace('linkerd').annotations).toEqual({ 'linkerd.io/inject': 'enabled' })
    expect(gateNamespace('linkerd').labels).not.toHaveProperty('linkerd.io/inject')
  })
  it('keeps client and server on different nodes and the probe unmeshed', () => {
    const objs = gateWorkloads({ mesh: INSTALLERS.istio, nodeLabels: null }) as Array<Obj>
    const client = objs.find((o) => o.metadata.name === 'fortio-client')!
    expect(
      client.spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]
        .topologyKey,
    ).toBe('kubernetes.io/hostname')
    const probeNs = objs.find((o) => o.kind === 'Namespace' && o.metadata.name !== GATE_NAMESPACE)!
    expect(probeNs.metadata.labels['istio-injection']).toBe('disabled')
    const labelled = gateWorkloads({
      mesh: INSTALLERS.cilium,
      nodeLabels: { client: { role: 'client' }, server: { role: 'server' } },
    }) as Array<Obj>
    expect(
      labelled.find((o) => o.metadata.name === 'fortio-server')!.spec.template.spec.nodeSelector,
    ).toEqual({ role: 'server' })
  })
  it('runs the images the gate config names, the probe falling back to the Fortio image', () => {
    const images = workloadImages({ fortio: 'mirror.example.com/fortio:1.75.2', probe: null })
    expect(images).toEqual({
      fortio: 'mirror.example.com/fortio:1.75.2',
      probe: 'mirror.example.com/fortio:1.75.2',
    })
    const objs = gateWorkloads({
      mesh: INSTALLERS.none,
      nodeLabels: null,
      images: { fortio: 'mirror.example.com/fortio:1.75.2', probe: 'mirror.example.com/probe:1' },
    }) as Array<Obj>
    const imageOf = (name: string) =>
      objs.find((o) => o.metadata.name === name)!.spec.template.spec.containers[0].image
    expect([imageOf('fortio-server'), imageOf('fortio-client'), imageOf('plaintext-probe')]).toEqual([
      'mirror.example.com/fortio:1.75.2',
      'mirror.example.com/fortio:1.75.2',
      'mirror.example.com/probe:1',
    ])
    expect(workloadImages({ fortio: null, probe: null })).toEqual({
      fortio: FORTIO_IMAGE,
      probe: FORTIO_IMAGE,
    })
    // mesh: none enrols nothing and excludes nothing.
    const none = objs
      .filter((o) => o.kind === 'Namespace')
      .map((o) => [o.metadata.labels, o.metadata.annotations])
    const managed = { 'app.kubernetes.io/managed-by': 'mesh-mtls-gate' }
    expect(none).toEqual([
      [managed, {}],
      [managed, {}],
    ])
  })
  it('on one schedulable node, puts client and server side by side instead of waiting for a second node', () => {
    const ready = [{ type: 'Ready', status: 'True' }]
    const nodes = [
      { metadata: { name: 'real' }, status: { conditions: ready } },
      { metadata: { name: 'cordoned' }, spec: { unschedulable: true }, status: { conditions: ready } },
      {
        metadata: { name: 'tainted' },
        spec: { taints: [{ effect: 'NoSchedule' }] },
        status: { conditions: ready },
      },
      {
        metadata: { name: 'soft' },
        spec: { taints: [{ effect: 'PreferNoSchedule' }] },
        status: { conditions: ready },
      },
      { metadata: { name: 'down' }, status: { conditions: [{ type: 'Ready', status: 'False' }] } },
    ]
    expect(schedulableNodes(nodes)).toEqual(['real', 'soft'])
    const objs = gateWorkloads({ mesh: INSTALLERS.istio, nodeLabels: null, singleNode: true }) as Array<Obj>
    expect(objs.find((o) => o.metadata.name === 'fortio-client')!.spec.template.spec.affinity).toBeUndefined()
  })
})

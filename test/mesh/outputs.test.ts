import { describe, expect, it } from '@jest/globals'
import { daemonSetRolledOut } from '../../src/k8s/wait.js'
import { manifestObjects } from '../../src/mesh/kube-ops.js'
import { parsePrometheusText } from '../../src/k8s/prometheus-text.js'
import {
  ciliumEndpointStates,
  parseCiliumStatus,
  parseIstioctlVersion,
  parseLinkerdCheck,
} from '../../src/mesh/outputs.js'
import { readFixture } from '../helpers.js'

describe('recorded CLI outputs', () => {
  it('istioctl version', () => {
    expect(parseIstioctlVersion(readFixture('mesh', 'istioctl-version.txt'))).toEqual({
      client: '1.28.0',
      controlPlane: '1.28.0',
      dataPlane: '1.28.0 (3 proxies)',
    })
    expect(parseIstioctlVersion(readFixture('mesh', 'istioctl-version-no-control-plane.txt'))).toEqual({
      client: '1.28.0',
      controlPlane: null,
      dataPlane: null,
    })
  })

  it('linkerd check, healthy', () => {
    const r = parseLinkerdCheck(readFixture('mesh', 'linkerd-check.txt'))
    expect(r).toMatchObject({ ok: true, failures: [], checks: 40 })
    expect(r.warnings).toEqual([
      'cli is up-to-date: is running version 25.5.2 but the latest edge version is 25.11.3',
    ])
  })

  it('linkerd check, failed', () => {
    expect(parseLinkerdCheck(readFixture('mesh', 'linkerd-check-failed.txt'))).toEqual({
      ok: false,
      failures: [
        'control plane pods are ready: pod/linkerd-destination-6f9d8c8b9b-x2kqz container sp-validator is not ready',
      ],
      warnings: [],
      checks: 8,
    })
  })

  it('cilium status, healthy', () => {
    expect(parseCiliumStatus(readFixture('mesh', 'cilium-status.txt'))).toEqual({
      components: {
        Cilium: 'OK',
        Operator: 'OK',
        'Envoy DaemonSet': 'OK',
        'Hubble Relay': 'disabled',
        ClusterMesh: 'disabled',
      },
      workloads: {
        'DaemonSet/cilium': 'Desired: 3, Ready: 3/3, Available: 3/3',
        'DaemonSet/cilium-envoy': 'Desired: 3, Ready: 3/3, Available: 3/3',
        'Deployment/cilium-operator': 'Desired: 1, Ready: 1/1, Available: 1/1',
      },
      errors: [],
      ok: true,
    })
  })

  it('cilium status, with errors', () => {
    const s = parseCiliumStatus(readFixture('mesh', 'cilium-status-errors.txt'))
    expect(s.ok).toBe(false)
    expect(s.components).toMatchObject({ Cilium: '2 errors', Operator: '1 errors', Hubble: '1 warnings' })
    expect(s.errors).toHaveLength(3)
    expect(s.errors[2]).toMatch(/^cilium-operator\s+cilium-operator\s+context deadline exceeded$/)
  })
})

describe('manifest streams', () => {
  it('skips empty documents and flattens Lists', () => {
    const objects = manifestObjects(
      '---\n# only a comment\n---\napiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: linkerd}\n',
      'test',
    )
    expect(objects.map((o) => `${o.kind}/${o.metadata?.name}`)).toEqual(['ConfigMap/a', 'Namespace/linkerd'])
  })
  it('names the source of broken YAML', () => {
    expect(() => manifestObjects('a: [\n', 'linkerd install')).toThrow(/^linkerd install: /)
  })
})

describe('daemonSetRolledOut', () => {
  const ds = (generation: number, status: Record<string, number>) => ({ metadata: { generation }, status })
  it.each([
    [
      ds(1, {
        observedGeneration: 1,
        desiredNumberScheduled: 3,
        updatedNumberScheduled: 3,
        numberAvailable: 3,
      }),
      true,
    ],
    [
      ds(2, {
        observedGeneration: 1,
        desiredNumberScheduled: 3,
        updatedNumberScheduled: 3,
        numberAvailable: 3,
      }),
      false,
    ],
    [
      ds(1, {
        observedGeneration: 1,
        desiredNumberScheduled: 3,
        updatedNumberScheduled: 2,
        numberAvailable: 3,
      }),
      false,
    ],
    [
      ds(1, {
        observedGeneration: 1,
        desiredNumberScheduled: 3,
        updatedNumberScheduled: 3,
        numberAvailable: 2,
      }),
      false,
    ],
    [
      ds(1, {
        observedGeneration: 1,
        desiredNumberScheduled: 0,
        updatedNumberScheduled: 0,
        numberAvailable: 0,
      }),
      false,
    ],
  ])('%j → %s', (d, ready) => expect(daemonSetRolledOut(d)).toBe(ready))
})

describe('ciliumEndpointStates (a real 1.20.2 agent, re-installed)', () => {
  const states = (name: string) => ciliumEndpointStates(parsePrometheusText(readFixture('mesh', name), name))
  it('restored endpoints still restoring or regenerating are pending, by state', () => {
    expect(states('cilium-agent-metrics-regenerating.txt')).toEqual({
      ready: 0,
      pending: [
        { state: 'regenerating', count: 2 },
        { state: 'restoring', count: 3 },
      ],
      served: true,
    })
  })
  it('all ready: nothing pending (states at 0 are not pending)', () => {
    expect(states('cilium-agent-metrics-ready.txt')).toEqual({ ready: 5, pending: [], served: true })
  })
  it('an agent whose metrics lack the gauge is not served, never ready', () => {
    expect(ciliumEndpointStates(parsePrometheusText('cilium_endpoint 5\n', 'x'))).toEqual({
      ready: 0,
      pending: [],
      served: false,
    })
  })
})

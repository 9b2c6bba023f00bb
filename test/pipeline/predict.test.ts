/**
 * The run's mTLS prediction covers the gate's meshed workloads and the configuration under test; the probe, which
 * is unmeshed on purpose so that it can send plaintext, is no workload of the mesh and never a violation.
 */
import { describe, expect, it } from '@jest/globals'
import { predict } from '../../src/pipeline/measure-on-cluster.js'
import { gateWorkloads, GATE_NAMESPACE, PROBE_NAMESPACE, SERVER } from '../../src/load/workloads.js'
import { INSTALLERS } from '../../src/mesh/install.js'
import { renderRunMtls } from '../../src/report/mtls.js'
import type { MeshName } from '../../src/vocabulary.js'

const meshWide = (mode: string) => ({
  name: 'head' as const,
  ref: null,
  objects: [
    {
      object: {
        apiVersion: 'security.istio.io/v1',
        kind: 'PeerAuthentication',
        metadata: { name: 'default', namespace: 'istio-system' },
        spec: { mtls: { mode } },
      } as never,
      file: 'mesh/peer.yaml',
      origin: { file: 'mesh/peer.yaml', line: 1 },
    },
  ],
})

describe('predict: the gate’s own workloads', () => {
  it.each<[MeshName, string]>([
    ['istio', 'STRICT'],
    ['istio-ambient', 'STRICT'],
  ])('%s with mesh-wide %s and require strict: pass, and no row for the probe', (mesh, mode) => {
    const v = predict({ meshName: mesh, require: 'strict' }, meshWide(mode), null)
    expect(v.matrix.filter((e) => e.namespace === PROBE_NAMESPACE)).toEqual([])
    expect(v.matrix.some((e) => e.namespace === GATE_NAMESPACE && e.mode === 'STRICT')).toBe(true)
    expect({ verdict: v.verdict, below: v.belowRequirement }).toEqual({ verdict: 'pass', below: [] })
  })

  // `run --require none` logged "error: ... is DISABLE, below the required PERMISSIVE" for every workload.
  it('mesh none under require none: nothing is below a requirement, and the verdict is not gated', () => {
    const v = predict({ meshName: 'none', require: 'none' }, { name: 'head', ref: null, objects: [] }, null)
    expect(v.matrix.some((e) => e.namespace === GATE_NAMESPACE && e.mode === 'DISABLE')).toBe(true)
    expect({ verdict: v.verdict, below: v.belowRequirement, findings: v.findings }).toEqual({
      verdict: 'not-gated',
      below: [],
      findings: [],
    })
  })

  // A real-node mesh-none run listed Deployment/fortio-server twice (the gate's own and the side's restatement of
  // it), and the report repeated each side's row.
  it('a side that restates the gate’s server is judged once, and the run’s report shows one row a side', () => {
    const server = structuredClone(
      (
        gateWorkloads({ mesh: INSTALLERS.none, nodeLabels: null }) as {
          kind: string
          metadata: { name: string }
        }[]
      ).find((o) => o.kind === 'Deployment' && o.metadata.name === SERVER)!,
    )
    const side = (name: 'head' | 'base') => ({
      name,
      ref: null,
      objects: [
        { object: server as never, file: 'mesh/server.yaml', origin: { file: 'mesh/server.yaml', line: 1 } },
      ],
    })
    const v = predict({ meshName: 'none', require: 'none' }, side('head'), side('base'))
    const rows = v.matrix.filter(
      (e) => e.namespace === GATE_NAMESPACE && e.workload === `Deployment/${SERVER}`,
    )
    expect(rows.map((e) => e.port)).toEqual([null])
    // As the run records them: the live probe's outcome on the server's workload row.
    const results = {
      mtls: {
        mesh: 'none',
        entries: v.entries.map((e) => ({
          ...e,
          live: e.workload === `Deployment/${SERVER}` && e.port === null ? 'accepted' : 'not-probed',
        })),
      },
    } as never
    const table = renderRunMtls([
      { side: 'base', results },
      { side: 'head', results },
    ])
    expect(table.split('\n').filter((l) => l.includes(`Deployment/${SERVER}`))).toEqual([
      `| base | ${GATE_NAMESPACE}/Deployment/${SERVER} | DISABLE | accepted | not-read |  |`,
      `| head | ${GATE_NAMESPACE}/Deployment/${SERVER} | DISABLE | accepted | not-read |  |`,
    ])
  })

  it('a PERMISSIVE mesh under require strict still fails, on the gate’s server', () => {
    const v = predict({ meshName: 'istio', require: 'strict' }, meshWide('PERMISSIVE'), null)
    expect(v.verdict).toBe('fail')
    expect(v.belowRequirement.map((e) => e.namespace)).toContain(GATE_NAMESPACE)
    expect(v.belowRequirement.map((e) => e.namespace)).not.toContain(PROBE_NAMESPACE)
  })
})

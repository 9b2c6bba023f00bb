/**
 * `mesh: none`: the cluster without a mesh, the reference point of the published methodology ("what does the mesh
 * add?"). Nothing authenticates peers, so every workload accepts plaintext: DISABLE, whatever mesh resources the
 * inputs hold (no mesh reads them). The live probe must then see plaintext accepted.
 */
import type { Subject } from './entries.js'
import type { MeshEvaluator } from './evaluator.js'
import type { Finding } from './model.js'
import type { Inventory } from './workloads.js'

export const NO_MESH = 'no mesh (mesh: none): nothing authenticates peers'

export function evaluateNoMesh(inventory: Inventory): { subjects: Subject[]; findings: Finding[] } {
  const subjects = inventory.workloads.map((w) => ({
    namespace: w.namespace,
    workload: w.name,
    ref: w.ref,
    ports: w.ports.map((p) => p.port).filter((p): p is number => typeof p === 'number'),
    wide: { mode: 'DISABLE' as const, decidedBy: NO_MESH, decider: null },
    perPort: new Map(),
  }))
  return { subjects, findings: [] }
}

export const NONE_EVALUATOR: MeshEvaluator = {
  title: 'no mesh',
  // No mesh resource means anything here: only namespaces and workloads are read.
  reads: { kinds: [], configMaps: [] },
  // Never detected from a configuration: `mesh: none` is asked for by name.
  recognises: {},
  // No mesh reads any policy: nothing is selected.
  selections: () => [],
  evaluate: (inventory) => evaluateNoMesh(inventory),
  namespaceEnrolment: null,
  rules: {},
  telemetry: {
    endpoints: () => [],
    read: () => ({
      outcome: 'not-read',
      mtls: 0,
      plaintext: 0,
      refused: 0,
      detail: 'no mesh: no data-plane counters',
    }),
    evidence: 'mtls-counters',
  },
}

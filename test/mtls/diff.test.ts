/** Base vs head: weaker, new plaintext, stronger; ports compared against the other side's workload row. */
import { describe, expect, it } from '@jest/globals'
import { diffMatrices } from '../../src/mtls/diff.js'
import type { MatrixEntry } from '../../src/mtls/model.js'
import type { Mode } from '../../src/vocabulary.js'

const e = (workload: string, port: number | null, mode: Mode): MatrixEntry => ({
  namespace: 'ns',
  workload,
  port,
  mode,
  decidedBy: `${workload}:${port}`,
  decider: null,
  subject: null,
})
const keys = (changes: { workload: string; port: number | null; from: Mode | null; to: Mode }[]) =>
  changes.map((c) => `${c.workload}:${c.port ?? '*'} ${c.from ?? 'new'}→${c.to}`)

describe('diffMatrices', () => {
  it('finds weaker workloads and ports, including a new port row below an unchanged workload row', () => {
    const base = [e('a', null, 'STRICT'), e('b', null, 'STRICT')]
    const head = [e('a', null, 'PERMISSIVE'), e('b', null, 'STRICT'), e('b', 9090, 'DISABLE')]
    const d = diffMatrices(base, head)
    expect(keys(d.regressions)).toEqual(['a:* STRICT→PERMISSIVE', 'b:9090 STRICT→DISABLE'])
    expect(keys(d.newPlaintextHoles)).toEqual(['b:9090 STRICT→DISABLE'])
    expect(d.improvements).toEqual([])
  })

  it('finds improvements, including a removed port hole', () => {
    const d = diffMatrices([e('a', null, 'STRICT'), e('a', 8080, 'DISABLE')], [e('a', null, 'STRICT')])
    expect(keys(d.improvements)).toEqual(['a:8080 DISABLE→STRICT'])
    expect(d.regressions).toEqual([])
  })

  it('reports new plaintext workloads, not new meshed ones, and ignores removed workloads', () => {
    const d = diffMatrices(
      [e('gone', null, 'STRICT')],
      [e('new-plain', null, 'DISABLE'), e('new-meshed', null, 'STRICT')],
    )
    expect(keys(d.newPlaintextHoles)).toEqual(['new-plain:* new→DISABLE'])
    expect(d.regressions).toEqual([])
  })

  it('nothing changed, nothing listed', () => {
    const rows = [e('a', null, 'STRICT'), e('a', 80, 'PERMISSIVE')]
    expect(diffMatrices(rows, rows)).toEqual({ regressions: [], newPlaintextHoles: [], improvements: [] })
  })
})

/** The plan's per-side mTLS rows: pure data in, pure data out (the validator's matrix rows of each side). */
import { describe, expect, it } from '@jest/globals'
import type { MatrixEntry } from '../../src/mtls/model.js'
import { predictedModes } from '../../src/pipeline/plan.js'

const row = (
  namespace: string,
  workload: string,
  port: number | null,
  mode: MatrixEntry['mode'],
): MatrixEntry => ({
  namespace,
  workload,
  port,
  mode,
  decidedBy: `${mode} here`,
  decider: null,
  subject: null,
})
const server = { namespace: 'mesh-gate', workload: 'Deployment/fortio-server' }

describe('predictedModes', () => {
  it('pairs rows by namespace, workload and port; the gate’s server first, then by name and port', () => {
    const head = [
      row('shop', 'Deployment/cart', null, 'STRICT'),
      row('mesh-gate', 'Deployment/fortio-server', null, 'PERMISSIVE'),
      row('shop', 'Deployment/cart', 8080, 'PERMISSIVE'),
    ]
    const base = [
      row('mesh-gate', 'Deployment/fortio-server', null, 'STRICT'),
      row('shop', 'Deployment/cart', null, 'STRICT'),
    ]
    expect(predictedModes(head, base, server)).toEqual([
      {
        ...server,
        port: null,
        base: 'STRICT',
        head: 'PERMISSIVE',
        change: 'weaker',
        decidedBy: 'PERMISSIVE here',
      },
      {
        namespace: 'shop',
        workload: 'Deployment/cart',
        port: null,
        base: 'STRICT',
        head: 'STRICT',
        change: 'same',
        decidedBy: 'STRICT here',
      },
      // The base has no row for port 8080: its workload-wide row applies, as the validator compares them.
      {
        namespace: 'shop',
        workload: 'Deployment/cart',
        port: 8080,
        base: 'STRICT',
        head: 'PERMISSIVE',
        change: 'weaker',
        decidedBy: 'PERMISSIVE here',
      },
    ])
  })

  it('stronger, new and gone rows; no change at all without a base side', () => {
    const head = [row('a', 'Deployment/x', null, 'STRICT'), row('b', 'Deployment/new', null, 'PERMISSIVE')]
    const base = [row('a', 'Deployment/x', null, 'PERMISSIVE'), row('c', 'Deployment/old', null, 'STRICT')]
    const changes = predictedModes(head, base, server).map((m) => [m.workload, m.base, m.head, m.change])
    expect(changes).toEqual([
      ['Deployment/x', 'PERMISSIVE', 'STRICT', 'stronger'],
      ['Deployment/new', null, 'PERMISSIVE', 'new'],
      ['Deployment/old', 'STRICT', null, 'gone'],
    ])
    expect(predictedModes(head, null, server).map((m) => [m.workload, m.base, m.head, m.change])).toEqual([
      ['Deployment/x', null, 'STRICT', null],
      ['Deployment/new', null, 'PERMISSIVE', null],
    ])
  })
})

/** The run's mTLS matrix: static prediction, live probe and telemetry side by side, for the rows with evidence. */
import { describe, expect, it } from '@jest/globals'
import { renderRunMtls } from '../../src/report/mtls.js'
import { MtlsEntry, type Results } from '../../src/results/schema.js'

const results = (entries: unknown[]): Results =>
  ({ mtls: { mesh: 'istio', entries: entries.map((e) => MtlsEntry.parse(e)) } }) as unknown as Results

describe('renderRunMtls', () => {
  it('shows the three columns for the probed server, and leaves rows without evidence out', () => {
    const head = results([
      {
        namespace: 'mesh-gate',
        workload: 'Deployment/fortio-server',
        port: null,
        mode: 'STRICT',
        decidedBy: 'x',
        live: 'refused',
        telemetry: 'plaintext',
        telemetryDetail: 'istio_requests_total{connection_security_policy="none"} 10',
      },
      {
        namespace: 'mesh-gate',
        workload: 'Deployment/fortio-client',
        port: null,
        mode: 'STRICT',
        decidedBy: 'x',
      },
    ])
    const text = renderRunMtls([{ side: 'head', results: head }])
    expect(text.split('\n')).toEqual([
      '#### mTLS: prediction, live probe, telemetry',
      '',
      '| side | workload | static prediction | live probe (plaintext) | telemetry | counters |',
      '|---|---|---|---|---|---|',
      '| head | mesh-gate/Deployment/fortio-server | STRICT | refused | plaintext | istio&#95;requests&#95;total{connection&#95;security&#95;policy="none"} 10 |',
    ])
  })
  it('an artifact without telemetry (older runs) reads as not read, and nothing with no evidence renders empty', () => {
    const old = MtlsEntry.parse({
      namespace: 'a',
      workload: 'b',
      port: null,
      mode: 'STRICT',
      decidedBy: null,
      live: 'accepted',
    })
    expect(old.telemetry).toBe('not-read')
    expect(
      renderRunMtls([
        {
          side: 'head',
          results: results([{ namespace: 'a', workload: 'b', port: null, mode: 'STRICT', decidedBy: null }]),
        },
      ]),
    ).toBe('')
  })
})

import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { importFortio } from '../../src/results/fortio.js'
import { scratch } from '../helpers.js'
import { readState } from './harness/state.js'

/** Runs a bounded `fortio load` (count and time) and returns its JSON file, or null when it wrote none. */
function load(args: string[], url: string): string | null {
  const f = readState().fortio!
  // scratch(): removed after this file whatever its outcome (test/setup/temp-guard.ts, set up by the base config).
  const out = join(scratch('fortio-'), 'result.json')
  execFileSync(
    f.bin,
    [
      'load',
      '-quiet',
      '-json',
      out,
      '-qps',
      '200',
      '-c',
      '2',
      '-n',
      '100',
      '-r',
      '0.00001',
      '-timeout',
      '2s',
      ...args,
      url,
    ],
    {
      stdio: 'ignore',
      timeout: 30_000,
    },
  )
  return existsSync(out) ? readFileSync(out, 'utf8') : null
}

describe('real Fortio over mTLS (client certificates required)', () => {
  const f = readState().fortio!

  it('a client with a certificate gets through; its JSON goes through the import', () => {
    const json = load(['-cacert', f.caCert, '-cert', f.clientCert, '-key', f.clientKey], f.url)
    expect(json).not.toBeNull()
    const run = importFortio(json!, 'mtls.json')
    expect(run.repetition.requests).toBe(100)
    expect(run.repetition.errors).toBe(0)
    expect(run.repetition.codes).toEqual({ '200': 100 })
    expect(run.repetition.latency.percentiles['99']).toBeGreaterThan(0)
  })

  it('a client without a certificate is refused', () => {
    const json = load(['-cacert', f.caCert, '-allow-initial-errors'], f.url)
    const run = importFortio(json!, 'certless.json')
    expect(run.repetition.errors).toBe(run.repetition.requests)
    expect(run.repetition.codes['200']).toBeUndefined()
  })

  it('a plaintext client is refused', () => {
    const json = load(['-allow-initial-errors'], f.url.replace('https://', 'http://'))
    const run = importFortio(json!, 'plaintext.json')
    expect(run.repetition.codes['200']).toBeUndefined()
    expect(run.repetition.errors).toBe(run.repetition.requests)
  })
})

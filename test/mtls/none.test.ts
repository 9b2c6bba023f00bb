import { describe, expect, it } from '@jest/globals'
import { row, run } from './helpers.js'

const deployment = (ns: string, name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: ${ns} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec: { containers: [{ name: app, image: app:1, ports: [{ containerPort: 8080 }] }] }`

const strict = `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: { name: default, namespace: shop }
spec: { mtls: { mode: STRICT } }`

describe('mesh: none', () => {
  it('predicts plaintext accepted everywhere: no mesh reads any policy', () => {
    const ev = run('none', deployment('shop', 'web'), deployment('other', 'db'), strict)
    expect(row(ev, 'shop', 'Deployment/web').mode).toBe('DISABLE')
    expect(row(ev, 'other', 'Deployment/db').mode).toBe('DISABLE')
    expect(row(ev, 'shop', 'Deployment/web').decidedBy).toMatch(/no mesh/)
    // One row per workload: no port differs from the workload-wide mode.
    expect(ev.entries).toHaveLength(2)
    expect(ev.findings).toEqual([])
  })
})

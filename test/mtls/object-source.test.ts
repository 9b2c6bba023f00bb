/**
 * The engine is fed through `ObjectSource`: a live-cluster source (objects without files) will plug in the same way.
 * An in-memory source stands in for it here.
 */
import { describe, expect, it } from '@jest/globals'
import type { KubeObject, LoadedObjects, ObjectSource } from '../../src/k8s/objects.js'
import { validationSarif } from '../../src/report/mtls-output.js'
import { validateSources } from '../../src/pipeline/mtls-sources.js'

class MemorySource implements ObjectSource {
  readonly description = 'cluster (in memory)'
  constructor(private readonly objects: KubeObject[]) {}
  async load(): Promise<LoadedObjects> {
    return {
      objects: this.objects.map((object) => ({ object, origin: { file: null, line: null } })),
      values: [],
    }
  }
}

const ns: KubeObject = {
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: 'a', labels: { 'istio-injection': 'enabled' } },
}
const pod: KubeObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'a', labels: { app: 'p' } },
  spec: { containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 80 }] }] },
}
const pa = (mode: string): KubeObject => ({
  apiVersion: 'security.istio.io/v1',
  kind: 'PeerAuthentication',
  metadata: { name: 'default', namespace: 'a' },
  spec: { mtls: { mode } },
})

describe('validateSources over a source without files', () => {
  it('evaluates, diffs and decides the same way; findings carry no location', async () => {
    const v = await validateSources(
      new MemorySource([ns, pod, pa('PERMISSIVE')]),
      new MemorySource([ns, pod, pa('STRICT')]),
      'strict',
    )
    expect(v.regressions.map((r) => [r.namespace, r.workload, r.from, r.to])).toEqual([
      ['a', '*', 'STRICT', 'PERMISSIVE'],
      ['a', 'Pod/p', 'STRICT', 'PERMISSIVE'],
    ])
    expect(v.matrix.find((e) => e.workload === 'Pod/p')!.decidedBy).toBe('PeerAuthentication a/default')
    expect(v.findings.every((f) => f.file === null && f.line === null)).toBe(true)
    // Code scanning needs a location: such findings stay out of SARIF (JSON and markdown carry them).
    expect((validationSarif(v).runs as { results: unknown[] }[])[0]!.results).toEqual([])
  })

  it('refuses schema-invalid objects from any source, naming the resource', async () => {
    await expect(validateSources(new MemorySource([ns, pa('STRCT')]), null, 'strict')).rejects.toThrow(
      /\(live\): PeerAuthentication default: spec\.mtls\.mode: Unsupported value: "STRCT"/,
    )
  })
})

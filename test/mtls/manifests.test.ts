/** The manifest source: files and folders, multi-document YAML, List kinds, and the line of every object and field. */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { ManifestSource, parseManifestText } from '../../src/k8s/manifests.js'
import { scratch } from '../helpers.js'

describe('parseManifestText', () => {
  it('reads multi-document YAML with the line of each object and field', () => {
    const loaded = parseManifestText(
      `# comment
apiVersion: v1
kind: Namespace
metadata: {name: a}
---
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: p
spec:
  portLevelMtls:
    9090:
      mode: DISABLE
---
`,
      'f.yaml',
    )
    expect(loaded.objects.map((o) => [o.object.kind, o.origin.line])).toEqual([
      ['Namespace', 2],
      ['PeerAuthentication', 6],
    ])
    const pa = loaded.objects[1]!.origin
    expect(pa.lineOf!(['spec', 'portLevelMtls', '9090', 'mode'])).toBe(13)
    expect(pa.lineOf!(['spec', 'portLevelMtls', 9090])).toBe(12)
    // An absent field falls back to the deepest one present.
    expect(pa.lineOf!(['spec', 'selector'])).toBe(10)
  })

  it('reads {{ }} inside strings, block scalars and comments as text, not as a Helm template', () => {
    const loaded = parseManifestText(
      `apiVersion: v1
kind: ConfigMap
metadata: {name: alerts, namespace: mon}
# {{ not a template }}
data:
  plain: pod {{ $labels.pod }} is down
  quoted: "{{ $labels.pod }} is down"
  block: |
    {{ range .Alerts }}{{ .Labels.pod }}{{ end }}
`,
      'alerts.yaml',
    )
    expect(loaded.objects[0]?.object.data).toEqual({
      plain: 'pod {{ $labels.pod }} is down',
      quoted: '{{ $labels.pod }} is down',
      block: '{{ range .Alerts }}{{ .Labels.pod }}{{ end }}\n',
    })
  })

  it('unwraps List kinds, each item with its own lines', () => {
    const loaded = parseManifestText(
      `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Namespace
  metadata: {name: a}
- apiVersion: v1
  kind: Namespace
  metadata:
    name: b`,
      'l.yaml',
    )
    expect(loaded.objects.map((o) => [o.object.metadata?.name, o.origin.line])).toEqual([
      ['a', 4],
      ['b', 7],
    ])
    expect(loaded.objects[1]!.origin.lineOf!(['metadata', 'name'])).toBe(10)
  })

  it('takes documents without apiVersion and kind as Helm values', () => {
    const loaded = parseManifestText('encryption:\n  enabled: true\n', 'values.yaml')
    expect(loaded.values).toHaveLength(1)
    expect(loaded.values[0]!.origin.lineOf!(['encryption', 'enabled'])).toBe(2)
  })

  it.each([
    [
      'a bad indentation',
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n   bad: [1\n',
      /bad\.yaml: line \d: invalid YAML/,
    ],
    [
      'a duplicate key (the API server refuses those too)',
      'apiVersion: v1\nkind: Pod\nkind: Pod\n',
      /bad\.yaml: line 3: invalid YAML: Map keys must be unique/,
    ],
    [
      'a scalar document',
      'apiVersion: v1\n---\njust text\n',
      /bad\.yaml: line 3: expected a Kubernetes object/,
    ],
  ])('refuses %s as bad input naming file and line', (_what, text, message) => {
    expect(() => parseManifestText(text, 'bad.yaml')).toThrow(InputError)
    expect(() => parseManifestText(text, 'bad.yaml')).toThrow(message)
  })
})

describe('ManifestSource', () => {
  it('walks folders recursively for .yaml, .yml and .json, in name order, skipping hidden folders', async () => {
    const dir = scratch('mtls-src-')
    mkdirSync(join(dir, 'sub'))
    mkdirSync(join(dir, '.git'))
    writeFileSync(join(dir, 'b.yml'), 'apiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n')
    writeFileSync(
      join(dir, 'sub', 'a.json'),
      JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } }),
    )
    writeFileSync(join(dir, 'README.md'), '# not a manifest')
    writeFileSync(join(dir, '.git', 'x.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata: {name: hidden}\n')
    const loaded = await new ManifestSource([dir], dir).load()
    expect(loaded.objects.map((o) => [o.object.metadata?.name, o.origin.file])).toEqual([
      ['b', 'b.yml'],
      ['a', join('sub', 'a.json')],
    ])
  })

  it('a missing path is bad input', async () => {
    await expect(new ManifestSource(['/nonexistent/mesh']).load()).rejects.toThrow(
      '/nonexistent/mesh: no such file or folder',
    )
  })
})

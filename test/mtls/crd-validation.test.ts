/** Schema validation against the vendored CRDs: what the API server would refuse is bad input, by file and line. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { assertValidObjects, strictSchema, validateObject } from '../../src/mtls/crd-validation.js'
import { parseManifestText } from '../../src/k8s/manifests.js'
import { InputError } from '../../src/errors.js'
import { fixture, ROOT, SHARED } from '../helpers.js'

const problems = (text: string) => parseManifestText(text, 'x.yaml').objects.flatMap(validateObject)

describe('CRD schema validation', () => {
  it('refuses a mode outside the enum, naming the line and the allowed values', () => {
    const p = problems(`apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: a, namespace: b}
spec:
  mtls:
    mode: STRCT`)
    expect(p).toEqual([
      {
        file: 'x.yaml',
        line: 6,
        resource: 'PeerAuthentication a',
        message:
          'spec.mtls.mode: Unsupported value: "STRCT": supported values: "UNSET", "DISABLE", "PERMISSIVE", "STRICT"',
      },
    ])
  })

  it('refuses unknown fields, as strict field validation (kubectl’s default) does', () => {
    const p = problems(`apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: a
  lables: {x: y}
spec:
  mtls: {mode: STRICT}
  mtlsMode: STRICT`)
    expect(p.map((x) => [x.line, x.message])).toEqual([
      [5, 'unknown field "metadata.lables"'],
      [8, 'unknown field "spec.mtlsMode"'],
    ])
  })

  it('keeps unknown fields where the schema says x-kubernetes-preserve-unknown-fields', () => {
    // Linkerd Server podSelector.matchLabels is preserve-unknown-fields: any label key is fine.
    expect(
      problems(`apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata: {name: s, namespace: n}
spec:
  podSelector: {matchLabels: {anything.example/x: y}}
  port: 8080`),
    ).toEqual([])
  })

  it('accepts int-or-string fields as either', () => {
    for (const port of ['8080', 'http']) {
      expect(
        problems(`apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata: {name: s, namespace: n}
spec:
  podSelector: {}
  port: ${port}`),
      ).toEqual([])
    }
  })

  it('refuses a kind its group does not have, and a version that is not served', () => {
    expect(
      problems(`apiVersion: security.istio.io/v1
kind: PeerAuthentcation
metadata: {name: a}`)[0]!.message,
    ).toMatch(
      /no kind "PeerAuthentcation" is registered in security.istio.io \(did you mean PeerAuthentication\?\)/,
    )
    // Real kinds whose CRDs are not carried here pass unvalidated (the server has them).
    expect(
      problems('apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\nspec: {}'),
    ).toEqual([])
    expect(
      problems(`apiVersion: security.istio.io/v2
kind: PeerAuthentication
metadata: {name: a}`)[0]!.message,
    ).toMatch(/not served as v2 \(served: v1, v1beta1\)/)
  })

  it('leaves kinds it has no CRD for alone (core objects, other groups)', () => {
    expect(problems('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nbogus: 1')).toEqual([])
  })

  it('throws one InputError listing every problem with file:line', () => {
    const loaded = parseManifestText(
      `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: a}
spec:
  endpointSelector: {}
  ingress:
  - authentication: {mode: strict}`,
      'mesh/cnp.yaml',
    )
    expect(() => assertValidObjects(loaded.objects)).toThrow(InputError)
    expect(() => assertValidObjects(loaded.objects)).toThrow(
      /mesh\/cnp\.yaml:7: CiliumNetworkPolicy a: spec\.ingress\[0\]\.authentication\.mode: Unsupported value: "strict"/,
    )
  })

  it('closes only objects that declare type: object (anyOf branches stay open)', () => {
    const s = strictSchema({
      type: 'object',
      properties: { a: { type: 'string' } },
      anyOf: [{ required: ['a'] }],
    }) as Record<string, unknown>
    expect(s.additionalProperties).toBe(false)
    expect((s.anyOf as Record<string, unknown>[])[0]).toEqual({ required: ['a'] })
  })

  it('accepts every real example in shared/mesh-examples', () => {
    const dir = join(SHARED, 'mesh-examples')
    if (!existsSync(dir)) return
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
      expect([f, problems(readFileSync(join(dir, f), 'utf8'))]).toEqual([f, []])
    }
  })

  it('bundles the vendored CRDs as generated (run node fixtures/crds/generate.mjs after changing them)', () => {
    expect(() =>
      execFileSync(process.execPath, [fixture('crds', 'generate.mjs'), '--check'], { cwd: ROOT }),
    ).not.toThrow()
  })

  it('the vendored CRDs are the shared copies', () => {
    const shared = join(SHARED, 'crds')
    if (!existsSync(shared)) return
    for (const f of readdirSync(fixture('crds')).filter((x) => x.endsWith('.yaml'))) {
      expect(readFileSync(fixture('crds', f), 'utf8')).toBe(readFileSync(join(shared, f), 'utf8'))
    }
  })
})

/** `mesh-mtls-gate validate`: the JSON shape, exit codes, SARIF against the SARIF 2.1.0 schema, and bad input. */
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { validateMeshConfig } from '../../src/pipeline/mtls-sources.js'
import { renderMtlsMarkdown } from '../../src/report/mtls.js'
import { MtlsEntry } from '../../src/results/schema.js'
import { fixture, scratch } from '../helpers.js'
import { laughs, sharedLabelsList } from '../yaml-inputs.js'

// The CLI loads a command when it is asked for: load them here, outside the tests’ time limits.
await import('../../src/cli/validate-command.js')

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

const base = fixture('mtls', 'istio', 'base')
const head = fixture('mtls', 'istio', 'head')
const tmp = () => scratch('gate-validate-')

function write(text: string, name = 'mesh.yaml'): string {
  const file = join(tmp(), name)
  writeFileSync(file, text)
  return file
}

describe('mesh-mtls-gate validate', () => {
  it('reads a List of 120 PeerAuthentications sharing one labels anchor; refuses an alias bomb, exit 2 naming the file', async () => {
    // Issue #22: the yaml package's default alias limit made the first exit 70 ("Excessive alias count").
    const list = await cli('validate', '--mesh', 'istio', '--format', 'json', write(sharedLabelsList(120)))
    expect({ code: list.code, stderr: list.stderr }).toEqual({ code: 0, stderr: '' })
    const bomb = write(laughs(9), 'laughs.yaml')
    const refused = await cli('validate', '--mesh', 'istio', bomb)
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({
      code: 2,
      stderr: expect.stringMatching(
        new RegExp(`^mesh-mtls-gate validate: ${bomb}: line 7: with its aliases expanded`),
      ),
    })
  })

  it('--require none reports the same matrix and changes, not gated, and exits 0, as run and the action do', async () => {
    const strict = await cli('validate', '--format', 'json', '--base', base, head)
    const none = await cli('validate', '--format', 'json', '--require', 'none', '--base', base, head)
    expect(strict.code).toBe(1)
    expect(none.code).toBe(0)
    const [s, n] = [JSON.parse(strict.stdout), JSON.parse(none.stdout)]
    expect(n.regressions).toEqual(s.regressions)
    expect(n.workloads).toEqual(s.workloads)
    // The verdict printed agrees with the exit code: not a failure.
    expect([s.verdict, n.verdict]).toEqual(['fail', 'not-gated'])
    expect(none.stderr).toMatch(
      /--require none: 1 error finding\(s\) reported; they do not set the exit code/,
    )
    const markdown = await cli('validate', '--require', 'none', '--base', base, head)
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toMatch(/^### mTLS strictness: ℹ️ not gated \(require none\)$/m)
    expect(markdown.stdout).not.toMatch(/❌ fail/)
  })

  it('--mesh none defaults to --require none (no workload can have mTLS); an explicit --require still holds', async () => {
    const plain = write(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\n' +
        'spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n' +
        '    spec: {containers: [{name: web, image: web:1, ports: [{containerPort: 8080}]}]}\n',
    )
    const byDefault = await cli('validate', '--mesh', 'none', '--format', 'json', plain)
    expect(byDefault.code).toBe(0)
    // Nothing is required, so nothing is below the requirement; and nothing else is wrong.
    const json = JSON.parse(byDefault.stdout)
    expect({ verdict: json.verdict, findings: json.findings, stderr: byDefault.stderr }).toEqual({
      verdict: 'not-gated',
      findings: [],
      stderr: '',
    })
    const markdown = await cli('validate', '--mesh', 'none', plain)
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).not.toMatch(/❌|fail|below/)
    expect(markdown.stdout).toMatch(/not gated \(require none\)/)
    const strict = await cli('validate', '--mesh', 'none', '--require', 'strict', '--format', 'json', plain)
    expect(strict.code).toBe(1)
    expect(JSON.parse(strict.stdout).verdict).toBe('fail')
    expect(JSON.parse(strict.stdout).workloads).toEqual(json.workloads)
    expect(json.workloads).toContainEqual(
      expect.objectContaining({ workload: 'Deployment/web', mode: 'DISABLE' }),
    )
  })

  it('prints the JSON shape fixed by the issue and exits 1 on a regression', async () => {
    const r = await cli('validate', '--format', 'json', '--base', base, head)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(Object.keys(out)).toEqual(['mesh', 'verdict', 'workloads', 'regressions', 'findings'])
    expect(out.mesh).toBe('istio')
    expect(out.verdict).toBe('fail')
    expect(out.regressions).toEqual([
      { namespace: 'shop', workload: 'Deployment/cart', port: 9090, from: 'STRICT', to: 'DISABLE' },
    ])
    expect(out.workloads).toContainEqual({
      namespace: 'shop',
      workload: 'Deployment/cart',
      port: 9090,
      mode: 'DISABLE',
      decidedBy: expect.stringMatching(/^PeerAuthentication shop\/cart-metrics \(.*mesh\.yaml:21\)$/),
    })
    for (const w of out.workloads)
      expect(Object.keys(w)).toEqual(['namespace', 'workload', 'port', 'mode', 'decidedBy'])
    const regression = out.findings.find((f: { code: string }) => f.code === 'mtls-regression')
    expect(regression).toMatchObject({
      severity: 'error',
      resource: { kind: 'PeerAuthentication', namespace: 'shop', name: 'cart-metrics' },
      line: 21,
    })
    expect(regression.file).toMatch(/fixtures\/mtls\/istio\/head\/mesh\.yaml$/)
    for (const f of out.findings)
      expect(Object.keys(f)).toEqual(['severity', 'code', 'message', 'resource', 'file', 'line'])
  })

  it('exits 0 when every workload meets the requirement and nothing got weaker', async () => {
    const r = await cli('validate', '--format', 'json', '--base', base, base)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'pass', regressions: [] })
  })

  it('--require permissive lets PERMISSIVE pass and still fails DISABLE', async () => {
    const permissive = write(`apiVersion: v1
kind: Namespace
metadata: {name: a, labels: {istio-injection: enabled}}
---
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: a}
spec: {containers: [{name: c, image: x}]}`)
    expect((await cli('validate', '--require', 'permissive', permissive)).code).toBe(0)
    expect((await cli('validate', '--require', 'strict', permissive)).code).toBe(1)
    expect((await cli('validate', '--require', 'permissive', head)).code).toBe(1)
  })

  it('markdown lists what changed, not the unchanged rows', async () => {
    const r = await cli('validate', '--base', base, head)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('❌ fail')
    expect(r.stdout).toMatch(/🔻 weaker \| shop\/Deployment\/cart:9090 \| STRICT \| DISABLE \|/)
    expect(r.stdout).not.toContain('checkout')
  })

  it('keeps a huge unchanged matrix out of the report', async () => {
    const docs = [
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: big, labels: {istio-injection: enabled}}',
    ]
    for (let i = 0; i < 500; i++)
      docs.push(
        `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}, namespace: big}\nspec: {containers: [{name: c, image: x}]}`,
      )
    const pods = write(docs.join('\n---\n'))
    const strict = write(
      'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: default, namespace: istio-system}\nspec: {mtls: {mode: STRICT}}',
      'pa.yaml',
    )
    const v = await validateMeshConfig({
      headPaths: [pods, strict],
      basePaths: [pods, strict],
      require: 'strict',
    })
    expect(v.matrix.length).toBeGreaterThan(500)
    const md = renderMtlsMarkdown(v)
    expect(md).not.toContain('p499')
    expect(md.length).toBeLessThan(1000)
  })

  it('writes SARIF 2.1.0 that validates against the SARIF schema, with file and line', async () => {
    const r = await cli('validate', '--format', 'sarif', '--base', base, head)
    expect(r.code).toBe(1)
    const sarif = JSON.parse(r.stdout)
    const schema = JSON.parse(readFileSync(fixture('mtls', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'))
    delete schema.$schema
    delete schema.id
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i)
    ajv.addFormat('uri-reference', () => true)
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)))
    const valid = ajv.validate(schema, sarif)
    expect(ajv.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    const results = sarif.runs[0].results
    const regression = results.find((x: { ruleId: string }) => x.ruleId === 'mtls-regression')
    expect(regression.level).toBe('error')
    expect(regression.locations[0].physicalLocation.region.startLine).toBe(21)
    expect(regression.locations[0].physicalLocation.artifactLocation.uri).toMatch(
      /fixtures\/mtls\/istio\/head\/mesh\.yaml$/,
    )
    // The schema check is not vacuous: a result without a message is refused.
    delete regression.message
    expect(ajv.validate(schema, sarif)).toBe(false)
  })

  it('malformed YAML exits 2 naming the file and line, without a stack trace', async () => {
    const bad = write('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: [unclosed\n')
    const r = await cli('validate', bad)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line \\d+: invalid YAML`),
    )
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  // A chart's template is not YAML until rendered: it said "metadata.name is required" (and the parser's Node
  // warning reached stderr) instead of saying so.
  it.each([
    [
      'a value',
      'metadata:\n  name: {{ .Values.name }}\n  namespace: shop\nspec:\n  mtls: {mode: STRICT}\n',
      4,
    ],
    [
      'an include',
      'metadata:\n  name: p\n  labels:\n    {{- include "chart.labels" . | nindent 4 }}\nspec: {}\n',
      6,
    ],
    ['a control action', '{{- if .Values.enabled }}\nmetadata: {name: p}\nspec: {}\n{{- end }}\n', 3],
  ])('a Helm template (%s) exits 2: render it first, naming file and line', async (_case, rest, line) => {
    const chart = write(`apiVersion: security.istio.io/v1\nkind: PeerAuthentication\n${rest}`, 'pa.yaml')
    const warnings: unknown[] = []
    const emit = process.emitWarning
    process.emitWarning = ((w: unknown) => void warnings.push(w)) as typeof process.emitWarning
    try {
      const r = await cli('validate', chart)
      expect({ code: r.code, stderr: r.stderr, warnings }).toEqual({
        code: 2,
        stderr:
          `mesh-mtls-gate validate: ${chart}: line ${line}: a Helm template ({{ ... }}), not a manifest: render the ` +
          'template first (helm template RELEASE CHART -f values.yaml > rendered.yaml) and give the rendered YAML\n',
        warnings: [],
      })
    } finally {
      process.emitWarning = emit
    }
  })

  it('a resource its CRD schema refuses exits 2 naming file and line', async () => {
    const bad = write(
      'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: p, namespace: a}\nspec:\n  mtls:\n    mode: STRCT\n',
    )
    const r = await cli('validate', bad)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${bad}:6: PeerAuthentication p: spec.mtls.mode: Unsupported value: "STRCT"`)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('usage errors exit 2: no path, an unknown mesh, an unknown format', async () => {
    expect((await cli('validate')).code).toBe(2)
    expect((await cli('validate', '--mesh', 'consul', head)).stderr).toMatch(
      /--mesh must be one of istio, istio-ambient, linkerd, cilium/,
    )
    expect((await cli('validate', '--format', 'xml', head)).code).toBe(2)
  })

  it('asks for --mesh when the input mixes meshes or names none', async () => {
    const mixed = write(`apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: p, namespace: a}
spec: {}
---
apiVersion: policy.linkerd.io/v1alpha1
kind: MeshTLSAuthentication
metadata: {name: m, namespace: a}
spec: {identities: ["*"]}`)
    const r = await cli('validate', mixed)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/several meshes \(istio, linkerd\): pass --mesh/)
    expect((await cli('validate', '--mesh', 'istio', mixed)).code).toBe(0)
    const none = write('apiVersion: v1\nkind: Namespace\nmetadata: {name: plain}\n')
    expect((await cli('validate', none)).stderr).toMatch(
      /nothing to judge: .* hold no mesh resource and no workload/,
    )
    const noMesh = write(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {spec: {containers: []}}}\n',
    )
    expect((await cli('validate', noMesh)).stderr).toMatch(/cannot tell which mesh/)
  })

  it('nothing empty passes: an empty file, an empty folder, a file of other kinds exit 2 naming the paths', async () => {
    const empty = write('', 'empty.yaml')
    for (const argv of [
      [empty],
      ['--mesh', 'istio', empty],
      [tmp()],
      ['--mesh', 'cilium', write('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n')],
    ]) {
      const r = await cli('validate', ...argv)
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(argv.at(-1)!)
      expect(r.stderr).toMatch(/nothing to judge: manifests .* hold no mesh resource and no workload/)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(r.stdout).toBe('')
    }
  })

  it('a policy-only change is judged: the real Cilium pair without a workload, and the reverse', async () => {
    const dir = fixture('mtls', 'examples')
    const withAuth = join(dir, 'cilium-cnp-with-mutual-auth.yaml')
    const without = join(dir, 'cilium-cnp-without-mutual-auth.yaml')
    const r = await cli('validate', '--format', 'json', '--base', withAuth, without)
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.regressions).toEqual([
      { namespace: 'default', workload: '{app=echo}', port: 8080, from: 'PERMISSIVE', to: 'DISABLE' },
    ])
    const wireguard = write('encryption:\n  enabled: true\n  type: wireguard\n', 'values.yaml')
    const back = await cli(
      'validate',
      '--format',
      'json',
      '--base',
      without,
      '--base',
      wireguard,
      withAuth,
      wireguard,
    )
    expect(JSON.parse(back.stdout)).toMatchObject({ verdict: 'pass', regressions: [] })
    expect(back.code).toBe(0)
  })

  it('is in the main help, with its own --help', async () => {
    expect((await cli('--help')).stdout).toMatch(/validate\s+check mTLS strictness/)
    const r = await cli('validate', '--help')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('--format FORMAT      markdown (default), json or sarif')
  })
})

describe('validateMeshConfig (what the CLI calls for files)', () => {
  it('returns matrix entries for the results artifact’s mtls slot, the regressions, findings and verdict', async () => {
    const v = await validateMeshConfig({ headPaths: [head], basePaths: [base], require: 'strict' })
    expect(v.verdict).toBe('fail')
    for (const e of v.entries) expect(MtlsEntry.parse(e)).toEqual({ ...e, live: 'not-probed' })
    expect(v.regressions.map((r) => [r.workload, r.port, r.from, r.to])).toEqual([
      ['Deployment/cart', 9090, 'STRICT', 'DISABLE'],
    ])
    expect(v.findings.some((f) => f.code === 'mtls-below-required')).toBe(true)
  })

  it('without a base it only checks the requirement', async () => {
    const v = await validateMeshConfig({ headPaths: [base], require: 'strict' })
    expect(v).toMatchObject({ verdict: 'pass', compared: false, regressions: [], diff: null })
  })
})

describe('base vs head when the head deletes a policy', () => {
  it('names the regression at the workload’s file and line (nothing in the head decides any more)', async () => {
    const dir = tmp()
    const workloads = readFileSync(join(base, 'workloads.yaml'), 'utf8')
    writeFileSync(join(dir, 'workloads.yaml'), workloads)
    const v = await validateMeshConfig({
      headPaths: [join(dir, 'workloads.yaml')],
      basePaths: [base],
      require: 'permissive',
    })
    const all = v.findings.filter((f) => f.code === 'mtls-regression')
    // The mesh-wide and namespace-wide defaults got weaker too: those point at the deleted policy in the base.
    const defaults = all.filter((f) => f.resource.kind === 'PeerAuthentication')
    expect(defaults.map((f) => [f.file?.endsWith('istio/base/mesh.yaml'), f.line])).toEqual([
      [true, 8],
      [true, 8],
    ])
    const regressions = all.filter((f) => f.resource.kind === 'Deployment')
    expect(regressions.map((f) => [f.resource.kind, f.resource.name, f.line])).toEqual([
      ['Deployment', 'cart', 9],
      ['Deployment', 'checkout', 28],
    ])
    expect(regressions[0]!.message).toMatch(
      /STRICT → PERMISSIVE: plaintext now accepted \(now no PeerAuthentication: PERMISSIVE by default; was PeerAuthentication istio-system\/default/,
    )
    expect(v.verdict).toBe('fail')
  })
})

/** Every SARIF result as ruleId, uri, line and message. */
function sarifResults(stdout: string): { rule: string; uri: string; line: number; text: string }[] {
  const results = JSON.parse(stdout).runs[0].results as {
    ruleId: string
    message: { text: string }
    locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
  }[]
  return results.map((r) => ({
    rule: r.ruleId,
    uri: r.locations[0]!.physicalLocation.artifactLocation.uri,
    line: r.locations[0]!.physicalLocation.region.startLine,
    text: r.message.text,
  }))
}

/** A folder of files (name → text), as a repository's `mesh/` or a base checkout beside it. */
function tree(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true })
    writeFileSync(join(root, name), text)
  }
}

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

describe('validate --format sarif: every result where code scanning shows it, at the line that decides', () => {
  const home = process.cwd()

  it('a policy the pull request deleted is filed at its path in the repository, not in ../base', async () => {
    const dir = tmp()
    const app =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {istio-injection: enabled}}\n---\n' +
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: cart, namespace: shop}\nspec:\n' +
      '  selector: {matchLabels: {app: cart}}\n  template:\n    metadata: {labels: {app: cart}}\n' +
      '    spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}\n'
    const strict =
      'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: shop\n' +
      'spec:\n  mtls:\n    mode: STRICT\n'
    tree(join(dir, 'repo'), { 'mesh/app.yaml': app })
    tree(join(dir, 'base'), { 'mesh/app.yaml': app, 'mesh/strict.yaml': strict })
    process.chdir(join(dir, 'repo'))
    let r
    try {
      // As the README's code-scanning workflow runs it, from the repository's root.
      r = await cli('validate', '--require', 'strict', '--base', '../base/mesh', '--format', 'sarif', 'mesh')
    } finally {
      process.chdir(home)
    }
    expect(r.code).toBe(1)
    const results = sarifResults(r.stdout)
    expect(results.filter((x) => x.uri.startsWith('..') || x.uri.startsWith('/'))).toEqual([])
    expect(results).toContainEqual({
      rule: 'mtls-regression',
      uri: 'mesh/strict.yaml',
      line: 1,
      text: expect.stringMatching(
        /shop\/\* got weaker: STRICT → PERMISSIVE.*\[on the base branch at \.\.\/base\/mesh\/strict\.yaml:8, which this pull request changed or removed\]$/,
      ),
    })
  })

  it('a Linkerd namespace default is located at its annotation’s line', async () => {
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: emoji\n  annotations:\n    linkerd.io/inject: enabled\n' +
      '    config.linkerd.io/default-inbound-policy: all-unauthenticated\n---\n' +
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: emoji}\nspec:\n' +
      '  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n' +
      '    spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}\n'
    const file = write(text, 'linkerd.yaml')
    const r = await cli('validate', '--mesh', 'linkerd', '--require', 'strict', '--format', 'sarif', file)
    expect(r.code).toBe(1)
    const below = sarifResults(r.stdout).filter((x) => x.rule === 'mtls-below-required')
    expect(below.map((x) => [x.text.split(' ')[0], x.uri, x.line])).toContainEqual([
      'emoji/Deployment/web',
      file,
      lineOf(text, 'config.linkerd.io/default-inbound-policy'),
    ])
    expect(below.every((x) => x.line > 1)).toBe(true)
  })

  it('a Cilium workload no rule selects is located at its manifest, not at the values file', async () => {
    const dir = tmp()
    const app =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\n' +
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: cart, namespace: shop}\nspec:\n' +
      '  selector: {matchLabels: {app: cart}}\n  template:\n    metadata: {labels: {app: cart}}\n' +
      '    spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}\n'
    tree(dir, { 'values.yaml': 'encryption:\n  enabled: false\n', 'app.yaml': app })
    const r = await cli(
      'validate',
      '--mesh',
      'cilium',
      '--format',
      'sarif',
      join(dir, 'values.yaml'),
      join(dir, 'app.yaml'),
    )
    expect(r.code).toBe(1)
    const cart = sarifResults(r.stdout).filter((x) => x.text.startsWith('shop/Deployment/cart '))
    expect(cart.map((x) => [x.rule, x.uri, x.line])).toEqual([
      ['mtls-below-required', join(dir, 'app.yaml'), lineOf(app, 'apiVersion: apps/v1')],
    ])
  })
})

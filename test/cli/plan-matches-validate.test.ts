/**
 * The run's mTLS prediction is the validator's: for every case of the validator's corpus (fixtures/mtls) and the
 * cases of issue #21 (a Linkerd values file that weakens the default policy, DestinationRules that break STRICT
 * servers, Cilium whose install line turns WireGuard on), `run --dry-run` and `validate` given the same inputs give
 * the same modes, changes and findings. The run judges stand-ins in place of the configuration's workloads and leaves
 * out the workloads no path reaches, so the rows compared are those both have (what decides a row may differ: the run
 * does not apply install-time objects such as Cilium's cilium-config); the mesh-wide rows must be in both. (The
 * peer suites are Istio's golden-test format, not manifests: test/mtls/peer-suites.test.ts reads them.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { stringify } from 'yaml'
import { runCli } from '../../src/cli/main.js'
import { INSTALLERS } from '../../src/mesh/install.js'
import { INSTALL_DEFAULTS_ORIGIN } from '../../src/mesh/installer.js'
import { INSTALL_LINE_ORIGIN } from '../../src/pipeline/stand-ins.js'
import type { MeshName } from '../../src/vocabulary.js'
import { fixture, gitRepository, scratch } from '../helpers.js'

await import('../../src/cli/run-command.js')
await import('../../src/cli/validate-command.js')

interface Case {
  name: string
  /** Repository path → text, on the base branch (null: no base side). */
  base: Record<string, string> | null
  head: Record<string, string>
  mesh?: MeshName
  /** A repository path given as --mesh-values to run (and among validate's paths). */
  meshValues?: string
}

const filesOf = (paths: string[]) =>
  Object.fromEntries(paths.map((p) => [`mesh/${basename(p)}`, readFileSync(p, 'utf8')]))
const yamlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f))

function corpus(): Case[] {
  const live = fixture('mtls', 'live')
  const cases: Case[] = [
    {
      name: 'istio base/head',
      base: filesOf(yamlIn(fixture('mtls', 'istio', 'base'))),
      head: filesOf(yamlIn(fixture('mtls', 'istio', 'head'))),
    },
  ]
  for (const folder of ['istio', 'istio-dataplane'])
    for (const f of yamlIn(join(live, folder)))
      cases.push({ name: `live/${folder}/${basename(f)}`, base: null, head: filesOf([f]) })
  for (const folder of ['linkerd', 'cilium'])
    cases.push({ name: `live/${folder}`, base: null, head: filesOf(yamlIn(join(live, folder))) })
  for (const f of yamlIn(fixture('mtls', 'examples')))
    cases.push({ name: `examples/${basename(f)}`, base: null, head: filesOf([f]) })
  return [...cases, ...issueCases()]
}

const LINKERD_SHOP = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  annotations: {linkerd.io/inject: enabled}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: cart, namespace: shop}
spec:
  selector: {matchLabels: {app: cart}}
  template:
    metadata: {labels: {app: cart}}
    spec:
      containers: [{name: cart, image: cart:1, ports: [{containerPort: 8080}]}]
`
const ISTIO_SHOP = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels: {istio-injection: enabled}
---
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: default, namespace: shop}
spec: {mtls: {mode: STRICT}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: cart, namespace: shop}
spec:
  selector: {matchLabels: {app: cart}}
  template:
    metadata: {labels: {app: cart}}
    spec:
      containers: [{name: cart, image: cart:1, ports: [{name: http, containerPort: 8080}]}]
---
apiVersion: v1
kind: Service
metadata: {name: cart, namespace: shop}
spec:
  selector: {app: cart}
  ports: [{name: http, port: 80, targetPort: 8080}]
`
const destinationRule = (name: string, mode: string) => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: ${name}, namespace: shop}
spec:
  host: cart.shop.svc.cluster.local
  trafficPolicy: {tls: {mode: ${mode}}}
`

function issueCases(): Case[] {
  const policy = (p: string) => `proxy:\n  defaultInboundPolicy: ${p}\n`
  return [
    {
      name: 'issue: Linkerd values all-authenticated → all-unauthenticated (in config-paths)',
      base: { 'mesh/shop.yaml': LINKERD_SHOP, 'mesh/values.yaml': policy('all-authenticated') },
      head: { 'mesh/values.yaml': policy('all-unauthenticated') },
      mesh: 'linkerd',
    },
    {
      name: 'issue: the same values file given as --mesh-values, outside config-paths',
      base: { 'mesh/shop.yaml': LINKERD_SHOP, 'install/values.yaml': policy('all-authenticated') },
      head: { 'install/values.yaml': policy('all-unauthenticated') },
      mesh: 'linkerd',
      meshValues: 'install/values.yaml',
    },
    {
      name: 'issue: DestinationRules DISABLE and SIMPLE toward a STRICT server',
      base: { 'mesh/shop.yaml': ISTIO_SHOP },
      head: {
        'mesh/dr.yaml': [
          destinationRule('cart-plain', 'DISABLE'),
          destinationRule('cart-simple', 'SIMPLE'),
        ].join('---\n'),
      },
      mesh: 'istio',
    },
  ]
}

/** A repository whose main holds `base` (or nothing) and whose work tree holds `head` on top. */
function repoOf(c: Case): string {
  return gitRepository(c.base ?? { 'README.md': 'no configuration yet\n' }, c.head, 'gate-corpus-repo-')
}

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) })
  return { code, stdout, stderr }
}

/** What the case's inputs say, as `run --dry-run` plans it and as `validate` reads the same files. */
async function both(c: Case) {
  const repo = repoOf(c)
  const out = scratch('gate-corpus-plan-')
  const mesh = c.mesh ? ['--mesh', c.mesh] : []
  const values = c.meshValues ? ['--mesh-values', join(repo, c.meshValues)] : []
  const run = await cli([
    'run',
    '--repo',
    repo,
    '--dry-run',
    '--output',
    out,
    ...(c.base ? ['--base-ref', 'main'] : []),
    ...mesh,
    ...values,
  ])
  // validate's paths: the gate's default install values, each side's files as the run reads them (the base's as
  // committed), the mesh values file, and the values the install line sets: in the order the install applies them.
  const sides = scratch('gate-corpus-sides-')
  const baseDir = join(sides, 'base')
  const headDir = join(sides, 'head')
  cpSync(repo, headDir, { recursive: true, filter: (f) => !f.includes('.git') })
  if (c.base) {
    mkdirSync(baseDir)
    execFileSync('git', ['--work-tree', baseDir, 'checkout', 'main', '--', '.'], { cwd: repo })
  }
  const picked = (root: string) => [
    join(root, 'mesh'),
    ...(c.meshValues && !c.meshValues.startsWith('mesh/') ? [join(root, c.meshValues)] : []),
  ]
  const lineFile = join(sides, 'install-line.yaml')
  const defaultsFile = join(sides, 'install-defaults.yaml')
  const validateWith = (defaults: string[], line: string[]) =>
    cli([
      'validate',
      '--format',
      'json',
      ...mesh,
      ...(c.base ? [...defaults, ...picked(baseDir), ...line].flatMap((p) => ['--base', p]) : []),
      ...defaults,
      ...picked(headDir),
      ...line,
    ])
  let validate = await validateWith([], [])
  // The mesh as validate detects it (the run's rule); the gate's default values (first) and its install line's
  // values (last), when it has any, as files in the order the install gives them.
  const detected = validate.code === 2 ? null : (JSON.parse(validate.stdout).mesh as MeshName)
  const defaults = detected ? INSTALLERS[detected].defaultValues : {}
  const line = detected ? INSTALLERS[detected].installValues : {}
  if (Object.keys(defaults).length) writeFileSync(defaultsFile, stringify(defaults))
  if (Object.keys(line).length) writeFileSync(lineFile, stringify(line))
  if (Object.keys(defaults).length || Object.keys(line).length)
    validate = await validateWith(
      Object.keys(defaults).length ? [defaultsFile] : [],
      Object.keys(line).length ? [lineFile] : [],
    )
  // File names as each names them: the run says `mesh/x.yaml` and `main:mesh/x.yaml`, validate the copies' paths.
  const norm = (text: string) =>
    text
      .split(`${headDir}/`)
      .join('')
      .split(`${baseDir}/`)
      .join('')
      .split('main:')
      .join('')
      .split(lineFile)
      .join(INSTALL_LINE_ORIGIN)
      .split(defaultsFile)
      .join(INSTALL_DEFAULTS_ORIGIN)
      .split(`${repo}/`)
      .join('')
  const plan = run.code === 0 ? JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) : null
  return { run, validate, plan, out, json: validate.code === 2 ? null : JSON.parse(validate.stdout), norm }
}

type Row = { namespace: string; workload: string; port: number | null }
const key = (r: Row) => `${r.namespace}/${r.workload}${r.port === null ? '' : `:${r.port}`}`

describe('run --dry-run predicts mTLS as validate judges it, over the validator’s corpus', () => {
  const saved = process.env.DOCKER_HOST
  beforeAll(() => void (process.env.DOCKER_HOST = 'unix:///nonexistent/mesh-gate-test.sock'))
  afterAll(
    () => void (saved === undefined ? delete process.env.DOCKER_HOST : (process.env.DOCKER_HOST = saved)),
  )

  it.each(corpus().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { run, validate, plan, json, norm } = await both(c)
    // Bad input for one is bad input for the other.
    expect({ run: run.code === 2, validate: validate.code === 2 }).toEqual({
      run: validate.code === 2,
      validate: validate.code === 2,
    })
    if (validate.code === 2) return
    expect({ code: run.code, stderr: run.stderr.slice(-400) }).toEqual({
      code: 0,
      stderr: expect.any(String),
    })
    const planned = new Map<
      string,
      { head: string; base: string | null; change: string | null; decidedBy: string }
    >(
      plan.mtls.map(
        (m: Row & { head: string; base: string | null; change: string | null; decidedBy: string }) => [
          key(m),
          m,
        ],
      ),
    )
    const judged: (Row & { mode: string; decidedBy: string })[] = json.workloads
    // Modes: every row both have; the mesh-wide rows are in both.
    const shared = judged.filter((w) => planned.has(key(w)))
    expect(judged.filter((w) => w.namespace === '*' && !planned.has(key(w))).map(key)).toEqual([])
    expect(shared.map((w) => `${key(w)} ${w.mode}`)).toEqual(
      shared.map((w) => `${key(w)} ${planned.get(key(w))!.head}`),
    )
    // Changes: the rows validate finds weaker are the plan's weaker ones, from and to.
    const regressions: (Row & { from: string; to: string })[] = json.regressions
    const weaker = [...planned.entries()]
      .filter(([k, m]) => m.change === 'weaker' && judged.some((w) => key(w) === k))
      .map(([k, m]) => `${k} ${m.base} → ${m.head}`)
    expect(weaker.sort()).toEqual(
      regressions
        .filter((r) => planned.has(key(r)))
        .map((r) => `${key(r)} ${r.from} → ${r.to}`)
        .sort(),
    )
    // Findings: the same, with the same resource, file and line.
    type F = {
      severity: string
      code: string
      message: string
      resource: object
      file: string | null
      line: number | null
    }
    const text = (f: F) =>
      norm(`${f.severity} ${f.code} ${JSON.stringify(f.resource)} ${f.file}:${f.line}: ${f.message}`)
    expect((plan.mtlsFindings as F[]).map(text).sort()).toEqual((json.findings as F[]).map(text).sort())
  })

  // What issue #21 saw the plan say wrongly, said rightly (the comparison above holds it to validate's).
  it('the issue’s cases: the values file’s weakening, the DestinationRules’ errors, Cilium’s WireGuard', async () => {
    const [values, , rules] = issueCases()
    const v = await both(values!)
    expect(v.validate.code).toBe(1)
    expect(v.plan.mtls).toContainEqual(
      expect.objectContaining({
        namespace: '*',
        workload: '*',
        base: 'STRICT',
        head: 'PERMISSIVE',
        change: 'weaker',
      }),
    )
    expect(readFileSync(join(v.out, 'plan.md'), 'utf8')).not.toMatch(/Nothing is weaker/)
    const r = await both(rules!)
    expect(r.validate.code).toBe(1)
    expect(
      (r.plan.mtlsFindings as { code: string }[]).filter(
        (f) => f.code === 'istio-destinationrule-breaks-strict',
      ),
    ).toHaveLength(2)
    // The run fails on them as validate does: the plan must not promise a pass.
    expect(r.plan.mtlsRequirement).toMatchObject({ outcome: 'fail' })
    expect(r.plan.mtlsRequirement.decidedBy).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^istio-destinationrule-breaks-strict \(mesh\/dr\.yaml:\d+\)$/),
      ]),
    )
    expect(readFileSync(join(r.out, 'plan.md'), 'utf8')).toMatch(
      /error `istio-destinationrule-breaks-strict` \(mesh\/dr\.yaml:\d+\)/,
    )
    const cilium = await both({
      name: 'cilium',
      base: null,
      head: filesOf([fixture('mtls', 'examples', 'cilium-cnp-with-mutual-auth.yaml')]),
    })
    const row = (cilium.plan.mtls as { decidedBy: string }[]).find((m) =>
      /mutual authentication required/.test(m.decidedBy),
    )
    expect(row?.decidedBy).toMatch(
      /encrypted by wireguard \(Helm values \(the gate’s default install values\)\)/,
    )
    // The user's values override the gate's default, as the install's later values file does: no WireGuard, no STRICT.
    const off = await both({
      name: 'cilium, WireGuard off in the mesh values',
      base: null,
      head: {
        ...filesOf([fixture('mtls', 'examples', 'cilium-cnp-with-mutual-auth.yaml')]),
        'cilium-values.yaml': 'encryption:\n  enabled: false\n',
      },
      meshValues: 'cilium-values.yaml',
    })
    const offRow = (off.plan.mtls as { decidedBy: string; head: string }[]).find((m) =>
      /mutual authentication required/.test(m.decidedBy),
    )
    expect(offRow).toMatchObject({
      head: 'PERMISSIVE',
      decidedBy: expect.stringMatching(/not encrypted \(Helm values cilium-values\.yaml\)$/),
    })
  })
})

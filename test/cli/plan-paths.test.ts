/**
 * The measurement follows the change, as a reviewer reads it in `run --dry-run`: the server stand-in takes the place
 * of the workload the changed objects reach (its namespace, labels, ports, service account), every changed object
 * is on the path, mesh-wide or not measured with the reason, the requirement is predicted on the user's workloads
 * (the gate's own rows are shown, never failed), and install-time values are never applied nor passed as measured.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { runCli } from '../../src/cli/main.js'
import { PROFILE_SCENARIOS, SIMULTANEOUS_MAX_REPETITIONS, loadSeconds } from '../../src/pipeline/profiles.js'
import { gitRepository, scratch } from '../helpers.js'

await import('../../src/cli/run-command.js')

const NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    istio-injection: enabled
`
const STRICT = `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: default
  namespace: shop
spec:
  mtls:
    mode: STRICT
`
const CART = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
  namespace: shop
spec:
  selector:
    matchLabels: {app: cart}
  template:
    metadata:
      labels: {app: cart, version: v2}
      annotations:
        sidecar.istio.io/proxyCPU: 200m
    spec:
      serviceAccountName: cart-sa
      containers:
        - name: cart
          image: registry.example.com/private/cart:1.2
          ports:
            - {name: http-web, containerPort: 9090}
`
const service = (name: string, targetPort: number) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: shop
spec:
  selector: {app: ${name}}
  ports:
    - {name: http, port: 80, targetPort: ${targetPort}}
`
const rule = (host: string, max: number) => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: ${host.split('.')[0]}
  namespace: shop
spec:
  host: ${host}
  trafficPolicy:
    connectionPool:
      tcp: {maxConnections: ${max}}
`

/** A repository whose main holds `base` and whose work tree (the PR) holds `head`, file by file. */
function repo(base: Record<string, string>, head: Record<string, string>): string {
  return gitRepository(base, head, 'gate-paths-repo-')
}

async function plan(dir: string, ...extra: string[]) {
  const out = scratch('gate-paths-out-')
  let stderr = ''
  const code = await runCli(
    ['run', '--repo', dir, '--dry-run', '--output', out, '--base-ref', 'main', ...extra],
    {
      stdout: () => undefined,
      stderr: (t) => void (stderr += t),
    },
  )
  const md = join(out, 'plan.md')
  return {
    code,
    stderr,
    md: existsSync(md) ? readFileSync(md, 'utf8') : '',
    json: existsSync(md) ? JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) : null,
    head: existsSync(md)
      ? parseAllDocuments(readFileSync(join(out, 'manifests', 'head.yaml'), 'utf8')).map((d) => d.toJS())
      : [],
    base: existsSync(join(out, 'manifests', 'base.yaml'))
      ? parseAllDocuments(readFileSync(join(out, 'manifests', 'base.yaml'), 'utf8')).map((d) => d.toJS())
      : [],
  }
}

describe('the measured path follows the change (run --dry-run)', () => {
  const saved = process.env.DOCKER_HOST
  beforeAll(() => void (process.env.DOCKER_HOST = 'unix:///nonexistent/mesh-gate-test.sock'))
  afterAll(
    () => void (saved === undefined ? delete process.env.DOCKER_HOST : (process.env.DOCKER_HOST = saved)),
  )

  const shop = { 'mesh/shop.yaml': [NAMESPACE, STRICT, CART, service('cart', 9090)].join('---\n') }

  it('a DestinationRule change for cart.shop: the server stand-in is shop’s cart, the rule is on the path, strict passes', async () => {
    const p = await plan(
      repo(
        { ...shop, 'mesh/dr.yaml': rule('cart.shop.svc.cluster.local', 100) },
        { 'mesh/dr.yaml': rule('cart.shop.svc.cluster.local', 10) },
      ),
      '--mesh',
      'istio',
    )
    expect({ code: p.code, stderr: p.stderr.slice(-500) }).toEqual({ code: 0, stderr: expect.any(String) })
    expect(p.json.paths).toHaveLength(1)
    const path = p.json.paths[0]
    expect(path.server).toMatchObject({
      namespace: 'shop',
      workload: 'cart',
      labels: { app: 'cart', version: 'v2' },
      ports: [{ name: 'http-web', port: 9090 }],
      serviceAccount: 'cart-sa',
      host: 'cart.shop.svc.cluster.local',
      httpPort: 80,
      from: expect.stringMatching(/^Deployment shop\/cart \(mesh\/shop\.yaml:\d+\)$/),
    })
    expect(path.client).toMatchObject({ namespace: 'mesh-gate' })
    expect(p.json.coverage).toEqual([
      expect.objectContaining({
        kind: 'DestinationRule',
        namespace: 'shop',
        name: 'cart',
        status: 'on-path',
      }),
    ])
    expect(p.json.mtlsRequirement).toMatchObject({ require: 'strict', outcome: 'pass' })
    expect(p.json.mtlsRequirement.decidedBy).toContain('shop/Deployment/cart STRICT')
    // The gate's client in its own namespace is PERMISSIVE: shown, never failing the requirement.
    expect(p.json.mtlsRequirement.shownOnly).toContain('mesh-gate/Deployment/fortio-client PERMISSIVE')
    expect(p.md).toMatch(
      /## Measured path[\s\S]*\| shop\/cart \| mesh-gate\/Deployment\/fortio-client \| shop\/Deployment\/cart \(service account cart-sa\) → `cart\.shop\.svc\.cluster\.local:80` \| app=cart, version=v2 \| http 80→9090 \|/,
    )
    expect(p.md).toMatch(
      /## Coverage[\s\S]*\| DestinationRule shop\/cart \| modified \| on the path \| crossed by shop\/cart \|/,
    )
    expect(p.md).toMatch(/`require-mtls: strict` will pass/)
    // The stand-in runs in the workload's place: Fortio on the workload's port, its annotations and service account
    // kept; the private image is not run.
    const standIn = p.head.find((o) => o.kind === 'Deployment' && o.metadata.name === 'cart')
    const pod = standIn.spec.template
    expect(pod.metadata).toEqual({
      labels: { app: 'cart', version: 'v2' },
      annotations: { 'sidecar.istio.io/proxyCPU': '200m' },
    })
    expect(pod.spec.serviceAccountName).toBe('cart-sa')
    expect(pod.spec.containers).toHaveLength(1)
    expect(pod.spec.containers[0]).toMatchObject({
      name: 'cart',
      image: 'fortio/fortio:1.75.2',
      ports: [{ name: 'http-web', containerPort: 9090 }],
    })
    expect(pod.spec.containers[0].args.slice(0, 3)).toEqual(['server', '-http-port', '9090'])
    expect(JSON.stringify(p.head)).not.toMatch(/registry\.example\.com/)
    expect(p.head.some((o) => o.kind === 'ServiceAccount' && o.metadata.name === 'cart-sa')).toBe(true)
  })

  it('each side’s stand-in is its own template’s: a proxy the head puts in front keeps its port, the application moves', async () => {
    const proxied = CART.replace(
      '            - {name: http-web, containerPort: 9090}\n',
      '            - {name: http-web, containerPort: 9091}\n        - name: proxy\n          image: envoyproxy/envoy:v1.31.0\n          ports:\n            - {containerPort: 9090}\n',
    )
    expect(proxied).not.toBe(CART)
    const dir = repo(
      { 'mesh/shop.yaml': [NAMESPACE, STRICT, CART, service('cart', 9090)].join('---\n') },
      { 'mesh/shop.yaml': [NAMESPACE, STRICT, proxied, service('cart', 9090)].join('---\n') },
    )
    const p = await plan(dir, '--mesh', 'istio')
    expect(p.code).toBe(0)
    expect(p.json.coverage).toEqual([
      expect.objectContaining({ kind: 'Deployment', name: 'cart', status: 'on-path' }),
    ])
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const podOf = (objects: any[]) =>
      objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'cart').spec.template.spec
    const base = podOf(p.base)
    const head = podOf(p.head)
    expect(base.containers.map((c: { name: string }) => c.name)).toEqual(['cart'])
    expect(base.containers[0].args.slice(0, 3)).toEqual(['server', '-http-port', '9090'])
    expect(head.containers.map((c: { name: string }) => c.name)).toEqual(['cart', 'proxy'])
    expect(head.containers[0].args.slice(0, 3)).toEqual(['server', '-http-port', '9091'])
    expect(head.containers[1]).toEqual({
      name: 'proxy',
      image: 'envoyproxy/envoy:v1.31.0',
      ports: [{ containerPort: 9090 }],
    })
  })

  it('with only a Service for cart: its selector and ports are enough', async () => {
    const p = await plan(
      repo(
        {
          'mesh/shop.yaml': [NAMESPACE, STRICT, service('cart', 8080)].join('---\n'),
          'mesh/dr.yaml': rule('cart.shop.svc.cluster.local', 100),
        },
        { 'mesh/dr.yaml': rule('cart.shop.svc.cluster.local', 10) },
      ),
      '--mesh',
      'istio',
    )
    expect(p.code).toBe(0)
    expect(p.json.paths[0].server).toMatchObject({
      namespace: 'shop',
      workload: 'cart',
      labels: { app: 'cart' },
      ports: [{ name: 'http', port: 8080 }],
      httpPort: 80,
      from: expect.stringMatching(/^the selector of Service shop\/cart/),
    })
    expect(p.json.coverage).toEqual([expect.objectContaining({ kind: 'DestinationRule', status: 'on-path' })])
    expect(p.json.mtlsRequirement.outcome).toBe('pass')
    const standIn = p.head.find((o) => o.kind === 'Deployment' && o.metadata.name === 'cart')
    expect(standIn.spec.template.spec.containers[0].args.slice(0, 3)).toEqual([
      'server',
      '-http-port',
      '8080',
    ])
  })

  it('targets pins shop/cart: a DestinationRule for payments is not measured, with the reason and the fix', async () => {
    const config = 'targets: [shop/cart]\n'
    const dir = repo(
      {
        ...shop,
        '.github/mesh-gate.yaml': config,
        'mesh/dr.yaml': rule('payments.shop.svc.cluster.local', 100),
      },
      { 'mesh/dr.yaml': rule('payments.shop.svc.cluster.local', 10) },
    )
    const p = await plan(dir, '--mesh', 'istio')
    expect(p.code).toBe(0)
    expect(p.json.paths.map((x: { id: string }) => x.id)).toEqual(['shop/cart'])
    expect(p.json.pathRule).toMatch(/targets: shop\/cart/)
    expect(p.json.coverage).toEqual([
      expect.objectContaining({
        kind: 'DestinationRule',
        name: 'payments',
        status: 'not-measured',
        reason: 'another host (payments.shop.svc.cluster.local)',
      }),
    ])
    expect(p.md).toMatch(
      /\| DestinationRule shop\/payments \| modified \| \*\*not measured\*\* \| another host \(payments\.shop\.svc\.cluster\.local\) \|/,
    )
    expect(p.md).toMatch(
      /1 changed object\(s\) not measured: a latency or overhead pass will be reported as inconclusive/,
    )
  })

  it('without targets, the changed object’s own workload is measured instead (payments, from its host)', async () => {
    const p = await plan(
      repo(
        { ...shop, 'mesh/dr.yaml': rule('payments.shop.svc.cluster.local', 100) },
        { 'mesh/dr.yaml': rule('payments.shop.svc.cluster.local', 10) },
      ),
      '--mesh',
      'istio',
    )
    expect(p.json.paths.map((x: { id: string }) => x.id)).toEqual(['shop/payments'])
    expect(p.json.paths[0].server).toMatchObject({
      labels: { app: 'payments' },
      from: expect.stringMatching(/no manifest/),
    })
    expect(p.json.coverage[0]).toMatchObject({ status: 'on-path' })
  })

  it('a mesh-wide change keeps the gate’s own path; a strict requirement is decided on the gate’s rows only when the change governs them', async () => {
    const mesh = (mode: string) =>
      STRICT.replace('namespace: shop', 'namespace: istio-system').replace('STRICT', mode)
    const p = await plan(
      repo({ 'mesh/pa.yaml': mesh('STRICT') }, { 'mesh/pa.yaml': mesh('PERMISSIVE') }),
      '--mesh',
      'istio',
    )
    expect(p.json.paths).toEqual([
      expect.objectContaining({ id: 'mesh-gate/fortio-server', gateDefault: true }),
    ])
    expect(p.json.coverage).toEqual([
      expect.objectContaining({ kind: 'PeerAuthentication', status: 'mesh-wide' }),
    ])
    // The mesh-wide policy governs the gate's workloads: PERMISSIVE fails strict, and the plan says so up front.
    expect(p.json.mtlsRequirement).toMatchObject({ outcome: 'fail' })
    expect(p.json.mtlsRequirement.decidedBy.join(' ')).toMatch(
      /mesh-gate\/Deployment\/fortio-server PERMISSIVE/,
    )
    expect(p.md).toMatch(/`require-mtls: strict` will \*\*fail\*\*/)
  })

  it('a pull request that changes only mesh values: listed not measured; an IstioOperator is never applied', async () => {
    const overlay = (cpu: string) =>
      `apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata:\n  name: overlay\n  namespace: istio-system\nspec:\n  values:\n    global:\n      proxy:\n        resources:\n          requests:\n            cpu: ${cpu}\n`
    const values = (v: string) => `global:\n  proxy:\n    resources:\n      requests:\n        cpu: ${v}\n`
    const dir = repo(
      { ...shop, 'mesh/overlay.yaml': overlay('100m'), 'install/values.yaml': values('100m') },
      { 'mesh/overlay.yaml': overlay('500m'), 'install/values.yaml': values('500m') },
    )
    const p = await plan(dir, '--mesh', 'istio', '--mesh-values', join(dir, 'install/values.yaml'))
    expect(p.code).toBe(0)
    expect(p.json.coverage).toEqual([
      expect.objectContaining({
        kind: 'IstioOperator',
        status: 'not-measured',
        reason: expect.stringMatching(/^install-time/),
      }),
      expect.objectContaining({
        kind: 'mesh values',
        name: 'install/values.yaml',
        status: 'not-measured',
        reason: expect.stringMatching(/installed once, with the head's values, for both sides/),
      }),
    ])
    expect(p.head.some((o) => o.kind === 'IstioOperator')).toBe(false)
  })

  describe('the layout: both sides at once where they can coexist, else alternating, said before any cluster', () => {
    // The quick profile's load: one side's time when both run at once, both sides' and the switches' otherwise.
    const atOnce = loadSeconds(
      PROFILE_SCENARIOS.quick.map((q) => ({ ...q, repetitions: SIMULTANEOUS_MAX_REPETITIONS })),
      1,
    )
    const alternating = loadSeconds(PROFILE_SCENARIOS.quick, 2)

    it('a scoped DestinationRule change: simultaneous, on copies of the path’s namespaces', async () => {
      const p = await plan(
        repo(
          { ...shop, 'mesh/dr.yaml': rule('cart.shop.svc.cluster.local', 100) },
          { 'mesh/dr.yaml': rule('cart.shop.svc.cluster.local', 10) },
        ),
        '--mesh',
        'istio',
      )
      expect(p.code).toBe(0)
      expect(p.json.paths[0].layout).toEqual({
        design: 'simultaneous',
        reason:
          'base on cart.shop-base.svc.cluster.local, head on cart.shop-head.svc.cluster.local, at the same time',
      })
      expect(p.json.layout).toMatchObject({
        design: 'simultaneous',
        namespaces: {
          base: { 'mesh-gate': 'mesh-gate-base', shop: 'shop-base' },
          head: { 'mesh-gate': 'mesh-gate-head', shop: 'shop-head' },
        },
      })
      expect(p.md).toMatch(
        /## Measured path\n\nChosen by: [^\n]*\n\nLayout: \*\*simultaneous\*\* \(both sides at once, each on a copy of the paths in namespaces of its own\): .*: base in mesh-gate-base, shop-base, head in mesh-gate-head, shop-head, loaded at the same time\.\n/,
      )
      expect(p.md).toMatch(
        /\| shop\/cart \| .* \| simultaneous: base on cart\.shop-base\.svc\.cluster\.local, /,
      )
      // The manifests are the copies: each side's rule on its own host, its stand-in in its own namespace.
      const rules = (objects: { kind: string; metadata: { namespace: string }; spec: { host: string } }[]) =>
        objects.filter((o) => o.kind === 'DestinationRule').map((o) => [o.metadata.namespace, o.spec.host])
      expect(rules(p.base)).toEqual([['shop-base', 'cart.shop-base.svc.cluster.local']])
      expect(rules(p.head)).toEqual([['shop-head', 'cart.shop-head.svc.cluster.local']])
      expect(
        p.head
          .filter((o) => o.kind === 'Deployment')
          .map((o) => `${o.metadata.namespace}/${o.metadata.name}`),
      ).toEqual(['shop-head/cart'])
      expect(p.json.budgetSeconds).toMatchObject({ design: 'simultaneous', load: atOnce })
      expect(atOnce).toBeLessThan(alternating)
      expect(p.md).toMatch(
        new RegExp(`load and live probes \\(both sides at once, no switches\\): at most ${atOnce} s`),
      )
    })

    it('a mesh-wide (root namespace) PeerAuthentication change: alternating, with its reason', async () => {
      const mesh = (mode: string) =>
        STRICT.replace('namespace: shop', 'namespace: istio-system').replace('STRICT', mode)
      const p = await plan(
        repo({ ...shop, 'mesh/pa.yaml': mesh('STRICT') }, { 'mesh/pa.yaml': mesh('PERMISSIVE') }),
        '--mesh',
        'istio',
      )
      expect(p.code).toBe(0)
      const reason = expect.stringMatching(
        /^PeerAuthentication istio-system\/default \(mesh\/pa\.yaml:\d+\) \(modified\) is mesh-wide: /,
      )
      expect(p.json.paths[0].layout).toEqual({ design: 'alternating', reason })
      expect(p.json.layout).toEqual({ design: 'alternating', reason, namespaces: null })
      expect(p.md).toMatch(
        /Layout: \*\*alternating\*\* \(one side after the other on the paths\): PeerAuthentication istio-system\/default/,
      )
      expect(p.json.budgetSeconds).toMatchObject({ design: 'alternating', load: alternating })
      expect(p.md).toMatch(/alternated with the head/)
    })

    it('mesh values that differ: alternating, one installation for both sides', async () => {
      const values = (v: string) => `global:\n  proxy:\n    resources:\n      requests:\n        cpu: ${v}\n`
      const dir = repo(
        {
          ...shop,
          'mesh/dr.yaml': rule('cart.shop.svc.cluster.local', 100),
          'install/values.yaml': values('100m'),
        },
        { 'mesh/dr.yaml': rule('cart.shop.svc.cluster.local', 10), 'install/values.yaml': values('500m') },
      )
      const p = await plan(dir, '--mesh', 'istio', '--mesh-values', join(dir, 'install/values.yaml'))
      expect(p.code).toBe(0)
      expect(p.json.paths[0].layout).toEqual({
        design: 'alternating',
        reason: 'the mesh values install/values.yaml differ between the sides: the mesh is installed once',
      })
      expect(p.json.budgetSeconds.load).toBe(alternating)
    })
  })
})

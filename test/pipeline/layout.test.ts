/**
 * The layout of a run: both sides at once, each on a copy of the measured paths in namespaces of its own, when
 * everything that differs can exist twice and the copies are governed as the originals; alternating otherwise,
 * naming the object and why. Rows per mesh for each rule, with the negative cases, and the copies checked against
 * the validator: each copy's server has the mode the original has on that side.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseManifestText } from '../../src/k8s/manifests.js'
import type { ConfigSide } from '../../src/mesh/pr-config.js'
import {
  gateNamespaces,
  planLayout,
  rewriteObject,
  sideNamespace,
  type Layout,
} from '../../src/pipeline/layout.js'
import { predict } from '../../src/pipeline/measure-on-cluster.js'
import { planPaths, serverRowOf, type MeasuredPath, type PathPlan } from '../../src/pipeline/paths.js'
import { MESHES, type MeshName, type Side } from '../../src/vocabulary.js'
import { SHARED } from '../helpers.js'

function sideOf(name: Side, docs: readonly string[], values?: string): ConfigSide {
  const file = `mesh/${name}.yaml`
  const loaded = parseManifestText(docs.join('\n---\n'), file)
  return {
    name,
    ref: name === 'base' ? 'main' : null,
    objects: loaded.objects.map((o) => ({ object: o.object, file, origin: o.origin })),
    values: values ? parseManifestText(values, 'mesh/values.yaml').values : [],
  }
}

function layoutOf(
  mesh: MeshName,
  base: readonly string[] | null,
  head: readonly string[],
  extra: {
    values?: [string, string]
    valuesChanges?: { name: string; reason: string }[]
    targets?: string[]
    meshValuesPerSide?: boolean
  } = {},
): { plan: PathPlan; layout: Layout; head: ConfigSide; base: ConfigSide | null } {
  const h = sideOf('head', head, extra.values?.[1])
  const b = base ? sideOf('base', base, extra.values?.[0]) : null
  const plan = planPaths({ mesh, head: h, base: b, targets: extra.targets ?? [] })
  return {
    plan,
    layout: planLayout({
      mesh,
      head: h,
      base: b,
      plan,
      valuesChanges: extra.valuesChanges,
      meshValuesPerSide: extra.meshValuesPerSide,
    }),
    head: h,
    base: b,
  }
}

type Obj = { kind: string; metadata: { name: string; namespace?: string }; spec?: Record<string, unknown> }
const objectsOf = (l: Layout, side: Side) =>
  l.copies![side].side.objects.map((c) => c.object as unknown as Obj)
const find = (l: Layout, side: Side, kind: string, name: string) =>
  objectsOf(l, side).find((o) => o.kind === kind && o.metadata.name === name)!

// --- fixtures ---------------------------------------------------------------------------------------------------
const ns = (name: string, labels: Record<string, string> = {}) =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels: ${JSON.stringify(labels)}\n`
const deployment = (name: string, namespace: string, labels: Record<string, string> = { app: name }) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  selector:\n    matchLabels: ${JSON.stringify(labels)}\n  template:\n    metadata:\n      labels: ${JSON.stringify(labels)}\n    spec:\n      serviceAccountName: ${name}\n      containers:\n        - name: app\n          image: registry.example.com/${namespace}/${name}:1\n          ports: [{containerPort: 8080, name: http}]\n`
const service = (name: string, namespace: string, selector: Record<string, string> = { app: name }) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  selector: ${JSON.stringify(selector)}\n  ports: [{name: http, port: 80, targetPort: 8080}]\n`
const destinationRule = (namespace: string, host: string, max: number, extra = '') =>
  `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: dr-${max}\n  namespace: ${namespace}\nspec:\n  host: ${host}\n${extra}  trafficPolicy:\n    connectionPool:\n      tcp: {maxConnections: ${max}}\n`
const peerAuthentication = (namespace: string, mode: string, selector = '') =>
  `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: ${namespace}\nspec:\n${selector}  mtls: {mode: ${mode}}\n`

const SHOP = [
  ns('shop', { 'istio-injection': 'enabled' }),
  deployment('cart', 'shop'),
  service('cart', 'shop'),
]
const drChange = (max: number) => [...SHOP, destinationRule('shop', 'cart.shop.svc.cluster.local', max)]

describe('sideNamespace', () => {
  it('appends the side: shop → shop-base, shop-head', () => {
    expect([sideNamespace('shop', 'base'), sideNamespace('shop', 'head')]).toEqual(['shop-base', 'shop-head'])
    expect(sideNamespace('mesh-gate', 'base')).toBe('mesh-gate-base')
    expect(gateNamespaces()).toEqual(['mesh-gate', 'mesh-gate-base', 'mesh-gate-head'])
  })

  it('a long name stays a DNS label of at most 63 characters, deterministic and apart from its neighbours', () => {
    const a = 'n'.repeat(50) + '-aaaaaaaaaaa'
    const b = 'n'.repeat(50) + '-aaaaaaaaaab'
    const copies = [a, b].flatMap((n) => [sideNamespace(n, 'base'), sideNamespace(n, 'head')])
    for (const c of copies) {
      expect(c.length).toBeLessThanOrEqual(63)
      expect(c).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/)
    }
    expect(new Set(copies).size).toBe(4)
    expect(sideNamespace(a, 'base')).toBe(sideNamespace(a, 'base'))
    // 58 characters still fit with the suffix: no hash.
    expect(sideNamespace('x'.repeat(58), 'head')).toBe('x'.repeat(58) + '-head')
  })
})

describe('planLayout: the rules every mesh shares', () => {
  const networkPolicy = (namespace: string, app: string, port: number) =>
    `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np, namespace: ${namespace}}\nspec:\n  podSelector: {matchLabels: {app: ${app}}}\n  ingress: [{ports: [{port: ${port}}]}]\n`
  const base = [...SHOP, networkPolicy('shop', 'cart', 8080)]
  const targets = ['shop/cart']

  it.each(MESHES)(
    '%s: no base → head only; values that differ → alternating; nothing differs → simultaneous',
    (mesh) => {
      expect(layoutOf(mesh, null, base).layout).toMatchObject({ design: 'alternating', reason: /^head only/ })
      const values = [{ name: 'values.yaml', reason: 'install-time' }]
      expect(layoutOf(mesh, base, base, { valuesChanges: values }).layout).toMatchObject({
        design: 'alternating',
        reason: 'the mesh values values.yaml differ between the sides: the mesh is installed once',
      })
      expect(layoutOf(mesh, base, base).layout.design).toBe('simultaneous')
    },
  )

  it.each(MESHES)(
    '%s: values that differ with an installer that re-installs per side → alternating, each side on its own values',
    (mesh) => {
      const values = [{ name: 'values.yaml', reason: 'install-time' }]
      const perSide = layoutOf(mesh, base, base, { valuesChanges: values, meshValuesPerSide: true }).layout
      const reason =
        "the mesh values values.yaml differ between the sides: the mesh is re-installed with each side's values at each switch"
      expect(perSide).toMatchObject({ design: 'alternating', reason, copies: null, blockers: [reason] })
      expect(perSide.perPath).toEqual([{ path: 'mesh-gate/fortio-server', design: 'alternating', reason }])
      // Nothing differs: the installer's ability changes nothing.
      expect(layoutOf(mesh, base, base, { meshValuesPerSide: true }).layout.design).toBe('simultaneous')
    },
  )

  it.each(MESHES)(
    '%s: a change in a path namespace → simultaneous; the same change in another namespace → alternating',
    (mesh) => {
      const inShop = layoutOf(mesh, base, [...SHOP, networkPolicy('shop', 'cart', 9090)], { targets }).layout
      expect({ design: inShop.design, blockers: inShop.blockers }).toEqual({
        design: 'simultaneous',
        blockers: [],
      })
      expect(find(inShop, 'head', 'NetworkPolicy', 'np').metadata.namespace).toBe('shop-head')
      const elsewhere = layoutOf(
        mesh,
        [...base, networkPolicy('other', 'web', 8080)],
        [...base, networkPolicy('other', 'web', 9090)],
        { targets },
      ).layout
      expect(elsewhere.reason).toMatch(
        /^NetworkPolicy other\/np \(mesh\/head\.yaml:\d+\) \(modified\) lies outside the measured paths' namespaces \(mesh-gate, shop\)/,
      )
    },
  )

  it.each(MESHES)('%s: the safety net trips on a URL to shop, not on a label app=shop', (mesh) => {
    const url = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: shop}\ndata: {upstream: "http://cart.shop/"}\n`
    const change = [...SHOP, networkPolicy('shop', 'cart', 9090)]
    expect(layoutOf(mesh, [...base, url], [...change, url], { targets }).layout.reason).toMatch(
      /cannot rewrite safely: ConfigMap shop\/settings .* field data\.upstream still names shop/,
    )
    const label = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: shop, labels: {team: shop}}\ndata: {upstream: "http://cart/"}\n`
    expect(layoutOf(mesh, [...base, label], [...change, label], { targets }).layout.design).toBe(
      'simultaneous',
    )
  })
})

describe('planLayout: Istio', () => {
  it('a scoped DestinationRule change: simultaneous, the copies renamed and their references rewritten', () => {
    const { layout, plan } = layoutOf('istio', drChange(100), drChange(10))
    expect({ design: layout.design, blockers: layout.blockers }).toEqual({
      design: 'simultaneous',
      blockers: [],
    })
    expect(layout.reason).toMatch(
      /base in mesh-gate-base, shop-base, head in mesh-gate-head, shop-head, loaded at the same time$/,
    )
    expect(layout.perPath).toEqual([
      {
        path: 'shop/cart',
        design: 'simultaneous',
        reason:
          'base on cart.shop-base.svc.cluster.local, head on cart.shop-head.svc.cluster.local, at the same time',
      },
    ])
    const base = layout.copies!.base
    expect(base.namespaces).toEqual({ 'mesh-gate': 'mesh-gate-base', shop: 'shop-base' })
    expect(find(layout, 'base', 'DestinationRule', 'dr-100')).toMatchObject({
      metadata: { namespace: 'shop-base' },
      spec: { host: 'cart.shop-base.svc.cluster.local' },
    })
    expect(find(layout, 'head', 'DestinationRule', 'dr-10').spec!.host).toBe(
      'cart.shop-head.svc.cluster.local',
    )
    // The Namespace is copied with its labels; the image (which names `shop` as a path segment) is left alone.
    expect(find(layout, 'head', 'Namespace', 'shop-head')).toMatchObject({
      metadata: { labels: { 'istio-injection': 'enabled' } },
    })
    const cart = find(layout, 'head', 'Deployment', 'cart') as unknown as {
      metadata: { namespace: string }
      spec: { template: { spec: { containers: { image: string }[] } } }
    }
    expect(cart.metadata.namespace).toBe('shop-head')
    expect(cart.spec.template.spec.containers[0]!.image).toBe('registry.example.com/shop/cart:1')
    // The copies' paths: same id, ends and host renamed, the facts' origins kept.
    const original = plan.paths[0]!
    const copy = base.paths[0]!
    expect(copy).toEqual({
      ...original,
      client: { ...original.client, namespace: 'mesh-gate-base' },
      server: { ...original.server, namespace: 'shop-base', host: 'cart.shop-base.svc.cluster.local' },
    })
  })

  it('a mesh-wide (root namespace) PeerAuthentication change: alternating, naming it', () => {
    const { layout } = layoutOf(
      'istio',
      [...SHOP, peerAuthentication('istio-system', 'STRICT')],
      [...SHOP, peerAuthentication('istio-system', 'PERMISSIVE')],
    )
    expect(layout.design).toBe('alternating')
    expect(layout.copies).toBeNull()
    expect(layout.reason).toMatch(
      /^PeerAuthentication istio-system\/default \(mesh\/head\.yaml:\d+\) \(modified\) is mesh-wide: .*root namespace, no selector/,
    )
    expect(layout.perPath).toEqual([
      expect.objectContaining({ path: 'mesh-gate/fortio-server', design: 'alternating' }),
    ])
  })

  it('an IstioOperator change: alternating (install-time); a ServiceEntry change: alternating (no path crosses it)', () => {
    const operator = (cpu: string) =>
      `apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata:\n  name: o\n  namespace: istio-system\nspec:\n  values: {global: {proxy: {resources: {requests: {cpu: ${cpu}}}}}}\n`
    expect(layoutOf('istio', [...SHOP, operator('1')], [...SHOP, operator('2')]).layout.reason).toMatch(
      /IstioOperator istio-system\/o .* is install-time/,
    )
    const entry = (host: string) =>
      `apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: ext\n  namespace: shop\nspec:\n  hosts: [${host}]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n`
    const l = layoutOf(
      'istio',
      [...drChange(1), entry('a.example.com')],
      [...drChange(2), entry('b.example.com')],
    )
    expect(l.layout.design).toBe('alternating')
    expect(l.layout.reason).toMatch(/ServiceEntry shop\/ext .* is of a scope the gate cannot place/)
  })

  it('a scoped change outside the path namespaces (a VirtualService bound to a gateway only): alternating', () => {
    const vs = (prefix: string) =>
      `apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: edge\n  namespace: edge\nspec:\n  hosts: [www.example.com]\n  gateways: [edge/gw]\n  http: [{match: [{uri: {prefix: ${prefix}}}], route: [{destination: {host: cart.shop.svc.cluster.local}}]}]\n`
    const { layout } = layoutOf('istio', [...drChange(1), vs('/a')], [...drChange(2), vs('/b')])
    expect(layout.reason).toMatch(/VirtualService edge\/edge .* lies outside the measured paths' namespaces/)
  })

  it('an unchanged object outside the copies that names a path host or namespace: alternating, naming its field', () => {
    const elsewhere = destinationRule('other', 'cart.shop.svc.cluster.local', 7).replace('dr-7', 'from-other')
    const { layout } = layoutOf('istio', [...drChange(1), elsewhere], [...drChange(2), elsewhere])
    expect(layout.design).toBe('alternating')
    expect(layout.reason).toMatch(
      /DestinationRule other\/from-other \(mesh\/head\.yaml:\d+\), outside the measured paths' namespaces, refers to them \(spec\.host: cart\.shop\.svc\.cluster\.local\)/,
    )
    expect(layout.perPath[0]!.reason).toMatch(/DestinationRule other\/from-other/)
    const root = `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: from-shop\n  namespace: istio-system\nspec:\n  rules: [{from: [{source: {namespaces: [shop]}}]}]\n`
    expect(layoutOf('istio', [...drChange(1), root], [...drChange(2), root]).layout.reason).toMatch(
      /AuthorizationPolicy istio-system\/from-shop .* refers to them \(spec\.rules\[0\]\.from\[0\]\.source\.namespaces\[0\]: shop\)/,
    )
  })

  it('an unchanged root-namespace policy that selects by labels governs both copies alike: simultaneous', () => {
    const root = `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: any-cart\n  namespace: istio-system\nspec:\n  selector: {matchLabels: {app: cart}}\n  action: DENY\n  rules: [{to: [{operation: {paths: [/admin]}}]}]\n`
    const { layout } = layoutOf('istio', [...drChange(1), root], [...drChange(2), root])
    expect(layout.blockers).toEqual([])
    // The shared object is the same object in both copies, unrenamed.
    expect(find(layout, 'base', 'AuthorizationPolicy', 'any-cart')).toEqual(
      find(layout, 'head', 'AuthorizationPolicy', 'any-cart'),
    )
    expect(find(layout, 'base', 'AuthorizationPolicy', 'any-cart').metadata.namespace).toBe('istio-system')
  })

  it('rewrites principals, namespaces, exportTo, Sidecar hosts, conditions and the exportTo annotation', () => {
    const policy = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: cart, namespace: shop}
spec:
  selector: {matchLabels: {app: cart}}
  rules:
    - from: [{source: {principals: [cluster.local/ns/mesh-gate/sa/fortio-client], namespaces: [mesh-gate]}}]
      when: [{key: source.namespace, values: [mesh-gate]}, {key: source.principal, values: ["*/ns/shop/sa/*"]}]
`
    const sidecar = `apiVersion: networking.istio.io/v1
kind: Sidecar
metadata: {name: default, namespace: shop}
spec:
  egress: [{hosts: ["./*", "istio-system/*", "shop/cart.shop.svc.cluster.local", "mesh-gate/*"]}]
`
    const exported = destinationRule('shop', 'cart', 3, '  exportTo: [mesh-gate, .]\n')
    const svc = service('cart', 'shop').replace(
      'metadata:\n',
      'metadata:\n  annotations: {networking.istio.io/exportTo: "shop,mesh-gate"}\n',
    )
    const base = [ns('shop'), deployment('cart', 'shop'), svc, sidecar, exported, policy]
    const head = base.map((d) =>
      d === exported ? exported.replace('maxConnections: 3', 'maxConnections: 4') : d,
    )
    const { layout } = layoutOf('istio', base, head)
    expect(layout.blockers).toEqual([])
    const ap = find(layout, 'head', 'AuthorizationPolicy', 'cart') as unknown as { spec: unknown }
    expect(ap.spec).toEqual({
      selector: { matchLabels: { app: 'cart' } },
      rules: [
        {
          from: [
            {
              source: {
                principals: ['cluster.local/ns/mesh-gate-head/sa/fortio-client'],
                namespaces: ['mesh-gate-head'],
              },
            },
          ],
          when: [
            { key: 'source.namespace', values: ['mesh-gate-head'] },
            { key: 'source.principal', values: ['*/ns/shop-head/sa/*'] },
          ],
        },
      ],
    })
    expect(find(layout, 'head', 'Sidecar', 'default').spec).toEqual({
      egress: [
        {
          hosts: ['./*', 'istio-system/*', 'shop-head/cart.shop-head.svc.cluster.local', 'mesh-gate-head/*'],
        },
      ],
    })
    expect(find(layout, 'base', 'DestinationRule', 'dr-3').spec).toMatchObject({
      host: 'cart',
      exportTo: ['mesh-gate-base', '.'],
    })
    expect(
      (find(layout, 'base', 'Service', 'cart').metadata as { annotations?: Record<string, string> })
        .annotations,
    ).toEqual({ 'networking.istio.io/exportTo': 'shop-base,mesh-gate-base' })
  })

  it('a DestinationRule for a wildcard host would govern the other copy too: alternating', () => {
    const wide = (max: number) => destinationRule('shop', '"*.svc.cluster.local"', max)
    const { layout } = layoutOf('istio', [...SHOP, wide(1)], [...SHOP, wide(2)], { targets: ['shop/cart'] })
    expect(layout.design).toBe('alternating')
    expect(layout.reason).toMatch(
      /DestinationRule shop\/dr-1 .* \(base\) would govern the head's copy too \(shop\/cart\)/,
    )
  })

  it('the safety net: a reference the rewrite does not know (a URL in a ConfigMap) → cannot rewrite safely', () => {
    const config = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: shop}\ndata:\n  upstream: "http://cart.shop:8080/api"\n`
    const { layout } = layoutOf('istio', [...drChange(1), config], [...drChange(2), config])
    expect(layout.design).toBe('alternating')
    expect(layout.blockers).toContainEqual(
      expect.stringMatching(
        /^cannot rewrite safely: ConfigMap shop\/settings \(mesh\/base\.yaml:\d+\) \(base\), field data\.upstream still names shop \(http:\/\/cart\.shop:8080\/api\)$/,
      ),
    )
  })

  it('the safety net ignores label values and names that equal a namespace by coincidence', () => {
    // A workload `shop` in `shop`, labelled app=shop, its host shop.shop.svc.cluster.local.
    const docs = (max: number) => [
      ns('shop'),
      deployment('shop', 'shop', { app: 'shop', tier: 'shop' }),
      service('shop', 'shop', { app: 'shop' }),
      destinationRule('shop', 'shop.shop.svc.cluster.local', max),
    ]
    const { layout } = layoutOf('istio', docs(1), docs(2))
    expect(layout.blockers).toEqual([])
    const d = find(layout, 'base', 'Deployment', 'shop') as unknown as {
      metadata: { namespace: string }
      spec: {
        selector: unknown
        template: { metadata: { labels: unknown }; spec: { serviceAccountName: string } }
      }
    }
    expect(d.metadata.namespace).toBe('shop-base')
    expect(d.spec.selector).toEqual({ matchLabels: { app: 'shop', tier: 'shop' } })
    expect(d.spec.template.spec.serviceAccountName).toBe('shop')
    expect(find(layout, 'base', 'DestinationRule', 'dr-1').spec!.host).toBe(
      'shop.shop-base.svc.cluster.local',
    )
    expect(layout.copies!.base.paths[0]!.server.host).toBe('shop.shop-base.svc.cluster.local')
  })

  it('what the run does not apply is no reference: other workloads, the application container’s env', () => {
    const calling = (name: string, namespace: string) =>
      deployment(name, namespace).replace(
        '          ports:',
        '          env: [{name: CART, value: "http://cart.shop:80/"}]\n          ports:',
      )
    const docs = (max: number) => [
      ...drChange(max).filter((d) => !d.includes('kind: Deployment')),
      calling('cart', 'shop'),
      calling('front', 'front'),
      calling('worker', 'shop'),
    ]
    const { layout } = layoutOf('istio', docs(1), docs(2), { targets: ['shop/cart'] })
    expect(layout.blockers).toEqual([])
    // A container the stand-in keeps beside Fortio (a proxy the workload adds) runs as written: its reference is
    // one the rewrite does not understand.
    const proxied = (max: number) =>
      docs(max).map((d) =>
        d.includes('kind: Deployment') && d.includes('name: cart\n')
          ? `${d}        - {name: proxy, image: envoy:1, args: ["--upstream", "http://cart.shop:80/"]}\n`
          : d,
      )
    expect(proxied(1)).not.toEqual(docs(1))
    expect(layoutOf('istio', proxied(1), proxied(2), { targets: ['shop/cart'] }).layout.reason).toMatch(
      /cannot rewrite safely: Deployment shop\/cart \(mesh\/base\.yaml:\d+\) \(base\), field spec\.template\.spec\.containers\[\d\]\.args\[1\] still names shop \(http:\/\/cart\.shop:80\/\)/,
    )
  })

  it('a copy whose name the configuration already uses, or a path in the root namespace: alternating', () => {
    const taken = ns('shop-base')
    expect(layoutOf('istio', [...drChange(1), taken], [...drChange(2), taken]).layout.reason).toMatch(
      /the base's copy of shop would be shop-base, a namespace the configuration or the gate already uses/,
    )
    const rootDr = (max: number) => [
      deployment('cart', 'istio-system'),
      service('cart', 'istio-system'),
      destinationRule('istio-system', 'cart.istio-system.svc.cluster.local', max),
    ]
    expect(layoutOf('istio', rootDr(1), rootDr(2)).layout.reason).toMatch(
      /the path namespace istio-system is the mesh's root namespace/,
    )
  })

  it('no change at all (an A/A pair): simultaneous on two copies of the gate’s own path', () => {
    const { layout, plan } = layoutOf('istio', SHOP, SHOP)
    expect(plan.paths.map((p) => p.id)).toEqual(['mesh-gate/fortio-server'])
    expect(layout.design).toBe('simultaneous')
    expect(layout.reason).toMatch(/^nothing differs between the sides/)
    expect(layout.copies!.head.paths[0]).toMatchObject({
      id: 'mesh-gate/fortio-server',
      gateDefault: true,
      client: { namespace: 'mesh-gate-head' },
      server: { namespace: 'mesh-gate-head', host: 'fortio-server.mesh-gate-head.svc.cluster.local' },
    })
  })

  it('no base: head only; mesh values that differ: alternating, one installation', () => {
    const head = layoutOf('istio', null, drChange(2)).layout
    expect({ design: head.design, reason: head.reason }).toEqual({
      design: 'alternating',
      reason: 'head only: no base side to measure beside it',
    })
    const values = layoutOf('istio', drChange(1), drChange(2), {
      valuesChanges: [{ name: 'install/values.yaml', reason: 'install-time' }],
    }).layout
    expect(values.reason).toBe(
      'the mesh values install/values.yaml differ between the sides: the mesh is installed once',
    )
    const documents = layoutOf('istio', drChange(1), drChange(2), {
      values: [
        'global: {proxy: {resources: {requests: {cpu: 100m}}}}\n',
        'global: {proxy: {resources: {requests: {cpu: 200m}}}}\n',
      ],
    }).layout
    expect(documents.reason).toMatch(
      /^the install values documents differ between the sides \(mesh\/values\.yaml\)/,
    )
    // The same values on both sides are no reason to alternate.
    const same = 'global: {proxy: {resources: {requests: {cpu: 100m}}}}\n'
    expect(layoutOf('istio', drChange(1), drChange(2), { values: [same, same] }).layout.design).toBe(
      'simultaneous',
    )
  })
})

describe('planLayout: Istio ambient', () => {
  const ambient = (max: number) => [
    ns('shop', { 'istio.io/dataplane-mode': 'ambient', 'istio.io/use-waypoint': 'waypoint' }),
    deployment('cart', 'shop'),
    service('cart', 'shop'),
    `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: cart, namespace: shop}\nspec:\n  targetRefs: [{kind: Service, group: "", name: cart}]\n  rules: [{from: [{source: {namespaces: [mesh-gate]}}], to: [{operation: {methods: [GET], hosts: ["cart.shop.svc.cluster.local:80"]}}]}]\n  action: ${max === 1 ? 'ALLOW' : 'AUDIT'}\n`,
  ]

  it('a waypoint policy on a Service: simultaneous, the host with its port rewritten', () => {
    const { layout } = layoutOf('istio-ambient', ambient(1), ambient(2))
    expect(layout.blockers).toEqual([])
    const ap = find(layout, 'head', 'AuthorizationPolicy', 'cart') as unknown as {
      spec: { rules: { from: unknown; to: unknown }[] }
    }
    expect(ap.spec.rules[0]).toEqual({
      from: [{ source: { namespaces: ['mesh-gate-head'] } }],
      to: [{ operation: { methods: ['GET'], hosts: ['cart.shop-head.svc.cluster.local:80'] } }],
    })
  })

  it('another namespace that uses shop’s waypoint (istio.io/use-waypoint-namespace: shop): alternating', () => {
    const other = ns('other', {
      'istio.io/use-waypoint-namespace': 'shop',
      'istio.io/use-waypoint': 'waypoint',
    })
    const { layout } = layoutOf('istio-ambient', [...ambient(1), other], [...ambient(2), other])
    expect(layout.reason).toMatch(
      /Namespace other .* refers to them \(metadata\.labels\.istio\.io\/use-waypoint-namespace: shop\)/,
    )
  })
})

describe('planLayout: Linkerd', () => {
  const linkerd = (mode: string) => [
    ns('shop').replace('labels: {}', 'annotations: {linkerd.io/inject: enabled}'),
    deployment('cart', 'shop'),
    service('cart', 'shop'),
    `apiVersion: policy.linkerd.io/v1beta3\nkind: Server\nmetadata: {name: cart-http, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: cart}}\n  port: http\n  proxyProtocol: ${mode}\n`,
    `apiVersion: policy.linkerd.io/v1alpha1\nkind: AuthorizationPolicy\nmetadata: {name: cart, namespace: shop}\nspec:\n  targetRef: {group: policy.linkerd.io, kind: Server, name: cart-http}\n  requiredAuthenticationRefs: [{group: policy.linkerd.io, kind: MeshTLSAuthentication, name: clients}]\n`,
    `apiVersion: policy.linkerd.io/v1alpha1\nkind: MeshTLSAuthentication\nmetadata: {name: clients, namespace: shop}\nspec:\n  identities: ["*.mesh-gate.serviceaccount.identity.linkerd.cluster.local"]\n`,
    `apiVersion: policy.linkerd.io/v1alpha1\nkind: AuthorizationPolicy\nmetadata: {name: whole-namespace, namespace: shop}\nspec:\n  targetRef: {kind: Namespace, name: shop}\n  requiredAuthenticationRefs: [{kind: ServiceAccount, name: fortio-client, namespace: mesh-gate}]\n`,
    `apiVersion: linkerd.io/v1alpha2\nkind: ServiceProfile\nmetadata: {name: cart.shop.svc.cluster.local, namespace: shop}\nspec:\n  routes: [{name: GET /, condition: {method: GET, pathRegex: /}}]\n`,
  ]

  it('a Server change: simultaneous; identities, Namespace targets, ServiceAccount refs and ServiceProfile names rewritten', () => {
    const { layout, plan } = layoutOf('linkerd', linkerd('HTTP/1'), linkerd('HTTP/2'))
    expect(plan.paths[0]!.client.namespace).toBe('mesh-gate')
    expect(layout.blockers).toEqual([])
    expect(find(layout, 'base', 'MeshTLSAuthentication', 'clients').spec).toEqual({
      identities: ['*.mesh-gate-base.serviceaccount.identity.linkerd.cluster.local'],
    })
    expect(find(layout, 'base', 'AuthorizationPolicy', 'whole-namespace').spec).toEqual({
      targetRef: { kind: 'Namespace', name: 'shop-base' },
      requiredAuthenticationRefs: [
        { kind: 'ServiceAccount', name: 'fortio-client', namespace: 'mesh-gate-base' },
      ],
    })
    expect(
      objectsOf(layout, 'head').some((o) => o.metadata.name === 'cart.shop-head.svc.cluster.local'),
    ).toBe(true)
  })

  it('the linkerd-config install values change: alternating (install-time)', () => {
    const config = (v: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: linkerd-config, namespace: linkerd}\ndata:\n  values: "proxy: {logLevel: ${v}}"\n`
    const { layout } = layoutOf(
      'linkerd',
      [...linkerd('HTTP/1'), config('warn')],
      [...linkerd('HTTP/1'), config('info')],
    )
    expect(layout.reason).toMatch(/ConfigMap linkerd\/linkerd-config .* is install-time/)
  })

  it('an authentication elsewhere that names shop’s identities: alternating', () => {
    const other = `apiVersion: policy.linkerd.io/v1alpha1\nkind: MeshTLSAuthentication\nmetadata: {name: from-shop, namespace: other}\nspec:\n  identityRefs: [{kind: Namespace, name: shop}]\n`
    const { layout } = layoutOf('linkerd', [...linkerd('HTTP/1'), other], [...linkerd('HTTP/2'), other])
    expect(layout.reason).toMatch(
      /MeshTLSAuthentication other\/from-shop .* \(spec\.identityRefs\[0\]\.name: shop\)/,
    )
  })

  it('the real grafana policy (shared/mesh-examples): its Server is not in the configuration, so alternating', () => {
    const text = readFileSync(join(SHARED, 'mesh-examples', 'linkerd-grafana-authzpolicy.yaml'), 'utf8')
    const { layout } = layoutOf('linkerd', [], [text])
    expect(layout.design).toBe('alternating')
    expect(layout.reason).toMatch(
      /AuthorizationPolicy linkerd-viz\/grafana .* \(added\) is of a scope the gate cannot place/,
    )
  })
})

describe('planLayout: Cilium', () => {
  const cnp = (auth: boolean, peerNamespace = 'mesh-gate') =>
    `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: cart, namespace: shop}\nspec:\n  endpointSelector: {matchLabels: {app: cart}}\n  ingress:\n    - fromEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: ${peerNamespace}, app: fortio-client}}]\n${auth ? '      authentication: {mode: required}\n' : ''}      toPorts: [{ports: [{port: "8080", protocol: TCP}]}]\n  egress:\n    - toServices: [{k8sService: {serviceName: cart, namespace: shop}}]\n    - toEndpoints: [{matchExpressions: [{key: k8s:io.kubernetes.pod.namespace, operator: In, values: [shop, kube-system]}]}]\n`
  const docs = (auth: boolean) => [ns('shop'), deployment('cart', 'shop'), service('cart', 'shop'), cnp(auth)]

  it('a CiliumNetworkPolicy change: simultaneous; namespace labels, expressions and toServices rewritten', () => {
    const { layout, plan } = layoutOf('cilium', docs(false), docs(true))
    expect(plan.paths[0]!.client.namespace).toBe('mesh-gate')
    expect(layout.blockers).toEqual([])
    expect(find(layout, 'head', 'CiliumNetworkPolicy', 'cart').spec).toEqual({
      endpointSelector: { matchLabels: { app: 'cart' } },
      ingress: [
        {
          fromEndpoints: [
            { matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'mesh-gate-head', app: 'fortio-client' } },
          ],
          authentication: { mode: 'required' },
          toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
        },
      ],
      egress: [
        { toServices: [{ k8sService: { serviceName: 'cart', namespace: 'shop-head' } }] },
        {
          toEndpoints: [
            {
              matchExpressions: [
                {
                  key: 'k8s:io.kubernetes.pod.namespace',
                  operator: 'In',
                  values: ['shop-head', 'kube-system'],
                },
              ],
            },
          ],
        },
      ],
    })
  })

  it('a CiliumClusterwideNetworkPolicy change: alternating (cluster-scoped)', () => {
    const ccnp = (port: string) =>
      `apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: carts}\nspec:\n  endpointSelector: {matchLabels: {app: cart}}\n  ingress: [{toPorts: [{ports: [{port: "${port}"}]}]}]\n`
    const { layout } = layoutOf('cilium', [...docs(false), ccnp('8080')], [...docs(true), ccnp('9090')])
    expect(layout.reason).toMatch(/CiliumClusterwideNetworkPolicy carts .* is cluster-scoped/)
  })

  it('an unchanged clusterwide policy: alternating when it selects shop by namespace, simultaneous when by labels', () => {
    const byNamespace = `apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: shop-only}\nspec:\n  endpointSelector: {matchLabels: {k8s:io.kubernetes.pod.namespace: shop}}\n  ingress: [{fromEntities: [cluster]}]\n`
    expect(
      layoutOf('cilium', [...docs(false), byNamespace], [...docs(true), byNamespace]).layout.reason,
    ).toMatch(
      /CiliumClusterwideNetworkPolicy shop-only .* \(spec\.endpointSelector\.matchLabels\.k8s:io\.kubernetes\.pod\.namespace: shop\)/,
    )
    const byLabels = byNamespace.replace('k8s:io.kubernetes.pod.namespace: shop', 'app: cart')
    expect(layoutOf('cilium', [...docs(false), byLabels], [...docs(true), byLabels]).layout.design).toBe(
      'simultaneous',
    )
  })

  it('the cilium-config install values change: alternating', () => {
    const config = (v: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cilium-config, namespace: kube-system}\ndata: {enable-wireguard: "${v}"}\n`
    const { layout } = layoutOf('cilium', [...docs(false), config('false')], [...docs(true), config('true')])
    expect(layout.reason).toMatch(/ConfigMap kube-system\/cilium-config .* is install-time/)
  })
})

describe('planLayout: no mesh', () => {
  const policy = (from: string) =>
    `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: cart, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: cart}}\n  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ${from}}}}]}]\n`

  it('a NetworkPolicy change: simultaneous, its namespaceSelector rewritten', () => {
    const base = [ns('shop'), deployment('cart', 'shop'), service('cart', 'shop'), policy('mesh-gate')]
    const head = [
      ...base.slice(0, 3),
      policy('mesh-gate').replace('ingress:', 'policyTypes: [Ingress]\n  ingress:'),
    ]
    const { layout } = layoutOf('none', base, head)
    expect(layout.blockers).toEqual([])
    expect(find(layout, 'base', 'NetworkPolicy', 'cart').spec).toMatchObject({
      ingress: [
        {
          from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'mesh-gate-base' } } }],
        },
      ],
    })
  })

  it('a NetworkPolicy elsewhere that selects shop by its name: alternating', () => {
    const other = policy('shop').replace('name: cart, namespace: shop', 'name: to-shop, namespace: other')
    const base = [ns('shop'), deployment('cart', 'shop'), service('cart', 'shop'), policy('mesh-gate'), other]
    const head = [...base.slice(0, 3), policy('x'), other]
    const { layout } = layoutOf('none', base, head)
    expect(layout.reason).toMatch(
      /NetworkPolicy other\/to-shop .* \(spec\.ingress\[0\]\.from\[0\]\.namespaceSelector\.matchLabels\.kubernetes\.io\/metadata\.name: shop\)/,
    )
  })

  it('a cluster-scoped change (a PriorityClass): alternating, and its coverage row has no namespace', () => {
    const priority = (description: string) =>
      `apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: {name: batch}\nvalue: 1000\ndescription: ${description}\n`
    const base = [ns('shop'), deployment('cart', 'shop'), service('cart', 'shop'), priority('batch')]
    const head = [...base.slice(0, 3), priority('batch, preemptible')]
    const { layout, plan } = layoutOf('none', base, head)
    expect(layout.design).toBe('alternating')
    expect(layout.reason).toMatch(/PriorityClass batch .*cannot place/)
    expect(plan.coverage.map((r) => [r.kind, r.namespace, r.name, r.status])).toEqual([
      ['PriorityClass', null, 'batch', 'not-measured'],
    ])
  })

  it('a workload’s template change (a sidecar container): simultaneous', () => {
    const base = [ns('shop'), deployment('cart', 'shop'), service('cart', 'shop')]
    const head = [base[0]!, deployment('cart', 'shop').replace('version: 1', ''), base[2]!].map((d, i) =>
      i === 1
        ? d.replace('      containers:\n', '      containers:\n        - {name: proxy, image: envoy:1}\n')
        : d,
    )
    expect(layoutOf('none', base, head).layout.design).toBe('simultaneous')
  })
})

describe('rewriteObject', () => {
  it('sets the namespace of an object that names none (it lands in default), and renames a Namespace', () => {
    const map = new Map([['default', 'default-base']])
    const obj = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }
    expect(rewriteObject(obj as never, map).object.metadata).toEqual({ name: 'x', namespace: 'default-base' })
    const n = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }
    expect(rewriteObject(n as never, map).object.metadata).toEqual({ name: 'default-base' })
    // An apiVersion is no namespace, even one named like a group.
    const apps = new Map([['apps', 'apps-head']])
    const d = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x', namespace: 'apps' } }
    expect(rewriteObject(d as never, apps)).toMatchObject({
      object: { apiVersion: 'apps/v1', metadata: { namespace: 'apps-head' } },
      left: [],
    })
  })
})

/**
 * The copies mean what the originals mean: the validator predicts for each copy's server the mode it predicts for the
 * original server on that side, on real examples (shared/mesh-examples) and a change that moves the mode.
 */
describe('the copies keep the semantics (the validator over each copy)', () => {
  const example = (file: string) => readFileSync(join(SHARED, 'mesh-examples', file), 'utf8')

  function serverModes(mesh: MeshName, side: ConfigSide, paths: MeasuredPath[]) {
    const v = predict({ meshName: mesh, require: 'none', paths }, side, null)
    return paths.map((p) => {
      const row = serverRowOf(p)
      return v.matrix
        .filter((e) => e.namespace === row.namespace && e.workload === row.workload)
        .map((e) => `${e.port ?? '*'} ${e.mode}`)
        .sort()
    })
  }

  const cases: [string, MeshName, string[], string[]][] = [
    [
      'Istio: mtls-echo, a namespace PeerAuthentication PERMISSIVE → STRICT',
      'istio',
      [
        example('istio-mtls-echo.yaml'),
        peerAuthentication('default', 'PERMISSIVE').replace('  namespace: default\n', ''),
      ],
      [
        example('istio-mtls-echo.yaml'),
        peerAuthentication('default', 'STRICT').replace('  namespace: default\n', ''),
      ],
    ],
    [
      'Istio: bookinfo’s ISTIO_MUTUAL rules, reviews’ dropped to DISABLE',
      'istio',
      [example('istio-bookinfo-destination-rule-all-mtls.yaml'), peerAuthentication('default', 'STRICT')],
      [
        example('istio-bookinfo-destination-rule-all-mtls.yaml').replace(
          /(name: reviews\nspec:\n {2}host: reviews\n {2}trafficPolicy:\n {4}tls:\n {6}mode: )ISTIO_MUTUAL/,
          '$1DISABLE',
        ),
        peerAuthentication('default', 'STRICT'),
      ],
    ],
    [
      'Istio: a path whose client comes from an authorization’s principal',
      'istio',
      [...SHOP, peerAuthentication('shop', 'PERMISSIVE')],
      [
        ...SHOP,
        peerAuthentication('shop', 'STRICT'),
        `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: cart, namespace: shop}\nspec:\n  selector: {matchLabels: {app: cart}}\n  rules: [{from: [{source: {principals: [cluster.local/ns/front/sa/web]}}]}]\n`,
      ],
    ],
    [
      'Cilium: the mutual-auth example, without → with authentication',
      'cilium',
      [example('cilium-mutual-auth-example.yaml'), example('cilium-cnp-without-mutual-auth.yaml')],
      [example('cilium-mutual-auth-example.yaml'), example('cilium-cnp-with-mutual-auth.yaml')],
    ],
    [
      'Linkerd: the injected emojivoto Deployment, its default inbound policy changed',
      'linkerd',
      [example('linkerd-injected-deployment-default-inbound-policy.yaml')],
      [
        example('linkerd-injected-deployment-default-inbound-policy.yaml').replace(
          'default-inbound-policy: all-authenticated',
          'default-inbound-policy: all-unauthenticated',
        ),
      ],
    ],
  ]

  it.each(cases)('%s', (_, mesh, baseDocs, headDocs) => {
    expect(headDocs).not.toEqual(baseDocs)
    const { layout, plan, head, base } = layoutOf(mesh, baseDocs, headDocs)
    expect({ design: layout.design, blockers: layout.blockers }).toEqual({
      design: 'simultaneous',
      blockers: [],
    })
    const original = { base: serverModes(mesh, base!, plan.paths), head: serverModes(mesh, head, plan.paths) }
    const copied = {
      base: serverModes(mesh, layout.copies!.base.side, layout.copies!.base.paths),
      head: serverModes(mesh, layout.copies!.head.side, layout.copies!.head.paths),
    }
    // Each server has a row on each side, and the copies predict what the originals do.
    for (const rows of [...original.base, ...original.head]) expect(rows.length).toBeGreaterThan(0)
    expect(copied).toEqual(original)
  })

  it('the gate’s own path (an A/A pair under a mesh-wide STRICT): each copy has the gate’s server, STRICT', () => {
    const docs = [...SHOP, peerAuthentication('istio-system', 'STRICT')]
    const { layout, plan, head, base } = layoutOf('istio', docs, docs)
    expect(layout.design).toBe('simultaneous')
    const original = serverModes('istio', base!, plan.paths)
    expect(original).toEqual([['* STRICT']])
    expect(serverModes('istio', layout.copies!.base.side, layout.copies!.base.paths)).toEqual(original)
    expect(serverModes('istio', layout.copies!.head.side, layout.copies!.head.paths)).toEqual(
      serverModes('istio', head, plan.paths),
    )
  })

  it('the change moves a mode in at least one of the cases (the comparison is not between equal sides)', () => {
    const [, mesh, baseDocs, headDocs] = cases[0]!
    const { plan, head, base } = layoutOf(mesh, baseDocs, headDocs)
    expect(serverModes(mesh, base!, plan.paths)).not.toEqual(serverModes(mesh, head, plan.paths))
  })

  it('a copy that forgot a reference would be caught: the same check fails on an unrewritten copy', () => {
    const [, mesh, baseDocs, headDocs] = cases[2]!
    const { layout, plan, head } = layoutOf(mesh, baseDocs, headDocs)
    // The head's objects in their original namespaces, against the copy's paths: the server row is not there.
    const broken = serverModes(mesh, head, layout.copies!.head.paths)
    expect(broken).not.toEqual(serverModes(mesh, head, plan.paths))
  })
})

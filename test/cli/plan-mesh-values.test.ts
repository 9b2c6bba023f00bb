/**
 * `run --dry-run` for a pull request that changes the mesh values file, with a mesh whose installer can re-install it
 * with each side's values: the plan installs with the base's values (its text at the base ref, shown in files/),
 * lists the re-install at each switch with each side's file, counts them in the time budget, alternates the sides
 * for that reason, and reports the values change as measured on the path. Istio's installer stands in for such a
 * mesh here (it has no re-install of its own: its sidecars take new values only when their pods restart).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { INSTALLERS, IstioInstaller } from '../../src/mesh/install.js'
import type { MeshInstaller, MeshSetup } from '../../src/mesh/installer.js'
import { ISTIO_SETUP } from '../../src/mesh/istio.js'
import { gitRepository, scratch } from '../helpers.js'

await import('../../src/cli/run-command.js')

// This file's own module registry: the change is seen by this file's runs only.
;(INSTALLERS as Record<string, MeshSetup>).istio = {
  ...ISTIO_SETUP,
  create: (ctx, options): MeshInstaller => {
    const istio = new IstioInstaller(ctx, false, options)
    return Object.assign(istio, {
      reconfigure: () => Promise.reject(new Error('not in a dry run')),
      describeReconfigure: (valuesPath: string | undefined) => ({
        downloads: [],
        files: [],
        commands: [
          {
            command: 'istioctl',
            args: ['install', '-y', ...(valuesPath ? ['-f', valuesPath] : [])],
            why: 're-install Istio',
          },
        ],
        notes: [],
      }),
    })
  },
}

const SHOP = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    istio-injection: enabled
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
  namespace: shop
spec:
  selector:
    matchLabels: {app: cart}
  template:
    metadata:
      labels: {app: cart}
    spec:
      containers:
        - name: cart
          image: registry.example.com/cart:1
          ports: [{name: http, containerPort: 8080}]
---
apiVersion: v1
kind: Service
metadata:
  name: cart
  namespace: shop
spec:
  selector: {app: cart}
  ports: [{name: http, port: 80, targetPort: 8080}]
`
const rule = (max: number) =>
  `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: cart\n  namespace: shop\nspec:\n  host: cart.shop.svc.cluster.local\n  trafficPolicy:\n    connectionPool:\n      tcp: {maxConnections: ${max}}\n`
const values = (v: string) => `global:\n  proxy:\n    resources:\n      requests:\n        cpu: ${v}\n`

describe('run --dry-run: each side on its own mesh values', () => {
  const saved = process.env.DOCKER_HOST
  beforeAll(() => void (process.env.DOCKER_HOST = 'unix:///nonexistent/mesh-gate-test.sock'))
  afterAll(
    () => void (saved === undefined ? delete process.env.DOCKER_HOST : (process.env.DOCKER_HOST = saved)),
  )

  it('installs with the base’s values, re-installs at each switch, budgets it, measures the change', async () => {
    const dir = gitRepository(
      { 'mesh/shop.yaml': SHOP, 'mesh/dr.yaml': rule(100), 'install/values.yaml': values('100m') },
      { 'mesh/dr.yaml': rule(10), 'install/values.yaml': values('500m') },
      'gate-values-plan-',
    )
    const out = scratch('gate-values-plan-out-')
    let stderr = ''
    const head = join(dir, 'install/values.yaml')
    const code = await runCli(
      ['run', '--repo', dir, '--dry-run', '--output', out, '--base-ref', 'main', '--mesh', 'istio'].concat([
        '--mesh-values',
        head,
      ]),
      { stdout: () => undefined, stderr: (t) => void (stderr += t) },
    )
    expect({ code, stderr: stderr.slice(-400) }).toEqual({ code: 0, stderr: expect.any(String) })
    const json = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'))
    const md = readFileSync(join(out, 'plan.md'), 'utf8')

    const reason =
      "the mesh values install/values.yaml differ between the sides: the mesh is re-installed with each side's values at each switch"
    expect(json.layout).toEqual({ design: 'alternating', reason, namespaces: null })
    expect(json.paths[0].layout).toEqual({ design: 'alternating', reason })
    expect(json.coverage).toContainEqual({
      kind: 'mesh values',
      namespace: null,
      name: 'install/values.yaml',
      status: 'on-path',
      reason:
        "install-time: the mesh values differ from main's; each side runs on its own values (the mesh is re-installed with the side's values at each switch): crossed by shop/cart",
      paths: ['shop/cart'],
      origin: 'install/values.yaml',
      change: 'modified',
    })

    // The install takes the base's values (written from main to the run's temp folder, shown in files/); each switch
    // re-installs with the side's own file.
    const commands = json.plan.commands as { command: string; args: string[]; why: string }[]
    const install = commands.find((c) => c.args[0] === 'install' && /^install Istio/.test(c.why))!
    const baseFile = install.args[install.args.indexOf('-f') + 1]!
    expect(baseFile).toMatch(/\/base-mesh-values\/values\.yaml$/)
    expect(readFileSync(join(out, 'files', 'base-mesh-values', 'values.yaml'), 'utf8')).toBe(values('100m'))
    expect(commands.filter((c) => /^at each switch/.test(c.why))).toEqual([
      {
        command: 'istioctl',
        args: ['install', '-y', '-f', head],
        why: 'at each switch to the head: re-install Istio',
      },
      {
        command: 'istioctl',
        args: ['install', '-y', '-f', baseFile],
        why: 'at each switch to the base: re-install Istio',
      },
    ])
    expect(md).toContain(`\`istioctl install -y -f ${head}\` — at each switch to the head: re-install Istio`)

    // The quick profile alternates 12 repetitions in segments of 2: 7 switches, the first onto the installed base.
    const b = json.budgetSeconds
    expect(b.meshReinstalls).toEqual({ count: 6, eachSeconds: 300, seconds: 1800, expectedSeconds: 450 })
    expect(b.total).toBe(b.cluster + b.mesh + b.rollout + b.load + 1800)
    expect(md).toMatch(
      /- mesh re-installs \(each side on its own mesh values: .*\): at most 6 × 300 s = 1800 s; expected 450 s\n/,
    )
  })
})

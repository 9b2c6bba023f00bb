/**
 * What the end-to-end tests on the real node share: a repository with a base commit and a head in its work tree,
 * the gate's `run --cluster existing` through the CLI's own entry (argv as users type it), `compare` on its
 * artifacts, the configuration of a service `shop/cart`, and the removal of the namespaces a run makes.
 * MESH_GATE_KEEP_RESULTS=DIR copies every results artifact, report and log of these runs into DIR.
 */
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { runCli } from '../../src/cli/main.js'
import type { Cluster } from '../../src/k8s/client.js'
import { GATE_NAMESPACE, PROBE_NAMESPACE } from '../../src/load/workloads.js'
import { sideNamespace } from '../../src/pipeline/layout.js'
import type { Results } from '../../src/results/schema.js'
import { readState } from './harness/state.js'

export type Obj = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every namespace a run here makes: the gate's, the path's, and each side's copy of the path's. */
export const NAMESPACES = [GATE_NAMESPACE, PROBE_NAMESPACE, 'shop'].flatMap((n) =>
  n === PROBE_NAMESPACE ? [n] : [n, sideNamespace(n, 'base'), sideNamespace(n, 'head')],
)

export async function deleteNamespaces(cluster: Cluster) {
  for (const name of NAMESPACES)
    await cluster.objects
      .delete({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } } as never)
      .catch(() => undefined)
  // Gone, pods included, before the next run creates them again (bounded).
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    const names = ((await cluster.objects.list('v1', 'Namespace')).items as Obj[]).map((n) => n.metadata.name)
    if (!NAMESPACES.some((n) => names.includes(n))) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('the gate namespaces were not deleted within 90 s')
}

export async function namespaceExists(cluster: Cluster, name: string): Promise<boolean> {
  // Deleted namespaces linger while their pods go (bounded): gone, or on their way out, counts as removed.
  const found = ((await cluster.objects.list('v1', 'Namespace')).items as Obj[]).find(
    (n) => n.metadata.name === name,
  )
  return Boolean(found && !found.metadata.deletionTimestamp)
}

/**
 * The configuration of a service `shop/cart` as a real repository has it: its Deployment (the application on 9090,
 * a service account, labels the Service selects) and its Service (port 9090 to the application's 9090).
 * `proxied`: the head puts a real TCP proxy in front of the application (Fortio's own `fortio proxies -P`, in a
 * container named like a sidecar, `istio-proxy`): it takes 9090, the application moves to 9091.
 */
export function cart(images: { fortio: string }, proxied = false): Obj[] {
  const app = {
    name: 'cart',
    image: 'registry.example.com/private/cart:1.0',
    ports: [{ name: 'http', containerPort: 9090 }],
  }
  const containers: Obj[] = proxied
    ? [
        { ...app, ports: [{ name: 'http', containerPort: 9091 }] },
        {
          name: 'istio-proxy',
          image: images.fortio,
          args: ['proxies', '-P', '9090 127.0.0.1:9091'],
          ports: [{ name: 'proxy', containerPort: 9090 }],
          resources: { requests: { cpu: '50m', memory: '32Mi' } },
        },
      ]
    : [app]
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'cart', namespace: 'shop' },
      spec: {
        selector: { matchLabels: { app: 'cart' } },
        template: {
          metadata: { labels: { app: 'cart', tier: 'backend' } },
          spec: { serviceAccountName: 'cart', containers },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'cart', namespace: 'shop' },
      spec: { selector: { app: 'cart' }, ports: [{ name: 'http', port: 9090, targetPort: 9090 }] },
    },
  ]
}

export interface GateRunResult {
  code: number
  stdout: string
  stderr: string
  head: Results
  base: Results
}

/** A folder of repositories and artifacts for one test file, removed by `remove()`. */
export class GateRuns {
  readonly work = mkdtempSync(join(tmpdir(), 'gate-e2e-'))
  private readonly keep = process.env.MESH_GATE_KEEP_RESULTS

  /**
   * A repository whose commit on `main` has `base` in mesh/shop.yaml (and `files` as given) and whose work tree has
   * `head` there: the pull request. `files` are paths in the repository with their head and base text (null: absent).
   */
  repository(
    name: string,
    base: Obj[],
    head: Obj[],
    gateConfig: string,
    files: Record<string, { base: string | null; head: string | null }> = {},
  ): string {
    const repo = join(this.work, name)
    mkdirSync(join(repo, 'mesh'), { recursive: true })
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' })
    git('init', '-q', '-b', 'main')
    git('config', 'user.email', 'gate@example.com')
    git('config', 'user.name', 'gate')
    const yaml = (objects: Obj[]) => objects.map((o) => stringify(o)).join('---\n')
    const write = (side: 'base' | 'head') => {
      for (const [path, text] of Object.entries(files)) {
        const file = join(repo, path)
        if (text[side] === null) rmSync(file, { force: true })
        else {
          mkdirSync(join(file, '..'), { recursive: true })
          writeFileSync(file, text[side])
        }
      }
    }
    writeFileSync(join(repo, 'mesh', 'shop.yaml'), yaml(base))
    write('base')
    mkdirSync(join(repo, '.github'))
    writeFileSync(join(repo, '.github', 'mesh-gate.yaml'), gateConfig)
    git('add', '.')
    git('commit', '-q', '-m', 'base')
    writeFileSync(join(repo, 'mesh', 'shop.yaml'), yaml(head))
    write('head')
    return repo
  }

  /** `mesh-mtls-gate run --cluster existing` on the harness with `args` (--mesh and the rest), head vs main. */
  async run(repo: string, out: string, args: string[]): Promise<GateRunResult> {
    let stdout = ''
    let stderr = ''
    const code = await runCli(
      [
        'run',
        '--cluster',
        'existing',
        '--kubeconfig',
        readState().kubeconfig,
        ...args,
        '--repo',
        repo,
        '--base-ref',
        'main',
        '--out',
        out,
      ],
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    )
    writeFileSync(out.replace(/\.json$/, '.report.md'), stdout)
    writeFileSync(out.replace(/\.json$/, '.log'), stderr)
    if (this.keep) {
      mkdirSync(this.keep, { recursive: true })
      const stem = out.replace(/\.json$/, '')
      for (const f of readdirSync(this.work).map((x) => join(this.work, x)))
        if (f.startsWith(`${stem}.`)) copyFileSync(f, join(this.keep, f.slice(this.work.length + 1)))
    }
    const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Results
    return { code, stdout, stderr, head: read(out), base: read(out.replace(/\.json$/, '') + '.base.json') }
  }

  /** Every artifact that matters was copied to MESH_GATE_KEEP_RESULTS when set. */
  remove(): void {
    rmSync(this.work, { recursive: true, force: true })
  }
}

/** `compare --format json` on two artifacts with the run's gate config. */
export async function compareJson(
  base: string,
  head: string,
  config: string,
): Promise<{ verdict: string; notes: string[] }> {
  let stdout = ''
  await runCli(['compare', '--baseline', base, '--current', head, '--config', config, '--format', 'json'], {
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
  })
  return JSON.parse(stdout) as { verdict: string; notes: string[] }
}

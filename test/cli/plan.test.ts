/**
 * What a reviewer reads in `run --dry-run`'s plan.md: each side's predicted mTLS mode and the change, a warning when
 * the requested mesh and the configuration disagree, and a cloud cluster's real settings (never placeholders).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { scratch } from '../helpers.js'
import { sharedLabelsList } from '../yaml-inputs.js'

// The CLI loads a command when it is asked for: load it here, outside the tests' time limits.
await import('../../src/cli/run-command.js')

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) })
  return { code, stdout, stderr }
}

const pa = (namespace: string, mode: string) =>
  `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: ${namespace}\nspec:\n  mtls:\n    mode: ${mode}\n`

/** main holds `base` as mesh/pa.yaml, the work tree (the PR) holds `head`. */
function repo(base: string, head: string): string {
  const dir = scratch('gate-plan-repo-')
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' })
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'gate@example.com')
  git('config', 'user.name', 'gate')
  mkdirSync(join(dir, 'mesh'))
  writeFileSync(join(dir, 'mesh', 'pa.yaml'), base)
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  writeFileSync(join(dir, 'mesh', 'pa.yaml'), head)
  return dir
}

async function plan(dir: string, ...extra: string[]) {
  const out = scratch('gate-plan-out-')
  const r = await cli('run', '--repo', dir, '--dry-run', '--output', out, ...extra)
  const md = join(out, 'plan.md')
  return {
    ...r,
    md: existsSync(md) ? readFileSync(md, 'utf8') : null,
    json: existsSync(md) ? JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) : null,
  }
}

describe('the dry-run plan a reviewer reads', () => {
  const saved = process.env.DOCKER_HOST
  beforeAll(() => void (process.env.DOCKER_HOST = 'unix:///nonexistent/mesh-gate-test.sock'))
  afterAll(
    () => void (saved === undefined ? delete process.env.DOCKER_HOST : (process.env.DOCKER_HOST = saved)),
  )

  it('a mesh-wide STRICT → PERMISSIVE change: both modes, the change, what decides it', async () => {
    const p = await plan(
      repo(pa('istio-system', 'STRICT'), pa('istio-system', 'PERMISSIVE')),
      '--base-ref',
      'main',
    )
    expect(p.code).toBe(0)
    const md = p.md!
    expect(md).toMatch(
      /\| every namespace\/every workload \| STRICT \| PERMISSIVE \| \*\*weaker\*\* \| PeerAuthentication istio-system\/default \(mesh\/pa\.yaml:8\)/,
    )
    // The gate's own server is the first row, and it weakens with the mesh-wide default.
    const rows = md
      .slice(md.indexOf('## mTLS'))
      .split('\n')
      .filter((l) => /^\| (?!where|---)/.test(l))
    expect(rows[0]).toMatch(
      /^\| mesh-gate\/Deployment\/fortio-server \| STRICT \| PERMISSIVE \| \*\*weaker\*\* \|/,
    )
    expect(md).toMatch(
      /\d+ row\(s\) weaker than on the base branch: mesh-gate\/Deployment\/fortio-server STRICT → PERMISSIVE;/,
    )
    // The mTLS section comes before the downloads, and plan.json carries the same rows.
    expect(md.indexOf('## mTLS')).toBeLessThan(md.indexOf('## Downloads'))
    expect(p.json.mtls).toContainEqual(
      expect.objectContaining({
        namespace: '*',
        workload: '*',
        port: null,
        base: 'STRICT',
        head: 'PERMISSIVE',
        change: 'weaker',
      }),
    )
    expect(p.json.warnings).toEqual([])
  })

  it('a stronger head and an unchanged side read as such; without a base ref only the head is shown', async () => {
    const dir = repo(pa('istio-system', 'PERMISSIVE'), pa('istio-system', 'STRICT'))
    const stronger = await plan(dir, '--base-ref', 'main')
    expect(stronger.md).toMatch(/\| every namespace\/every workload \| PERMISSIVE \| STRICT \| stronger \|/)
    expect(stronger.md).toContain('Nothing is weaker than on the base branch.')
    const alone = await plan(dir)
    expect(alone.code).toBe(0)
    expect(alone.md).toContain('| where | head | head decided by |')
    expect(alone.md).toMatch(/\| every namespace\/every workload \| STRICT \| PeerAuthentication/)
    expect(alone.md).toContain('No base side: nothing to compare with.')
  })

  it('warns when the requested mesh and the configuration’s kinds disagree, in the plan and on stderr', async () => {
    const dir = repo(pa('shop', 'STRICT'), pa('shop', 'STRICT'))
    const p = await plan(dir, '--mesh', 'linkerd')
    expect(p.code).toBe(0)
    expect(p.md).toMatch(
      /## Warnings\n\n- ⚠️ the requested mesh is linkerd, but the configuration has istio resources/,
    )
    expect(p.stderr).toMatch(
      /warning: the requested mesh is linkerd, but the configuration has istio resources/,
    )
    // The same files under the mesh they belong to (given, or its ambient mode, or detected): no warning.
    for (const mesh of [['--mesh', 'istio'], ['--mesh', 'istio-ambient'], []]) {
      const ok = await plan(dir, ...mesh)
      expect({ mesh, code: ok.code, warned: /## Warnings|warning:/.test(ok.md! + ok.stderr) }).toEqual({
        mesh,
        code: 0,
        warned: false,
      })
    }
  })

  it('warns when --mesh istio installs sidecars but the configuration enrols namespaces in ambient mode', async () => {
    const ambientNs =
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    istio.io/dataplane-mode: ambient\n---\n'
    const dir = repo(ambientNs + pa('shop', 'STRICT'), ambientNs + pa('shop', 'STRICT'))
    const p = await plan(dir, '--mesh', 'istio')
    expect(p.code).toBe(0)
    expect(p.md).toMatch(
      /## Warnings\n\n- ⚠️ the requested mesh is istio, but the configuration has istio-ambient resources or labels/,
    )
    expect(p.stderr).toMatch(/warning: the requested mesh is istio, but the configuration has istio-ambient/)
    for (const mesh of [['--mesh', 'istio-ambient'], []]) {
      const ok = await plan(dir, ...mesh)
      expect({ mesh, code: ok.code, warned: /## Warnings|warning:/.test(ok.md! + ok.stderr) }).toEqual({
        mesh,
        code: 0,
        warned: false,
      })
    }
  })

  it('--config-paths takes comma-separated globs, as the README says of the input, and repeats', async () => {
    const dir = repo(pa('shop', 'STRICT'), pa('shop', 'PERMISSIVE'))
    for (const paths of [
      ['--config-paths', 'policies/**,mesh/*.{yaml,yml}'],
      ['--config-paths', 'policies/**', '--config-paths', 'mesh/**'],
    ]) {
      const p = await plan(dir, '--base-ref', 'main', ...paths)
      expect({ paths, code: p.code, stderr: p.stderr }).toEqual({
        paths,
        code: 0,
        stderr: expect.any(String),
      })
      expect(p.md).toMatch(/\| shop\/every workload \| STRICT \| PERMISSIVE \| \*\*weaker\*\* \|/)
    }
  })

  describe('--mesh-cli: the mesh’s CLI already on the machine', () => {
    const dir = repo(pa('shop', 'STRICT'), pa('shop', 'PERMISSIVE'))
    const bin = scratch('gate-plan-bin-')
    const executable = (name: string) => {
      writeFileSync(join(bin, name), '#!/bin/sh\nexit 0\n')
      chmodSync(join(bin, name), 0o755)
      return join(bin, name)
    }

    it.each([
      ['istio', 'istioctl'],
      ['istio-ambient', 'istioctl'],
      ['linkerd', 'linkerd'],
      ['cilium', 'cilium'],
    ])('%s: no download for it, and every mesh command runs the given binary', async (mesh, pinned) => {
      const downloaded = await plan(dir, '--mesh', mesh)
      expect(downloaded.json.plan.downloads.map((d: { name: string }) => d.name)).toEqual(['kind', pinned])
      expect(downloaded.json.meshCli).toBeNull()
      const cli = executable(pinned)
      const p = await plan(dir, '--mesh', mesh, '--mesh-cli', cli)
      expect(p.code).toBe(0)
      // kind is still downloaded and verified; the mesh CLI is not.
      expect(p.json.plan.downloads.map((d: { name: string }) => d.name)).toEqual(['kind'])
      expect(p.json.meshCli).toBe(cli)
      const meshCommands = p.json.plan.commands.filter(
        (c: { command: string }) => c.command === cli || c.command === pinned,
      )
      expect(meshCommands.length).toBeGreaterThanOrEqual(2)
      expect(meshCommands.map((c: { command: string }) => c.command)).toEqual(meshCommands.map(() => cli))
      const downloads = p.md!.slice(p.md!.indexOf('## Downloads'), p.md!.indexOf('## Commands'))
      expect(downloads).toContain(
        `- the mesh CLI: nothing downloaded; \`${cli}\` (mesh-cli) runs as given, not verified by SHA-256, its version not checked against mesh-version`,
      )
      expect(downloads.split('\n').filter((l) => l.startsWith('- '))).toEqual([
        expect.stringMatching(/^- kind /),
        expect.stringMatching(/^- the mesh CLI: nothing downloaded/),
      ])
      // The install command, as the plan's numbered list shows it, starts with the user's binary.
      expect(p.md).toContain(`. \`${cli} install `)
    })

    it('refused before any plan: a file that is not there or cannot run, and with --mesh none', async () => {
      const plain = join(bin, 'plain')
      writeFileSync(plain, '#!/bin/sh\n')
      chmodSync(plain, 0o644)
      for (const [args, expected] of [
        [
          ['--mesh-cli', join(bin, 'nope')],
          `cannot run the mesh CLI given by --mesh-cli ('${join(bin, 'nope')}'): no such file`,
        ],
        [
          ['--mesh-cli', plain],
          `cannot run the mesh CLI given by --mesh-cli ('${plain}'): not executable (mode 0644)`,
        ],
        [
          ['--mesh', 'none', '--mesh-cli', executable('istioctl')],
          "--mesh-cli is given, but --mesh is 'none'",
        ],
      ] as const) {
        const p = await plan(dir, ...args)
        expect({ args, code: p.code, md: p.md }).toEqual({ args, code: 2, md: null })
        expect(p.stderr).toContain(expected)
        expect(p.stderr).not.toMatch(/internal error|\n\s+at /)
      }
    })
  })

  describe('a cloud cluster: its settings are read before the plan', () => {
    const dir = repo(pa('shop', 'STRICT'), pa('shop', 'STRICT'))
    const settings = scratch('gate-plan-cloud-')
    const file = (name: string, text: string) => (
      writeFileSync(join(settings, name), text),
      join(settings, name)
    )

    it('gke: the real project and location in every command', async () => {
      const p = await plan(
        dir,
        '--cluster',
        'gke',
        '--cluster-config',
        file('gke.yaml', 'project: shop-ci\nlocation: europe-west1\nnumNodes: 2\n'),
      )
      expect(p.code).toBe(0)
      expect(p.md).not.toMatch(/<project>|<location>|\.\.\./)
      expect(p.md).toMatch(
        /`gcloud container clusters create mmg-\S+ --project shop-ci --location europe-west1 --num-nodes 2 /,
      )
      expect(p.md).toMatch(
        /`gcloud container clusters delete mmg-\S+ --project shop-ci --location europe-west1 --quiet`/,
      )
    })

    it('eks: the real region in the delete command', async () => {
      const p = await plan(
        dir,
        '--cluster',
        'eks',
        '--cluster-config',
        file(
          'eks.yaml',
          'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  region: eu-west-1\n',
        ),
      )
      expect(p.code).toBe(0)
      expect(p.md).not.toMatch(/<metadata\.region>/)
      expect(p.md).toMatch(/`eksctl delete cluster --name mmg-\S+ --region eu-west-1`/)
    })

    const bad: [string, string[], RegExp][] = [
      [
        'gke without its settings',
        ['--cluster', 'gke'],
        /cluster 'gke' needs a cluster config from the repository \(project, location, machineType, numNodes\): give its path with --cluster-config FILE, or the action's cluster-config input/,
      ],
      [
        'eks without its settings',
        ['--cluster', 'eks'],
        /cluster 'eks' needs a cluster config from the repository/,
      ],
      [
        'gke settings that do not exist',
        ['--cluster', 'gke', '--cluster-config', join(settings, 'nope.yaml')],
        /nope\.yaml: cannot read the GKE cluster config: ENOENT/,
      ],
      [
        'gke settings without a location',
        ['--cluster', 'gke', '--cluster-config', file('gke-half.yaml', 'project: shop-ci\n')],
        /gke-half\.yaml: 'location' is required \(a non-empty string\)/,
      ],
      [
        'eks settings without a region',
        [
          '--cluster',
          'eks',
          '--cluster-config',
          file(
            'eks-half.yaml',
            'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: x\n',
          ),
        ],
        /eks-half\.yaml: 'metadata\.region' is required/,
      ],
    ]
    it.each(bad)('%s: exit 2 naming the file and field, no plan written', async (_name, args, expected) => {
      const p = await plan(dir, ...args)
      expect({ code: p.code, stderr: p.stderr, md: p.md }).toEqual({
        code: 2,
        stderr: expect.stringMatching(expected),
        md: null,
      })
      expect(p.stderr).not.toMatch(/internal error|\n\s+at /)
    })
  })
})

describe('a pull request with many aliases (issue #22)', () => {
  it('plans a List of 120 PeerAuthentications sharing one labels anchor (exit 70 with the yaml default)', async () => {
    const p = await plan(repo(pa('istio-system', 'STRICT'), sharedLabelsList(120)))
    expect({ code: p.code, stderr: p.stderr }).toEqual({
      code: 0,
      stderr: expect.not.stringMatching(/internal error/),
    })
    expect(p.md).toContain('pa-119')
  })
})

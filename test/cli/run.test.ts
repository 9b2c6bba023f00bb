import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { runCli } from '../../src/cli/main.js'
import { scratch } from '../helpers.js'

// The CLI loads a command when it is asked for: load them here, outside the tests’ time limits.
await import('../../src/cli/run-command.js')

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) })
  return { code, stdout, stderr }
}

/** A repository whose main has STRICT and whose work tree (the PR) has PERMISSIVE. */
function prRepository(): string {
  const repo = scratch('gate-run-')
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' })
  const pa = (mode: string) =>
    `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: mesh-gate\nspec:\n  mtls:\n    mode: ${mode}\n`
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'gate@example.com')
  git('config', 'user.name', 'gate')
  mkdirSync(join(repo, 'mesh'))
  writeFileSync(join(repo, 'mesh', 'pa.yaml'), pa('STRICT'))
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  writeFileSync(join(repo, 'mesh', 'pa.yaml'), pa('PERMISSIVE'))
  return repo
}

describe('mesh-mtls-gate run', () => {
  const savedDockerHost = process.env.DOCKER_HOST
  // Whatever this machine has, Docker is unreachable for these tests: no cluster is ever created here.
  beforeAll(() => void (process.env.DOCKER_HOST = 'unix:///nonexistent/mesh-gate-test.sock'))
  afterAll(
    () =>
      void (savedDockerHost === undefined
        ? delete process.env.DOCKER_HOST
        : (process.env.DOCKER_HOST = savedDockerHost)),
  )

  it('--help describes the whole pipeline', async () => {
    const r = await cli('run', '--help')
    expect(r.code).toBe(0)
    for (const word of [
      'kind',
      'existing',
      'A B B A',
      'plaintext',
      'Summary API',
      '--dry-run',
      'nothing sleeps',
    ])
      expect(r.stdout).toContain(word)
  })

  it('with kind and no Docker, fails at once saying kind needs Docker and how to use existing', async () => {
    const r = await cli('run', '--repo', prRepository(), '--base-ref', 'main')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/kind needs Docker/)
    expect(r.stderr).toMatch(/--cluster existing/)
    expect(r.stderr).not.toMatch(/kind create cluster/) // nothing was attempted
    // It runs git and docker: a bound for a loaded machine, not a measure of speed.
  }, 30_000)

  it('a CRD typo in the head stops the run before Docker, a download or a cluster (the action runs the same)', async () => {
    const repo = prRepository()
    writeFileSync(
      join(repo, 'mesh', 'pa.yaml'),
      readFileSync(join(repo, 'mesh', 'pa.yaml'), 'utf8').replace('PERMISSIVE', 'STRCT'),
    )
    const r = await cli('run', '--repo', repo, '--base-ref', 'main')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /mesh\/pa\.yaml:8: PeerAuthentication default: spec\.mtls\.mode: Unsupported value: "STRCT"/,
    )
    expect(r.stderr).not.toMatch(/Docker|kind create|istioctl|download/)
  }, 30_000)

  it('--dry-run writes the plan: downloads with checksums, commands, both sides and the gate’s manifests', async () => {
    const out = scratch('gate-plan-')
    const r = await cli('run', '--repo', prRepository(), '--base-ref', 'main', '--dry-run', '--output', out)
    expect(r.code).toBe(0)
    const plan = readFileSync(join(out, 'plan.md'), 'utf8')
    expect(plan).toMatch(
      /kind v\d+\.\d+\.\d+: https:\/\/github\.com\/kubernetes-sigs\/kind\/releases\/download\/.* sha256 `[0-9a-f]{64}`/,
    )
    expect(plan).toMatch(/kind create cluster/)
    expect(plan).toMatch(/istioctl install/)
    // A PeerAuthentication of the gate's own namespace: both sides at once on copies of it, without switches, so
    // up to 60 repetitions per side (10 s warm-up + 60 × 10 s + one 60 s convergence) in the 680 s of alternating.
    expect(plan).toMatch(
      /\| echo-1k \| http \| 1000 \| 16 \| 10 s \| 1024 B \| 10 s \| up to 60 \(stops once clear\) \|/,
    )
    expect(plan).toMatch(/Layout: \*\*simultaneous\*\*/)
    expect(plan).toMatch(
      /load and live probes \(both sides at once, no switches\): at most 670 s; expected \d+ s/,
    )
    expect(plan).toMatch(/typical on a 4-vCPU runner: about \d+ min/)
    const docs = (f: string) =>
      parseAllDocuments(readFileSync(join(out, 'manifests', f), 'utf8')).map((d) => d.toJS())
    expect(docs('head.yaml')[0].spec.mtls.mode).toBe('PERMISSIVE')
    expect(docs('base.yaml')[0].spec.mtls.mode).toBe('STRICT')
    expect(docs('workloads.yaml').map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(
      expect.arrayContaining([
        'Deployment/fortio-server',
        'Deployment/fortio-client',
        'Deployment/plaintext-probe',
      ]),
    )
    expect(readFileSync(join(out, 'files', 'kind-config.yaml'), 'utf8')).toMatch(/kind: Cluster/)
  })

  it('--dry-run with default settings refuses no download; --verify pinned marks the unpinned mesh CLI refused', async () => {
    const out = scratch('gate-plan-')
    const r = await cli('run', '--repo', prRepository(), '--base-ref', 'main', '--dry-run', '--output', out)
    expect(r.code).toBe(0)
    const plan = readFileSync(join(out, 'plan.md'), 'utf8')
    expect(plan).toContain('verify: published)')
    expect(plan).toContain(
      "- istioctl 1.30.4: https://github.com/istio/istio/releases/download/1.30.4/istioctl-1.30.4-linux-amd64.tar.gz — sha256 from the release's checksum file https://github.com/istio/istio/releases/download/1.30.4/istioctl-1.30.4-linux-amd64.tar.gz.sha256",
    )
    expect(plan).not.toMatch(/REFUSED/)

    const strict = scratch('gate-plan-')
    const p = await cli(
      'run',
      '--repo',
      prRepository(),
      '--base-ref',
      'main',
      '--verify',
      'pinned',
      '--dry-run',
      '--output',
      strict,
    )
    expect(p.code).toBe(0)
    const pinned = readFileSync(join(strict, 'plan.md'), 'utf8')
    expect(pinned).toMatch(
      /- istioctl 1\.30\.4: \S+ — \*\*REFUSED\*\*: no SHA-256 is pinned for it and verify: pinned/,
    )
    expect(pinned).toMatch(/- kind v0\.33\.0: \S+ — sha256 `[0-9a-f]{64}` \(pinned\)/)
    const bad = await cli(
      'run',
      '--repo',
      prRepository(),
      '--verify',
      'sometimes',
      '--dry-run',
      '--output',
      strict,
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/verify/)
  }, 30_000)

  it('bad input: an unknown mesh, a missing --output, a missing base ref', async () => {
    expect((await cli('run', '--mesh', 'consul')).stderr).toMatch(
      /--mesh must be one of istio, istio-ambient, linkerd, cilium/,
    )
    expect((await cli('run', '--dry-run')).stderr).toMatch(/--dry-run needs --output DIR/)
    const r = await cli(
      'run',
      '--repo',
      prRepository(),
      '--base-ref',
      'origin/nope',
      '--dry-run',
      '--output',
      scratch('p-'),
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/base ref 'origin\/nope' is not in this clone; check out with fetch-depth: 0/)
  })

  it('the default gate config is the --repo’s, read like a named one: a typo in it is refused, never skipped', async () => {
    // The working directory has a gate config of its own: it is not the repository's, so it is not read.
    const cwd = scratch('gate-cwd-')
    mkdirSync(join(cwd, '.github'))
    writeFileSync(join(cwd, '.github', 'mesh-gate.yaml'), 'scenarios:\n  - name: from-cwd\n')
    const repo = prRepository()
    mkdirSync(join(repo, '.github'))
    const before = process.cwd()
    process.chdir(cwd)
    try {
      writeFileSync(join(repo, '.github', 'mesh-gate.yaml'), 'scenarioz: []\n')
      const r = await cli('run', '--repo', repo, '--dry-run', '--output', scratch('p-'))
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`${join(repo, '.github', 'mesh-gate.yaml')}: unknown key 'scenarioz'`)

      writeFileSync(join(repo, '.github', 'mesh-gate.yaml'), 'scenarios:\n  - name: from-repo\n')
      const out = scratch('p-')
      expect((await cli('run', '--repo', repo, '--dry-run', '--output', out)).code).toBe(0)
      const plan = readFileSync(join(out, 'plan.md'), 'utf8')
      expect(plan).toMatch(/\| from-repo \|/)
      expect(plan).not.toMatch(/from-cwd/)

      // Without the file, the defaults serve.
      rmSync(join(repo, '.github', 'mesh-gate.yaml'))
      expect((await cli('run', '--repo', repo, '--dry-run', '--output', scratch('p-'))).code).toBe(0)
    } finally {
      process.chdir(before)
    }
  }, 30_000)

  it('install values that are not there exit 2 naming the flag or the config field, before any plan', async () => {
    const repo = prRepository()
    const out = scratch('p-')
    const missing = join(repo, 'nosuch.yaml')
    const flag = await cli('run', '--repo', repo, '--mesh-values', missing, '--dry-run', '--output', out)
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain(`${missing}: cannot read the mesh install values (--mesh-values): ENOENT`)
    expect(flag.stderr).not.toMatch(/at .*\.ts:\d+/)

    mkdirSync(join(repo, '.github'))
    const config = join(repo, '.github', 'mesh-gate.yaml')
    writeFileSync(config, 'mesh:\n  values: mesh/nosuch-values.yaml\n')
    const field = await cli('run', '--repo', repo, '--dry-run', '--output', out)
    expect(field.code).toBe(2)
    expect(field.stderr).toContain(
      `${join(repo, 'mesh', 'nosuch-values.yaml')}: cannot read the mesh install values (field 'mesh.values' in ${config}): ENOENT`,
    )
    const dir = await cli(
      'run',
      '--repo',
      repo,
      '--mesh-values',
      join(repo, 'mesh'),
      '--dry-run',
      '--output',
      out,
    )
    expect(dir.code).toBe(2)
    expect(dir.stderr).toMatch(/cannot read the mesh install values \(--mesh-values\): not a file/)
    expect(readdirSync(out)).toEqual([])

    // A values file in the repository is planned by its path there, whatever the working directory.
    writeFileSync(join(repo, 'mesh', 'values.yaml'), 'meshConfig:\n  accessLogFile: /dev/stdout\n')
    writeFileSync(config, 'mesh:\n  values: mesh/values.yaml\n')
    const ok = await cli('run', '--repo', repo, '--dry-run', '--output', out)
    expect(ok.code).toBe(0)
    const json = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as {
      plan: { commands: { command: string; args: string[] }[] }
    }
    const install = json.plan.commands.find((c) => c.args[0] === 'install')!
    expect(install.args[install.args.indexOf('-f') + 1]).toBe(join(repo, 'mesh', 'values.yaml'))
  }, 30_000)

  describe('--cluster existing: the plan names the kubeconfig the run uses', () => {
    const savedKubeconfig = process.env.KUBECONFIG
    afterAll(() => {
      if (savedKubeconfig === undefined) delete process.env.KUBECONFIG
      else process.env.KUBECONFIG = savedKubeconfig
    })
    const KUBECONFIG =
      'apiVersion: v1\nkind: Config\nclusters:\n- name: ci\n  cluster: { server: https://127.0.0.1:6443 }\n' +
      'users:\n- name: ci\n  user: { token: not-a-real-token }\ncontexts:\n- name: ci\n  context: { cluster: ci, user: ci }\n' +
      'current-context: ci\n'
    /** Every --kubeconfig the plan's commands pass, and its notes. */
    function planOf(out: string) {
      const json = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as {
        plan: { commands: { args: string[] }[]; notes: string[] }
      }
      const kubeconfigs = json.plan.commands.flatMap((c) =>
        c.args.flatMap((a, i) => (a === '--kubeconfig' ? [c.args[i + 1]] : [])),
      )
      return { kubeconfigs, notes: json.plan.notes }
    }

    it('--kubeconfig FILE: that file, in every command and in the note', async () => {
      delete process.env.KUBECONFIG
      const file = join(scratch('kube-'), 'config')
      writeFileSync(file, KUBECONFIG)
      const out = scratch('p-')
      const r = await cli(
        'run',
        '--repo',
        prRepository(),
        '--cluster',
        'existing',
        '--kubeconfig',
        file,
        '--dry-run',
        '--output',
        out,
      )
      expect(r.code).toBe(0)
      const plan = planOf(out)
      expect(plan.kubeconfigs.length).toBeGreaterThan(0)
      expect(new Set(plan.kubeconfigs)).toEqual(new Set([file]))
      expect(plan.notes).toContain(
        `cluster: existing, kubeconfig from the file given with --kubeconfig (${file})`,
      )
      expect(readFileSync(join(out, 'plan.md'), 'utf8')).not.toMatch(/--kubeconfig ''/)
    }, 30_000)

    it('KUBECONFIG: that file; neither: exit 2 saying what is needed', async () => {
      const file = join(scratch('kube-'), 'config')
      writeFileSync(file, KUBECONFIG)
      process.env.KUBECONFIG = file
      const out = scratch('p-')
      expect(
        (await cli('run', '--repo', prRepository(), '--cluster', 'existing', '--dry-run', '--output', out))
          .code,
      ).toBe(0)
      const plan = planOf(out)
      expect(new Set(plan.kubeconfigs)).toEqual(new Set([file]))
      expect(plan.notes).toContain(`cluster: existing, kubeconfig from KUBECONFIG (${file})`)

      delete process.env.KUBECONFIG
      const none = await cli(
        'run',
        '--repo',
        prRepository(),
        '--cluster',
        'existing',
        '--dry-run',
        '--output',
        scratch('p-'),
      )
      expect(none.code).toBe(2)
      expect(none.stderr).toMatch(/cluster 'existing' needs a kubeconfig/)
      const missing = await cli(
        'run',
        '--repo',
        prRepository(),
        '--cluster',
        'existing',
        '--kubeconfig',
        '/nonexistent/kubeconfig',
        '--dry-run',
        '--output',
        scratch('p-'),
      )
      expect(missing.code).toBe(2)
      expect(missing.stderr).toMatch(/\/nonexistent\/kubeconfig: the kubeconfig file does not exist/)
    }, 30_000)
  })

  describe('--output: nothing of an earlier plan is left, and no other folder is emptied', () => {
    it('a plan without a base side in an earlier plan’s folder leaves no manifests/base.yaml', async () => {
      const repo = prRepository()
      const out = scratch('p-')
      expect(
        (await cli('run', '--repo', repo, '--base-ref', 'main', '--dry-run', '--output', out)).code,
      ).toBe(0)
      expect(existsSync(join(out, 'manifests', 'base.yaml'))).toBe(true)
      writeFileSync(join(out, 'notes.txt'), 'mine\n')
      writeFileSync(join(out, 'files', 'stale.yaml'), 'left from before\n')
      const again = await cli('run', '--repo', repo, '--dry-run', '--output', out)
      expect(again.code).toBe(0)
      expect(existsSync(join(out, 'manifests', 'base.yaml'))).toBe(false)
      expect(existsSync(join(out, 'files', 'stale.yaml'))).toBe(false)
      expect(readdirSync(join(out, 'manifests')).sort()).toEqual(['head.yaml', 'workloads.yaml'])
      // Not the gate's: left alone.
      expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine\n')
    }, 30_000)

    it('a folder that holds something else is refused (exit 2) and left as it was', async () => {
      const out = scratch('p-')
      mkdirSync(join(out, 'manifests'))
      writeFileSync(join(out, 'manifests', 'app.yaml'), 'kind: Deployment\n')
      const r = await cli('run', '--repo', prRepository(), '--dry-run', '--output', out)
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`${out}: is not empty and holds no earlier plan`)
      expect(readdirSync(out)).toEqual(['manifests'])
      expect(readdirSync(join(out, 'manifests'))).toEqual(['app.yaml'])
      // A plan.json that is not a plan does not make the folder one.
      writeFileSync(join(out, 'plan.json'), '{"name": "my-app"}\n')
      expect((await cli('run', '--repo', prRepository(), '--dry-run', '--output', out)).code).toBe(2)
      expect(readdirSync(join(out, 'manifests'))).toEqual(['app.yaml'])
    }, 30_000)
  })
})

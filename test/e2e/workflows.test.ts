/**
 * The workflows users copy from the README, and this repository's own, pass actionlint (v1.7.12). README workflows
 * are linted with `uses: org/mesh-mtls-gate@v1` pointed at this checkout's action.yml, so that actionlint also checks
 * every `with:` key against the declared inputs. actionlint is built once into the test-tools cache; a missing Go
 * or a failed build fails the test — it never skips.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT, scratch } from '../helpers.js'

const ACTIONLINT_VERSION = 'v1.7.12'

function toolsCache(): string {
  return (
    process.env.MESH_GATE_TOOLS ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'mesh-mtls-gate', 'tools')
  )
}

/** ACTIONLINT_BIN, else the cached build, else a fresh build from the Go module proxy into the cache. */
function actionlint(): string {
  if (process.env.ACTIONLINT_BIN) return process.env.ACTIONLINT_BIN
  const dir = join(toolsCache(), `actionlint-${ACTIONLINT_VERSION}`)
  const bin = join(dir, 'actionlint')
  if (existsSync(bin)) return bin
  rmSync(`${dir}.tmp`, { recursive: true, force: true })
  mkdirSync(`${dir}.tmp`, { recursive: true })
  const build = spawnSync(
    'go',
    ['install', `github.com/rhysd/actionlint/cmd/actionlint@${ACTIONLINT_VERSION}`],
    {
      env: { ...process.env, GOBIN: `${dir}.tmp`, GOFLAGS: '-mod=mod' },
      encoding: 'utf8',
    },
  )
  if (build.status !== 0) {
    throw new Error(
      `cannot build actionlint ${ACTIONLINT_VERSION} (needs Go and the module proxy): ${build.error?.message ?? build.stderr}`,
    )
  }
  rmSync(dir, { recursive: true, force: true })
  renameSync(`${dir}.tmp`, dir)
  return bin
}

function lint(cwd: string, files: string[]): { code: number | null; output: string } {
  const r = spawnSync(actionlint(), ['-no-color', ...files], { cwd, encoding: 'utf8' })
  return { code: r.status, output: r.stdout + r.stderr }
}

/** The README's ```yaml blocks. */
function readmeYamlBlocks(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  return [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1])
}

const ACTION_REF = /org\/mesh-mtls-gate@v1/g
const USES_ACTION = /org\/mesh-mtls-gate@v1/

describe('workflows', () => {
  it('the README shows complete workflows for one-workflow and fork-safe two-workflow use', () => {
    const workflows = readmeYamlBlocks().filter((b) => /^jobs:/m.test(b))
    const on = workflows.map((w) =>
      Object.keys((parse(w) as { on: Record<string, unknown> }).on)
        .sort()
        .join('+'),
    )
    expect(on).toEqual(expect.arrayContaining(['pull_request+push', 'workflow_run']))
    const modes = workflows.flatMap((w) => [...w.matchAll(/mode: (\w+)/g)].map((m) => m[1]))
    expect(modes).toEqual(expect.arrayContaining(['measure', 'report']))
  })

  it('the README’s workflows pass actionlint, inputs checked against action.yml', () => {
    const project = scratch('gate-actionlint-')
    mkdirSync(join(project, '.github', 'workflows'), { recursive: true })
    // actionlint resolves `uses: ./` in a git project, and checks the files that action.yml's `runs` names.
    mkdirSync(join(project, '.git'))
    mkdirSync(join(project, 'dist', 'post'), { recursive: true })
    writeFileSync(join(project, 'dist', 'index.js'), '')
    writeFileSync(join(project, 'dist', 'post', 'index.js'), '')
    copyFileSync(join(ROOT, 'action.yml'), join(project, 'action.yml'))
    const files: string[] = []
    readmeYamlBlocks()
      .filter((b) => /^jobs:/m.test(b))
      .forEach((b, i) => {
        const file = join('.github', 'workflows', `readme-${i}.yml`)
        writeFileSync(join(project, file), b.replace(ACTION_REF, './'))
        files.push(file)
      })
    expect(files.length).toBeGreaterThanOrEqual(3)
    const r = lint(project, files)
    expect(r.output).toBe('')
    expect(r.code).toBe(0)

    // The lint can fail: an undeclared input is reported.
    writeFileSync(
      join(project, files[0]),
      readFileSync(join(project, files[0]), 'utf8').replace('profile:', 'profiel:'),
    )
    const bad = lint(project, [files[0]])
    expect(bad.code).toBe(1)
    expect(bad.output).toMatch(/input "profiel" is not defined in action/)
  }, 180_000)

  it('step fragments in the README only use declared inputs', () => {
    const inputs = Object.keys(
      (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
    )
    const fragments = readmeYamlBlocks().filter((b) => USES_ACTION.test(b) && !/^jobs:/m.test(b))
    expect(fragments.length).toBeGreaterThan(0)
    for (const f of fragments) {
      const steps = parse(f) as { uses: string; with?: Record<string, unknown> }[]
      for (const step of steps) expect(inputs).toEqual(expect.arrayContaining(Object.keys(step.with ?? {})))
    }
  })

  it('this repository’s workflows pass actionlint', () => {
    const files = readdirSync(join(ROOT, '.github', 'workflows'))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join('.github', 'workflows', f))
    expect(files).toEqual(
      expect.arrayContaining([
        join('.github', 'workflows', 'e2e.yml'),
        join('.github', 'workflows', 'check-dist.yml'),
        join('.github', 'workflows', 'release.yml'),
      ]),
    )
    const r = lint(ROOT, files)
    expect(r.output).toBe('')
    expect(r.code).toBe(0)
  }, 180_000)

  it('a version tag publishes to npm with provenance, then moves the major tag', () => {
    const wf = parse(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } }
      permissions: Record<string, string>
      jobs: Record<
        string,
        {
          needs?: string | string[]
          if?: string
          permissions?: Record<string, string>
          steps: { run?: string }[]
        }
      >
    }
    expect(wf.on.push.tags).toContain('v[0-9]+.[0-9]+.[0-9]+')
    expect(wf.permissions).toEqual({ contents: 'read' })
    const publish = wf.jobs['publish-npm']
    expect(publish.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    expect(publish.steps.map((s) => s.run ?? '').join('\n')).toMatch(/npm publish --provenance/)
    const move = wf.jobs['move-major-tag']
    expect(move.needs).toEqual(expect.arrayContaining(['check', 'publish-npm']))
    expect(move.permissions).toEqual({ contents: 'write' })
    expect(move.steps.map((s) => s.run ?? '').join('\n')).toMatch(
      /git push --force origin "refs\/tags\/\$MAJOR"/,
    )
    // The checks gate both: tests and a dist/ equal to a fresh build.
    const check = wf.jobs.check.steps.map((s) => s.run ?? '').join('\n')
    expect(check).toMatch(/npm test/)
    expect(check).toMatch(/npm run bundle/)
  })

  it('the e2e workflow covers every mesh with the action from this repository, and a known-bad change that must fail', () => {
    const wf = parse(readFileSync(join(ROOT, '.github', 'workflows', 'e2e.yml'), 'utf8')) as {
      jobs: {
        mesh: {
          strategy: {
            matrix: { mesh: string[]; include: { mesh: string; change: string; expect: string }[] }
          }
          steps: { uses?: string; with?: Record<string, string> }[]
        }
      }
    }
    const job = wf.jobs.mesh
    expect(job.strategy.matrix.mesh).toEqual(['istio', 'istio-ambient', 'linkerd', 'cilium'])
    expect(job.strategy.matrix.include).toContainEqual({ mesh: 'istio', change: 'bad', expect: 'regression' })
    // One full-mode step measures base and change interleaved (A B B A) on one cluster.
    const gate = job.steps.filter((s) => s.uses === './')
    expect(gate).toHaveLength(1)
    expect(gate[0].with).toMatchObject({ mode: 'full', 'base-ref': 'e2e-base', baseline: 'same-run' })
    for (const mesh of job.strategy.matrix.mesh) {
      for (const change of ['base', 'good']) {
        expect(readdirSync(join(ROOT, 'fixtures', 'github', 'e2e', mesh, change)).length).toBeGreaterThan(0)
      }
    }
    expect(readdirSync(join(ROOT, 'fixtures', 'github', 'e2e', 'istio', 'bad')).length).toBeGreaterThan(0)
    // Keep execFileSync import meaningful: the pinned version is the one that runs.
    expect(execFileSync(actionlint(), ['-version'], { encoding: 'utf8' })).toContain(ACTIONLINT_VERSION)
  }, 180_000)
})

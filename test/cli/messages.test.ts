/**
 * Bad input on every subcommand: exit 2, the path or field named with what was expected, never "internal error",
 * never a stack trace. One row per case that once leaked Node's or a library's own words.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/main.js'
import { fixture, scratch } from '../helpers.js'

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) })
  return { code, stdout, stderr }
}

const pa = (mode: string) =>
  `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: shop\nspec:\n  mtls:\n    mode: ${mode}\n`

/** A repository whose main holds `base` and whose work tree (the PR) holds `head` as mesh/pa.yaml. */
function repo(base: string, head: string): string {
  const dir = scratch('gate-msg-repo-')
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

const d = scratch('gate-msg-')
const file = (name: string, text: string) => (writeFileSync(join(d, name), text), join(d, name))
const folder = (name: string) => (mkdirSync(join(d, name), { recursive: true }), join(d, name))
const results = join(d, 'r.json')
const good = repo(pa('STRICT'), pa('PERMISSIVE'))
const headTypo = repo(pa('STRICT'), pa('STRCT'))
const baseTypo = repo(pa('STRCT'), pa('STRICT'))
const plan = (name: string) => join(d, name)

type Case = [name: string, argv: () => string[], expected: RegExp]
const CASES: Case[] = [
  [
    'compare --baseline DIR',
    () => ['compare', '--baseline', folder('dir-a'), '--current', results],
    /dir-a: is a folder; expected a results file/,
  ],
  [
    'results --out DIR',
    () => ['results', '--fortio', fixture('fortio', 'http-ok.json'), '--out', folder('dir-b')],
    /dir-b: is a folder; expected the path of a results file/,
  ],
  [
    'run --dry-run --output FILE',
    () => ['run', '--repo', good, '--base-ref', 'main', '--dry-run', '--output', file('plan.txt', 'x')],
    /plan\.txt: is a file; --output expects a folder/,
  ],
  [
    "run --config-paths 'nomatch/**'",
    () => ['run', '--repo', good, '--config-paths', 'nomatch/**', '--dry-run', '--output', plan('p1')],
    /config-paths 'nomatch\/\*\*': no file matched in the work tree; expected globs/,
  ],
  [
    "run --config-paths 'nomatch/**' with a base ref",
    () => [
      'run',
      '--repo',
      good,
      '--base-ref',
      'main',
      '--config-paths',
      'nomatch/**',
      '--dry-run',
      '--output',
      plan('p2'),
    ],
    /no file matched in the work tree nor at main/,
  ],
  [
    'run: a CRD typo in the head, before any plan',
    () => ['run', '--repo', headTypo, '--base-ref', 'main', '--dry-run', '--output', plan('p3')],
    /\n {2}mesh\/pa\.yaml:8: PeerAuthentication default: spec\.mtls\.mode: Unsupported value: "STRCT"/,
  ],
  [
    'run: a CRD typo in the base side, before any plan',
    () => ['run', '--repo', baseTypo, '--base-ref', 'main', '--dry-run', '--output', plan('p4')],
    /\n {2}main:mesh\/pa\.yaml:8: PeerAuthentication default: spec\.mtls\.mode: Unsupported value: "STRCT"/,
  ],
  [
    'validate --live without any kubeconfig',
    () => ['validate', '--live'],
    /no kubeconfig: --kubeconfig is not given, KUBECONFIG is not set, .*\.kube\/config does not exist/,
  ],
  [
    'a typo on results',
    () => ['results', '--fortoi', 'a.json'],
    /unknown option '--fortoi' \(did you mean '--fortio'\?\)\nRun 'mesh-mtls-gate results --help'/,
  ],
  [
    'a typo on validate',
    () => ['validate', '--requre', 'strict', 'mesh/'],
    /unknown option '--requre' \(did you mean '--require'\?\)\nRun 'mesh-mtls-gate validate --help'/,
  ],
  [
    'a typo on compare',
    () => ['compare', '--baslein', 'a.json'],
    /unknown option '--baslein' \(did you mean '--baseline'\?\)\nRun 'mesh-mtls-gate compare --help'/,
  ],
  [
    'a typo on run',
    () => ['run', '--dryrun'],
    /unknown option '--dryrun' \(did you mean '--dry-run'\?\)\nRun 'mesh-mtls-gate run --help'/,
  ],
  ['an option without its value', () => ['compare', '--baseline'], /option '--baseline' needs a value/],
  [
    'an argument a command does not take',
    () => ['compare', 'a.json'],
    /unexpected argument 'a\.json': this command takes options only/,
  ],
  [
    '--thresholds that is not a mapping',
    () => ['compare', '--baseline', results, '--current', results, '--thresholds', 'latency-p99'],
    /--thresholds: expected a mapping \(key: value\), got a string/,
  ],
  [
    'a gate config that is not a mapping',
    () => ['compare', '--baseline', results, '--current', results, '--config', file('str.yaml', 'hello\n')],
    /str\.yaml: expected a mapping \(key: value\), got a string/,
  ],
  [
    'a gate config field of the wrong type',
    () => [
      'compare',
      '--baseline',
      results,
      '--current',
      results,
      '--config',
      file('qps.yaml', 'scenarios:\n  - name: x\n    qps: fast\n'),
    ],
    /field 'scenarios\[0\]\.qps' in .*qps\.yaml: expected a number, got a string/,
  ],
  [
    'a gate config value outside its choices',
    () => [
      'compare',
      '--baseline',
      results,
      '--current',
      results,
      '--config',
      file('verify.yaml', 'mesh:\n  verify: strict\n'),
    ],
    /field 'mesh\.verify' in .*verify\.yaml: expected one of published, pinned\n/,
  ],
  [
    'a gate config that is not YAML',
    () => [
      'compare',
      '--baseline',
      results,
      '--current',
      results,
      '--config',
      file('bad.yaml', 'thresholds: [\n'),
    ],
    /bad\.yaml: not valid YAML at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a \]\n {4}thresholds: \[/,
  ],
  [
    'a manifest that is not YAML',
    () => ['validate', file('mesh.yaml', 'a:\n  b: 1\n c: 2\n')],
    /mesh\.yaml: line 3: invalid YAML: All mapping items must start at the same column\n$/,
  ],
]

describe('bad input names the path or field and what was expected (exit 2)', () => {
  const saved = { ...process.env }
  beforeAll(async () => {
    // No cluster, no kubeconfig, no Docker is ever reached from here.
    process.env.HOME = folder('home')
    delete process.env.KUBECONFIG
    delete process.env.KUBERNETES_SERVICE_HOST
    process.env.DOCKER_HOST = 'unix:///nonexistent/mesh-gate-test.sock'
    copyFileSync(fixture('fortio', 'http-ok.json'), join(d, 'rep1.json'))
    copyFileSync(fixture('fortio', 'http-ok-2.json'), join(d, 'rep2.json'))
    expect(
      (await cli('results', '--fortio', join(d, 'rep1.json'), join(d, 'rep2.json'), '--out', results)).code,
    ).toBe(0)
  })
  afterAll(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
  })

  it.each(CASES)('%s', async (_name, argv, expected) => {
    const r = await cli(...argv())
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(expected) })
    expect(r.stderr).not.toMatch(
      /internal error|\n\s+at |ERR_PARSE_ARGS|EISDIR|EEXIST|\(root\)|column \d+:\n/,
    )
  })

  it('writes no plan when a side has a CRD typo', async () => {
    await cli('run', '--repo', headTypo, '--base-ref', 'main', '--dry-run', '--output', plan('p5'))
    expect(existsSync(join(plan('p5'), 'plan.md'))).toBe(false)
  })
})

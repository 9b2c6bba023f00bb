/**
 * One settings object from two readers: the action's inputs and `run`'s flags, given the same choices, give equal
 * settings, and the pipeline the same request; each reader refuses a bad value in its own words.
 */
import { describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { readSettings } from '../../src/config/action-inputs.js'
import { RUN_OPTIONS, runSettingsOf } from '../../src/cli/run-command.js'
import { Inputs } from '../../src/constants.js'
import { failureOf } from '../../src/errors.js'
import { runRequestOf, type RunHost } from '../../src/pipeline/run-request.js'
import { scratch } from '../helpers.js'

const action = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '')
const cli = (argv: string[]) =>
  runSettingsOf(parseArgs({ args: argv, options: RUN_OPTIONS, strict: true }).values)
/** The run's part of the action's settings (its other choices are the action's alone). */
const runPart = (s: ReturnType<typeof action>) => {
  const {
    mode,
    configFile,
    baseline,
    baselineResults,
    currentResults,
    thresholds,
    comment,
    commentId,
    failOn,
    githubToken,
    ...run
  } = s
  void [
    mode,
    configFile,
    baseline,
    baselineResults,
    currentResults,
    thresholds,
    comment,
    commentId,
    failOn,
    githubToken,
  ]
  return run
}

describe('the action’s inputs and run’s flags give one settings object', () => {
  it('nothing given: the same defaults', () => {
    expect(runPart(action({}))).toEqual(cli([]))
    expect(cli([])).toMatchObject({
      profile: 'quick',
      cluster: 'kind',
      configPaths: ['mesh/**'],
      requireMtls: 'strict',
    })
  })

  it.each<[string, Record<string, string>, string[]]>([
    [
      'every choice',
      {
        [Inputs.Mesh]: 'linkerd',
        [Inputs.MeshVersion]: 'edge-26.9.1',
        [Inputs.Verify]: 'pinned',
        [Inputs.ConfigPaths]: 'mesh/**, policies/*.{yaml,yml}',
        [Inputs.Profile]: 'thorough',
        [Inputs.Cluster]: 'eks',
        [Inputs.ClusterConfig]: '.github/eks.yaml',
        [Inputs.BaseRef]: 'origin/main',
        [Inputs.RequireMtls]: 'permissive',
      },
      [
        '--mesh',
        'linkerd',
        '--mesh-version',
        'edge-26.9.1',
        '--verify',
        'pinned',
        '--config-paths',
        'mesh/**, policies/*.{yaml,yml}',
        '--profile',
        'thorough',
        '--cluster',
        'eks',
        '--cluster-config',
        '.github/eks.yaml',
        '--base-ref',
        'origin/main',
        '--require',
        'permissive',
      ],
    ],
    ['a mesh CLI on the runner', { [Inputs.MeshCli]: '/bin/sh' }, ['--mesh-cli', '/bin/sh']],
    // require's default follows the mesh in both.
    ['mesh none', { [Inputs.Mesh]: 'none' }, ['--mesh', 'none']],
  ])('%s: equal settings, and the same request', (_name, inputs, argv) => {
    const a = runPart(action(inputs))
    expect(a).toEqual(cli(argv))
    const host = { baseRef: null, repo: '.', tempDir: '/t', action: false } as unknown as RunHost
    expect(runRequestOf(a, host)).toEqual(runRequestOf(cli(argv), host))
  })

  it('a kubeconfig is the input’s content in the action and a file named by the flag', () => {
    expect(action({ [Inputs.Kubeconfig]: 'apiVersion: v1' }).kubeconfig).toEqual({
      content: 'apiVersion: v1',
    })
    expect(cli(['--kubeconfig', 'k.yaml']).kubeconfig).toEqual({ path: 'k.yaml' })
    const host = { baseRef: null } as unknown as RunHost
    expect(runRequestOf(cli(['--kubeconfig', 'k.yaml']), host)).toMatchObject({
      kubeconfigPath: 'k.yaml',
      kubeconfig: undefined,
    })
  })

  it('a bad value is refused by each reader in its own words', () => {
    expect(() => action({ [Inputs.Profile]: 'fast' })).toThrow(
      "Invalid input 'profile': 'fast'. Expected one of: quick, thorough, published.",
    )
    expect(() => cli(['--profile', 'fast'])).toThrow(
      "--profile must be one of quick, thorough, published; got 'fast'",
    )
  })
})

/** A folder with an executable `istioctl`, a file without an execute bit, a folder and a link to the executable. */
function runnerTools() {
  const dir = scratch('mmg-mesh-cli-')
  const cli = join(dir, 'istioctl')
  writeFileSync(cli, '#!/bin/sh\n')
  chmodSync(cli, 0o755)
  const plain = join(dir, 'linkerd')
  writeFileSync(plain, '#!/bin/sh\n')
  chmodSync(plain, 0o644)
  mkdirSync(join(dir, 'cilium'))
  symlinkSync(cli, join(dir, 'link'))
  return { dir, cli, plain, folder: join(dir, 'cilium'), link: join(dir, 'link') }
}

describe('mesh-cli: the mesh’s CLI already on the runner', () => {
  it('an executable file (or a link to one) is the run’s mesh CLI, as an absolute path, and the request’s', () => {
    const t = runnerTools()
    expect(cli(['--mesh', 'istio', '--mesh-cli', t.cli]).meshCliPath).toBe(t.cli)
    expect(action({ [Inputs.Mesh]: 'istio', [Inputs.MeshCli]: ` ${t.cli}\n` }).meshCliPath).toBe(t.cli)
    expect(cli(['--mesh-cli', t.link]).meshCliPath).toBe(t.link)
    // Relative to the working folder, the way it is run: what was checked is what runs.
    expect(cli(['--mesh-cli', relative(process.cwd(), t.cli)]).meshCliPath).toBe(t.cli)
    const host = { baseRef: null } as unknown as RunHost
    expect(runRequestOf(cli(['--mesh-cli', t.cli]), host).meshCliPath).toBe(t.cli)
    // Not given: the pinned release is downloaded.
    expect(cli([]).meshCliPath).toBeNull()
    expect(action({ [Inputs.MeshCli]: '' }).meshCliPath).toBeNull()
    expect(runRequestOf(cli([]), host).meshCliPath).toBeUndefined()
  })

  it.each<[string, (t: ReturnType<typeof runnerTools>) => string, RegExp]>([
    ['a missing file', (t) => join(t.dir, 'nope'), /: no such file$/m],
    ['a file without an execute bit', (t) => t.plain, /: not executable \(mode 0644\)$/m],
    ['a folder', (t) => t.folder, /: a directory, not an executable file$/m],
    [
      'a bare name not in the working folder',
      () => 'istioctl-not-here',
      /no such file in the working folder/,
    ],
  ])('%s is refused naming the flag or the input and the path (exit 2)', (_name, path, reason) => {
    const t = runnerTools()
    const given = path(t)
    const flag = refusal(() => cli(['--mesh', 'istio', '--mesh-cli', given]))
    expect(flag.message).toContain(`cannot run the mesh CLI given by --mesh-cli ('${given}')`)
    expect(flag.message).toMatch(reason)
    expect(flag.message).toContain("Run 'mesh-mtls-gate run --help' for usage.")
    expect(flag.name).toBe('UsageError')
    const input = refusal(() => action({ [Inputs.Mesh]: 'istio', [Inputs.MeshCli]: given }))
    expect(input.message).toContain(`cannot run the mesh CLI given by the input 'mesh-cli' ('${given}')`)
    expect(input.message).toMatch(reason)
    expect(input.name).toBe('InputError')
    expect([failureOf(flag).exitCode, failureOf(input).exitCode]).toEqual([2, 2])
  })

  it('with mesh none there is no mesh CLI to run: refused naming both', () => {
    const t = runnerTools()
    const flag = refusal(() => cli(['--mesh', 'none', '--mesh-cli', t.cli]))
    expect(flag.message).toMatch(
      /^--mesh-cli is given, but --mesh is 'none': no mesh is installed, so there is no mesh CLI to run/,
    )
    const input = refusal(() => action({ [Inputs.Mesh]: 'none', [Inputs.MeshCli]: t.cli }))
    expect(input.message).toBe(
      "the input 'mesh-cli' is given, but the input 'mesh' is 'none': no mesh is installed, so there is no mesh CLI to run",
    )
    expect([failureOf(flag).exitCode, failureOf(input).exitCode]).toEqual([2, 2])
  })
})

function refusal(read: () => unknown): Error {
  try {
    read()
  } catch (e) {
    return e as Error
  }
  throw new Error('not refused')
}

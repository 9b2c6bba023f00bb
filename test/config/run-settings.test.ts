/**
 * One settings object from two readers: the action's inputs and `run`'s flags, given the same choices, give equal
 * settings, and the pipeline the same request; each reader refuses a bad value in its own words.
 */
import { describe, expect, it } from '@jest/globals'
import { parseArgs } from 'node:util'
import { readSettings } from '../../src/config/action-inputs.js'
import { RUN_OPTIONS, runSettingsOf } from '../../src/cli/run-command.js'
import { Inputs } from '../../src/constants.js'
import { runRequestOf, type RunHost } from '../../src/pipeline/run-request.js'

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

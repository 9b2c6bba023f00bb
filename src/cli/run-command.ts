/** `mesh-mtls-gate run`: the whole gate on a developer's machine (kind needs Docker), or its plan with --dry-run. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ClusterHandle, TeardownRecord } from '../cluster/types.js'
import { teardownRecorded } from '../cluster/teardown.js'
import { compareResults, type Verdict } from '../compare/verdict.js'
import { failures } from '../compare/exit.js'
import { loadDefaultGateConfig, loadGateConfig, type GateConfig } from '../config/gate-config.js'
import { RUN_DEFAULTS, runSettings, type RunChoices, type RunSettings } from '../config/run-settings.js'
import { DEFAULT_CONFIG_PATH } from '../constants.js'
import { ExitCode } from '../errors.js'
import {
  CLUSTER_KINDS,
  DEFAULT_FAIL_ON,
  MESHES,
  PROFILES,
  REQUIREMENTS,
  VERIFY_POLICIES,
} from '../vocabulary.js'
import { mtlsOutcomeOf } from '../pipeline/measure-on-cluster.js'
import { renderPlan, writePlan } from '../pipeline/plan.js'
import { executeRun, planRun, type RunRequest } from '../pipeline/run.js'
import { runRequestOf } from '../pipeline/run-request.js'
import { renderReport } from '../report/markdown.js'
import { renderRunMtls } from '../report/mtls.js'
import { writeResults } from '../results/artifact.js'
import { createCommandRunner } from '../tools/exec.js'
import { oneOf, parseCommandArgs, UsageError, type CommandIO } from './args.js'

export const RUN_HELP = `Usage: mesh-mtls-gate run [--config gate.yaml] [--mesh M] [--cluster kind|existing|eks|gke] [--profile P]
                          [--config-paths GLOB]... [--base-ref REF] [--dry-run --output DIR] [--out RESULTS.json]

The gate's whole pipeline, as the action runs it:
  1. reads the PR's mesh configuration (--config-paths in the work tree) and the base branch's (--base-ref, read
     with git), validates both statically and predicts each side's mTLS mode;
  2. brings up a cluster: kind (default; needs Docker), or existing (--kubeconfig / KUBECONFIG), eks or gke
     (--cluster-config: the cluster config in the repository);
  3. downloads kind and the mesh CLI (unless --mesh-cli gives it) and verifies their SHA-256 (pinned, else the
     release's checksum file) before any cluster exists; installs the mesh and waits until it is ready;
  4. deploys a meshed Fortio server and client on different nodes and an unmeshed probe pod;
  5. per scenario: switches the configuration base/head A B B A with server-side apply, checks live after each
     switch that plaintext from the probe is refused under STRICT and accepted under PERMISSIVE (which is also how
     it knows the mesh converged), runs a discarded warm-up and N repetitions of Fortio in the client pod while
     sampling the data plane's CPU and memory through the kubelet Summary API;
  6. compares head against base and prints the report; deletes the cluster it created.
Every wait is a condition with a bound; nothing sleeps a fixed time.

  --config FILE          gate config (scenarios, thresholds, statistics, cost); default ${DEFAULT_CONFIG_PATH}
                         in --repo, if present
  --mesh M               ${MESHES.join(' | ')} (default: detected from the configuration)
  --mesh-version V       mesh version, any release the mesh publishes (default: its stable release when this
                         release was made)
  --verify V             ${VERIFY_POLICIES.join(' | ')}: how a download whose SHA-256 this release does not pin is
                         verified (default: the config's mesh.verify, else published: the release's checksum file)
  --mesh-values FILE     your install values/overlay (IstioOperator overlay, Linkerd or Cilium Helm values)
  --mesh-cli PATH        the mesh's CLI already on this machine (istioctl, linkerd or cilium), run instead of
                         downloading the pinned release: not verified by SHA-256, its version not checked against
                         --mesh-version; refused with --mesh none
  --cluster C            ${CLUSTER_KINDS.join(' | ')} (default ${RUN_DEFAULTS.cluster})
  --kubeconfig FILE      for --cluster existing (default KUBECONFIG)
  --cluster-config FILE  for eks (an eksctl ClusterConfig) and gke
  --profile P            ${PROFILES.join(' | ')} (default ${RUN_DEFAULTS.profile}), used when the config has no scenarios
  --config-paths GLOB    the mesh configuration: globs, comma-separated or repeated (default ${RUN_DEFAULTS.configPaths})
  --base-ref REF         base branch ref for the interleaved baseline (e.g. origin/main); without it the head is
                         measured alone
  --require R            ${REQUIREMENTS.join(' | ')} (default strict; none with --mesh none, where nothing can be)
  --repo DIR             the repository (default .)
  --out FILE             write the head's results artifact here (and FILE.base.json for the baseline)
  --dry-run              plan only: needs no cluster and no Docker; writes the plan to --output DIR
  --output DIR           where --dry-run writes plan.md, plan.json, manifests/ and files/: a new or empty folder,
                         or an earlier dry run's, whose plan it replaces (other folders are refused)

Exit codes: 0 pass (or plan written), 1 regression or mTLS violation, 2 bad input.`

/** The options of `run` (the docs test checks the README and --help against them). */
export const RUN_OPTIONS = {
  config: { type: 'string' },
  mesh: { type: 'string' },
  'mesh-version': { type: 'string' },
  'mesh-values': { type: 'string' },
  'mesh-cli': { type: 'string' },
  verify: { type: 'string' },
  cluster: { type: 'string' },
  kubeconfig: { type: 'string' },
  'cluster-config': { type: 'string' },
  profile: { type: 'string' },
  'config-paths': { type: 'string', multiple: true },
  'base-ref': { type: 'string' },
  require: { type: 'string' },
  repo: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  output: { type: 'string' },
} as const

export async function runCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommandArgs('run', argv, RUN_OPTIONS)
  if (values.help) {
    io.stdout(RUN_HELP + '\n')
    return ExitCode.Pass
  }
  if (values['dry-run'] && !values.output)
    throw new UsageError('--dry-run needs --output DIR for the plan', 'run')
  // The default gate config is the repository's own, like the configuration --config-paths reads there.
  const config = values.config
    ? await loadGateConfig(values.config)
    : await loadDefaultGateConfig(values.repo ?? '.')
  const log = (line: string) => io.stderr(`${line}\n`)
  let handle: ClusterHandle | null = null
  let record: TeardownRecord | null = null
  const settings = runSettingsOf(values)
  const request: RunRequest = runRequestOf(settings, {
    // The front end reads the environment; the pipeline takes the runner's name from the request.
    runnerName: process.env.RUNNER_NAME ?? null,
    baseRef: settings.baseRef,
    config,
    repo: values.repo ?? '.',
    tempDir: '',
    action: false,
    log,
    warn: (line) => io.stderr(`warning: ${line}\n`),
    onCluster: (h) => (handle = h),
    // Known before `kind create` starts, so that an interrupted creation is deleted too.
    recordTeardown: (r) => (record = r),
  })

  // The run's work folder (kubeconfigs, the kind config, downloads' scratch): removed when the run ends, whatever
  // the outcome, after the cluster it describes is deleted.
  request.tempDir = await mkdtemp(join(tmpdir(), 'mesh-mtls-gate-'))
  try {
    if (values['dry-run']) {
      const plan = await planRun(request)
      const written = await writePlan(plan, values.output!)
      io.stdout(renderPlan(plan))
      io.stderr(`plan written to ${values.output}: ${written.join(', ')}\n`)
      return ExitCode.Pass
    }
    return await measureAndCompare(request, config, values.out, io)
  } finally {
    const h = handle as ClusterHandle | null
    const teardown = h?.teardown ?? (record as TeardownRecord | null)
    if (teardown) {
      log(
        await teardownRecorded(JSON.stringify(teardown), {
          runner: createCommandRunner({ log }),
          log,
        }).catch((e: Error) => `cleanup failed: ${e.message}`),
      )
    }
    await rm(request.tempDir, { recursive: true, force: true })
  }
}

/** The flag that gives each of a run's choices. */
const RUN_FLAGS = {
  mesh: 'mesh',
  meshVersion: 'mesh-version',
  verify: 'verify',
  meshValues: 'mesh-values',
  meshCli: 'mesh-cli',
  configPaths: 'config-paths',
  profile: 'profile',
  cluster: 'cluster',
  clusterConfig: 'cluster-config',
  kubeconfig: 'kubeconfig',
  baseRef: 'base-ref',
  require: 'require',
} as const satisfies Record<keyof RunChoices, keyof typeof RUN_OPTIONS>

/** `run`'s flags as the run's settings (the action's inputs give the same, config/action-inputs.ts). */
export function runSettingsOf(values: {
  [F in (typeof RUN_FLAGS)[keyof RunChoices]]?: string | string[]
}): RunSettings {
  const given = Object.fromEntries(
    Object.entries(RUN_FLAGS).map(([key, flag]) => [key, values[flag] ?? null]),
  ) as unknown as RunChoices
  return runSettings(
    given,
    (key, value, allowed) => oneOf('run', RUN_FLAGS[key], value, allowed, allowed[0]!),
    'path',
    { name: (key) => `--${RUN_FLAGS[key]}`, error: (message) => new UsageError(message, 'run') },
  )
}

async function measureAndCompare(
  request: RunRequest,
  config: GateConfig,
  out: string | undefined,
  io: CommandIO,
): Promise<number> {
  // @actions/tool-cache speaks the runner's protocol on stdout (`::debug::` lines, `[command]tar ...`); the CLI's
  // stdout is its report, so while the run works, stdout goes to stderr.
  const result = await withStdoutOnStderr(() => executeRun(request))
  if (out) {
    await writeResults(out, result.current)
    if (result.baseline) await writeResults(out.replace(/\.json$/, '') + '.base.json', result.baseline)
  }
  const mtls = mtlsOutcomeOf(result)
  for (const f of mtls.findings) io.stderr(`${f.severity}: ${f.message}\n`)
  // Static prediction, live probe and telemetry side by side (a contradiction is also an error finding above).
  const matrix = renderRunMtls([
    ...(result.baseline ? [{ side: 'base', results: result.baseline }] : []),
    { side: 'head', results: result.current },
  ])
  if (matrix) io.stdout(matrix + '\n\n')
  let verdict: Verdict | null = null
  if (result.baseline) {
    const comparison = compareResults(result.baseline, result.current, config, {
      maxRepetitions: config.maxRepetitions,
    })
    io.stdout(renderReport(comparison, { cost: config.cost }) + '\n')
    verdict = comparison.verdict
  } else {
    io.stdout('No base side (--base-ref): the head was measured alone; nothing to compare.\n')
  }
  const why = failures({ verdict, mtls: mtls.verdict }, { failOn: DEFAULT_FAIL_ON, require: request.require })
  return why.length > 0 ? ExitCode.Fail : ExitCode.Pass
}

/** Runs `work` with process.stdout's writes sent to stderr; the report is written after it returns. */
async function withStdoutOnStderr<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    process.stderr.write(chunk, ...rest)) as typeof process.stdout.write
  try {
    return await work()
  } finally {
    process.stdout.write = write
  }
}

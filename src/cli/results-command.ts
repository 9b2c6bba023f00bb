/** `mesh-mtls-gate results`: builds a results artifact from Fortio outputs and resource samples. */
import { readFile } from 'node:fs/promises'
import { ExitCode, InputError, ioReason } from '../errors.js'
import { writeResults } from '../results/artifact.js'
import { buildResults } from '../results/build.js'
import { importFortio, isSuccess } from '../results/fortio.js'
import type { Repetition, ScenarioSettings } from '../results/schema.js'
import { containerRoles } from '../mesh/install.js'
import { newCpuHistory, parseResourcePayload } from '../resources/payloads.js'
import { MESHES, type MeshName } from '../vocabulary.js'
import { oneOf, parseCommandArgs, UsageError, type ArgToken, type CommandIO } from './args.js'

export const RESULTS_HELP = `Usage: mesh-mtls-gate results --fortio FILE... [--scenario NAME] [--pod-metrics FILE...] --out RESULTS.json

Builds a results artifact (schema v1) from 'fortio load -json' outputs.

  --fortio FILE...     Fortio JSON results, one per repetition (repeat the option, or list files after it);
                       a repetition in which no request succeeded is refused
  --scenario NAME      scenario name for every run (default: Fortio's Labels, else "default")
                       (each file once: the same run given twice, by content or by Fortio's StartTime, is refused)
  --pod-metrics FILE...  a resource sample: metrics.k8s.io PodMetrics/PodMetricsList JSON or kubelet stats/summary
                       JSON; exactly one per repetition, in the same order, pairs each sample with its repetition
  --mesh NAME          mesh under test, recorded in the fingerprint (${MESHES.join(', ')})
  --mesh-version V     mesh version, recorded in the fingerprint
  --kubernetes-version V, --node-image IMAGE   recorded in the fingerprint
  --out FILE           where to write the artifact (required)

Exit codes: 0 written, 2 bad input (the message names the file and field).`

/** The options of `results` (the docs test checks the README and --help against them). */
export const RESULTS_OPTIONS = {
  fortio: { type: 'string', multiple: true },
  scenario: { type: 'string' },
  'pod-metrics': { type: 'string', multiple: true },
  mesh: { type: 'string' },
  'mesh-version': { type: 'string' },
  'kubernetes-version': { type: 'string' },
  'node-image': { type: 'string' },
  out: { type: 'string' },
} as const

export async function resultsCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, tokens } = parseCommandArgs('results', argv, RESULTS_OPTIONS, true)
  if (values.help) {
    io.stdout(RESULTS_HELP + '\n')
    return ExitCode.Pass
  }
  // `--fortio a.json b.json c.json --pod-metrics m1.json m2.json` (shell globs): a file after the option belongs to
  // the list option it follows, so each list gets its own files.
  const lists = filesByListOption(tokens, ['fortio', 'pod-metrics'])
  const fortioFiles = lists.get('fortio') ?? []
  if (fortioFiles.length === 0) throw new UsageError('--fortio FILE is required', 'results')
  if (!values.out) throw new UsageError('--out FILE is required', 'results')
  const mesh =
    values.mesh === undefined ? null : oneOf<MeshName>('results', 'mesh', values.mesh, MESHES, MESHES[0])
  if (mesh === null && values['mesh-version'] !== undefined)
    throw new UsageError('--mesh-version needs --mesh: the version of which mesh?', 'results')
  const metricFiles = lists.get('pod-metrics') ?? []
  // A sample is its repetition's evidence: with fewer or more samples than runs, which run each one belongs to is a
  // guess, and unpaired samples would be compared as if independent of the runs they were taken during.
  if (metricFiles.length > 0 && metricFiles.length !== fortioFiles.length) {
    throw new UsageError(
      `${metricFiles.length} --pod-metrics file(s) for ${fortioFiles.length} --fortio file(s): give one resource sample per repetition, in the same order, or none`,
      'results',
    )
  }

  const runs = []
  const sameRun = new SameRunCheck()
  for (const [i, file] of fortioFiles.entries()) {
    const text = await readText(file)
    const run = importFortio(text, file, i)
    refuseFailedRun(run.repetition, run.settings.protocol, file)
    sameRun.refuseSecondCount(text, run.repetition.startTime, file)
    runs.push(run)
  }
  const history = newCpuHistory()
  const roles = containerRoles()
  const samples = []
  for (const [i, file] of metricFiles.entries()) {
    samples.push(parseResourcePayload(await readText(file), file, i, roles, history))
  }
  const results = buildResults(runs, samples, {
    scenario: values.scenario,
    mesh: mesh ? { name: mesh, version: values['mesh-version'] ?? null, profile: null } : null,
    kubernetesVersion: values['kubernetes-version'] ?? null,
    nodeImage: values['node-image'] ?? null,
    runnerName: process.env.RUNNER_NAME ?? null,
  })
  await writeResults(values.out, results)
  for (const s of results.scenarios) {
    const p99s = s.repetitions.map((r) => (r.latency.percentiles['99'] * 1000).toPrecision(4))
    const saturated = s.repetitions.filter((r) => r.saturated).length
    const errors = s.repetitions.reduce((a, r) => a + r.errors, 0)
    const requests = s.repetitions.reduce((a, r) => a + r.requests, 0)
    io.stdout(
      `scenario ${s.name}: ${s.repetitions.length} repetition(s), p99 ${p99s.join(', ')} ms` +
        (errors
          ? `, ${errors} of ${requests} request(s) failed (${codeCounts(s.repetitions, s.settings.protocol)})`
          : '') +
        (saturated ? `, ${saturated} saturated (actual QPS > 5% short of requested)` : '') +
        `, ${s.resources.length} resource sample(s)\n`,
    )
  }
  io.stdout(`wrote ${values.out}\n`)
  return ExitCode.Pass
}

/**
 * A repetition in which no request succeeded measured how fast the target fails, not how fast it serves: its
 * latencies would pass for a result. Refused, with the response codes that say what happened.
 */
function refuseFailedRun(r: Repetition, protocol: ScenarioSettings['protocol'], file: string): void {
  if (r.requests > 0 && r.errors < r.requests) return
  throw new InputError(
    `no request succeeded: ${r.errors} of ${r.requests} failed (response codes ${codeCounts([r], protocol) || 'none recorded'}; ` +
      `"-1" is a socket error); expected a run in which the target answered`,
    file,
  )
}

/**
 * The same run given twice (one file named twice, a copy, a reformatted copy) would count as two repetitions: twice
 * the evidence the run holds, which turns an undecided comparison into a verdict. A run is told by its content and by
 * the instant Fortio started it (StartTime, written to the nanosecond since 2017): two runs never share one.
 */
class SameRunCheck {
  private readonly byContent = new Map<string, string>()
  private readonly byStart = new Map<string, string>()

  refuseSecondCount(text: string, startTime: string | null, file: string): void {
    // The text parsed as JSON in importFortio: compared without its layout, so a reformatted copy is the same run.
    const content = JSON.stringify(JSON.parse(text))
    const sameContent = this.byContent.get(content)
    if (sameContent !== undefined) {
      throw new InputError(
        `the same Fortio run as ${sameContent} (the same content); a run counts as one repetition: give each run's file once`,
        file,
      )
    }
    const sameStart = startTime === null ? undefined : this.byStart.get(startTime)
    if (sameStart !== undefined) {
      throw new InputError(
        `the same Fortio run as ${sameStart} (both started at StartTime ${startTime}); a run counts as one repetition: give each run's file once`,
        file,
      )
    }
    this.byContent.set(content, file)
    if (startTime !== null) this.byStart.set(startTime, file)
  }
}

/** Non-success response codes and their counts over repetitions, e.g. `503×16, 429×7`. */
function codeCounts(reps: readonly Repetition[], protocol: ScenarioSettings['protocol']): string {
  const total = new Map<string, number>()
  for (const r of reps)
    for (const [code, n] of Object.entries(r.codes)) total.set(code, (total.get(code) ?? 0) + n)
  return [...total]
    .filter(([code]) => !isSuccess(code, protocol))
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code}×${n}`)
    .join(', ')
}

/**
 * The list options' files: `--opt a b c` gives `opt` three files. parseArgs keeps only the first value after an
 * option and leaves the rest as positionals, so each positional is given to the list option before it.
 */
function filesByListOption(tokens: readonly ArgToken[], lists: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  let current: string | null = null
  for (const t of tokens) {
    if (t.kind === 'option') {
      current = lists.includes(t.name) ? t.name : null
      if (current && t.value !== undefined) out.set(current, [...(out.get(current) ?? []), t.value])
    } else if (t.kind === 'positional') {
      if (!current) throw new UsageError(`unexpected argument '${t.value}'`, 'results')
      out.set(current, [...(out.get(current) ?? []), t.value])
    }
  }
  return out
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    throw new InputError(`cannot read (${ioReason(e)})`, file)
  }
}

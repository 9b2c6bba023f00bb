/** `mesh-mtls-gate results`: builds a results artifact from Fortio outputs and resource samples. */
import { readFile } from 'node:fs/promises'
import { InputError, ExitCode } from '../errors.js'
import { writeResults } from '../results/artifact.js'
import { buildResults } from '../results/build.js'
import { importFortio } from '../results/fortio.js'
import { newCpuHistory, parseResourcePayload } from '../resources/payloads.js'
import { parseCommandArgs, UsageError, type CommandIO } from './args.js'

export const RESULTS_HELP = `Usage: mesh-mtls-gate results --fortio FILE... [--scenario NAME] [--pod-metrics FILE...] --out RESULTS.json

Builds a results artifact (schema v1) from 'fortio load -json' outputs.

  --fortio FILE        a Fortio JSON result; repeat the option (or list files after it) for repetitions
  --scenario NAME      scenario name for every run (default: Fortio's Labels, else "default")
  --pod-metrics FILE   a resource sample: metrics.k8s.io PodMetrics/PodMetricsList JSON or kubelet stats/summary
                       JSON; one per repetition, in the same order, pairs each sample with its repetition
  --mesh NAME          mesh under test, recorded in the fingerprint (istio, istio-ambient, linkerd, cilium)
  --mesh-version V     mesh version, recorded in the fingerprint
  --kubernetes-version V, --node-image IMAGE   recorded in the fingerprint
  --out FILE           where to write the artifact (required)

Exit codes: 0 written, 2 bad input (the message names the file and field).`

export async function resultsCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'results',
    argv,
    {
      fortio: { type: 'string', multiple: true },
      scenario: { type: 'string' },
      'pod-metrics': { type: 'string', multiple: true },
      mesh: { type: 'string' },
      'mesh-version': { type: 'string' },
      'kubernetes-version': { type: 'string' },
      'node-image': { type: 'string' },
      out: { type: 'string' },
    },
    true,
  )
  if (values.help) {
    io.stdout(RESULTS_HELP + '\n')
    return ExitCode.Pass
  }
  // `--fortio a.json b.json c.json` (a shell glob) leaves the extra files as positionals.
  const fortioFiles = [...(values.fortio ?? []), ...positionals]
  if (fortioFiles.length === 0) throw new UsageError('--fortio FILE is required', 'results')
  if (!values.out) throw new UsageError('--out FILE is required', 'results')

  const runs = []
  for (const [i, file] of fortioFiles.entries()) runs.push(importFortio(await readText(file), file, i))
  const metricFiles = values['pod-metrics'] ?? []
  const paired = metricFiles.length === runs.length
  const history = newCpuHistory()
  const samples = []
  for (const [i, file] of metricFiles.entries()) {
    samples.push(parseResourcePayload(await readText(file), file, paired ? i : null, history))
  }
  const results = buildResults(runs, samples, {
    scenario: values.scenario,
    mesh: values.mesh ? { name: values.mesh, version: values['mesh-version'] ?? null, profile: null } : null,
    kubernetesVersion: values['kubernetes-version'] ?? null,
    nodeImage: values['node-image'] ?? null,
    runnerName: process.env.RUNNER_NAME ?? null,
  })
  await writeResults(values.out, results)
  for (const s of results.scenarios) {
    const p99s = s.repetitions.map((r) => (r.latency.percentiles['99'] * 1000).toPrecision(4))
    const saturated = s.repetitions.filter((r) => r.saturated).length
    io.stdout(
      `scenario ${s.name}: ${s.repetitions.length} repetition(s), p99 ${p99s.join(', ')} ms` +
        (saturated ? `, ${saturated} saturated (actual QPS > 5% short of requested)` : '') +
        `, ${s.resources.length} resource sample(s)\n`,
    )
  }
  io.stdout(`wrote ${values.out}\n`)
  return ExitCode.Pass
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    throw new InputError(`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file)
  }
}

/** Assembles a results artifact from imported Fortio runs and resource samples. */
import { arch, platform } from 'node:os'
import { InputError } from '../errors.js'
import type { ImportedRun } from './fortio.js'
import {
  RESULTS_SCHEMA_VERSION,
  type Fingerprint,
  type ResourceSample,
  type Results,
  type ScenarioResults,
} from './schema.js'
import { TOOL_VERSION } from '../version.js'

export interface BuildOptions {
  /** Overrides Fortio's Labels as the scenario name for every run. */
  scenario?: string
  mesh?: Fingerprint['mesh']
  /** The downloaded tools and their verified digests. */
  tools?: Fingerprint['tools']
  kubernetesVersion?: string | null
  nodeImage?: string | null
  runnerName?: string | null
  now?: Date
  /** Sequential stopping's maximum repetitions per side (ScenarioResults.maxRepetitions). */
  maxRepetitions?: number | null
}

/**
 * Groups runs into scenarios by name (the `--scenario` option, else Fortio's Labels, else "default"), keeping
 * their order as repetitions. Resource samples belong to the single scenario; with several scenarios they must
 * say which one through `--scenario`, so they are refused rather than guessed.
 */
export function buildResults(
  runs: ImportedRun[],
  samples: ResourceSample[],
  options: BuildOptions = {},
): Results {
  if (runs.length === 0) throw new InputError('no Fortio results given (--fortio FILE...)')
  const scenarios = new Map<string, ScenarioResults>()
  for (const run of runs) {
    const name = options.scenario ?? (run.label || 'default')
    let s = scenarios.get(name)
    if (!s) {
      s = { name, settings: run.settings, repetitions: [], resources: [] }
      if (options.maxRepetitions) s.maxRepetitions = options.maxRepetitions
      scenarios.set(name, s)
    } else {
      // The URL too: runs against another target (another path, another query's delay or status) measured another thing.
      for (const key of [
        'protocol',
        'qps',
        'connections',
        'durationSeconds',
        'payloadBytes',
        'url',
      ] as const) {
        if (JSON.stringify(s.settings[key]) !== JSON.stringify(run.settings[key])) {
          throw new InputError(
            `scenario '${name}': ${key} is ${JSON.stringify(run.settings[key])} here but ${JSON.stringify(s.settings[key])} in ${s.repetitions[0].source}; repetitions of one scenario must use the same settings`,
            run.repetition.source,
          )
        }
      }
    }
    s.repetitions.push({ ...run.repetition, index: s.repetitions.length })
  }
  if (samples.length > 0) {
    if (scenarios.size > 1) {
      throw new InputError(
        `resource samples given with ${scenarios.size} scenarios (${[...scenarios.keys()].join(', ')}); build one scenario at a time with --scenario`,
      )
    }
    const only = [...scenarios.values()][0]
    only.resources = samples
  }
  const versions = [...new Set(runs.map((r) => r.fortioVersion))]
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: 'mesh-mtls-gate', version: TOOL_VERSION },
    createdAt: (options.now ?? new Date()).toISOString(),
    fingerprint: {
      tools: options.tools ?? [],
      mesh: options.mesh ?? null,
      kubernetesVersion: options.kubernetesVersion ?? null,
      nodeImage: options.nodeImage ?? null,
      runner: { os: platform(), arch: arch(), name: options.runnerName ?? null },
      fortio: {
        version: versions.length === 1 ? versions[0] : versions.join(','),
        flags: runs[0].fortioFlags,
      },
    },
    scenarios: [...scenarios.values()],
    mtls: null,
  }
}

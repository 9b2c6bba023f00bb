/** `mesh-mtls-gate compare`: the verdict of current results against a baseline. */
import { loadDefaultGateConfig, loadGateConfig, overrideThresholds } from '../config/gate-config.js'
import { DEFAULT_CONFIG_PATH } from '../constants.js'
import { exitCodeFor } from '../compare/exit.js'
import { DEFAULT_FAIL_ON, FAIL_ON } from '../vocabulary.js'
import { thresholdsForAbsentScenarios } from '../compare/common.js'
import { comparisonJson } from '../compare/json.js'
import { comparableResults } from '../compare/verdict.js'
import { ExitCode, InputError } from '../errors.js'
import { readResults } from '../results/artifact.js'
import { renderReport } from '../report/markdown.js'
import { oneOf, parseCommandArgs, UsageError, type CommandIO } from './args.js'

export const COMPARE_HELP = `Usage: mesh-mtls-gate compare --baseline A.json --current B.json [--config gate.yaml] [--format markdown|json]
                              [--max-repetitions N]

Compares two results artifacts and prints the verdict: regression, pass or inconclusive.

  --baseline FILE      results of the base branch (or the A side of an A/B run)
  --current FILE       results of the pull request
  --config FILE        gate config (thresholds, statistics, cost); default ${DEFAULT_CONFIG_PATH} if present, else
                       p99 +10%, proxy CPU +15%, proxy memory +10%, error rate +0.1pt, false-alarm rate 1%
  --thresholds YAML    overrides, e.g. 'latency-p99: +5%'
  --format FORMAT      markdown (default) or json
  --fail-on WHEN       regression (default), inconclusive, never
  --max-repetitions N  sequential stopping: this is one look of a run that may take up to N repetitions per
                       side (default: the config's statistics.max-repetitions; none: one fixed look). The JSON
                       then says "next": "continue" while another block may still decide, else "stop"

Exit codes: 0 pass (and inconclusive unless --fail-on inconclusive), 1 regression, 2 bad input.`

/** The options of `compare` (the docs test checks the README and --help against them). */
export const COMPARE_OPTIONS = {
  baseline: { type: 'string' },
  current: { type: 'string' },
  config: { type: 'string' },
  thresholds: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'max-repetitions': { type: 'string' },
} as const

export async function compareCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommandArgs('compare', argv, COMPARE_OPTIONS)
  if (values.help) {
    io.stdout(COMPARE_HELP + '\n')
    return ExitCode.Pass
  }
  if (!values.baseline) throw new UsageError('--baseline FILE is required', 'compare')
  if (!values.current) throw new UsageError('--current FILE is required', 'compare')
  const format = oneOf('compare', 'format', values.format, ['markdown', 'json'] as const, 'markdown')
  const failOn = oneOf('compare', 'fail-on', values['fail-on'], FAIL_ON, DEFAULT_FAIL_ON)

  // The same gate config as `run` and the action read: --config, else the default file when it exists.
  let config = values.config ? await loadGateConfig(values.config) : await loadDefaultGateConfig()
  if (values.thresholds) config = overrideThresholds(config, values.thresholds, '--thresholds')
  const baseline = await readResults(values.baseline)
  const current = await readResults(values.current)
  const maxRepetitions =
    values['max-repetitions'] === undefined
      ? config.maxRepetitions
      : parseMaxRepetitions(values['max-repetitions'])
  const r = comparableResults(baseline, current, config, { maxRepetitions })
  if ('disjoint' in r)
    throw new UsageError(`${values.baseline} and ${values.current}: ${r.disjoint}`, 'compare')
  const ignored = thresholdsForAbsentScenarios(config, baseline, current)
  if (ignored.length > 0) throw new InputError(ignored.join('; '), values.config ?? DEFAULT_CONFIG_PATH)
  if ('refused' in r) {
    throw new InputError(
      `the runs measured different things and cannot be compared:\n  - ${r.refused.join('\n  - ')}`,
      values.current,
    )
  }
  const { comparison } = r
  if (format === 'json') io.stdout(JSON.stringify(comparisonJson(comparison), null, 2) + '\n')
  else io.stdout(renderReport(comparison, { cost: config.cost }) + '\n')
  return exitCodeFor(comparison.verdict, failOn)
}

function parseMaxRepetitions(text: string): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN
  if (!Number.isInteger(n) || n < 4)
    throw new UsageError(`--max-repetitions: expected a whole number of at least 4, got '${text}'`, 'compare')
  return n
}

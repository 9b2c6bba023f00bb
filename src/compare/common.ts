/**
 * Two artifacts that share no scenario have nothing to compare. Calling that "inconclusive" would let a required
 * check pass on a wrong file (exit 0), so it is a usage error: the message lists both sides' scenarios.
 */
import type { GateConfig } from '../config/gate-config.js'
import type { Results } from '../results/schema.js'

/** Why the two artifacts cannot be compared at all, or null when they share at least one scenario. */
export function noScenarioInCommon(baseline: Results, current: Results): string | null {
  const base = new Set(baseline.scenarios.map((s) => s.name))
  if (current.scenarios.some((s) => base.has(s.name))) return null
  const list = (r: Results) => r.scenarios.map((s) => `'${s.name}'`).join(', ') || 'none'
  return (
    `no scenario in common: the baseline has ${list(baseline)}, the current results have ${list(current)}; ` +
    'expected two artifacts of the same scenarios (same gate config, or --scenario NAME when building them)'
  )
}

/**
 * The gate config's per-scenario thresholds for scenarios that neither artifact has: each would be ignored without a
 * word (a typo, or the config of other results). One message per scenario, naming its field in the config.
 */
export function thresholdsForAbsentScenarios(
  config: Pick<GateConfig, 'scenarioThresholds' | 'scenarios'>,
  baseline: Results,
  current: Results,
): string[] {
  const measured = new Set([...baseline.scenarios, ...current.scenarios].map((s) => s.name))
  const list = [...measured].map((n) => `'${n}'`).join(', ') || 'none'
  return Object.keys(config.scenarioThresholds)
    .filter((name) => !measured.has(name))
    .map((name) => {
      const index = config.scenarios.findIndex((s) => s.name === name)
      return (
        `field 'scenarios[${index}].thresholds' sets thresholds for scenario '${name}', which neither results ` +
        `artifact has (they have ${list}): they would be ignored`
      )
    })
}

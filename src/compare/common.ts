/**
 * Two artifacts that share no scenario have nothing to compare. Calling that "inconclusive" would let a required
 * check pass on a wrong file (exit 0), so it is a usage error: the message lists both sides' scenarios.
 */
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

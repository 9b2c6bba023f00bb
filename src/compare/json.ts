/** The comparison as the stable JSON that `compare --format json` prints and scripts consume. */
import type { Comparison } from './verdict.js'

export function comparisonJson(c: Comparison): object {
  return {
    verdict: c.verdict,
    confidence: c.confidence,
    falseAlarmRate: c.falseAlarmRate,
    gatedTests: c.gatedTests,
    metrics: c.metrics.map((m) => ({
      scenario: m.scenario,
      metric: m.metric,
      unit: m.unit,
      baseline: m.baseline,
      current: m.current,
      change: m.change,
      changeKind: m.changeKind,
      interval: m.interval,
      verdict: m.verdict,
      threshold: m.threshold,
      reason: m.reason,
      repetitions: m.repetitions,
    })),
    fingerprint: c.fingerprint,
    notes: c.notes,
  }
}

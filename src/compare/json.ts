/** The comparison as the stable JSON that `compare --format json` prints and scripts consume. */
import type { Comparison } from './verdict.js'

export function comparisonJson(c: Comparison): object {
  return {
    verdict: c.verdict,
    // paired: same-run repetitions compared side by side in time; independent: two separate samples.
    design: c.design,
    // Only with --max-repetitions: continue while another block may still decide and the maximum is not reached.
    ...(c.next === null ? {} : { next: c.next }),
    confidence: c.confidence,
    falseAlarmRate: c.falseAlarmRate,
    falsePassRate: c.falsePassRate,
    gatedTests: c.gatedTests,
    scenarios: c.scenarios.map((s) => ({
      scenario: s.scenario,
      design: s.design,
      designReason: s.designReason,
      // paired only: interleaved (the sides took turns) or simultaneous (both loaded at once, repetition i with i).
      arrangement: s.arrangement,
      repetitions: s.look.repetitions,
      maxRepetitions: s.look.maxRepetitions,
      look: {
        index: s.look.index,
        of: s.look.looks,
        falseAlarmRateSpent: s.look.alpha,
        falsePassRateSpent: s.look.passAlpha,
        scheduled: s.look.scheduled,
      },
      confidence: s.confidence,
      ...(s.next === null ? {} : { next: s.next }),
      why: s.why,
    })),
    metrics: c.metrics.map((m) => ({
      scenario: m.scenario,
      metric: m.metric,
      unit: m.unit,
      // new: a data plane the baseline has none of, judged alone against a cap (interval and passBound of its value).
      basis: m.basis,
      baseline: m.baseline,
      current: m.current,
      change: m.change,
      changeKind: m.changeKind,
      interval: m.interval,
      confidence: m.confidence,
      passBound: m.passBound,
      passConfidence: m.passConfidence,
      // Whose standard error passBound uses: pairs (as the interval), groups (the pairs' groups in time order with
      // their lag-1 autocovariance, when larger: drift that neighbouring pairs share), independent, one-sample.
      passBasis: m.passBasis,
      passDegreesOfFreedom: m.passDegreesOfFreedom,
      verdict: m.verdict,
      threshold: m.threshold,
      reason: m.reason,
      repetitions: m.repetitions,
      design: m.design,
      minimumDetectableChange: m.mde,
    })),
    fingerprint: c.fingerprint,
    notes: c.notes,
  }
}

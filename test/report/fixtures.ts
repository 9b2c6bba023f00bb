/** Comparisons built by hand for the report tests, so they do not depend on the statistics. */
import type { Comparison, MetricComparison } from '../../src/compare/verdict.js'
import { METRIC_INFO, type MetricName } from '../../src/config/thresholds.js'

export function metric(
  scenario: string,
  name: MetricName,
  fields: Partial<Omit<MetricComparison, 'scenario' | 'metric'>>,
): MetricComparison {
  const info = METRIC_INFO[name]
  return {
    scenario,
    metric: name,
    unit: info.unit,
    basis: 'change',
    baseline: null,
    current: null,
    change: null,
    changeKind: info.scale,
    interval: null,
    verdict: 'info',
    threshold: 'not gated',
    reason: 'not gated',
    repetitions: { baseline: 5, current: 5 },
    confidence: 0.98,
    passBound: null,
    passConfidence: 0.95,
    passBasis: 'independent',
    passDegreesOfFreedom: null,
    design: 'independent',
    mde: null,
    ...fields,
  }
}

export function comparison(metrics: MetricComparison[], fields: Partial<Comparison> = {}): Comparison {
  // As compareResults counts them: gated metrics with an interval, except one that is the same constant on both
  // sides (an error rate of 0 against 0, interval [0, 0]), which is decided without a test.
  const gatedTests = metrics.filter(
    (m) => m.verdict !== 'info' && m.interval !== null && !(m.interval[0] === 0 && m.interval[1] === 0),
  ).length
  return {
    verdict: 'pass',
    metrics,
    confidence: 1 - (2 * 0.01) / Math.max(gatedTests, 1),
    falseAlarmRate: 0.01,
    falsePassRate: 0.05,
    gatedTests,
    design: 'independent',
    scenarios: [],
    next: null,
    fingerprint: { refused: [], flagged: [] },
    notes: [],
    paths: [],
    coverage: [],
    layout: null,
    ...fields,
  }
}

/** A scenario where every gated metric passes and nothing moved much. */
export function passingScenario(name: string): MetricComparison[] {
  const pass = { verdict: 'pass' as const, reason: null }
  return [
    metric(name, 'latency-p50', { baseline: 0.142, current: 0.145, change: 0.021, interval: [-0.01, 0.05] }),
    metric(name, 'latency-p90', { baseline: 0.61, current: 0.62, change: 0.016, interval: [-0.02, 0.05] }),
    metric(name, 'latency-p99', {
      ...pass,
      baseline: 1.93,
      current: 1.95,
      change: 0.01,
      interval: [-0.03, 0.05],
      threshold: '+10%',
    }),
    metric(name, 'error-rate', {
      ...pass,
      baseline: 0,
      current: 0,
      change: 0,
      interval: [0, 0],
      threshold: '+0.1pt',
    }),
    metric(name, 'qps', { baseline: 1000, current: 999.6, change: -0.0004, interval: [-0.001, 0.0002] }),
    metric(name, 'proxy-cpu', {
      ...pass,
      baseline: 12.3,
      current: 12.5,
      change: 0.016,
      interval: [-0.04, 0.07],
      threshold: '+15%',
    }),
    metric(name, 'proxy-memory', {
      ...pass,
      baseline: 85.1,
      current: 85.3,
      change: 0.002,
      interval: [-0.01, 0.015],
      threshold: '+10%',
    }),
  ]
}

/** echo-1k regresses on p99 and proxy CPU; grpc-small passes. */
export function regressionComparison(): Comparison {
  const s = 'echo-1k'
  const metrics: MetricComparison[] = [
    metric(s, 'latency-p50', { baseline: 0.812, current: 0.86, change: 0.059, interval: [0.02, 0.1] }),
    metric(s, 'latency-p90', { baseline: 2.41, current: 2.63, change: 0.091, interval: [0.04, 0.14] }),
    metric(s, 'latency-p99', {
      verdict: 'regression',
      reason: null,
      baseline: 8.74,
      current: 9.815,
      change: 0.123,
      interval: [0.081, 0.166],
      threshold: '+10%',
    }),
    metric(s, 'latency-p999', { baseline: 15.2, current: 17.9, change: 0.178, interval: [0.05, 0.32] }),
    metric(s, 'error-rate', {
      verdict: 'inconclusive',
      reason: 'the interval is too wide to tell: more repetitions or less noise needed',
      baseline: 0.02,
      current: 0.09,
      change: 0.07,
      interval: [-0.03, 0.17],
      threshold: '+0.1pt',
    }),
    metric(s, 'qps', { baseline: 1000, current: 998.2, change: -0.0018, interval: [-0.004, 0.0005] }),
    metric(s, 'proxy-cpu', {
      verdict: 'regression',
      reason: null,
      baseline: 41.2,
      current: 52.7,
      change: 0.279,
      interval: [0.2, 0.36],
      threshold: '+15%',
    }),
    metric(s, 'proxy-memory', {
      verdict: 'pass',
      reason: null,
      baseline: 85.1,
      current: 86.4,
      change: 0.015,
      interval: [0.004, 0.026],
      threshold: '+10%',
    }),
    ...passingScenario('grpc-small'),
  ]
  return comparison(metrics, {
    verdict: 'regression',
    fingerprint: { refused: [], flagged: ['Kubernetes version: baseline v1.30.4, current v1.31.0'] },
    notes: ["Scenario 'h2-burst' is in the baseline only: not compared."],
  })
}

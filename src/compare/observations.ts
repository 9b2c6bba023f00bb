/**
 * Turns a scenario's results into per-repetition observations of each metric: the data the statistics use.
 * Each repetition (or resource sample) is one observation, because repetitions, not requests, are independent
 * draws of the run-to-run noise that decides whether a change is real.
 */
import { METRIC_INFO, type MetricName } from '../config/thresholds.js'
import { mergeHistograms, percentile } from '../results/histogram.js'
import type { Repetition, ResourceSample, ScenarioResults } from '../results/schema.js'

const LATENCY_PERCENTILE: Partial<Record<MetricName, number>> = {
  'latency-p50': 50,
  'latency-p90': 90,
  'latency-p99': 99,
  'latency-p999': 99.9,
}

export function observations(scenario: ScenarioResults, metric: MetricName): number[] {
  return observationsByRepetition(scenario, metric).map((o) => o.value)
}

/** One observation and the repetition (its position in `repetitions`) it was made in, when known. */
export interface Observation {
  value: number
  repetition: number | null
}

/** The observations with their repetitions, so that a paired analysis can match them across the sides. */
export function observationsByRepetition(scenario: ScenarioResults, metric: MetricName): Observation[] {
  const perRepetition = (f: (r: Repetition) => number) =>
    scenario.repetitions.map((r, i) => ({ value: f(r), repetition: i }))
  const p = LATENCY_PERCENTILE[metric]
  if (p !== undefined) {
    return perRepetition(
      (r) => 1000 * (r.latency.percentiles[String(p)] ?? percentile(r.latency.histogram, p)),
    )
  }
  switch (metric) {
    case 'error-rate':
      return perRepetition((r) => (r.requests === 0 ? 100 : (100 * r.errors) / r.requests))
    case 'qps':
      return perRepetition((r) => r.actualQps)
    case 'proxy-cpu':
      return perMeshedPod(scenario.resources, 'cpuMillicores')
    case 'proxy-memory':
      return perMeshedPod(scenario.resources, 'memoryMiB')
  }
  throw new Error(`no observations defined for ${metric} (${METRIC_INFO[metric].unit})`)
}

/** The pooled value over all repetitions (latencies from the merged histogram), for the report's columns. */
export function pooled(scenario: ScenarioResults, metric: MetricName): number | null {
  const p = LATENCY_PERCENTILE[metric]
  if (p !== undefined) {
    const merged = mergeHistograms(scenario.repetitions.map((r) => r.latency.histogram))
    return merged.count === 0 ? null : 1000 * percentile(merged, p)
  }
  if (metric === 'error-rate') {
    const requests = scenario.repetitions.reduce((a, r) => a + r.requests, 0)
    const errors = scenario.repetitions.reduce((a, r) => a + r.errors, 0)
    return requests === 0 ? null : (100 * errors) / requests
  }
  const xs = observations(scenario, metric)
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length
}

/**
 * Data-plane cost per meshed pod in one sample: sidecar proxies plus node-level agents (ztunnel, cilium-agent...)
 * amortised over the meshed pods. A meshed pod is one with a sidecar; with no sidecars at all (ambient, Cilium),
 * the app pods are the ones the node-level data plane serves.
 */
function perMeshedPod(
  samples: readonly ResourceSample[],
  field: 'cpuMillicores' | 'memoryMiB',
): Observation[] {
  const out: Observation[] = []
  for (const s of samples) {
    const dataPlane = s.containers.filter((c) => c.role !== 'app')
    if (dataPlane.length === 0) continue
    const proxyPods = new Set(
      s.containers.filter((c) => c.role === 'proxy').map((c) => `${c.namespace}/${c.pod}`),
    )
    const appPods = new Set(
      s.containers.filter((c) => c.role === 'app').map((c) => `${c.namespace}/${c.pod}`),
    )
    const meshedPods = proxyPods.size > 0 ? proxyPods.size : appPods.size
    if (meshedPods === 0) continue
    out.push({ value: dataPlane.reduce((a, c) => a + c[field], 0) / meshedPods, repetition: s.repetition })
  }
  return out
}

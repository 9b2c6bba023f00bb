/**
 * The Prometheus text exposition format as pods serve it (mesh proxies, node agents), read through the API server's
 * pod proxy: one parser for every reader (the telemetry's counters, an installer's readiness gauges).
 */
import parsePrometheusTextFormat from 'parse-prometheus-text-format'

export interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

/** A payload that is not the Prometheus text format (an HTML error page, a truncated body). */
export class PrometheusTextError extends Error {
  override name = 'PrometheusTextError'
}

/**
 * Samples of a Prometheus text exposition, parsed by parse-prometheus-text-format (a port of the Python client's
 * parser). Histograms and summaries come back as families; only counters, gauges and untyped samples are kept, which
 * is all its readers need. The library drops what it cannot read without a word, so a payload with
 * sample lines and no sample read is refused here.
 */
export function parsePrometheusText(text: string, source: string): Sample[] {
  // The text format's comments are any line starting with `#`; the library reads a bare `#` (as a Linkerd proxy
  // writes around its banner) as a sample, and skips a last line without a newline. Both are fixed up first.
  const body = `${text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l) || /^\s*# (HELP|TYPE) /.test(l))
    .join('\n')}\n`
  const out: Sample[] = []
  const bad: string[] = []
  for (const family of parsePrometheusTextFormat(body)) {
    // The library takes any first word for a name and any second for a value (`<html><body>502 Bad ...` is a
    // "metric"): a name outside the format's grammar or a value that is no number means the body is something else.
    if (!METRIC_NAME.test(family.name)) {
      bad.push(family.name)
      continue
    }
    if (family.type === 'HISTOGRAM' || family.type === 'SUMMARY') continue
    for (const m of family.metrics) {
      const value = sampleValue(m.value)
      if (value === null) bad.push(`${family.name} ${String(m.value)}`)
      else out.push({ name: family.name, labels: { ...(m.labels ?? {}) }, value })
    }
  }
  const sampleLines = body.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).length
  if (
    bad.length > 0 ||
    (sampleLines > 0 && out.length === 0 && !/^# TYPE \S+ (histogram|summary)/m.test(body))
  ) {
    const first = bad[0] ?? body.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#'))!
    throw new PrometheusTextError(
      `${source}: not the Prometheus text format (${bad.length || sampleLines} unreadable line(s); first: ${first.slice(0, 80)})`,
    )
  }
  return out
}

/** prometheus.io/docs/concepts/data_model: metric names match [a-zA-Z_:][a-zA-Z0-9_:]*. */
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/

/** A sample value: a Go float, including NaN, +Inf and -Inf (text format: "value is a float"). */
function sampleValue(text: string | undefined): number | null {
  if (text === undefined) return null
  if (/^[+-]?Inf$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity
  if (text === 'NaN') return NaN
  const n = Number(text)
  return text.trim() === '' || Number.isNaN(n) ? null : n
}

/** Types for parse-prometheus-text-format 1.1.1 (the package ships none): prom2json's output shape. */
declare module 'parse-prometheus-text-format' {
  interface Metric {
    value?: string
    labels?: Record<string, string>
    buckets?: Record<string, string>
    quantiles?: Record<string, string>
    count?: string
    sum?: string
  }
  interface Family {
    name: string
    help: string
    type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED'
    metrics: Metric[]
  }
  export default function parsePrometheusTextFormat(text: string): Family[]
}

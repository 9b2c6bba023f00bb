/**
 * Histogram arithmetic on Fortio's bucket format. Pure functions: no I/O.
 *
 * Percentiles follow Fortio's own interpolation (stats.HistogramData.CalcPercentile) so that a percentile computed
 * here from one repetition's buckets equals the value Fortio printed, and pooled repetitions are read the same way.
 */
import type { HistogramBucket, LatencyHistogram } from './schema.js'

/**
 * The value below which `percentile`% of the samples fall, interpolated linearly inside the bucket that holds it.
 * Like Fortio: the first 1/count of the distribution is the minimum, 100 is the maximum.
 */
export function percentile(h: LatencyHistogram, p: number): number {
  if (h.count === 0 || h.buckets.length === 0) throw new RangeError('percentile of an empty histogram')
  if (p >= 100) return h.max
  let previous = 100 / h.count
  if (p <= previous) return h.min
  let cumulative = 0
  for (const b of h.buckets) {
    cumulative += b.count
    const percent = (100 * cumulative) / h.count
    if (p <= percent) return b.start + ((p - previous) / (percent - previous)) * (b.end - b.start)
    previous = percent
  }
  return h.max
}

/**
 * Pools histograms (repetitions of one scenario) into one. Fortio's bucket edges come from a fixed grid, except
 * that the first starts at the run's minimum and the last ends at its maximum; so buckets are split on the union
 * of all edges and each bucket's count is spread over its pieces in proportion to their width, the same
 * within-bucket uniformity that the percentile interpolation assumes. Counts stay integers by largest remainder.
 */
export function mergeHistograms(histograms: readonly LatencyHistogram[]): LatencyHistogram {
  const nonEmpty = histograms.filter((h) => h.count > 0)
  if (nonEmpty.length === 0) return { count: 0, min: 0, max: 0, sum: 0, buckets: [] }
  const edges = [...new Set(nonEmpty.flatMap((h) => h.buckets.flatMap((b) => [b.start, b.end])))].sort(
    (a, b) => a - b,
  )
  const counts = new Array<number>(Math.max(edges.length - 1, 1)).fill(0)
  const index = new Map(edges.map((e, i) => [e, i]))
  for (const h of nonEmpty) {
    for (const b of h.buckets) addSpread(counts, edges, index.get(b.start)!, index.get(b.end)!, b)
  }
  const buckets: HistogramBucket[] = []
  if (edges.length === 1)
    buckets.push({ start: edges[0], end: edges[0], count: sum(nonEmpty.map((h) => h.count)) })
  else
    counts.forEach((count, i) => {
      if (count > 0) buckets.push({ start: edges[i], end: edges[i + 1], count })
    })
  return {
    count: sum(nonEmpty.map((h) => h.count)),
    min: Math.min(...nonEmpty.map((h) => h.min)),
    max: Math.max(...nonEmpty.map((h) => h.max)),
    sum: sum(nonEmpty.map((h) => h.sum)),
    buckets,
  }
}

function addSpread(counts: number[], edges: number[], from: number, to: number, b: HistogramBucket): void {
  if (to <= from) {
    // A zero-width bucket (all samples at one value): it belongs to the piece that starts there.
    counts[Math.min(from, counts.length - 1)] += b.count
    return
  }
  const width = b.end - b.start
  const shares = []
  for (let i = from; i < to; i++) shares.push({ i, exact: (b.count * (edges[i + 1] - edges[i])) / width })
  let given = 0
  for (const s of shares) {
    const whole = Math.floor(s.exact)
    counts[s.i] += whole
    given += whole
  }
  shares.sort((x, y) => y.exact - Math.floor(y.exact) - (x.exact - Math.floor(x.exact)))
  for (let k = 0; given < b.count; k++, given++) counts[shares[k % shares.length].i] += 1
}

/** Multiplies every latency by `factor`: what a uniform slowdown does to a histogram (used by the benchmark). */
export function scaleHistogram(h: LatencyHistogram, factor: number): LatencyHistogram {
  return {
    count: h.count,
    min: h.min * factor,
    max: h.max * factor,
    sum: h.sum * factor,
    buckets: h.buckets.map((b) => ({ start: b.start * factor, end: b.end * factor, count: b.count })),
  }
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0)
}

/**
 * Design exploration for the quick profile's budget: which layout of repetitions, switches and analysis gives the
 * best verdicts within the same worst-case load time. Unlike `compare-bench.ts`, which runs the real compare on real
 * Fortio histograms for the chosen design, this re-states the compare's rules on numbers alone (log p99 per
 * repetition; pairing like `compare/design.ts`, power-family spending of α and β like `compare/sequential.ts`,
 * regression and pass like `compare/decide.ts`), so that many candidate designs can be tried in seconds. The
 * chosen design's row agrees with the real bench within a point or two (docs/statistics.md).
 *
 *   npm run bench   (compiles it), then   node build/bench/bench/designs.js
 *
 * Within-run p99 noise: 2.5% for a 10 s repetition (the bench's quiet pool), scaled by √(10 s / length): the
 * sampling error of a quantile falls with the square root of the samples. Seeded: the same table every time.
 */
import { interleaving } from '../src/load/runner.js'
import { mean, tQuantile, variance } from '../src/compare/stats.js'
import { ar1, independent, Random, type NoiseModel } from './trials.js'

interface Design {
  name: string
  /** Maximum repetitions per side, their length (s), repetitions per side between switches. */
  n: number
  seconds: number
  segment: number
  /** Looks: the first, then every `block` repetitions per side, and the maximum. */
  first: number
  block: number
  /** Pairs further apart than this are not neighbours (`MAX_PAIR_GAP`). */
  gap: number
  /** One observation per switch (cluster) instead of per pair. */
  cluster?: boolean
  /** Pass at the false-alarm rate (the former rule) instead of the false-pass rate. */
  oldPass?: boolean
}

const ALPHA = 0.01
const BETA = 0.05
const RHO = 3
const THRESHOLD = Math.log1p(0.1)
const WITHIN_10S = 0.025
const WARMUP = 10
const SWITCH = 60
const AA_TRIALS = 4000
const EFFECT_TRIALS = 2000
const SEED = 0x64657369

const DESIGNS: Design[] = [
  {
    name: 'former: A B B A, fixed, 1% pass',
    n: 5,
    seconds: 30,
    segment: 1,
    first: 5,
    block: 5,
    gap: 3,
    oldPass: true,
  },
  { name: 'A B B A, fixed', n: 5, seconds: 30, segment: 1, first: 5, block: 5, gap: 3 },
  { name: 'A B B A, sequential', n: 8, seconds: 7, segment: 1, first: 4, block: 2, gap: 3 },
  {
    name: 'A A B B B B A A, 1% pass (the branch before)',
    n: 12,
    seconds: 10,
    segment: 2,
    first: 4,
    block: 4,
    gap: 3,
    oldPass: true,
  },
  { name: '**A A B B B B A A (chosen)**', n: 12, seconds: 10, segment: 2, first: 4, block: 4, gap: 3 },
  {
    name: 'A A B B B B A A, cluster per switch',
    n: 12,
    seconds: 10,
    segment: 2,
    first: 4,
    block: 4,
    gap: 3,
    cluster: true,
  },
  { name: 'A A B B B B A A, 6 s', n: 14, seconds: 6, segment: 2, first: 4, block: 4, gap: 3 },
  { name: 'A A A B B B …', n: 15, seconds: 10, segment: 3, first: 6, block: 3, gap: 5 },
  { name: 'A A A A B B B B …', n: 16, seconds: 10, segment: 4, first: 4, block: 4, gap: 7 },
]

function worstCase(d: Design): number {
  return 2 * (WARMUP + d.n * d.seconds) + SWITCH * (Math.ceil(d.n / d.segment) + 1)
}

function schedule(d: Design): number[] {
  const looks: number[] = []
  for (let n = Math.min(d.first, d.n); n < d.n; n += d.block) looks.push(n)
  looks.push(d.n)
  return looks
}

const spent = (rate: number, t: number) => (t <= 0 ? 0 : t >= 1 ? rate : rate * t ** RHO)

/** Bracket pairing of the first n per side in time order, grouped by switch; null when not paired. */
function pairGroups(order: readonly string[], n: number, gap: number): Array<Array<[number, number]>> | null {
  const count: Record<string, number> = { base: 0, head: 0 }
  const items: Array<{ side: string; i: number; position: number }> = []
  for (const side of order)
    if (count[side] < n) items.push({ side, i: count[side]++, position: items.length })
  const open: typeof items = []
  const groups: Array<Array<[number, number]>> = []
  for (const x of items) {
    const top = open.at(-1)
    if (!top || top.side === x.side) {
      open.push(x)
      continue
    }
    open.pop()
    if (x.position - top.position > gap) return null
    const pair: [number, number] = top.side === 'base' ? [top.i, x.i] : [x.i, top.i]
    if (x.position - top.position === 1) groups.push([pair])
    else groups.at(-1)!.push(pair)
  }
  return open.length === 0 && groups.length >= 2 ? groups : null
}

function trial(
  d: Design,
  model: NoiseModel,
  effect: number,
  random: Random,
): { verdict: string; used: number } {
  const order = interleaving(d.n, ['base', 'head'], d.segment)
  const drift = model.draw(random, order.length)
  const within = WITHIN_10S * Math.sqrt(10 / d.seconds)
  const values: Record<string, number[]> = { base: [], head: [] }
  order.forEach((side, position) =>
    values[side].push(drift[position] + within * random.normal() + (side === 'head' ? Math.log(effect) : 0)),
  )
  let previous = 0
  for (const n of schedule(d)) {
    const a = spent(ALPHA, n / d.n) - spent(ALPHA, previous / d.n)
    const b = d.oldPass ? a : spent(BETA, n / d.n) - spent(BETA, previous / d.n)
    previous = n
    const [base, head] = [values.base.slice(0, n), values.head.slice(0, n)]
    const groups = pairGroups(order, n, d.gap)
    let estimate: number
    let se: number
    let df: number
    if (groups) {
      const diffs = d.cluster
        ? groups.map((g) => mean(g.map(([i, j]) => head[j] - base[i])))
        : groups.flat().map(([i, j]) => head[j] - base[i])
      estimate = mean(diffs)
      se = Math.sqrt(variance(diffs) / diffs.length)
      df = diffs.length - 1
    } else {
      const [vb, vc] = [variance(base) / n, variance(head) / n]
      estimate = mean(head) - mean(base)
      se = Math.sqrt(vb + vc)
      df = (vb + vc) ** 2 / (vb ** 2 / (n - 1) + vc ** 2 / (n - 1))
    }
    if (estimate - tQuantile(1 - a, df) * se > 0 && estimate >= THRESHOLD)
      return { verdict: 'regression', used: n }
    if (estimate + tQuantile(1 - b, df) * se < THRESHOLD) return { verdict: 'pass', used: n }
  }
  return { verdict: 'inconclusive', used: d.n }
}

function rates(d: Design, model: NoiseModel, effect: number, trials: number, seed: number) {
  const random = new Random(seed)
  const counts: Record<string, number> = { regression: 0, pass: 0, inconclusive: 0 }
  let used = 0
  for (let t = 0; t < trials; t++) {
    const o = trial(d, model, effect, random)
    counts[o.verdict]++
    used += o.used
  }
  return { regression: counts.regression / trials, pass: counts.pass / trials, used: used / trials }
}

const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)}%`
const models = [independent(0.05), ar1(0.1, 0.8, 0.03)]
const out: string[] = [
  `Designs within the quick profile's worst case (α ${ALPHA}, β ${BETA}, spending t^${RHO}, within-run p99 noise ${pct(WITHIN_10S)} at 10 s; ` +
    `${AA_TRIALS} A/A and ${EFFECT_TRIALS} trials per effect, seed 0x${SEED.toString(16)}):`,
  '',
  '| design | per side | worst case | noise | A/A false regression | A/A pass | +10% passed | +13% caught | +20% caught | repetitions used (A/A) |',
  '|---|---|---:|---|---:|---:|---:|---:|---:|---:|',
]
DESIGNS.forEach((d, di) => {
  models.forEach((m, mi) => {
    const seed = (SEED + 97 * di + 13 * mi) >>> 0
    const aa = rates(d, m, 1, AA_TRIALS, seed)
    const [e10, e13, e20] = [1.1, 1.13, 1.2].map((e, k) => rates(d, m, e, EFFECT_TRIALS, seed + 1 + k))
    out.push(
      `| ${d.name} | ${d.n} × ${d.seconds} s | ${worstCase(d)} s | ${m.name} | ${pct(aa.regression, 2)} | ${pct(aa.pass)} | ` +
        `${pct(e10.pass)} | ${pct(e13.regression)} | ${pct(e20.regression)} | ${aa.used.toFixed(1)} |`,
    )
  })
})
console.log(out.join('\n'))

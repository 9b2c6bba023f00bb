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
 * Two layouts. Alternating: the sides take turns (A A B B B B A A), and each repetition draws the noise model's
 * value at its own position in time. Simultaneous: both sides are loaded at once, repetition i of each started
 * together, so the two share the drift of their time window: the AR(1) component and a shared part of the
 * independent noise; the rest, and each side's own within-run p99 sampling noise, is not shared (how large, from
 * the loopback probe of issue 23, at SIMULTANEOUS below).
 *
 * Within-run p99 noise: 2.5% for a 10 s repetition (the bench's quiet pool), scaled by √(10 s / length): the
 * sampling error of a quantile falls with the square root of the samples. Seeded: the same table every time.
 */
import { interleaving } from '../src/load/runner.js'
import { groupSeriesInterval, mean, tQuantile, variance } from '../src/compare/stats.js'
import { pct, wilson } from './figures.js'
import { ar1, independent, Random, type NoiseModel } from './trials.js'

/**
 * How the pass bound's standard error is taken; the regression interval uses the pairs unless `regressionLikePass`.
 * pairs: the paired interval's (the rule before); groups: the switch groups' means; max: the larger of the two;
 * max, pairs df: the same with the pairs' degrees of freedom (a design-effect correction); chosen: the larger of
 * the pairs' and the groups' with their lag-1 autocovariance and G − 2 degrees of freedom (`groupSeriesInterval`,
 * what compare does); lag-1, G − 1 df: the same with one degree of freedom more.
 */
type PassRule = 'pairs' | 'groups' | 'max' | 'max, pairs df' | 'lag-1, G − 1 df' | 'chosen'

interface Design {
  name: string
  layout: 'alternating' | 'simultaneous'
  /** Maximum repetitions per side, their length (s), repetitions per side between switches (alternating). */
  n: number
  seconds: number
  segment: number
  /** Looks: the first, then every `block` repetitions per side, and the maximum. */
  first: number
  block: number
  /** Pairs further apart than this are not neighbours (`MAX_PAIR_GAP`). */
  gap: number
  pass: PassRule
  /** The regression interval takes the pass bound's standard error and degrees of freedom too. */
  regressionLikePass?: boolean
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
/** The false pass at the threshold is the promise under test: more trials (SE 0.2 points at 5%). */
const THRESHOLD_TRIALS = Number(process.env.DESIGNS_THRESHOLD_TRIALS ?? 10000)
const SEED = 0x64657369

/**
 * The simultaneous layout's noise, from the loopback probe of issue 23 (two Fortio pairs at 1000 QPS, 10 × 10 s
 * per design, a random on/off CPU burner beside them). SD of log(B/A) per repetition, simultaneous against
 * alternating: p50 0.080 against 0.126, p99 0.182 against 0.154.
 * - p50 has little sampling noise, so its ratio says how much of the machine's run-to-run noise both sides share
 *   when loaded together: (0.080 / 0.126)² = 40% of its variance is not shared, 60% is.
 * - p99 = machine noise + sampling noise. Taking the machine part of p99 as that of p50 (0.126² alternating, 40% of
 *   it simultaneous), the sampling part is 0.154² − 0.126² = 0.0078 alternating (SD 0.062 per side) and
 *   0.182² − 0.4·0.126² = 0.0267 simultaneous (SD 0.116 per side): two loads at once on one machine make each
 *   side's tail 1.87× as noisy, and none of that is shared.
 * The AR(1) drift (the slow part) is shared whole: both sides run in the same window.
 */
const SIMULTANEOUS = { sharedIndependent: 0.6, withinFactor: 0.116 / 0.062 }
/**
 * The probe itself as a noise model: per side and 10 s repetition, log p99 noise of SD 0.154/√2 alternating and
 * 0.182/√2 simultaneous, nothing else (it is all the probe saw); scaled by √(10 s / length) like sampling noise.
 */
const PROBE = { alternating: 0.154 / Math.SQRT2, simultaneous: 0.182 / Math.SQRT2 }

/** A noise model of the table: the bench's models by their parts, or the probe's. */
type Noise = { name: string; model: NoiseModel } | { name: string; probe: typeof PROBE }

const alternating = (name: string, pass: PassRule, extra: Partial<Design> = {}): Design => ({
  name,
  layout: 'alternating',
  n: 12,
  seconds: 10,
  segment: 2,
  first: 4,
  block: 4,
  gap: 3,
  pass,
  ...extra,
})

const simultaneous = (n: number, seconds: number, extra: Partial<Design> = {}): Design => ({
  name: `simultaneous, ${seconds} s`,
  layout: 'simultaneous',
  n,
  seconds,
  segment: 1,
  first: 4,
  block: 4,
  gap: 1,
  pass: 'chosen',
  ...extra,
})

const DESIGNS: Design[] = [
  alternating('former: A B B A, fixed, 1% pass', 'chosen', {
    n: 5,
    seconds: 30,
    segment: 1,
    first: 5,
    block: 5,
    oldPass: true,
  }),
  alternating('A B B A, fixed', 'chosen', { n: 5, seconds: 30, segment: 1, first: 5, block: 5 }),
  alternating('A B B A, sequential', 'chosen', { n: 8, seconds: 7, segment: 1, first: 4, block: 2 }),
  alternating('A A B B B B A A, 1% pass', 'chosen', { oldPass: true }),
  alternating('A A B B B B A A, pass by pairs (before)', 'pairs'),
  alternating('A A B B B B A A, pass by switch groups', 'groups'),
  alternating('A A B B B B A A, pass by max(pairs, groups)', 'max'),
  alternating('A A B B B B A A, pass by max(pairs, groups), pairs df', 'max, pairs df'),
  alternating('A A B B B B A A, pass by max(pairs, groups + lag-1), G − 1 df', 'lag-1, G − 1 df'),
  alternating('**A A B B B B A A, pass by max(pairs, groups + lag-1), G − 2 df (chosen)**', 'chosen'),
  alternating('A A B B B B A A, regression and pass as chosen', 'chosen', { regressionLikePass: true }),
  alternating('A A B B B B A A, cluster per switch', 'groups', { regressionLikePass: true }),
  alternating('A A B B B B A A, 6 s', 'chosen', { n: 14, seconds: 6 }),
  alternating('A A A B B B …', 'chosen', { n: 15, segment: 3, first: 6, block: 3, gap: 5 }),
  alternating('A A A A B B B B …', 'chosen', { n: 16, segment: 4, first: 4, block: 4, gap: 7 }),
  simultaneous(24, 10),
  simultaneous(32, 10),
  simultaneous(48, 10),
  simultaneous(64, 10, { name: '**simultaneous, 10 s (chosen)**' }),
  simultaneous(64, 10, { name: 'simultaneous, 10 s, looks every 8', block: 8, first: 8 }),
  simultaneous(64, 10, { name: 'simultaneous, 10 s, pass by pairs', pass: 'pairs' }),
  simultaneous(128, 5),
  simultaneous(32, 20),
]

function worstCase(d: Design): number {
  if (d.layout === 'simultaneous') return WARMUP + d.n * d.seconds
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

/** Log p99 of every repetition of both sides under the layout's noise, and the pairs' groups at n per side. */
function draw(d: Design, noise: Noise, effect: number, random: Random) {
  const scale = Math.sqrt(10 / d.seconds)
  const shift = Math.log(effect)
  if (d.layout === 'simultaneous') {
    const base: number[] = []
    const head: number[] = []
    if ('probe' in noise) {
      for (let w = 0; w < d.n; w++) {
        base.push(noise.probe.simultaneous * scale * random.normal())
        head.push(noise.probe.simultaneous * scale * random.normal() + shift)
      }
    } else {
      const { sigma, rho, tau } = noise.model.parts
      const drift = ar1(sigma, rho, 0).draw(random, d.n)
      const own = WITHIN_10S * scale * SIMULTANEOUS.withinFactor
      const [shared, unshared] = [
        tau * Math.sqrt(SIMULTANEOUS.sharedIndependent),
        tau * Math.sqrt(1 - SIMULTANEOUS.sharedIndependent),
      ]
      for (let w = 0; w < d.n; w++) {
        const common = drift[w] + shared * random.normal()
        base.push(common + unshared * random.normal() + own * random.normal())
        head.push(common + unshared * random.normal() + own * random.normal() + shift)
      }
    }
    const windows = Array.from({ length: d.n }, (_, i): Array<[number, number]> => [[i, i]])
    return { base, head, groupsAt: (n: number) => windows.slice(0, n) }
  }
  const order = interleaving(d.n, ['base', 'head'], d.segment)
  const values: Record<string, number[]> = { base: [], head: [] }
  const drift = 'probe' in noise ? null : noise.model.draw(random, order.length)
  const probe = 'probe' in noise ? noise.probe.alternating : 0
  order.forEach((side, position) => {
    const x =
      drift === null
        ? probe * scale * random.normal()
        : drift[position] + WITHIN_10S * scale * random.normal()
    values[side].push(x + (side === 'head' ? shift : 0))
  })
  return { base: values.base, head: values.head, groupsAt: (n: number) => pairGroups(order, n, d.gap) }
}

interface Spread {
  se: number
  df: number
}

/** The pass bound's standard error and degrees of freedom by the design's rule. */
function passSpread(rule: PassRule, pairs: Spread, groupDiffs: number[]): Spread {
  const groups = { se: Math.sqrt(variance(groupDiffs) / groupDiffs.length), df: groupDiffs.length - 1 }
  switch (rule) {
    case 'pairs':
      return pairs
    case 'groups':
      return groups
    case 'max':
      return groups.se > pairs.se ? groups : pairs
    case 'max, pairs df':
      return { se: Math.max(pairs.se, groups.se), df: pairs.df }
    case 'chosen':
    case 'lag-1, G − 1 df': {
      const series = groupSeriesInterval(groupDiffs, 0.95)
      if (series.se <= pairs.se) return pairs
      return { se: series.se, df: rule === 'chosen' ? series.df : groupDiffs.length - 1 }
    }
  }
}

function trial(d: Design, noise: Noise, effect: number, random: Random): { verdict: string; used: number } {
  const { base: allBase, head: allHead, groupsAt } = draw(d, noise, effect, random)
  let previous = 0
  for (const n of schedule(d)) {
    const a = spent(ALPHA, n / d.n) - spent(ALPHA, previous / d.n)
    const b = d.oldPass ? a : spent(BETA, n / d.n) - spent(BETA, previous / d.n)
    previous = n
    const [base, head] = [allBase.slice(0, n), allHead.slice(0, n)]
    const groups = groupsAt(n)
    let estimate: number
    let regression: Spread
    let pass: Spread
    if (groups) {
      const pairDiffs = groups.flat().map(([i, j]) => head[j] - base[i])
      const groupDiffs = groups.map((g) => mean(g.map(([i, j]) => head[j] - base[i])))
      estimate = mean(pairDiffs)
      const pairs = { se: Math.sqrt(variance(pairDiffs) / pairDiffs.length), df: pairDiffs.length - 1 }
      pass = passSpread(d.pass, pairs, groupDiffs)
      regression = d.regressionLikePass ? pass : pairs
    } else {
      const [vb, vc] = [variance(base) / n, variance(head) / n]
      estimate = mean(head) - mean(base)
      const se = Math.sqrt(vb + vc)
      regression = pass = { se, df: (vb + vc) ** 2 / (vb ** 2 / (n - 1) + vc ** 2 / (n - 1)) }
    }
    if (estimate - tQuantile(1 - a, regression.df) * regression.se > 0 && estimate >= THRESHOLD)
      return { verdict: 'regression', used: n }
    if (estimate + tQuantile(1 - b, pass.df) * pass.se < THRESHOLD) return { verdict: 'pass', used: n }
  }
  return { verdict: 'inconclusive', used: d.n }
}

function rates(d: Design, noise: Noise, effect: number, trials: number, seed: number) {
  const random = new Random(seed)
  const counts: Record<string, number> = { regression: 0, pass: 0, inconclusive: 0 }
  let used = 0
  for (let t = 0; t < trials; t++) {
    const o = trial(d, noise, effect, random)
    counts[o.verdict]++
    used += o.used
  }
  return { regression: counts.regression / trials, pass: counts.pass / trials, used: used / trials, trials }
}

const NOISES: Noise[] = [
  { name: 'independent 5%', model: independent(0.05) },
  { name: 'AR(1) 10% ρ 0.8 + 3%', model: ar1(0.1, 0.8, 0.03) },
  { name: 'loopback probe (issue 23)', probe: PROBE },
]
/** Other drift than the bench's, for the rules of the alternating layout only. */
const SENSITIVITY: Noise[] = [
  { name: 'AR(1) 10% ρ 0.5 + 3%', model: ar1(0.1, 0.5, 0.03) },
  { name: 'AR(1) 10% ρ 0.7 + 3%', model: ar1(0.1, 0.7, 0.03) },
  { name: 'AR(1) 20% ρ 0.7 + 3%', model: ar1(0.2, 0.7, 0.03) },
  { name: 'AR(1) 10% ρ 0.9 + 3%', model: ar1(0.1, 0.9, 0.03) },
]
const HEADER = [
  '| design | per side | worst case | noise | A/A false regression | A/A pass | +10% passed (95% upper) | +13% caught | +15% caught | +20% caught | repetitions used (A/A) |',
  '|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|',
]

function row(d: Design, di: number, noise: Noise, ni: number): string {
  const seed = (SEED + 97 * di + 13 * ni) >>> 0
  const aa = rates(d, noise, 1, AA_TRIALS, seed)
  const e10 = rates(d, noise, 1.1, THRESHOLD_TRIALS, seed + 1)
  const [e13, e15, e20] = [1.13, 1.15, 1.2].map((e, k) => rates(d, noise, e, EFFECT_TRIALS, seed + 2 + k))
  return (
    `| ${d.name} | ${d.n} × ${d.seconds} s | ${worstCase(d)} s | ${noise.name} | ${pct(aa.regression, 2)} | ${pct(aa.pass)} | ` +
    `${pct(e10.pass)} (${pct(wilson(Math.round(e10.pass * e10.trials), e10.trials)[1])}) | ${pct(e13.regression)} | ${pct(e15.regression)} | ` +
    `${pct(e20.regression)} | ${aa.used.toFixed(1)} |`
  )
}

/** `node designs.js REGEX` prints only the designs whose name matches. */
const only = process.argv[2] ? new RegExp(process.argv[2]) : null
const out: string[] = [
  `Designs within the quick profile's worst case (α ${ALPHA}, β ${BETA}, spending t^${RHO}, within-run p99 noise ` +
    `${pct(WITHIN_10S)} at 10 s; simultaneous: ${pct(SIMULTANEOUS.sharedIndependent, 0)} of the independent noise ` +
    `shared, own p99 noise ×${SIMULTANEOUS.withinFactor.toFixed(2)}; ${AA_TRIALS} A/A trials, ${THRESHOLD_TRIALS} at ` +
    `+10%, ${EFFECT_TRIALS} per other effect; seed 0x${SEED.toString(16)}):`,
  '',
  ...HEADER,
]
DESIGNS.forEach((d, di) => {
  if (!only || only.test(d.name)) NOISES.forEach((noise, ni) => out.push(row(d, di, noise, ni)))
})
out.push('', 'The alternating rules under other drift:', '', ...HEADER)
DESIGNS.forEach((d, di) => {
  if (d.layout === 'alternating' && (!only || only.test(d.name)) && /before|chosen/.test(d.name))
    SENSITIVITY.forEach((noise, ni) => out.push(row(d, di, noise, NOISES.length + ni)))
})
console.log(out.join('\n'))

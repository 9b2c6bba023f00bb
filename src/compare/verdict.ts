/**
 * The three-way verdict. For every metric of every scenario present on both sides:
 *
 * 1. each repetition is one observation; relative metrics are compared on the log scale, so the interval is one
 *    of the ratio of geometric means (a +12% change is a ratio of 1.12), the error rate on its own scale (points);
 * 2. when the sides were measured in the same run, interleaved or simultaneously, repetitions are paired by time
 *    and the interval is a paired t interval of the differences (slow drift cancels); otherwise a Welch t interval
 *    (`design.ts`);
 * 3. the family-wise false-alarm rate α is split equally over the scenarios and, within a scenario, over its gated
 *    metrics (Bonferroni); with a maximum number of repetitions the run may look after every block, and each
 *    look spends only its share of that (`sequential.ts`), so all looks together keep the promise;
 * 4. regression when the interval lies wholly on the worse side of zero AND the estimate passes the threshold
 *    (a real change that is also big enough); pass when the one-sided bound at this look's share of the
 *    false-pass rate β lies on the better side of the threshold (any change is smaller than the threshold; a
 *    change as large as the threshold passes at some look with probability at most β), the bound taking the
 *    pairs' standard error or, when larger, the pairs' groups' drift-robust one (`decide.ts`); inconclusive
 *    otherwise.
 *
 * Ungated metrics get the same interval and the verdict `info`. Pure: no I/O. The runner calls it after every
 * block and the CLI once per look: one function, one answer.
 */
import type { GateConfig } from '../config/gate-config.js'
import {
  METRICS,
  NEW_OVERHEAD_CAP,
  type MetricName,
  type ThresholdName,
  type Thresholds,
} from '../config/thresholds.js'
import type { Results, ScenarioResults } from '../results/schema.js'
import { noScenarioInCommon } from './common.js'
import { decide, decideNew, type Candidate, type MetricComparison, type NewCandidate } from './decide.js'
import { pairByTime, type Arrangement, type Design } from './design.js'
import { checkFingerprints, type FingerprintCheck } from './fingerprint.js'
import { observationsByRepetition, type Observation } from './observations.js'
import { lookAt, type Look } from './sequential.js'

export type { MetricComparison, MetricVerdict } from './decide.js'
export type Verdict = 'pass' | 'regression' | 'inconclusive'
export type Next = 'continue' | 'stop'

export interface CompareOptions {
  /**
   * The most repetitions per side the run may take: the looks are sequential. Absent or null: the artifact's own
   * record of how it was measured (ScenarioResults.maxRepetitions), else one fixed look.
   */
  maxRepetitions?: number | null
  /** Scenarios the false-alarm rate is shared by (a run that has measured only some so far); default: compared. */
  scenarioCount?: number
}

export interface ScenarioLook {
  scenario: string
  design: Design
  /** Why the design is independent; null when paired. */
  designReason: string | null
  /** How the paired sides were measured (taking turns, or both at once); null when independent. */
  arrangement: Arrangement | null
  look: Look
  /** Two-sided confidence of this scenario's intervals at this look. */
  confidence: number
  /** Sequential only: whether another block may still decide; null for a fixed design. */
  next: Next | null
  /** Why it stops (or, for `continue`, why it goes on), in words. */
  why: string
}

export interface Comparison {
  verdict: Verdict
  metrics: MetricComparison[]
  /** The smallest confidence of any interval shown (1 − 2α/k for one scenario and a fixed design). */
  confidence: number
  falseAlarmRate: number
  /** Per gated metric, all looks together: the chance that a change as large as its threshold passes. */
  falsePassRate: number
  gatedTests: number
  /** paired when every compared scenario was paired by time, else independent. */
  design: Design
  /** Per compared scenario: its design and this look. */
  scenarios: ScenarioLook[]
  /** Sequential only: `continue` when some scenario may still decide with another block; null for a fixed design. */
  next: Next | null
  fingerprint: FingerprintCheck
  /** Things the reader must know: saturated runs, scenarios on one side only. */
  notes: string[]
  /** The current side's measured paths (`shop/cart`), when its results record them. */
  paths: string[]
  /** The current side's coverage of the change, when its results record it. */
  coverage: NonNullable<Results['coverage']>
  /** How the run laid out the sides (simultaneous or alternating, and why), when the current results record it. */
  layout: NonNullable<Results['layout']> | null
  /**
   * The current side's mesh as installed (name, version, profile: for Cilium the encryption its agents ran, with the
   * requested one when they differ), when its results record one.
   */
  mesh?: Results['fingerprint']['mesh']
}

/**
 * The comparison, or why the two artifacts cannot be compared at all, which every caller refuses as bad input: no
 * scenario in common (`disjoint`, checked first: nothing would be compared), or a fingerprint that differs in what
 * was measured (`refused`).
 */
export function comparableResults(
  baseline: Results,
  current: Results,
  config: GateConfig,
  options: CompareOptions = {},
): { comparison: Comparison } | { disjoint: string } | { refused: string[] } {
  const disjoint = noScenarioInCommon(baseline, current)
  if (disjoint) return { disjoint }
  const comparison = compareResults(baseline, current, config, options)
  if (comparison.fingerprint.refused.length > 0) return { refused: comparison.fingerprint.refused }
  return { comparison }
}

export function compareResults(
  baseline: Results,
  current: Results,
  config: GateConfig,
  options: CompareOptions = {},
): Comparison {
  const fingerprint = checkFingerprints(baseline, current)
  // How the head was measured (the baseline of a same-run pair was measured alike).
  const notes: string[] = [...(current.notes ?? [])]
  const baseByName = new Map(baseline.scenarios.map((s) => [s.name, s]))
  const currentNames = new Set(current.scenarios.map((s) => s.name))
  for (const s of baseline.scenarios) {
    if (!currentNames.has(s.name)) notes.push(`Scenario '${s.name}' is in the baseline only: not compared.`)
  }
  const matched: Array<[ScenarioResults, ScenarioResults]> = []
  for (const cur of current.scenarios) {
    const base = baseByName.get(cur.name)
    if (base) matched.push([base, cur])
    else notes.push(`Scenario '${cur.name}' has no baseline: not compared.`)
  }
  const alpha = config.falseAlarmRate
  const maxRepetitions = options.maxRepetitions ?? null
  const share = alpha / Math.max(options.scenarioCount ?? matched.length, 1)

  const metrics: MetricComparison[] = []
  const scenarios: ScenarioLook[] = []
  let gatedTests = 0
  for (const [base, cur] of matched) {
    const one = compareScenario(base, cur, config, share, maxRepetitions ?? cur.maxRepetitions ?? null)
    if (one.saturated) notes.push(one.saturated)
    if (one.look.look.scheduled === false)
      notes.push(
        `Scenario '${cur.name}': a look at ${one.look.look.repetitions} repetitions per side is off the schedule (every block from 4 to ${one.look.look.maxRepetitions}); the false-alarm rate holds for scheduled looks.`,
      )
    metrics.push(...one.metrics)
    scenarios.push(one.look)
    gatedTests += one.gatedTests
  }

  const gated = metrics.filter((m) => m.verdict !== 'info')
  // A scenario on one side only (removed or renamed) was not checked: that cannot make the run a pass.
  const unmatched =
    matched.length !== baseline.scenarios.length || matched.length !== current.scenarios.length
  let verdict: Verdict = 'pass'
  if (gated.some((m) => m.verdict === 'regression')) verdict = 'regression'
  else if (unmatched || gated.length === 0 || gated.some((m) => m.verdict === 'inconclusive'))
    verdict = 'inconclusive'
  if (gated.length === 0)
    notes.push('No gated metric could be compared: the verdict is inconclusive, not a pass.')
  // A pass is only a pass for what was measured: a changed object that no path crossed is named.
  const unmeasured = unmeasuredNote(current.coverage ?? [])
  if (unmeasured) {
    if (verdict === 'pass' && config.unmeasured !== 'pass') verdict = 'inconclusive'
    notes.push(
      config.unmeasured === 'pass'
        ? `${unmeasured} (accepted: the gate config says \`unmeasured: pass\`).`
        : `${unmeasured}.`,
    )
  }
  return {
    verdict,
    metrics,
    confidence: scenarios.length > 0 ? Math.min(...scenarios.map((s) => s.confidence)) : 1 - 2 * alpha,
    falseAlarmRate: alpha,
    falsePassRate: config.falsePassRate,
    gatedTests,
    design: scenarios.length > 0 && scenarios.every((s) => s.design === 'paired') ? 'paired' : 'independent',
    scenarios,
    next: scenarios.every((s) => s.next === null)
      ? null
      : verdict !== 'regression' && scenarios.some((s) => s.next === 'continue')
        ? 'continue'
        : 'stop',
    fingerprint,
    notes,
    paths: (current.paths ?? []).map((p) => `${p.client.namespace}/${p.client.workload} → ${p.id}`),
    coverage: current.coverage ?? [],
    layout: current.layout ?? null,
    mesh: current.fingerprint.mesh,
  }
}

function compareScenario(
  base: ScenarioResults,
  cur: ScenarioResults,
  config: GateConfig,
  alpha: number,
  maxRepetitions: number | null,
): { metrics: MetricComparison[]; look: ScenarioLook; gatedTests: number; saturated: string | null } {
  const saturated = saturation(base, cur)
  const pairing = pairByTime(base.repetitions, cur.repetitions)
  const candidates: Judged[] = []
  for (const metric of METRICS) {
    const threshold = thresholdFor(config, cur.name, metric)
    const b = observationsByRepetition(base, metric)
    const c = observationsByRepetition(cur, metric)
    if (b.length === 0 && c.length === 0) continue // metric not measured at all (e.g. no resource samples)
    const fresh = newDataPlane(metric, base, b.length, c.length)
    if (fresh) {
      candidates.push({
        basis: 'new',
        candidate: {
          scenario: cur.name,
          metric: fresh,
          cap: thresholdFor(config, cur.name, NEW_OVERHEAD_CAP[fresh]),
          cur: c.map((o) => o.value),
          baseSamples: base.resources.length,
        },
      })
      continue
    }
    let blocked: string | null = null
    if (b.length < 2 || c.length < 2) {
      blocked = `needs at least 2 observations per side (baseline ${b.length}, current ${c.length})`
    } else if (saturated && metric.startsWith('latency-')) {
      blocked = 'saturated run: latencies suffer coordinated omission'
    }
    candidates.push({
      basis: 'change',
      candidate: {
        scenario: cur.name,
        metric,
        threshold,
        base: b.map((o) => o.value),
        cur: c.map((o) => o.value),
        pairs: pairing.design === 'paired' ? pairUp(b, c, pairing.groups) : null,
        blocked,
      },
    })
  }
  // A metric whose observations are one and the same value on both sides (an error rate of 0 against 0) is
  // decided exactly and can never raise a false alarm, so it takes no share of the false-alarm budget; likewise
  // a new data plane's constant cost against its cap.
  const gatedTests = candidates.filter((j) =>
    j.basis === 'change'
      ? j.candidate.threshold && !j.candidate.blocked && !constantAndEqual(j.candidate)
      : j.candidate.cap &&
        j.candidate.cur.length >= 2 &&
        !constantAndEqual({ base: [], cur: j.candidate.cur }),
  ).length
  const n = Math.min(base.repetitions.length, cur.repetitions.length)
  const look = lookAt(alpha, n, maxRepetitions, config.falsePassRate)
  // Each one-sided error of each gated test gets (this look's share)/k: all of them together stay within it.
  const confidence = 1 - (2 * look.alpha) / Math.max(gatedTests, 1)
  const metrics = candidates.map((j) =>
    j.basis === 'change'
      ? decide(j.candidate, confidence, 1 - look.passAlpha)
      : decideNew(j.candidate, confidence, 1 - look.passAlpha),
  )
  const gated = metrics.filter((m) => m.verdict !== 'info')
  const designReason = pairing.reason
  const stop = (why: string): Pick<ScenarioLook, 'next' | 'why'> => ({ next: 'stop', why })
  let decision: Pick<ScenarioLook, 'next' | 'why'>
  const undecided = gated.filter((m) => m.verdict === 'inconclusive')
  const where = `after ${n} repetitions per side`
  if (gated.some((m) => m.verdict === 'regression')) decision = stop(`a regression is established ${where}`)
  else if (gated.length > 0 && undecided.length === 0) decision = stop(`every gated metric passes ${where}`)
  else if (maxRepetitions === null) decision = stop(`fixed design: ${n} repetitions per side`)
  else if (n >= maxRepetitions)
    decision = stop(`the maximum of ${maxRepetitions} repetitions per side is reached, still inconclusive`)
  else if (gated.length > 0 && undecided.every((m) => m.reason?.startsWith('saturated')))
    decision = stop(`saturated ${where}: more repetitions cannot make its latencies comparable`)
  else
    decision = {
      next: 'continue',
      why: `inconclusive ${where} (${undecided.map((m) => m.metric).join(', ') || 'no gated metric yet'}); up to ${maxRepetitions} allowed`,
    }
  return {
    metrics,
    gatedTests,
    saturated,
    look: {
      scenario: cur.name,
      design: pairing.design,
      designReason,
      arrangement: pairing.arrangement,
      look,
      confidence,
      next: maxRepetitions === null ? null : decision.next,
      why: decision.why,
    },
  }
}

/**
 * The observations of the paired groups, group by group; null when any observation has no partner (resource
 * samples).
 */
function pairUp(
  base: readonly Observation[],
  cur: readonly Observation[],
  groups: ReadonlyArray<ReadonlyArray<[number, number]>>,
): Array<Array<{ base: number; cur: number }>> | null {
  const byRep = (xs: readonly Observation[]) => new Map(xs.map((o) => [o.repetition, o.value]))
  const [b, c] = [byRep(base), byRep(cur)]
  const out: Array<Array<{ base: number; cur: number }>> = []
  let used = 0
  for (const group of groups) {
    const pairs: Array<{ base: number; cur: number }> = []
    for (const [i, j] of group) {
      const [x, y] = [b.get(i), c.get(j)]
      if (x === undefined || y === undefined) return null
      pairs.push({ base: x, cur: y })
    }
    out.push(pairs)
    used += pairs.length
  }
  return out.length >= 2 && used === base.length && used === cur.length ? out : null
}

/** A metric compared with the baseline, or a data plane new on the head judged on its own. */
type Judged = { basis: 'change'; candidate: Candidate } | { basis: 'new'; candidate: NewCandidate }

function constantAndEqual(c: Pick<Candidate, 'base' | 'cur'>): boolean {
  const first = c.base[0] ?? c.cur[0]
  return [...c.base, ...c.cur].every((x) => x === first)
}

/**
 * The overhead metric, when the head has a data plane the baseline does not: the baseline took resource samples
 * and none had a proxy or node-level data plane in it. A baseline without samples measured nothing: not new.
 */
function newDataPlane(
  metric: MetricName,
  base: ScenarioResults,
  baseObservations: number,
  currentObservations: number,
): (typeof OVERHEAD)[number] | null {
  const overhead = OVERHEAD.find((m) => m === metric)
  if (!overhead || baseObservations > 0 || currentObservations === 0 || base.resources.length === 0)
    return null
  return overhead
}
const OVERHEAD = Object.keys(NEW_OVERHEAD_CAP) as Array<keyof typeof NEW_OVERHEAD_CAP>

function thresholdFor<N extends ThresholdName>(
  config: GateConfig,
  scenario: string,
  name: N,
): NonNullable<Thresholds[N]> | null {
  const perScenario = config.scenarioThresholds[scenario] as Thresholds | undefined
  if (perScenario && name in perScenario) return perScenario[name] ?? null
  return config.thresholds[name] ?? null
}

function saturation(base: ScenarioResults, cur: ScenarioResults): string | null {
  const sides = [
    ['baseline', base],
    ['current', cur],
  ] as const
  const parts = sides
    .map(([side, s]) => {
      const n = s.repetitions.filter((r) => r.saturated).length
      return n > 0 ? `${n} of ${s.repetitions.length} ${side} repetitions` : null
    })
    .filter((x) => x !== null)
  if (parts.length === 0) return null
  return `Scenario '${cur.name}' is saturated (${parts.join(', ')} reached less than 95% of the requested QPS): its latencies are not compared.`
}

/**
 * The sentence for the changed objects no measured path crossed, with the fix: `not measured: DestinationRule
 * shop/payments (another host (payments.shop.svc.cluster.local)); add \`shop/payments\` to \`targets\`…`.
 */
export function unmeasuredNote(
  coverage: readonly {
    kind: string
    namespace: string | null
    name: string
    status: string
    reason: string
  }[],
): string | null {
  const missed = coverage.filter((r) => r.status === 'not-measured')
  if (missed.length === 0) return null
  const names = missed.map((r) => `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name} (${r.reason})`)
  // A host or a selector's app label names the workload a path could take the place of.
  const targets = [
    ...new Set(
      missed.flatMap((r) => {
        const host = /\b([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local\b/.exec(r.reason)
        if (host) return [`${host[2]}/${host[1]}`]
        const app = /\{(?:[^}]*,)?app=([a-z0-9-]+)[^}]*\} in ([a-z0-9-]+)\b/.exec(r.reason)
        return app ? [`${app[2]}/${app[1]}`] : []
      }),
    ),
  ]
  return (
    `Not measured: ${names.join('; ')}` +
    (targets.length
      ? `; add ${targets.map((t) => `\`${t}\``).join(', ')} to \`targets\` in the gate config to measure it`
      : '')
  )
}

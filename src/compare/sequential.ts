/**
 * Sequential stopping: when a run may look at its data after every block and stop as soon as the answer is
 * clear, every look is another chance of a false alarm. The looks are paid for by alpha spending (Lan & DeMets,
 * "Discrete sequential boundaries for clinical trials", Biometrika 70:659–663, 1983): a spending function a(t),
 * rising from a(0) = 0 to a(1) = α over the information fraction t = n / N (n repetitions per side so far, N the
 * most a run may take), gives look j the share a(t_j) − a(t_{j−1}). Each look's test runs at its share, so by the
 * union bound (Bonferroni) the chance of a false alarm at any look is at most Σ shares = a(1) = α, whatever the
 * correlation between the looks and however few degrees of freedom each look's t statistic has. Exact
 * group-sequential boundaries (Jennison & Turnbull, "Group Sequential Methods", 2000, ch. 7) spend the same α less
 * conservatively, but need the joint law of the looks' t statistics, which with an estimated variance and a
 * handful of repetitions is itself an approximation; the union bound keeps the promise exactly.
 *
 * The same spending pays for early passes. A pass says "whatever the change is, it is below the threshold"; its
 * error, a false pass, is passing a metric whose change is as large as its threshold. Each look tests that at its
 * share of the false-pass rate β (`statistics.false-pass-rate`, default 5%), so by the same union bound a metric
 * whose change sits on its threshold passes at some look with probability at most β. Stopping for a pass only ever
 * ends a run before a later look could call a regression, so it cannot raise the false-alarm rate (a non-binding
 * futility bound, Jennison & Turnbull ch. 7.2): the two promises hold together.
 *
 * The spending function is the power family a(t) = α·t^ρ (Kim & DeMets, Biometrika 74:149–154, 1987); ρ was
 * chosen with `npm run bench` (docs/statistics.md): large enough that the final look keeps most of α, small enough
 * that a clear case can stop early. Looks come after every block (2 repetitions per side: A B B A), the first
 * once there are FIRST_LOOK repetitions per side (fewer leave a t statistic with too few degrees of freedom to
 * decide anything at a small share of α).
 *
 * Pure: numbers in, numbers out.
 */

/** Repetitions per side that one block (A B B A) adds. */
export const BLOCK = 4
/** The first look, in repetitions per side. */
export const FIRST_LOOK = 4
/** Exponent of the power spending function a(t) = α·t^ρ. */
export const SPENDING_RHO = 3

/** α spent by information fraction t ∈ [0, 1]. */
export function spent(alpha: number, t: number): number {
  if (t <= 0) return 0
  if (t >= 1) return alpha
  return alpha * t ** SPENDING_RHO
}

/** The looks a run with at most `max` repetitions per side takes: every block from FIRST_LOOK, and at `max`. */
export function lookSchedule(max: number): number[] {
  const looks: number[] = []
  for (let n = Math.min(FIRST_LOOK, max); n < max; n += BLOCK) looks.push(n)
  looks.push(max)
  return looks
}

export interface Look {
  /** Repetitions per side at this look. */
  repetitions: number
  /** The most repetitions per side the run may take; null for a fixed design (one look, all of α). */
  maxRepetitions: number | null
  /** 1-based number of this look, and the number of looks planned; 1 of 1 for a fixed design. */
  index: number
  looks: number
  /** The share of the false-alarm rate this look may spend (all metrics together). */
  alpha: number
  /** The share of the false-pass rate this look may spend (each metric on its own). */
  passAlpha: number
  /** False when the look is not on the schedule: the promise covers the scheduled looks only. */
  scheduled: boolean
}

/**
 * The look at `n` repetitions per side of a run with the family-wise false-alarm rate `alpha` and the false-pass
 * rate `passRate`.
 */
export function lookAt(alpha: number, n: number, max: number | null, passRate: number): Look {
  if (max === null)
    return {
      repetitions: n,
      maxRepetitions: null,
      index: 1,
      looks: 1,
      alpha,
      passAlpha: passRate,
      scheduled: true,
    }
  const schedule = lookSchedule(max)
  const last = Math.min(n, max)
  const previous = schedule.filter((l) => l < last).at(-1) ?? 0
  const index = schedule.filter((l) => l < last).length + 1
  return {
    repetitions: n,
    maxRepetitions: max,
    index,
    looks: schedule.length,
    alpha: spent(alpha, last / max) - spent(alpha, previous / max),
    passAlpha: spent(passRate, last / max) - spent(passRate, previous / max),
    scheduled: schedule.includes(n),
  }
}

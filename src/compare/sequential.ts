/**
 * Sequential stopping: a run looks after every block (A B B A) and stops once the answer is clear. Each look is paid
 * for by alpha spending (Lan & DeMets 1983) with the power family a(t) = α·t^ρ (Kim & DeMets 1987): by the union
 * bound the false-alarm rate over all looks is at most α, and the false-pass rate per metric at most β, whatever the
 * looks' correlation; stopping for a pass is a non-binding futility bound, so it cannot raise the false-alarm rate.
 * Why this and not exact group-sequential boundaries, and how ρ was chosen: docs/statistics.md. Pure.
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

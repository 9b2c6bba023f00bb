/**
 * Which analysis a scenario's two sides allow. A same-run A/B measurement either interleaves the sides in blocks
 * (A B B A, A A B B B B A A ...), so every baseline repetition has a current neighbour that ran right before or
 * after it, or runs them simultaneously (both loaded at once, repetition i of each started together), so every
 * repetition has a partner that ran at the same time. Paired by time, each pair's difference cancels the slow
 * drift of a shared runner (a busy neighbour for minutes, thermal throttling) that an independent-samples
 * comparison counts as noise. A baseline from another run (an artifact from the base branch) has no such
 * neighbours: independent samples.
 *
 * Pure: takes the repetitions' Fortio start times (RFC 3339 with nanoseconds, Go's time.Time JSON form), returns
 * the pairs or the reason there are none.
 */
import type { Repetition } from '../results/schema.js'

export type Design = 'paired' | 'independent'
/** How paired sides were measured: taking turns, or both at once. */
export type Arrangement = 'interleaved' | 'simultaneous'

export interface Pairing {
  design: Design
  /** How the paired sides were measured; null for the independent design. */
  arrangement: Arrangement | null
  /**
   * Groups of [baseline index, current index] pairs, in time order: the pairs that straddle one and the same
   * switch between the sides form one group (one pair for A B B A, two for A A B B); simultaneous repetitions
   * are one pair per group (repetition i with repetition i). Empty for the independent design.
   */
  groups: Array<Array<[number, number]>>
  /** Why the sides are not paired; null when they are. */
  reason: string | null
}

/** Milliseconds since the epoch of a Fortio StartTime, or null when missing or unreadable. */
export function startMillis(startTime: string | null): number | null {
  if (!startTime) return null
  // Go writes up to nine fractional digits ("…:28.857554488Z", "…58.895472681-07:00"); Date takes three.
  const trimmed = startTime.trim().replace(/(\.\d{3})\d+/, '$1')
  const ms = Date.parse(trimmed)
  return Number.isFinite(ms) ? ms : null
}

/** Pair members further apart than this many positions in time order are not neighbours. */
export const MAX_PAIR_GAP = 3
/** Pair members started further apart than this were not measured in one run. */
export const MAX_PAIR_SECONDS = 1800
/**
 * Repetitions of the two sides started at most this far apart ran at the same time (the runner starts both loads
 * together; two `kubectl exec`s are not started in the same millisecond, nor always in the same order).
 */
export const SIMULTANEOUS_SECONDS = 1

/**
 * Pairs the sides when they interleave. In time order, each repetition pairs with the nearest earlier unpaired
 * repetition of the other side (matched like brackets): A B B A gives (A₁ B₁) (B₂ A₂); the longer segments of
 * A A B B B B A A give (A₂ B₁) (A₁ B₂) (B₄ A₃) (B₃ A₄), each pair symmetric around a switch. Pairs around one
 * switch form a group: under slow drift their differences are correlated (they share the switch), which the pass
 * bound allows for (`groupSeriesInterval`, used by decide.ts). The design is paired when every repetition has a
 * partner at most MAX_PAIR_GAP positions and MAX_PAIR_SECONDS away; two runs one after the other (A A A B B B)
 * fail that, and so do sides of unequal size. Simultaneous repetitions are recognised first (`simultaneousPairs`).
 */
export function pairByTime(baseline: readonly Repetition[], current: readonly Repetition[]): Pairing {
  const independent = (reason: string): Pairing => ({
    design: 'independent',
    arrangement: null,
    groups: [],
    reason,
  })
  if (baseline.length !== current.length)
    return independent(`unequal repetitions (baseline ${baseline.length}, current ${current.length})`)
  if (baseline.length < 2) return independent('fewer than 2 repetitions per side')
  const timed = [
    ...baseline.map((r, i) => ({ side: 0, i, t: startMillis(r.startTime) })),
    ...current.map((r, i) => ({ side: 1, i, t: startMillis(r.startTime) })),
  ]
  if (timed.some((x) => x.t === null)) return independent('start times are missing')
  const simultaneous = simultaneousPairs(
    baseline.map((r) => startMillis(r.startTime)!),
    current.map((r) => startMillis(r.startTime)!),
  )
  if (simultaneous)
    return { design: 'paired', arrangement: 'simultaneous', groups: simultaneous, reason: null }
  const sorted = timed
    .map((x) => ({ ...x, t: x.t! }))
    .sort((a, b) => a.t - b.t)
    .map((x, position) => ({ ...x, position }))
  const open: typeof sorted = []
  const groups: Array<Array<[number, number]>> = []
  for (const x of sorted) {
    const top = open.at(-1)
    if (!top || top.side === x.side) {
      open.push(x)
      continue
    }
    open.pop()
    if (x.position - top.position > MAX_PAIR_GAP || x.t - top.t > MAX_PAIR_SECONDS * 1000)
      return independent('the sides were not measured interleaved in time')
    const pair: [number, number] = top.side === 0 ? [top.i, x.i] : [x.i, top.i]
    // Adjacent: a new switch. Otherwise the pair encloses the one made last, around the same switch.
    if (x.position - top.position === 1) groups.push([pair])
    else groups.at(-1)!.push(pair)
  }
  if (groups.length < 2) return independent('fewer than 2 switches between the sides')
  return { design: 'paired', arrangement: 'interleaved', groups, reason: null }
}

/**
 * Repetition i with repetition i, one group each, when the sides ran simultaneously: every i started within
 * SIMULTANEOUS_SECONDS of its partner, in either order, and each time window after the one before (both of its
 * starts after both starts of the previous window). Which side's start came first in a window is chance (two
 * execs racing), so it is not looked at; the bracket matching below would pair the same way, but would call the
 * run interleaved. Null when the sides did not run so.
 */
function simultaneousPairs(
  base: readonly number[],
  cur: readonly number[],
): Array<Array<[number, number]>> | null {
  for (let i = 0; i < base.length; i++) {
    if (Math.abs(base[i] - cur[i]) > SIMULTANEOUS_SECONDS * 1000) return null
    if (i > 0 && Math.min(base[i], cur[i]) <= Math.max(base[i - 1], cur[i - 1])) return null
  }
  return base.map((_, i) => [[i, i]])
}

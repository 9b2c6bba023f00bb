/** Base vs head: which (namespace, workload, port) got weaker, which became plaintext, which got stronger. Pure. */
import { modeAt } from './entries.js'
import { MODE_RANK, type Mode } from '../vocabulary.js'
import type { MatrixEntry } from './model.js'

export interface ModeChange {
  namespace: string
  workload: string
  port: number | null
  from: Mode | null
  to: Mode
  /** The head row that now decides (its decidedBy names the file and line). */
  head: MatrixEntry
  /** The base row that decided before, when there was one. */
  base: MatrixEntry | null
}

export interface MatrixDiff {
  /** Weaker than in the base (STRICT > PERMISSIVE > DISABLE). */
  regressions: ModeChange[]
  /** Plaintext now, and not plaintext before (including workloads new in the head that are DISABLE). */
  newPlaintextHoles: ModeChange[]
  improvements: ModeChange[]
}

function groups(entries: readonly MatrixEntry[]): Map<string, MatrixEntry[]> {
  const out = new Map<string, MatrixEntry[]>()
  for (const e of entries) {
    const key = `${e.namespace}\u0000${e.workload}`
    out.set(key, [...(out.get(key) ?? []), e])
  }
  return out
}

/**
 * Compares every (workload, port) that either side has a row for: a port row on one side is compared with the
 * other side's port row, or its workload-wide row when it has none. Workloads only in the base are gone, which
 * weakens nothing; workloads only in the head are new, and reported when they are plaintext.
 */
export function diffMatrices(base: readonly MatrixEntry[], head: readonly MatrixEntry[]): MatrixDiff {
  const diff: MatrixDiff = { regressions: [], newPlaintextHoles: [], improvements: [] }
  const baseGroups = groups(base)
  for (const [key, headRows] of groups(head)) {
    const baseRows = baseGroups.get(key)
    const ports = [
      ...new Set<number | null>([
        null,
        ...headRows.map((e) => e.port),
        ...(baseRows ?? []).map((e) => e.port),
      ]),
    ]
    for (const port of ports) {
      const h = modeAt(headRows, port)!
      const b = baseRows ? modeAt(baseRows, port)! : null
      const change: ModeChange = {
        namespace: h.namespace,
        workload: h.workload,
        port,
        from: b?.mode ?? null,
        to: h.mode,
        head: h,
        base: b,
      }
      if (b && MODE_RANK[h.mode] < MODE_RANK[b.mode]) diff.regressions.push(change)
      if (b && MODE_RANK[h.mode] > MODE_RANK[b.mode]) diff.improvements.push(change)
      // A new workload's port row only exists where it differs from its workload row, so only real holes show.
      if (h.mode === 'DISABLE' && (b === null ? port === null || h.port === port : b.mode !== 'DISABLE')) {
        diff.newPlaintextHoles.push(change)
      }
    }
  }
  return diff
}

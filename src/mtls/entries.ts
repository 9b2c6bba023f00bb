/** Turns per-workload decisions into matrix rows: the workload-wide mode, plus a row per port where it differs. */
import type { MatrixEntry, ResourceRef } from './model.js'
import type { Mode } from '../vocabulary.js'

export interface Decided {
  mode: Mode
  decidedBy: string
  decider: ResourceRef | null
  /** The setting that decides, so a change can be named by it: `Server shop/cart-http accessPolicy` = `deny`. */
  setting?: { what: string; value: string }
  /** The container port name a named-port decision is about (`http`), for messages. */
  portName?: string
}

/** One workload (or synthetic policy target such as `*` or `{app=a}`) as a mesh evaluator decided it. */
export interface Subject {
  namespace: string
  workload: string
  ref: ResourceRef | null
  /** Declared ports (container ports); a port row is written only where its mode differs from the workload's. */
  ports: number[]
  wide: Decided
  perPort: Map<number, Decided>
}

export function entriesFor(subject: Subject): MatrixEntry[] {
  const row = (port: number | null, d: Decided): MatrixEntry => ({
    namespace: subject.namespace,
    workload: subject.workload,
    port,
    mode: d.mode,
    decidedBy: d.decidedBy,
    decider: d.decider,
    subject: subject.ref,
    ...(d.setting ? { setting: d.setting } : {}),
    ...(d.portName ? { portName: d.portName } : {}),
  })
  const out = [row(null, subject.wide)]
  const ports = [...new Set([...subject.ports, ...subject.perPort.keys()])].sort((a, b) => a - b)
  for (const port of ports) {
    const d = subject.perPort.get(port)
    // A policy's selection (no workload object) keeps a port row whenever another resource decides the port, so a
    // change of the port's own setting is compared with the port's setting, not with the selection's default.
    if (
      d &&
      (d.mode !== subject.wide.mode || (subject.ref === null && d.decidedBy !== subject.wide.decidedBy))
    )
      out.push(row(port, d))
  }
  return out
}

/** The mode of a (workload, port): its port row when there is one, else the workload-wide row. */
export function modeAt(entries: readonly MatrixEntry[], port: number | null): MatrixEntry | undefined {
  return entries.find((e) => e.port === port) ?? entries.find((e) => e.port === null)
}

/**
 * Helm values as Helm combines them: several values documents given in order (`--values a.yaml --values b.yaml`), a
 * later document winning key by key, mappings merged and anything else replaced (helm.sh/helm/v3 pkg/cli/values
 * `mergeMaps`). Used by the mesh installer, which writes the gate's defaults first and the user's values after them,
 * and by the mTLS prediction, which must read the values the install ran with in the same order. Pure.
 */
import { InputError } from '../errors.js'
import type { SourcedValues } from './objects.js'

/** The documents merged as Helm merges `--values` files: later documents win; nested mappings merge. */
export function mergeValues(...docs: readonly Record<string, unknown>[]): Record<string, unknown> {
  let out: Record<string, unknown> = {}
  for (const doc of docs) out = mergeTwo(out, doc)
  return out
}

function mergeTwo(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const was = out[key]
    out[key] = isMapping(value) && isMapping(was) ? mergeTwo(was, value) : value
  }
  return out
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** What a checked value may be: a YAML boolean, string or integer, or one of a list of strings. */
export type ValueKind = 'boolean' | 'string' | 'integer' | readonly string[]

/** A value as merged, with the document that set it last. */
export interface DecidedValue<T> {
  value: T
  /** The document whose value won (its origin names the file and, through lineOf, the line). */
  from: SourcedValues
}

type KindValue<K extends ValueKind> = K extends 'boolean'
  ? boolean
  : K extends 'integer'
    ? number
    : K extends readonly (infer S)[]
      ? S
      : string

/**
 * The value at `path` once Helm has merged `docs` in order, or undefined when none sets it (the chart's default then
 * holds). Every document that reaches the path is checked, not only the one that wins: a mapping on the way
 * (`encryption: true` is no mapping), no null (Helm's null deletes the chart's default too, which these keys never
 * mean), and a leaf of the kind asked for. A wrong one is bad input naming the file, the line and the field.
 */
export function mergedValue<K extends ValueKind>(
  docs: readonly SourcedValues[],
  path: readonly string[],
  kind: K,
): DecidedValue<KindValue<K>> | undefined {
  let decided: DecidedValue<KindValue<K>> | undefined
  for (const doc of docs) {
    let at: unknown = doc.values
    let reached = true
    for (const [i, key] of path.entries()) {
      const here = path.slice(0, i + 1)
      if (!isMapping(at)) throw wrong(doc, path.slice(0, i), at, 'a mapping')
      if (!Object.hasOwn(at, key)) {
        reached = false
        break
      }
      at = at[key]
      if (at === null) throw wrong(doc, here, at, i === path.length - 1 ? describeKind(kind) : 'a mapping')
    }
    if (!reached) continue
    if (!fits(at, kind)) throw wrong(doc, path, at, describeKind(kind))
    decided = { value: at as KindValue<K>, from: doc }
  }
  return decided
}

function fits(value: unknown, kind: ValueKind): boolean {
  if (kind === 'boolean') return typeof value === 'boolean'
  if (kind === 'integer') return Number.isInteger(value)
  if (kind === 'string') return typeof value === 'string'
  return typeof value === 'string' && kind.includes(value)
}

function describeKind(kind: ValueKind): string {
  if (kind === 'boolean') return 'true or false'
  if (kind === 'integer') return 'an integer'
  if (kind === 'string') return 'a string'
  return `one of ${kind.join(', ')}`
}

function wrong(doc: SourcedValues, path: readonly string[], value: unknown, expected: string): InputError {
  const field = path.length ? path.join('.') : 'the document'
  const line = doc.origin.lineOf?.(path) ?? doc.origin.line
  const shown =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
          ? 'a mapping'
          : JSON.stringify(value)
  return new InputError(
    `${line === null ? '' : `line ${line}: `}Helm value ${field} must be ${expected}, not ${shown}`,
    doc.origin.file ?? undefined,
  )
}

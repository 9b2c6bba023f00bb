/** Small helpers over node:util parseArgs so every subcommand reports usage errors the same way. */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { InputError } from '../errors.js'

export interface CommandIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export class UsageError extends InputError {
  override name = 'UsageError'
  constructor(
    message: string,
    readonly command: string,
  ) {
    super(`${message}\nRun 'mesh-mtls-gate ${command} --help' for usage.`)
  }
}

/** One parsed command-line element, in order (node:util parseArgs tokens). */
export type ArgToken =
  | { kind: 'option'; name: string; value?: string }
  | { kind: 'positional'; value: string }
  | { kind: 'option-terminator' }

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
      tokens: true,
    })
  } catch (e) {
    throw new UsageError(parseErrorMessage(e as Error & { code?: string }, Object.keys(options)), command)
  }
}

/**
 * node:util's parse errors in the CLI's own words, the same for every command: the option named, what was expected,
 * and the nearest known option for a typo (Node's own text talks about '--' and positionals, which confuses more).
 */
function parseErrorMessage(e: Error & { code?: string }, known: string[]): string {
  const option = /'(-{1,2}[^' =]+)/.exec(e.message)?.[1]
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = option?.replace(/^-+/, '') ?? ''
      const near = [...known, 'help']
        .map((k) => ({ k, d: distance(k, name) }))
        .filter((x) => x.d <= Math.max(2, Math.ceil(x.k.length / 3)))
        .sort((a, b) => a.d - b.d)[0]
      return `unknown option '${option}'${near ? ` (did you mean '--${near.k}'?)` : ''}`
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      return option && /argument missing/.test(e.message)
        ? `option '${option}' needs a value`
        : `option '${option ?? '?'}' takes no value`
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const arg = /'([^']*)'/.exec(e.message)?.[1] ?? ''
      return `unexpected argument '${arg}': this command takes options only`
    }
    default:
      return e.message
  }
}

/** Levenshtein distance between two option names. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = row
  }
  return prev[b.length]
}

export function oneOf<T extends string>(
  command: string,
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got '${value}'`, command)
  }
  return value as T
}

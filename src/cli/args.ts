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
    throw new UsageError((e as Error).message, command)
  }
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

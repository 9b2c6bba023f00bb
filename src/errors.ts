/**
 * Errors the entry points translate into exit codes. Helpers throw; only `cli.ts` and `main.ts` decide how the
 * process ends, so a message reaches the user once, without a stack trace.
 */

/** Bad input or usage: a file, field or option the user can fix. Exit code 2. */
export class InputError extends Error {
  override name = 'InputError'
  constructor(
    message: string,
    /** The file the problem is in, when there is one. */
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message)
  }
}

export const ExitCode = {
  Pass: 0,
  Fail: 1,
  BadInput: 2,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/** Formats a zod issue path the way users write it in YAML/JSON: `scenarios[0].qps`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out || '(root)'
}

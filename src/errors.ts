/**
 * Errors and what they mean for the user. Helpers throw; only the entry points (`cli/main.ts`, `main.ts`) decide how
 * the process ends, with `failureOf`: one message, without a stack trace, and the exit code that fits the failure.
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

/** A download the gate cannot verify: no digest is pinned or given for it. Exit code 3. */
export class UnverifiedDownloadError extends Error {
  override name = 'UnverifiedDownloadError'
}

/** Measuring failed: the gate's workloads never became ready, Fortio or the data plane failed. Exit code 6. */
export class MeasurementError extends Error {
  override name = 'MeasurementError'
}

/** The exit codes of the CLI and the action (README "Exit codes"; action.yml). */
export const ExitCode = {
  /** The gate passed. */
  Pass: 0,
  /** A regression, or an mTLS violation. */
  Fail: 1,
  /** Bad input or usage. */
  BadInput: 2,
  /** A download that could not be verified: checksum mismatch, no digest, or the download itself failed. */
  Unverified: 3,
  /** The cluster could not be created; the message says where the exported logs are. */
  ClusterCreate: 4,
  /** The mesh did not install, or never became ready. */
  MeshInstall: 5,
  /** Measuring failed: workloads not ready, Fortio failed. */
  Measurement: 6,
  /** A bug of the gate (EX_SOFTWARE of sysexits.h). */
  Internal: 70,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/**
 * The typed errors of the floors above, by their `name` (each sets it), so this foundation needs none of their
 * classes. An error that is none of these is a bug: "internal error", exit 70.
 */
const BY_NAME: Record<string, { code: ExitCode; what: string }> = {
  ChecksumMismatchError: { code: ExitCode.Unverified, what: 'download not verified' },
  UnverifiedDownloadError: { code: ExitCode.Unverified, what: 'download not verified' },
  DownloadError: { code: ExitCode.Unverified, what: 'download failed' },
  ClusterCreateError: { code: ExitCode.ClusterCreate, what: 'cluster could not be created' },
  MeshInstallError: { code: ExitCode.MeshInstall, what: 'mesh install failed' },
  MeasurementError: { code: ExitCode.Measurement, what: 'measurement failed' },
  LoadError: { code: ExitCode.Measurement, what: 'measurement failed' },
}

export interface Failure {
  exitCode: ExitCode
  /** One line (or a few) for the user, without a stack trace. */
  message: string
  /** Where logs of the failure are (a failed kind cluster's exported node logs), for upload. */
  logsDir: string | null
}

/** What a thrown error means for the user. */
export function failureOf(e: unknown): Failure {
  const error = e instanceof Error ? e : new Error(String(e))
  if (error instanceof InputError)
    return { exitCode: ExitCode.BadInput, message: error.message, logsDir: null }
  const known = BY_NAME[error.name]
  if (!known)
    return { exitCode: ExitCode.Internal, message: `internal error: ${error.message}`, logsDir: null }
  const logsDir = (error as { logsDir?: unknown }).logsDir
  return {
    exitCode: known.code,
    message: `${known.what}: ${error.message}`,
    logsDir: typeof logsDir === 'string' ? logsDir : null,
  }
}

/** True for an error the entry points can name (not a bug): a stage passes those on unwrapped. */
export function isKnownFailure(e: unknown): boolean {
  return failureOf(e).exitCode !== ExitCode.Internal
}

/** Why a file could not be read, as users search for it: the system's error code (ENOENT, EACCES), else the message. */
export function ioReason(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message
}

/** Formats a zod issue path the way users write it in YAML/JSON: `scenarios[0].qps`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out || '(root)'
}

/** A zod issue as users read it: `field 'scenarios[0].qps' in gate.yaml: expected a number, got a string`. */
export function describeIssue(
  issue: {
    path: ReadonlyArray<PropertyKey>
    message: string
    code?: string
    expected?: unknown
    values?: ReadonlyArray<unknown>
    keys?: ReadonlyArray<string>
  },
  source: string,
): string {
  const where = issue.path.length === 0 ? source : `field '${formatPath(issue.path)}' in ${source}`
  return `${where}: ${issueText(issue)}`
}

const EXPECTED_WORDS: Record<string, string> = {
  record: 'a mapping (key: value)',
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
}

function issueText(issue: {
  message: string
  code?: string
  expected?: unknown
  values?: ReadonlyArray<unknown>
  keys?: ReadonlyArray<string>
}): string {
  // A key the schema does not have (a typo, usually): zod says 'Unrecognized key: "sidecar"'.
  if (issue.code === 'unrecognized_keys' && issue.keys?.length)
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`
  // An enum: zod says 'expected one of "published"|"pinned"'; the words a user types are plainer.
  if (issue.code === 'invalid_value' && issue.values?.length)
    return issue.values.length === 1
      ? `expected ${String(issue.values[0])}`
      : `expected one of ${issue.values.map(String).join(', ')}`
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
    const got = /received (\w+)/.exec(issue.message)?.[1]
    const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected
    return `expected ${expected}${got ? `, got ${got === 'undefined' ? 'nothing' : `a${/^[aeiou]/.test(got) ? 'n' : ''} ${got}`}` : ''}`
  }
  // zod's own words start with "Invalid input: expected ..."; the rest of its messages already say what is expected.
  return issue.message.replace(/^Invalid (input|option): /, '')
}

/**
 * A YAML parser error with its position and the offending line, not cut at "at line 3, column 1:" (the yaml
 * library puts the reason first, then the position, then a code frame).
 */
export function describeYamlError(e: Error & { linePos?: Array<{ line: number; col: number }> }): string {
  const [first, ...frame] = e.message.split('\n')
  const reason = first.replace(/ at line \d+, column \d+:?$/, '')
  const at = e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}: ` : ''
  const context = frame.filter((l) => l.trim() !== '')
  return `${at}${reason}${context.length ? `\n    ${context.join('\n    ')}` : ''}`
}

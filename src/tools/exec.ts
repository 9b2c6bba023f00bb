/**
 * The one way the gate runs an external program (kind, docker, eksctl, gcloud, istioctl, linkerd, cilium, tar).
 * Everything takes a `CommandRunner`, so tests pass a fake that records calls and replays recorded output, and
 * no process is spawned to test logic.
 */
import { spawn } from 'node:child_process'

export interface RunOptions {
  /** Extra environment on top of the process's (credentials reach the CLIs this way, never as arguments). */
  env?: Record<string, string>
  /** Written to standard input, then closed. */
  input?: string
  cwd?: string
  /** Bound on the whole run; the process group is killed when it passes. */
  timeoutMs?: number
  /** Return a non-zero exit instead of throwing. */
  allowFailure?: boolean
  /** Values that must never reach a log or an error message (replaced by `***`). */
  secrets?: string[]
  /** Do not log the command line (still masked when it is logged in an error). */
  quiet?: boolean
}

export interface CommandResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface CommandRunner {
  run(command: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>
}

/** A command that could not start, timed out, or exited non-zero. */
export class CommandError extends Error {
  override name = 'CommandError'
  constructor(
    message: string,
    readonly command: string,
    readonly result: CommandResult | null,
    /** `ENOENT` when the program is not installed. */
    readonly code?: string,
  ) {
    super(message)
  }
}

export interface CommandRunnerOptions {
  log?: (line: string) => void
  /** Registers a value with the log masker (core.setSecret in the action). */
  mask?: (secret: string) => void
}

export function maskText(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const s of secrets) if (s) out = out.split(s).join('***')
  return out
}

/** Quotes an argument for display the way a shell reader expects it (display only: nothing is run by a shell). */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}

export function formatCommand(
  command: string,
  args: readonly string[],
  secrets: readonly string[] = [],
): string {
  return maskText([command, ...args].map(shellQuote).join(' '), secrets)
}

/** The last lines of a program's output, for an error message. */
export function tail(text: string, lines = 20): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

export function createCommandRunner(options: CommandRunnerOptions = {}): CommandRunner {
  const log = options.log ?? (() => {})
  return {
    run(command, args, runOptions = {}) {
      const secrets = runOptions.secrets ?? []
      for (const s of secrets) if (s) options.mask?.(s)
      const shown = formatCommand(command, args, secrets)
      if (!runOptions.quiet) log(`$ ${shown}`)
      return new Promise<CommandResult>((resolve, reject) => {
        const child = spawn(command, [...args], {
          cwd: runOptions.cwd,
          env: { ...process.env, ...runOptions.env },
          stdio: ['pipe', 'pipe', 'pipe'],
          // Its own process group, so a timeout ends the program and whatever it started.
          detached: true,
        })
        let stdout = ''
        let stderr = ''
        let timedOut = false
        child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
        child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
        const timer =
          runOptions.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true
                try {
                  if (child.pid) process.kill(-child.pid, 'SIGKILL')
                } catch {
                  child.kill('SIGKILL')
                }
              }, runOptions.timeoutMs)
        child.on('error', (e: NodeJS.ErrnoException) => {
          clearTimeout(timer)
          const why = e.code === 'ENOENT' ? `'${command}' is not installed or not on PATH` : e.message
          reject(new CommandError(`${shown}: ${why}`, command, null, e.code))
        })
        child.on('close', (code, signal) => {
          clearTimeout(timer)
          const result = { exitCode: code ?? 128, stdout, stderr }
          if (timedOut) {
            reject(
              new CommandError(
                `${shown}: no result after ${(runOptions.timeoutMs ?? 0) / 1000} s; stopped it\n${maskText(tail(stderr || stdout), secrets)}`,
                command,
                result,
                'ETIMEDOUT',
              ),
            )
          } else if (code !== 0 && !runOptions.allowFailure) {
            const how = signal ? `was killed by ${signal}` : `exited with ${code}`
            reject(
              new CommandError(
                `${shown} ${how}\n${maskText(tail(stderr || stdout), secrets)}`,
                command,
                result,
              ),
            )
          } else resolve(result)
        })
        child.stdin.on('error', () => {})
        child.stdin.end(runOptions.input)
      })
    },
  }
}

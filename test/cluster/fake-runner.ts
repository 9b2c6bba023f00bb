/** A CommandRunner that records every call and answers from a script: no process is spawned. */
import {
  CommandError,
  formatCommand,
  type CommandResult,
  type CommandRunner,
  type RunOptions,
} from '../../src/tools/exec.js'

export interface Call {
  command: string
  args: string[]
  options: RunOptions
  /** `command arg arg`, for readable assertions. */
  line: string
}

export interface Step {
  /** Matches `command args…` joined by spaces. */
  match: RegExp
  result?: Partial<CommandResult>
  /** Thrown as is (e.g. a CommandError with code ENOENT). */
  error?: Error
  /** Answer only once (then the next matching step answers). */
  once?: boolean
}

export class FakeRunner implements CommandRunner {
  calls: Call[] = []
  constructor(private readonly steps: Step[] = []) {}

  async run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const line = [command, ...args].join(' ')
    this.calls.push({ command, args: [...args], options, line })
    const i = this.steps.findIndex((s) => s.match.test(line))
    const step = i >= 0 ? this.steps[i] : undefined
    if (step?.once) this.steps.splice(i, 1)
    if (step?.error) throw step.error
    const result = { exitCode: 0, stdout: '', stderr: '', ...step?.result }
    if (result.exitCode !== 0 && !options.allowFailure)
      throw new CommandError(
        `${formatCommand(command, args)} exited with ${result.exitCode}\n${result.stderr}`,
        command,
        result,
      )
    return result
  }

  lines(): string[] {
    return this.calls.map((c) => c.line)
  }
}

export function enoent(command: string): CommandError {
  return new CommandError(`${command}: '${command}' is not installed or not on PATH`, command, null, 'ENOENT')
}

/** Dispatches `mesh-mtls-gate <command>` and turns errors into exit codes: the CLI's single exit point. */
import { ExitCode, failureOf } from '../errors.js'
import { TOOL_VERSION } from '../version.js'
import type { CommandIO } from './args.js'
import { COMPARE_HELP, COMPARE_OPTIONS, compareCommand } from './compare-command.js'
import { RESULTS_HELP, RESULTS_OPTIONS, resultsCommand } from './results-command.js'
import { RUN_HELP, RUN_OPTIONS, runCommand } from './run-command.js'
import { VALIDATE_HELP, VALIDATE_OPTIONS, validateCommand } from './validate-command.js'

type Command = (argv: string[], io: CommandIO) => Promise<number>

const COMMANDS: Record<string, Command> = {
  run: runCommand,
  results: resultsCommand,
  compare: compareCommand,
  validate: validateCommand,
}

/** Each command's options, whether it takes positional arguments, and its help: what the docs test holds the README to. */
export const COMMAND_SPECS = {
  run: { options: RUN_OPTIONS, positionals: false, help: RUN_HELP },
  results: { options: RESULTS_OPTIONS, positionals: true, help: RESULTS_HELP },
  compare: { options: COMPARE_OPTIONS, positionals: false, help: COMPARE_HELP },
  validate: { options: VALIDATE_OPTIONS, positionals: true, help: VALIDATE_HELP },
} as const satisfies Record<keyof typeof COMMANDS, unknown>

export const MAIN_HELP = `Usage: mesh-mtls-gate <command> [options]

Gates service-mesh configuration changes on p99 latency, proxy overhead and mTLS strictness.

Commands:
  results   build a results artifact from Fortio outputs and resource samples
  compare   compare two results artifacts: regression, pass or inconclusive
  run       the whole gate: cluster, mesh, A/B load, live mTLS probe, report (--dry-run: the plan)
  validate  check mTLS strictness of mesh manifests, base vs head

Run 'mesh-mtls-gate <command> --help' for a command's options.
Exit codes: 0 pass, 1 regression or violation, 2 bad input or usage, 3 a download that could not be verified,
4 the cluster could not be created, 5 the mesh did not install or become ready, 6 measuring failed,
70 internal error (a bug).`

export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(MAIN_HELP + '\n')
    return command === undefined ? ExitCode.BadInput : ExitCode.Pass
  }
  if (command === '--version') {
    io.stdout(TOOL_VERSION + '\n')
    return ExitCode.Pass
  }
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
  if (!handler) {
    io.stderr(`mesh-mtls-gate: unknown command '${command}'\n\n${MAIN_HELP}\n`)
    return ExitCode.BadInput
  }
  try {
    return await handler(rest, io)
  } catch (e) {
    const failure = failureOf(e)
    io.stderr(`mesh-mtls-gate ${command}: ${failure.message}\n`)
    // A bug of ours, not the user's input: keep the stack for those who ask for it.
    if (failure.exitCode === ExitCode.Internal && process.env.MESH_GATE_DEBUG)
      io.stderr(`${(e as Error).stack}\n`)
    return failure.exitCode
  }
}

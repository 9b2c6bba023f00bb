/** The CLI entry point (`mesh-mtls-gate`): wires stdout/stderr and the exit code, nothing else. */
import { runCli } from './cli/main.js'

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
// Set, not exit(): lets stdout drain when it is a pipe.
process.exitCode = code

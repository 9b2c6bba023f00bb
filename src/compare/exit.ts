/** How a verdict becomes an exit code, the same for the CLI and the action's `fail-on` input. */
import { ExitCode } from '../errors.js'
import type { FailOn } from '../vocabulary.js'
import type { Verdict } from './verdict.js'

export function exitCodeFor(verdict: Verdict, failOn: FailOn): ExitCode {
  if (failOn === 'never') return ExitCode.Pass
  if (verdict === 'regression') return ExitCode.Fail
  if (verdict === 'inconclusive' && failOn === 'inconclusive') return ExitCode.Fail
  return ExitCode.Pass
}

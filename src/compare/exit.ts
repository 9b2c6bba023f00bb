/** How a verdict and the mTLS check fail the step, the same for the CLI and the action's `fail-on` input. */
import { ExitCode } from '../errors.js'
import type { FailOn, Requirement } from '../vocabulary.js'
import type { Verdict } from './verdict.js'

export function exitCodeFor(verdict: Verdict, failOn: FailOn): ExitCode {
  if (failOn === 'never') return ExitCode.Pass
  if (verdict === 'regression') return ExitCode.Fail
  if (verdict === 'inconclusive' && failOn === 'inconclusive') return ExitCode.Fail
  return ExitCode.Pass
}

/**
 * Why a run fails the step, in words; empty when it passes. The one decision for the action and the CLI: a verdict
 * that `fail-on` names, or an mTLS check that failed while `require-mtls` is not `none`; `fail-on: never` keeps the
 * step green for both.
 */
export function failures(
  outcome: { verdict: Verdict | null; mtls: 'pass' | 'fail' | null },
  policy: { failOn: FailOn; require: Requirement },
): string[] {
  if (policy.failOn === 'never') return []
  const why: string[] = []
  if (outcome.verdict !== null && exitCodeFor(outcome.verdict, policy.failOn) !== ExitCode.Pass)
    why.push(`${outcome.verdict} (fail-on: ${policy.failOn})`)
  if (outcome.mtls === 'fail' && policy.require !== 'none') why.push(`mTLS below '${policy.require}'`)
  return why
}

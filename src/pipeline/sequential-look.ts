/**
 * The run's sequential stopping: after every block the runner asks whether to go on. The answer is the compare's
 * own, at the same look with the same spending as the compare of the finished results (`compare/sequential.ts`),
 * so the verdict a run stops on is the one its artifact reproduces.
 */
import { lookSchedule } from '../compare/sequential.js'
import { compareResults } from '../compare/verdict.js'
import type { GateConfig } from '../config/gate-config.js'
import type { LoadScenario } from '../load/fortio-args.js'
import type { SideRuns } from '../load/runner.js'
import { buildResults } from '../results/build.js'
import type { Side } from '../vocabulary.js'

export type LevelHook = (
  repetitionsPerSide: number,
  runs: Record<Side, SideRuns>,
) => Promise<'continue' | 'stop'>

/**
 * The `level` hook of one sequential scenario. Off the look schedule it goes on without comparing; at a look it
 * logs the look's verdict and why, and stops once the compare says `stop` (a regression, every gated metric
 * passing, the maximum, or saturation).
 */
export function sequentialLook(
  scenario: Pick<LoadScenario, 'name' | 'repetitions'>,
  config: GateConfig,
  scenarioCount: number,
  log: (line: string) => void,
): LevelHook {
  const schedule = lookSchedule(scenario.repetitions)
  return async (n, runs) => {
    if (!schedule.includes(n)) return 'continue'
    const side = (s: Side) =>
      buildResults(runs[s].runs, runs[s].samples, {
        scenario: scenario.name,
        maxRepetitions: scenario.repetitions,
      })
    const c = compareResults(side('base'), side('head'), config, {
      maxRepetitions: scenario.repetitions,
      scenarioCount,
    })
    const look = c.scenarios[0]
    log(`[${scenario.name}] look ${look.look.index} of ${look.look.looks}: ${c.verdict}; ${look.why}`)
    return c.next === 'continue' ? 'continue' : 'stop'
  }
}

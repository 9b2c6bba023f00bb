/** Records and payloads for the fork-safe report tests: what a measure run of the workflow_run fixture writes. */
import type { Provenance } from '../../src/github/provenance.js'

/** The triggering run of fixtures/github/workflow_run.completed.json. */
export const TRIGGER = {
  id: 11223344556,
  headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  path: '.github/workflows/mesh-gate-measure.yml',
}

/** provenance.json as the measure run of the fixture writes it; `over` changes fields (another run, ...). */
export function measuredBy(over: Partial<Provenance> = {}): Provenance {
  return {
    workflowPath: TRIGGER.path,
    runId: TRIGGER.id,
    runAttempt: 1,
    headSha: TRIGGER.headSha,
    action: { name: 'mesh-mtls-gate', version: '0.1.0', distDigest: `sha256:${'ab'.repeat(32)}` },
    ...over,
  }
}

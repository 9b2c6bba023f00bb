import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readRunContext } from '../../src/github/context.js'
import {
  checkProvenance,
  describeMeasurer,
  dirDigest,
  parseProvenance,
  provenanceOf,
  runningDistDigest,
} from '../../src/github/provenance.js'
import { TOOL_VERSION } from '../../src/version.js'
import { fixture, scratch } from '../helpers.js'
import { measuredBy, TRIGGER } from './fork-fixtures.js'

const trigger = async () =>
  (await readRunContext({
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: fixture('github', 'workflow_run.completed.json'),
  }))!.workflowRun!

describe('provenance of a results bundle', () => {
  it('records the workflow file, run, attempt, commit and the action from the runner’s environment', () => {
    const p = provenanceOf(
      {
        GITHUB_WORKFLOW_REF: 'acme/mesh-config/.github/workflows/mesh-gate-measure.yml@refs/pull/42/merge',
        GITHUB_RUN_ID: '11223344556',
        GITHUB_RUN_ATTEMPT: '2',
      },
      TRIGGER.headSha,
      null,
    )
    expect(p).toEqual({
      workflowPath: '.github/workflows/mesh-gate-measure.yml',
      runId: 11223344556,
      runAttempt: 2,
      headSha: TRIGGER.headSha,
      action: { name: 'mesh-mtls-gate', version: TOOL_VERSION, distDigest: null },
    })
    expect(provenanceOf({ GITHUB_RUN_ID: '5' }, TRIGGER.headSha, null)).toBeNull()
  })

  it('digests a dist/ folder the way sha256sum over the sorted file list does', async () => {
    const dir = join(scratch('gate-prov-'), 'dist')
    mkdirSync(join(dir, 'post'), { recursive: true })
    writeFileSync(join(dir, 'index.js'), 'console.log(1)\n')
    writeFileSync(join(dir, 'post', 'index.js'), 'console.log(2)\n')
    writeFileSync(join(dir, 'licenses.txt'), 'MIT\n')
    writeFileSync(join(dir, 'Z.txt'), 'upper case sorts first bytewise\n')
    const shell = execFileSync(
      'bash',
      ['-c', 'find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum'],
      { cwd: dir, encoding: 'utf8' },
    ).split(' ')[0]
    expect(await dirDigest(dir)).toBe(`sha256:${shell}`)
    expect(await runningDistDigest(join(dir, 'index.js'))).toBe(`sha256:${shell}`)
    writeFileSync(join(dir, 'post', 'index.js'), 'console.log(3)\n')
    expect(await dirDigest(dir)).not.toBe(`sha256:${shell}`)
    // Not run from a bundle (jest, the CLI from src/): nothing to digest.
    expect(await runningDistDigest('/repo/src/index.ts')).toBeNull()
  })

  it('reads a record back, and refuses a malformed or oversized one naming the field', () => {
    expect(parseProvenance(JSON.stringify(measuredBy()), "'a'")).toEqual(measuredBy())
    expect(() => parseProvenance(JSON.stringify({ ...measuredBy(), runId: -1 }), "'a'")).toThrow(
      /artifact 'a': provenance.json: field 'runId'/,
    )
    expect(() => parseProvenance(JSON.stringify({ ...measuredBy(), extra: 1 }), "'a'")).toThrow(/provenance/)
    expect(() => parseProvenance('x'.repeat(9000), "'a'")).toThrow(/not JSON \(or over 8 KiB\)/)
  })

  it('accepts the triggering run’s own record and refuses another run’s, naming both run ids', async () => {
    const t = await trigger()
    expect(() => checkProvenance(measuredBy(), t, "'r'")).not.toThrow()
    expect(() => checkProvenance(measuredBy({ runId: 998877 }), t, "'r'")).toThrow(
      "artifact 'r' downloaded from run 11223344556 says it was measured by run 998877, not the triggering run 11223344556: refused",
    )
    expect(() =>
      checkProvenance(measuredBy({ workflowPath: '.github/workflows/evil.yml' }), t, "'r'"),
    ).toThrow(
      /workflow '.github\/workflows\/evil.yml', not the triggering run's '.github\/workflows\/mesh-gate-measure.yml'/,
    )
    expect(() => checkProvenance(measuredBy({ headSha: 'f'.repeat(40) }), t, "'r'")).toThrow(
      /commit ffffffffffff, not the triggering run's 6dcb09b5b578/,
    )
    expect(() => checkProvenance(measuredBy({ runAttempt: 3 }), t, "'r'")).toThrow(/attempt 3/)
    expect(() => checkProvenance(null, t, "'r'")).toThrow(/has no provenance.json/)
  })

  it('shows the measuring action’s version and whether it is this step’s build, escaped', () => {
    const p = measuredBy()
    expect(describeMeasurer(p, p.action.distDigest)).toBe(
      `Measured by mesh-mtls-gate 0.1.0 (dist sha256:abababababab…, the same build as this report step) in run ` +
        `11223344556 attempt 1 of .github/workflows/mesh-gate-measure.yml at 6dcb09b5b578.`,
    )
    expect(describeMeasurer(p, `sha256:${'0'.repeat(64)}`)).toMatch(/a different build from this report step/)
    const odd = measuredBy({ action: { name: 'mesh-mtls-gate', version: '9 <b>@x</b>', distDigest: null } })
    expect(describeMeasurer(odd, null)).toContain('9 &lt;b&gt;@&#8203;x&lt;/b&gt; (not from a built dist/)')
  })
})

import { describe, expect, it } from '@jest/globals'
import type { CheckAnnotation } from '../../src/github/api.js'
import { conclusionFor, publishCheckRun } from '../../src/github/check-run.js'
import { FakeGitHub } from './fakes.js'

const repo = { owner: 'acme', repo: 'mesh-config' }
const annotation = (i: number): CheckAnnotation => ({
  path: 'mesh/peer-authentication.yaml',
  start_line: i + 1,
  end_line: i + 1,
  annotation_level: 'failure',
  message: `finding ${i}`,
})

describe('check run', () => {
  it('sends annotations 50 per request: the first batch on creation, the rest as updates', async () => {
    const gh = new FakeGitHub()
    await publishCheckRun(gh, {
      repo,
      name: 'mesh-mtls-gate (mesh-mtls-gate)',
      headSha: 'a'.repeat(40),
      verdict: 'regression',
      failing: true,
      summary: 'report',
      annotations: Array.from({ length: 120 }, (_, i) => annotation(i)),
    })
    const [run] = gh.checkRuns
    expect(run.head_sha).toBe('a'.repeat(40))
    expect(run.conclusion).toBe('failure')
    expect(run.output.title).toBe('Regression')
    expect(run.output.annotations).toHaveLength(50)
    expect(run.updates.map((u) => u.annotations?.length)).toEqual([50, 20])
    expect(run.updates[1].annotations?.at(-1)?.message).toBe('finding 119')
  })

  it('sends no annotations field when there are none', async () => {
    const gh = new FakeGitHub()
    await publishCheckRun(gh, {
      repo,
      name: 'n',
      headSha: 'b'.repeat(40),
      verdict: 'pass',
      failing: false,
      summary: 's',
      annotations: [],
    })
    expect(gh.checkRuns[0].output).toEqual({ title: 'No regression', summary: 's' })
    expect(gh.calls).not.toContain('updateCheckRun')
  })

  it.each([
    ['pass', false, 'success'],
    ['inconclusive', false, 'neutral'],
    ['regression', false, 'neutral'],
    ['inconclusive', true, 'failure'],
    ['regression', true, 'failure'],
  ] as const)('a %s verdict (failing the step: %s) concludes %s', (verdict, failing, conclusion) => {
    expect(conclusionFor(verdict, failing)).toBe(conclusion)
  })

  it.each([
    ['pass', false, 'action_required'],
    ['inconclusive', false, 'action_required'],
    ['regression', true, 'failure'],
  ] as const)(
    'held for a maintainer, a %s verdict (failing: %s) concludes %s',
    (verdict, failing, conclusion) => {
      expect(conclusionFor(verdict, failing, true)).toBe(conclusion)
    },
  )

  it('a held check is titled for the maintainer and keeps its details_url', async () => {
    const gh = new FakeGitHub()
    await publishCheckRun(gh, {
      repo,
      name: 'n',
      headSha: 'b'.repeat(40),
      verdict: 'inconclusive',
      failing: false,
      summary: 's',
      annotations: [],
      detailsUrl: 'https://github.com/acme/mesh-config/actions/runs/1',
      hold: 'the pull request changes .github/workflows/m.yml',
    })
    expect(gh.checkRuns[0]).toMatchObject({
      conclusion: 'action_required',
      details_url: 'https://github.com/acme/mesh-config/actions/runs/1',
      output: { title: 'Maintainer review required', summary: 's' },
    })
  })
})

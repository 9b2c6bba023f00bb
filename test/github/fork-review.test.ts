import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readRunContext } from '../../src/github/context.js'
import { reviewTriggeringRun, withReview, type ReviewRequest } from '../../src/github/fork-review.js'
import { results } from '../compare/builders.js'
import { fixture } from '../helpers.js'
import { FakeGitHub, httpError } from './fakes.js'
import { forkCommits, measuredBy, TRIGGER } from './fork-fixtures.js'

const BASE_SHA = '9049f1265b7d61be4a8904a9a27120d2064dab3b'
const forged = readFileSync(fixture('github', 'fork', 'mesh-gate-measure.forged.yml'), 'utf8')

async function request(gh: FakeGitHub, over: Partial<ReviewRequest> = {}): Promise<ReviewRequest> {
  const ctx = await readRunContext({
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: fixture('github', 'workflow_run.completed.json'),
  })
  return {
    gh,
    repo: { owner: 'acme', repo: 'mesh-config' },
    trigger: ctx.workflowRun!,
    pullNumber: 42,
    bundle: { current: results({ p99: [1, 1, 1] }), mtls: null, provenance: measuredBy() },
    settings: {
      configFile: '.github/mesh-gate.yaml',
      configPaths: ['mesh/**'],
      requireMtls: 'none',
      mesh: null,
    },
    ownDigest: null,
    ...over,
  }
}

function pull(gh: FakeGitHub, headRepo: string | null) {
  gh.pulls.set(42, {
    number: 42,
    state: 'open',
    head: { sha: TRIGGER.headSha, ref: 'strict-payments', repo: headRepo ? { full_name: headRepo } : null },
    base: { ref: 'main', sha: BASE_SHA },
  })
}

describe('the report step’s review of a fork’s measuring run', () => {
  it('holds a fork PR that changes the measuring workflow, naming the file, and says what to do', async () => {
    const gh = new FakeGitHub()
    pull(gh, 'contributor/mesh-config')
    gh.commits(42, ...forkCommits({ workflow: forged }))
    const review = await reviewTriggeringRun(await request(gh))
    expect(review.hold).toBe('the pull request changes .github/workflows/mesh-gate-measure.yml')
    expect(review.markdown).toContain('### ⚠️ Maintainer review required')
    expect(review.markdown).toMatch(
      /\| \.github\/workflows\/mesh-gate-measure\.yml \| modified \| the measuring workflow \| [0-9a-f]{7} → [0-9a-f]{7} \|/,
    )
    expect(review.markdown).toMatch(
      /must review these changes.*trusted context: push the pull request's head to a branch of this repository/s,
    )
    expect(review.markdown).toContain('docs/security.md')
    expect(review.markdown).toContain('Measured by mesh-mtls-gate 0.1.0')
    expect(gh.calls).toEqual(['getPullRequest', 'getTree', 'getTree', 'getBlob', 'listPullRequestFiles'])
  })

  it('does not hold a fork PR that changes only its mesh configuration', async () => {
    const gh = new FakeGitHub()
    pull(gh, 'contributor/mesh-config')
    gh.commits(42, ...forkCommits({}))
    const review = await reviewTriggeringRun(await request(gh))
    expect(review.hold).toBeNull()
    expect(review.markdown).not.toContain('Maintainer review')
  })

  it('a branch of this repository that changes the workflow is noted, not held', async () => {
    const gh = new FakeGitHub()
    pull(gh, 'acme/mesh-config')
    gh.commits(42, ...forkCommits({ workflow: forged }))
    const review = await reviewTriggeringRun(await request(gh))
    expect(review.hold).toBeNull()
    expect(review.markdown).toContain('This pull request changes how it is measured')
    expect(review.markdown).toContain('measured from a branch of this repository')
  })

  it('holds when GitHub cannot say what changed (fail closed), naming the error', async () => {
    const gh = new FakeGitHub()
    pull(gh, 'contributor/mesh-config')
    gh.commits(42, ...forkCommits({}))
    gh.failures.set('listPullRequestFiles', () => httpError(403, 'Resource not accessible by integration'))
    const review = await reviewTriggeringRun(await request(gh))
    expect(review.hold).toMatch(
      /could not ask GitHub which files the pull request changes: Resource not accessible/,
    )
    expect(review.markdown).toContain('pull-requests: read')
  })

  it('a held pass is reported as inconclusive; the marker stays first; a regression stays a regression', () => {
    const reports = {
      verdict: 'pass' as const,
      comment: '<!-- m -->\n\n### gate',
      summary: '<!-- m -->\nx',
      check: 'y',
    }
    const held = withReview(reports, { hold: 'why', markdown: '### ⚠️ Maintainer review required' })
    expect(held.verdict).toBe('inconclusive')
    expect(held.comment).toBe('<!-- m -->\n\n### ⚠️ Maintainer review required\n\n### gate')
    expect(held.check).toBe('### ⚠️ Maintainer review required\n\ny')
    expect(withReview({ ...reports, verdict: 'regression' }, { hold: 'why', markdown: 'r' }).verdict).toBe(
      'regression',
    )
    expect(withReview(reports, { hold: null, markdown: 'note' }).verdict).toBe('pass')
    expect(withReview(reports, null)).toBe(reports)
  })
})

/**
 * The action's two sources on their own: where the current results come from (a file, the triggering run, measured
 * here) and where the baseline comes from (a file, the same run, the base branch, or none and why), each from the
 * settings and run context that `pipelineOf` reads, with GitHub and the artifact store faked.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { baselineFor } from '../../src/action-run/baseline.js'
import { currentResults, type Current } from '../../src/action-run/current.js'
import { pipelineOf } from '../../src/action-run/pipeline.js'
import type { Dependencies } from '../../src/main.js'
import { measureNotAvailable, type Measure } from '../../src/measure.js'
import { results } from '../compare/builders.js'
import { FakeArtifacts, FakeGitHub } from '../github/fakes.js'
import { actionRuntime } from '../action/runtime.js'
import { fixture, scratch } from '../helpers.js'

const repo = {
  GITHUB_REPOSITORY: 'acme/mesh-config',
  GITHUB_RUN_ID: '900',
  GITHUB_API_URL: 'http://127.0.0.1:9',
}
const PR_ENV = {
  ...repo,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: fixture('github', 'pull_request.synchronize.json'),
  GITHUB_WORKFLOW_REF: 'acme/mesh-config/.github/workflows/mesh-gate.yml@refs/pull/42/merge',
}
const PUSH_ENV = { ...repo, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: fixture('github', 'push.json') }

const base = results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] })
const head = results({ p99: [1.25, 1.27, 1.23, 1.26, 1.24] })

function file(data: unknown): string {
  const path = join(scratch('gate-src-'), 'r.json')
  writeFileSync(path, JSON.stringify(data))
  return path
}

async function pipeline(inputs: Record<string, string>, env: Record<string, string>, measure?: Measure) {
  const store = new FakeArtifacts()
  const deps: Dependencies = {
    env,
    github: () => new FakeGitHub(),
    artifacts: () => store,
    measure: measure ?? measureNotAvailable,
    checkCheckout: () => Promise.reject(new Error('no checkout in these tests')),
  }
  const r = actionRuntime(inputs, 'gate-src-rt-')
  return { p: await pipelineOf(r.rt, deps), store, outputs: r.outputs }
}

const current = (over: Partial<Current> = {}): Current => ({
  current: head,
  currentPath: null,
  sameRun: null,
  mtls: null,
  review: null,
  pullRequest: { number: 42, headSha: 'a'.repeat(40), baseRef: 'main' },
  workflow: 'mesh-gate.yml',
  ...over,
})

describe('the current results’ source', () => {
  it('a results file given: read from it, with this run’s pull request', async () => {
    const path = file(head)
    const { p } = await pipeline({ mode: 'report', 'current-results': path }, PR_ENV)
    const c = await currentResults(p)
    expect({ path: c.currentPath, scenarios: c.current.scenarios.length, pr: c.pullRequest?.number }).toEqual(
      {
        path,
        scenarios: head.scenarios.length,
        pr: 42,
      },
    )
  })

  it('mode report without a file or a workflow_run: bad input that says what is needed', async () => {
    const { p } = await pipeline({ mode: 'report' }, PR_ENV)
    await expect(currentResults(p)).rejects.toThrow(
      /mode 'report' needs both 'baseline-results' and 'current-results'.*or a workflow_run event/,
    )
  })

  it('measured here on a push: uploaded as the baseline of later pull requests, with its path', async () => {
    const measure: Measure = async () => ({ current: head, baseline: null, mtls: null })
    const { p, store } = await pipeline({ mode: 'full', 'github-token': 't' }, PUSH_ENV, measure)
    const c = await currentResults(p)
    expect(c.currentPath).toMatch(/results\.json$/)
    expect(store.uploads.map((u) => u.name)).toHaveLength(1)
    expect(c.pullRequest).toBeNull()
  })
})

describe('the baseline’s source', () => {
  it('a baseline file wins over the same run’s base side', async () => {
    const { p } = await pipeline({ mode: 'report', 'baseline-results': file(base) }, PR_ENV)
    const b = await baselineFor(p, current({ sameRun: head }))
    expect({ p99: b.baseline?.scenarios[0], missing: b.baselineMissing }).toEqual({
      p99: base.scenarios[0],
      missing: null,
    })
  })

  it('the same run’s base side, unless baseline: artifact', async () => {
    const same = await pipeline({ mode: 'full' }, PR_ENV)
    expect((await baselineFor(same.p, current({ sameRun: base }))).baseline).toBe(base)
    const artifact = await pipeline({ mode: 'full', baseline: 'artifact' }, PR_ENV)
    expect(await baselineFor(artifact.p, current({ sameRun: base }))).toEqual({
      baseline: null,
      baselineMissing: "no 'baseline-results' and no way to download one (needs 'github-token')",
    })
  })

  it('none, and why, in words', async () => {
    const none = await pipeline({ mode: 'full', baseline: 'none' }, PR_ENV)
    expect(await baselineFor(none.p, current())).toEqual({
      baseline: null,
      baselineMissing: "input 'baseline' is 'none'",
    })
    const push = await pipeline({ mode: 'full' }, PUSH_ENV)
    expect(await baselineFor(push.p, current({ pullRequest: null }))).toEqual({
      baseline: null,
      baselineMissing: 'this run is not for a pull request',
    })
  })
})

import { describe, expect, it } from '@jest/globals'
import { readRunContext } from '../../src/github/context.js'
import { fixture } from '../helpers.js'

const env = (event: string, file: string) => ({
  GITHUB_EVENT_NAME: event,
  GITHUB_EVENT_PATH: fixture('github', file),
  GITHUB_REPOSITORY: 'acme/mesh-config',
  GITHUB_SHA: 'e5bd3914e2e596debea16f433f57875b5b90bcd6',
  GITHUB_RUN_ID: '11223344999',
  GITHUB_WORKFLOW_REF: 'acme/mesh-config/.github/workflows/mesh-gate.yml@refs/pull/42/merge',
  GITHUB_API_URL: 'http://127.0.0.1:1/api',
})

describe('run context', () => {
  it('reads a pull_request: the head SHA, not the merge commit', async () => {
    const ctx = await readRunContext(env('pull_request', 'pull_request.synchronize.json'))
    expect(ctx.pullRequest).toEqual({
      number: 42,
      headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      baseRef: 'main',
    })
    expect(ctx.sha).toBe('e5bd3914e2e596debea16f433f57875b5b90bcd6')
    expect(ctx.repo).toEqual({ owner: 'acme', repo: 'mesh-config' })
    expect(ctx.workflowFile).toBe('mesh-gate.yml')
    expect(ctx.runId).toBe(11223344999)
    expect(ctx.apiUrl).toBe('http://127.0.0.1:1/api')
    expect(ctx.workflowRun).toBeNull()
    expect(ctx.runnerName).toBeNull()
  })

  it('carries the runner’s name (RUNNER_NAME) for the results', async () => {
    const ctx = await readRunContext({
      ...env('pull_request', 'pull_request.synchronize.json'),
      RUNNER_NAME: 'GitHub Actions 7',
    })
    expect(ctx.runnerName).toBe('GitHub Actions 7')
  })

  it('reads a workflow_run of a fork PR (no linked pull requests)', async () => {
    const ctx = await readRunContext(env('workflow_run', 'workflow_run.completed.json'))
    expect(ctx.workflowRun).toEqual({
      id: 11223344556,
      headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      headBranch: 'strict-payments',
      event: 'pull_request',
      conclusion: 'success',
      workflowId: 99887766,
      path: '.github/workflows/mesh-gate-measure.yml',
      runAttempt: 1,
      headRepository: 'contributor/mesh-config',
      pullRequests: [],
    })
    expect(ctx.pullRequest).toBeNull()
  })

  it('a push has neither; a missing or broken payload is an empty one', async () => {
    const push = await readRunContext(env('push', 'push.json'))
    expect([push.pullRequest, push.workflowRun]).toEqual([null, null])
    const none = await readRunContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })
    expect(none).toMatchObject({
      pullRequest: null,
      repo: null,
      runId: null,
      apiUrl: 'https://api.github.com',
    })
  })
})

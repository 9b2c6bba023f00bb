import { describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ClusterCreateError } from '../../src/cluster/types.js'
import { readSettings } from '../../src/config/action-inputs.js'
import { MeasurementError } from '../../src/errors.js'
import { MeshInstallError } from '../../src/mesh/installer.js'
import { artifactName } from '../../src/github/artifact.js'
import { commentMarker } from '../../src/github/comment.js'
import { run, type Dependencies } from '../../src/main.js'
import { measureNotAvailable, type Measure, type MeasureRequest } from '../../src/measure.js'
import { TOOL_VERSION } from '../../src/version.js'
import { results } from '../compare/builders.js'
import { FakeArtifacts, FakeGitHub, FORBIDDEN } from '../github/fakes.js'
import { checkCheckout } from '../../src/pipeline/checkout-mtls.js'
import type { Results } from '../../src/results/schema.js'
import { BASE_SHA, checkoutOf, forkCommits, measuredBy, TRIGGER } from '../github/fork-fixtures.js'
import { ROOT, fixture, scratch } from '../helpers.js'
import { actionRuntime } from './runtime.js'

const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
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
const WORKFLOW_RUN_ENV = {
  ...repo,
  GITHUB_EVENT_NAME: 'workflow_run',
  GITHUB_EVENT_PATH: fixture('github', 'workflow_run.completed.json'),
}
const PUSH_ENV = { ...repo, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: fixture('github', 'push.json') }

const runtime = (inputs: Record<string, string>) => actionRuntime(inputs)

function deps(over: Partial<Dependencies> & { gh?: FakeGitHub; store?: FakeArtifacts } = {}) {
  const gh = over.gh ?? new FakeGitHub()
  const store = over.store ?? new FakeArtifacts()
  const d: Dependencies = {
    env: {},
    github: () => gh,
    artifacts: () => store,
    measure: measureNotAvailable,
    checkCheckout: () => Promise.reject(new Error('this test checks out no configuration')),
    ...over,
  }
  return { d, gh, store }
}

const base = results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] })
const slow = results({ p99: [1.25, 1.27, 1.23, 1.26, 1.24] })
const same = results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0] })

function files() {
  const d = scratch('gate-res-')
  const write = (name: string, data: unknown) => (
    writeFileSync(join(d, name), JSON.stringify(data)),
    join(d, name)
  )
  return { base: write('base.json', base), slow: write('slow.json', slow), same: write('same.json', same) }
}

describe('action run (report from results files)', () => {
  it('a regression writes the summary and outputs, masks the token and fails with 1', async () => {
    const f = files()
    const { rt, outputs, summary } = runtime({
      mode: 'report',
      'baseline-results': f.base,
      'current-results': f.slow,
      'github-token': 'ghs_secret',
    })
    await run(rt, deps().d)
    expect(rt.setSecret).toHaveBeenCalledWith('ghs_secret')
    expect(outputs.verdict).toBe('regression')
    expect(outputs['p99-change']).toMatch(/^\+2[45]\.\d%$/)
    expect(summary()).toMatch(/\| *Metric *\|/)
    expect(summary()).toContain('<!-- mesh-mtls-gate:mesh-mtls-gate -->')
    expect(readFileSync(outputs['report-path'], 'utf8')).toBe(summary())
    expect(summary()).not.toContain('ghs_secret')
    expect(rt.fail).toHaveBeenCalledWith(expect.stringMatching(/regression/), 1)
  })

  it('fail-on never keeps the step green', async () => {
    const f = files()
    const { rt, outputs } = runtime({
      mode: 'report',
      'baseline-results': f.base,
      'current-results': f.slow,
      'fail-on': 'never',
    })
    await run(rt, deps().d)
    expect(outputs.verdict).toBe('regression')
    expect(rt.fail).not.toHaveBeenCalled()
  })

  it('results with no scenario in common fail with 2, not an inconclusive pass', async () => {
    const f = files()
    const other = join(f.base, '..', 'other.json')
    writeFileSync(other, JSON.stringify(results({ p99: [1, 1.01, 0.99], scenario: 'grpc-1k' })))
    const { rt, outputs } = runtime({ mode: 'report', 'baseline-results': f.base, 'current-results': other })
    await run(rt, deps().d)
    expect(rt.fail).toHaveBeenCalledWith(
      expect.stringMatching(/no scenario in common.*'echo-1k'.*'grpc-1k'/),
      2,
    )
    expect(outputs.verdict).toBeUndefined()
  })

  it('bad inputs fail with 2 and a message naming the input', async () => {
    const { rt } = runtime({ mode: 'measure-everything' })
    await run(rt, deps().d)
    expect(rt.fail).toHaveBeenCalledWith(
      "Invalid input 'mode': 'measure-everything'. Expected one of: full, measure, report.",
      2,
    )
  })

  it('hands the measuring stage the runner it was given: workspace, base ref, log, mask and state', async () => {
    const asked: MeasureRequest[] = []
    const measure: Measure = (request) => {
      asked.push(request)
      request.log('measuring')
      request.mask('kubeconfig-content')
      request.saveClusterForCleanup('{"provider":"kind"}')
      return Promise.resolve({ current: same, baseline: null })
    }
    const env = { ...PR_ENV, GITHUB_BASE_REF: 'main', GITHUB_WORKSPACE: '/ws' }
    const { rt } = runtime({ mode: 'measure', 'github-token': 't' })
    const saveState = jest.fn<(name: string, value: string) => void>()
    await run({ ...rt, saveState }, deps({ env, measure }).d)
    expect(asked[0]).toMatchObject({ repo: '/ws', baseRef: 'origin/main', tempDir: rt.tempDir })
    expect(rt.info).toHaveBeenCalledWith('measuring')
    expect(rt.setSecret).toHaveBeenCalledWith('kubeconfig-content')
    expect(saveState).toHaveBeenCalledWith('cluster-to-delete', '{"provider":"kind"}')
    // The artifact baseline is not measured: no base side.
    await run(
      runtime({ mode: 'measure', 'github-token': 't', baseline: 'artifact' }).rt,
      deps({ env, measure }).d,
    )
    expect(asked[1]!.baseRef).toBeNull()
  })

  it('a cluster that cannot be created fails with 4 and uploads kind’s exported logs as an artifact', async () => {
    const logsDir = scratch('gate-kind-logs-')
    mkdirSync(join(logsDir, 'attempt-1'))
    writeFileSync(join(logsDir, 'attempt-1', 'kubelet.log'), 'node not ready')
    const measure: Measure = () =>
      Promise.reject(
        new ClusterCreateError(`kind: could not create cluster 'mmg'; node logs in ${logsDir}`, logsDir),
      )
    const { rt } = runtime({ mode: 'measure', 'github-token': 't' })
    const { d, store } = deps({ env: PR_ENV, measure })
    await run(rt, d)
    expect(store.uploads).toEqual([
      { name: 'mesh-mtls-gate-cluster-logs', files: new Map([['kubelet.log', 'node not ready']]) },
    ])
    expect(rt.fail).toHaveBeenCalledWith(
      expect.stringMatching(
        /^cluster could not be created: kind: could not create cluster 'mmg'; node logs in .*\nThe logs are uploaded as the artifact 'mesh-mtls-gate-cluster-logs'/,
      ),
      4,
    )
    // Without a token the message says where the logs stay.
    const bare = runtime({ mode: 'measure' })
    await run(bare.rt, deps({ env: PR_ENV, measure }).d)
    expect(bare.rt.fail).toHaveBeenCalledWith(
      expect.stringContaining(`The logs stay on the runner in ${logsDir}`),
      4,
    )
  })

  it.each([
    [new MeshInstallError('istio: istiod never became ready'), 5, /^mesh install failed: istio: istiod/],
    [new MeasurementError('rollout of mesh-gate/fortio-server timed out'), 6, /^measurement failed: rollout/],
    [new TypeError('x is undefined'), 70, /^internal error: x is undefined/],
  ])('a measuring failure %p fails with its own code', async (error, code, message) => {
    const { rt } = runtime({ mode: 'measure', 'github-token': 't' })
    await run(rt, deps({ env: PR_ENV, measure: () => Promise.reject(error) }).d)
    expect(rt.fail).toHaveBeenCalledWith(expect.stringMatching(message), code)
  })

  it('says what is missing in report mode, and that measuring is not in this version', async () => {
    const a = runtime({ mode: 'report' })
    await run(a.rt, deps().d)
    expect(a.rt.fail).toHaveBeenCalledWith(
      expect.stringMatching(/needs both 'baseline-results' and 'current-results'.*or a workflow_run event/),
      2,
    )
    const b = runtime({})
    await run(b.rt, deps().d)
    expect(b.rt.fail).toHaveBeenCalledWith(expect.stringMatching(/mode 'full' measures on a cluster/), 2)
  })
})

describe('action run on a pull request', () => {
  const inputs = (f: ReturnType<typeof files>, current: string, more: Record<string, string> = {}) => ({
    mode: 'report',
    'baseline-results': f.base,
    'current-results': current,
    'github-token': 'ghs_secret',
    ...more,
  })

  it('comments once, updates the comment on the next run, and adds a check run on the PR head', async () => {
    const f = files()
    const { d, gh } = deps({ env: PR_ENV })
    const first = runtime(inputs(f, f.slow))
    await run(first.rt, d)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].issue).toBe(42)
    expect(gh.comments[0].body?.startsWith(commentMarker('mesh-mtls-gate'))).toBe(true)
    expect(first.outputs['comment-url']).toBe(gh.comments[0].html_url)
    expect(gh.checkRuns[0]).toMatchObject({
      head_sha: HEAD,
      conclusion: 'failure',
      name: 'mesh-mtls-gate (mesh-mtls-gate)',
    })
    expect(gh.checkRuns[0].details_url).toBe('https://github.com/acme/mesh-config/actions/runs/900')

    const second = runtime(inputs(f, f.same))
    await run(second.rt, d)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).not.toMatch(/regression/i)
    expect(second.outputs.verdict).toBe('pass')
    expect(gh.checkRuns[1].conclusion).toBe('success')
    expect(second.rt.fail).not.toHaveBeenCalled()
  })

  it('on a 403 (a fork PR) writes the summary, warns which permission is missing, and still follows fail-on', async () => {
    const f = files()
    const gh = new FakeGitHub()
    gh.failures.set('createIssueComment', FORBIDDEN)
    gh.failures.set('createCheckRun', FORBIDDEN)
    const { d } = deps({ env: PR_ENV, gh })
    const r = runtime(inputs(f, f.slow))
    await run(r.rt, d)
    expect(r.summary()).toMatch(/\| *Metric *\|/)
    expect(r.outputs.verdict).toBe('regression')
    const warnings = r.rt.warning.mock.calls.map((c) => c[0])
    expect(warnings).toEqual([
      expect.stringMatching(/could not write the PR comment.*'pull-requests: write'/),
      expect.stringMatching(/could not create the check run.*'checks: write'/),
    ])
    expect(r.rt.fail).toHaveBeenCalledTimes(1)
    expect(r.rt.fail).toHaveBeenCalledWith(expect.stringMatching(/regression/), 1)

    const never = runtime(inputs(f, f.slow, { 'fail-on': 'never' }))
    await run(never.rt, d)
    expect(never.rt.fail).not.toHaveBeenCalled()
  })

  it('an API outage is a warning too, never an internal error', async () => {
    const f = files()
    const gh = new FakeGitHub()
    gh.failures.set('listIssueComments', () => Object.assign(new Error('socket hang up'), { status: 500 }))
    const r = runtime(inputs(f, f.same))
    await run(r.rt, deps({ env: PR_ENV, gh }).d)
    expect(r.rt.warning).toHaveBeenCalledWith(
      expect.stringMatching(/could not write the PR comment: socket hang up/),
    )
    expect(r.rt.fail).not.toHaveBeenCalled()
  })

  it('comment: on-regression creates nothing for a pass; never makes no comment at all', async () => {
    const f = files()
    const { d, gh } = deps({ env: PR_ENV })
    await run(runtime(inputs(f, f.same, { comment: 'on-regression' })).rt, d)
    await run(runtime(inputs(f, f.slow, { comment: 'never' })).rt, d)
    expect(gh.comments).toHaveLength(0)
    expect(gh.checkRuns).toHaveLength(2)
  })

  it('without a baseline file, takes the base branch’s artifact from a push run', async () => {
    const f = files()
    const gh = new FakeGitHub()
    gh.runs = [
      {
        id: 55,
        head_sha: 'b'.repeat(40),
        head_branch: 'main',
        event: 'push',
        conclusion: 'success',
        created_at: '',
      },
    ]
    const store = new FakeArtifacts()
    store.put(55, artifactName(base, 'mesh-mtls-gate'), { 'results.json': base })
    const r = runtime({ mode: 'report', 'current-results': f.slow, 'github-token': 't' })
    await run(r.rt, deps({ env: PR_ENV, gh, store }).d)
    expect(r.outputs.verdict).toBe('regression')
    expect(r.rt.info).toHaveBeenCalledWith(
      expect.stringMatching(/baseline: artifact 'mesh-mtls-gate-results-istio-\w+' of run 55/),
    )
  })

  it('no baseline yet is reported as such: inconclusive, and fail-on inconclusive fails', async () => {
    const f = files()
    const r = runtime({
      mode: 'report',
      'current-results': f.slow,
      'github-token': 't',
      'fail-on': 'inconclusive',
    })
    const { d, gh } = deps({ env: PR_ENV })
    await run(r.rt, d)
    expect(r.outputs.verdict).toBe('inconclusive')
    expect(r.summary()).toMatch(/no baseline to compare with[\s\S]*no successful push run on 'main'/)
    expect(gh.comments).toHaveLength(1) // on-change: an inconclusive verdict is worth telling
    expect(r.rt.fail).toHaveBeenCalledWith(expect.stringMatching(/inconclusive/), 1)
  })
})

describe('action run, fork-safe two-workflow pattern', () => {
  const pr = { number: 42, headSha: HEAD, baseRef: 'main' }

  it('mode measure uploads the results with the PR number and head SHA, and decides nothing', async () => {
    const f = files()
    const workspace = checkoutOf(forkCommits({})[1].files)
    const { d, store, gh } = deps({ env: { ...PR_ENV, GITHUB_WORKSPACE: workspace }, checkCheckout })
    const r = runtime({
      mode: 'measure',
      'current-results': f.slow,
      'baseline-results': f.base,
      'github-token': 'ghs_measureToken',
    })
    await run(r.rt, d)
    expect(store.uploads).toHaveLength(1)
    const [up] = store.uploads
    expect(up.name).toBe(artifactName(slow, 'mesh-mtls-gate'))
    expect([...up.files.keys()].sort()).toEqual([
      'baseline.json',
      'mtls.json',
      'provenance.json',
      'pull-request.json',
      'results.json',
    ])
    expect(JSON.parse(up.files.get('pull-request.json')!)).toEqual(pr)
    // Who measured: this run of this workflow at the PR's head (not the merge commit), and this gate's version.
    expect(JSON.parse(up.files.get('provenance.json')!)).toEqual({
      workflowPath: '.github/workflows/mesh-gate.yml',
      runId: 900,
      runAttempt: 1,
      headSha: HEAD,
      action: { name: 'mesh-mtls-gate', version: TOOL_VERSION, distDigest: null },
    })
    for (const content of up.files.values()) expect(content).not.toContain('ghs_measureToken')
    expect(r.outputs['results-path']).toMatch(/results\.json$/)
    expect(r.outputs.verdict).toBeUndefined()
    expect(gh.calls).toEqual([])
    expect(r.rt.fail).not.toHaveBeenCalled()
  })

  it('mode measure calls the measuring stage when no results are given', async () => {
    const measure = jest.fn<Measure>().mockResolvedValue({ current: slow, baseline: base })
    const { d, store } = deps({ env: PR_ENV, measure })
    await run(runtime({ mode: 'measure', 'github-token': 't' }).rt, d)
    expect(measure).toHaveBeenCalledTimes(1)
    expect([...store.uploads[0].files.keys()]).toContain('baseline.json')
  })

  it('mode report on workflow_run downloads the bundle, verifies the PR, comments and checks the PR head', async () => {
    const gh = new FakeGitHub()
    gh.pulls.set(42, {
      number: 42,
      state: 'open',
      head: { sha: HEAD, ref: 'x', repo: null },
      base: { ref: 'main', sha: 'c'.repeat(40) },
    })
    const store = new FakeArtifacts()
    store.put(11223344556, artifactName(slow, 'mesh-mtls-gate'), {
      'results.json': slow,
      'baseline.json': base,
      'pull-request.json': pr,
      'provenance.json': measuredBy(),
    })
    const r = runtime({ mode: 'report', 'github-token': 't' })
    await run(r.rt, deps({ env: WORKFLOW_RUN_ENV, gh, store }).d)
    expect(r.outputs.verdict).toBe('regression')
    expect(gh.comments.map((c) => c.issue)).toEqual([42])
    expect(gh.checkRuns[0].head_sha).toBe(HEAD)
    expect(r.rt.fail).toHaveBeenCalledWith(expect.stringMatching(/regression/), 1)
  })

  it('mode report triggered by a push run (a baseline measurement) reports nothing and passes', async () => {
    const event = JSON.parse(readFileSync(fixture('github', 'workflow_run.completed.json'), 'utf8')) as {
      workflow_run: { event: string; head_branch: string }
    }
    event.workflow_run.event = 'push'
    event.workflow_run.head_branch = 'main'
    const path = join(scratch('gate-event-'), 'event.json')
    writeFileSync(path, JSON.stringify(event))
    const { d, gh, store } = deps({ env: { ...WORKFLOW_RUN_ENV, GITHUB_EVENT_PATH: path } })
    const list = jest.spyOn(store, 'list')
    const r = runtime({ mode: 'report', 'github-token': 't', 'fail-on': 'inconclusive' })
    await run(r.rt, d)
    expect(r.rt.info).toHaveBeenCalledWith(
      expect.stringMatching(/measured a push to 'main'.*nothing to report/),
    )
    expect(r.rt.fail).not.toHaveBeenCalled()
    expect(list).not.toHaveBeenCalled()
    expect(gh.calls).toEqual([])
  })

  it('does not comment on a PR the bundle names when that PR’s head is another commit', async () => {
    const gh = new FakeGitHub()
    gh.pulls.set(7, {
      number: 7,
      state: 'open',
      head: { sha: 'd'.repeat(40), ref: 'x', repo: null },
      base: { ref: 'main', sha: 'c'.repeat(40) },
    })
    const store = new FakeArtifacts()
    store.put(11223344556, artifactName(slow, 'mesh-mtls-gate'), {
      'results.json': slow,
      'baseline.json': base,
      'pull-request.json': { ...pr, number: 7 },
      'provenance.json': measuredBy(),
    })
    const r = runtime({ mode: 'report', 'github-token': 't' })
    await run(r.rt, deps({ env: WORKFLOW_RUN_ENV, gh, store }).d)
    expect(r.outputs.verdict).toBe('regression')
    expect(gh.comments).toHaveLength(0)
    expect(gh.checkRuns).toHaveLength(0)
    expect(r.rt.warning).toHaveBeenCalledWith(
      expect.stringMatching(/#7, whose head is not the measured commit/),
    )
  })

  it('an mTLS violation from the measuring run fails the step, sets mtls-verdict and annotates the check run', async () => {
    const finding = {
      severity: 'error' as const,
      code: 'mtls-regression',
      message: 'payments/api: STRICT -> PERMISSIVE',
      resource: { kind: 'PeerAuthentication', namespace: 'payments', name: 'default' },
      file: 'mesh/payments.yaml',
      line: 7,
    }
    const measure = jest
      .fn<Measure>()
      .mockResolvedValue({ current: same, baseline: base, mtls: { verdict: 'fail', findings: [finding] } })
    const { d, gh } = deps({ env: PR_ENV, measure })
    const r = runtime({ 'github-token': 't' })
    await run(r.rt, d)
    expect(r.outputs.verdict).toBe('pass')
    expect(r.outputs['mtls-verdict']).toBe('fail')
    expect(r.rt.fail).toHaveBeenCalledWith("mesh-mtls-gate: mTLS below 'strict'", 1)
    expect(gh.checkRuns[0].conclusion).toBe('failure')
    expect(gh.checkRuns[0].output.annotations).toEqual([
      expect.objectContaining({ path: 'mesh/payments.yaml', start_line: 7, annotation_level: 'failure' }),
    ])

    const never = runtime({ 'github-token': 't', 'fail-on': 'never' })
    await run(never.rt, d)
    expect(never.rt.fail).not.toHaveBeenCalled()
    const none = runtime({ 'github-token': 't', 'require-mtls': 'none' })
    await run(none.rt, d)
    expect(none.rt.fail).not.toHaveBeenCalled()
  })

  it('mode full on a push to the base branch uploads the baseline artifact', async () => {
    const measure = jest.fn<Measure>().mockResolvedValue({ current: base, baseline: null })
    const { d, store, gh } = deps({ env: PUSH_ENV, measure })
    const r = runtime({ 'github-token': 't', baseline: 'none' })
    await run(r.rt, d)
    expect(store.uploads.map((u) => u.name)).toEqual([artifactName(base, 'mesh-mtls-gate')])
    expect(store.uploads[0].files.has('pull-request.json')).toBe(false)
    expect(r.outputs.verdict).toBe('inconclusive')
    expect(gh.comments).toHaveLength(0)
  })
})

describe('action inputs', () => {
  it('every input read by readSettings is declared in action.yml, and vice versa', () => {
    const read = new Set<string>()
    readSettings((name) => (read.add(name), ''))
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
    const declared = [...yml.split('outputs:')[0].matchAll(/^ {2}([a-z][a-z0-9-]*):$/gm)].map((m) => m[1])
    expect(new Set(declared)).toEqual(read)
    expect(yml).toMatch(/using: node24/)
  })
  it('cluster-config names the eks/gke cluster settings file the cluster stage reads', () => {
    const settings = readSettings(
      (n) => ({ cluster: 'gke', 'cluster-config': ' .github/gke.yaml ' })[n] ?? '',
    )
    expect(settings).toMatchObject({ cluster: 'gke', clusterConfigPath: '.github/gke.yaml' })
  })
  it('rejects a bad comment-id', () => {
    expect(() => readSettings((n) => (n === 'comment-id' ? 'a b' : ''))).toThrow(/Invalid input 'comment-id'/)
  })
  it('verify: empty defers to the gate config, published or pinned are taken, anything else names the input', () => {
    expect(readSettings(() => '').verify).toBeNull()
    expect(readSettings((n) => (n === 'verify' ? 'pinned' : '')).verify).toBe('pinned')
    expect(() => readSettings((n) => (n === 'verify' ? 'strict' : ''))).toThrow(
      "Invalid input 'verify': 'strict'. Expected one of: published, pinned.",
    )
  })
})

describe('mode measure with current-results records the mTLS matrix of the checked-out configuration', () => {
  const pr = { number: 42, headSha: HEAD, baseRef: 'main' }
  /** The measuring run of the workflow_run fixture, in a checkout of the PR's head (`change`). */
  const MEASURE_ENV = {
    ...PR_ENV,
    GITHUB_RUN_ID: String(TRIGGER.id),
    GITHUB_WORKFLOW_REF: `acme/mesh-config/${TRIGGER.path}@refs/pull/42/merge`,
  }

  async function measure(current: Results, change: Parameters<typeof forkCommits>[0] = {}) {
    const d = scratch('gate-res-')
    const path = join(d, 'current.json')
    writeFileSync(path, JSON.stringify(current))
    const workspace = checkoutOf(forkCommits(change)[1].files)
    const { d: measureDeps, store } = deps({
      env: { ...MEASURE_ENV, GITHUB_WORKSPACE: workspace },
      checkCheckout,
    })
    const r = runtime({
      mode: 'measure',
      mesh: 'istio',
      'config-paths': 'mesh/**/*.yaml',
      'current-results': path,
      'baseline-results': files().base,
      'github-token': 't',
    })
    await run(r.rt, measureDeps)
    expect(r.rt.fail).not.toHaveBeenCalled()
    const [up] = store.uploads
    return { ...r, up, results: JSON.parse(up.files.get('results.json')!) as Results }
  }

  /** mode report under workflow_run over what the measure run uploaded, for PR #42 whose files are `change`. */
  async function report(up: { name: string; files: Map<string, string> }, change = {}) {
    const gh = new FakeGitHub()
    gh.pulls.set(42, {
      number: 42,
      state: 'open',
      head: { sha: HEAD, ref: 'strict-payments', repo: { full_name: 'acme/mesh-config' } },
      base: { ref: 'main', sha: BASE_SHA },
    })
    gh.commits(42, ...forkCommits(change))
    const store = new FakeArtifacts()
    store.put(
      TRIGGER.id,
      up.name,
      Object.fromEntries([...up.files].map(([name, text]) => [name, JSON.parse(text) as unknown])),
    )
    const r = runtime({ mode: 'report', mesh: 'istio', 'github-token': 't' })
    await run(r.rt, deps({ env: WORKFLOW_RUN_ENV, gh, store }).d)
    return { ...r, gh }
  }

  it('an honest pull request measured elsewhere passes its report: the artifact carries the static matrix', async () => {
    const m = await measure(same)
    expect(JSON.parse(m.up.files.get('pull-request.json')!)).toEqual(pr)
    // The validator's rows for the checkout's PeerAuthentication and the gate's workloads, none probed live.
    const rows = m.results.mtls!.entries.map((e) => [e.namespace, e.workload, e.mode, e.live])
    expect(m.results.mtls!.mesh).toBe('istio')
    expect(rows).toEqual(
      expect.arrayContaining([
        ['*', '*', 'PERMISSIVE', 'not-probed'],
        ['mesh-gate', '*', 'STRICT', 'not-probed'],
        ['mesh-gate', 'Deployment/fortio-client', 'STRICT', 'not-probed'],
        ['mesh-gate', 'Deployment/fortio-server', 'STRICT', 'not-probed'],
      ]),
    )
    expect(rows.every((r) => r[3] === 'not-probed')).toBe(true)
    expect(JSON.parse(m.up.files.get('mtls.json')!)).toEqual({ verdict: 'pass', findings: [] })
    expect(m.rt.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /recorded the static matrix of the checked-out configuration \(istio, \d+ rows\)/,
      ),
    )

    const r = await report(m.up)
    expect(r.outputs.verdict).toBe('pass')
    expect(r.outputs['mtls-verdict']).toBe('pass')
    expect(r.summary()).not.toContain('carries no mTLS matrix')
    expect(r.gh.checkRuns.map((c) => c.conclusion)).toEqual(['success'])
    expect(r.rt.fail).not.toHaveBeenCalled()
  })

  it('a weaker configuration checked out is recorded as it is: the report fails its mTLS check, without a disagreement', async () => {
    const m = await measure(same, { mesh: 'permissive' })
    expect(JSON.parse(m.up.files.get('mtls.json')!)).toMatchObject({ verdict: 'fail' })
    const r = await report(m.up, { mesh: 'permissive' })
    expect(r.outputs['mtls-verdict']).toBe('fail')
    expect(r.summary()).not.toMatch(/artifact.s mTLS matrix disagrees/)
    expect(r.rt.fail).toHaveBeenCalledWith(expect.stringMatching(/mTLS below 'strict'/), 1)
  })

  it('a results file with a matrix of its own: the checkout’s modes win, its live outcomes stay where it agrees', async () => {
    const server = (e: { workload: string }) => e.workload === 'Deployment/fortio-server'
    const client = (e: { workload: string }) => e.workload === 'Deployment/fortio-client'
    // What an earlier run of the same configuration recorded, then probed (server) and stated otherwise (client).
    const honest = (await measure(same)).results.mtls!
    const own = {
      ...honest,
      entries: honest.entries.map((e) =>
        server(e)
          ? { ...e, live: 'refused' as const, telemetry: 'mtls' as const, telemetryDetail: 'mutual_tls 1200' }
          : client(e)
            ? { ...e, mode: 'PERMISSIVE' as const, live: 'accepted' as const }
            : e,
      ),
    }
    const m = await measure({ ...same, mtls: own })
    const recorded = m.results.mtls!.entries
    expect(recorded.find(server)).toMatchObject({ mode: 'STRICT', live: 'refused', telemetry: 'mtls' })
    expect(recorded.find(client)).toMatchObject({ mode: 'STRICT', live: 'not-probed' })
    expect(m.rt.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /disagrees with the checked-out configuration on 1 row\(s\) \(mesh-gate\/Deployment\/fortio-client is PERMISSIVE in the file, STRICT in the checkout\)/,
      ),
    )
    const r = await report(m.up)
    expect(r.outputs['mtls-verdict']).toBe('pass')
  })

  it('a live outcome in the file that contradicts the checkout’s mode is an mTLS failure, kept by the report', async () => {
    const honest = (await measure(same)).results.mtls!
    const own = {
      ...honest,
      entries: honest.entries.map((e) =>
        e.workload === 'Deployment/fortio-server' ? { ...e, live: 'accepted' as const } : e,
      ),
    }
    const m = await measure({ ...same, mtls: own })
    expect(JSON.parse(m.up.files.get('mtls.json')!)).toMatchObject({
      verdict: 'fail',
      findings: [expect.objectContaining({ code: 'mtls-live-mismatch' })],
    })
    const r = await report(m.up)
    expect(r.outputs['mtls-verdict']).toBe('fail')
  })

  it('without a checkout of the configuration it stops with 2, naming config-paths', async () => {
    const { d, store } = deps({
      env: { ...MEASURE_ENV, GITHUB_WORKSPACE: checkoutOf({ 'README.md': '# x\n' }) },
      checkCheckout,
    })
    const r = runtime({ mode: 'measure', 'current-results': files().same, 'github-token': 't' })
    await run(r.rt, d)
    expect(r.rt.fail).toHaveBeenCalledWith(
      expect.stringMatching(/config-paths 'mesh\/\*\*': no file matched/),
      2,
    )
    expect(store.uploads).toEqual([])
  })
})

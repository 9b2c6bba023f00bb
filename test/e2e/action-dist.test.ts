/**
 * End to end: the bundled dist/index.js as the runner runs it — a child process with the runner's environment
 * (GITHUB_EVENT_PATH with a pull_request payload, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, INPUT_* with action.yml's
 * defaults filled in as the runner does) — against a local stand-in of GitHub's REST API on 127.0.0.1.
 * Run `npm run bundle` first: this tests the bundle, which CI checks equals a fresh build of the sources.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { dirDigest } from '../../src/github/provenance.js'
import { results } from '../compare/builders.js'
import { checkoutOf, forkCommits, measuredBy, STRICT_MATRIX } from '../github/fork-fixtures.js'
import { ROOT, fixture, scratch } from '../helpers.js'
import { GitHubStandIn } from './github-stand-in.js'
import { unzip, zip } from './zip.js'

const DIST = join(ROOT, 'dist', 'index.js')
const TOKEN = 'ghs_e2eSecretToken0123456789abcdefABCDEF'
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e'

interface Step {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** What the step saved for the post step (GITHUB_STATE). */
  state: string
}

/** The runner sets INPUT_<NAME> (uppercased, hyphens kept) for every input, defaults included. */
function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = spec.default ?? ''
    env[`INPUT_${name.toUpperCase()}`] = value === '${{ github.token }}' ? TOKEN : value
  }
  return env
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}

async function runStep(api: GitHubStandIn, inputs: Record<string, string>): Promise<Step> {
  const dir = scratch('gate-e2e-')
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), state: join(dir, 'state') }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: fixture('github', 'pull_request.synchronize.json'),
    GITHUB_REPOSITORY: 'acme/mesh-config',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: 'e5bd3914e2e596debea16f433f57875b5b90bcd6',
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_RUN_ID: '11223344999',
    GITHUB_WORKFLOW_REF: 'acme/mesh-config/.github/workflows/mesh-gate.yml@refs/pull/42/merge',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: dir,
    // The suite's temp folder, not the step's: what the action leaves there fails the run (test/setup).
    TMPDIR: tmpdir(),
    ...defaultInputs(),
    ...inputs,
  }
  const child = spawn(process.execPath, [DIST], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: readFileSync(files.state, 'utf8'),
  }
}

function resultFiles() {
  const d = scratch('gate-e2e-res-')
  const write = (name: string, data: unknown) => (
    writeFileSync(join(d, name), JSON.stringify(data)),
    join(d, name)
  )
  return {
    base: write('base.json', results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] })),
    slow: write('slow.json', results({ p99: [1.25, 1.27, 1.23, 1.26, 1.24] })),
    same: write('same.json', results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0] })),
  }
}

const report = (baseline: string, current: string, more: Record<string, string> = {}) => ({
  INPUT_MODE: 'report',
  'INPUT_BASELINE-RESULTS': baseline,
  'INPUT_CURRENT-RESULTS': current,
  'INPUT_GITHUB-TOKEN': TOKEN,
  ...more,
})

/** The token may appear in the log only inside the ::add-mask:: command that tells the runner to hide it. */
function expectTokenMasked(step: Step) {
  const lines = (step.stdout + step.stderr).split('\n').filter((l) => l.includes(TOKEN))
  expect(lines).toEqual([`::add-mask::${TOKEN}`])
  expect(step.summary).not.toContain(TOKEN)
}

/** Pull request #42 as GitHub serves it: its head is the measured commit, from a fork. */
const setPull42 = () =>
  api.pulls.set(42, {
    number: 42,
    state: 'open',
    url: `${api.url}/repos/acme/mesh-config/pulls/42`,
    html_url: 'https://github.com/acme/mesh-config/pull/42',
    head: {
      sha: HEAD,
      ref: 'strict-payments',
      label: 'contributor:strict-payments',
      repo: { full_name: 'contributor/mesh-config' },
    },
    base: { sha: '9049f1265b7d61be4a8904a9a27120d2064dab3b', ref: 'main', label: 'acme:main' },
  })

let api: GitHubStandIn
beforeEach(async () => {
  api = new GitHubStandIn()
  await api.start()
})
afterEach(async () => api.stop())

describe('dist/index.js under the runner’s environment', () => {
  it('is built', () => {
    expect(existsSync(DIST)).toBe(true)
  })

  it('is the one bundle of both steps: dist/ holds the action only, and the saved state makes it the post step', async () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      runs: { main: string; post: string }
    }
    expect(action.runs).toMatchObject({ main: 'dist/index.js', post: 'dist/index.js' })
    // No CLI bundle and no second bundle for the post step: their chunks are dist/<id>.index.js.
    expect(readdirSync(join(ROOT, 'dist')).filter((f) => !/^(\d+\.)?index\.js$/.test(f))).toEqual([
      'licenses.txt',
      'package.json',
    ])

    const f = resultFiles()
    const main = await runStep(api, report(f.base, f.same))
    expect(main.code).toBe(0)
    expect(main.state).toMatch(/^is-post<<(\S+)\ntrue\n\1$/m)

    const requests = api.requests.length
    const post = await runStep(api, { 'STATE_is-post': 'true' })
    expect(post.code).toBe(0)
    expect(post.stdout).toContain('mesh-mtls-gate: the main step created no cluster; nothing to clean up')
    expect(post.stdout).not.toContain('::error::')
    expect(post.outputs).toEqual({})
    expect(api.requests).toHaveLength(requests)
  }, 60_000)

  it('a regression exits 1 with summary, outputs, one comment and a failing check; a passing pair updates the comment', async () => {
    const f = resultFiles()
    const first = await runStep(api, report(f.base, f.slow))
    expect(first.stderr).toBe('')
    expect(first.code).toBe(1)
    expect(first.outputs.verdict).toBe('regression')
    expect(first.outputs['p99-change']).toMatch(/^\+2[45]\.\d%$/)
    expect(first.summary).toMatch(/\| *Metric *\|/)
    expect(first.stdout).toMatch(/::error::mesh-mtls-gate: regression \(fail-on: regression\)/)
    expectTokenMasked(first)
    expect(api.comments).toHaveLength(1)
    const comment = { ...api.comments[0] }
    expect(comment.issue).toBe(42)
    expect(comment.user?.login).toBe('github-actions[bot]')
    expect(comment.body).toMatch(/^<!-- mesh-mtls-gate:mesh-mtls-gate -->/)
    expect(comment.body).not.toContain(TOKEN)
    expect(first.outputs['comment-url']).toBe(comment.html_url)
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure', status: 'completed' })
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)

    const second = await runStep(api, report(f.base, f.same))
    expect(second.code).toBe(0)
    expect(second.outputs.verdict).toBe('pass')
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0].id).toBe(comment.id)
    expect(api.comments[0].body).not.toBe(comment.body)
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1)
    expect(
      api.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/')),
    ).toHaveLength(1)
    expect(api.checkRuns[1].conclusion).toBe('success')
  }, 60_000)

  it('a 403 on the comment (a fork PR) warns about pull-requests: write, keeps the summary, and follows fail-on', async () => {
    const f = resultFiles()
    api.fail('POST', /\/issues\/42\/comments$/, 403, 'Resource not accessible by integration')
    api.fail('POST', /\/check-runs$/, 403, 'Resource not accessible by integration')
    const step = await runStep(api, report(f.base, f.slow))
    expect(step.code).toBe(1)
    expect(step.summary).toMatch(/\| *Metric *\|/)
    expect(step.outputs.verdict).toBe('regression')
    expect(step.stdout).toMatch(
      /::warning::mesh-mtls-gate could not write the PR comment: .*'pull-requests: write'/,
    )
    expect(step.stdout).toMatch(/::warning::mesh-mtls-gate could not create the check run: .*'checks: write'/)
    expect(step.stdout).not.toMatch(/^\s+at /m)
    expect(api.comments).toHaveLength(0)
    // Retries do not hammer a refusal: one attempt each.
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2)
    expectTokenMasked(step)

    const never = await runStep(api, report(f.base, f.slow, { 'INPUT_FAIL-ON': 'never' }))
    expect(never.code).toBe(0)
    expect(never.outputs.verdict).toBe('regression')
  }, 60_000)

  it('bad input exits 2 with a message naming the input, and no stack trace', async () => {
    const f = resultFiles()
    const step = await runStep(api, report(f.base, f.slow, { 'INPUT_FAIL-ON': 'sometimes' }))
    expect(step.code).toBe(2)
    expect(step.stdout).toContain(
      "::error::Invalid input 'fail-on': 'sometimes'. Expected one of: regression, inconclusive, never.",
    )
    expect(step.stdout + step.stderr).not.toMatch(/^\s+at /m)
    expect(api.requests).toHaveLength(0)
  }, 60_000)

  describe('mode report under workflow_run (the fork-safe second workflow)', () => {
    const RUN = 11223344556
    const env = (more: Record<string, string> = {}) => ({
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: fixture('github', 'workflow_run.completed.json'),
      GITHUB_REF: 'refs/heads/main',
      INPUT_MODE: 'report',
      'INPUT_GITHUB-TOKEN': TOKEN,
      ...more,
    })
    const bundle = (pr = 42, provenance = measuredBy()) =>
      zip({
        'results.json': JSON.stringify(results({ p99: [1.25, 1.27, 1.23, 1.26, 1.24] })),
        'baseline.json': JSON.stringify(results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] })),
        'pull-request.json': JSON.stringify({ number: pr, headSha: HEAD, baseRef: 'main' }),
        'provenance.json': JSON.stringify(provenance),
      })
    const pull42 = () => (commits({}), setPull42())

    // Each case: the head of the pull request the artifact names, then what the step posts for it: the issue
    // commented on, the check runs (head, conclusion), and whether it warns that the claim does not hold.
    it.each<[string, string, number[], string[][], boolean]>([
      [
        'downloads the measure run’s artifact with @actions/artifact, verifies it, comments on the PR and checks its head',
        HEAD,
        [42],
        [[HEAD, 'failure']],
        false,
      ],
      [
        'does not comment on a PR that the artifact names when its head is another commit',
        'f'.repeat(40),
        [],
        [],
        true,
      ],
    ])(
      '%s',
      async (_case, prHead, commented, checkRuns, warnsOfClaim) => {
        pull42()
        api.pulls.get(42)!.head.sha = prHead
        api.addArtifact(RUN, 'mesh-mtls-gate-results-istio-0badc0de', bundle())
        const step = await runStep(api, env())
        expect(step.code).toBe(1)
        expect(step.outputs.verdict).toBe('regression')
        expect(api.comments.map((c) => c.issue)).toEqual(commented)
        expect(api.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual(checkRuns)
        const claimWarning =
          /::warning::the results claim pull request #42, whose head is not the measured commit/
        if (warnsOfClaim) expect(step.stdout).toMatch(claimWarning)
        else expect(step.stdout).not.toMatch(claimWarning)
        expect(api.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual(
          expect.arrayContaining([
            `GET /repos/acme/mesh-config/actions/runs/${RUN}/artifacts`,
            expect.stringMatching(/^GET \/repos\/acme\/mesh-config\/actions\/artifacts\/\d+\/zip$/),
            expect.stringMatching(/^GET \/blob\/\d+\.zip$/),
            'GET /repos/acme/mesh-config/pulls/42',
          ]),
        )
        expectTokenMasked(step)
      },
      60_000,
    )

    // Each case: the archive uploaded, the digest recorded for it (default: its own), the error the step ends with.
    it.each<[string, () => Buffer, string | undefined, RegExp]>([
      [
        'an archive whose digest differs from the one recorded at upload',
        () => bundle(),
        `sha256:${'0'.repeat(64)}`,
        /::error::.*digest differs/,
      ],
      [
        // A fork's run that re-uploads a passing artifact of a trusted run (the base branch's push run 998877).
        'an artifact that says another run measured it (the error names both run ids)',
        () => bundle(42, measuredBy({ runId: 998877 })),
        undefined,
        /::error::artifact '[^']+' downloaded from run 11223344556 says it was measured by run 998877, not the triggering run 11223344556: refused/,
      ],
    ])(
      'refuses %s: exit 2, no stack trace, nothing posted',
      async (_case, archive, digest, error) => {
        pull42()
        api.addArtifact(RUN, 'mesh-mtls-gate-results-istio-0badc0de', archive(), digest)
        const step = await runStep(api, env())
        expect(step.code).toBe(2)
        expect(step.stdout).toMatch(error)
        expect(step.stdout + step.stderr).not.toMatch(/^\s+at /m)
        expect(api.comments).toHaveLength(0)
        expect(api.checkRuns).toHaveLength(0)
        expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([])
      },
      60_000,
    )

    /** The PR's commits as GitHub's API serves them: the base, and the head with `change`. */
    const commits = (change: Parameters<typeof forkCommits>[0]) => {
      const [b, h] = forkCommits(change)
      api.commits.set(b.sha, b.files)
      api.commits.set(h.sha, h.files)
      api.pullCommits.set(42, { base: b.sha, head: h.sha })
    }
    const passing = () =>
      zip({
        'results.json': JSON.stringify({
          ...results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0] }),
          mtls: STRICT_MATRIX,
        }),
        'baseline.json': JSON.stringify({
          ...results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] }),
          mtls: STRICT_MATRIX,
        }),
        'pull-request.json': JSON.stringify({ number: 42, headSha: HEAD, baseRef: 'main' }),
        'mtls.json': JSON.stringify({ verdict: 'pass', findings: [] }),
        'provenance.json': JSON.stringify(measuredBy()),
      })

    it('a fork PR that changes the measuring workflow and uploads a passing artifact: action_required, the comment names the file; without that change: success', async () => {
      pull42()
      commits({ workflow: readFileSync(fixture('github', 'fork', 'mesh-gate-measure.forged.yml'), 'utf8') })
      api.addArtifact(RUN, 'mesh-mtls-gate-results-istio-0badc0de', passing())
      const held = await runStep(api, env())
      // (stderr has Node's DEP0005 warning from the artifact client's unzip, as every workflow_run download does.)
      expect(held.stdout + held.stderr).not.toMatch(/^\s+at /m)
      expect(held.code).toBe(0)
      expect(held.outputs.verdict).toBe('inconclusive')
      expect(api.checkRuns.map((c) => [c.head_sha, c.conclusion, c.output.title])).toEqual([
        [HEAD, 'action_required', 'Maintainer review required'],
      ])
      expect(api.checkRuns[0].details_url).toBe(
        'https://github.com/acme/mesh-config/actions/runs/11223344999',
      )
      expect(api.comments).toHaveLength(1)
      expect(api.comments[0].body).toMatch(
        /\| \.github\/workflows\/mesh-gate-measure\.yml \| modified \| the measuring workflow \| [0-9a-f]{7} → [0-9a-f]{7} \|/,
      )
      expect(api.comments[0].body).toContain('trusted context')
      expect(held.stdout).toMatch(/::warning::mesh-mtls-gate: a maintainer must review this pull request/)
      // Asked GitHub, with the PR's file list paginated and the trees and blobs of both commits.
      expect(api.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual(
        expect.arrayContaining([
          'GET /repos/acme/mesh-config/pulls/42/files',
          `GET /repos/acme/mesh-config/git/trees/${HEAD}`,
          'GET /repos/acme/mesh-config/git/trees/9049f1265b7d61be4a8904a9a27120d2064dab3b',
          expect.stringMatching(/^GET \/repos\/acme\/mesh-config\/git\/blobs\/[0-9a-f]{40}$/),
        ]),
      )
      expectTokenMasked(held)

      commits({})
      const clean = await runStep(api, env())
      expect(clean.code).toBe(0)
      expect(clean.outputs.verdict).toBe('pass')
      expect(clean.outputs['mtls-verdict']).toBe('pass')
      expect(api.checkRuns[1].conclusion).toBe('success')
      // The sticky comment is updated: no longer asking for a maintainer.
      expect(api.comments).toHaveLength(1)
      expect(api.comments[0].body).not.toContain('Maintainer review required')
      expect(api.comments[0].body).toContain('Measured by mesh-mtls-gate 0.1.0')
    }, 90_000)

    it('a passing artifact whose mTLS matrix hides STRICT → PERMISSIVE in the PR’s files: an mTLS regression', async () => {
      pull42()
      commits({ mesh: 'permissive' })
      api.addArtifact(RUN, 'mesh-mtls-gate-results-istio-0badc0de', passing())
      const step = await runStep(api, env())
      expect(step.code).toBe(1)
      expect(step.outputs.verdict).toBe('pass')
      expect(step.outputs['mtls-verdict']).toBe('fail')
      expect(step.stdout).toContain("::error::mesh-mtls-gate: mTLS below 'strict'")
      expect(api.checkRuns.map((c) => c.conclusion)).toEqual(['failure'])
      expect(step.summary).toMatch(
        /🔻 weaker \| mesh-gate\/Deployment\/fortio-server \| STRICT \| PERMISSIVE \|/,
      )
      expect(step.summary).toMatch(/the artifact says STRICT, the pull request's files say PERMISSIVE/)
    }, 60_000)
  })

  it('mode measure uploads the bundle through @actions/artifact with the checkout’s mTLS matrix, and mode report under workflow_run reads it back: an honest PR passes', async () => {
    const f = resultFiles()
    const RUN = 11223344556
    api.uploadRunId = RUN
    const claims = Buffer.from(
      JSON.stringify({ scp: 'Actions.GenericRead Actions.Results:run-backend-1:job-backend-1' }),
    ).toString('base64url')
    const measure = await runStep(api, {
      INPUT_MODE: 'measure',
      INPUT_MESH: 'istio',
      'INPUT_CONFIG-PATHS': 'mesh/**/*.yaml',
      'INPUT_CURRENT-RESULTS': f.same,
      'INPUT_BASELINE-RESULTS': f.base,
      'INPUT_GITHUB-TOKEN': TOKEN,
      GITHUB_RUN_ID: String(RUN),
      GITHUB_WORKFLOW_REF: 'acme/mesh-config/.github/workflows/mesh-gate-measure.yml@refs/pull/42/merge',
      ACTIONS_RUNTIME_TOKEN: `eyJhbGciOiJub25lIn0.${claims}.`,
      ACTIONS_RESULTS_URL: `${api.url}/`,
      // The PR's head checked out, as actions/checkout leaves it: its configuration's static mTLS matrix is recorded.
      GITHUB_WORKSPACE: checkoutOf(forkCommits({})[1].files),
    })
    expect(measure.stderr).toBe('')
    expect(measure.code).toBe(0)
    expect(measure.outputs.verdict).toBeUndefined()
    expect(measure.outputs['results-path']).toMatch(/results\.json$/)
    const [uploaded] = api.artifacts.get(RUN) ?? []
    expect(uploaded.name).toMatch(/^mesh-mtls-gate-results-istio-[0-9a-f]{8}$/)
    const files = unzip(uploaded.zip)
    expect(Object.keys(files).sort()).toEqual([
      'baseline.json',
      'mtls.json',
      'provenance.json',
      'pull-request.json',
      'results.json',
    ])
    expect(JSON.parse(files['pull-request.json'])).toEqual({ number: 42, headSha: HEAD, baseRef: 'main' })
    const matrix = (
      JSON.parse(files['results.json']) as { mtls: { entries: { workload: string; mode: string }[] } }
    ).mtls
    expect(matrix.entries.find((e) => e.workload === 'Deployment/fortio-server')?.mode).toBe('STRICT')
    // The bundle records the dist/ it ran from: this checkout's, as sha256sum over its sorted files digests it.
    expect(JSON.parse(files['provenance.json'])).toEqual(
      measuredBy({
        action: { name: 'mesh-mtls-gate', version: '0.1.0', distDigest: await dirDigest(join(ROOT, 'dist')) },
      }),
    )
    expect(JSON.stringify(files)).not.toContain(TOKEN)
    // The digest @actions/artifact computed while uploading is the archive's.
    expect(uploaded.digest).toBe(`sha256:${createHash('sha256').update(uploaded.zip).digest('hex')}`)
    expect(api.comments).toHaveLength(0)

    setPull42()
    const [b, h] = forkCommits({})
    api.commits.set(b.sha, b.files)
    api.commits.set(h.sha, h.files)
    api.pullCommits.set(42, { base: b.sha, head: h.sha })
    const report = await runStep(api, {
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: fixture('github', 'workflow_run.completed.json'),
      INPUT_MODE: 'report',
      'INPUT_GITHUB-TOKEN': TOKEN,
    })
    expect(report.stdout).not.toContain('carries no mTLS matrix')
    expect(report.code).toBe(0)
    expect(report.outputs.verdict).toBe('pass')
    expect(report.outputs['mtls-verdict']).toBe('pass')
    // comment: on-change writes no first comment for a pass; the check run on the PR's head is the verdict.
    expect(api.comments).toEqual([])
    expect(api.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual([[HEAD, 'success']])
  }, 60_000)
})

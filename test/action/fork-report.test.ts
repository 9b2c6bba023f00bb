/**
 * Mode report under workflow_run for a fork's pull request, through `run` with the GitHub and artifact fakes: the
 * acceptance of "a fork cannot forge the required check".
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SECURITY_DOC } from '../../src/github/fork-review.js'
import { artifactName } from '../../src/github/artifact.js'
import { run } from '../../src/main.js'
import { measureNotAvailable } from '../../src/measure.js'
import type { Results } from '../../src/results/schema.js'
import { results } from '../compare/builders.js'
import { FakeArtifacts, FakeGitHub } from '../github/fakes.js'
import { BASE_SHA, forkCommits, measuredBy, STRICT_MATRIX, TRIGGER } from '../github/fork-fixtures.js'
import { fixture, ROOT } from '../helpers.js'
import { actionRuntime } from './runtime.js'

const forged = readFileSync(fixture('github', 'fork', 'mesh-gate-measure.forged.yml'), 'utf8')
const base = results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] })
const same = results({ p99: [1.0, 1.01, 0.99, 1.0, 1.0] })
const slow = results({ p99: [1.25, 1.27, 1.23, 1.26, 1.24] })
const strictMatrix: Results['mtls'] = STRICT_MATRIX

const runtime = (inputs: Record<string, string>) => actionRuntime(inputs, 'gate-fork-')

/** A fork's PR #42 whose measuring run uploaded `current` (with `matrix`) and a same-run baseline. */
async function report(o: {
  change: Parameters<typeof forkCommits>[0]
  current: Results
  matrix?: Results['mtls']
  headRepo?: string
  provenance?: ReturnType<typeof measuredBy>
  inputs?: Record<string, string>
}) {
  const gh = new FakeGitHub()
  gh.pulls.set(42, {
    number: 42,
    state: 'open',
    head: {
      sha: TRIGGER.headSha,
      ref: 'strict-payments',
      repo: { full_name: o.headRepo ?? 'contributor/mesh-config' },
    },
    base: { ref: 'main', sha: BASE_SHA },
  })
  gh.commits(42, ...forkCommits(o.change))
  const store = new FakeArtifacts()
  const current = { ...o.current, mtls: o.matrix === undefined ? strictMatrix : o.matrix }
  store.put(TRIGGER.id, artifactName(current, 'mesh-mtls-gate'), {
    'results.json': current,
    'baseline.json': { ...base, mtls: strictMatrix },
    'pull-request.json': { number: 42, headSha: TRIGGER.headSha, baseRef: 'main' },
    'mtls.json': { verdict: 'pass', findings: [] },
    'provenance.json': o.provenance ?? measuredBy(),
  })
  const r = runtime({ mode: 'report', 'github-token': 't', mesh: 'istio', ...o.inputs })
  await run(r.rt, {
    env: {
      GITHUB_REPOSITORY: 'acme/mesh-config',
      GITHUB_RUN_ID: '900',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: fixture('github', 'workflow_run.completed.json'),
    },
    github: () => gh,
    artifacts: () => store,
    measure: measureNotAvailable,
    checkCheckout: () => Promise.reject(new Error('mode report checks out no configuration')),
  })
  return { ...r, gh }
}

describe('mode report for a fork’s pull request', () => {
  it('a passing artifact of a PR that changes the measuring workflow: action_required, and a comment naming the file', async () => {
    const r = await report({ change: { workflow: forged }, current: same })
    expect(r.gh.checkRuns).toHaveLength(1)
    expect(r.gh.checkRuns[0]).toMatchObject({
      head_sha: TRIGGER.headSha,
      conclusion: 'action_required',
      details_url: 'https://github.com/acme/mesh-config/actions/runs/900',
      output: { title: 'Maintainer review required' },
    })
    expect(r.gh.checkRuns[0].output.summary).toContain('.github/workflows/mesh-gate-measure.yml')
    expect(r.gh.comments).toHaveLength(1)
    const body = r.gh.comments[0].body!
    expect(body).toMatch(/^<!-- mesh-mtls-gate:mesh-mtls-gate -->/)
    expect(body).toContain('Maintainer review required')
    expect(body).toMatch(
      /\| \.github\/workflows\/mesh-gate-measure\.yml \| modified \| the measuring workflow \|/,
    )
    expect(body).toContain('trusted context')
    expect(r.outputs.verdict).toBe('inconclusive')
    expect(r.rt.warning).toHaveBeenCalledWith(
      expect.stringMatching(/maintainer must review.*mesh-gate-measure\.yml/),
    )
    expect(r.rt.fail).not.toHaveBeenCalled()
  })

  it('the same PR without the workflow change: success', async () => {
    const r = await report({ change: {}, current: same })
    expect(r.gh.checkRuns.map((c) => c.conclusion)).toEqual(['success'])
    expect(r.rt.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Measured by mesh-mtls-gate 0\.1\.0 \(dist sha256:abababab.*\) in run 11223344556 attempt 1/,
      ),
    )
    expect(r.outputs.verdict).toBe('pass')
    expect(r.outputs['mtls-verdict']).toBe('pass')
    expect(r.summary()).toContain('Measured by mesh-mtls-gate 0.1.0')
    expect(r.summary()).not.toContain('Maintainer review required')
  })

  it('a regression with the workflow changed is still a regression: failure', async () => {
    const r = await report({ change: { workflow: forged }, current: slow })
    expect(r.gh.checkRuns.map((c) => c.conclusion)).toEqual(['failure'])
    expect(r.outputs.verdict).toBe('regression')
    expect(r.gh.comments[0].body).toContain('Maintainer review required')
    expect(r.rt.fail).toHaveBeenCalledWith(expect.stringMatching(/regression/), 1)
  })

  it('a branch of this repository that changes the workflow: a notice, and the verdict stands', async () => {
    const r = await report({ change: { workflow: forged }, current: same, headRepo: 'acme/mesh-config' })
    expect(r.gh.checkRuns.map((c) => c.conclusion)).toEqual(['success'])
    expect(r.summary()).toContain('This pull request changes how it is measured')
  })

  it('a passing artifact whose matrix hides STRICT → PERMISSIVE is reported as an mTLS regression', async () => {
    const r = await report({ change: { mesh: 'permissive' }, current: same })
    expect(r.outputs.verdict).toBe('pass')
    expect(r.outputs['mtls-verdict']).toBe('fail')
    expect(r.gh.checkRuns[0].conclusion).toBe('failure')
    expect(r.gh.checkRuns[0].output.annotations).toContainEqual(
      expect.objectContaining({ path: 'mesh/peer-authentication.yaml', annotation_level: 'failure' }),
    )
    expect(r.summary()).toMatch(
      /🔻 weaker \| mesh-gate\/Deployment\/fortio-server \| STRICT \| PERMISSIVE \|/,
    )
    expect(r.summary()).toMatch(
      /fortio-server: the artifact says STRICT, the pull request's files say PERMISSIVE/,
    )
    expect(r.rt.fail).toHaveBeenCalledWith("mesh-mtls-gate: mTLS below 'strict'", 1)
  })

  it('the README’s security section states the limits and the trusted re-run, as docs/security.md does', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const security = readFileSync(join(ROOT, SECURITY_DOC), 'utf8')
    const start = readme.indexOf('**Security limits, in plain words**')
    expect(start).toBeGreaterThan(-1)
    const section = readme.slice(start, readme.indexOf('\n\n', start)).replace(/\s+/g, ' ')
    for (const said of [
      `(${SECURITY_DOC})`,
      'refuses an artifact measured by another run',
      "from the PR's own merge commit",
      '`action_required`',
      '`neutral` would count as passing',
      "recomputed from the PR's files",
      'What it cannot protect: latency figures',
      'is not detected',
      'only people with write access can push there',
    ])
      expect(section).toContain(said)
    // GitHub's setting, named the same in both places.
    for (const setting of [
      'Approval for running fork pull request workflows from contributors',
      'Require approval for all external contributors',
      'all outside collaborators',
    ]) {
      expect(section).toContain(`"${setting}`)
      expect(security.replace(/\s+/g, ' ')).toContain(setting)
    }
  })

  it('an artifact from another run is refused naming both run ids; nothing is posted', async () => {
    const r = await report({ change: {}, current: same, provenance: measuredBy({ runId: 998877 }) })
    expect(r.rt.fail).toHaveBeenCalledWith(
      expect.stringMatching(/measured by run 998877, not the triggering run 11223344556: refused/),
      2,
    )
    expect(r.gh.checkRuns).toHaveLength(0)
    expect(r.gh.comments).toHaveLength(0)
  })
})

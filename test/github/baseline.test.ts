import { describe, expect, it } from '@jest/globals'
import type { WorkflowRunInfo } from '../../src/github/api.js'
import { artifactName, readBundle, writeBundle } from '../../src/github/artifact.js'
import { downloadTriggeringBundle, findBaseline } from '../../src/github/baseline.js'
import { results } from '../compare/builders.js'
import { measuredBy } from './fork-fixtures.js'
import { FakeArtifacts, FakeGitHub } from './fakes.js'
import { scratch } from '../helpers.js'

const repo = { owner: 'acme', repo: 'mesh-config' }
const tmp = () => scratch('gate-baseline-')
const run = (id: number, over: Partial<WorkflowRunInfo> = {}): WorkflowRunInfo => ({
  id,
  head_sha: String(id).padStart(40, '0'),
  head_branch: 'main',
  event: 'push',
  conclusion: 'success',
  created_at: '2026-11-26T09:00:00Z',
  ...over,
})

describe('artifact names', () => {
  it('depend on the mesh and the scenario set, not on the order of scenarios or the numbers measured', () => {
    const a = results({ p99: [1, 1], mesh: 'istio' })
    const b = results({ p99: [2, 2], mesh: 'istio' })
    const c = results({ p99: [1, 1], mesh: 'linkerd' })
    const d = results({ p99: [1, 1], mesh: 'istio', scenario: 'grpc-small' })
    expect(artifactName(a, 'mesh-mtls-gate')).toMatch(/^mesh-mtls-gate-results-istio-[0-9a-f]{8}$/)
    expect(artifactName(a, 'mesh-mtls-gate')).toBe(artifactName(b, 'mesh-mtls-gate'))
    expect(artifactName(a, 'mesh-mtls-gate')).not.toBe(artifactName(c, 'mesh-mtls-gate'))
    expect(artifactName(a, 'mesh-mtls-gate')).not.toBe(artifactName(d, 'mesh-mtls-gate'))
    expect(artifactName(a, 'gate-b')).toMatch(/^gate-b-results-istio-/)
  })
})

describe('baseline from the base branch', () => {
  const current = results({ p99: [1, 1, 1], mesh: 'istio' })
  const name = artifactName(current, 'mesh-mtls-gate')

  it('takes the newest push run on the branch that has the artifact, skipping PR runs and other branches', async () => {
    const gh = new FakeGitHub()
    const store = new FakeArtifacts()
    gh.runs = [
      run(9, { event: 'pull_request' }), // a PR run's artifact would be a poisoned baseline
      run(8, { conclusion: 'failure' }),
      run(7), // no artifact
      run(6),
      run(5),
    ]
    for (const id of [9, 8, 6, 5])
      store.put(id, name, { 'results.json': results({ p99: [id, id, id], mesh: 'istio' }) })
    const found = await findBaseline(gh, store, {
      repo,
      workflow: 'gate.yml',
      branch: 'main',
      artifactName: name,
      dir: tmp(),
    })
    expect(found?.runId).toBe(6)
    expect(found?.results.scenarios[0].repetitions[0].latency.percentiles['99']).toBeCloseTo(0.006)
  })

  it('is null when no run has it yet', async () => {
    const gh = new FakeGitHub()
    gh.runs = [run(3)]
    const found = await findBaseline(gh, new FakeArtifacts(), {
      repo,
      workflow: 1,
      branch: 'main',
      artifactName: name,
      dir: tmp(),
    })
    expect(found).toBeNull()
  })

  it('refuses an artifact whose digest does not match, and one that is not a results file', async () => {
    const gh = new FakeGitHub()
    gh.runs = [run(3)]
    const store = new FakeArtifacts()
    store.put(3, name, { 'results.json': current }, { corrupt: true })
    const q = { repo, workflow: 1, branch: 'main', artifactName: name, dir: tmp() }
    await expect(findBaseline(gh, store, q)).rejects.toThrow(/digest mismatch/)
    const store2 = new FakeArtifacts()
    store2.put(3, name, { 'results.json': { hello: 'world' } })
    await expect(findBaseline(gh, store2, q)).rejects.toThrow(/schemaVersion/)
  })
})

describe('the bundle of the triggering run', () => {
  const istio = results({ p99: [1, 1], mesh: 'istio' })
  const linkerd = results({ p99: [1, 1], mesh: 'linkerd' })

  it('round-trips through writeBundle / readBundle', async () => {
    const dir = tmp()
    const pr = { number: 42, headSha: 'c'.repeat(40), baseRef: 'main' }
    const mtls = {
      verdict: 'fail' as const,
      findings: [
        {
          severity: 'error' as const,
          code: 'mtls-regression',
          message: 'payments/api: STRICT -> PERMISSIVE',
          resource: { kind: 'PeerAuthentication', namespace: 'payments', name: 'default' },
          file: 'mesh/payments.yaml',
          line: 7,
        },
      ],
    }
    const provenance = measuredBy()
    await writeBundle(dir, { current: istio, baseline: linkerd, pullRequest: pr, mtls, provenance })
    expect(await readBundle(dir, 'x')).toEqual({
      current: istio,
      baseline: linkerd,
      pullRequest: pr,
      mtls,
      provenance,
    })
  })

  it('picks the one artifact of ours, or the mesh asked for; several without a mesh is an error', async () => {
    const store = new FakeArtifacts()
    store.put(77, 'coverage', { 'x.txt': 'not ours' })
    store.put(77, artifactName(linkerd, 'another-gate'), { 'results.json': linkerd })
    store.put(77, artifactName(istio, 'mesh-mtls-gate'), { 'results.json': istio })
    expect((await downloadTriggeringBundle(store, 77, tmp(), 'mesh-mtls-gate', null)).name).toBe(
      artifactName(istio, 'mesh-mtls-gate'),
    )
    store.put(77, artifactName(linkerd, 'mesh-mtls-gate'), { 'results.json': linkerd })
    await expect(downloadTriggeringBundle(store, 77, tmp(), 'mesh-mtls-gate', null)).rejects.toThrow(
      /several results artifacts.*'mesh'/,
    )
    const picked = await downloadTriggeringBundle(store, 77, tmp(), 'mesh-mtls-gate', 'linkerd')
    expect(picked.current.fingerprint.mesh?.name).toBe('linkerd')
    await expect(downloadTriggeringBundle(store, 78, tmp(), 'mesh-mtls-gate', null)).rejects.toThrow(
      /uploaded no results artifact/,
    )
  })

  it('refuses an mtls.json that is not the validator’s shape (it comes from the PR author’s run)', async () => {
    const store = new FakeArtifacts()
    store.put(6, artifactName(istio, 'mesh-mtls-gate'), {
      'results.json': istio,
      'mtls.json': {
        verdict: 'pass',
        findings: [{ severity: 'error', code: 'x', message: 'm', file: null, line: 0 }],
      },
    })
    await expect(downloadTriggeringBundle(store, 6, tmp(), 'mesh-mtls-gate', null)).rejects.toThrow(
      /mtls.json: field 'findings\[0\]\.resource'/,
    )
  })

  it('refuses a malformed pull-request.json (it comes from the PR author’s run)', async () => {
    const store = new FakeArtifacts()
    store.put(5, artifactName(istio, 'mesh-mtls-gate'), {
      'results.json': istio,
      'pull-request.json': { number: '42; rm -rf /', headSha: 'x', baseRef: 'main' },
    })
    await expect(downloadTriggeringBundle(store, 5, tmp(), 'mesh-mtls-gate', null)).rejects.toThrow(
      /pull-request.json is malformed/,
    )
  })
})

import { describe, expect, it } from '@jest/globals'
import { LIMITS, recheckMtls, type RecheckRequest } from '../../src/github/mtls-recheck.js'
import type { Results } from '../../src/results/schema.js'
import { FakeGitHub } from './fakes.js'
import { forkCommits, STRICT_MATRIX, treeOf } from './fork-fixtures.js'

/** The honest matrix of the STRICT configuration, or the same with every STRICT row claimed as `mode`. */
function matrix(mode: 'STRICT' | 'PERMISSIVE'): NonNullable<Results['mtls']> {
  return {
    ...STRICT_MATRIX,
    entries: STRICT_MATRIX.entries.map((e) => ({ ...e, mode: e.mode === 'STRICT' ? mode : e.mode })),
  }
}

function request(mesh: 'strict' | 'permissive', claimed: Results['mtls']): RecheckRequest {
  const gh = new FakeGitHub()
  const [base, head] = forkCommits({ mesh })
  gh.commits(42, base, head)
  return {
    gh,
    repo: { owner: 'acme', repo: 'mesh-config' },
    base: gh.trees.get(base.sha)!,
    head: gh.trees.get(head.sha)!,
    configPaths: ['mesh/**/*.yaml'],
    require: 'strict',
    mesh: null,
    artifact: { matrix: claimed, outcome: { verdict: 'pass', findings: [] } },
  }
}

describe('mTLS recomputed from the pull request’s files', () => {
  it('an artifact that hides a STRICT → PERMISSIVE change: an mTLS regression, and a disagreement', async () => {
    const r = await recheckMtls(request('permissive', matrix('STRICT')))
    expect(r.outcome.verdict).toBe('fail')
    const codes = r.outcome.findings.map((f) => f.code)
    expect(codes).toContain('mtls-regression')
    expect(codes).toContain('mtls-artifact-disagrees')
    expect(r.outcome.findings).toContainEqual(
      expect.objectContaining({
        code: 'mtls-regression',
        message: expect.stringMatching(
          /mesh-gate\/Deployment\/fortio-server got weaker: STRICT → PERMISSIVE/,
        ),
        file: 'mesh/peer-authentication.yaml',
      }),
    )
    expect(r.outcome.findings).toContainEqual(
      expect.objectContaining({
        message:
          "mesh-gate/Deployment/fortio-server: the artifact says STRICT, the pull request's files say PERMISSIVE",
      }),
    )
    expect(r.markdown).toContain('### mTLS strictness (recomputed from the pull request’s files): ❌ fail')
    expect(r.markdown).toContain("**The artifact's mTLS matrix disagrees with the pull request's files** (")
  })

  it('an honest artifact of an unchanged configuration passes with no disagreement', async () => {
    const r = await recheckMtls(request('strict', matrix('STRICT')))
    expect(r.outcome).toEqual({ verdict: 'pass', findings: [] })
    expect(r.markdown).toContain('✅ pass')
    expect(r.markdown).not.toContain('disagrees')
  })

  it('an artifact without a matrix is a finding; the artifact’s live-probe finding is kept', async () => {
    const req = request('strict', null)
    const live = {
      severity: 'error' as const,
      code: 'mtls-live-mismatch',
      message: 'live probe (head): plaintext was accepted',
      resource: { kind: '', namespace: null, name: '' },
      file: null,
      line: null,
    }
    req.artifact.outcome = { verdict: 'fail', findings: [live] }
    const r = await recheckMtls(req)
    expect(r.outcome.verdict).toBe('fail')
    expect(r.outcome.findings.map((f) => f.code)).toEqual(['mtls-artifact-disagrees', 'mtls-live-mismatch'])
  })

  it('files over the limits are not read: the check fails closed, saying why', async () => {
    const req = request('strict', matrix('STRICT'))
    const many = Object.fromEntries(
      Array.from({ length: LIMITS.files + 1 }, (_, i) => [`mesh/gen/${i}.yaml`, `# ${i}\n`]),
    )
    req.head = treeOf(many)
    const r = await recheckMtls(req)
    expect(r.outcome.verdict).toBe('fail')
    expect(r.outcome.findings[0]).toMatchObject({
      code: 'mtls-recompute-failed',
      message: `the mTLS check could not be recomputed: the head has ${LIMITS.files + 1} configuration files, over the limit of ${LIMITS.files}`,
    })
  })
})

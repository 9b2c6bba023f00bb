import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { gateInputsOf, PR_FILES_LIMIT, touchedFiles } from '../../src/github/pr-changes.js'
import { fixture } from '../helpers.js'
import { diffEntries, gitBlobSha, treeOf } from './fork-fixtures.js'

const WORKFLOW = '.github/workflows/mesh-gate-measure.yml'
const measure = readFileSync(fixture('github', 'fork', 'mesh-gate-measure.yml'), 'utf8')
const forged = readFileSync(fixture('github', 'fork', 'mesh-gate-measure.forged.yml'), 'utf8')
const fallback = { configFile: '.github/mesh-gate.yaml', configPaths: ['mesh/**'] }

describe('what the measuring job reads as its configuration', () => {
  it('the README’s measuring workflow: itself, the gate config, and its config-paths (from the base version)', () => {
    expect(gateInputsOf(WORKFLOW, measure, fallback)).toEqual({
      watched: [
        { path: WORKFLOW, why: 'the measuring workflow' },
        { path: '.github/mesh-gate.yaml', why: 'the gate config' },
      ],
      configPaths: ['mesh/**/*.yaml'],
    })
  })

  it('local actions and reusable workflows it uses, the config it names; expressions cannot be known', () => {
    const wf = `
jobs:
  call:
    uses: ./.github/workflows/shared-measure.yml
  measure:
    steps:
      - uses: ./.github/actions/setup-kind
      - uses: ./
        with: { mode: measure, config: ./ci/gate.yaml, config-paths: "mesh/a/**\\nmesh/b/**" }
      - uses: org/mesh-mtls-gate@v1
        with: { config: '\${{ inputs.config }}' }
`
    expect(gateInputsOf(WORKFLOW, wf, fallback)).toEqual({
      watched: [
        { path: WORKFLOW, why: 'the measuring workflow' },
        {
          path: '.github/workflows/shared-measure.yml',
          why: 'reusable workflow ./.github/workflows/shared-measure.yml',
        },
        { path: '.github/actions/setup-kind/', why: 'local action ./.github/actions/setup-kind' },
        { path: 'action.yml', why: 'the action itself (uses: ./)' },
        { path: 'action.yaml', why: 'the action itself (uses: ./)' },
        { path: 'dist/', why: 'the action itself (uses: ./)' },
        { path: 'ci/gate.yaml', why: 'the gate config' },
      ],
      configPaths: ['mesh/a/**', 'mesh/b/**'],
    })
  })

  it('a workflow the base branch lacks, or cannot parse, leaves the report step’s own settings', () => {
    for (const text of [null, 'jobs: [unclosed']) {
      expect(gateInputsOf(WORKFLOW, text, fallback)).toEqual({
        watched: [
          { path: WORKFLOW, why: 'the measuring workflow' },
          { path: '.github/mesh-gate.yaml', why: 'the gate config' },
        ],
        configPaths: ['mesh/**'],
      })
    }
  })
})

describe('which of them the pull request changes', () => {
  const inputs = gateInputsOf(WORKFLOW, measure, fallback)
  const base = { [WORKFLOW]: measure, 'mesh/pa.yaml': 'mode: STRICT\n', 'README.md': 'hi\n' }
  const touched = (head: Record<string, string>, b: Record<string, string> = base) =>
    touchedFiles(diffEntries(b, head), inputs, treeOf(b), treeOf(head))

  it('a PR that changes only mesh/ touches nothing; one that changes the workflow names it with both blobs', () => {
    expect(touched({ ...base, 'mesh/pa.yaml': 'mode: PERMISSIVE\n' })).toEqual([])
    expect(touched({ ...base, [WORKFLOW]: forged })).toEqual([
      {
        path: WORKFLOW,
        previousPath: null,
        status: 'modified',
        why: 'the measuring workflow',
        baseBlob: gitBlobSha(measure),
        headBlob: gitBlobSha(forged),
      },
    ])
  })

  it('adding the gate config or a new workflow file counts; so does deleting one', () => {
    expect(touched({ ...base, '.github/mesh-gate.yaml': 'thresholds: {}\n' })).toEqual([
      expect.objectContaining({ path: '.github/mesh-gate.yaml', status: 'added', baseBlob: null }),
    ])
    const { [WORKFLOW]: _gone, ...rest } = base
    expect(touched(rest)).toEqual([
      expect.objectContaining({ path: WORKFLOW, status: 'removed', headBlob: null }),
    ])
  })

  it('a rename onto a watched name counts, with the old name', () => {
    const b = { ...base, '.github/old.yml': forged }
    const { '.github/old.yml': _o, ...head } = { ...b, [WORKFLOW]: forged }
    const files = [
      {
        filename: WORKFLOW,
        status: 'renamed',
        sha: gitBlobSha(forged),
        previous_filename: '.github/old.yml',
      },
    ]
    expect(touchedFiles(files, inputs, treeOf(b), treeOf(head))).toEqual([
      expect.objectContaining({ path: WORKFLOW, previousPath: '.github/old.yml', status: 'renamed' }),
    ])
  })

  it('a workflow that differs only because the base branch moved on is not the PR’s change', () => {
    const moved = { ...base, [WORKFLOW]: `${measure}# a later edit on main\n` }
    // The PR lists only its mesh change; the trees differ in the workflow because main changed it since.
    const files = diffEntries(base, { ...base, 'mesh/pa.yaml': 'x\n' })
    expect(touchedFiles(files, inputs, treeOf(moved), treeOf({ ...base, 'mesh/pa.yaml': 'x\n' }))).toEqual([])
  })

  it('when GitHub cuts the file list at 3000, a differing blob alone counts', () => {
    const head = { ...base, [WORKFLOW]: forged }
    const filler = Array.from({ length: PR_FILES_LIMIT }, (_, i) => ({
      filename: `mesh/generated/${i}.yaml`,
      status: 'added',
      sha: gitBlobSha(String(i)),
    }))
    expect(touchedFiles(filler, inputs, treeOf(base), treeOf(head))).toEqual([
      expect.objectContaining({ path: WORKFLOW, status: 'modified' }),
    ])
    expect(touchedFiles(filler.slice(1), inputs, treeOf(base), treeOf(head))).toEqual([])
  })

  it('a local action folder counts file by file, except what config-paths covers (under test)', () => {
    const wf = 'jobs:\n  m:\n    steps:\n      - uses: ./tools/gate\n'
    const local = gateInputsOf(WORKFLOW, wf, { ...fallback, configPaths: ['tools/gate/mesh/**'] })
    const b = { [WORKFLOW]: wf, 'tools/gate/action.yml': 'runs: {}\n', 'tools/gate/mesh/pa.yaml': 'a\n' }
    const h = { ...b, 'tools/gate/action.yml': 'runs: { using: node24 }\n', 'tools/gate/mesh/pa.yaml': 'b\n' }
    expect(touchedFiles(diffEntries(b, h), local, treeOf(b), treeOf(h)).map((t) => t.path)).toEqual([
      'tools/gate/action.yml',
    ])
  })
})

/** Records and payloads for the fork-safe report tests: what a measure run of the workflow_run fixture writes. */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { GitTree, PullRequestFile, TreeEntry } from '../../src/github/api.js'
import type { Provenance } from '../../src/github/provenance.js'
import { fixture, scratch } from '../helpers.js'

/** The triggering run of fixtures/github/workflow_run.completed.json. */
export const TRIGGER = {
  id: 11223344556,
  headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  path: '.github/workflows/mesh-gate-measure.yml',
}
/** The base commit of the PR those fixtures describe. */
export const BASE_SHA = '9049f1265b7d61be4a8904a9a27120d2064dab3b'

/** provenance.json as the measure run of the fixture writes it; `over` changes fields (another run, ...). */
export function measuredBy(over: Partial<Provenance> = {}): Provenance {
  return {
    workflowPath: TRIGGER.path,
    runId: TRIGGER.id,
    runAttempt: 1,
    headSha: TRIGGER.headSha,
    action: { name: 'mesh-mtls-gate', version: '0.1.0', distDigest: `sha256:${'ab'.repeat(32)}` },
    ...over,
  }
}

/** Git's blob SHA-1 of a file's content: sha1("blob <length>\0<content>"), what trees and the files API carry. */
export function gitBlobSha(content: string | Buffer): string {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex')
}

/**
 * A commit's recursive tree as GET /git/trees/{sha}?recursive=1 answers (`git-tree`): a `tree` entry per folder,
 * a `blob` entry per file with its size and blob SHA, sorted by path like git.
 */
export function treeOf(files: Record<string, string>, truncated = false): GitTree {
  const folders = new Set<string>()
  for (const path of Object.keys(files)) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'))
  }
  const entries: TreeEntry[] = [
    ...[...folders].map((path) => ({
      path,
      mode: '040000',
      type: 'tree',
      sha: createHash('sha1').update(`tree ${path}`).digest('hex'),
    })),
    ...Object.entries(files).map(([path, content]) => ({
      path,
      mode: '100644',
      type: 'blob',
      sha: gitBlobSha(content),
      size: Buffer.byteLength(content),
    })),
  ].sort((a, b) => (a.path < b.path ? -1 : 1))
  const sha = createHash('sha1').update(JSON.stringify(entries)).digest('hex')
  return { sha, truncated, tree: entries }
}

/** The PR files API's entries (`diff-entry`, the fields the gate reads) between two commits' files. */
export function diffEntries(base: Record<string, string>, head: Record<string, string>): PullRequestFile[] {
  const out: PullRequestFile[] = []
  for (const path of [...new Set([...Object.keys(base), ...Object.keys(head)])].sort()) {
    if (base[path] === head[path]) continue
    if (head[path] === undefined) out.push({ filename: path, status: 'removed', sha: null })
    else
      out.push({
        filename: path,
        status: base[path] === undefined ? 'added' : 'modified',
        sha: gitBlobSha(head[path]),
      })
  }
  return out
}

const WORKFLOW_FILE = readFileSync(fixture('github', 'fork', 'mesh-gate-measure.yml'), 'utf8')
const MESH_BASE = readFileSync(fixture('github', 'e2e', 'istio', 'base', 'peer-authentication.yaml'), 'utf8')
const MESH_BAD = readFileSync(fixture('github', 'e2e', 'istio', 'bad', 'peer-authentication.yaml'), 'utf8')

/** The PR's base and head commits for the fork tests; `workflow` or `mesh` replace the head's versions. */
export function forkCommits(change: {
  workflow?: string
  mesh?: 'strict' | 'permissive'
}): [{ sha: string; files: Record<string, string> }, { sha: string; files: Record<string, string> }] {
  const base = {
    [TRIGGER.path]: WORKFLOW_FILE,
    'mesh/peer-authentication.yaml': MESH_BASE,
    'README.md': '# mesh config\n',
  }
  const head = {
    ...base,
    ...(change.workflow ? { [TRIGGER.path]: change.workflow } : {}),
    'mesh/peer-authentication.yaml': change.mesh === 'permissive' ? MESH_BAD : MESH_BASE,
    'mesh/notes.txt': 'not a manifest\n',
  }
  return [
    { sha: BASE_SHA, files: base },
    { sha: TRIGGER.headSha, files: head },
  ]
}

/**
 * results.mtls as an honest measuring run of the STRICT configuration records it (the validator over the PR's
 * files and the gate's workloads): the mesh-wide default, the gate namespace and its workloads, and the unmeshed probe.
 */
export const STRICT_MATRIX = {
  mesh: 'istio',
  entries: (
    [
      ['*', '*', 'PERMISSIVE'],
      ['mesh-gate', '*', 'STRICT'],
      ['mesh-gate', 'Deployment/fortio-client', 'STRICT'],
      ['mesh-gate', 'Deployment/fortio-server', 'STRICT'],
      ['mesh-gate-probe', '*', 'PERMISSIVE'],
      ['mesh-gate-probe', 'Deployment/plaintext-probe', 'DISABLE'],
    ] as const
  ).map(([namespace, workload, mode]) => ({
    namespace,
    workload,
    port: null,
    mode,
    decidedBy: 'PeerAuthentication mesh-gate/default (mesh/peer-authentication.yaml:1)',
    live: 'not-probed' as const,
    telemetry: 'not-read' as const,
  })),
}

/** A clone checked out at a commit of these files, as actions/checkout leaves the workspace of a measuring job. */
export function checkoutOf(files: Record<string, string>): string {
  const repo = scratch('gate-checkout-')
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' })
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'gate@example.com')
  git('config', 'user.name', 'gate')
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), content)
  }
  git('add', '.')
  git('commit', '-q', '-m', 'head')
  return repo
}

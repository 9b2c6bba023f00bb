/**
 * Results artifacts: what `measure` (and `full` on a push) uploads, and what `report` and the baseline lookup
 * download. Behind a small interface; `createArtifactStore` implements it with @actions/artifact (v2+ API: a
 * download from another run goes through `findBy` with a token, and the digest recorded at upload is verified).
 */
import { DefaultArtifactClient } from '@actions/artifact'
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { formatPath, InputError } from '../errors.js'
import type { MtlsOutcome } from '../measure.js'
import { MAX_ARTIFACT_BYTES, readResults } from '../results/artifact.js'
import type { Results } from '../results/schema.js'
import type { RepoRef } from './api.js'
import type { PullRequestRef } from './context.js'
import { parseProvenance, type Provenance } from './provenance.js'

export interface StoredArtifact {
  id: number
  name: string
  size: number
  /** "sha256:<hex>", recorded by GitHub at upload; null for artifacts from old uploaders. */
  digest: string | null
}

export interface ArtifactStore {
  /** Uploads files of one folder as an artifact of the current run. */
  upload(name: string, files: string[], rootDirectory: string): Promise<{ id: number | null }>
  /** Artifacts of a workflow run (this run or another). */
  list(runId: number): Promise<StoredArtifact[]>
  /** Downloads and unzips an artifact into `path`; throws when its digest differs from `expectedDigest`. */
  download(artifact: StoredArtifact, runId: number, path: string): Promise<void>
}

export const BUNDLE_FILES = {
  current: 'results.json',
  baseline: 'baseline.json',
  pullRequest: 'pull-request.json',
  mtls: 'mtls.json',
  provenance: 'provenance.json',
} as const
/** Days GitHub keeps the artifacts: a baseline must outlive the time PRs stay open against it. */
export const RETENTION_DAYS = 90

/** What every results artifact of one gate (`comment-id`) starts with. */
export function artifactPrefix(gateId: string): string {
  return `${gateId}-results-`
}

/**
 * One artifact per gate (`comment-id`), mesh and scenario set, so a PR is only compared with a baseline that
 * measured the same scenarios on the same mesh, and several gates in one run do not collide:
 * `mesh-mtls-gate-results-istio-ambient-3f2a9c1b`.
 */
export function artifactName(results: Results, gateId: string): string {
  const scenarios = results.scenarios
    .map((s) => ({ name: s.name, settings: s.settings }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const key = createHash('sha256').update(JSON.stringify(scenarios)).digest('hex').slice(0, 8)
  const mesh =
    (results.fingerprint.mesh?.name ?? 'mesh').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'mesh'
  return `${artifactPrefix(gateId)}${mesh}-${key}`
}

export interface Bundle {
  current: Results
  /** A baseline measured in the same run (A/B), when there was one. */
  baseline: Results | null
  /** The pull request the results were measured for, as the measuring run saw it. Untrusted until verified. */
  pullRequest: PullRequestRef | null
  /** The mTLS check of the measured configuration, when one ran. */
  mtls: MtlsOutcome | null
  /** Who measured it (run, workflow, commit, action version); absent from bundles of older gates. */
  provenance?: Provenance | null
}

/** The mTLS outcome as a bundle carries it: bounded, because a fork's run wrote it. */
const MtlsOutcomeFile = z.strictObject({
  verdict: z.enum(['pass', 'fail']),
  findings: z
    .array(
      z.strictObject({
        severity: z.enum(['error', 'warning', 'note']),
        code: z.string().max(100),
        message: z.string().max(4000),
        resource: z.strictObject({
          kind: z.string().max(100),
          namespace: z.string().max(253).nullable(),
          name: z.string().max(253),
        }),
        file: z.string().max(1000).nullable(),
        line: z.number().int().positive().nullable(),
      }),
    )
    .max(10_000),
}) satisfies z.ZodType<MtlsOutcome>

/** Writes the bundle's files into `dir` and returns their paths (for upload). */
export async function writeBundle(dir: string, bundle: Bundle): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const files: string[] = []
  const put = async (name: string, data: unknown) => {
    await writeFile(join(dir, name), JSON.stringify(data, null, 1))
    files.push(join(dir, name))
  }
  await put(BUNDLE_FILES.current, bundle.current)
  if (bundle.baseline) await put(BUNDLE_FILES.baseline, bundle.baseline)
  if (bundle.pullRequest) await put(BUNDLE_FILES.pullRequest, bundle.pullRequest)
  if (bundle.mtls) await put(BUNDLE_FILES.mtls, bundle.mtls)
  if (bundle.provenance) await put(BUNDLE_FILES.provenance, bundle.provenance)
  return files
}

/** The name of the artifact that holds a failed cluster's logs (kind's `export logs`). */
export function clusterLogsArtifactName(gateId: string): string {
  return `${gateId}-cluster-logs`
}

/** Uploads every file under `dir` as one artifact of this run, keeping the folder's layout. */
export async function uploadFolder(store: ArtifactStore, name: string, dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  await store.upload(name, files, dir)
}

/** Reads a downloaded bundle, treating every file as untrusted (size-limited, schema-validated). */
export async function readBundle(dir: string, label: string): Promise<Bundle> {
  const exists = (name: string) =>
    stat(join(dir, name)).then(
      (s) => s.isFile(),
      () => false,
    )
  if (!(await exists(BUNDLE_FILES.current))) {
    throw new InputError(`artifact ${label} has no ${BUNDLE_FILES.current}`)
  }
  const current = await readResults(join(dir, BUNDLE_FILES.current))
  const baseline = (await exists(BUNDLE_FILES.baseline))
    ? await readResults(join(dir, BUNDLE_FILES.baseline))
    : null
  let pullRequest: PullRequestRef | null = null
  if (await exists(BUNDLE_FILES.pullRequest)) {
    const text = await readFile(join(dir, BUNDLE_FILES.pullRequest), 'utf8')
    pullRequest = parsePullRequestRef(text.length > 4096 ? '' : text)
    if (!pullRequest) throw new InputError(`artifact ${label}: ${BUNDLE_FILES.pullRequest} is malformed`)
  }
  let mtls: MtlsOutcome | null = null
  if (await exists(BUNDLE_FILES.mtls)) {
    const file = join(dir, BUNDLE_FILES.mtls)
    if ((await stat(file)).size > 16 * 2 ** 20)
      throw new InputError(`artifact ${label}: ${BUNDLE_FILES.mtls} is too large`)
    let json: unknown
    try {
      json = JSON.parse(await readFile(file, 'utf8'))
    } catch {
      throw new InputError(`artifact ${label}: ${BUNDLE_FILES.mtls} is not JSON`)
    }
    const parsed = MtlsOutcomeFile.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new InputError(
        `artifact ${label}: ${BUNDLE_FILES.mtls}: field '${formatPath(issue.path)}': ${issue.message}`,
      )
    }
    mtls = parsed.data
  }
  const provenance = (await exists(BUNDLE_FILES.provenance))
    ? parseProvenance(await readFile(join(dir, BUNDLE_FILES.provenance), 'utf8'), label)
    : null
  return { current, baseline, pullRequest, mtls, provenance }
}

function parsePullRequestRef(text: string): PullRequestRef | null {
  try {
    const v = JSON.parse(text) as Record<string, unknown>
    if (
      Number.isSafeInteger(v.number) &&
      (v.number as number) > 0 &&
      typeof v.headSha === 'string' &&
      /^[0-9a-f]{40}$/.test(v.headSha) &&
      typeof v.baseRef === 'string' &&
      v.baseRef.length > 0 &&
      v.baseRef.length < 256
    ) {
      return { number: v.number as number, headSha: v.headSha, baseRef: v.baseRef }
    }
  } catch {
    // malformed
  }
  return null
}

/** Refuses artifacts too large to be ours before downloading them. */
export function checkSize(artifact: StoredArtifact): void {
  if (artifact.size > 3 * MAX_ARTIFACT_BYTES) {
    throw new InputError(
      `artifact '${artifact.name}' is ${artifact.size} bytes: too large to be a results bundle`,
    )
  }
}

export function createArtifactStore(token: string, repo: RepoRef): ArtifactStore {
  const client = new DefaultArtifactClient()
  const findBy = (workflowRunId: number) => ({
    token,
    workflowRunId,
    repositoryOwner: repo.owner,
    repositoryName: repo.repo,
  })
  return {
    async upload(name, files, rootDirectory) {
      const r = await client.uploadArtifact(name, files, rootDirectory, { retentionDays: RETENTION_DAYS })
      return { id: r.id ?? null }
    },
    async list(runId) {
      const { artifacts } = await client.listArtifacts({ findBy: findBy(runId), latest: true })
      return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest ?? null }))
    },
    async download(artifact, runId, path) {
      const r = await client.downloadArtifact(artifact.id, {
        path,
        findBy: findBy(runId),
        ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
      })
      if (r.digestMismatch) {
        throw new InputError(
          `artifact '${artifact.name}' of run ${runId}: the downloaded file's digest differs from ${artifact.digest}`,
        )
      }
    },
  }
}

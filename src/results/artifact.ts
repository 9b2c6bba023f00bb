/**
 * Reading and writing results artifacts. An artifact may come from another run, another branch or (in report
 * mode) a fork's pull request, so reading treats it as untrusted: size-limited, version-checked, schema-validated.
 */
import { readFile, stat, writeFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describeIssue, InputError, ioReason } from '../errors.js'
import { RESULTS_SCHEMA_VERSION, Results } from './schema.js'

/** Far above any real artifact (a 10-scenario run with 10 repetitions is ~1 MB), far below what hurts a runner. */
export const MAX_ARTIFACT_BYTES = 64 * 2 ** 20

export function parseResults(text: string, file: string): Results {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new InputError(
      `not valid JSON (${(e as Error).message}); expected a mesh-mtls-gate results file`,
      file,
    )
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion
  if (version === undefined) {
    throw new InputError(
      "field 'schemaVersion' is missing: not a mesh-mtls-gate results file (build one with 'mesh-mtls-gate results')",
      file,
    )
  }
  if (version !== RESULTS_SCHEMA_VERSION) {
    throw new InputError(
      `field 'schemaVersion': this version of mesh-mtls-gate reads results schema ${RESULTS_SCHEMA_VERSION}, the file has ${JSON.stringify(version)}; ` +
        'measure the baseline again with the same gate version (there is no migration from unknown versions)',
      file,
    )
  }
  const parsed = Results.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new InputError(describeIssue(issue, file))
  }
  return parsed.data
}

export async function readResults(file: string): Promise<Results> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(file)
  } catch (e) {
    throw new InputError(`cannot read the results file (${ioReason(e)})`, file)
  }
  const size = info.size
  if (info.isDirectory())
    throw new InputError(
      'is a folder; expected a results file (JSON, from mesh-mtls-gate results or a run)',
      file,
    )
  if (size > MAX_ARTIFACT_BYTES) {
    throw new InputError(`results file is ${size} bytes, over the ${MAX_ARTIFACT_BYTES}-byte limit`, file)
  }
  return parseResults(await readFile(file, 'utf8'), file)
}

export async function writeResults(file: string, results: Results): Promise<void> {
  const text = JSON.stringify(Results.parse(results), null, 2) + '\n'
  try {
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, text)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EISDIR')
      throw new InputError('is a folder; expected the path of a results file to write', file)
    if (code === 'ENOTDIR' || code === 'EEXIST')
      throw new InputError(`cannot write here: a part of the path is a file, not a folder (${code})`, file)
    if (code === 'EACCES' || code === 'EROFS')
      throw new InputError(`cannot write the results file (${code})`, file)
    throw e
  }
}

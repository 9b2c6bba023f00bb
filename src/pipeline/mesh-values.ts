/**
 * The mesh values file (`--mesh-values`, the gate config's `mesh.values`) as each side has it, decided once per run
 * for the plan and the run alike: the head's is the file as it is; the base's is the file at the base ref, written
 * to the run's temp folder since the install reads a file, or none when the base ref had none; a file outside the
 * repository is the same for both sides. When the sides differ and the mesh's installer can re-install it in place
 * (`MeshInstaller.reconfigure`), each side runs on its own values: the mesh is installed with the first side's (the
 * base) and re-installed with the other side's at each switch. Otherwise the mesh is installed once, with the head's,
 * and the change is not measured.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { gitIn } from '../mesh/pr-config.js'
import type { PlannedFile } from '../tools/plan.js'
import type { Side } from '../vocabulary.js'

export interface MeshValuesFile {
  /** As the coverage names it: its path in the repository, else the path as given. */
  name: string
  /** Its path in the repository; null when it lies outside (one file for both sides). */
  inRepo: string | null
  /** The base ref it was read at; null without a base side. */
  baseRef: string | null
  /** Each side's text; null: the side has none (the base ref had no such file, or there is no base side). */
  text: Record<Side, string | null>
  /** Each side's file as its install reads it (the base's written to the run's temp folder); undefined: none. */
  path: Record<Side, string | undefined>
  /** The base's file as the plan shows it (in files/), when it is a copy of the base ref's. */
  planned: PlannedFile | null
  /** The sides' values differ (the base had another text, or none). */
  differs: boolean
}

/** Where the base's values file is written, in the run's temp folder (and in the plan's files/). */
export const BASE_VALUES_FOLDER = 'base-mesh-values'

/** The values file of each side (see the module comment); `path` is the file as given, already checked readable. */
export async function meshValuesFile(
  repo: string,
  path: string,
  baseRef: string | null,
  tempDir: string,
): Promise<MeshValuesFile> {
  const rel = relative(resolve(repo), resolve(path))
  const inRepo = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : null
  const head = await readFile(path, 'utf8')
  const same = { base: baseRef === null ? undefined : path, head: path }
  if (!inRepo || baseRef === null)
    return {
      name: inRepo ?? path,
      inRepo,
      baseRef,
      text: { base: baseRef === null ? null : head, head },
      path: same,
      planned: null,
      differs: false,
    }
  const base = await gitIn(repo)(['show', `${baseRef}:${inRepo}`]).catch(() => null)
  const common = { name: inRepo, inRepo, baseRef, text: { base, head } }
  if (base === head) return { ...common, path: same, planned: null, differs: false }
  if (base === null) return { ...common, path: { base: undefined, head: path }, planned: null, differs: true }
  if (!tempDir) throw new Error("the base's mesh values need the run's temp folder")
  const planned: PlannedFile = {
    path: `${BASE_VALUES_FOLDER}/${basename(inRepo)}`,
    content: base,
    why: `the mesh values ${inRepo} as ${baseRef} has them: the base side's install values`,
  }
  const written = join(tempDir, planned.path)
  await mkdir(dirname(written), { recursive: true })
  await writeFile(written, base)
  return { ...common, path: { base: written, head: path }, planned, differs: true }
}

/** The mesh values each side runs on, for the run (measure-on-cluster.ts). */
export interface SideMeshValues {
  /** Each side's values file (undefined: none). */
  path: Record<Side, string | undefined>
  /**
   * Each side runs on its own: the mesh is installed with the first side's values and re-installed with the other
   * side's at each switch. False: one installation, with the head's values, for both sides.
   */
  perSide: boolean
}

/** The values the mesh is installed with before the first side is applied: the first side's, else the head's. */
export function installedValues(v: SideMeshValues, first: Side): string | undefined {
  return v.perSide ? v.path[first] : v.path.head
}

/** The coverage of a values change (paths.ts, rows of kind `mesh values`): measured when each side runs on its own. */
export interface ValuesChange {
  name: string
  change: 'added' | 'modified'
  /** Each side ran on its own values: on every path. */
  measured: boolean
  reason: string
}

export function valuesChangeOf(file: MeshValuesFile, perSide: boolean): ValuesChange | null {
  if (!file.differs) return null
  const since = `the mesh values ${file.text.base === null ? `are new since ${file.baseRef}` : `differ from ${file.baseRef}'s`}`
  return {
    name: file.name,
    change: file.text.base === null ? 'added' : 'modified',
    measured: perSide,
    reason: perSide
      ? `install-time: ${since}; each side runs on its own values (the mesh is re-installed with the side's values at each switch)`
      : `install-time: ${since}; the mesh is installed once, with the head's values, for both sides`,
  }
}

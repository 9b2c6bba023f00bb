/**
 * The `--output` folder of a dry run. What is in it must be this plan and nothing of an earlier one: a previous
 * run's `manifests/base.yaml` left beside a plan without a base side would be read as part of it. So the folder is
 * new, empty, or one an earlier dry run wrote, whose entries (and only those) are replaced; any other folder is
 * refused rather than emptied, since `--output .` in a repository must never delete the repository's `manifests/`.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../errors.js'

/** Everything writePlan writes under the folder: the gate's own entries, and the only ones it removes. */
export const PLAN_ENTRIES = ['plan.md', 'plan.json', 'manifests', 'files'] as const

/** Makes `dir` ready for a new plan: removes a previous plan's entries, refuses a folder that holds something else. */
export async function preparePlanFolder(dir: string): Promise<void> {
  const existing = await stat(dir).catch(() => null)
  if (!existing) return
  if (!existing.isDirectory())
    throw new InputError(
      'is a file; --output expects a folder for plan.md, plan.json, manifests/ and files/',
      dir,
    )
  const entries = await readdir(dir)
  if (entries.length === 0) return
  if (!(await holdsPlan(dir)))
    throw new InputError(
      `is not empty and holds no earlier plan (no plan.json of a dry run; it has ${listed(entries)}): --output ` +
        'expects a new or empty folder, or the folder of an earlier dry run, whose plan.md, plan.json, manifests/ ' +
        'and files/ are replaced',
      dir,
    )
  for (const entry of PLAN_ENTRIES) await rm(join(dir, entry), { recursive: true, force: true })
}

/** An earlier dry run's plan.json: a JSON object with the plan's `plan` and `manifests` sections. */
async function holdsPlan(dir: string): Promise<boolean> {
  const text = await readFile(join(dir, 'plan.json'), 'utf8').catch(() => null)
  if (text === null) return false
  try {
    const json: unknown = JSON.parse(text)
    return typeof json === 'object' && json !== null && 'plan' in json && 'manifests' in json
  } catch {
    return false
  }
}

function listed(entries: string[]): string {
  const shown = entries.slice(0, 3).join(', ')
  return entries.length > 3 ? `${shown} and ${entries.length - 3} more` : shown
}

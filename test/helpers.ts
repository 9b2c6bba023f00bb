/** Shared test helpers: fixture paths and small builders. */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const FIXTURES = join(ROOT, 'fixtures')
/** The shared folder laid beside the repository (read-only reference data). */
export const SHARED = resolve(ROOT, '..', 'shared')

export function fixture(...parts: string[]): string {
  return join(FIXTURES, ...parts)
}

export function readFixture(...parts: string[]): string {
  return readFileSync(fixture(...parts), 'utf8')
}

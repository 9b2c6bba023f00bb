/** Shared test helpers: fixture paths and small builders. */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

/**
 * A fresh folder in the suite's temp folder, removed after the test file (test/setup/temp-guard.ts). The unit
 * suite fails when anything else is left in its temp folder (test/setup/global-teardown.ts).
 */
export function scratch(prefix = 'mmg-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const registry = globalThis as { __mmgScratch?: string[] }
  ;(registry.__mmgScratch ??= []).push(dir)
  return dir
}

/** Shared test helpers: fixture paths and small builders. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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

/**
 * A git repository in a scratch folder whose `main` holds `base` (a file path → text map) and whose work tree holds
 * `head` on top, as a pull request's checkout has them.
 */
export function gitRepository(
  base: Record<string, string>,
  head: Record<string, string>,
  prefix = 'gate-repo-',
): string {
  const dir = scratch(prefix)
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' })
  const write = (files: Record<string, string>) => {
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, f)), { recursive: true })
      writeFileSync(join(dir, f), text)
    }
  }
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'gate@example.com')
  git('config', 'user.name', 'gate')
  write(base)
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  write(head)
  return dir
}

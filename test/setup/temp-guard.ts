/** After each test file: remove the folders its tests made with `scratch()` (test/helpers.ts). */
import { afterAll } from '@jest/globals'
import { rmSync } from 'node:fs'

afterAll(() => {
  const registry = globalThis as { __mmgScratch?: string[] }
  for (const dir of registry.__mmgScratch ?? []) rmSync(dir, { recursive: true, force: true })
  registry.__mmgScratch = []
})

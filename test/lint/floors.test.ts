/**
 * The floors rule of eslint.config.js, run with the repository's ESLint configuration as `npm run lint` runs it,
 * on imports written into a file of a room: an import that runs up a floor, or sideways between rooms of one floor,
 * fails and names itself; imports down the floors pass.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { ROOT } from '../helpers.js'

type Message = { ruleId: string | null; message: string }

const refused: Array<[file: string, specifier: string, why: string]> = [
  ['src/mtls/probe-fixture.ts', '../report/escape.js', 'runs up from floor 3 to floor 2'],
  ['src/config/probe-fixture.ts', '../compare/exit.js', 'runs up from floor 4 to floor 3'],
  ['src/k8s/probe-fixture.ts', '../main.js', 'runs up from floor 4 to floor 2'],
  ['src/report/probe-fixture.ts', '../cli/main.js', 'runs up from floor 2 to floor 1'],
  ['src/load/probe-fixture.ts', '../mesh/pr-config.js', 'runs sideways on floor 3'],
  ['src/pipeline/probe-fixture.ts', '../github/api.js', 'runs sideways on floor 2'],
  ['src/config/probe-fixture.ts', '../k8s/client.js', 'runs sideways on floor 4'],
  ['src/vocabulary.ts', './errors.js', 'runs sideways on floor 4'],
  ['src/mtls/crds/probe-fixture.ts', '../../load/exec.js', 'runs sideways on floor 3'],
  ['src/mtls/probe-fixture.ts', 'node:fs/promises', 'is pure'],
  ['src/compare/probe-fixture.ts', '../k8s/client.js', 'is pure'],
]

const allowed: Array<[file: string, specifier: string]> = [
  ['src/mtls/probe-fixture.ts', '../vocabulary.js'],
  ['src/mtls/probe-fixture.ts', '../k8s/objects.js'],
  ['src/mtls/probe-fixture.ts', './model.js'],
  ['src/report/probe-fixture.ts', '../mtls/model.js'],
  ['src/pipeline/probe-fixture.ts', '../measure.js'],
  ['src/main.ts', './pipeline/run.js'],
  ['src/cli/probe-fixture.ts', '../pipeline/run.js'],
  ['src/config/probe-fixture.ts', '../errors.js'],
]

/** ESLint's Node API in one child process (ESLint loads its config with a dynamic import jest's VM cannot do). */
function lintAll(cases: Array<{ file: string; code: string }>): Message[][] {
  const script = `
    import { ESLint } from 'eslint'
    const cases = JSON.parse(await new Response(process.stdin).text())
    const eslint = new ESLint({ cwd: process.cwd() })
    const out = []
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code, { filePath: c.file })
      out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })))
    }
    process.stdout.write(JSON.stringify(out))`
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: 'utf8',
    timeout: 300_000,
  })
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`)
  return JSON.parse(run.stdout) as Message[][]
}

const importOf = (specifier: string) => `import * as other from '${specifier}'\nexport const used = other\n`

let results: Message[][] = []
beforeAll(() => {
  results = lintAll(
    [...refused, ...allowed].map(([file, specifier]) => ({ file, code: importOf(specifier) })),
  )
}, 300_000)

describe('the floors rule', () => {
  it.each(refused.map((c, i) => [...c, i] as const))(
    '%s importing %s fails, naming the import',
    (_file, specifier, why, i) => {
      expect(results[i]).toEqual([
        {
          ruleId: 'no-restricted-imports',
          message: expect.stringContaining(`'${specifier}' import is restricted`),
        },
      ])
      expect(results[i]![0]!.message).toContain(why)
    },
  )

  it.each(allowed.map((c, i) => [...c, refused.length + i] as const))(
    '%s may import %s (down a floor, or its own room)',
    (_file, _specifier, i) => {
      expect(results[i]).toEqual([])
    },
  )
})

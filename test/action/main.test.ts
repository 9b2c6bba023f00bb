import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readSettings } from '../../src/config/action-inputs.js'
import { run, type ActionRuntime } from '../../src/main.js'
import { results } from '../compare/builders.js'
import { ROOT } from '../helpers.js'

function runtime(inputs: Record<string, string>) {
  const outputs: Record<string, string> = {}
  let summary = ''
  const rt = {
    getInput: (name: string) => inputs[name] ?? '',
    setOutput: (name: string, value: string) => void (outputs[name] = value),
    setSecret: jest.fn<(value: string) => void>(),
    info: jest.fn<(m: string) => void>(),
    warning: jest.fn<(m: string) => void>(),
    writeSummary: async (md: string) => void (summary += md),
    fail: jest.fn<(message: string, code: number) => void>(),
    tempDir: mkdtempSync(join(tmpdir(), 'gate-action-')),
  } satisfies ActionRuntime
  return { rt, outputs, summary: () => summary }
}

function files() {
  const d = mkdtempSync(join(tmpdir(), 'gate-res-'))
  const write = (name: string, data: unknown) => (
    writeFileSync(join(d, name), JSON.stringify(data)),
    join(d, name)
  )
  return {
    base: write('base.json', results({ p99: [1.0, 1.02, 0.98, 1.01, 0.99] })),
    slow: write('slow.json', results({ p99: [1.25, 1.27, 1.23, 1.26, 1.24] })),
  }
}

describe('action run (report from results files)', () => {
  it('a regression writes the summary and outputs, masks the token and fails with 1', async () => {
    const f = files()
    const { rt, outputs, summary } = runtime({
      mode: 'report',
      'baseline-results': f.base,
      'current-results': f.slow,
      'github-token': 'ghs_secret',
    })
    await run(rt)
    expect(rt.setSecret).toHaveBeenCalledWith('ghs_secret')
    expect(outputs.verdict).toBe('regression')
    expect(outputs['p99-change']).toMatch(/^\+2[45]\.\d%$/)
    expect(summary()).toMatch(/\| *Metric *\|/)
    expect(summary()).toContain('<!-- mesh-mtls-gate:mesh-mtls-gate -->')
    expect(readFileSync(outputs['report-path'], 'utf8')).toBe(summary())
    expect(summary()).not.toContain('ghs_secret')
    expect(rt.fail).toHaveBeenCalledWith(expect.stringMatching(/regression/), 1)
  })

  it('fail-on never keeps the step green', async () => {
    const f = files()
    const { rt, outputs } = runtime({
      mode: 'report',
      'baseline-results': f.base,
      'current-results': f.slow,
      'fail-on': 'never',
    })
    await run(rt)
    expect(outputs.verdict).toBe('regression')
    expect(rt.fail).not.toHaveBeenCalled()
  })

  it('bad inputs fail with 2 and a message naming the input', async () => {
    const { rt } = runtime({ mode: 'measure-everything' })
    await run(rt)
    expect(rt.fail).toHaveBeenCalledWith(
      "Invalid input 'mode': 'measure-everything'. Expected one of: full, measure, report.",
      2,
    )
  })

  it('says what is missing in report mode, and that measuring is not in this version', async () => {
    const a = runtime({ mode: 'report' })
    await run(a.rt)
    expect(a.rt.fail).toHaveBeenCalledWith(
      expect.stringMatching(/needs both 'baseline-results' and 'current-results'/),
      2,
    )
    const b = runtime({})
    await run(b.rt)
    expect(b.rt.fail).toHaveBeenCalledWith(expect.stringMatching(/mode 'full' measures on a cluster/), 2)
  })
})

describe('action inputs', () => {
  it('every input read by readSettings is declared in action.yml, and vice versa', () => {
    const read = new Set<string>()
    readSettings((name) => (read.add(name), ''))
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
    const declared = [...yml.split('outputs:')[0].matchAll(/^ {2}([a-z][a-z0-9-]*):$/gm)].map((m) => m[1])
    expect(new Set(declared)).toEqual(read)
    expect(yml).toMatch(/using: node24/)
  })
  it('rejects a bad comment-id', () => {
    expect(() => readSettings((n) => (n === 'comment-id' ? 'a b' : ''))).toThrow(/Invalid input 'comment-id'/)
  })
})

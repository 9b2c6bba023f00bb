import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './helpers.js'

/**
 * The pipeline never waits a fixed time: every wait is a condition with a bound (a watch, or pollUntil's paced
 * checks). A timer may only end a wait (reject on timeout), never be the wait. This scans the sources for the
 * shapes a fixed sleep takes.
 */
const SLEEP_SHAPES: Array<[string, RegExp]> = [
  ['a promise that resolves on a timer', /setTimeout\(\s*(resolve|r|res|done)\b/],
  ['timers/promises', /from ['"](node:)?timers\/promises['"]/],
  ['a sleep function or command', /\bsleep\s*\(|['"]sleep['"]|\bsleep \d/],
  ['a delay helper', /\b(delay|wait)\(\s*\d/],
  ['Atomics.wait', /Atomics\.wait\(/],
]
/** The one place a timer paces checks inside a bounded condition wait (see its comment). */
const ALLOWED = new Set(['src/k8s/poll.ts'])

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('no fixed sleeps in the pipeline', () => {
  const sources = files(join(ROOT, 'src'))
  it('scans the sources', () => expect(sources.length).toBeGreaterThan(20))
  it.each(SLEEP_SHAPES)('no %s', (_what, shape) => {
    const offenders = sources
      .filter((f) => !ALLOWED.has(relative(ROOT, f)))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, where: `${relative(ROOT, f)}:${i + 1}` }))
          .filter(({ line }) => !/^\s*(\/\/|\*)/.test(line) && shape.test(line)),
      )
      .map((o) => `${o.where}: ${o.line.trim()}`)
    expect(offenders).toEqual([])
  })
  it('the allowed pacing is still inside a bounded wait', () => {
    const poll = readFileSync(join(ROOT, 'src/k8s/poll.ts'), 'utf8')
    expect(poll).toMatch(/deadline/)
    expect(poll).toMatch(/PollTimeoutError/)
  })
})

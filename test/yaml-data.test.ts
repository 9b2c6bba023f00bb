/** Aliases in the YAML users give: shared values accepted, circular references and expansion bombs refused (exit 2). */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readYamlMapping } from '../src/cluster/cloud-config.js'
import { loadGateConfig } from '../src/config/gate-config.js'
import { failureOf, InputError } from '../src/errors.js'
import { ManifestSource, parseManifestText } from '../src/k8s/manifests.js'
import { MAX_ALIAS_NODES, parseYamlData } from '../src/yaml-data.js'
import { ROOT, scratch } from './helpers.js'
import { laughs, sharedLabelsList } from './yaml-inputs.js'

describe('YAML aliases', () => {
  it('reads a List of 120 PeerAuthentications sharing one labels anchor (the package default refused the 101st)', () => {
    const loaded = parseManifestText(sharedLabelsList(120), 'pas.yaml')
    expect(loaded.objects).toHaveLength(120)
    expect(loaded.objects.map((o) => o.object.metadata?.labels)).toEqual(
      Array.from({ length: 120 }, () => ({ team: 'payments', tier: 'backend' })),
    )
    expect(loaded.objects[119].origin.line).toBe(3 + 119 * 9 + 1)
  })

  it('reads a bomb that stays under the budget, and refuses the next level, naming the file and line', () => {
    // Ten aliases per level: level 5 adds about 10^5 nodes, level 6 about 10^6.
    expect(parseYamlData(laughs(5), 'ok.yaml')).toBeTruthy()
    const bomb = () => parseYamlData(laughs(6), 'laughs.yaml')
    expect(bomb).toThrow(InputError)
    expect(bomb).toThrow(
      `laughs.yaml: line 7: with its aliases expanded (here *l5), this file would grow by more than ${MAX_ALIAS_NODES} nodes; refused as a resource-exhaustion attack ("billion laughs")`,
    )
  })

  it('counts the budget over all documents of a file', () => {
    const half = laughs(5, 9) // 9^5 ≈ 59,000 nodes added per document
    const docs = Array.from({ length: 20 }, () => half).join('---\n')
    expect(() => parseManifestText(docs, 'many.yaml')).toThrow(
      /many\.yaml: line \d+: with its aliases expanded/,
    )
    expect(parseManifestText(half, 'one.yaml').values).toHaveLength(1)
  })

  it.each([
    // A block map's node starts on the line after its anchor.
    ['a map', 'metadata: &m\n  name: a\n  labels:\n    self: *m\n', 4, 'm', 2],
    ['a list', 'a: &l [1, *l]\n', 1, 'l', 1],
    ['the root', '&r {a: *r}\n', 1, 'r', 1],
  ])('refuses a circular alias in %s, naming the file and both lines', (_name, text, line, anchor, at) => {
    const read = () => parseYamlData(text, 'c.yaml')
    expect(read).toThrow(InputError)
    expect(read).toThrow(
      `c.yaml: line ${line}: the alias *${anchor} is inside the node it names (&${anchor}, from line ${at}): a circular reference`,
    )
  })

  it('refuses an alias of an anchor not yet set, naming the file and line (the parser left it to toJS: exit 70)', () => {
    const read = () => parseManifestText('a: *x\nb: &x 1\n', 'u.yaml')
    expect(read).toThrow(InputError)
    expect(read).toThrow(
      'u.yaml: line 1: the alias *x names no anchor before it (&x); an anchor must come first',
    )
  })

  it('an anchor used again after its node is closed is not circular', () => {
    expect(parseYamlData('a: &x {b: 1}\nc: *x\nd: {e: *x}\n', 'f.yaml')).toEqual({
      a: { b: 1 },
      c: { b: 1 },
      d: { e: { b: 1 } },
    })
  })

  it('docs/reference.md states the budget this module enforces', () => {
    const reference = readFileSync(join(ROOT, 'docs', 'reference.md'), 'utf8')
    expect(reference).toContain(`more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} nodes to one file`)
  })

  it('an alias names the last anchor of that name before it', () => {
    expect(parseYamlData('a: &x 1\nb: *x\nc: &x 2\nd: *x\n', 'f.yaml')).toEqual({ a: 1, b: 1, c: 2, d: 2 })
  })
})

describe('every YAML reader refuses alias trouble as bad input naming the file (exit 2, not 70)', () => {
  const dir = scratch('yaml-aliases-')
  const write = (name: string, text: string) => {
    const p = join(dir, name)
    writeFileSync(p, text)
    return p
  }
  const circular = 'thresholds: &t\n  latency-p99: +5%\n  again: *t\n'
  const readers: Array<[string, (path: string) => Promise<unknown>]> = [
    ['the gate config', (p) => loadGateConfig(p)],
    ['a cloud cluster config', (p) => readYamlMapping(p, 'GKE cluster config')],
    ['manifests', (p) => new ManifestSource([p], dir).load()],
  ]
  it.each(readers)('%s', async (_name, read) => {
    for (const [name, text, message] of [
      ['circular.yaml', circular, /line 3: the alias \*t is inside the node it names/],
      ['laughs.yaml', laughs(7), /line 7: with its aliases expanded \(here \*l5\)/],
    ] as const) {
      const path = write(name, text)
      const error = await read(path).then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(InputError)
      expect(failureOf(error)).toEqual({
        exitCode: 2,
        message: expect.stringMatching(new RegExp(`${name}: ${message.source}`)),
        logsDir: null,
      })
    }
  })
})

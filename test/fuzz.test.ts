/**
 * Seeded fuzzing of the readers of user files (issue #22): the Fortio importer (through `results`) and the YAML
 * readers (manifests through `validate`, the gate config, cloud cluster configs), fed random mutations of real
 * files (numbers made huge, negative or fractional, fields deleted, types swapped, text truncated or garbled) and
 * random alias trees (deep, wide, circular, unresolved). Every case must end in a schema-valid result or in bad
 * input (exit 2) whose message names the file; anything else (exit 70, a stack trace, a hang) is a bug.
 *
 * The seed is fixed, so a failure is reproduced by running this file again; each failure lists its case and how
 * the file was made.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../src/cli/main.js'
import { readYamlMapping } from '../src/cluster/cloud-config.js'
import { loadGateConfig } from '../src/config/gate-config.js'
import { failureOf } from '../src/errors.js'
import { readResults } from '../src/results/artifact.js'
import { MtlsEntry } from '../src/results/schema.js'
import { fixture, ROOT, scratch } from './helpers.js'

// The CLI loads a command when it is asked for: load them here, outside the tests' time limits.
await import('../src/cli/results-command.js')
await import('../src/cli/validate-command.js')

const SEED = 0x22_2026

/** mulberry32: a small seeded generator, the same sequence on every machine. */
function generator(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]
  return { next, int, pick }
}
type Random = ReturnType<typeof generator>

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations

/** Values that stand in for a field: huge, negative, fractional, NaN-like, of another type. */
const ODD_VALUES: unknown[] = [
  -1,
  -0.5,
  0,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 64,
  1e-320,
  'NaN',
  'Infinity',
  '-1',
  '',
  'max',
  null,
  true,
  [],
  {},
  [1, 2],
  { Start: 1 },
]

/** Every place in a JSON value: [parent, key] pairs. */
function places(value: unknown, out: Array<[Record<string, unknown> | unknown[], string | number]> = []) {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      out.push([value, i])
      places(v, out)
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k])
      places(v, out)
    }
  }
  return out
}

/** One to three structural mutations of parsed JSON, then maybe a textual one; returns the text and what was done. */
function mutateJson(r: Random, text: string): { text: string; how: string[] } {
  const value = JSON.parse(text) as unknown
  const how: string[] = []
  for (let n = 1 + r.int(3); n > 0; n--) {
    const all = places(value)
    if (all.length === 0) break
    const [parent, key] = r.pick(all)
    const op = r.int(5)
    const set = (v: unknown) => ((parent as Record<string | number, unknown>)[key] = v)
    const old = (parent as Record<string | number, unknown>)[key]
    if (op === 0 && !Array.isArray(parent)) {
      delete (parent as Record<string, unknown>)[key as string]
      how.push(`deleted ${key}`)
    } else if (op === 1 && typeof old === 'number') {
      set(-old || -1)
      how.push(`${key}: negated`)
    } else if (op === 2) {
      const other = r.pick(all)
      // A copy: the value may be an ancestor of this place.
      set(structuredClone((other[0] as Record<string | number, unknown>)[other[1]]))
      how.push(`${key}: value of ${other[1]}`)
    } else {
      const v = r.pick(ODD_VALUES)
      set(v)
      how.push(`${key}: ${JSON.stringify(v)}`)
    }
  }
  let out = JSON.stringify(value, null, r.int(2) * 2)
  const textual = r.int(6)
  if (textual === 0) {
    // Numbers JSON.stringify cannot write: 1e999 parses to Infinity, long integers lose precision.
    const numbers = [...out.matchAll(/(?<=[:[,]\s*)-?\d+(\.\d+)?(e[+-]?\d+)?/g)]
    if (numbers.length > 0) {
      const m = r.pick(numbers)
      const huge = r.pick(['1e999', '-1e999', '123456789012345678901234567890', '-0', '1e-999'])
      out = out.slice(0, m.index) + huge + out.slice(m.index + m[0].length)
      how.push(`a number as ${huge}`)
    }
  } else if (textual === 1) {
    const at = r.int(out.length)
    out = out.slice(0, at)
    how.push(`truncated at ${at}`)
  } else if (textual === 2) {
    const at = r.int(out.length)
    const junk = r.pick(['"', '}', ']', ',', ':', '\\', '\u0000', 'ü', '{"a":'])
    out = out.slice(0, at) + junk + out.slice(at + 1)
    how.push(`${JSON.stringify(junk)} at ${at}`)
  }
  return { text: out, how }
}

const YAML_JUNK = [
  '{',
  '}',
  '[',
  ']',
  ': ',
  '- ',
  '&a ',
  '*a',
  '!!binary ',
  '|',
  '>',
  '#',
  "'",
  '"',
  '%',
  '@',
  '`',
  '\t',
  '~',
  '<<: ',
]
const YAML_VALUES = [
  '1e999',
  '-1',
  '-1e308',
  '123456789012345678901234567890',
  '.nan',
  '.inf',
  '~',
  '[]',
  '{}',
  '""',
  'true',
  '0x1F',
  '0o17',
]

/** Line- and character-level mutations of YAML text, plus alias trees spliced in. */
function mutateYaml(r: Random, text: string): { text: string; how: string[] } {
  let lines = text.split('\n')
  const how: string[] = []
  for (let n = 1 + r.int(3); n > 0; n--) {
    const i = r.int(lines.length)
    switch (r.int(8)) {
      case 0:
        lines.splice(i, 1)
        how.push(`deleted line ${i + 1}`)
        break
      case 1:
        lines.splice(i, 0, lines[i] ?? '')
        how.push(`duplicated line ${i + 1}`)
        break
      case 2:
        lines[i] = r.int(2) ? `  ${lines[i]}` : lines[i].replace(/^ {1,2}/, '')
        how.push(`re-indented line ${i + 1}`)
        break
      case 3: {
        const v = r.pick(YAML_VALUES)
        lines[i] = lines[i].replace(/:\s+\S.*$/, `: ${v}`)
        how.push(`line ${i + 1}'s value as ${v}`)
        break
      }
      case 4: {
        const junk = r.pick(YAML_JUNK)
        const at = r.int(lines[i].length + 1)
        lines[i] = lines[i].slice(0, at) + junk + lines[i].slice(at)
        how.push(`${JSON.stringify(junk)} in line ${i + 1}`)
        break
      }
      case 5: {
        // An anchor on one value and aliases of it elsewhere: shared, circular or unresolved depending on order.
        const keyed = lines.map((l, j) => [l, j] as const).filter(([l]) => /^\s*[\w.-]+:(\s|$)/.test(l))
        if (keyed.length < 2) break
        const [, a] = r.pick(keyed)
        const [, b] = r.pick(keyed)
        lines[a] = lines[a].replace(/:(\s|$)/, ': &x$1')
        lines[b] = lines[b].replace(/:(\s.*)?$/, ': *x')
        how.push(`&x at line ${a + 1}, *x at line ${b + 1}`)
        break
      }
      case 6: {
        const tree = aliasTree(r)
        lines.splice(i, 0, ...tree.text.split('\n'))
        how.push(`alias tree (${tree.how}) at line ${i + 1}`)
        break
      }
      default: {
        const at = r.int(text.length)
        lines = text.slice(0, at).split('\n')
        how.push(`truncated at ${at}`)
      }
    }
  }
  return { text: lines.join('\n'), how }
}

/**
 * A random alias tree under one key: anchors each holding up to `width` aliases of earlier anchors (so expansion
 * grows as width^depth), sometimes an alias inside its own anchor (circular) or of an anchor not yet set.
 */
function aliasTree(r: Random): { text: string; how: string } {
  const depth = 1 + r.int(12)
  const width = 1 + r.int(12)
  const circular = r.int(8) === 0
  const unresolved = r.int(10) === 0
  const flow = r.int(2) === 0
  const key = r.pick(['zz', 'labels', 'spec', 'metadata', 'thresholds', 'items'])
  let text = `${key}:\n  t0: &t0 {v: 1}\n`
  for (let d = 1; d <= depth; d++) {
    const refs = Array.from({ length: width }, () => `*t${r.int(d)}`)
    if (circular && d === depth) refs.push(`*t${d}`)
    if (unresolved && d === depth) refs.push(`*t${d + 1}`)
    text += flow
      ? `  t${d}: &t${d} [${refs.join(', ')}]\n`
      : `  t${d}: &t${d}\n${refs.map((x) => `    - ${x}`).join('\n')}\n`
  }
  return {
    text,
    how: `depth ${depth}, width ${width}${circular ? ', circular' : ''}${unresolved ? ', unresolved' : ''}`,
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The cases

interface Failure {
  case: number
  how: string[]
  outcome: string
}

/** Bad input that names one of the files (exit 2), or nothing: what every case must end in. */
function badInputNaming(code: number, stderr: string, files: readonly string[]): string | null {
  if (code === 2 && files.some((f) => stderr.includes(f)) && !/internal error|\n\s+at /.test(stderr))
    return null
  return `exit ${code}: ${stderr.slice(0, 400)}`
}

describe('seeded fuzzing of the readers of user files: a valid result or exit 2 naming the file, never 70', () => {
  const dir = scratch('fuzz-')

  it('Fortio importer (results): 300 mutations of real Fortio files', async () => {
    const r = generator(SEED)
    const real = [
      ...readdirSync(fixture('fortio'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => fixture('fortio', f)),
      ...readdirSync(fixture('fortio', 'v0.8.1')).map((f) => fixture('fortio', 'v0.8.1', f)),
      ...readdirSync(fixture('fortio', 'shared-samples'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => fixture('fortio', 'shared-samples', f)),
    ]
    expect(real.length).toBeGreaterThanOrEqual(14)
    const failures: Failure[] = []
    const outcomes = { written: 0, refused: 0 }
    for (let n = 0; n < 300; n++) {
      const source = r.pick(real)
      const { text, how } = mutateJson(r, readFileSync(source, 'utf8'))
      how.unshift(`from ${source.slice(ROOT.length + 1)}`)
      const file = join(dir, `fortio-${n}.json`)
      writeFileSync(file, text)
      // Sometimes beside an unmutated run: the checks across files (same run, same settings) get their turn.
      const files = r.int(4) === 0 ? [r.pick(real), file] : [file]
      const out = join(dir, `results-${n}.json`)
      const { code, stderr } = await cli('results', '--fortio', ...files, '--out', out)
      if (code === 0) {
        const written = await readResults(out).then(
          () => null,
          (e: unknown) => String(e),
        )
        if (written === null) outcomes.written++
        else failures.push({ case: n, how, outcome: `exit 0 but the artifact is not valid: ${written}` })
        continue
      }
      const problem = badInputNaming(code, stderr, files)
      if (problem === null) outcomes.refused++
      else failures.push({ case: n, how, outcome: problem })
    }
    expect(failures).toEqual([])
    // Both outcomes occur, so the mutations neither break every file nor leave them all intact.
    expect(outcomes.written).toBeGreaterThan(10)
    expect(outcomes.refused).toBeGreaterThan(100)
  }, 120_000)

  it('manifests (validate): 120 mutations of real manifests, with alias trees', async () => {
    const r = generator(SEED + 1)
    const real = [
      fixture('mtls', 'istio', 'base', 'mesh.yaml'),
      fixture('mtls', 'istio', 'head', 'workloads.yaml'),
      fixture('mtls', 'examples', 'cilium-cnp-with-mutual-auth.yaml'),
      fixture('mtls', 'examples', 'linkerd-grafana-authzpolicy.yaml'),
      fixture(
        'mtls',
        'peer-suites',
        'istio-ambient-peerauthn',
        'peer-authn-strict-root-permissive-workload.yaml',
      ),
    ]
    const failures: Failure[] = []
    const outcomes = { judged: 0, refused: 0 }
    for (let n = 0; n < 120; n++) {
      const source = r.pick(real)
      const { text, how } = mutateYaml(r, readFileSync(source, 'utf8'))
      how.unshift(`from ${source.slice(ROOT.length + 1)}`)
      const file = join(dir, `manifest-${n}.yaml`)
      writeFileSync(file, text)
      const { code, stdout, stderr } = await cli('validate', '--format', 'json', file)
      if (code === 0 || code === 1) {
        const problem = validMatrix(stdout)
        if (problem === null) outcomes.judged++
        else failures.push({ case: n, how, outcome: `exit ${code} but ${problem}` })
        continue
      }
      const problem = badInputNaming(code, stderr, [file])
      if (problem === null) outcomes.refused++
      else failures.push({ case: n, how, outcome: problem })
    }
    expect(failures).toEqual([])
    expect(outcomes.judged).toBeGreaterThan(5)
    expect(outcomes.refused).toBeGreaterThan(20)
  }, 120_000)

  it.each([
    ['the gate config', 'gate', () => gateConfigExample(), (p: string) => loadGateConfig(p)],
    [
      'a GKE cluster config',
      'gke',
      () => readFileSync(fixture('cluster', 'gke-cluster.yaml'), 'utf8'),
      (p: string) => readYamlMapping(p, 'GKE cluster config'),
    ],
    [
      'an eksctl cluster config',
      'eks',
      () => readFileSync(fixture('cluster', 'eksctl-cluster.yaml'), 'utf8'),
      (p: string) => readYamlMapping(p, 'eksctl cluster config'),
    ],
  ] as const)(
    '%s: 150 mutations, with alias trees',
    async (_name, prefix, original, read) => {
      const r = generator(SEED + prefix.length)
      const failures: Failure[] = []
      const outcomes = { read: 0, refused: 0 }
      for (let n = 0; n < 150; n++) {
        const { text, how } = mutateYaml(r, original())
        const file = join(dir, `${prefix}-${n}.yaml`)
        writeFileSync(file, text)
        const error = await read(file).then(
          () => null,
          (e: unknown) => e,
        )
        if (error === null) {
          outcomes.read++
          continue
        }
        const failure = failureOf(error)
        const problem = badInputNaming(failure.exitCode, failure.message, [file])
        if (problem === null) outcomes.refused++
        else failures.push({ case: n, how, outcome: problem })
      }
      expect(failures).toEqual([])
      expect(outcomes.read).toBeGreaterThan(5)
      expect(outcomes.refused).toBeGreaterThan(20)
    },
    60_000,
  )
})

/** The README's example gate config, every key set. */
function gateConfigExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const block = /## Gate config file\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)
  if (!block) throw new Error('README: no gate config example under "## Gate config file"')
  return block[1]
}

/** Null when validate's JSON is parsable and each workload row is a valid mTLS matrix entry; else what is wrong. */
function validMatrix(stdout: string): string | null {
  let out: { workloads?: unknown }
  try {
    out = JSON.parse(stdout) as { workloads?: unknown }
  } catch (e) {
    return `its output is not JSON (${(e as Error).message})`
  }
  if (!Array.isArray(out.workloads)) return 'its output has no workloads list'
  for (const row of out.workloads) {
    const parsed = MtlsEntry.safeParse(row)
    if (!parsed.success) return `a workload row is not a matrix entry: ${JSON.stringify(row)}`
  }
  return null
}

/**
 * The README and action.yml describe only what the code does: the action's inputs, outputs, modes and every input's
 * choices and defaults come from src/ (constants, vocabulary, action-inputs); the CLI's commands and flags from the
 * commands' option specs; every CLI command the README shows parses as written, and the ones that need no Docker,
 * cluster or network run as written in a sandbox built from fixtures. Links resolve; the README stays under 25 KB
 * and opens with a complete workflow.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { parseCommandArgs, UsageError } from '../../src/cli/args.js'
import { COMMAND_SPECS, runCli } from '../../src/cli/main.js'
import { ACTION_MODES, BASELINES, COMMENT_POLICIES } from '../../src/config/action-inputs.js'
import { Inputs, Outputs } from '../../src/constants.js'
import { KIND_PIN } from '../../src/cluster/kind.js'
import { DEFAULT_CILIUM_VERSION } from '../../src/mesh/cilium.js'
import { INSTALLERS } from '../../src/mesh/install.js'
import { CLUSTER_KINDS, FAIL_ON, MESHES, PROFILES, REQUIREMENTS } from '../../src/vocabulary.js'
import { fixture, ROOT, scratch } from '../helpers.js'

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const docFiles = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
]

/** The choices of every input that has a fixed set, as the code reads them. */
const CHOICES: Record<string, readonly string[]> = {
  [Inputs.Mode]: ACTION_MODES,
  [Inputs.Mesh]: MESHES,
  [Inputs.Profile]: PROFILES,
  [Inputs.Cluster]: CLUSTER_KINDS,
  [Inputs.Baseline]: BASELINES,
  [Inputs.RequireMtls]: REQUIREMENTS,
  [Inputs.Comment]: COMMENT_POLICIES,
  [Inputs.FailOn]: FAIL_ON,
}
const VERDICTS = ['pass', 'regression', 'inconclusive']

/** The rows of the first table under a `## heading`: cells with their markdown. */
function table(heading: string): string[][] {
  const start = readme.indexOf(`\n## ${heading}\n`)
  expect(start).toBeGreaterThan(-1)
  const lines = readme.slice(start).split('\n').slice(2)
  const first = lines.findIndex((l) => l.startsWith('|'))
  const rows: string[][] = []
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .replace(/\\\|/g, '\uE000')
        .split('|')
        .slice(1, -1)
        .map((c) => c.replace(/\uE000/g, '|').trim()),
    )
  }
  return rows
}

const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1])

describe('action.yml, constants and README agree', () => {
  it('declares exactly the outputs in constants, each with a description', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
    for (const o of Object.values(action.outputs)) expect(o.description.length).toBeGreaterThan(10)
  })

  it('describes every input; a choice input names every choice the code accepts', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
    for (const i of Object.values(action.inputs)) expect(i.description.length).toBeGreaterThan(10)
    expect(action.inputs[Inputs.GithubToken].default).toBe('${{ github.token }}')
    for (const [input, choices] of Object.entries(CHOICES)) {
      const missing = choices.filter(
        (c) => !new RegExp(`(^|[^\\w-])${c}([^\\w-]|$)`).test(action.inputs[input].description),
      )
      expect({ input, missing }).toEqual({ input, missing: [] })
    }
  })

  it('the README’s input table has every input once, with action.yml’s default and the code’s choices', () => {
    const rows = table('Inputs')
    const names = rows.map((r) => ticked(r[0])[0])
    expect([...names].sort()).toEqual(Object.values(Inputs).sort())
    for (const [cell, def, meaning] of rows) {
      const name = ticked(cell)[0]
      const declared = action.inputs[name].default ?? ''
      // A default in backticks is the literal default; an empty action.yml default is shown blank or in words.
      if (declared === '') expect({ name, def: ticked(def) }).toEqual({ name, def: [] })
      else expect({ name, def }).toEqual({ name, def: `\`${declared}\`` })
      const choices = CHOICES[name]
      if (choices) {
        const listed = ticked(meaning).filter((t) => /^[a-z][a-z-]*$/.test(t))
        expect({ name, listed: [...new Set(listed)].sort() }).toEqual({ name, listed: [...choices].sort() })
      }
    }
  })

  it('the README’s output table has every output; verdict lists the three verdicts', () => {
    const rows = table('Outputs')
    expect(rows.map((r) => ticked(r[0])[0]).sort()).toEqual(Object.values(Outputs).sort())
    const verdict = rows.find((r) => r[0] === '`verdict`')!
    expect(ticked(verdict[1]).sort()).toEqual([...VERDICTS].sort())
  })

  it('no statement the code has outgrown, in the README, the docs or action.yml', () => {
    const stale = [
      /not in this version/i,
      /needs? current-results/i,
      /until then (full|measure)/i,
      /dist\/main\b/,
      /unit tests ~\d+ ?s/,
      /not yet pinned/i,
    ]
    for (const file of [...docFiles, 'action.yml']) {
      const text = readFileSync(join(ROOT, file), 'utf8')
      for (const re of stale)
        expect({ file, stale: re.exec(text)?.[0] ?? null }).toEqual({ file, stale: null })
    }
  })
})

describe('the docs and the pins in the code', () => {
  /** Every pinned tool with the name the docs write it by: cilium-cli's pin is `cilium`, and Cilium is the agent. */
  const pins = [
    { written: 'kind', pin: KIND_PIN },
    ...[...new Set(MESHES.map((m) => INSTALLERS[m].cli).filter((pin) => pin !== null))].map((pin) => ({
      written: pin.name === 'cilium' ? 'cilium-cli' : pin.name,
      pin,
    })),
  ]

  it('every tool named with a version is named with the version the code pins', () => {
    expect(pins.map((p) => p.written).sort()).toEqual(['cilium-cli', 'istioctl', 'kind', 'linkerd'])
    const named = docFiles.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8')
      return [
        ...pins.flatMap(({ written, pin }) =>
          [
            ...text.matchAll(
              new RegExp(`\\b${written}\\s+(v?\\d+\\.\\d+\\.\\d+|edge-\\d+\\.\\d+\\.\\d+)`, 'gi'),
            ),
          ].map((m) => ({ file, tool: written, named: m[1], pinned: pin.version })),
        ),
        ...[...text.matchAll(/\bCilium (\d+\.\d+\.\d+)/g)].map((m) => ({
          file,
          tool: 'Cilium',
          named: m[1],
          pinned: DEFAULT_CILIUM_VERSION,
        })),
      ]
    })
    // docs/reference.md's mesh table names each CLI, and docs/downloads.md the defaults.
    expect(named.filter((n) => n.file === 'docs/reference.md').map((n) => n.tool)).toEqual(
      expect.arrayContaining(['kind', 'istioctl', 'linkerd', 'cilium-cli', 'Cilium']),
    )
    expect(named.filter((n) => n.named !== n.pinned)).toEqual([])
  })

  it('docs/reference.md says which pins carry a digest, and no default download is refused', () => {
    const reference = readFileSync(join(ROOT, 'docs/reference.md'), 'utf8')
    const sentence = /Pinned digests: ([\s\S]*?)\.(?:\s|$)/.exec(reference)?.[1] ?? ''
    const withDigest = pins.filter(({ pin }) => Object.values(pin.sha256).some((d) => d !== null))
    expect(withDigest.length).toBeGreaterThan(0)
    for (const { written, pin } of pins)
      expect({ tool: written, inSentence: new RegExp(`\\b${written}\\b`, 'i').test(sentence) }).toEqual({
        tool: written,
        inSentence: withDigest.some((p) => p.pin === pin),
      })
    expect(reference).not.toMatch(/downloads are refused with a message/)
  })

  it('no section starts mid-sentence', () => {
    const broken: string[] = []
    for (const file of docFiles) {
      let inCode = false
      let heading: string | null = null
      for (const line of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
        if (line.startsWith('```')) {
          inCode = !inCode
          heading = null
          continue
        }
        if (inCode) continue
        if (/^#+ /.test(line)) heading = line
        else if (heading && line.trim()) {
          if (/^[a-z]/.test(line)) broken.push(`${file}: ${heading} → ${line.slice(0, 60)}`)
          heading = null
        }
      }
    }
    expect(broken).toEqual([])
  })
})

describe('README: the Development section', () => {
  it('lists the floors of src/ exactly as eslint.config.js enforces them', async () => {
    const { FLOORS } = (await import(join(ROOT, 'eslint.config.js'))) as {
      FLOORS: { floor: number; rooms: Record<string, unknown> }[]
    }
    const section = readme.slice(readme.indexOf('## Development'))
    const listed = [...section.matchAll(/^(\d)\. [^:]+: (.*)$/gm)].map((m) => ({
      floor: Number(m[1]),
      rooms: [...m[2].matchAll(/`([^`]+)`/g)].map((r) => r[1]),
    }))
    expect(listed).toEqual(FLOORS.map((f) => ({ floor: f.floor, rooms: Object.keys(f.rooms) })))
    expect(section).toContain('`npm test`')
  })
})

describe('README: its first screen, size and links', () => {
  it('is under 25 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(25_000)
  })

  it('shows a complete workflow on its first screen', () => {
    const firstBlock = readme.indexOf('```yaml')
    expect(readme.slice(0, firstBlock).split('\n').length).toBeLessThanOrEqual(15)
    const workflow = readme.slice(firstBlock + 8, readme.indexOf('\n```', firstBlock + 8))
    const w = parse(workflow) as Record<string, unknown> & { jobs: Record<string, { steps: unknown[] }> }
    expect(Object.keys(w)).toEqual(expect.arrayContaining(['on', 'permissions', 'concurrency', 'jobs']))
    expect(workflow).toContain('uses: org/mesh-mtls-gate@v1')
    expect(workflow).toMatch(/fetch-depth: 0/)
    expect(w.permissions).toMatchObject({ 'pull-requests': 'write', checks: 'write', actions: 'read' })
  })

  it('every source path the docs name exists', () => {
    const missing = docFiles.flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/`((?:src|test|scripts|fixtures)\/[^`\s(]+)/g)]
        .map((m) => m[1].replace(/[.,:;]$/, ''))
        .filter((p) => !p.includes('*') && !existsSync(join(ROOT, p)))
        .map((p) => `${file}: ${p}`),
    )
    expect(missing).toEqual([])
  })

  it('every relative link and anchor resolves', () => {
    const slug = (h: string) =>
      h
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-')
    const anchors = (file: string) =>
      new Set([...readFileSync(join(ROOT, file), 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])))
    const broken: string[] = []
    for (const file of docFiles) {
      const text = readFileSync(join(ROOT, file), 'utf8')
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]
        if (/^[a-z]+:/.test(target)) continue
        const [path, anchor] = target.split('#')
        const resolved = path ? join(dirname(file), path) : file
        if (!existsSync(join(ROOT, resolved))) broken.push(`${file}: ${target}`)
        else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor))
          broken.push(`${file}: ${target} (no such heading)`)
      }
    }
    expect(broken).toEqual([])
  })
})

/** The README's CLI commands: lines of ```sh blocks, continuations joined, leading VAR=value dropped. */
function readmeCommands(): string[][] {
  const commands: string[][] = []
  for (const block of readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) {
    const text = block[1].replace(/\\\n\s*/g, ' ')
    for (const raw of text.split('\n')) {
      const line = raw.replace(/\s+#.*$/, '').trim()
      if (!line || line.startsWith('#')) continue
      const words = shellWords(line)
      while (words.length && /^[A-Z_]+=/.test(words[0])) words.shift()
      commands.push(words)
    }
  }
  return commands
}

/** Splits a shell line the way sh does for the quoting the README uses ('...', "...", ~ at a word start). */
function shellWords(line: string): string[] {
  const words: string[] = []
  for (const m of line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3])
  return words
}

describe('the README’s CLI', () => {
  const commands = readmeCommands()
  // The commands run in a sandbox folder as their cwd; whatever happens (a timeout too), the worker gets its own back.
  const home = process.cwd()
  afterEach(() => process.chdir(home))

  it('its command table lists every command with exactly the flags the command accepts, each in its --help', () => {
    const rows = table('The CLI')
    expect(rows.map((r) => ticked(r[0])[0]).sort()).toEqual(Object.keys(COMMAND_SPECS).sort())
    for (const [cell, flags] of rows) {
      const command = ticked(cell)[0] as keyof typeof COMMAND_SPECS
      const spec = COMMAND_SPECS[command]
      const accepted = Object.keys(spec.options).map((o) => `--${o}`)
      expect({ command, flags: ticked(flags).sort() }).toEqual({ command, flags: [...accepted].sort() })
      const undocumented = accepted.filter((f) => !spec.help.includes(f))
      expect({ command, undocumented }).toEqual({ command, undocumented: [] })
    }
  })

  it('shows every command, and each parses as written', () => {
    expect(commands.length).toBeGreaterThanOrEqual(6)
    expect(new Set(commands.map((c) => c[1]))).toEqual(new Set(Object.keys(COMMAND_SPECS)))
    for (const words of commands) {
      expect(words[0]).toBe('mesh-mtls-gate')
      const spec = COMMAND_SPECS[words[1] as keyof typeof COMMAND_SPECS]
      expect({ words, known: spec !== undefined }).toEqual({ words, known: true })
      let error: string | null = null
      try {
        parseCommandArgs(words[1], words.slice(2), spec.options, spec.positionals)
      } catch (e) {
        error = e instanceof UsageError ? e.message : String(e)
      }
      expect({ words, error }).toEqual({ words, error: null })
    }
  })

  it('runs, as written, every command that needs no Docker, cluster or network', async () => {
    const dir = sandbox()
    const ran: string[] = []
    process.chdir(dir)
    // The baseline the README's compare names, built the way the README builds current.json.
    const quiet = { stdout: () => {}, stderr: () => {} }
    const reps = ['base-rep1.json', 'base-rep2.json', 'base-rep3.json']
    const meta = ['--scenario', 'echo-1k', '--mesh', 'istio', '--mesh-version', '1.28.0']
    expect(await runCli(['results', '--fortio', ...reps, ...meta, '--out', 'base.json'], quiet)).toBe(0)
    for (const words of commands) {
      if (!runnableHere(words)) continue
      let stderr = ''
      const code = await runCli(words.slice(1), { stdout: () => {}, stderr: (t) => void (stderr += t) })
      // 0 or 1 (a verdict), never 2 (bad input or usage) nor an internal error.
      expect({
        command: words.join(' '),
        failed: code > 1 || /internal error/.test(stderr),
        stderr,
      }).toEqual({
        command: words.join(' '),
        failed: false,
        stderr,
      })
      ran.push(words[1])
    }
    expect(new Set(ran)).toEqual(new Set(['run', 'validate', 'results', 'compare']))
  }, 120_000)
})

describe('the code-scanning (SARIF) workflow (docs/reference.md, linked from the README)', () => {
  const reference = readFileSync(join(ROOT, 'docs', 'reference.md'), 'utf8')
  const block = [...reference.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)]
    .map((m) => m[1])
    .find((b) => /upload-sarif/.test(b))!
  const steps = (parse(block) as { jobs: { sarif: { steps: Record<string, any>[] } } }).jobs.sarif.steps // eslint-disable-line @typescript-eslint/no-explicit-any
  const at = steps.findIndex((s) => /bin\/mesh-mtls-gate\.js/.test(String(s.run ?? '')))
  const script = String(steps[at]?.run ?? '').replace(/\\\n\s*/g, ' ')
  const gate = /^node (\S+)\/bin\/mesh-mtls-gate\.js (.*?)\s+>/m.exec(script)
  const home = process.cwd()
  afterEach(() => process.chdir(home))

  it('puts the CLI where its command runs it: a checkout of the gate there, built by npm ci before it runs', () => {
    expect(gate).not.toBeNull()
    const dir = gate![1]
    const checkout = steps
      .slice(0, at)
      .find((s) => /^actions\/checkout@/.test(String(s.uses)) && s.with?.path === dir)
    expect(checkout?.with?.repository).toMatch(/\/mesh-mtls-gate$/)
    const before = [
      ...steps.slice(0, at).map((s) => String(s.run ?? '')),
      script.slice(0, script.indexOf('node ')),
    ]
    expect(before.join('\n')).toContain(`npm ci --prefix ${dir}`)
  })

  it('its validate command runs as written from the repository root, every result inside the repository', async () => {
    // The repository (mesh/ of the PR) and the base branch checked out beside it, as `git worktree add ../base` does;
    // the PR deleted the base's namespace policy.
    const dir = scratch('gate-readme-sarif-')
    const app =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {istio-injection: enabled}}\n---\n' +
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: cart, namespace: shop}\nspec:\n' +
      '  selector: {matchLabels: {app: cart}}\n  template:\n    metadata: {labels: {app: cart}}\n' +
      '    spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}\n'
    for (const side of ['repo', 'base']) {
      mkdirSync(join(dir, side, 'mesh'), { recursive: true })
      writeFileSync(join(dir, side, 'mesh', 'app.yaml'), app)
    }
    writeFileSync(
      join(dir, 'base', 'mesh', 'strict.yaml'),
      'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: default, namespace: shop}\nspec: {mtls: {mode: STRICT}}\n',
    )
    process.chdir(join(dir, 'repo'))
    let stdout = ''
    const code = await runCli(shellWords(gate![2]), { stdout: (t) => void (stdout += t), stderr: () => {} })
    expect(code).toBe(1)
    const uris = (
      JSON.parse(stdout).runs[0].results as {
        locations: { physicalLocation: { artifactLocation: { uri: string } } }[]
      }[]
    ).map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)
    expect(uris).toContain('mesh/strict.yaml')
    expect(uris.filter((u) => u.startsWith('..') || u.startsWith('/'))).toEqual([])
  })
})

/** Docker, a cluster or the network: `run` without --dry-run, `validate --live`. */
function runnableHere(words: string[]): boolean {
  if (words[1] === 'run') return words.includes('--dry-run')
  if (words[1] === 'validate') return !words.some((w) => ['--live', '--kubeconfig', '--context'].includes(w))
  return true
}

/**
 * A repository like a user's: mesh/ on origin/main (STRICT) changed in the work tree (PERMISSIVE), base/mesh beside
 * it, and the files the README's results and compare commands name, made from real Fortio and metrics fixtures.
 */
function sandbox(): string {
  const dir = scratch('gate-readme-')
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' })
  cpSync(fixture('mtls', 'istio', 'base'), join(dir, 'mesh'), { recursive: true })
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'gate@example.com')
  git('config', 'user.name', 'gate')
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  git('update-ref', 'refs/remotes/origin/main', 'HEAD')
  cpSync(fixture('mtls', 'istio', 'head'), join(dir, 'mesh'), { recursive: true })
  mkdirSync(join(dir, 'base'))
  cpSync(fixture('mtls', 'istio', 'base'), join(dir, 'base', 'mesh'), { recursive: true })
  for (const words of readmeCommands()) {
    for (const w of words.filter((x) => /^rep\d+\.json$/.test(x)))
      copyFileSync(fortioRun(Number(/\d+/.exec(w)![0])), join(dir, w))
    for (const w of words.filter((x) => /^m\d+\.json$/.test(x)))
      copyFileSync(fixture('k8s', 'podmetrics.json'), join(dir, w))
  }
  for (const n of [1, 2, 3]) copyFileSync(fortioRun(n), join(dir, `base-rep${n}.json`))
  return dir
}

/** The n-th of three real Fortio runs of one scenario (`results` refuses the same run given twice). */
function fortioRun(n: number): string {
  return fixture('fortio', ['http-ok.json', 'http-ok-2.json', 'http-ok-3.json'][(n - 1) % 3])
}

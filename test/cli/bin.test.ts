/**
 * The installed CLI as users start it: `bin/mesh-mtls-gate.js` checks the Node version before it loads anything,
 * then runs the compiled CLI from lib/ (`npm ci` and `npm pack` build it through the prepare script).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../helpers.js'

const BIN = join(ROOT, 'bin', 'mesh-mtls-gate.js')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string }
  bin: Record<string, string>
  files: string[]
}
const floor = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node)!
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

// `npm ci` builds lib/ (the prepare script); a worktree that has not run it since lib/ existed builds it here, so the
// test runs the compiled CLI rather than failing on its absence.
beforeAll(() => {
  if (existsSync(join(ROOT, 'lib', 'cli.js'))) return
  const tsc = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      // tsc turns on Node's compile cache, which would leave a node-compile-cache folder in the suite's temp folder.
      env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
    },
  )
  if (tsc.status !== 0) throw new Error(`npm run build failed:\n${tsc.stdout}${tsc.stderr}`)
}, 600_000)

function run(node: string, bin: string, ...argv: string[]) {
  return spawnSync(node, [bin, ...argv], { encoding: 'utf8', timeout: 60_000 })
}

/** The bin file alone in a folder with a package.json of our choosing (and no lib/). */
function binWith(engines: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mmg-bin-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'bin'))
  copyFileSync(BIN, join(dir, 'bin', 'mesh-mtls-gate.js'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', engines: { node: engines } }))
  return join(dir, 'bin', 'mesh-mtls-gate.js')
}

/** This machine's own Node when it is older than the package needs (/usr/bin/node is Node 20 here and on runners). */
function olderNode(): string | undefined {
  const candidates = [
    '/usr/bin/node',
    '/usr/local/bin/node',
    ...(process.env.OLD_NODE ? [process.env.OLD_NODE] : []),
  ]
  return candidates.find((path) => {
    if (!existsSync(path)) return false
    const v = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim().split('.')
    return (
      Number(v[0]) < Number(floor[1]) ||
      (Number(v[0]) === Number(floor[1]) && Number(v[1]) < Number(floor[2]))
    )
  })
}

describe('bin/mesh-mtls-gate.js', () => {
  it('is what package.json publishes, with lib/ and without dist/', () => {
    expect(pkg.bin['mesh-mtls-gate']).toBe('bin/mesh-mtls-gate.js')
    expect(pkg.files).toEqual(expect.arrayContaining(['bin/', 'lib/']))
    expect(pkg.files.some((f) => f.startsWith('dist'))).toBe(false)
    expect(pkg).not.toHaveProperty('private')
  })

  const old = olderNode()
  const onOldNode = old || process.env.CI === 'true' ? it : it.skip
  onOldNode("on the machine's older Node: exit 2 naming the Node it needs, no stack trace", () => {
    // Under CI a missing old Node is a failure, not a skip: the runners ship Node 20 in /usr/local/bin.
    expect(old).toBeDefined()
    const r = run(old!, BIN, '--help')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`mesh-mtls-gate needs Node ${floor[1]}.${floor[2]}.0 or newer`)
    expect(r.stderr).toContain(`engines: "${pkg.engines.node}"`)
    expect(r.stderr).not.toMatch(/\n\s+at |TypeError/)
    expect(r.stdout).toBe('')
  })

  it('refuses any Node below the declared floor, before loading the CLI', () => {
    const r = run(process.execPath, binWith('>=999.1'), 'compare', '--help')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^mesh-mtls-gate needs Node 999\.1\.0 or newer .*this is Node \d+\.\d+\.\d+ /)
  })

  it('says how to build lib/ when a clone has not run npm ci', () => {
    const bin = binWith(pkg.engines.node)
    const r = run(process.execPath, bin, '--help')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('lib/cli.js) is missing')
    expect(r.stderr).toContain('npm ci')
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('under the declared Node every command’s --help works, and bad input exits 2 without a stack trace', () => {
    for (const command of ['--help', 'run --help', 'validate --help', 'results --help', 'compare --help']) {
      const r = run(process.execPath, BIN, ...command.split(' '))
      expect({ command, status: r.status, stderr: r.stderr }).toEqual({ command, status: 0, stderr: '' })
      expect(r.stdout).toMatch(/Usage: mesh-mtls-gate/)
    }
    const r = run(process.execPath, BIN, 'compare', '--baseline', '/nope.json', '--current', '/nope.json')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/\/nope\.json: cannot read the results file \(ENOENT\)/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  }, 180_000)
})

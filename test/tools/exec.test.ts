import { describe, expect, it } from '@jest/globals'
import { CommandError, createCommandRunner, formatCommand, maskText } from '../../src/tools/exec.js'

// Runs the Node binary that runs the tests: a real process, nothing installed, nothing dialled.
const NODE = process.execPath

describe('createCommandRunner', () => {
  it('returns stdout and stderr, passes stdin and env, and logs the command line', async () => {
    const lines: string[] = []
    const run = createCommandRunner({ log: (l) => lines.push(l) })
    const r = await run.run(
      NODE,
      ['-e', 'process.stdin.pipe(process.stdout); console.error(process.env.GATE_X)'],
      { input: 'hello', env: { GATE_X: 'from-env' } },
    )
    expect(r).toEqual({ exitCode: 0, stdout: 'hello', stderr: 'from-env\n' })
    expect(lines).toEqual([
      `$ ${NODE} -e 'process.stdin.pipe(process.stdout); console.error(process.env.GATE_X)'`,
    ])
  })

  it('masks secrets in the log and in the error, and registers them with the masker', async () => {
    const lines: string[] = []
    const masked: string[] = []
    const run = createCommandRunner({ log: (l) => lines.push(l), mask: (s) => masked.push(s) })
    const err = await run
      .run(NODE, ['-e', 'console.error("token s3cr3t rejected"); process.exit(3)', 's3cr3t'], {
        secrets: ['s3cr3t'],
      })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CommandError)
    expect((err as CommandError).message).toContain('exited with 3')
    expect((err as CommandError).message).toContain('token *** rejected')
    expect((err as CommandError).message).not.toContain('s3cr3t')
    expect(lines.join('\n')).not.toContain('s3cr3t')
    expect(masked).toEqual(['s3cr3t'])
  })

  it('returns a failure when asked to', async () => {
    const r = await createCommandRunner().run(NODE, ['-e', 'process.exit(4)'], { allowFailure: true })
    expect(r.exitCode).toBe(4)
  })

  it('says plainly when a program is not installed', async () => {
    const err = await createCommandRunner()
      .run('mesh-gate-no-such-program', ['info'])
      .catch((e: unknown) => e)
    expect((err as CommandError).code).toBe('ENOENT')
    expect((err as Error).message).toContain("'mesh-gate-no-such-program' is not installed or not on PATH")
  })

  it('stops a program that outlives its bound', async () => {
    const started = Date.now()
    const err = await createCommandRunner()
      .run(NODE, ['-e', 'setInterval(() => {}, 1000)'], { timeoutMs: 300 })
      .catch((e: unknown) => e)
    expect((err as CommandError).code).toBe('ETIMEDOUT')
    expect((err as Error).message).toContain('no result after 0.3 s')
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

describe('formatting', () => {
  it.each([
    [['kind', 'create', 'cluster', '--name', 'mmg-1'], 'kind create cluster --name mmg-1'],
    [['istioctl', 'install', '--set', 'profile=ambient', '-y'], 'istioctl install --set profile=ambient -y'],
    [['sh', '-c', "echo 'a b'"], `sh -c 'echo '\\''a b'\\'''`],
  ])('%j → %s', (argv, shown) => {
    expect(formatCommand(argv[0], argv.slice(1))).toBe(shown)
  })
  it('masks every occurrence', () => expect(maskText('a-x-a', ['a'])).toBe('***-x-***'))
})

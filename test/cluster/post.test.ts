import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { scratch } from '../helpers.js'

// The post step as the runner runs it: state from the main step, @actions/core mocked, a stand-in `kind` script.
const state: Record<string, string> = {}
const info = jest.fn<(m: string) => void>()
const warning = jest.fn<(m: string) => void>()
jest.unstable_mockModule('@actions/core', () => ({
  getState: (name: string) => state[name] ?? '',
  info,
  warning,
  saveState: jest.fn(),
}))

let dir: string
let exit: ReturnType<typeof jest.spyOn>
beforeEach(() => {
  dir = scratch('mmg-post-')
  for (const k of Object.keys(state)) delete state[k]
  exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
})
afterEach(() => exit.mockRestore())

async function runPost() {
  jest.resetModules()
  await import(`../../src/post.js?${Math.random()}`).catch(() => import('../../src/post.js'))
}

function fakeKind(exitCode: number): string {
  const path = join(dir, 'kind')
  writeFileSync(
    path,
    `#!/bin/sh\necho "$@" > "${dir}/args"\necho "Deleting cluster \\"$4\\" ..." >&2\nexit ${exitCode}\n`,
  )
  chmodSync(path, 0o755)
  return path
}

describe('post step', () => {
  it('says there is nothing to clean up when main created no cluster', async () => {
    await runPost()
    expect(info).toHaveBeenCalledWith('mesh-mtls-gate: the main step created no cluster; nothing to clean up')
    expect(warning).not.toHaveBeenCalled()
  })

  it('deletes the recorded kind cluster with the recorded kind binary', async () => {
    const kind = fakeKind(0)
    state['cluster-to-delete'] = JSON.stringify({
      provider: 'kind',
      name: 'mmg-9',
      kindPath: kind,
      kubeconfigPath: '/t/k',
    })
    await runPost()
    expect(readFileSync(join(dir, 'args'), 'utf8').trim()).toBe(
      'delete cluster --name mmg-9 --kubeconfig /t/k',
    )
    expect(info.mock.calls.map((c) => c[0]).join('\n')).toMatch(/deleted kind cluster 'mmg-9' in/)
    expect(warning).not.toHaveBeenCalled()
    expect(exit).toHaveBeenCalled()
  })

  it('turns a failed deletion into a warning, never a failure', async () => {
    const kind = fakeKind(1)
    state['cluster-to-delete'] = JSON.stringify({
      provider: 'kind',
      name: 'mmg-9',
      kindPath: kind,
      kubeconfigPath: '',
    })
    await runPost()
    expect(warning.mock.calls[0][0]).toMatch(
      /^mesh-mtls-gate cleanup: .*kind delete cluster --name mmg-9 exited with 1/,
    )
    expect(process.exitCode ?? 0).toBe(0)
  })

  it('removes a temporary kubeconfig of an existing cluster', async () => {
    const path = join(dir, 'kubeconfig')
    writeFileSync(path, 'x')
    state['cluster-to-delete'] = JSON.stringify({ provider: 'existing', kubeconfigPath: path })
    await runPost()
    expect(existsSync(path)).toBe(false)
  })
})

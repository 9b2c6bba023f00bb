/**
 * The stages as the pipeline wires them: a mesh CLI already on the runner (`mesh-cli`) reaches the installer, which
 * runs it through the real command runner in place of a download. A stand-in CLI records the command it was run with.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { pipelineDeps, type StageSettings } from '../../src/pipeline/stages.js'
import type { MeshName } from '../../src/vocabulary.js'
import { scratch } from '../helpers.js'

/**
 * A loopback API server that has no CRDs (Linkerd's installer asks for the Gateway API's before it runs its CLI):
 * discovery of apiextensions.k8s.io, and 404 for everything else.
 */
let api: Server
beforeAll(async () => {
  api = createServer((req, res) => {
    res.setHeader('content-type', 'application/json')
    if (req.url === '/apis/apiextensions.k8s.io/v1')
      return res.end(
        JSON.stringify({
          kind: 'APIResourceList',
          groupVersion: 'apiextensions.k8s.io/v1',
          resources: [
            {
              name: 'customresourcedefinitions',
              namespaced: false,
              kind: 'CustomResourceDefinition',
              verbs: ['get'],
            },
          ],
        }),
      )
    // Cilium's installer looks for its agent DaemonSet first (an empty cluster has none).
    if (req.url === '/apis/apps/v1')
      return res.end(
        JSON.stringify({
          kind: 'APIResourceList',
          groupVersion: 'apps/v1',
          resources: [{ name: 'daemonsets', namespaced: true, kind: 'DaemonSet', verbs: ['list'] }],
        }),
      )
    if (req.url?.startsWith('/apis/apps/v1/namespaces/kube-system/daemonsets'))
      return res.end(JSON.stringify({ kind: 'DaemonSetList', apiVersion: 'apps/v1', items: [] }))
    res.statusCode = 404
    res.end(JSON.stringify({ kind: 'Status', code: 404, message: `${req.url} not found` }))
  })
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve))
})
afterAll(() => new Promise<void>((resolve) => api.close(() => resolve())))

/** An executable that writes its arguments to `record` and fails, so that the install stops at its first command. */
function recordingCli(dir: string, name: string): { path: string; record: string } {
  const path = join(dir, name)
  const record = join(dir, `${name}.args`)
  writeFileSync(
    path,
    `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\necho 'stand-in: stop here' >&2\nexit 7\n`,
  )
  chmodSync(path, 0o755)
  return { path, record }
}

function settings(
  dir: string,
  mesh: MeshName,
  meshCliPath: string | undefined,
  logs: string[],
): StageSettings {
  const kubeconfig = join(dir, 'kubeconfig')
  const server = `http://127.0.0.1:${(api.address() as AddressInfo).port}`
  writeFileSync(
    kubeconfig,
    `apiVersion: v1
kind: Config
clusters: [{name: stand-in, cluster: {server: '${server}', insecure-skip-tls-verify: true}}]
users: [{name: stand-in, user: {}}]
contexts: [{name: stand-in, context: {cluster: stand-in, user: stand-in}}]
current-context: stand-in
`,
  )
  return {
    mesh,
    meshCliPath,
    cluster: 'existing',
    kubeconfigPath: kubeconfig,
    repo: dir,
    tempDir: dir,
    action: false,
    log: (line) => logs.push(line),
    warn: (line) => logs.push(`warning: ${line}`),
    onCluster: () => {},
  }
}

describe('mesh-cli through the stages', () => {
  it.each<[MeshName, string, string]>([
    ['istio', 'istioctl', 'install'],
    ['linkerd', 'linkerd', 'install'],
    ['cilium', 'cilium', 'install'],
  ])(
    '%s: the installer runs the given %s, says so in the log, and nothing is fetched',
    async (mesh, name, first) => {
      const dir = scratch('mmg-stages-')
      const cli = recordingCli(dir, name)
      const logs: string[] = []
      const deps = pipelineDeps(settings(dir, mesh, cli.path, logs))
      // An existing cluster needs no kind, and the mesh CLI is the user's: nothing to download or verify.
      await expect(deps.fetchTools()).resolves.toEqual([])
      const installer = deps.mesh(deps.provider.planned())
      expect(installer.describe().downloads).toEqual([])
      await expect(installer.install()).rejects.toThrow(/stand-in: stop here/)
      // The stand-in ran: it was given the install command's arguments.
      expect(readFileSync(cli.record, 'utf8').split('\n')[0]).toBe(first)
      expect(logs).toContain(
        `${name}: running ${cli.path} (mesh-cli), as given: not downloaded, not verified by SHA-256, its version not checked against mesh-version`,
      )
      expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^\\$ ${cli.path} install `)))
    },
  )

  it('without it, the installer plans the pinned CLI’s download and names it in its commands', () => {
    const dir = scratch('mmg-stages-')
    const deps = pipelineDeps(settings(dir, 'istio', undefined, []))
    const installer = deps.mesh(deps.provider.planned())
    expect(installer.describe().downloads.map((d) => d.name)).toEqual(['istioctl'])
    expect(installer.describe().commands[0]!.command).toBe('istioctl')
  })
})

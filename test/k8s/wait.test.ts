/**
 * The watch-based wait against a loopback stand-in of the API server whose watch requests stay silent: a rollout that
 * takes longer than one watch request's idle bound (client-node's request timeout, 30 s, shortened here) must be
 * seen by a fresh list and watch, not fail the wait (Cilium's agent DaemonSet on a real node took longer).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { connect } from '../../src/k8s/client.js'
import { daemonSetRolledOut, waitFor, WaitTimeoutError } from '../../src/k8s/wait.js'
import { scratch } from '../helpers.js'

let api: Server
let lists = 0
/** The list that first shows the DaemonSet rolled out (earlier lists show it starting). */
let readyFromList = 2

const daemonSet = (ready: boolean) => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'cilium', namespace: 'kube-system', generation: 1 },
  status: {
    observedGeneration: 1,
    desiredNumberScheduled: 1,
    updatedNumberScheduled: ready ? 1 : 0,
    numberAvailable: ready ? 1 : 0,
  },
})

beforeAll(async () => {
  api = createServer((req, res) => {
    res.setHeader('content-type', 'application/json')
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/apis/apps/v1')
      return res.end(
        JSON.stringify({
          kind: 'APIResourceList',
          groupVersion: 'apps/v1',
          resources: [{ name: 'daemonsets', namespaced: true, kind: 'DaemonSet', verbs: ['list', 'watch'] }],
        }),
      )
    if (url.pathname === '/apis/apps/v1/namespaces/kube-system/daemonsets') {
      // A watch: headers, then nothing (no event, no bookmark) until the client gives up on it.
      if (url.searchParams.get('watch') === 'true') {
        res.writeHead(200)
        res.flushHeaders()
        return
      }
      lists++
      return res.end(
        JSON.stringify({
          kind: 'DaemonSetList',
          apiVersion: 'apps/v1',
          metadata: { resourceVersion: String(lists) },
          items: [daemonSet(lists >= readyFromList)],
        }),
      )
    }
    res.statusCode = 404
    res.end(JSON.stringify({ kind: 'Status', code: 404 }))
  })
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  api.closeAllConnections()
  await new Promise<void>((resolve) => api.close(() => resolve()))
})

function cluster() {
  const dir = scratch('mmg-wait-')
  const kubeconfig = join(dir, 'kubeconfig')
  writeFileSync(
    kubeconfig,
    `apiVersion: v1
kind: Config
clusters: [{name: s, cluster: {server: 'http://127.0.0.1:${(api.address() as AddressInfo).port}', insecure-skip-tls-verify: true}}]
users: [{name: s, user: {}}]
contexts: [{name: s, context: {cluster: s, user: s}}]
current-context: s
`,
  )
  return connect(kubeconfig)
}

const spec = (timeoutMs: number) => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  namespace: 'kube-system',
  path: '/apis/apps/v1/namespaces/kube-system/daemonsets',
  name: 'cilium',
  what: 'daemonset kube-system/cilium to roll out',
  ready: daemonSetRolledOut,
  describe: (d: { status?: { updatedNumberScheduled?: number } }) =>
    `${d.status?.updatedNumberScheduled} updated`,
  timeoutMs,
  watchIdleMs: 100,
})

describe('waitFor', () => {
  it('starts a silent watch again from a fresh list: the rollout it missed is seen', async () => {
    lists = 0
    readyFromList = 3
    const found = await waitFor(cluster(), spec(30_000))
    expect(found.status?.updatedNumberScheduled).toBe(1)
    expect(lists).toBe(3)
  })

  it('still ends at its own bound, naming what it last saw', async () => {
    lists = 0
    readyFromList = Number.POSITIVE_INFINITY
    const err = await waitFor(cluster(), spec(1_000)).catch((e: Error) => e)
    expect(err).toBeInstanceOf(WaitTimeoutError)
    expect((err as Error).message).toMatch(
      /daemonset kube-system\/cilium to roll out \(last seen: 0 updated\)/,
    )
  })
})

/**
 * The mesh installers' Kubernetes side against the real control plane: server-side apply of a CLI's manifest
 * stream (CRDs waited for until Established), CRD presence, and the watch-based waits meeting real Deployments and
 * DaemonSets that the controller-manager, the scheduler and kwok roll out. The CLIs themselves are stood in for by
 * a runner that does what `istioctl install` leaves behind (the objects the gate then waits for).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { serverSideApply } from '../../src/k8s/apply.js'
import { WaitTimeoutError } from '../../src/k8s/wait.js'
import { createMeshInstaller } from '../../src/mesh/install.js'
import { kubeOps } from '../../src/mesh/kube-ops.js'
import { testStore } from '../tools/store.js'
import type { CommandResult, CommandRunner } from '../../src/tools/exec.js'
import { fixture, readFixture } from '../helpers.js'
import { createNamespace, harnessCluster, harnessHandle } from './kube.js'

const cluster = harnessCluster()
const ops = kubeOps(cluster)

function daemonSet(namespace: string, name: string, nodeSelector?: Record<string, string>) {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name, namespace },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          ...(nodeSelector ? { nodeSelector } : {}),
          containers: [{ name: name, image: `istio/${name}:1.28.0` }],
        },
      },
    },
  }
}

function deploymentOf(namespace: string, name: string) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name, image: `istio/pilot:1.28.0` }] },
      },
    },
  }
}

describe('kubeOps on the real API server', () => {
  it('applies a CLI manifest stream in order and waits for its CRDs to be Established', async () => {
    const crd = readFileSync(fixture('crds', 'linkerd-server.yaml'), 'utf8')
    const stream = `${crd}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: mesh-ops}\n---\n${JSON.stringify(
      deploymentOf('mesh-ops', 'destination'),
    )}\n`
    expect(await ops.applyManifests(stream, 'linkerd install', 30_000)).toBe(3)
    expect(await ops.crdExists('servers.policy.linkerd.io')).toBe(true)
    expect(await ops.crdExists('grpcroutes.no-such-group.example.com')).toBe(false)
    await ops.waitForDeployment('mesh-ops', 'destination', 60_000)
  })

  it('names the object the API server refused', async () => {
    const bad = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: mesh-ops}\ndata: {a: 1}\n'
    await expect(ops.applyManifests(bad, 'linkerd install', 5_000)).rejects.toThrow(
      /^linkerd install: applying ConfigMap mesh-ops\/x: /,
    )
  })

  it('a DaemonSet wait sees a real rollout through a watch, and times out clearly when none can happen', async () => {
    await createNamespace(cluster, 'ds-wait')
    await serverSideApply(cluster, daemonSet('ds-wait', 'node-agent'))
    await ops.waitForDaemonSet('ds-wait', 'node-agent', 60_000)
    await serverSideApply(cluster, daemonSet('ds-wait', 'nowhere', { 'no-such-node': 'true' }))
    const wait = ops.waitForDaemonSet('ds-wait', 'nowhere', 1_500)
    await expect(wait).rejects.toThrow(WaitTimeoutError)
    await expect(ops.waitForDaemonSet('ds-wait', 'nowhere', 1_000)).rejects.toThrow(
      /timed out after 1 s waiting for daemonset ds-wait\/nowhere to roll out \(last seen: 0 updated, 0 available of 0 scheduled\)/,
    )
  })
})

describe('the Istio ambient installer against the real control plane', () => {
  it('waits for istiod, ztunnel and istio-cni-node as they really roll out, then reads the version', async () => {
    const calls: string[] = []
    // Stands in for istioctl: `install` leaves istiod and the two node agents behind, `version` prints the
    // recorded output.
    const runner: CommandRunner = {
      async run(command, args): Promise<CommandResult> {
        calls.push([command, ...args].join(' '))
        if (args[0] === 'install') {
          await createNamespace(cluster, 'istio-system')
          await serverSideApply(cluster, deploymentOf('istio-system', 'istiod'))
          await serverSideApply(cluster, daemonSet('istio-system', 'ztunnel'))
          await serverSideApply(cluster, daemonSet('istio-system', 'istio-cni-node'))
          return { exitCode: 0, stdout: '✔ Installation complete\n', stderr: '' }
        }
        return { exitCode: 0, stdout: readFixture('mesh', 'istioctl-version.txt'), stderr: '' }
      },
    }
    const handle = harnessHandle()
    const installer = createMeshInstaller(
      'istio-ambient',
      {
        runner,
        log: () => {},
        warn: () => {},
        store: testStore('/nonexistent'),
        platform: 'linux-amd64',
        cluster: handle,
      },
      { cliPath: '/usr/local/bin/istioctl', timeoutMs: 60_000 },
    )
    expect(await installer.install()).toEqual({
      name: 'istio-ambient',
      version: '1.28.0',
      profile: 'ambient',
    })
    expect(calls[0]).toContain('install --kubeconfig')
    const ds = await cluster.objects.read({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'ztunnel', namespace: 'istio-system' },
    })
    expect((ds as { status?: { numberAvailable?: number } }).status?.numberAvailable).toBeGreaterThan(0)
  })
})

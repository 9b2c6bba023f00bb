/**
 * The Istio installer with the real istioctl (built from the Go module proxy, the oracle's build) against the real
 * control plane: `istioctl install` applies Istio's real manifests (CRDs, webhooks, istiod), kwok makes istiod
 * Ready, and the installer's watch-based waits meet the real objects. Contained: the webhooks istioctl registers
 * point at kwok pod IPs, which the loopback-only namespace makes unreachable at once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { pollUntil } from '../../src/k8s/poll.js'
import { createMeshInstaller } from '../../src/mesh/install.js'
import { testStore } from '../tools/store.js'
import { createCommandRunner } from '../../src/tools/exec.js'
import { scratch } from '../helpers.js'
import { cachedTool, toolsCache } from './harness/tools.js'
import { harnessCluster, harnessHandle, removeIstioIngressGateway } from './kube.js'

function istioctl(): string {
  const bin = process.env.ISTIOCTL_BIN ?? cachedTool('istioctl')
  if (!bin || !existsSync(bin))
    throw new Error(
      `istioctl is not built (${bin ?? toolsCache()}): run eval "$(bash scripts/test-tools.sh all)"`,
    )
  return bin
}

/** Another suite stands in for istiod with a Deployment of another selector (immutable): one istiod at a time. */
async function removeIstiod(): Promise<void> {
  const cluster = harnessCluster()
  const istiod = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'istiod', namespace: 'istio-system' },
  }
  await cluster.objects.delete(istiod).catch(() => undefined)
  await pollUntil(
    'istiod to be deleted',
    async () => {
      const gone = await cluster.objects.read(istiod).then(
        () => false,
        () => true,
      )
      return { done: gone, value: null, seen: gone ? 'gone' : 'still there' }
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  )
}

describe('istioctl install for real', () => {
  beforeAll(removeIstiod)
  // Istio's webhooks point at istiod's pod IP, which nothing here can reach: remove them so that the other suites'
  // pods in injection-labelled namespaces are not refused by a webhook that cannot answer.
  afterAll(async () => {
    await removeIstiod()
    const cluster = harnessCluster()
    await removeIstioIngressGateway(cluster)
    for (const kind of ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration']) {
      const list = await cluster.objects.list('admissionregistration.k8s.io/v1', kind)
      for (const h of list.items.filter((x) => x.metadata!.name!.startsWith('istio'))) {
        await cluster.objects.delete({
          apiVersion: 'admissionregistration.k8s.io/v1',
          kind,
          metadata: { name: h.metadata!.name },
        })
      }
    }
  })

  it('installs on the real control plane and the installer sees istiod roll out', async () => {
    const handle = harnessHandle()
    const log: string[] = []
    const installer = createMeshInstaller(
      'istio',
      {
        runner: createCommandRunner({ log: (l) => void log.push(l) }),
        log: (l) => void log.push(l),
        warn: (l) => void log.push(`warning: ${l}`),
        store: testStore(scratch('tools-')),
        platform: 'linux-amd64',
        cluster: handle,
      },
      { cliPath: istioctl(), timeoutMs: 120_000 },
    )
    try {
      const fp = await installer.install()
      expect(fp.name).toBe('istio')
    } catch (e) {
      throw new Error(`${(e as Error).message}\n${log.slice(-30).join('\n')}`)
    }
    const istiod = (await harnessCluster().objects.read({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'istiod', namespace: 'istio-system' },
    })) as { status: { availableReplicas?: number } }
    expect(istiod.status.availableReplicas).toBeGreaterThan(0)
    // What istioctl itself applied: Istio's CRDs and its webhooks (which, contained, nothing can reach).
    const crds = await harnessCluster().objects.list('apiextensions.k8s.io/v1', 'CustomResourceDefinition')
    expect(crds.items.map((c) => c.metadata!.name)).toEqual(
      expect.arrayContaining([
        'peerauthentications.security.istio.io',
        'destinationrules.networking.istio.io',
      ]),
    )
    const hooks = await harnessCluster().objects.list(
      'admissionregistration.k8s.io/v1',
      'MutatingWebhookConfiguration',
    )
    expect(hooks.items.map((h) => h.metadata!.name)).toContain('istio-sidecar-injector')
    // istioctl version cannot reach a kwok istiod: the installer read the version from the image instead.
    expect(log.join('\n')).toMatch(
      /istioctl version could not reach istiod; the version .* is read from the istiod image/,
    )
  }, 300_000)
})

import { describe, expect, it, beforeAll } from '@jest/globals'
import { apiErrorMessage, serverSideApply } from '../../src/k8s/apply.js'
import { createNamespace, harnessCluster, installMeshCrds } from './kube.js'

describe('mesh CRDs on the real API server', () => {
  const cluster = harnessCluster()

  beforeAll(async () => {
    const names = await installMeshCrds(cluster)
    expect(names).toEqual(
      expect.arrayContaining([
        'peerauthentications.security.istio.io',
        'ciliumnetworkpolicies.cilium.io',
        'servers.policy.linkerd.io',
      ]),
    )
    await createNamespace(cluster, 'mesh')
  })

  it('accepts a valid PeerAuthentication and reads it back', async () => {
    await serverSideApply(cluster, {
      apiVersion: 'security.istio.io/v1',
      kind: 'PeerAuthentication',
      metadata: { name: 'default', namespace: 'mesh' },
      spec: { mtls: { mode: 'STRICT' } },
    })
    const back = (await cluster.objects.read({
      apiVersion: 'security.istio.io/v1',
      kind: 'PeerAuthentication',
      metadata: { name: 'default', namespace: 'mesh' },
    })) as unknown as {
      spec: { mtls: { mode: string } }
      metadata: { managedFields: Array<{ manager: string }> }
    }
    expect(back.spec.mtls.mode).toBe('STRICT')
    expect(back.metadata.managedFields.map((m) => m.manager)).toContain('mesh-mtls-gate')
  })

  it('refuses an invalid enum through the real schema', async () => {
    const apply = serverSideApply(cluster, {
      apiVersion: 'security.istio.io/v1',
      kind: 'PeerAuthentication',
      metadata: { name: 'typo', namespace: 'mesh' },
      spec: { mtls: { mode: 'STRCT' } },
    })
    const message = await apply.then(
      () => 'accepted',
      (e) => apiErrorMessage(e),
    )
    expect(message).toMatch(/spec\.mtls\.mode: Unsupported value: "STRCT"/)
  })

  it('accepts a Cilium policy with authentication.mode required, and refuses the blog’s fictional mutual-tls rule', async () => {
    const policy = (ingress: unknown) => ({
      apiVersion: 'cilium.io/v2',
      kind: 'CiliumNetworkPolicy',
      metadata: { name: 'auth', namespace: 'mesh' },
      spec: { endpointSelector: { matchLabels: { app: 'server' } }, ingress },
    })
    await serverSideApply(
      cluster,
      policy([{ fromEndpoints: [{ matchLabels: { app: 'client' } }], authentication: { mode: 'required' } }]),
    )
    const bad = serverSideApply(
      cluster,
      policy([{ fromEndpoints: [{}], toPorts: [{ rules: { 'mutual-tls': [{}] } }] }]),
    )
    const message = await bad.then(
      () => 'accepted',
      (e) => apiErrorMessage(e),
    )
    expect(message).toMatch(/mutual-tls/)
  })
})

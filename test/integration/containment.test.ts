import { describe, expect, it } from '@jest/globals'
import { apiErrorMessage } from '../../src/k8s/apply.js'
import { containmentProblems } from './harness/containment.js'
import { createNamespace, harnessCluster } from './kube.js'

describe('containment', () => {
  const cluster = harnessCluster()

  it('the suite runs in a namespace with no route but loopback', () => {
    expect(containmentProblems()).toEqual([])
  })

  it('a webhook pointing at a pod IP fails at once inside the namespace, without leaving the machine', async () => {
    await createNamespace(cluster, 'webhooked')
    await cluster.objects.create({
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingWebhookConfiguration',
      metadata: { name: 'pod-ip-webhook' },
      webhooks: [
        {
          name: 'validate.pod-ip.example.com',
          // A kwok pod address, as a mesh's webhook Service would resolve to.
          clientConfig: { url: 'https://10.0.0.5:443/validate' },
          rules: [
            { apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE'], resources: ['configmaps'] },
          ],
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'webhooked' } },
          failurePolicy: 'Fail',
          sideEffects: 'None',
          admissionReviewVersions: ['v1'],
          timeoutSeconds: 10,
        },
      ],
    } as never)
    const message = await cluster.objects
      .create({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'probe', namespace: 'webhooked' },
      } as never)
      .then(
        () => 'accepted',
        (e) => apiErrorMessage(e),
      )
    // "network is unreachable" is the kernel refusing the dial for want of a route: nothing was sent anywhere.
    // (Outside a contained namespace the same dial would go out and end in a timeout or a refusal instead.)
    expect(message).toMatch(/failed calling webhook "validate\.pod-ip\.example\.com"/)
    expect(message).toMatch(/dial tcp 10\.0\.0\.5:443: connect: network is unreachable/)
    await cluster.objects.delete({
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingWebhookConfiguration',
      metadata: { name: 'pod-ip-webhook' },
    } as never)
  })
})

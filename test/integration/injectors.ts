/**
 * Stand-ins for the meshes' sidecar injectors on the harness's API server. The real injectors are admission
 * webhooks served by istiod and linkerd-proxy-injector, which cannot run here; a MutatingAdmissionPolicy (CEL, run
 * by the API server itself, GA in Kubernetes 1.36) changes each Pod as it is created the way they do, so the pods the
 * controllers make differ from their templates exactly where an injector makes them differ:
 * - Istio (istio.io/latest/docs/setup/additional-setup/sidecar-injection, "Controlling the injection policy"): a
 *   pod is injected when its namespace has `istio-injection=enabled` or `istio.io/rev`, or the pod has
 *   `istio.io/rev` or `sidecar.istio.io/inject=true`, unless the namespace says `disabled` or the pod `false`; the
 *   pod gets an `istio-proxy` container, the `sidecar.istio.io/status` annotation and the
 *   `security.istio.io/tlsMode: istio` label.
 * - Linkerd (linkerd.io/2/features/proxy-injection; controller/proxy-injector/webhook.go): a pod is injected when
 *   its `linkerd.io/inject` annotation, else its namespace's, is `enabled` or `ingress`; it gets `linkerd-proxy`, here
 *   as a native sidecar (an init container with restartPolicy Always, as with proxy.nativeSidecar), and the
 *   namespace's `config.linkerd.io/*` annotations it does not have itself (AppendNamespaceAnnotations).
 * Only namespaces whose names start with `mtls-` are touched, so other tests' pods stay as they are; a pod that
 * already has the proxy (a manifest injected by hand) is left alone.
 */
import type { Cluster } from '../../src/k8s/client.js'
import { serverSideApply } from '../../src/k8s/apply.js'
import { pollUntil } from '../../src/k8s/poll.js'

const PODS_ON_CREATE = {
  resourceRules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE'], resources: ['pods'] }],
}

const ISTIO = 'mesh-gate-test-istio-injector'
const LINKERD = 'mesh-gate-test-linkerd-injector'

const label = (map: string, key: string) => `${map}[?'${key}'].orValue('')`

const policies = [
  {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'MutatingAdmissionPolicy',
    metadata: { name: ISTIO },
    spec: {
      failurePolicy: 'Fail',
      reinvocationPolicy: 'Never',
      matchConstraints: PODS_ON_CREATE,
      variables: [
        { name: 'nsLabels', expression: 'namespaceObject.metadata.?labels.orValue({})' },
        { name: 'podLabels', expression: 'object.metadata.?labels.orValue({})' },
        {
          name: 'present',
          expression:
            "object.spec.containers.exists(c, c.name == 'istio-proxy') || object.spec.?initContainers.orValue([]).exists(c, c.name == 'istio-proxy')",
        },
        {
          name: 'disabled',
          expression: `${label('variables.nsLabels', 'istio-injection')} == 'disabled' || ${label('variables.podLabels', 'sidecar.istio.io/inject')} == 'false'`,
        },
        {
          name: 'enabled',
          expression: `${label('variables.nsLabels', 'istio-injection')} == 'enabled' || 'istio.io/rev' in variables.nsLabels || 'istio.io/rev' in variables.podLabels || ${label('variables.podLabels', 'sidecar.istio.io/inject')} == 'true'`,
        },
        {
          name: 'inject',
          expression:
            "namespaceObject.metadata.name.startsWith('mtls-') && !variables.present && variables.enabled && !variables.disabled",
        },
      ],
      mutations: [
        {
          patchType: 'ApplyConfiguration',
          applyConfiguration: {
            expression: `variables.inject ? Object{
              metadata: Object.metadata{
                annotations: {"sidecar.istio.io/status": "{\\"containers\\":[\\"istio-proxy\\"]}"},
                labels: {"security.istio.io/tlsMode": "istio"}
              },
              spec: Object.spec{
                containers: [Object.spec.containers{name: "istio-proxy", image: "docker.io/istio/proxyv2:1.28.0"}]
              }
            } : Object{}`,
          },
        },
      ],
    },
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'MutatingAdmissionPolicy',
    metadata: { name: LINKERD },
    spec: {
      failurePolicy: 'Fail',
      reinvocationPolicy: 'Never',
      matchConstraints: PODS_ON_CREATE,
      variables: [
        { name: 'podAnn', expression: 'object.metadata.?annotations.orValue({})' },
        { name: 'nsAnn', expression: 'namespaceObject.metadata.?annotations.orValue({})' },
        {
          name: 'mode',
          expression: `'linkerd.io/inject' in variables.podAnn ? variables.podAnn['linkerd.io/inject'] : ${label('variables.nsAnn', 'linkerd.io/inject')}`,
        },
        {
          name: 'present',
          expression:
            "object.spec.containers.exists(c, c.name == 'linkerd-proxy') || object.spec.?initContainers.orValue([]).exists(c, c.name == 'linkerd-proxy')",
        },
        {
          name: 'inject',
          expression:
            "namespaceObject.metadata.name.startsWith('mtls-') && !variables.present && (variables.mode == 'enabled' || variables.mode == 'ingress')",
        },
      ],
      mutations: [
        {
          patchType: 'JSONPatch',
          jsonPatch: {
            expression: `!variables.inject ? [] :
              (has(object.spec.initContainers) ? [] : [JSONPatch{op: "add", path: "/spec/initContainers", value: []}]) +
              [JSONPatch{op: "add", path: "/spec/initContainers/-", value: Object.spec.initContainers{
                name: "linkerd-proxy", image: "cr.l5d.io/linkerd/proxy:edge-25.8.5", restartPolicy: "Always"}}] +
              (has(object.metadata.annotations) ? [] : [JSONPatch{op: "add", path: "/metadata/annotations", value: {}}]) +
              variables.nsAnn.filter(k, k.startsWith('config.linkerd.io/') && !(k in variables.podAnn)).map(k,
                JSONPatch{op: "add", path: "/metadata/annotations/" + jsonpatch.escapeKey(k), value: variables.nsAnn[k]})`,
          },
        },
      ],
    },
  },
]

const bindings = [ISTIO, LINKERD].map((name) => ({
  apiVersion: 'admissionregistration.k8s.io/v1',
  kind: 'MutatingAdmissionPolicyBinding',
  metadata: { name },
  spec: { policyName: name },
}))

const PROBE_NS = 'mtls-injector-probe'

/**
 * Installs both stand-ins (idempotent) and waits until the API server applies them: a dry-run Pod in a namespace
 * that asks for both injections comes back with both proxies.
 */
export async function installInjectorStandIns(cluster: Cluster): Promise<void> {
  for (const o of [...policies, ...bindings]) await serverSideApply(cluster, o as never)
  await serverSideApply(cluster, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: PROBE_NS,
      labels: { 'istio-injection': 'enabled' },
      annotations: { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/default-inbound-policy': 'deny' },
    },
  } as never)
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'probe', namespace: PROBE_NS },
    spec: { containers: [{ name: 'app', image: 'x' }] },
  }
  await pollUntil(
    'the injector stand-ins to apply',
    async () => {
      const made = (await cluster.objects.create(pod as never, undefined, 'All')) as {
        metadata: { annotations?: Record<string, string> }
        spec: { containers: { name: string }[]; initContainers?: { name: string; restartPolicy?: string }[] }
      }
      const names = [
        ...made.spec.containers.map((c) => c.name),
        ...(made.spec.initContainers ?? []).map((c) => `${c.name}/${c.restartPolicy ?? ''}`),
      ]
      const copied = made.metadata.annotations?.['config.linkerd.io/default-inbound-policy'] === 'deny'
      return {
        done: names.includes('istio-proxy') && names.includes('linkerd-proxy/Always') && copied,
        value: null,
        seen: `${names.join(',')}${copied ? ' (annotation copied)' : ''}`,
      }
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  )
}

/**
 * The gate's own workloads: a Fortio server and client in a namespace enrolled in the mesh (on different nodes, so
 * traffic crosses the network and, for Cilium, WireGuard), and an unmeshed probe pod in a namespace that is not
 * enrolled, from which plaintext must be refused when the mesh says STRICT. On a cluster with one schedulable node
 * (kind's default, a developer's single-node cluster) client and server share it: a choice the report states.
 */
import type { MetadataMarks } from '../k8s/objects.js'

export const GATE_NAMESPACE = 'mesh-gate'
export const PROBE_NAMESPACE = 'mesh-gate-probe'
/**
 * Pinned like every other download; the image has no shell, commands are exec'd as argv. Every image the gate runs
 * is a setting (gate config `images.fortio`, `images.probe`) for mirrors and air-gapped registries.
 */
export const FORTIO_IMAGE = 'fortio/fortio:1.75.2'

/** The images of the gate's pods: the Fortio server and client, and the plaintext probe (Fortio too by default). */
export interface WorkloadImages {
  fortio: string
  probe: string
}
export const DEFAULT_IMAGES: WorkloadImages = { fortio: FORTIO_IMAGE, probe: FORTIO_IMAGE }

/** The gate config's images over the defaults; the probe runs the Fortio image unless it names its own. */
export function workloadImages(images: { fortio: string | null; probe: string | null }): WorkloadImages {
  const fortio = images.fortio ?? DEFAULT_IMAGES.fortio
  return { fortio, probe: images.probe ?? fortio }
}
export const SERVER = 'fortio-server'
export const CLIENT = 'fortio-client'
export const PROBE = 'plaintext-probe'
export const HTTP_PORT = 8080
export const GRPC_PORT = 8079

type Obj = Record<string, unknown>

function namespace(name: string, labels: Record<string, string>, annotations: Record<string, string>): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { 'app.kubernetes.io/managed-by': 'mesh-mtls-gate', ...labels }, annotations },
  }
}

function fortioDeployment(
  name: string,
  ns: string,
  image: string,
  opts: { avoid?: string; nodeSelector?: Record<string, string> },
): Obj {
  const affinity = opts.avoid
    ? {
        podAntiAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: [
            { labelSelector: { matchLabels: { app: opts.avoid } }, topologyKey: 'kubernetes.io/hostname' },
          ],
        },
      }
    : undefined
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns, labels: { app: name } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          ...(affinity ? { affinity } : {}),
          ...(opts.nodeSelector ? { nodeSelector: opts.nodeSelector } : {}),
          containers: [
            {
              name: 'fortio',
              image,
              args: [
                'server',
                '-http-port',
                String(HTTP_PORT),
                '-grpc-port',
                String(GRPC_PORT),
                '-redirect-port',
                'disabled',
              ],
              ports: [
                { name: 'http', containerPort: HTTP_PORT },
                { name: 'grpc', containerPort: GRPC_PORT },
              ],
              readinessProbe: { httpGet: { path: '/debug', port: HTTP_PORT } },
              resources: { requests: { cpu: '100m', memory: '64Mi' } },
            },
          ],
        },
      },
    },
  }
}

export interface WorkloadOptions {
  /** How the mesh under test takes the gate's namespace in and keeps the probe's out (its installer's setup). */
  mesh: { enrol: MetadataMarks; exclude: MetadataMarks }
  /** nodeSelectors from the cluster provider (kind labels its workers); else anti-affinity keeps them apart. */
  nodeLabels: { client: Record<string, string>; server: Record<string, string> } | null
  /** Default: DEFAULT_IMAGES. */
  images?: WorkloadImages
  /** One schedulable node: no anti-affinity, client and server side by side (see schedulableNodes). */
  singleNode?: boolean
}

/** Every object the gate applies for its workloads, in apply order. */
export function gateWorkloads(o: WorkloadOptions): Obj[] {
  const { enrol, exclude } = o.mesh
  const images = o.images ?? DEFAULT_IMAGES
  const server = fortioDeployment(SERVER, GATE_NAMESPACE, images.fortio, {
    nodeSelector: o.nodeLabels?.server,
  })
  const client = fortioDeployment(CLIENT, GATE_NAMESPACE, images.fortio, {
    nodeSelector: o.nodeLabels?.client,
    avoid: o.nodeLabels || o.singleNode ? undefined : SERVER,
  })
  return [
    namespace(GATE_NAMESPACE, enrol.labels, enrol.annotations),
    namespace(PROBE_NAMESPACE, exclude.labels, exclude.annotations),
    server,
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: SERVER, namespace: GATE_NAMESPACE, labels: { app: SERVER } },
      spec: {
        selector: { app: SERVER },
        ports: [
          { name: 'http', port: HTTP_PORT, targetPort: HTTP_PORT, appProtocol: 'http' },
          { name: 'grpc', port: GRPC_PORT, targetPort: GRPC_PORT, appProtocol: 'grpc' },
        ],
      },
    },
    client,
    fortioDeployment(PROBE, PROBE_NAMESPACE, images.probe, {}),
  ]
}

export function serverUrl(protocol: 'http' | 'h2' | 'grpc'): string {
  const host = `${SERVER}.${GATE_NAMESPACE}.svc.cluster.local`
  return protocol === 'grpc' ? `${host}:${GRPC_PORT}` : `http://${host}:${HTTP_PORT}/echo`
}

type NodeLike = {
  metadata: { name: string }
  spec?: { unschedulable?: boolean; taints?: Array<{ effect?: string }> }
  status?: { conditions?: Array<{ type: string; status: string }> }
}

/**
 * The nodes new pods can go to: Ready, not cordoned, without a NoSchedule or NoExecute taint (the gate's pods
 * tolerate none). With one, client and server must share it.
 */
export function schedulableNodes(nodes: readonly NodeLike[]): string[] {
  return nodes
    .filter(
      (n) =>
        !n.spec?.unschedulable &&
        !(n.spec?.taints ?? []).some((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute') &&
        (n.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'),
    )
    .map((n) => n.metadata.name)
}

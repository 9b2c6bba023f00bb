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

/** A server stand-in: the targeted workload's place, with Fortio as its application container. */
export interface ServerStandIn {
  namespace: string
  /** The workload's name: the stand-in is a Deployment of that name. */
  name: string
  /** The pod's labels (the workload's template's, or the selector's when no manifest is given). */
  labels: Record<string, string>
  /** The side's pod template of the workload, when the configuration has its manifest. */
  template: unknown
  /** The application's container ports; Fortio serves HTTP on the first that is not gRPC, gRPC on a `grpc*` one. */
  ports: { name: string | null; port: number }[]
  serviceAccount: string | null
}

/**
 * The application container of a pod template — the one the stand-in's Fortio replaces: the container named by
 * `kubectl.kubernetes.io/default-container` (the one `kubectl exec` and `logs` pick), else the first. Every other
 * container stays as the template writes it (a manually added proxy is part of the data plane).
 */
export function applicationContainer(template: unknown): { index: number; container: Obj } | null {
  const t = (template ?? {}) as { metadata?: { annotations?: Record<string, unknown> }; spec?: Obj }
  const containers = Array.isArray(t.spec?.containers) ? (t.spec.containers as Obj[]) : []
  if (containers.length === 0) return null
  const named = t.metadata?.annotations?.['kubectl.kubernetes.io/default-container']
  const index = Math.max(
    0,
    containers.findIndex((c) => c.name === named),
  )
  return { index, container: containers[index]! }
}

/** The container ports the application declares (named or not), in order. */
export function applicationPorts(template: unknown): { name: string | null; port: number }[] {
  const ports = applicationContainer(template)?.container.ports
  return (Array.isArray(ports) ? (ports as Obj[]) : [])
    .map((p) => ({ name: typeof p.name === 'string' ? p.name : null, port: Number(p.containerPort) }))
    .filter((p) => Number.isInteger(p.port) && p.port > 0)
}

/** The application's gRPC port (a `grpc*` one) and its HTTP port (the first other), as Fortio serves them. */
export function fortioListeners<P extends { name: string | null; port: number }>(
  ports: readonly P[],
): { http: P | undefined; grpc: P | undefined } {
  const grpc = ports.find((p) => /^grpc/.test(p.name ?? ''))
  return { http: ports.find((p) => p !== grpc), grpc }
}

/** Fortio's own listeners besides HTTP and gRPC, turned off so they cannot take a port the workload uses. */
const FORTIO_EXTRA_LISTENERS = [
  '-redirect-port',
  'disabled',
  '-tcp-port',
  'disabled',
  '-udp-port',
  'disabled',
]

/**
 * The stand-in's Deployment. Kept from the template: labels, annotations, service account and every container that is
 * not the application (a manually added proxy is part of the data plane), with the volumes they mount. Replaced:
 * the application container (kubectl's `default-container`, else the first) runs Fortio on the application's ports;
 * the gate places the pod (its own node selector or anti-affinity, no template scheduling constraints), and runs
 * one replica. Images of the kept containers are the template's: they must be pullable by the cluster.
 */
export function serverStandIn(
  s: ServerStandIn,
  opts: { image: string; nodeSelector?: Record<string, string>; avoid?: Record<string, string> },
): Obj {
  const template = (s.template ?? {}) as Obj
  // The side's own template decides its pod (base and head may differ: a port moved behind a proxy, a label);
  // the path's facts serve when the configuration has no manifest of the workload.
  const own = (template.metadata as Obj | undefined)?.labels as Record<string, string> | undefined
  const labels =
    own && Object.keys(own).length ? own : Object.keys(s.labels).length ? s.labels : { app: s.name }
  const meta = (template.metadata ?? {}) as Obj
  const spec = (template.spec ?? {}) as Obj
  const containers = Array.isArray(spec.containers) ? (spec.containers as Obj[]) : []
  const appIndex = applicationContainer(template)?.index ?? 0
  const declared = applicationPorts(template)
  const ports = declared.length ? declared : s.ports
  const listeners = fortioListeners(ports)
  const grpc = listeners.grpc
  const http = listeners.http ?? { name: 'http', port: HTTP_PORT }
  const fortio = {
    name: String(containers[appIndex]?.name ?? 'fortio'),
    image: opts.image,
    args: [
      'server',
      '-http-port',
      String(http.port),
      '-grpc-port',
      grpc ? String(grpc.port) : 'disabled',
      ...FORTIO_EXTRA_LISTENERS,
    ],
    ports: ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), containerPort: p.port })),
    readinessProbe: { httpGet: { path: '/debug', port: http.port } },
    resources: { requests: { cpu: '100m', memory: '64Mi' } },
  }
  const serviceAccount = s.template
    ? ((spec.serviceAccountName as string | undefined) ?? null)
    : s.serviceAccount
  const kept = containers.filter((_, i) => i !== appIndex)
  const inits = Array.isArray(spec.initContainers) ? (spec.initContainers as Obj[]) : []
  const mounted = new Set(
    [...kept, ...inits].flatMap((c) =>
      (Array.isArray(c.volumeMounts) ? (c.volumeMounts as Obj[]) : []).map((m) => String(m.name)),
    ),
  )
  const volumes = (Array.isArray(spec.volumes) ? (spec.volumes as Obj[]) : []).filter((v) =>
    mounted.has(String(v.name)),
  )
  const affinity = opts.avoid
    ? {
        podAntiAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: [
            { labelSelector: { matchLabels: opts.avoid }, topologyKey: 'kubernetes.io/hostname' },
          ],
        },
      }
    : undefined
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: s.name,
      namespace: s.namespace,
      labels: { ...labels, 'app.kubernetes.io/managed-by': 'mesh-mtls-gate' },
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: { ...labels } },
      template: {
        metadata: {
          labels: { ...labels },
          ...(meta.annotations ? { annotations: meta.annotations } : {}),
        },
        spec: {
          ...(serviceAccount ? { serviceAccountName: serviceAccount } : {}),
          ...(affinity ? { affinity } : {}),
          ...(opts.nodeSelector ? { nodeSelector: opts.nodeSelector } : {}),
          ...(inits.length ? { initContainers: inits } : {}),
          containers: [fortio, ...kept],
          ...(volumes.length ? { volumes } : {}),
        },
      },
    },
  }
}

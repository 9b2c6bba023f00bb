/**
 * The measured paths follow the change. From the objects that differ between base and head, each answered by its mesh
 * (`changeAppliesTo`: the pods, hosts and clients it governs), the run picks the workloads whose place the stand-ins
 * take (a client stand-in → a server stand-in running as the targeted workload), and classifies every changed object
 * as on a path, mesh-wide, or not measured with the reason. A pass is only a pass for what was measured: what no path
 * crosses is named, and makes the verdict inconclusive unless the gate config says `unmeasured: pass`.
 *
 * The rule that picks paths (documented in the README, "What is measured"): the gate config's `targets` when given;
 * else every workload a changed object reaches on its server side or through its Service host, ranked by how many
 * changed objects reach it (then by where it first appears), at most MAX_DERIVED_PATHS; with none, the gate's own
 * path (mesh-gate/fortio-client → fortio-server), which mesh-wide changes cross. Pure: data in, data out.
 */
import type { KubeObject, SourcedObject } from '../k8s/objects.js'
import {
  CLIENT,
  GATE_NAMESPACE,
  GRPC_PORT,
  HTTP_PORT,
  SERVER,
  applicationPorts,
  fortioListeners,
} from '../load/workloads.js'
import type { ConfigObject, ConfigSide } from '../mesh/pr-config.js'
import { changeAppliesTo } from '../mtls/meshes.js'
import { ISTIO_ROOT_NAMESPACE, istioRootNamespace } from '../mtls/istio.js'
import {
  canSelect,
  hostMatches,
  picks,
  podTemplateOf,
  type AppliesTo,
  type LabelSelector,
  type Reach,
  type ScopeContext,
} from '../mtls/scope.js'
import {
  buildInventory,
  get,
  namespaceOf,
  representativeLabels,
  selectorMatches,
  stringMap,
  type Inventory,
} from '../mtls/workloads.js'
import { isClusterScoped } from '../mtls/model.js'
import type { MeshName } from '../vocabulary.js'
import type { ValuesChange } from './mesh-values.js'
import { MESH_VALUES } from '../results/schema.js'

export { MESH_VALUES }

/** At most this many paths are derived from the change; `targets` pins others. */
export const MAX_DERIVED_PATHS = 2

export interface PathPort {
  name: string | null
  port: number
}

/** One end of a measured path: the pods the stand-in runs as. */
export interface PathEnd {
  namespace: string
  /** The workload's name (`cart`); the stand-in is a Deployment of that name. */
  workload: string
  labels: Record<string, string>
  /** The application's container ports (server) the stand-in's Fortio listens on. */
  ports: PathPort[]
  serviceAccount: string | null
  /** Where each fact came from: `mesh/cart.yaml:3`, `the selector of DestinationRule shop/cart`, `the gate`. */
  from: string
}

export interface MeasuredPath {
  /** `shop/cart`: the server's namespace and workload. */
  id: string
  client: PathEnd
  server: PathEnd & {
    /** The Service the client calls, and its port for HTTP (and gRPC when it has one). */
    service: { name: string; ports: { name: string | null; port: number; targetPort: number | string }[] }
    host: string
    httpPort: number
    grpcPort: number | null
  }
  /** The gate's own path (mesh-wide changes, or nothing scoped changed). */
  gateDefault: boolean
}

/** The validator's row of a path's server: its stand-in is a Deployment of the server's name (stand-ins.ts). */
export function serverRowOf(path: MeasuredPath): { namespace: string; workload: string } {
  return { namespace: path.server.namespace, workload: `Deployment/${path.server.workload}` }
}

export type CoverageStatus = 'on-path' | 'mesh-wide' | 'not-measured'

export interface CoverageRow {
  kind: string
  namespace: string | null
  name: string
  status: CoverageStatus
  reason: string
  /** The ids of the paths that cross it. */
  paths: string[]
  /** file:line of the object (the head's, or the base's when the head deleted it). */
  origin: string | null
  /** What the pull request did to it. */
  change: 'added' | 'modified' | 'deleted'
}

export interface PathPlan {
  paths: MeasuredPath[]
  coverage: CoverageRow[]
  /** How the paths were chosen, in one sentence. */
  rule: string
}

export interface PathInput {
  mesh: MeshName
  head: ConfigSide
  base: ConfigSide | null
  /** The gate config's `targets` (`shop/cart`), empty when derived. */
  targets: readonly string[]
  /**
   * Install-time values that differ between the sides (the mesh values file, mesh-values.ts): on every path when each
   * side runs on its own values, else not measured.
   */
  valuesChanges?: readonly ValuesChange[]
}

/** The gate's own path, as the run measured it before paths followed the change. */
export function gatePath(): MeasuredPath {
  const ports = [
    { name: 'http', port: HTTP_PORT },
    { name: 'grpc', port: GRPC_PORT },
  ]
  return {
    id: `${GATE_NAMESPACE}/${SERVER}`,
    gateDefault: true,
    client: {
      namespace: GATE_NAMESPACE,
      workload: CLIENT,
      labels: { app: CLIENT },
      ports: [],
      serviceAccount: null,
      from: 'the gate',
    },
    server: {
      namespace: GATE_NAMESPACE,
      workload: SERVER,
      labels: { app: SERVER },
      ports,
      serviceAccount: null,
      from: 'the gate',
      service: { name: SERVER, ports: ports.map((p) => ({ ...p, targetPort: p.port })) },
      host: `${SERVER}.${GATE_NAMESPACE}.svc.cluster.local`,
      httpPort: HTTP_PORT,
      grpcPort: GRPC_PORT,
    },
  }
}

/** A changed object: on one side only, or on both with different contents. */
export interface ChangedObject {
  sourced: SourcedObject
  side: 'head' | 'base'
  change: CoverageRow['change']
}

/** The identity of an object across sides (group, kind, namespace, name); objects without one land in `default`. */
function identity(o: KubeObject): string {
  const v = String(o.apiVersion ?? '')
  const group = v.includes('/') ? v.split('/')[0] : ''
  return `${group}/${String(o.kind)}/${o.kind === 'Namespace' ? '' : namespaceOf(o)}/${String(o.metadata?.name ?? '')}`
}

/** Same contents, whatever the order of keys. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

export function changedObjects(head: ConfigSide, base: ConfigSide | null): ChangedObject[] {
  const sourced = (c: ConfigObject): SourcedObject => ({ object: c.object, origin: c.origin })
  if (!base) return head.objects.map((c) => ({ sourced: sourced(c), side: 'head', change: 'added' }))
  const before = new Map(base.objects.map((c) => [identity(c.object), c]))
  const after = new Map(head.objects.map((c) => [identity(c.object), c]))
  const out: ChangedObject[] = []
  for (const [key, c] of after) {
    const old = before.get(key)
    if (!old) out.push({ sourced: sourced(c), side: 'head', change: 'added' })
    else if (canonical(old.object) !== canonical(c.object))
      out.push({ sourced: sourced(c), side: 'head', change: 'modified' })
  }
  for (const [key, c] of before)
    if (!after.has(key)) out.push({ sourced: sourced(c), side: 'base', change: 'deleted' })
  return out
}

const originOf = (o: SourcedObject) =>
  o.origin.file ? `${o.origin.file}${o.origin.line ? `:${o.origin.line}` : ''}` : null

/** The side's objects as the mesh's answers read them (built once per side: the inventory reads every object). */
export function scopeContextOf(side: ConfigSide): ScopeContext {
  const objects = side.objects.map((c) => ({ object: c.object, origin: c.origin }))
  return {
    inventory: buildInventory(objects),
    objects,
    rootNamespace: istioRootNamespace({ objects }) ?? ISTIO_ROOT_NAMESPACE,
  }
}

interface Candidate {
  namespace: string
  workload: string
  score: number
  order: number
}

/** The workloads (by namespace/name) a reach governs as a server, found in the sides' manifests or named by it. */
function serverCandidates(reach: Reach, invs: Inventory[]): { namespace: string; workload: string }[] {
  if (reach.side === 'server') {
    if (reach.pods.namespace === '*') return []
    const found = invs
      .flatMap((inv) => inv.workloads)
      .filter((w) => w.kind !== 'Selection' && picks(reach.pods, w))
      .map((w) => ({ namespace: w.namespace, workload: w.name.split('/')[1]! }))
    if (found.length) return found
    if (!reach.pods.selector) return []
    const labels = representativeLabels(reach.pods.selector)
    const service = invs
      .flatMap((inv) => inv.services)
      .find(
        (s) =>
          s.namespace === reach.pods.namespace &&
          Object.keys(s.selector).length > 0 &&
          selectorMatches({ matchLabels: s.selector }, labels),
      )
    const name = service?.name ?? labels.app ?? labels['app.kubernetes.io/name']
    return name ? [{ namespace: reach.pods.namespace, workload: name }] : []
  }
  if (reach.side === 'host') {
    const m = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(reach.host)
    if (!m) return []
    const service = invs.flatMap((inv) => inv.services).find((s) => s.name === m[1] && s.namespace === m[2])
    const workload = service
      ? invs
          .flatMap((inv) => inv.workloads)
          .find(
            (w) =>
              w.namespace === m[2] &&
              Object.keys(service.selector).length > 0 &&
              selectorMatches({ matchLabels: service.selector }, w.labels),
          )
      : undefined
    return [{ namespace: m[2]!, workload: workload ? workload.name.split('/')[1]! : m[1]! }]
  }
  return []
}

/** The server end of a path for `namespace/workload`, from the head's (else the base's) manifests. */
function serverEnd(namespace: string, workload: string, input: PathInput): MeasuredPath['server'] {
  const sides = [input.head, ...(input.base ? [input.base] : [])]
  const manifest = sides
    .flatMap((s) => s.objects)
    .find(
      (c) =>
        podTemplateOf(c.object) !== null &&
        namespaceOf(c.object) === namespace &&
        c.object.metadata?.name === workload,
    )
  const services = sides
    .flatMap((s) => s.objects)
    .filter(
      (c) =>
        c.object.kind === 'Service' && c.object.apiVersion === 'v1' && namespaceOf(c.object) === namespace,
    )
  let labels: Record<string, string>
  let ports: PathPort[] = []
  let serviceAccount: string | null = null
  let from: string
  if (manifest) {
    const template = podTemplateOf(manifest.object)
    labels = stringMap(get(template, ['metadata', 'labels']))
    ports = applicationPorts(template)
    const sa = get(template, ['spec', 'serviceAccountName'])
    serviceAccount = typeof sa === 'string' && sa !== '' ? sa : null
    from = `${manifest.object.kind} ${namespace}/${workload} (${originOf(manifest) ?? 'configuration'})`
  } else {
    const byName = services.find((c) => c.object.metadata?.name === workload)
    const selector = stringMap(get(byName?.object, ['spec', 'selector']))
    labels = Object.keys(selector).length ? selector : { app: workload }
    from = byName
      ? `the selector of Service ${namespace}/${workload} (${originOf(byName) ?? 'configuration'})`
      : `the name ${workload} (no manifest of it in the configuration: labels app=${workload})`
  }
  const service =
    services.find((c) => c.object.metadata?.name === workload) ??
    services.find((c) => {
      const sel = stringMap(get(c.object, ['spec', 'selector']))
      return Object.keys(sel).length > 0 && selectorMatches({ matchLabels: sel }, labels)
    })
  const servicePorts = service ? servicePortsOf(service.object) : []
  if (ports.length === 0)
    ports = servicePorts.length
      ? servicePorts.map((p) => ({
          name: p.name,
          port: typeof p.targetPort === 'number' ? p.targetPort : p.port,
        }))
      : [{ name: 'http', port: HTTP_PORT }]
  const listeners = fortioListeners(ports)
  const grpc = listeners.grpc
  const http = listeners.http ?? ports[0]!
  const svcPorts = servicePorts.length
    ? servicePorts
    : ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port as number | string }))
  // The Service port whose target is the HTTP port (by number or name); else its first port.
  const target = (p: { targetPort: number | string }, want: PathPort) =>
    p.targetPort === want.port || (want.name !== null && p.targetPort === want.name)
  const httpPort = (svcPorts.find((p) => target(p, http)) ?? svcPorts[0]!).port
  const grpcPort = grpc ? (svcPorts.find((p) => target(p, grpc))?.port ?? null) : null
  const serviceName = service ? String(service.object.metadata?.name) : workload
  return {
    namespace,
    workload,
    labels,
    ports,
    serviceAccount,
    from,
    service: { name: serviceName, ports: svcPorts },
    host: `${serviceName}.${namespace}.svc.cluster.local`,
    httpPort,
    grpcPort,
  }
}

function servicePortsOf(service: KubeObject): MeasuredPath['server']['service']['ports'] {
  const ports = get(service, ['spec', 'ports'])
  return (Array.isArray(ports) ? ports : []).map((p) => {
    const port = Number(get(p, ['port']))
    const t = get(p, ['targetPort'])
    return {
      name: typeof get(p, ['name']) === 'string' ? String(get(p, ['name'])) : null,
      port,
      targetPort: typeof t === 'number' || typeof t === 'string' ? t : port,
    }
  })
}

/** Whether a reach governs the traffic of a path: its server pods, its host from its client, or its client pods. */
export function reachCrosses(reach: Reach, path: MeasuredPath): boolean {
  if (reach.side === 'server') {
    if (!picks(reach.pods, path.server)) return false
    const ports = reach.pods.ports
    return (
      !ports ||
      ports.some((p) => path.server.ports.some((q) => (typeof p === 'number' ? q.port === p : q.name === p)))
    )
  }
  if (reach.side === 'host')
    return (
      hostMatches(reach.host, path.server.host) &&
      (reach.clients === '*' || reach.clients.includes(path.client.namespace))
    )
  return picks(reach.pods, path.client)
}

/** Why a scoped object is on no path, in the words of the coverage table. */
function whyNotCrossed(reach: Reach[]): string {
  const parts = reach.map((r) => {
    if (r.side === 'host')
      return `another host (${r.host})${r.clients === '*' ? '' : ` for clients in ${r.clients.join(', ')}`}`
    const sel = r.pods.selector ? selectorText(r.pods.selector) : 'every pod'
    const where = r.pods.namespace === '*' ? 'any namespace' : r.pods.namespace
    return `${r.side === 'server' ? 'a selector' : 'clients'} no stand-in carries (${sel} in ${where}${r.pods.ports ? `, ports ${r.pods.ports.join(', ')}` : ''})`
  })
  return [...new Set(parts)].join('; ')
}

function selectorText(s: LabelSelector): string {
  const parts = Object.entries(s.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`)
  for (const e of s.matchExpressions ?? [])
    parts.push(`${e.key} ${e.operator}${e.values ? ` (${e.values.join(',')})` : ''}`)
  return `{${parts.join(',')}}`
}

/** The client end of a path: where the objects that govern its server let clients in, else the gate's namespace. */
function clientEnd(server: MeasuredPath['server'], answers: AppliesTo[]): PathEnd {
  const probe: MeasuredPath = { id: '', client: gatePath().client, server, gateDefault: false }
  let namespace: string | null = null
  let serviceAccount: string | null = null
  let from = 'the gate'
  for (const a of answers) {
    if (a.scope !== 'scoped') continue
    for (const r of a.reach) {
      if (namespace) break
      if (r.side === 'server' && r.from?.namespace && reachCrosses(r, probe)) {
        namespace = r.from.namespace
        serviceAccount = r.from.serviceAccount ?? null
        from = `the allowed source of a policy on ${server.namespace}/${server.workload}`
      } else if (r.side === 'host' && r.clients !== '*' && hostMatches(r.host, server.host)) {
        namespace = r.clients[0]!
        from = `the namespaces ${r.host} is exported to`
      }
    }
  }
  // Client-side objects of that namespace (a Sidecar, a DestinationRule's workloadSelector) pick the client by labels.
  const labels: Record<string, string> = { app: CLIENT }
  for (const a of answers) {
    if (a.scope !== 'scoped' || !namespace) continue
    for (const r of a.reach)
      if (
        r.side === 'client' &&
        r.pods.namespace === namespace &&
        r.pods.selector &&
        canSelect(r.pods.selector)
      )
        Object.assign(labels, representativeLabels(r.pods.selector))
  }
  return {
    namespace: namespace ?? GATE_NAMESPACE,
    workload: CLIENT,
    labels,
    ports: [],
    serviceAccount,
    from,
  }
}

/** The paths to measure and what each changed object is to them. */
export function planPaths(input: PathInput): PathPlan {
  const changed = changedObjects(input.head, input.base)
  const head = scopeContextOf(input.head)
  const base = input.base ? scopeContextOf(input.base) : null
  const answers = changed.map((c) => changeAppliesTo(c.sourced, input.mesh, c.side === 'head' ? head : base!))
  // Every side's inventory, head first (a workload's head manifest wins over its base one).
  const invs = [head.inventory, ...(base ? [base.inventory] : [])]
  let rule: string
  let chosen: { namespace: string; workload: string }[]
  if (input.targets.length > 0) {
    chosen = input.targets.map((t) => {
      const [namespace, workload] = t.split('/') as [string, string]
      return { namespace, workload }
    })
    rule = `the gate config's targets: ${input.targets.join(', ')}`
  } else {
    const candidates = new Map<string, Candidate>()
    answers.forEach((a, i) => {
      if (a.scope !== 'scoped') return
      const seen = new Set<string>()
      for (const r of a.reach)
        for (const c of serverCandidates(r, invs)) {
          const key = `${c.namespace}/${c.workload}`
          if (seen.has(key)) continue
          seen.add(key)
          const old = candidates.get(key)
          candidates.set(key, { ...c, score: (old?.score ?? 0) + 1, order: old?.order ?? i })
        }
    })
    const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || a.order - b.order)
    chosen = ranked.slice(0, MAX_DERIVED_PATHS)
    rule =
      ranked.length === 0
        ? 'no changed object reaches a workload or Service host: the gate’s own path'
        : `the workloads the changed objects reach, most reached first, at most ${MAX_DERIVED_PATHS}` +
          (ranked.length > MAX_DERIVED_PATHS
            ? ` (${ranked.length - MAX_DERIVED_PATHS} more left out: ${ranked
                .slice(MAX_DERIVED_PATHS)
                .map((c) => `${c.namespace}/${c.workload}`)
                .join(', ')}; pin them with targets)`
            : '')
  }
  const paths: MeasuredPath[] = chosen.length
    ? chosen.map(({ namespace, workload }) => {
        const server = serverEnd(namespace, workload, input)
        return {
          id: `${namespace}/${workload}`,
          server,
          client: clientEnd(server, answers),
          gateDefault: false,
        }
      })
    : [gatePath()]

  const coverage: CoverageRow[] = changed.map((c, i) => {
    const a = answers[i]!
    const meta = c.sourced.object.metadata ?? {}
    const kind = String(c.sourced.object.kind)
    const row = {
      kind,
      // A cluster-scoped object has no namespace (namespaceOf would put it in `default`).
      namespace: isClusterScoped(kind) ? null : namespaceOf(c.sourced.object),
      name: String(meta.name ?? ''),
      origin: originOf(c.sourced),
      change: c.change,
    }
    if (a.scope === 'mesh-wide')
      return { ...row, status: 'mesh-wide', reason: a.why, paths: paths.map((p) => p.id) }
    if (a.scope !== 'scoped')
      return {
        ...row,
        status: 'not-measured',
        reason: a.scope === 'install' ? `install-time: ${a.why}; both sides run on one installation` : a.why,
        paths: [],
      }
    const crossing = paths.filter((p) => a.reach.some((r) => reachCrosses(r, p))).map((p) => p.id)
    return crossing.length
      ? { ...row, status: 'on-path', reason: `crossed by ${crossing.join(', ')}`, paths: crossing }
      : { ...row, status: 'not-measured', reason: whyNotCrossed(a.reach), paths: [] }
  })
  for (const v of input.valuesChanges ?? [])
    coverage.push({
      kind: MESH_VALUES,
      namespace: null,
      name: v.name,
      ...(v.measured
        ? {
            status: 'on-path',
            reason: `${v.reason}: crossed by ${paths.map((p) => p.id).join(', ')}`,
            paths: paths.map((p) => p.id),
          }
        : { status: 'not-measured', reason: v.reason, paths: [] }),
      origin: v.name,
      change: v.change,
    })
  return { paths, coverage, rule }
}

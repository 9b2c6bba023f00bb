/**
 * What the run applies for the measured paths (paths.ts), per side: the configuration's objects with every workload
 * manifest replaced by its stand-in (when a path targets it) or left out (its images may be private, its side effects
 * unknown), install-time objects left out (an IstioOperator is the installer's input, not runtime configuration),
 * and for each path what the configuration lacks: the server stand-in, its Service and its service account. The
 * gate's own objects (its namespaces, the client stand-ins, the probe) are the same for both sides.
 * Pure: objects in, objects out.
 */
import type { KubeObject, SourcedValues } from '../k8s/objects.js'
import {
  CLIENT,
  GATE_NAMESPACE,
  PROBE,
  PROBE_NAMESPACE,
  SERVER,
  gateWorkloads,
  serverStandIn,
  type WorkloadImages,
  type WorkloadOptions,
} from '../load/workloads.js'
import type { ConfigObject, ConfigSide } from '../mesh/pr-config.js'
import { changeAppliesTo } from '../mtls/meshes.js'
import { podTemplateOf, type ScopeContext } from '../mtls/scope.js'
import { namespaceOf } from '../mtls/workloads.js'
import { INSTALLERS, INSTALL_DEFAULTS_ORIGIN } from '../mesh/install.js'
import type { MeshName } from '../vocabulary.js'
import { scopeContextOf, type MeasuredPath } from './paths.js'

type Obj = Record<string, unknown>

export const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'mesh-mtls-gate' }

/** Where the gate's objects are said to come from in findings (they have no file). */
export const GATE_ORIGIN = '(the gate’s workloads)'

/** Where the values the install line sets are said to come from. */
export const INSTALL_LINE_ORIGIN = '(the gate’s install command)'

/**
 * The install values in force for a side, in the order the install applies them: the gate's defaults, then the
 * side's values documents (config-paths and the mesh values file), which override any default (Helm: a later `-f`
 * wins key by key), then what the install line sets, which wins over both (Helm: `--set` over `-f`).
 */
export function valuesAsRun(side: ConfigSide, mesh: MeshName): SourcedValues[] {
  const { defaultValues, installValues } = INSTALLERS[mesh]
  const given = (values: Record<string, unknown>, file: string) =>
    Object.keys(values).length ? [{ values, origin: { file, line: null } }] : []
  return [
    ...given(defaultValues, INSTALL_DEFAULTS_ORIGIN),
    ...(side.values ?? []),
    ...given(installValues, INSTALL_LINE_ORIGIN),
  ]
}

/** The name of path i's client stand-in: one client per path, the first keeps the gate's name. */
export function clientName(index: number): string {
  return index === 0 ? CLIENT : `${CLIENT}-${index + 1}`
}

/** The label the gate finds a path's client pod by (its other labels are the ones the configuration selects). */
export const CLIENT_LABEL = 'mesh-mtls-gate/client'

export interface Placement {
  /** nodeSelectors from the cluster provider (kind labels its workers); else anti-affinity keeps them apart. */
  nodeLabels: WorkloadOptions['nodeLabels']
  singleNode?: boolean
  images: WorkloadImages
}

/** Whether an object is install-time (its mesh answers `install`): never applied as runtime configuration. */
function isInstallTime(c: ConfigObject, context: ScopeContext, mesh: MeshName): boolean {
  return changeAppliesTo({ object: c.object, origin: c.origin }, mesh, context).scope === 'install'
}

const targets = (path: MeasuredPath, o: KubeObject) =>
  !path.gateDefault &&
  namespaceOf(o) === path.server.namespace &&
  String(o.metadata?.name) === path.server.workload

/**
 * The side's objects as the run applies them (see the module comment), Namespaces first so that what lives in them
 * can be created, the stand-ins last so that their Services and policies are in force when they start.
 */
export function sideAsRun(
  side: ConfigSide,
  paths: readonly MeasuredPath[],
  mesh: MeshName,
  placement: Placement,
): ConfigSide {
  const kept: ConfigObject[] = []
  const standIns: ConfigObject[] = []
  const context = scopeContextOf(side)
  for (const c of side.objects) {
    if (isInstallTime(c, context, mesh)) continue
    if (podTemplateOf(c.object) === null) {
      kept.push(c)
      continue
    }
    const path = paths.find((p) => targets(p, c.object))
    if (path)
      standIns.push({ ...c, object: standInOf(path, podTemplateOf(c.object), placement) as KubeObject })
  }
  const has = (kind: string, namespace: string, name: string) =>
    kept.some(
      (c) =>
        c.object.kind === kind && namespaceOf(c.object) === namespace && c.object.metadata?.name === name,
    )
  const gate = (object: Obj): ConfigObject => ({
    object: object as KubeObject,
    file: GATE_ORIGIN,
    origin: { file: GATE_ORIGIN, line: null },
  })
  for (const path of paths) {
    if (path.gateDefault) continue
    const s = path.server
    if (!standIns.some((c) => targets(path, c.object))) standIns.push(gate(standInOf(path, null, placement)))
    if (!has('Service', s.namespace, s.service.name)) kept.push(gate(serviceOf(path)))
  }
  // Each stand-in's service account as its side's template names it, made when the configuration lacks it.
  for (const c of standIns) {
    const name = (c.object as { spec?: { template?: { spec?: { serviceAccountName?: string } } } }).spec
      ?.template?.spec?.serviceAccountName
    const ns = namespaceOf(c.object)
    if (name && !has('ServiceAccount', ns, name)) kept.push(gate(serviceAccount(ns, name)))
  }
  const rank = (c: ConfigObject) =>
    c.object.kind === 'Namespace' ? 0 : c.object.kind === 'ServiceAccount' ? 1 : 2
  return { ...side, objects: [...kept.sort((a, b) => rank(a) - rank(b)), ...standIns] }
}

function standInOf(path: MeasuredPath, template: unknown, placement: Placement): Obj {
  const s = path.server
  return serverStandIn(
    {
      namespace: s.namespace,
      name: s.workload,
      labels: s.labels,
      template,
      ports: s.ports,
      serviceAccount: s.serviceAccount,
    },
    {
      image: placement.images.fortio,
      // The client stand-in keeps away from the server (gateObjects), as the gate's own client does.
      nodeSelector: placement.nodeLabels?.server,
    },
  )
}

function serviceOf(path: MeasuredPath): Obj {
  const s = path.server
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: s.service.name, namespace: s.namespace, labels: { ...MANAGED_BY } },
    spec: {
      selector: s.labels,
      ports: s.service.ports.map((p) => ({
        ...(p.name ? { name: p.name } : {}),
        port: p.port,
        targetPort: p.targetPort,
        ...(/^grpc/.test(p.name ?? '') ? { appProtocol: 'grpc' } : {}),
      })),
    },
  }
}

function serviceAccount(namespace: string, name: string): Obj {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name, namespace, labels: { ...MANAGED_BY } },
  }
}

/**
 * The gate's objects for the paths, the same on both sides: the namespaces the paths need that the cluster lacks
 * (with the configuration's labels and annotations when it has the Namespace, else enrolled the mesh's way), the
 * probe's namespace and pod, the gate's own server when a path is the gate's, and one client stand-in per path.
 */
export function gateObjects(
  paths: readonly MeasuredPath[],
  head: ConfigSide,
  options: Omit<WorkloadOptions, 'images'> & { images: WorkloadImages },
): Obj[] {
  const base = gateWorkloads(options)
  const byName = (kind: string, ns: string, name: string) =>
    base.find(
      (o) =>
        o.kind === kind && (o.metadata as Obj).name === name && ((o.metadata as Obj).namespace ?? ns) === ns,
    )
  const out: Obj[] = [byName('Namespace', '', GATE_NAMESPACE)!, byName('Namespace', '', PROBE_NAMESPACE)!]
  const namespaces = new Set<string>([GATE_NAMESPACE, PROBE_NAMESPACE])
  for (const p of paths)
    for (const ns of [p.client.namespace, p.server.namespace]) {
      if (namespaces.has(ns)) continue
      namespaces.add(ns)
      const given = head.objects.find((c) => c.object.kind === 'Namespace' && c.object.metadata?.name === ns)
      out.push(
        given
          ? (structuredClone(given.object) as Obj)
          : {
              apiVersion: 'v1',
              kind: 'Namespace',
              metadata: {
                name: ns,
                labels: { ...MANAGED_BY, ...options.mesh.enrol.labels },
                annotations: options.mesh.enrol.annotations,
              },
            },
      )
    }
  // The gate's own server, in its path's namespace: `mesh-gate`, or a side's copy of it (pipeline/layout.ts).
  for (const ns of new Set(paths.filter((p) => p.gateDefault).map((p) => p.server.namespace)))
    for (const kind of ['Deployment', 'Service']) {
      const o = structuredClone(byName(kind, GATE_NAMESPACE, SERVER)!) as Obj & { metadata: Obj }
      o.metadata = { ...o.metadata, namespace: ns }
      out.push(o)
    }
  const client = byName('Deployment', GATE_NAMESPACE, CLIENT)!
  paths.forEach((p, i) => {
    const name = clientName(i)
    const d = structuredClone(client) as Obj & { metadata: Obj; spec: Obj & { template: Obj; selector: Obj } }
    const labels = {
      ...p.client.labels,
      app: p.client.labels.app === CLIENT ? name : p.client.labels.app,
      [CLIENT_LABEL]: name,
    }
    d.metadata = {
      name,
      namespace: p.client.namespace,
      labels: { ...(d.metadata.labels as Obj), ...MANAGED_BY, [CLIENT_LABEL]: name },
    }
    // A Deployment's selector is immutable: the gate's client keeps the selector it has always had (`app`), so a
    // cluster or namespace that still holds an earlier run's client takes this one as an update; only a client
    // whose `app` a client-side selector decides is selected by the gate's own label.
    d.spec.selector = { matchLabels: labels.app === name ? { app: name } : { [CLIENT_LABEL]: name } }
    const template = d.spec.template as { metadata: Obj; spec: Obj }
    template.metadata = { labels }
    if (p.client.serviceAccount) template.spec.serviceAccountName = p.client.serviceAccount
    if (!options.nodeLabels && !options.singleNode)
      template.spec.affinity = {
        podAntiAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: [
            { labelSelector: { matchLabels: p.server.labels }, topologyKey: 'kubernetes.io/hostname' },
          ],
        },
      }
    if (
      p.client.serviceAccount &&
      !head.objects.some(
        (c) =>
          c.object.kind === 'ServiceAccount' &&
          namespaceOf(c.object) === p.client.namespace &&
          c.object.metadata?.name === p.client.serviceAccount,
      )
    )
      out.push(serviceAccount(p.client.namespace, p.client.serviceAccount))
    out.push(d)
  })
  out.push(byName('Deployment', PROBE_NAMESPACE, PROBE)!)
  return out
}

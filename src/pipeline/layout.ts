/**
 * How the two sides are laid out on the cluster: at the same time, each on a copy of the measured paths in namespaces
 * of its own (`shop` → `shop-base`, `shop-head`), so that every busy second of the machine falls on both; or one
 * after the other on the paths themselves (alternating), when the two sides cannot exist side by side.
 *
 * They can when everything that differs between them can be applied twice, once per copy, and the copies are
 * governed as the originals are: every changed object lives in a namespace of the measured paths (those are
 * copied) and governs particular pods or hosts (mesh-wide, install-time and unplaceable changes have one copy in
 * the cluster, as do cluster-scoped objects and objects of other namespaces); no object outside the copies names a
 * path's namespace or host (a DestinationRule for `cart.shop.svc.cluster.local` elsewhere, a root-namespace
 * authorization for `namespaces: [shop]`, a Cilium policy for `k8s:io.kubernetes.pod.namespace: shop` would govern
 * the original and neither copy); every reference inside a copied object is one the rewrite understands; and what
 * each object crosses among the copy's paths is what it crosses among the original paths, and nothing of the other
 * copy's. Otherwise the run alternates, naming the object and why.
 *
 * The rewrite of the copied objects, and what it leaves unrewritten, are namespace-copy.ts's. Pure: data in, data out.
 */
import type { KubeObject, SourcedObject } from '../k8s/objects.js'
import { DEFAULT_IMAGES, GATE_NAMESPACE, PROBE_NAMESPACE } from '../load/workloads.js'
import type { ConfigObject, ConfigSide } from '../mesh/pr-config.js'
import { changeAppliesTo } from '../mtls/meshes.js'
import { isClusterScoped } from '../mtls/model.js'
import { podTemplateOf, type AppliesTo, type ScopeContext } from '../mtls/scope.js'
import { namespaceOf } from '../mtls/workloads.js'
import { SIDES, type MeshName, type Side } from '../vocabulary.js'
import {
  MESH_VALUES,
  canonical,
  changedObjects,
  reachCrosses,
  scopeContextOf,
  type MeasuredPath,
  type PathPlan,
} from './paths.js'
import {
  namesNamespace,
  rewriteHost,
  rewriteObject,
  sideNamespace,
  type Unrewritten,
} from './namespace-copy.js'
import { gateObjects, sideAsRun, type Placement } from './stand-ins.js'

export { rewriteObject, sideNamespace }

/** A layout's per-side copies, when the sides run at once on them; null when they alternate on the paths. */
type Copies = Record<Side, SideCopy> | null

/**
 * Each side's objects as the run applies them (stand-ins in place of the configuration's workloads): on its own copy
 * of the paths when the sides run at once, else on the paths themselves. One answer for the plan and the run.
 */
export function sidesAsRun(
  copies: Copies,
  sides: { head: ConfigSide; base: ConfigSide | null },
  paths: readonly MeasuredPath[],
  mesh: MeshName,
  placement: Placement,
): Record<Side, ConfigSide | null> {
  if (copies)
    return {
      head: sideAsRun(copies.head.side, copies.head.paths, mesh, placement),
      base: sideAsRun(copies.base.side, copies.base.paths, mesh, placement),
    }
  return {
    head: sideAsRun(sides.head, paths, mesh, placement),
    base: sides.base ? sideAsRun(sides.base, paths, mesh, placement) : null,
  }
}

/**
 * The gate's own objects (namespaces, clients, probe, its server) of the layout: each copy's when the sides run at
 * once, the objects the copies share (the probe, the gate's namespace) once; else the paths'. The paths whose
 * servers stand in for workloads come with them, for the run's check that it replaces none of the cluster's.
 */
export function layoutGateObjects(
  copies: Copies,
  head: ConfigSide,
  paths: readonly MeasuredPath[],
  options: Parameters<typeof gateObjects>[2],
): { objects: ReturnType<typeof gateObjects>; paths: MeasuredPath[] } {
  const laid = copies ? [copies.base, copies.head] : [{ paths, side: head }]
  return {
    objects: onceEach(
      laid.flatMap((l) => gateObjects(l.paths, l.side, options)),
      (o) => o as KubeObject,
    ),
    paths: laid.flatMap((l) => l.paths),
  }
}

/** Each item once by its object's kind, namespace and name, the first kept (the copies' shared objects are identical). */
export function onceEach<T>(items: readonly T[], objectOf: (item: T) => KubeObject): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const o = objectOf(item)
    const key = `${String(o.kind)}/${String(o.metadata?.namespace ?? '')}/${String(o.metadata?.name)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export type LayoutDesign = 'simultaneous' | 'alternating'

export interface PathLayout {
  /** MeasuredPath.id */
  path: string
  design: LayoutDesign
  reason: string
}

export interface SideCopy {
  /**
   * The side's whole configuration as the copy runs it: objects in the path's namespaces renamed into the side's
   * copies with their references rewritten; every other object as it is (identical on both sides).
   */
  side: ConfigSide
  /** The measured paths of this copy: same ids, namespaces/hosts/client+server ends renamed. */
  paths: MeasuredPath[]
  /** original namespace → the side's copy */
  namespaces: Record<string, string>
}

export interface Layout {
  /** One decision for the run. */
  design: LayoutDesign
  reason: string
  perPath: PathLayout[]
  /** Simultaneous only. */
  copies: Record<Side, SideCopy> | null
  /** Every reason the sides cannot run at the same time (empty when simultaneous). */
  blockers: string[]
}

export interface LayoutInput {
  mesh: MeshName
  head: ConfigSide
  base: ConfigSide | null
  plan: PathPlan
  valuesChanges?: readonly { name: string; reason: string }[]
  /**
   * The mesh values that differ are each side's own: the installer re-installs the mesh with the side's values at
   * each switch (mesh-values.ts). The sides still take turns, since one cluster runs one installation at a time.
   */
  meshValuesPerSide?: boolean
}

interface Blocker {
  reason: string
  /** The paths it concerns; null: the run as a whole. */
  paths: string[] | null
}

const title = (o: KubeObject) => {
  const kind = String(o.kind ?? '(no kind)')
  const name = String(o.metadata?.name ?? '(no name)')
  return isClusterScoped(kind) ? `${kind} ${name}` : `${kind} ${namespaceOf(o)}/${name}`
}
const originText = (o: SourcedObject) =>
  o.origin.file ? ` (${o.origin.file}${o.origin.line ? `:${o.origin.line}` : ''})` : ''

/**
 * The gate's own namespace and its copies: the rows of the gate's workloads there are shown, not held to the
 * requirement, in the copies as in the original (measure-on-cluster.ts, gateRowShownOnly).
 */
export function gateNamespaces(): string[] {
  return [GATE_NAMESPACE, ...SIDES.map((side) => sideNamespace(GATE_NAMESPACE, side))]
}

/** The namespaces of the measured paths: their clients' and servers'. */
export function pathNamespaces(paths: readonly MeasuredPath[]): string[] {
  return [...new Set(paths.flatMap((p) => [p.client.namespace, p.server.namespace]))]
}

/** Whether the copies carry the object: it lives in a path namespace, or it is the Namespace of one. */
function isCopied(o: KubeObject, namespaces: ReadonlySet<string>): boolean {
  const kind = String(o.kind ?? '')
  if (kind === 'Namespace') return namespaces.has(String(o.metadata?.name ?? ''))
  return !isClusterScoped(kind) && namespaces.has(namespaceOf(o))
}

/**
 * Whether the run applies the object: a workload only as the stand-in of a path's server (stand-ins.ts leaves the
 * others out), any other object as it is. What is not applied governs nothing the run measures.
 */
/** Where the copies' stand-ins would run, for reading what the run applies (only the objects' text matters here). */
const PLACEMENT: Placement = { nodeLabels: null, images: DEFAULT_IMAGES }

function isApplied(o: KubeObject, paths: readonly MeasuredPath[]): boolean {
  return (
    podTemplateOf(o) === null ||
    paths.some(
      (p) =>
        !p.gateDefault &&
        namespaceOf(o) === p.server.namespace &&
        String(o.metadata?.name) === p.server.workload,
    )
  )
}

const pathsIn = (paths: readonly MeasuredPath[], namespaces: readonly string[]) =>
  paths
    .filter((p) => namespaces.includes(p.client.namespace) || namespaces.includes(p.server.namespace))
    .map((p) => p.id)

export function planLayout(input: LayoutInput): Layout {
  const { plan } = input
  const ids = plan.paths.map((p) => p.id)
  if (!input.base)
    return alternating(ids, [{ reason: 'head only: no base side to measure beside it', paths: null }])
  const blockers: Blocker[] = []
  // The values files that differ, given or as the path plan's coverage lists them (rows of kind `mesh values`).
  const valuesChanges = new Set([
    ...(input.valuesChanges ?? []).map((v) => v.name),
    ...plan.coverage.filter((r) => r.kind === MESH_VALUES).map((r) => r.name),
  ])
  for (const v of valuesChanges)
    blockers.push({
      reason: `the mesh values ${v} differ between the sides: ${
        input.meshValuesPerSide
          ? "the mesh is re-installed with each side's values at each switch"
          : 'the mesh is installed once'
      }`,
      paths: null,
    })
  // The side's other values documents (config-paths): the mesh values file, as the base ref had it too, is above.
  const documents = (side: ConfigSide) =>
    (side.values ?? []).filter((v) => !valuesChanges.has((v.origin.file ?? '').replace(/^[^:]*:/, '')))
  if (
    canonical(documents(input.head).map((v) => v.values)) !==
    canonical(documents(input.base).map((v) => v.values))
  )
    blockers.push({
      reason: `the install values documents differ between the sides (${[
        ...new Set(
          [...documents(input.head), ...documents(input.base)].map((v) => v.origin.file ?? '(values)'),
        ),
      ].join(', ')}): the mesh is installed once`,
      paths: null,
    })
  const namespaces = pathNamespaces(plan.paths)
  const inPaths = new Set(namespaces)
  const sides = { head: input.head, base: input.base }
  const contexts = { head: scopeContextOf(input.head), base: scopeContextOf(input.base) }

  // The namespaces themselves: a root namespace's objects govern every namespace, and a copy must be a new name.
  const taken = new Set<string>([GATE_NAMESPACE, PROBE_NAMESPACE, ...namespaces])
  for (const side of [input.head, input.base])
    for (const c of side.objects) {
      const kind = String(c.object.kind ?? '')
      if (kind === 'Namespace') taken.add(String(c.object.metadata?.name ?? ''))
      else if (!isClusterScoped(kind)) taken.add(namespaceOf(c.object))
    }
  for (const side of SIDES) {
    const names = namespaces.map((ns) => sideNamespace(ns, side))
    if (new Set(names).size < names.length)
      blockers.push({
        reason: `two namespaces share a copy for the ${side} (${names.join(', ')})`,
        paths: null,
      })
  }
  for (const ns of namespaces) {
    if (ns === contexts.head.rootNamespace || ns === contexts.base.rootNamespace)
      blockers.push({
        reason: `the path namespace ${ns} is the mesh's root namespace, whose objects govern every namespace: it cannot be copied`,
        paths: pathsIn(plan.paths, [ns]),
      })
    for (const side of ['base', 'head'] as const)
      if (taken.has(sideNamespace(ns, side)))
        blockers.push({
          reason: `the ${side}'s copy of ${ns} would be ${sideNamespace(ns, side)}, a namespace the configuration or the gate already uses`,
          paths: pathsIn(plan.paths, [ns]),
        })
  }

  // Every changed object must be carried by the copies, and govern particular pods or hosts.
  const changed = changedObjects(input.head, input.base)
  for (const c of changed) {
    const o = c.sourced.object
    const answer = changeAppliesTo(c.sourced, input.mesh, contexts[c.side])
    const what = `${title(o)}${originText(c.sourced)} (${c.change})`
    if (answer.scope !== 'scoped' && answer.scope !== 'nothing')
      blockers.push({
        reason: `${what} is ${answer.scope === 'mesh-wide' ? 'mesh-wide' : answer.scope === 'install' ? 'install-time' : 'of a scope the gate cannot place'}: ${answer.why}`,
        paths: null,
      })
    else if (isClusterScoped(String(o.kind ?? '')) && !isCopied(o, inPaths))
      blockers.push({ reason: `${what} is cluster-scoped: one object for both sides`, paths: null })
    else if (!isCopied(o, inPaths))
      blockers.push({
        reason: `${what} lies outside the measured paths' namespaces (${namespaces.join(', ')}): one object for both sides`,
        paths: null,
      })
  }

  // Objects the copies do not carry must govern the copies as they govern the originals: naming no path namespace.
  const maps = {
    base: new Map(namespaces.map((ns) => [ns, sideNamespace(ns, 'base')])),
    head: new Map(namespaces.map((ns) => [ns, sideNamespace(ns, 'head')])),
  }
  const seen = new Set<string>()
  for (const side of [input.head, input.base])
    for (const c of side.objects) {
      if (isCopied(c.object, inPaths) || !isApplied(c.object, plan.paths)) continue
      const key = `${title(c.object)}\u0000${canonical(c.object)}`
      if (seen.has(key)) continue
      seen.add(key)
      const r = rewriteObject(c.object, maps.base)
      const refs = [...r.rewrote, ...r.left]
      if (refs.length)
        blockers.push({
          reason: `${title(c.object)}${originText(c)}, outside the measured paths' namespaces, refers to them (${refs
            .slice(0, 3)
            .map((f) => `${f.field}: ${f.value}`)
            .join('; ')}): the copies would not be governed by it as the originals are`,
          paths: pathsIn(
            plan.paths,
            namespaces.filter((ns) => refs.some((f) => namesNamespace(f.value, new Map([[ns, ns]])))),
          ),
        })
    }

  const copies = {
    base: copyOf(sides.base, plan.paths, maps.base, input.mesh),
    head: copyOf(sides.head, plan.paths, maps.head, input.mesh),
  }
  for (const side of ['base', 'head'] as const)
    for (const u of copies[side].unsafe)
      blockers.push({
        reason: `cannot rewrite safely: ${u.title} (${side}), field ${u.field} still names ${u.namespace} (${u.value})`,
        paths: pathsIn(plan.paths, [u.namespace]),
      })
  if (blockers.length === 0) blockers.push(...semanticsCheck(input.mesh, sides, contexts, copies, plan.paths))
  if (blockers.length) return alternating(ids, blockers)

  const where = (side: Side) => namespaces.map((ns) => copies[side].copy.namespaces[ns]).join(', ')
  const reason =
    `${changed.length ? `every changed object (${changed.length}) lives in the measured paths' namespaces and governs particular pods or hosts` : 'nothing differs between the sides'}: ` +
    `base in ${where('base')}, head in ${where('head')}, loaded at the same time`
  return {
    design: 'simultaneous',
    reason,
    perPath: plan.paths.map((p) => ({
      path: p.id,
      design: 'simultaneous',
      reason: `base on ${copies.base.copy.paths.find((x) => x.id === p.id)!.server.host}, head on ${copies.head.copy.paths.find((x) => x.id === p.id)!.server.host}, at the same time`,
    })),
    copies: { base: copies.base.copy, head: copies.head.copy },
    blockers: [],
  }
}

/** The sides alternate on the paths `ids` for one reason that concerns the run as a whole. */
export function alternatingLayout(ids: readonly string[], reason: string): Layout {
  return alternating(ids, [{ reason, paths: null }])
}

function alternating(ids: readonly string[], blockers: readonly Blocker[]): Layout {
  const unique = [...new Map(blockers.map((b) => [b.reason, b])).values()]
  const reason = unique.map((b) => b.reason).join('; ')
  return {
    design: 'alternating',
    reason,
    perPath: ids.map((id) => {
      const own = unique.filter((b) => b.paths === null || b.paths.includes(id))
      return {
        path: id,
        design: 'alternating' as const,
        reason: own.length
          ? own.map((b) => b.reason).join('; ')
          : `one layout per run, and the run's other paths cannot run at once: ${reason}`,
      }
    }),
    copies: null,
    blockers: unique.map((b) => b.reason),
  }
}

interface Unsafe extends Unrewritten {
  title: string
  namespace: string
}

function copyOf(
  side: ConfigSide,
  paths: readonly MeasuredPath[],
  map: ReadonlyMap<string, string>,
  mesh: MeshName,
): { copy: SideCopy; unsafe: Unsafe[] } {
  const inPaths = new Set(map.keys())
  const objects: ConfigObject[] = side.objects.map((c) =>
    isCopied(c.object, inPaths) ? { ...c, object: rewriteObject(c.object, map).object } : c,
  )
  const copy: SideCopy = {
    side: { ...side, objects },
    paths: paths.map((p) => copyPath(p, map)),
    namespaces: Object.fromEntries(map),
  }
  // What the run applies of the copy (the stand-ins keep a workload's labels, annotations, service account and other
  // containers, not the application container's env or args) must name no original namespace: read again with the
  // originals as the namespaces to find, any reference left is one the rewrite did not understand.
  const originals = new Map([...inPaths].map((ns) => [ns, `${ns}\u0000`]))
  const copies = new Set(map.values())
  const back = new Map([...map].map(([from, to]) => [to, from]))
  const unsafe: Unsafe[] = []
  for (const c of sideAsRun(copy.side, copy.paths, mesh, PLACEMENT).objects) {
    if (!isCopied(c.object, copies)) continue
    const r = rewriteObject(c.object, originals)
    // Named as the configuration names it: its original namespace, its file and line.
    const named = {
      ...c.object,
      metadata: { ...c.object.metadata, namespace: back.get(namespaceOf(c.object)) },
    }
    for (const l of [...r.rewrote, ...r.left])
      unsafe.push({
        ...l,
        title: `${title(named)}${originText(c)}`,
        namespace: [...inPaths].find((ns) => namesNamespace(l.value, new Map([[ns, ns]]))) ?? '',
      })
  }
  return { copy, unsafe }
}

/** A path's copy: its ends in the copy's namespaces, its server's host the copy's; its id and facts' origins kept. */
function copyPath(p: MeasuredPath, map: ReadonlyMap<string, string>): MeasuredPath {
  const ns = (n: string) => map.get(n) ?? n
  const copy = structuredClone(p)
  copy.client.namespace = ns(p.client.namespace)
  copy.server.namespace = ns(p.server.namespace)
  copy.server.host = rewriteHost(p.server.host, map)
  return copy
}

/**
 * What each object crosses, read by its mesh: among the copy's paths what it crosses among the originals, and
 * nothing of the other copy's (a wildcard host, a selector of every namespace would govern both copies).
 */
function semanticsCheck(
  mesh: MeshName,
  sides: Record<Side, ConfigSide>,
  contexts: Record<Side, ScopeContext>,
  copies: Record<Side, { copy: SideCopy }>,
  paths: readonly MeasuredPath[],
): Blocker[] {
  const out: Blocker[] = []
  for (const name of ['base', 'head'] as const) {
    const other = name === 'base' ? 'head' : 'base'
    const copy = copies[name].copy
    const context = scopeContextOf(copy.side)
    const inPaths = new Set(Object.keys(copy.namespaces))
    sides[name].objects.forEach((c, i) => {
      const original = changeAppliesTo({ object: c.object, origin: c.origin }, mesh, contexts[name])
      const copied = copy.side.objects[i]!
      const answer = changeAppliesTo({ object: copied.object, origin: copied.origin }, mesh, context)
      const before = crossed(original, paths)
      const after = crossed(answer, copy.paths)
      const stray = crossed(answer, copies[other].copy.paths)
      const what = `${title(c.object)}${originText(c)} (${name})`
      if (before.join() !== after.join())
        out.push({
          reason: `cannot rewrite safely: ${what} crosses ${before.join(', ') || 'no path'} but its copy ${after.join(', ') || 'no path'}`,
          paths: [...new Set([...before, ...after])],
        })
      else if (stray.length && isCopied(c.object, inPaths))
        out.push({
          reason: `${what} would govern the ${other}'s copy too (${stray.join(', ')}): the copies would not be apart`,
          paths: stray,
        })
    })
  }
  return out
}

function crossed(answer: AppliesTo, paths: readonly MeasuredPath[]): string[] {
  if (answer.scope !== 'scoped') return []
  return paths.filter((p) => answer.reach.some((r) => reachCrosses(r, p))).map((p) => p.id)
}

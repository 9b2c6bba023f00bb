// TEMPORARY STUB (lead): replaced by helper LAYOUT's implementation.
import type { ConfigSide } from '../mesh/pr-config.js'
import type { MeshName, Side } from '../vocabulary.js'
import type { MeasuredPath, PathPlan } from './paths.js'

export type LayoutDesign = 'simultaneous' | 'alternating'
export interface PathLayout {
  path: string
  design: LayoutDesign
  reason: string
}
export interface SideCopy {
  side: ConfigSide
  paths: MeasuredPath[]
  namespaces: Record<string, string>
}
export interface Layout {
  design: LayoutDesign
  reason: string
  perPath: PathLayout[]
  copies: Record<Side, SideCopy> | null
}
export function sideNamespace(namespace: string, side: Side): string {
  return `${namespace}-${side}`
}
export function planLayout(input: {
  mesh: MeshName
  head: ConfigSide
  base: ConfigSide | null
  plan: PathPlan
  valuesChanges?: readonly { name: string; reason: string }[]
}): Layout {
  const { base, head, plan } = input
  if (!base || !process.env.MESH_GATE_STUB_SIMULTANEOUS)
    return {
      design: 'alternating',
      reason: 'head only',
      perPath: plan.paths.map((p) => ({ path: p.id, design: 'alternating', reason: 'head only' })),
      copies: null,
    }
  const copy = (side: Side, config: ConfigSide) => {
    const names: Record<string, string> = {}
    for (const p of plan.paths)
      for (const ns of [p.client.namespace, p.server.namespace]) names[ns] = sideNamespace(ns, side)
    const rename = (ns: string) => names[ns] ?? ns
    const objects = config.objects.map((c) => {
      const o = structuredClone(c.object)
      const meta = o.metadata as { namespace?: string; name?: string }
      if (o.kind === 'Namespace' && meta.name) meta.name = rename(meta.name)
      else meta.namespace = rename(meta.namespace ?? 'default')
      return { ...c, object: o }
    })
    const paths = plan.paths.map((p) => ({
      ...p,
      client: { ...p.client, namespace: rename(p.client.namespace) },
      server: {
        ...p.server,
        namespace: rename(p.server.namespace),
        host: `${p.server.service.name}.${rename(p.server.namespace)}.svc.cluster.local`,
      },
    }))
    return { side: { ...config, objects }, paths, namespaces: names }
  }
  return {
    design: 'simultaneous',
    reason: 'stub',
    perPath: plan.paths.map((p) => ({ path: p.id, design: 'simultaneous', reason: 'stub' })),
    copies: { base: copy('base', base), head: copy('head', head) },
  }
}

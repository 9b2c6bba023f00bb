/**
 * The engine: parsed objects in, the mTLS matrix and findings out. No I/O, so a manifest source and a live-cluster
 * source feed the same code. Schema validation is the caller's step before this one (see validate.ts).
 */
import { parse } from 'yaml'
import { InputError } from '../errors.js'
import { splitApiVersion } from './crd-validation.js'
import { ciliumSelections, evaluateCilium } from './cilium.js'
import { entriesFor, type Subject } from './entries.js'
import { evaluateIstio, ISTIO_ROOT_NAMESPACE, istioSelections } from './istio.js'
import { evaluateLinkerd, LINKERD_CONFIG, LINKERD_INSTALL_DEFAULT, linkerdSelections } from './linkerd.js'
import { finding, type Evaluation, type Finding, type ResourceRef } from './model.js'
import type { LoadedObjects } from '../k8s/objects.js'
import type { MeshName } from '../vocabulary.js'
import { buildInventory, get, unknownNamespaces, type Selection, type Workload } from './workloads.js'

export interface EvaluateOptions {
  /** Detected from the objects when not given. */
  mesh?: MeshName
  /** Istio's root namespace (meshConfig.rootNamespace); `istio-system` unless the inputs' `istio` ConfigMap says otherwise. */
  rootNamespace?: string
  /**
   * The policies' selections to judge as workloads of their own (see `Selection`). A comparison passes the union of
   * both sides' (`selectionsOf`), so a policy deleted in the head is still judged in the head; alone, the input's own.
   */
  selections?: readonly Selection[]
}

/**
 * What the input's policies select, as selections, less those a workload manifest of `workloads` (default: the
 * input's own) falls in: that workload is judged instead. Namespace- and mesh-wide selections (`*`) always stay.
 */
export function selectionsOf(
  loaded: LoadedObjects,
  mesh: MeshName,
  options: Pick<EvaluateOptions, 'rootNamespace'> = {},
): Selection[] {
  const inventory = buildInventory(loaded.objects)
  switch (mesh) {
    case 'istio':
    case 'istio-ambient':
      return istioSelections(
        inventory,
        options.rootNamespace ?? istioRootNamespace(loaded) ?? ISTIO_ROOT_NAMESPACE,
      )
    case 'linkerd':
      return linkerdSelections(inventory)
    case 'cilium':
      return ciliumSelections(inventory)
  }
}

/** The selections of several inputs, once each (by namespace and key), that no workload of any input falls in. */
export function unmatchedSelections(
  selections: readonly Selection[],
  workloads: readonly Workload[],
): Selection[] {
  const seen = new Set<string>()
  return selections.filter((s) => {
    const key = `${s.namespace}\u0000${s.workload}`
    if (seen.has(key) || workloads.some((w) => s.matches(w))) return false
    seen.add(key)
    return true
  })
}

const ISTIO_LABELS = ['istio-injection', 'istio.io/rev', 'sidecar.istio.io/inject', 'istio.io/dataplane-mode']

/** Which meshes the objects speak of: API groups, injection labels and annotations, install values. */
export function meshesIn(loaded: LoadedObjects): Set<MeshName> {
  const found = new Set<MeshName>()
  for (const { object } of loaded.objects) {
    const group = splitApiVersion(object.apiVersion)?.group ?? ''
    if (group.endsWith('istio.io')) found.add('istio')
    if (
      group === 'policy.linkerd.io' ||
      (object.kind === 'ConfigMap' && object.metadata?.name === LINKERD_CONFIG)
    )
      found.add('linkerd')
    if (group === 'cilium.io' || (object.kind === 'ConfigMap' && object.metadata?.name === 'cilium-config'))
      found.add('cilium')
    const metas = [object.metadata, get(object, ['spec', 'template', 'metadata'])]
    for (const meta of metas) {
      const labels = (get(meta, ['labels']) ?? {}) as Record<string, unknown>
      const annotations = (get(meta, ['annotations']) ?? {}) as Record<string, unknown>
      if (ISTIO_LABELS.some((l) => l in labels)) found.add('istio')
      if (labels['istio.io/dataplane-mode'] === 'ambient') found.add('istio-ambient')
      if (
        Object.keys(annotations).some((a) => a === 'linkerd.io/inject' || a.startsWith('config.linkerd.io/'))
      )
        found.add('linkerd')
    }
  }
  for (const { values } of loaded.values) {
    if (get(values, ['encryption']) !== undefined || get(values, ['authentication', 'mutual']) !== undefined)
      found.add('cilium')
    if (get(values, ['proxy', 'defaultInboundPolicy']) !== undefined) found.add('linkerd')
  }
  return found
}

export function detectMesh(loaded: LoadedObjects, what: string): MeshName {
  const found = meshesIn(loaded)
  // Ambient is Istio with one more label; both spellings in one input mean ambient.
  if (found.has('istio-ambient')) found.delete('istio')
  if (found.size === 1) return [...found][0]!
  if (found.size === 0) {
    throw new InputError(
      `cannot tell which mesh ${what} configures (no Istio, Linkerd or Cilium resources, labels or annotations): pass --mesh`,
    )
  }
  throw new InputError(
    `${what} holds configuration of several meshes (${[...found].join(', ')}): pass --mesh to choose one`,
  )
}

/**
 * The one rule for which mesh a change configures: the head's configuration says; a head that deletes all mesh
 * configuration (or keeps only plain Namespaces) still has a mesh, the base's.
 */
export function detectMeshOf(head: LoadedObjects, base: LoadedObjects | null, what: string): MeshName {
  if (base && meshesIn(head).size === 0 && meshesIn(base).size > 0) return detectMesh(base, 'the base')
  return detectMesh(head, what)
}

export function evaluate(loaded: LoadedObjects, mesh: MeshName, options: EvaluateOptions = {}): Evaluation {
  const inventory = buildInventory(loaded.objects)
  const selections = unmatchedSelections(
    options.selections ?? selectionsOf(loaded, mesh, options),
    inventory.workloads,
  )
  let result: { subjects: Subject[]; findings: Finding[] }
  switch (mesh) {
    case 'istio':
    case 'istio-ambient':
      result = evaluateIstio(
        inventory,
        {
          ambientByDefault: mesh === 'istio-ambient',
          rootNamespace: options.rootNamespace ?? istioRootNamespace(loaded) ?? ISTIO_ROOT_NAMESPACE,
        },
        selections,
      )
      break
    case 'linkerd':
      result = evaluateLinkerd(inventory, linkerdInstallDefault(loaded), selections)
      break
    case 'cilium':
      result = evaluateCilium(inventory, loaded.values, selections)
      break
  }
  const entries = result.subjects.flatMap(entriesFor)
  if (mesh !== 'cilium') {
    for (const [namespace, workloads] of unknownNamespaces(inventory)) {
      const outside = workloads.filter((w) =>
        entries.some((e) => e.subject === w.ref && e.port === null && e.mode === 'DISABLE'),
      )
      if (outside.length === 0) continue
      result.findings.push(
        finding(
          'warning',
          'namespace-not-in-inputs',
          `namespace ${namespace} is not among the inputs, so its ${mesh === 'linkerd' ? 'linkerd.io/inject annotation' : 'injection and ambient labels'} are unknown: ${outside.length} workload(s) in it are taken as outside the mesh (add the Namespace manifest)`,
          outside[0]!.ref,
        ),
      )
    }
  }
  entries.sort(
    (a, b) => cmp(a.namespace, b.namespace) || cmp(a.workload, b.workload) || (a.port ?? -1) - (b.port ?? -1),
  )
  return { mesh, entries, findings: result.findings }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** meshConfig.rootNamespace from the `istio` ConfigMap in istio-system, when the inputs carry it. */
export function istioRootNamespace(loaded: Pick<LoadedObjects, 'objects'>): string | undefined {
  for (const { object } of loaded.objects) {
    if (object.kind !== 'ConfigMap' || object.metadata?.name !== 'istio') continue
    const mesh = get(object, ['data', 'mesh'])
    const match = typeof mesh === 'string' ? /^rootNamespace:\s*["']?([a-z0-9-]+)/m.exec(mesh) : null
    if (match) return match[1]
  }
  return undefined
}

/**
 * Linkerd's install-wide default inbound policy: Helm values among the inputs (`proxy.defaultInboundPolicy`), else
 * the `linkerd-config` ConfigMap the control plane was installed with (its `values` key holds the chart's values as
 * YAML, charts/linkerd-control-plane/templates/config.yaml; this is where a live cluster keeps it), else Linkerd's
 * default, all-unauthenticated (charts/linkerd-control-plane/values.yaml).
 */
function linkerdInstallDefault(loaded: LoadedObjects): { policy: string; ref: ResourceRef | null } {
  for (const v of loaded.values) {
    const policy = get(v.values, ['proxy', 'defaultInboundPolicy'])
    if (typeof policy === 'string') {
      const line = v.origin.lineOf?.(['proxy', 'defaultInboundPolicy']) ?? v.origin.line
      return {
        policy,
        ref: {
          kind: 'HelmValues',
          namespace: null,
          name: 'proxy.defaultInboundPolicy',
          file: v.origin.file,
          line,
        },
      }
    }
  }
  for (const { object, origin } of loaded.objects) {
    if (object.kind !== 'ConfigMap' || object.metadata?.name !== LINKERD_CONFIG) continue
    const text = get(object, ['data', 'values'])
    let values: unknown
    try {
      values = typeof text === 'string' ? parse(text) : undefined
    } catch {
      values = undefined
    }
    const policy = get(values, ['proxy', 'defaultInboundPolicy'])
    if (typeof policy === 'string') {
      return {
        policy,
        ref: {
          kind: 'ConfigMap',
          namespace: typeof object.metadata?.namespace === 'string' ? object.metadata.namespace : null,
          name: `${LINKERD_CONFIG} values proxy.defaultInboundPolicy`,
          file: origin.file,
          line: origin.lineOf?.(['data', 'values']) ?? origin.line,
        },
      }
    }
  }
  return { policy: LINKERD_INSTALL_DEFAULT, ref: null }
}

/**
 * What one mesh contributes to the mTLS stage, behind one interface: the kinds and ConfigMaps it reads, how its
 * configuration is recognised, its evaluation, and the counters its data plane keeps. `meshes.ts` registers one per
 * mesh in a `Record<MeshName, MeshEvaluator>`, so the compiler asks for the evaluator of a new mesh; nothing else in
 * src/ names a mesh's kinds, labels or counters. Pure like the rest of the stage: data in, data out.
 */
import type { LoadedObjects, KubeObject, SourcedObject } from '../k8s/objects.js'
import type { MeshName, Mode } from '../vocabulary.js'
import type { Subject } from './entries.js'
import type { Finding } from './model.js'
import type { AppliesTo, ScopeContext } from './scope.js'
import type { PodEndpoint } from '../k8s/pod-proxy.js'
import type { Sample } from '../k8s/prometheus-text.js'
import type { TelemetryReading, TelemetryTarget } from './telemetry.js'
import type { Inventory, Selection } from './workloads.js'

/** A kind the live source lists, at the first of its versions the server serves. */
export interface ListedKind {
  /** group/version candidates, newest first ('v1' for the core group). */
  versions: readonly string[]
  kind: string
  clusterScoped?: boolean
}

/** A data plane's metrics endpoint, read through the API server's pod proxy. */
export type ScrapeEndpoint = PodEndpoint

/** Settings an evaluation may need beyond the objects (today: Istio's root namespace, meshConfig.rootNamespace). */
export interface EvaluatorOptions {
  rootNamespace?: string
}

export interface MeshEvaluator {
  /** The project's name in messages (`Istio`; ambient is Istio too). */
  readonly title: string
  /**
   * A mesh that is another one plus a setting (ambient is Istio with one more label): when the configuration speaks
   * of both, this one is meant.
   */
  readonly refines?: MeshName
  /** What a live cluster is read for, besides namespaces and workloads (pipeline/mtls-sources.ts lists them). */
  readonly reads: {
    kinds: readonly ListedKind[]
    /** Install settings kept in a ConfigMap of the control plane. */
    configMaps: readonly { namespace: string; name: string }[]
  }
  /** Whether an object, the metadata of an object or of its pod template, or install values speak of this mesh. */
  readonly recognises: {
    object?(object: KubeObject, group: string): boolean
    metadata?(labels: Record<string, unknown>, annotations: Record<string, unknown>): boolean
    values?(values: Record<string, unknown>): boolean
  }
  /** What the policies select, as selections (see `Selection`). */
  selections(inventory: Inventory, loaded: LoadedObjects, options: EvaluatorOptions): Selection[]
  /**
   * What one of the mesh's own objects applies to (see scope.ts), as the mesh decides it; null for an object that is
   * not the mesh's (the mesh-neutral kinds are answered by `kubernetesAppliesTo`).
   */
  appliesTo?(object: SourcedObject, context: ScopeContext): AppliesTo | null
  /** Each workload's and selection's effective modes, and the findings on the way. */
  evaluate(
    inventory: Inventory,
    loaded: LoadedObjects,
    selections: readonly Selection[],
    options: EvaluatorOptions,
  ): { subjects: Subject[]; findings: Finding[] }
  /**
   * What enrols a namespace in the mesh, as the `namespace-not-in-inputs` warning names it; null when namespaces need
   * nothing (the policies alone decide), so no warning is due.
   */
  readonly namespaceEnrolment: string | null
  /** A weaker mode in the mesh's own terms; default: in terms of mTLS and plaintext. */
  consequence?(from: Mode | null, to: Mode): string
  /** SARIF rule descriptions of the finding codes this evaluator reports. */
  readonly rules: Readonly<Record<string, string>>
  readonly telemetry: {
    /** Where the data plane's counters are scraped, for the gate's server. */
    endpoints(server: { namespace: string; selector: string }): ScrapeEndpoint[]
    read(samples: readonly Sample[], target: TelemetryTarget): TelemetryReading
    /**
     * `mtls-counters`: the data plane counts mTLS and plaintext per request or connection; `authentication-drops`:
     * it counts flows held for mutual authentication (node-wide), which shows enforcement, not per-request TLS.
     */
    evidence: 'mtls-counters' | 'authentication-drops'
    /**
     * What serving the counters depends on in the install, checked on the cluster before the first scrape: the
     * ConfigMap to read and, from its data (null: there is no such ConfigMap), why the endpoints serve no counters
     * (null: they do). Absent: the endpoints are always served where the data plane runs.
     */
    served?: {
      configMap: { namespace: string; name: string }
      unserved(data: Readonly<Record<string, string>> | null): string | null
    }
  }
}

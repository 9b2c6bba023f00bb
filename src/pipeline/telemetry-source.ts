/**
 * Where the meshes' counters are read: each data plane's own metrics endpoint, through the API server's pod proxy
 * (k8s/pod-proxy.ts).
 */
import type { Cluster } from '../k8s/client.js'
import { getFromPods } from '../k8s/pod-proxy.js'
import { KubernetesApiError } from '../k8s/raw-objects.js'
import type { MeshName } from '../vocabulary.js'
import type { MeshEvaluator, ScrapeEndpoint } from '../mtls/evaluator.js'
import { EVALUATORS } from '../mtls/meshes.js'
import { parsePrometheusText, type Sample } from '../k8s/prometheus-text.js'
import { counterDelta, sumSamples } from '../mtls/telemetry.js'

export type { ScrapeEndpoint }

/** Each mesh's endpoints, as its evaluator declares them (`telemetry.endpoints` in mtls/). */
export function scrapeEndpoints(
  mesh: MeshName,
  /** The measured server: its namespace and a label selector of its pods (`app=cart`). */
  server: { namespace: string; selector: string },
): ScrapeEndpoint[] {
  return EVALUATORS[mesh].telemetry.endpoints(server)
}

/** What serving a mesh's counters depends on in the install (`telemetry.served` in mtls/), or null. */
export type ServedCheck = NonNullable<MeshEvaluator['telemetry']['served']>
export function servedCheck(mesh: MeshName): ServedCheck | null {
  return EVALUATORS[mesh].telemetry.served ?? null
}

/** Reads every endpoint's pods once and adds their samples up. */
export interface TelemetryScraper {
  readonly description: string
  scrape(): Promise<Sample[]>
}

export class PodProxyScraper implements TelemetryScraper {
  readonly description: string
  private servedChecked = false

  constructor(
    private readonly cluster: Cluster,
    private readonly endpoints: readonly ScrapeEndpoint[],
    /** Checked once, before the first scrape: counters the install does not serve are not read, and it says why. */
    private readonly served: ServedCheck | null = null,
  ) {
    this.description = endpoints.map((e) => `${e.namespace}/{${e.selector}}:${e.port}${e.path}`).join(', ')
  }

  async scrape(): Promise<Sample[]> {
    if (this.served && !this.servedChecked) {
      const why = this.served.unserved(await this.configMapData(this.served.configMap))
      if (why) throw new Error(why)
      this.servedChecked = true
    }
    const sets: Sample[][] = []
    for (const e of this.endpoints)
      for (const served of await getFromPods(this.cluster, e))
        sets.push(parsePrometheusText(served.text, served.where))
    return sumSamples(...sets)
  }

  /** The ConfigMap's data; null when the cluster has no such ConfigMap. */
  private async configMapData(ref: {
    namespace: string
    name: string
  }): Promise<Record<string, string> | null> {
    const path = `/api/v1/namespaces/${encodeURIComponent(ref.namespace)}/configmaps/${encodeURIComponent(ref.name)}`
    try {
      return (
        (JSON.parse(await this.cluster.objects.getText(path)) as { data?: Record<string, string> }).data ?? {}
      )
    } catch (e) {
      if (e instanceof KubernetesApiError && e.code === 404) return null
      throw e
    }
  }
}

/**
 * The counters the gate's own load added, per side: a scrape before and after each measured repetition, the
 * difference summed (so the plaintext probe between switches, and the other side's traffic, are left out). A scrape
 * that fails is remembered, once, and that side's telemetry is then not read rather than read as "no traffic".
 */
export class TelemetryRecorder<S extends string> {
  private readonly added = new Map<S, Sample[]>()
  private failure: string | null = null

  constructor(private readonly scraper: TelemetryScraper | null) {}

  async around<T>(side: S, work: () => Promise<T>): Promise<T> {
    const before = await this.tryScrape()
    const result = await work()
    const after = before && (await this.tryScrape())
    if (before && after)
      this.added.set(side, sumSamples(this.added.get(side) ?? [], counterDelta(before, after)))
    return result
  }

  /** The side's added counters, or why there are none. */
  samples(side: S): { samples: Sample[] } | { unread: string } {
    if (!this.scraper) return { unread: 'no telemetry source for this cluster' }
    if (this.failure) return { unread: this.failure }
    return { samples: this.added.get(side) ?? [] }
  }

  private async tryScrape(): Promise<Sample[] | null> {
    if (!this.scraper || this.failure) return null
    try {
      return await this.scraper.scrape()
    } catch (e) {
      this.failure = `${this.scraper.description}: ${(e as Error).message}`
      return null
    }
  }
}

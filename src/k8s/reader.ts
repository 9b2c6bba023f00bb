/**
 * Reading any kind through the API server as raw JSON, found by discovery, a page at a time: what the live mTLS
 * source lists. Client-node's typed deserialiser would turn timestamps into Dates and drop fields it has no model
 * for, so reads go through `RawObjectApi.getText` of the one client (`client.ts`).
 */
import type { Cluster } from './client.js'
import type { KubeObject } from './objects.js'
import { InputError } from '../errors.js'
import { KubernetesApiError } from './raw-objects.js'

/** Raw reads of the API server. `null`: the kind (at that version) is not served there. */
export interface ClusterReader {
  /** The API server's address, for messages. */
  readonly server: string
  list(apiVersion: string, kind: string, namespace?: string): Promise<KubeObject[] | null>
  get(apiVersion: string, kind: string, namespace: string | null, name: string): Promise<KubeObject | null>
}

const PAGE = 500

/**
 * Reads through the API server as raw JSON (client-node's typed deserialiser would turn timestamps into Dates and
 * drop fields it has no model for). Discovery says whether a kind is served and what its resource is called.
 */
export function apiReader(cluster: Cluster): ClusterReader {
  const server = cluster.kubeConfig.getCurrentCluster()?.server ?? '(no server)'
  const api = cluster.objects
  const fail = (what: string, e: unknown): never => {
    throw new InputError(`cannot read ${what} from cluster ${server}: ${messageOf(e)}`)
  }
  // Discovery, once per group/version: which kinds are served, their resource names and scopes.
  const discovered = new Map<string, Promise<DiscoveredResource[] | null>>()
  const discover = (apiVersion: string, base: string) => {
    let found = discovered.get(apiVersion)
    if (!found) {
      found = api.getText(base).then(
        (text) => (JSON.parse(text) as { resources?: DiscoveredResource[] }).resources ?? [],
        (e: unknown) => (isNotFound(e) ? null : fail(`the ${apiVersion} API`, e)),
      )
      discovered.set(apiVersion, found)
    }
    return found
  }
  const resourcePath = async (apiVersion: string, kind: string, namespace?: string | null) => {
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`
    // Subresources (`pods/status`) share their parent's kind.
    const resource = (await discover(apiVersion, base))?.find((r) => r.kind === kind && !r.name.includes('/'))
    if (!resource) return null
    const scope = resource.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : ''
    return `${base}${scope}/${resource.name}`
  }
  return {
    server,
    async list(apiVersion, kind, namespace) {
      const path = await resourcePath(apiVersion, kind, namespace)
      if (path === null) return null
      const items: KubeObject[] = []
      let token: string | undefined
      do {
        const query = `?limit=${PAGE}${token ? `&continue=${encodeURIComponent(token)}` : ''}`
        let page: { items?: KubeObject[]; metadata?: { continue?: string } }
        try {
          page = JSON.parse(await api.getText(path + query)) as typeof page
        } catch (e) {
          // Discovery can lag a CRD's removal: a 404 on the list itself is the same "not installed".
          if (isNotFound(e)) return null
          return fail(`${kind} (${apiVersion})${namespace ? ` in ${namespace}` : ''}`, e)
        }
        items.push(...(page.items ?? []))
        token = page.metadata?.continue || undefined
      } while (token)
      return items
    },
    async get(apiVersion, kind, namespace, name) {
      const path = await resourcePath(apiVersion, kind, namespace)
      if (path === null) return null
      try {
        return JSON.parse(await api.getText(`${path}/${encodeURIComponent(name)}`)) as KubeObject
      } catch (e) {
        if (isNotFound(e)) return null
        return fail(`${kind} ${namespace ? `${namespace}/` : ''}${name}`, e)
      }
    },
  }
}

interface DiscoveredResource {
  name: string
  kind: string
  namespaced: boolean
}

function isNotFound(e: unknown): boolean {
  if (e instanceof KubernetesApiError) return e.code === 404
  return (e as { code?: unknown } | null)?.code === 404
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

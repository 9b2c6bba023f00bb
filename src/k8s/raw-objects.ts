/**
 * client-node's KubernetesObjectApi serializes a request body through its generated models: for a built-in kind
 * it keeps only the model's attributes, so JSON names that differ from the TypeScript ones are silently dropped —
 * `x-kubernetes-int-or-string`, `enum` and `default` of a CRD schema among them (the real API server then refuses
 * the CRD). Manifests here are plain JSON objects, so writes go out as raw JSON; discovery (which resource a kind
 * is, whether it is namespaced) still comes from client-node.
 */
import { KubernetesObjectApi, type KubeConfig, type KubernetesObject } from '@kubernetes/client-node'
import { request } from 'node:https'
import { request as httpRequest } from 'node:http'

/** A refusal from the API server, with its Status body. */
export class KubernetesApiError extends Error {
  override name = 'KubernetesApiError'
  constructor(
    readonly code: number,
    readonly body: string,
  ) {
    super(statusMessage(body) ?? `HTTP ${code}`)
  }
}

function statusMessage(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { message?: string }).message
  } catch {
    return undefined
  }
}

export class RawObjectApi extends KubernetesObjectApi {
  kubeConfig!: KubeConfig

  static forConfig(kc: KubeConfig): RawObjectApi {
    const api = kc.makeApiClient(RawObjectApi)
    api.kubeConfig = kc
    // Same default namespace as KubernetesObjectApi.makeApiClient.
    api.defaultNamespace = kc.getContextObject(kc.getCurrentContext())?.namespace ?? 'default'
    return api
  }

  /** The namespace for namespaced objects that name none (cluster-scoped objects keep none). */
  useDefaultNamespace(namespace: string): void {
    this.defaultNamespace = namespace
  }

  /** GET of an arbitrary API path (a subresource such as a node's proxy), as text. */
  async getText(path: string): Promise<string> {
    return this.requestText('GET', path, {})
  }

  /** Sends `body` as raw JSON to the object's URL; returns the parsed response. */
  async send<T>(
    method: string,
    spec: KubernetesObject,
    action: 'create' | 'patch' | 'read' | 'delete' | 'replace',
    query: Record<string, string>,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<T> {
    const path = await this.specUriPath(spec, action)
    const text = await this.requestText(
      method,
      path,
      query,
      body === undefined ? undefined : JSON.stringify(body),
      contentType,
    )
    return (text ? JSON.parse(text) : undefined) as T
  }

  private async requestText(
    method: string,
    path: string,
    query: Record<string, string>,
    payload?: string,
    contentType = 'application/json',
  ): Promise<string> {
    const cluster = this.kubeConfig.getCurrentCluster()
    if (!cluster) throw new Error('the kubeconfig has no current cluster')
    const url = new URL(cluster.server.replace(/\/$/, '') + path)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
    const options: Record<string, unknown> = {
      method,
      headers: { accept: 'application/json', 'content-type': contentType },
    }
    await this.kubeConfig.applyToHTTPSOptions(options as never)
    return new Promise<string>((resolve, reject) => {
      const req = (url.protocol === 'http:' ? httpRequest : request)(
        url,
        { ...options, timeout: 30_000 },
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (c) => (text += c))
          res.on('end', () => {
            const code = res.statusCode ?? 0
            if (code >= 200 && code < 300) resolve(text)
            else reject(new KubernetesApiError(code, text))
          })
        },
      )
      req.on('timeout', () => req.destroy(new Error(`${method} ${url.pathname}: no answer in 30 s`)))
      req.on('error', reject)
      req.end(payload)
    })
  }
}

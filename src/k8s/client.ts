/**
 * The one place that loads a kubeconfig into a Kubernetes client. Everything else takes a `Cluster` so tests can
 * point it at the real API server of the integration harness (or a kubeconfig given by the user).
 */
import { KubeConfig } from '@kubernetes/client-node'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../errors.js'
import { RawObjectApi } from './raw-objects.js'

export interface Cluster {
  kubeConfig: KubeConfig
  /** Discovery, reads and lists through client-node; writes as raw JSON (see raw-objects.ts). */
  objects: RawObjectApi
}

/**
 * From a kubeconfig file path, or the default loading rules (KUBECONFIG, ~/.kube/config, in-cluster), switched to
 * `context` when one is named. Bad input (exit 2) names the file or the context.
 */
export function connect(kubeconfigPath?: string, context?: string): Cluster {
  const kubeConfig = new KubeConfig()
  if (!kubeconfigPath) assertDefaultKubeconfig()
  try {
    if (kubeconfigPath) kubeConfig.loadFromFile(kubeconfigPath)
    else kubeConfig.loadFromDefault()
  } catch (e) {
    throw new InputError(`cannot load the kubeconfig: ${(e as Error).message}`, kubeconfigPath)
  }
  if (context !== undefined) {
    if (!kubeConfig.getContextObject(context)) {
      const known = kubeConfig.getContexts().map((c) => c.name)
      throw new InputError(
        `no context named '${context}' in the kubeconfig (it has: ${known.join(', ') || 'none'})`,
        kubeconfigPath,
      )
    }
    kubeConfig.setCurrentContext(context)
  }
  if (!kubeConfig.getCurrentCluster()) {
    throw new InputError('the kubeconfig has no current cluster', kubeconfigPath)
  }
  return { kubeConfig, objects: RawObjectApi.forConfig(kubeConfig) }
}

/**
 * Without a kubeconfig anywhere, client-node falls back to an unauthenticated http://localhost:8080 and the first
 * request fails with a message about TLS and HTTP; say instead where a kubeconfig was looked for.
 */
function assertDefaultKubeconfig(env = process.env): void {
  const home = env.HOME || env.USERPROFILE || homedir()
  const inCluster =
    !!env.KUBERNETES_SERVICE_HOST && existsSync('/var/run/secrets/kubernetes.io/serviceaccount/token')
  if (env.KUBECONFIG?.trim() || existsSync(join(home, '.kube', 'config')) || inCluster) return
  throw new InputError(
    `no kubeconfig: --kubeconfig is not given, KUBECONFIG is not set, ${join(home, '.kube', 'config')} does not ` +
      'exist and this is not a pod with a service account; expected one of them (e.g. --kubeconfig ~/.kube/staging)',
  )
}

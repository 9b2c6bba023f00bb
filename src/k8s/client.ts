/**
 * The one place that loads a kubeconfig into a Kubernetes client. Everything else takes a `Cluster` so tests can
 * point it at the real API server of the integration harness (or a kubeconfig given by the user).
 */
import { KubeConfig } from '@kubernetes/client-node'
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

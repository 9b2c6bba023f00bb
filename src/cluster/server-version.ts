/** The API server's version (`/version`), for the results fingerprint of clusters the gate did not build. */
import { KubeConfig, VersionApi } from '@kubernetes/client-node'

export type ServerVersion = (kubeconfigPath: string) => Promise<string | null>

export const readServerVersion: ServerVersion = async (kubeconfigPath) => {
  const kc = new KubeConfig()
  kc.loadFromFile(kubeconfigPath)
  try {
    return (await kc.makeApiClient(VersionApi).getCode()).gitVersion ?? null
  } catch {
    return null
  }
}

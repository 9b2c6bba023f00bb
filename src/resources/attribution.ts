/**
 * Which part of the data plane a container is. Sidecar proxies count per pod; node-level data-plane agents
 * (ztunnel, the Istio CNI node agent, cilium-agent, cilium-envoy, spire-agent) serve every meshed pod on their
 * node, so the compare stage amortises them over the meshed pods.
 */
import type { ResourceRole } from '../results/schema.js'

/**
 * The data plane's container names: sidecars (including native-sidecar init containers that keep these names) and
 * node-level agents. Each mesh's installer names its own (mesh/ `MeshSetup.containers`); the pipeline and the CLI
 * pass them in.
 */
export interface ContainerRoles {
  proxy: ReadonlySet<string>
  dataPlane: ReadonlySet<string>
}

export function roleOf(container: string, roles: ContainerRoles): ResourceRole {
  if (roles.proxy.has(container)) return 'proxy'
  if (roles.dataPlane.has(container)) return 'data-plane'
  return 'app'
}

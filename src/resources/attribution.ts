/**
 * Which part of the data plane a container is. Sidecar proxies count per pod; node-level data-plane agents
 * (ztunnel, the Istio CNI node agent, cilium-agent, cilium-envoy, spire-agent) serve every meshed pod on their
 * node, so the compare stage amortises them over the meshed pods.
 */
import type { ResourceRole } from '../results/schema.js'

/** Sidecar containers, including native-sidecar init containers that keep these names. */
export const PROXY_CONTAINERS = new Set(['istio-proxy', 'linkerd-proxy'])

/** Node-level data-plane containers. */
export const DATA_PLANE_CONTAINERS = new Set([
  'ztunnel',
  'install-cni',
  'istio-cni-node',
  'cilium-agent',
  'cilium-envoy',
  'spire-agent',
])

export function roleOf(container: string): ResourceRole {
  if (PROXY_CONTAINERS.has(container)) return 'proxy'
  if (DATA_PLANE_CONTAINERS.has(container)) return 'data-plane'
  return 'app'
}

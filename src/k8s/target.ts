/** How the gate reaches a cluster: what the cluster stage hands to the mesh stage and the pipeline. */

/** What a CNI installer must know: kind for Cilium has no default CNI and no kube-proxy. */
export interface ClusterNetwork {
  defaultCni: boolean
  kubeProxy: boolean
  /** The API server as nodes reach it (for Cilium's kube-proxy replacement); null when kube-proxy runs. */
  apiServer: { host: string; port: number } | null
}

export interface ClusterTarget {
  /** A kubeconfig file for this cluster only (mode 0600 when the gate wrote it). */
  kubeconfigPath: string
  network: ClusterNetwork
}

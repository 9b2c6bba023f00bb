/**
 * The Cilium Helm values of the harness's Cilium node: what a user of an existing cluster like this one would write
 * in their mesh values file (`--mesh-values`). The gate's installer adds its own defaults (mutual authentication
 * through SPIRE, WireGuard); these are the harness's facts on top, each with why:
 * - images built here (scripts/test-tools.sh), never pulled;
 * - no WireGuard: this kernel has no WireGuard module, so encryption is turned off the way a user turns it off;
 * - kube-proxy replacement, since the harness runs no kube-proxy, talking to the API server on loopback;
 * - one node, IPv4 only (the harness's namespace has no IPv6 route), native routing within 198.18.64.0/18 (the
 *   benchmarking range the node already uses), no masquerading: nothing leaves the suite's namespace;
 * - every host attachment inside the harness: the socket load-balancer's cgroup programs on the node's own cgroup
 *   (the kubelet's cgroup root in the cgroup v2 hierarchy), the CNI plugin and its configuration in the node's
 *   folders, no pod that mounts the host's cgroup or rewrites its sysctls (the chart's `cgroup.autoMount` and
 *   `sysctlfix` enter PID 1's mount namespace), the BPF file system mounted by the harness;
 * - what cannot run here off: Envoy (L7 proxy, cilium-envoy), Hubble, the health endpoints' extra probes;
 * - the chart's capabilities without CAP_SYS_RESOURCE, which this machine's bounding set lacks (runc: "unable to
 *   apply caps: operation not permitted"); the agent raises no rlimit for BPF memory on this kernel (6.x accounts
 *   it to the cgroup).
 */

export const CILIUM_POD_CIDR = '198.18.64.0/18'

export interface CiliumNodeFacts {
  /** `mesh-gate.local/cilium:v1.20.2` and the others, from scripts/test-tools.sh. */
  images: { agent: string; operator: string; spireServer: string; spireAgent: string; spireInit: string }
  apiServer: { host: string; port: number }
  cniBinDir: string
  cniConfDir: string
  /** The kubelet's cgroup root in the cgroup v2 hierarchy (/sys/fs/cgroup/unified/mesh-gate-node). */
  cgroupRoot: string
  /** The node's own interface (the bridge holding its address): Cilium's native device, its only route to the node. */
  device: string
  /** Labels of the real node: Cilium's pods go there, never to the kwok nodes. */
  nodeSelector: Record<string, string>
}

const image = (ref: string) => ({ override: ref, pullPolicy: 'Never', useDigest: false })

export function harnessCiliumValues(f: CiliumNodeFacts): Record<string, unknown> {
  return {
    image: image(f.images.agent),
    operator: {
      image: { ...image(f.images.operator), suffix: '' },
      replicas: 1,
      nodeSelector: f.nodeSelector,
    },
    nodeSelector: f.nodeSelector,
    encryption: { enabled: false },
    kubeProxyReplacement: true,
    k8sServiceHost: f.apiServer.host,
    k8sServicePort: f.apiServer.port,
    socketLB: { enabled: true },
    ipv6: { enabled: false },
    ipv4: { enabled: true },
    ipam: {
      mode: 'cluster-pool',
      operator: { clusterPoolIPv4PodCIDRList: [CILIUM_POD_CIDR], clusterPoolIPv4MaskSize: 24 },
    },
    routingMode: 'native',
    // The node's address is on a bridge with no ports, which Cilium's device detection passes over (no default route
    // in the suite's namespace): named, it is the NodePort and direct-routing device.
    devices: f.device,
    ipv4NativeRoutingCIDR: CILIUM_POD_CIDR,
    autoDirectNodeRoutes: false,
    enableIPv4Masquerade: false,
    cni: { binPath: f.cniBinDir, confPath: f.cniConfDir },
    cgroup: { autoMount: { enabled: false }, hostRoot: f.cgroupRoot },
    sysctlfix: { enabled: false },
    bpf: { autoMount: { enabled: false } },
    envoy: { enabled: false },
    l7Proxy: false,
    hubble: { enabled: false },
    healthChecking: false,
    endpointHealthChecking: { enabled: false },
    securityContext: {
      capabilities: {
        ciliumAgent: [
          'CHOWN',
          'KILL',
          'NET_ADMIN',
          'NET_RAW',
          'IPC_LOCK',
          'SYS_MODULE',
          'SYS_ADMIN',
          'DAC_OVERRIDE',
          'FOWNER',
          'SETGID',
          'SETUID',
          'SYSLOG',
        ],
        cleanCiliumState: ['NET_ADMIN', 'SYS_MODULE', 'SYS_ADMIN'],
      },
    },
    authentication: {
      mutual: {
        spire: {
          enabled: true,
          install: {
            enabled: true,
            initImage: image(f.images.spireInit),
            agent: { image: image(f.images.spireAgent), nodeSelector: f.nodeSelector },
            server: {
              image: image(f.images.spireServer),
              nodeSelector: f.nodeSelector,
              // No storage class on the harness: the server's data lives as long as its pod.
              dataStorage: { enabled: false },
            },
          },
        },
      },
    },
  }
}

/**
 * A real node beside the control plane: containerd + runc + the CNI bridge plugin + the kubelet, registered with the
 * harness's API server, all in the suite's own network namespace (scripts/in-netns.sh). In the `cilium` mode
 * (MESH_GATE_NODE_CNI=cilium, the Cilium suite) the node starts with no CNI at all: Cilium, installed by the gate's
 * own installer, becomes its CNI, and the node turns Ready when the agent writes its configuration. The node's address is on a
 * bridge with no ports (198.18.0.1, from the benchmarking range 198.18.0.0/15), its pods on the `cni0` bridge in
 * 198.18.1.0/24: API server → kubelet traffic (exec, node proxy) and pod traffic never leave the namespace.
 * Images come from the project's own scripts as OCI layout tars (scripts/node/oci-image.sh), imported with
 * `ctr image import`: no registry. What it took on this machine kind is in docs/integration-harness.md.
 *
 * The node registers with a taint, so that the other tests' pods stay on the kwok nodes they expect; a test that
 * wants real pods lifts it for its own duration (test/integration/node.ts).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeLeaf, writeKubeconfig, type Pki } from './certs.ts'
import { start, until, type Started } from './processes.ts'

export const REAL_NODE = 'mesh-gate-node-0'
export const NODE_IP = '198.18.0.1'
export const NODE_BRIDGE = 'mgnode0'
export const POD_BRIDGE = 'cni0'
export const POD_SUBNET = '198.18.1.0/24'
/** Keeps the other tests' pods off the real node (lifted by a test that wants real pods). */
export const REAL_NODE_TAINT = { key: 'mesh-gate.local/real-node', value: 'true', effect: 'NoSchedule' }
export const NODE_LABEL = { 'mesh-gate.local/node': 'real' }
/** The cgroup under which the kubelet puts every pod, in every hierarchy (scripts/node-cleanup.sh knows it). */
export const CGROUP_ROOT = 'mesh-gate-node'
const MARKER = '.mesh-gate-harness'
const SOCKET = '/run/containerd/containerd.sock'
const SYSCTL_FILE = '/run/mesh-gate-harness.sysctl'
/** Host paths the harness created for Cilium, one `KIND PATH` per line, for scripts/node-cleanup.sh. */
const CREATED_FILE = '/run/mesh-gate-harness.created'
/**
 * The host-wide sysctls the node changes: the kubelet's (pkg/kubelet/cm/container_manager_linux.go,
 * setupKernelTunables) and, in the cilium mode, the agent's kernel.timer_migration (pkg/datapath/loader/base.go,
 * Reinitialize; its net.* ones stay in the suite's namespace).
 */
const HOST_SYSCTLS = [
  'vm.overcommit_memory',
  'vm.panic_on_oom',
  'kernel.panic',
  'kernel.panic_on_oops',
  'kernel.keys.root_maxkeys',
  'kernel.keys.root_maxbytes',
  'kernel.timer_migration',
]

/** Which CNI the node runs: the bridge plugin (every suite) or Cilium (the Cilium suite, npm run test:integration:cilium). */
export type NodeCni = 'bridge' | 'cilium'

export function nodeCni(): NodeCni {
  const cni = process.env.MESH_GATE_NODE_CNI ?? 'bridge'
  if (cni !== 'bridge' && cni !== 'cilium')
    throw new Error(`MESH_GATE_NODE_CNI must be bridge or cilium, not ${JSON.stringify(cni)}`)
  return cni
}

/**
 * The host paths Cilium's Helm chart mounts with no value to move them (templates/cilium-agent/daemonset.yaml:
 * `/sys/fs/bpf`, `/lib/modules`, `/run/xtables.lock`) or that the cilium-cni plugin, run by containerd on the host,
 * expects at its default (`/var/run/cilium/cilium.sock`); and SPIRE's socket folders (the agent's, the chart's default
 * `authentication.mutual.spire.adminSocketPath`, and the server's fixed `/var/run/spire-server/sockets`). Those that are missing are made here and listed in CREATED_FILE.
 */
const CILIUM_HOST_PATHS = [
  { kind: 'dir', path: '/run/cilium' },
  { kind: 'dir', path: '/run/spire' },
  { kind: 'dir', path: '/run/spire-server' },
  { kind: 'dir', path: '/lib/modules' },
  { kind: 'file', path: '/run/xtables.lock' },
] as const

export interface NodeTools {
  kubelet: string
  imagesDir: string
  /** The Cilium node's images (OCI layout tars), imported in the cilium mode only. */
  ciliumImagesDir: string | null
  images: { fortio: string; probe: string; pause: string }
}

export interface NodeState {
  name: string
  ip: string
  cni: NodeCni
  /** The folders containerd's CRI reads CNI plugins and configurations from (Cilium installs into them). */
  cniBinDir: string
  cniConfDir: string
  images: NodeTools['images']
  versions: { kubelet: string; containerd: string; runc: string }
}

/** The node's binaries and images: the variables scripts/test-tools.sh exports, or its cache folder. */
export function findNodeTools(cache: string): NodeTools {
  const fromCache = (prefix: string, file: string) =>
    existsSync(cache)
      ? readdirSync(cache)
          .filter((d) => d.startsWith(prefix) && !d.endsWith('.tmp'))
          .map((d) => join(cache, d, file))
          .find(existsSync)
      : undefined
  const kubelet = process.env.KUBELET_BIN ?? fromCache('kubelet-', 'kubelet')
  const imagesTar = process.env.NODE_IMAGES_DIR
    ? join(process.env.NODE_IMAGES_DIR, 'fortio.tar')
    : fromCache('node-images-', 'fortio.tar')
  const missing = [
    ...(kubelet && existsSync(kubelet) ? [] : ['kubelet (KUBELET_BIN)']),
    ...(imagesTar && existsSync(imagesTar) ? [] : ['the node images (NODE_IMAGES_DIR)']),
    ...['containerd', 'ctr', 'runc', 'setpriv', 'nsenter']
      .filter((b) => !onPath(b))
      .map((b) => `${b} (apt-get install containerd runc)`),
    ...(existsSync('/usr/lib/cni/bridge')
      ? []
      : ['/usr/lib/cni/bridge (apt-get install containernetworking-plugins)']),
  ]
  if (missing.length > 0)
    throw new Error(
      `the harness's real node needs: ${missing.join(', ')}.\nBuild the tools once: eval "$(bash scripts/test-tools.sh all)"`,
    )
  const version = /:(v[^:]+)$/.exec(process.env.NODE_IMAGE_FORTIO ?? '')?.[1] ?? 'v1.75.2'
  const ciliumImages = process.env.CILIUM_IMAGES_DIR ?? fromCache('cilium-images-', '.')
  if (nodeCni() === 'cilium' && !(ciliumImages && existsSync(ciliumImages)))
    throw new Error(
      'the Cilium node needs its images (CILIUM_IMAGES_DIR).\nBuild the tools once: eval "$(bash scripts/test-tools.sh all)"',
    )
  return {
    kubelet: kubelet!,
    imagesDir: join(imagesTar!, '..'),
    ciliumImagesDir: ciliumImages ?? null,
    images: {
      fortio: process.env.NODE_IMAGE_FORTIO ?? `mesh-gate.local/fortio:${version}`,
      probe: process.env.NODE_IMAGE_PROBE ?? `mesh-gate.local/probe:${version}`,
      pause: process.env.NODE_IMAGE_PAUSE ?? 'mesh-gate.local/pause:1',
    },
  }
}

function onPath(bin: string): boolean {
  return (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, bin)))
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/** Makes a host folder the node cannot relocate, with the marker that lets scripts/node-cleanup.sh remove it. */
function hostFolder(path: string) {
  if (existsSync(path) && !existsSync(join(path, MARKER)))
    throw new Error(
      `${path} exists and was not made by the harness (another containerd or kubelet on this machine?): ` +
        'the harness node would share it. Stop that one or run the suite on another machine.',
    )
  mkdirSync(path, { recursive: true })
  writeFileSync(
    join(path, MARKER),
    'made by the mesh-mtls-gate integration harness; removed by scripts/node-cleanup.sh\n',
  )
}

function recordCreated(kind: string, path: string) {
  const line = `${kind} ${path}\n`
  const known = existsSync(CREATED_FILE) ? readFileSync(CREATED_FILE, 'utf8') : ''
  if (!known.split('\n').includes(line.trim())) writeFileSync(CREATED_FILE, known + line)
}

/**
 * What Cilium needs of the host before its agent starts: the host paths above, and the BPF file system at
 * /sys/fs/bpf, mounted here (the chart's `bpf.autoMount` would mount it from a pod with bidirectional propagation)
 * and unmounted by scripts/node-cleanup.sh, which also removes the pins in it.
 */
function ciliumHost() {
  for (const { kind, path } of CILIUM_HOST_PATHS) {
    if (existsSync(path)) continue
    recordCreated(kind, path)
    if (kind === 'dir') mkdirSync(path, { recursive: true })
    else writeFileSync(path, '')
  }
  // The agent's cgroup folder (the chart's `cgroup.hostRoot`, the node's own cgroup in the v2 hierarchy) is mounted
  // into the agent with HostToContainer propagation, which the runtime allows only from a shared or slave mount:
  // the node's folder is bound onto itself and made shared, and scripts/node-cleanup.sh unmounts it.
  const unified = join('/sys/fs/cgroup/unified', CGROUP_ROOT)
  recordCreated('bind', unified)
  run('mount', ['--bind', unified, unified])
  run('mount', ['--make-shared', unified])
  // The agent's view of the pods' network namespaces (the chart's fixed hostPath /var/run/netns, HostToContainer):
  // containerd 1.6 looks for the mount that holds that path without following the /var/run symlink, finds the root,
  // and refuses a private one. The root is made shared for the run (new mounts propagate to its peers; there are
  // none) and private again by scripts/node-cleanup.sh.
  const root = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .find((l) => l.split(' ')[4] === '/')
  if (root && !/ shared:\d+/.test(root.split(' - ')[0]!)) {
    recordCreated('shared', '/')
    run('mount', ['--make-shared', '/'])
  }
  const mounted = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .some((l) => l.split(' ')[4] === '/sys/fs/bpf' && l.includes(' - bpf '))
  if (!mounted) {
    recordCreated('bpffs', '/sys/fs/bpf')
    run('mount', ['-t', 'bpf', 'bpf', '/sys/fs/bpf'])
    // The agent mounts it with bidirectional propagation, which the runtime allows only from a shared mount.
    run('mount', ['--make-shared', '/sys/fs/bpf'])
  }
}

/** The cgroup root in every hierarchy (the kubelet checks each one), with cpuset's two files copied from above. */
function cgroupRoot() {
  for (const h of readdirSync('/sys/fs/cgroup')) {
    const parent = join('/sys/fs/cgroup', h)
    if (!existsSync(join(parent, 'cgroup.procs'))) continue
    const dir = join(parent, CGROUP_ROOT)
    mkdirSync(dir, { recursive: true })
    if (h === 'cpuset')
      for (const f of ['cpuset.cpus', 'cpuset.mems'])
        writeFileSync(join(dir, f), readFileSync(join(parent, f), 'utf8'))
  }
}

export interface StartNodeContext {
  dir: string
  logs: string
  server: string
  ca: Pki
  adminTls: { ca: string; cert: string; key: string }
  track(s: Started): Started
  announce(name: string, version: string, detail: string): void
  apiGet(path: string): Promise<{ status: number; body: string }>
}

export async function startNode(
  tools: NodeTools,
  ctx: StartNodeContext,
  cni: NodeCni = 'bridge',
): Promise<NodeState> {
  const root = join(ctx.dir, 'node')
  const paths = {
    containerdConfig: join(root, 'containerd.toml'),
    cni: join(root, 'cni'),
    // The bridge mode uses the distribution's plugins in place; Cilium's installs its own beside a copy of loopback
    // (which the CRI runs for every pod's lo).
    cniBin: cni === 'cilium' ? join(root, 'cni-bin') : '/usr/lib/cni',
    kubelet: join(root, 'kubelet'),
    kubeletConfig: join(root, 'kubelet.yaml'),
    kubeconfig: join(root, 'kubelet.kubeconfig'),
    resolv: join(root, 'resolv.conf'),
  }
  for (const d of [root, paths.cni, paths.kubelet, join(root, 'pod-logs')]) mkdirSync(d, { recursive: true })

  // The node's address: a bridge with no ports keeps a usable address (this kernel has no dummy interfaces).
  run('ip', ['link', 'add', NODE_BRIDGE, 'type', 'bridge'])
  run('ip', ['addr', 'add', `${NODE_IP}/24`, 'dev', NODE_BRIDGE])
  run('ip', ['link', 'set', NODE_BRIDGE, 'up'])

  for (const d of ['/run/containerd', '/var/lib/kubelet', '/var/lib/cni', '/var/log/containers'])
    hostFolder(d)
  // The kubelet sets host-wide sysctls: their values before, for scripts/node-cleanup.sh to restore. A file that is
  // already there holds the values from before a killed run, the true ones.
  if (!existsSync(SYSCTL_FILE))
    writeFileSync(
      SYSCTL_FILE,
      HOST_SYSCTLS.map((k) => `${k}=${run('sysctl', ['-n', k]).trim()}`).join('\n') + '\n',
    )
  cgroupRoot()
  if (cni === 'cilium') {
    ciliumHost()
    mkdirSync(paths.cniBin, { recursive: true })
    copyFileSync('/usr/lib/cni/loopback', join(paths.cniBin, 'loopback'))
  }

  // containerd 1.6's CRI: the restriction on oom_score_adj is what makes the sandbox start in this machine kind
  // (it may not set -998); pod network namespaces under the state folder instead of /run/netns.
  const runcVersion = /runc version (\S+)/.exec(run('runc', ['--version']))?.[1] ?? 'unknown'
  writeFileSync(
    paths.containerdConfig,
    `version = 2
root = "${join(root, 'containerd-root')}"
state = "${join(root, 'containerd-state')}"
disabled_plugins = ["io.containerd.internal.v1.tracing", "io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]
[grpc]
  address = "${SOCKET}"
[plugins."io.containerd.internal.v1.opt"]
  path = "${join(root, 'containerd-opt')}"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "${tools.images.pause}"
  restrict_oom_score_adj = true
  netns_mounts_under_state_dir = true
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "${paths.cniBin}"
    conf_dir = "${paths.cni}"
`,
  )
  if (cni === 'bridge')
    writeFileSync(
      join(paths.cni, '10-mesh-gate.conflist'),
      JSON.stringify({
        cniVersion: '1.0.0',
        name: 'mesh-gate',
        plugins: [
          {
            type: 'bridge',
            bridge: POD_BRIDGE,
            isGateway: true,
            isDefaultGateway: true,
            ipMasq: false,
            hairpinMode: true,
            ipam: {
              type: 'host-local',
              ranges: [[{ subnet: POD_SUBNET, gateway: '198.18.1.1' }]],
              dataDir: join(root, 'cni-ipam'),
            },
          },
        ],
      }),
    )
  const containerd = ctx.track(
    start('containerd', 'containerd', ['--config', paths.containerdConfig], ctx.logs),
  )
  await until(
    'containerd socket',
    async () => existsSync(SOCKET) && ctr(['version']).includes('Server'),
    30_000,
    containerd,
  )
  const containerdVersion =
    /containerd\S*\s+(\d+\.\d+\.\d+)/.exec(run('containerd', ['--version']))?.[1] ?? 'unknown'
  ctx.announce('containerd', containerdVersion, `pid ${containerd.pid} (runc ${runcVersion}) on ${SOCKET}`)
  for (const tar of ['pause.tar', 'fortio.tar'])
    ctr(['-n', 'k8s.io', 'image', 'import', join(tools.imagesDir, tar)])
  if (cni === 'cilium')
    for (const tar of readdirSync(tools.ciliumImagesDir!).filter((f) => f.endsWith('.tar')))
      ctr(['-n', 'k8s.io', 'image', 'import', join(tools.ciliumImagesDir!, tar)])

  // The kubelet: its serving certificate carries the node's IP (the API server verifies it), its client
  // certificate makes it system:node:NAME (the Node authorizer), and it accepts the API server's client
  // certificate (x509, signed by the cluster CA).
  const serving = makeLeaf(ctx.ca, 'kubelet-serving', `/CN=${REAL_NODE}`, 'server', [
    `IP:${NODE_IP}`,
    `DNS:${REAL_NODE}`,
  ])
  const client = makeLeaf(ctx.ca, 'kubelet-client', `/O=system:nodes/CN=system:node:${REAL_NODE}`, 'client')
  writeKubeconfig(paths.kubeconfig, ctx.server, ctx.ca.caCert, {
    name: 'kubelet',
    cert: client.cert,
    key: client.key,
  })
  // Pods resolve names through the harness's DNS stand-in on the node's address (dns-server.mjs).
  writeFileSync(paths.resolv, `nameserver ${NODE_IP}\n`)
  writeFileSync(
    paths.kubeletConfig,
    JSON.stringify({
      apiVersion: 'kubelet.config.k8s.io/v1beta1',
      kind: 'KubeletConfiguration',
      address: NODE_IP,
      port: 10250,
      readOnlyPort: 0,
      healthzBindAddress: '127.0.0.1',
      healthzPort: 10248,
      authentication: {
        anonymous: { enabled: false },
        // SPIRE's agent attests Cilium's agent by asking the kubelet for its pods with a service account token
        // (the chart's WorkloadAttestor "k8s"): the Cilium node checks such tokens with the API server.
        webhook: { enabled: cni === 'cilium' },
        x509: { clientCAFile: ctx.ca.caCert },
      },
      authorization: { mode: 'AlwaysAllow' },
      tlsCertFile: serving.cert,
      tlsPrivateKeyFile: serving.key,
      containerRuntimeEndpoint: `unix://${SOCKET}`,
      // cgroup v1 in hybrid mode: the kubelet 1.35+ refuses v1 unless told, and needs its root in every hierarchy.
      failCgroupV1: false,
      cgroupDriver: 'cgroupfs',
      cgroupRoot: `/${CGROUP_ROOT}`,
      cgroupsPerQOS: true,
      failSwapOn: false,
      clusterDNS: [NODE_IP],
      clusterDomain: 'cluster.local',
      resolvConf: paths.resolv,
      podLogsDir: join(root, 'pod-logs'),
      registerWithTaints: [REAL_NODE_TAINT],
      maxPods: 30,
      // No evictions and no image garbage collection on a shared disk: the harness removes everything itself.
      evictionHard: { 'memory.available': '1Mi', 'nodefs.available': '0%', 'imagefs.available': '0%' },
      imageGCHighThresholdPercent: 100,
      imageGCLowThresholdPercent: 99,
      nodeStatusUpdateFrequency: '2s',
      syncFrequency: '5s',
    }),
  )
  const kubelet = ctx.track(
    start(
      'kubelet',
      tools.kubelet,
      [
        `--config=${paths.kubeletConfig}`,
        `--kubeconfig=${paths.kubeconfig}`,
        `--root-dir=${paths.kubelet}`,
        `--hostname-override=${REAL_NODE}`,
        `--node-ip=${NODE_IP}`,
        `--node-labels=${Object.entries(NODE_LABEL)
          .map(([k, v]) => `${k}=${v}`)
          .join(',')}`,
      ],
      ctx.logs,
    ),
  )
  await until(
    cni === 'cilium' ? `node ${REAL_NODE} registered (kubelet)` : `node ${REAL_NODE} Ready (kubelet)`,
    async () => {
      const r = await ctx.apiGet(`/api/v1/nodes/${REAL_NODE}`)
      if (r.status !== 200) return false
      // Without a CNI the node cannot be Ready: it turns Ready once Cilium's agent writes its configuration.
      if (cni === 'cilium') return true
      const n = JSON.parse(r.body)
      const ready = (n.status?.conditions ?? []).some(
        (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
      )
      // The node lifecycle controller lifts the not-ready taint once the node reports Ready.
      const notReady = (n.spec?.taints ?? []).some(
        (t: { key: string }) => t.key === 'node.kubernetes.io/not-ready',
      )
      return ready && !notReady
    },
    90_000,
    kubelet,
  )
  const kubeletVersion = /v\d+\.\d+\.\d+\S*/.exec(run(tools.kubelet, ['--version']))?.[0] ?? 'unknown'
  ctx.announce(
    'kubelet',
    kubeletVersion,
    `pid ${kubelet.pid} node ${REAL_NODE} at ${NODE_IP}, ${cni === 'cilium' ? 'no CNI until Cilium is installed' : `pods in ${POD_SUBNET}`}`,
  )

  const dns = ctx.track(
    start(
      'cluster-dns',
      process.execPath,
      [
        fileURLToPath(new URL('./dns-server.mjs', import.meta.url)),
        NODE_IP,
        ctx.server,
        ctx.adminTls.ca,
        ctx.adminTls.cert,
        ctx.adminTls.key,
        cni === 'cilium' ? 'cluster-ip' : 'endpoints',
      ],
      ctx.logs,
    ),
  )
  await until(
    'cluster DNS stand-in',
    async () => readFileSync(dns.logFile, 'utf8').includes('serving cluster DNS'),
    10_000,
    dns,
  )
  ctx.announce(
    'cluster-dns',
    'harness',
    `pid ${dns.pid} on ${NODE_IP}:53 (Service names → ${cni === 'cilium' ? 'cluster IPs' : 'ready endpoints'})`,
  )
  return {
    name: REAL_NODE,
    ip: NODE_IP,
    cni,
    cniBinDir: paths.cniBin,
    cniConfDir: paths.cni,
    images: tools.images,
    versions: { kubelet: kubeletVersion, containerd: containerdVersion, runc: runcVersion },
  }
}

function ctr(args: string[]): string {
  return run('ctr', ['--address', SOCKET, ...args])
}

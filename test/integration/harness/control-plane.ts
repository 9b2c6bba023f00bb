/**
 * A real control plane on loopback: etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok, with
 * fake nodes whose InternalIP is 127.0.0.1 (kwok's defaults use 192.0.2.x, which must never be dialled), plus a
 * real Fortio server with TLS that requires client certificates, and a real node (./node.ts: containerd, runc, the
 * CNI bridge and the kubelet) in the same network namespace. Everything is started as a process group and stopped
 * by pid.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:https'
import { join } from 'node:path'
import { makeCa, makeLeaf, makeServiceAccountKey, writeKubeconfig } from './certs.ts'
import { freePort, start, until, type Started } from './processes.ts'
import type { HarnessState } from './state.ts'
import { findNodeTools, NODE_IP, nodeCni, startNode } from './node.ts'
import { findTools, toolsCache, type Tool } from './tools.ts'

export const NODE_NAMES = ['kwok-node-0', 'kwok-node-1']

function version(bin: string, args: string[]): string {
  const out = execFileSync(bin, args, { encoding: 'utf8' })
  const m = /v?\d+\.\d+\.\d+[^\s,]*/.exec(out)
  return m ? (m[0].startsWith('v') ? m[0] : `v${m[0]}`) : out.split('\n')[0]
}

function announce(name: string, ver: string, detail: string) {
  process.stdout.write(`started ${name} ${ver} ${detail}\n`)
}

function get(
  url: string,
  tls: { ca: string; cert?: string; key?: string },
  method = 'GET',
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = body ? { 'content-type': 'application/json' } : {}
    const req = request(url, { ...tls, method, headers, timeout: 5000 }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.end(body)
  })
}

export async function startControlPlane(dir: string): Promise<HarnessState> {
  const tools = findTools()
  const nodeTools = findNodeTools(toolsCache())
  const pki = join(dir, 'pki')
  const logs = join(dir, 'logs')
  mkdirSync(pki, { recursive: true })
  mkdirSync(logs, { recursive: true })
  const started: Started[] = []
  const state: HarnessState = {
    dir,
    pids: [],
    kubeconfig: join(dir, 'kubeconfig'),
    logs,
    fortio: null,
    node: null,
    versions: {},
  }
  const track = (s: Started) => {
    started.push(s)
    state.pids.push(s.pid)
    // Written after every start, so teardown finds every pid even if setup fails half-way.
    writeFileSync(join(dir, 'state.json'), JSON.stringify(state, null, 2))
    return s
  }
  const ver = (tool: Tool, args: string[]) => (state.versions[tool] = version(tools[tool], args))

  // Certificates: one CA for the control plane, admin as system:masters.
  const ca = makeCa(pki, 'cluster')
  const cni = nodeCni()
  const serving = makeLeaf(ca, 'apiserver', '/CN=kube-apiserver', 'server', [
    'IP:127.0.0.1',
    `IP:${NODE_IP}`,
    'DNS:localhost',
    'DNS:kubernetes',
    'DNS:kubernetes.default',
    'DNS:kubernetes.default.svc',
    'IP:10.96.0.1',
  ])
  const admin = makeLeaf(ca, 'admin', '/O=system:masters/CN=mesh-gate-admin', 'client')
  // The API server's identity towards kubelets (exec, logs, the node proxy); the real node's kubelet checks it.
  const kubeletClient = makeLeaf(
    ca,
    'apiserver-kubelet-client',
    '/O=system:masters/CN=kube-apiserver-kubelet-client',
    'client',
  )
  const sa = makeServiceAccountKey(pki)

  // etcd
  const etcdClient = await freePort()
  const etcdPeer = await freePort()
  const etcd = track(
    start(
      'etcd',
      tools.etcd,
      [
        `--data-dir=${join(dir, 'etcd')}`,
        `--listen-client-urls=http://127.0.0.1:${etcdClient}`,
        `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
        `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
        `--initial-cluster=default=http://127.0.0.1:${etcdPeer}`,
        '--unsafe-no-fsync',
      ],
      logs,
    ),
  )
  await until(
    'etcd health',
    async () =>
      ((await (await fetch(`http://127.0.0.1:${etcdClient}/health`)).json()) as { health?: string })
        .health === 'true',
    30_000,
    etcd,
  )
  announce('etcd', ver('etcd', ['--version']), `pid ${etcd.pid} on 127.0.0.1:${etcdClient}`)

  // kube-apiserver
  const apiPort = await freePort()
  const server = `https://127.0.0.1:${apiPort}`
  const apiserver = track(
    start(
      'kube-apiserver',
      tools['kube-apiserver'],
      [
        `--etcd-servers=http://127.0.0.1:${etcdClient}`,
        // With Cilium as the node's CNI, pods reach the API server (SPIRE's server reviews tokens, Cilium's
        // operator and agents watch) through the `kubernetes` Service, which Cilium's kube-proxy replacement sends
        // to the node's address: inside the suite's namespace, which has no route out.
        ...(cni === 'cilium'
          ? ['--bind-address=0.0.0.0', `--advertise-address=${NODE_IP}`]
          : [
              '--bind-address=127.0.0.1',
              '--advertise-address=127.0.0.1',
              // The endpoint reconciler refuses a loopback advertise address; nothing here needs the kubernetes
              // Service.
              '--endpoint-reconciler-type=none',
            ]),
        `--secure-port=${apiPort}`,
        `--tls-cert-file=${serving.cert}`,
        `--tls-private-key-file=${serving.key}`,
        `--client-ca-file=${ca.caCert}`,
        `--service-account-key-file=${sa.pub}`,
        `--service-account-signing-key-file=${sa.key}`,
        '--service-account-issuer=https://kubernetes.default.svc',
        '--service-cluster-ip-range=10.96.0.0/16',
        '--authorization-mode=Node,RBAC',
        '--allow-privileged=true',
        // Reach kubelets (node proxy, exec) at the nodes' InternalIP, which the harness sets to 127.0.0.1, rather
        // than resolving node names through the host's DNS server.
        '--kubelet-preferred-address-types=InternalIP',
        `--kubelet-client-certificate=${kubeletClient.cert}`,
        `--kubelet-client-key=${kubeletClient.key}`,
        // The real node's serving certificate is signed by the cluster CA with the node's IP.
        `--kubelet-certificate-authority=${ca.caCert}`,
        `--cert-dir=${join(dir, 'apiserver-certs')}`,
      ],
      logs,
    ),
  )
  const tlsAdmin = { ca: ca.caCert, cert: admin.cert, key: admin.key }
  const { readFileSync } = await import('node:fs')
  const tlsFiles = {
    ca: readFileSync(tlsAdmin.ca),
    cert: readFileSync(tlsAdmin.cert),
    key: readFileSync(tlsAdmin.key),
  }
  await until(
    'kube-apiserver /readyz',
    async () => (await get(`${server}/readyz`, tlsFiles as never)).status === 200,
    90_000,
    apiserver,
  )
  announce('kube-apiserver', ver('kube-apiserver', ['--version']), `pid ${apiserver.pid} on ${server}`)

  writeKubeconfig(state.kubeconfig, server, ca.caCert, { name: 'admin', cert: admin.cert, key: admin.key })

  // kube-controller-manager and kube-scheduler, each with a health port of its own.
  for (const name of ['kube-controller-manager', 'kube-scheduler'] as const) {
    const port = await freePort()
    const args = [
      `--kubeconfig=${state.kubeconfig}`,
      `--authentication-kubeconfig=${state.kubeconfig}`,
      `--authorization-kubeconfig=${state.kubeconfig}`,
      '--leader-elect=false',
      '--bind-address=127.0.0.1',
      `--secure-port=${port}`,
      `--cert-dir=${join(dir, `${name}-certs`)}`,
    ]
    if (name === 'kube-controller-manager') {
      args.push(
        `--service-account-private-key-file=${sa.key}`,
        `--root-ca-file=${ca.caCert}`,
        '--controllers=*',
      )
    }
    const p = track(start(name, tools[name], args, logs))
    await until(
      `${name} /healthz`,
      async () =>
        (await get(`https://127.0.0.1:${port}/healthz`, { ca: '', rejectUnauthorized: false } as never))
          .status === 200,
      60_000,
      p,
    )
    announce(name, ver(name, ['--version']), `pid ${p.pid}`)
  }

  // kwok manages only the nodes the harness creates (by annotation) and gives them loopback addresses.
  const kwokConfig = process.env.KWOK_STAGES ?? join(tools.kwok, '..', 'stages.yaml')
  const kwok = track(
    start(
      'kwok',
      tools.kwok,
      [
        `--kubeconfig=${state.kubeconfig}`,
        `--config=${kwokConfig}`,
        '--manage-all-nodes=false',
        '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
        '--node-ip=127.0.0.1',
        '--cidr=10.0.0.0/24',
      ],
      logs,
    ),
  )
  announce('kwok', ver('kwok', ['--version']), `pid ${kwok.pid}`)

  // Fake nodes, made by the harness itself so that their addresses are loopback, managed by kwok (annotation).
  for (const name of NODE_NAMES) {
    const node = {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name,
        annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
        labels: {
          'kubernetes.io/hostname': name,
          'kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          type: 'kwok',
        },
      },
      status: {
        addresses: [
          { type: 'InternalIP', address: '127.0.0.1' },
          { type: 'Hostname', address: name },
        ],
        allocatable: { cpu: '16', memory: '64Gi', pods: '110' },
        capacity: { cpu: '16', memory: '64Gi', pods: '110' },
      },
    }
    const created = await get(`${server}/api/v1/nodes`, tlsFiles as never, 'POST', JSON.stringify(node))
    if (created.status !== 201) throw new Error(`creating node ${name}: ${created.status} ${created.body}`)
    await until(
      `node ${name} Ready (kwok)`,
      async () => {
        const n = JSON.parse((await get(`${server}/api/v1/nodes/${name}`, tlsFiles as never)).body)
        return (n.status?.conditions ?? []).some(
          (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
        )
      },
      30_000,
      kwok,
    )
  }

  // Fortio over mTLS: its own CA, a server certificate, and a client certificate for the load.
  const fortioPki = makeCa(pki, 'fortio')
  const fortioServer = makeLeaf(fortioPki, 'fortio-server', '/CN=fortio-server', 'server', [
    'IP:127.0.0.1',
    'DNS:localhost',
  ])
  const fortioClient = makeLeaf(fortioPki, 'fortio-client', '/CN=fortio-client', 'client')
  const httpsPort = await freePort()
  const fortio = track(
    start(
      'fortio',
      tools.fortio,
      [
        'server',
        // With -cert/-key the HTTP port serves TLS; -mtls then requires a client certificate signed by -cacert.
        '-http-port',
        `127.0.0.1:${httpsPort}`,
        '-grpc-port',
        'disabled',
        '-redirect-port',
        'disabled',
        '-tcp-port',
        'disabled',
        '-udp-port',
        'disabled',
        '-cert',
        fortioServer.cert,
        '-key',
        fortioServer.key,
        '-cacert',
        fortioPki.caCert,
        '-mtls',
      ],
      logs,
    ),
  )
  const fortioTls = {
    ca: readFileSync(fortioPki.caCert),
    cert: readFileSync(fortioClient.cert),
    key: readFileSync(fortioClient.key),
  }
  await until(
    'fortio https with a client certificate',
    async () => (await get(`https://127.0.0.1:${httpsPort}/echo`, fortioTls as never)).status === 200,
    30_000,
    fortio,
  )
  state.fortio = {
    bin: tools.fortio,
    url: `https://127.0.0.1:${httpsPort}/echo`,
    caCert: fortioPki.caCert,
    clientCert: fortioClient.cert,
    clientKey: fortioClient.key,
  }
  // The binary is built through a wrapper module, so its own `version` says "dev"; the Fortio release it
  // contains is in the build info.
  const fortioVersion = /fortio\.org\/fortio\s+(v\S+)/.exec(
    execFileSync(tools.fortio, ['buildinfo'], { encoding: 'utf8' }),
  )
  state.versions.fortio = fortioVersion ? fortioVersion[1] : 'unknown'
  announce('fortio', state.versions.fortio, `pid ${fortio.pid} https://127.0.0.1:${httpsPort} with -mtls`)

  state.node = await startNode(
    nodeTools,
    {
      dir,
      logs,
      server,
      ca,
      adminTls: tlsAdmin,
      track,
      announce,
      apiGet: (path) => get(`${server}${path}`, tlsFiles as never),
    },
    cni,
  )
  Object.assign(state.versions, state.node.versions)
  writeFileSync(join(dir, 'state.json'), JSON.stringify(state, null, 2))
  return state
}

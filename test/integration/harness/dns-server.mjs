// The harness node's cluster DNS, standing in for CoreDNS and kube-proxy (neither runs in the harness):
// `SERVICE.NAMESPACE.svc.cluster.local` answers with the addresses of the Service's ready endpoints, read from the
// real API server's EndpointSlices, as a headless Service would resolve. Pods then reach the Service's pods
// directly, over the node's real bridge. Every other name is NXDOMAIN: nothing leaves the harness's namespace.
// On the Cilium node (MODE cluster-ip), whose kube-proxy replacement serves Services, a Service with a cluster IP
// answers with that address, as CoreDNS answers, so that pods reach it through Cilium's load-balancer.
// Plain JavaScript, so that it runs as its own process without a build step:
//   node dns-server.mjs LISTEN_IP API_SERVER_URL CA CERT KEY [endpoints|cluster-ip]
// Wire format: RFC 1035 section 4 (header, question, resource records; name compression with pointer 0xc00c).
/* global console */
import { Buffer } from 'node:buffer'
import { createSocket } from 'node:dgram'
import { readFileSync } from 'node:fs'
import { request } from 'node:https'
import process from 'node:process'

const [listen, server, ca, cert, key, mode = 'endpoints'] = process.argv.slice(2)
const tls = { ca: readFileSync(ca), cert: readFileSync(cert), key: readFileSync(key) }
const A = 1
const NXDOMAIN = 3
const SERVFAIL = 2

function get(path) {
  return new Promise((resolve, reject) => {
    const req = request(`${server}${path}`, { ...tls, timeout: 2000 }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.end()
  })
}

/** The ready endpoint addresses of a Service, or null when there is no such Service. */
async function lookup(service, namespace) {
  const svc = await get(`/api/v1/namespaces/${namespace}/services/${service}`)
  if (svc.status === 404) return null
  if (svc.status !== 200) throw new Error(`service ${namespace}/${service}: ${svc.status}`)
  const clusterIP = JSON.parse(svc.body).spec?.clusterIP
  if (mode === 'cluster-ip' && clusterIP && clusterIP !== 'None') return [clusterIP]
  const selector = encodeURIComponent(`kubernetes.io/service-name=${service}`)
  const slices = await get(
    `/apis/discovery.k8s.io/v1/namespaces/${namespace}/endpointslices?labelSelector=${selector}`,
  )
  if (slices.status !== 200) throw new Error(`endpointslices of ${namespace}/${service}: ${slices.status}`)
  const addresses = []
  for (const slice of JSON.parse(slices.body).items ?? []) {
    if (slice.addressType !== 'IPv4') continue
    for (const e of slice.endpoints ?? []) if (e.conditions?.ready !== false) addresses.push(...e.addresses)
  }
  return [...new Set(addresses)]
}

function parseQuestion(msg) {
  const labels = []
  let i = 12
  while (msg[i] !== 0) {
    if (i >= msg.length || (msg[i] & 0xc0) !== 0) throw new Error('bad name')
    labels.push(msg.subarray(i + 1, i + 1 + msg[i]).toString('ascii'))
    i += msg[i] + 1
  }
  const end = i + 5
  return { name: labels.join('.').toLowerCase(), type: msg.readUInt16BE(i + 1), end }
}

function answer(msg, q, rcode, addresses) {
  const header = Buffer.alloc(12)
  header.writeUInt16BE(msg.readUInt16BE(0), 0)
  // QR, opcode 0, AA, RD copied from the query, RA.
  header.writeUInt16BE(0x8000 | 0x0400 | (msg.readUInt16BE(2) & 0x0100) | 0x0080 | rcode, 2)
  header.writeUInt16BE(1, 4)
  header.writeUInt16BE(addresses.length, 6)
  const records = addresses.map((ip) => {
    const rr = Buffer.alloc(16)
    rr.writeUInt16BE(0xc00c, 0)
    rr.writeUInt16BE(A, 2)
    rr.writeUInt16BE(1, 4)
    rr.writeUInt32BE(1, 6)
    rr.writeUInt16BE(4, 10)
    ip.split('.').forEach((b, j) => rr.writeUInt8(Number(b), 12 + j))
    return rr
  })
  return Buffer.concat([header, msg.subarray(12, q.end), ...records])
}

const socket = createSocket('udp4')
socket.on('message', async (msg, peer) => {
  let q
  try {
    q = parseQuestion(msg)
  } catch {
    return
  }
  let reply
  const m = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(q.name)
  try {
    const found = m ? await lookup(m[1], m[2]) : null
    if (found === null) reply = answer(msg, q, NXDOMAIN, [])
    else reply = answer(msg, q, 0, q.type === A ? found : [])
    console.log(
      `${peer.address} ${q.name} type ${q.type}: ${found === null ? 'NXDOMAIN' : found.join(',') || '(none)'}`,
    )
  } catch (e) {
    reply = answer(msg, q, SERVFAIL, [])
    console.log(`${peer.address} ${q.name} type ${q.type}: SERVFAIL ${e.message}`)
  }
  socket.send(reply, peer.port, peer.address)
})
socket.bind(53, listen, () => console.log(`serving cluster DNS on ${listen}:53 from ${server}`))

/**
 * The harness refuses to start a control plane that could reach the network: the API server calls whatever
 * webhooks and aggregated APIs point at, and kwok pod IPs (10.x) or node addresses are never to be dialled.
 * Inside the namespace made by scripts/in-netns.sh there is nothing but loopback until the harness's real node
 * adds its own bridges (./node.ts), whose routes stay inside 198.18.0.0/15 and lead nowhere else: no default route,
 * no interface with a link out of the namespace.
 * (Read from /proc/net, which shows the reader's network namespace; /sys/class/net shows the host's under nsenter.)
 */
import { readFileSync } from 'node:fs'
import { NODE_BRIDGE, POD_BRIDGE } from './node.ts'

/** 198.18.0.0/15, the benchmarking range the node uses (RFC 2544). */
function inNodeRange(hexLittleEndian: string): boolean {
  const n = Buffer.from(hexLittleEndian, 'hex').readUInt32LE(0)
  return n >>> 17 === (198 * 2 ** 24 + 18 * 2 ** 16) >>> 17
}

export function containmentProblems(): string[] {
  const problems: string[] = []
  const interfaces = readFileSync('/proc/net/dev', 'utf8')
    .split('\n')
    .slice(2)
    .map((l) => l.split(':')[0].trim())
    .filter(Boolean)
    // The node's bridges and its pods' veth ends (the other end is in a pod's namespace on the same bridge).
    .filter((i) => i !== 'lo' && i !== NODE_BRIDGE && i !== POD_BRIDGE && !/^veth[0-9a-f]+$/.test(i))
  if (interfaces.length > 0)
    problems.push(`network interfaces other than lo and the node's: ${interfaces.join(', ')}`)
  const v4 = readFileSync('/proc/net/route', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter(([, destination]) => !inNodeRange(destination))
  if (v4.length > 0) problems.push(`${v4.length} IPv4 route(s) outside 198.18.0.0/15`)
  const v6 = readFileSync('/proc/net/ipv6_route', 'utf8')
    .trim()
    .split('\n')
    .filter((l) => l && !/\slo$/.test(l.trim()))
  if (v6.length > 0) problems.push(`${v6.length} IPv6 route(s) not on lo`)
  return problems
}

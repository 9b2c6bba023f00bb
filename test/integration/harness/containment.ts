/**
 * The harness refuses to start a control plane that could reach the network: the API server calls whatever
 * webhooks and aggregated APIs point at, and kwok pod IPs (10.x) or node addresses are never to be dialled.
 * Inside the namespace made by scripts/in-netns.sh there is no interface but lo and no route at all.
 */
import { readdirSync, readFileSync } from 'node:fs'

export function containmentProblems(): string[] {
  const problems: string[] = []
  const interfaces = readdirSync('/sys/class/net').filter((i) => i !== 'lo')
  if (interfaces.length > 0) problems.push(`network interfaces other than lo: ${interfaces.join(', ')}`)
  const v4 = readFileSync('/proc/net/route', 'utf8').trim().split('\n').slice(1)
  if (v4.length > 0) problems.push(`${v4.length} IPv4 route(s)`)
  const v6 = readFileSync('/proc/net/ipv6_route', 'utf8')
    .trim()
    .split('\n')
    .filter((l) => l && !/\slo$/.test(l.trim()))
  if (v6.length > 0) problems.push(`${v6.length} IPv6 route(s) not on lo`)
  return problems
}

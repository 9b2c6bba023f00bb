/**
 * The end of the real node: what stopping its processes does not remove, removed, and then proof that nothing is
 * left. Pods, shims, mounts, cgroups, the fixed host folders and the kubelet's sysctls are for
 * scripts/node-cleanup.sh (also run by scripts/in-netns.sh before and after every run, for runs that were killed);
 * the bridges, iptables chains and ip_forward inside the suite's network namespace are removed here, and would go
 * with the namespace anyway.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { NODE_BRIDGE, POD_BRIDGE } from './node.ts'

const CLEANUP = fileURLToPath(new URL('../../../scripts/node-cleanup.sh', import.meta.url))
const TABLES = ['filter', 'nat', 'mangle', 'raw']

function quiet(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  return r.status === 0 ? r.stdout : ''
}

/** The interfaces of the suite's namespace but lo. */
function links(): string[] {
  return quiet('ip', ['-o', 'link', 'show'])
    .split('\n')
    .map((l) => /^\d+: ([^:@]+)/.exec(l)?.[1])
    .filter((l): l is string => !!l && l !== 'lo')
}

/** Removes what the node left; returns one line per item removed. */
export function removeNodeLeftovers(): string[] {
  const removed = execFileSync('bash', [CLEANUP], { encoding: 'utf8' }).split('\n').filter(Boolean)
  // The node's bridges, and Cilium's devices (cilium_host/cilium_net, the pods' lxc* host ends): every interface of
  // the suite's own namespace but lo, with the tc filters and BPF programs attached to them.
  for (const link of links()) {
    if (spawnSync('ip', ['link', 'delete', link]).status !== 0) continue
    removed.push(`removed: ${[POD_BRIDGE, NODE_BRIDGE].includes(link) ? 'bridge' : 'interface'} ${link}`)
  }
  // Only this run's namespace's tables: the host's are never touched.
  for (const bin of ['iptables', 'ip6tables'])
    for (const table of TABLES) {
      if (!quiet(bin, ['-t', table, '-S']).includes('-N ')) continue
      removed.push(`removed: ${bin} chains of table ${table} in the suite's namespace`)
      spawnSync(bin, ['-t', table, '-F'])
      spawnSync(bin, ['-t', table, '-X'])
    }
  if (readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8').trim() !== '0') {
    execFileSync('sysctl', ['-q', '-w', 'net.ipv4.ip_forward=0'])
    removed.push("removed: ip_forward in the suite's namespace")
  }
  return removed
}

/** What of the node is still there: nothing, or the reason to fail the run. */
export function nodeLeftovers(): string[] {
  const left: string[] = []
  const check = spawnSync('bash', [CLEANUP, '--check'], { encoding: 'utf8' })
  if (check.status !== 0) left.push(...check.stdout.split('\n').filter(Boolean))
  const leftLinks = links()
  if (leftLinks.length > 0) left.push(`left: interfaces in the suite's namespace: ${leftLinks.join(', ')}`)
  for (const bin of ['iptables', 'ip6tables']) {
    const chains = TABLES.flatMap((t) =>
      quiet(bin, ['-t', t, '-S'])
        .split('\n')
        .filter((l) => l.startsWith('-N '))
        .map((l) => `${t}/${l.slice(3)}`),
    )
    if (chains.length > 0) left.push(`left: ${bin} chains in the suite's namespace: ${chains.join(', ')}`)
  }
  if (readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8').trim() !== '0')
    left.push("left: ip_forward on in the suite's namespace")
  return left
}

/** Where the harness finds its binaries: the variables scripts/test-tools.sh exports, or its cache folder. */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { toolsCacheDir } from '../../../src/tools/cache-dir.ts'

const TOOLS = [
  'fortio',
  'etcd',
  'kwok',
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
] as const
export type Tool = (typeof TOOLS)[number]

const ENV: Record<Tool, string> = {
  fortio: 'FORTIO_BIN',
  etcd: 'ETCD_BIN',
  kwok: 'KWOK_BIN',
  'kube-apiserver': 'KUBE_APISERVER_BIN',
  'kube-controller-manager': 'KUBE_CONTROLLER_MANAGER_BIN',
  'kube-scheduler': 'KUBE_SCHEDULER_BIN',
}
/** scripts/test-tools.sh builds the control plane, kubelet, kwok, istioctl and Helm into one folder (one module graph). */
const CLUSTER_TOOLS = 'cluster-tools-'
/** The cache folders' name prefixes. */
const FOLDER: Record<Tool | 'istioctl', string> = {
  fortio: 'fortio-',
  etcd: 'etcd-',
  kwok: CLUSTER_TOOLS,
  'kube-apiserver': CLUSTER_TOOLS,
  'kube-controller-manager': CLUSTER_TOOLS,
  'kube-scheduler': CLUSTER_TOOLS,
  istioctl: CLUSTER_TOOLS,
}

export function toolsCache(): string {
  // The CLI's cache folder (scripts/test-tools.sh builds into it), unless MESH_GATE_TOOLS names another.
  return process.env.MESH_GATE_TOOLS ?? toolsCacheDir(process.env)
}

/** A tool's binary in a finished cache folder of scripts/test-tools.sh, if one holds it. */
export function cachedTool(tool: Tool | 'istioctl'): string | undefined {
  const cache = toolsCache()
  return existsSync(cache)
    ? readdirSync(cache)
        .filter((d) => d.startsWith(FOLDER[tool]) && !d.endsWith('.tmp'))
        .map((d) => join(cache, d, tool))
        .find(existsSync)
    : undefined
}

export function findTools(): Record<Tool, string> {
  const cache = toolsCache()
  const found = {} as Record<Tool, string>
  const missing: string[] = []
  for (const tool of TOOLS) {
    const path = process.env[ENV[tool]] ?? cachedTool(tool)
    if (path && existsSync(path)) found[tool] = path
    else missing.push(`${tool} (${ENV[tool]})`)
  }
  if (missing.length > 0) {
    throw new Error(
      `integration test tools missing: ${missing.join(', ')}.\n` +
        `Build them once (cached under ${cache}): eval "$(bash scripts/test-tools.sh all)"`,
    )
  }
  return found
}

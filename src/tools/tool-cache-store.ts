/** The action's cache: the runner's tool cache through @actions/tool-cache (kept across jobs on self-hosted runners). */
import * as tc from '@actions/tool-cache'
import { join } from 'node:path'
import type { ToolStore } from './download.js'

/**
 * tool-cache indexes by semver: `v0.33.0` → `0.33.0`, Linkerd's `edge-25.5.2` → `25.5.2-edge`; anything else is
 * kept as it is (tool-cache then stores it under its own name).
 */
export function toolCacheVersion(version: string): string {
  const v = version.replace(/^v/, '')
  const edge = /^edge-(\d+\.\d+\.\d+)$/.exec(v)
  return edge ? `${edge[1]}-edge` : v
}

export function toolCacheStore(scratch = process.env.RUNNER_TEMP ?? '/tmp', arch = process.arch): ToolStore {
  return {
    scratch: join(scratch, 'mesh-mtls-gate-downloads'),
    async find(name, version, fileName) {
      const dir = tc.find(name, toolCacheVersion(version), arch)
      return dir ? join(dir, fileName) : undefined
    },
    async put(file, name, version, fileName) {
      const dir = await tc.cacheFile(file, fileName, name, toolCacheVersion(version), arch)
      return join(dir, fileName)
    },
  }
}

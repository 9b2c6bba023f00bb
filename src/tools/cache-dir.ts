/**
 * The CLI's cache of tools outside the action: `$XDG_CACHE_HOME/mesh-mtls-gate/tools`, `~/.cache/...` when that is
 * unset or empty (the XDG spec's default). Node built-ins only: the integration harness, which Node loads without a
 * transform, imports it too; scripts/test-tools.sh spells the same path in shell.
 */
import { homedir } from 'node:os'
import { join } from 'node:path'

export function toolsCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mesh-mtls-gate', 'tools')
}

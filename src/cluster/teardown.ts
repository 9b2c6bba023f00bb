/**
 * Handing the cluster from the main step to the post step. Main records what it created (core.saveState) as soon
 * as the cluster may exist; the post step runs even after a failure or a cancel and deletes exactly that.
 */
import * as core from '@actions/core'
import { rm } from 'node:fs/promises'
import { State } from '../constants.js'
import type { CommandRunner } from '../tools/exec.js'
import { eksDeleteArgs } from './eks.js'
import { gkeDeleteArgs } from './gke.js'
import { kindDeleteArgs } from './kind.js'
import type { ClusterHandle, TeardownRecord } from './types.js'

/** Records the cluster for the post step. Call it right after create() returns (and again is harmless). */
export function recordClusterForTeardown(
  handle: Pick<ClusterHandle, 'teardown'>,
  save: (name: string, value: string) => void = core.saveState,
): void {
  if (handle.teardown) save(State.ClusterToDelete, JSON.stringify(handle.teardown))
}

/** The recorded value; a bare name (older main steps) is a kind cluster with kind on PATH. */
export function parseTeardownRecord(value: string): TeardownRecord | null {
  const text = value.trim()
  if (!text) return null
  if (!text.startsWith('{')) return { provider: 'kind', name: text, kindPath: 'kind', kubeconfigPath: '' }
  const r = JSON.parse(text) as TeardownRecord
  const ok =
    (r.provider === 'kind' && typeof r.name === 'string' && typeof r.kindPath === 'string') ||
    (r.provider === 'eks' && typeof r.name === 'string' && typeof r.region === 'string') ||
    (r.provider === 'gke' &&
      typeof r.name === 'string' &&
      typeof r.project === 'string' &&
      typeof r.location === 'string') ||
    (r.provider === 'existing' && typeof r.kubeconfigPath === 'string')
  if (!ok) throw new Error(`unrecognised cluster record: ${text.slice(0, 200)}`)
  return r
}

/** The command that deletes a recorded cluster; null for a kubeconfig file (removed directly). */
export function teardownCommand(r: TeardownRecord): { command: string; args: string[] } | null {
  switch (r.provider) {
    case 'kind':
      return { command: r.kindPath, args: kindDeleteArgs(r.name, r.kubeconfigPath) }
    case 'eks':
      return { command: r.eksctlPath, args: eksDeleteArgs(r.name, r.region) }
    case 'gke':
      return { command: r.gcloudPath, args: gkeDeleteArgs(r.name, r) }
    case 'existing':
      return null
  }
}

export interface TeardownDeps {
  runner: CommandRunner
  log: (line: string) => void
}

/** Deletes what the record names; throws on failure (the post step turns that into a warning). */
export async function teardownRecorded(value: string, deps: TeardownDeps): Promise<string> {
  const record = parseTeardownRecord(value)
  if (!record) return 'nothing to clean up'
  if (record.provider === 'existing') {
    await rm(record.kubeconfigPath, { force: true })
    return 'removed the temporary kubeconfig (the existing cluster is not the gate’s to delete)'
  }
  const c = teardownCommand(record)!
  const started = Date.now()
  await deps.runner.run(c.command, c.args, { timeoutMs: record.provider === 'kind' ? 300_000 : 1_800_000 })
  return `deleted ${record.provider} cluster '${record.name}' in ${((Date.now() - started) / 1000).toFixed(1)} s`
}

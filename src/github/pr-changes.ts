/**
 * Does a pull request change how it is measured? For a pull_request run GitHub takes the workflow file from the
 * PR's merge commit, so a fork's author who edits the measuring workflow, a local action it uses, or the gate's
 * config can make the measuring job upload any results. This module names the files the measuring job reads as its
 * own configuration and finds which of them the PR changes, by asking GitHub (the PR's file list, and the blob SHAs
 * of both commits' trees): data only, nothing of the PR is checked out or run.
 *
 * `config-paths` are not among them: the mesh configuration is what is under test.
 */
import { parse } from 'yaml'
import { matchesAny } from '../config/glob.js'
import type { GitTree, PullRequestFile } from './api.js'

/** GitHub lists at most this many files of a pull request; a longer diff is cut. */
export const PR_FILES_LIMIT = 3000

export interface Watched {
  /** A file, or a folder ending in `/` (everything below it). */
  path: string
  /** Why the measuring job depends on it, for the report. */
  why: string
}

export interface GateInputs {
  watched: Watched[]
  /** The measuring step's `config-paths`, as its workflow on the base branch sets them. */
  configPaths: string[]
}

export interface TouchedFile {
  path: string
  /** The name before a rename, when the PR renamed it. */
  previousPath: string | null
  /** As the PR's file list says (added, modified, removed, renamed, ...). */
  status: string
  why: string
  /** Blob SHAs at the base and at the PR head; null where the file does not exist. */
  baseBlob: string | null
  headBlob: string | null
}

/**
 * What the measuring job reads as its configuration: its workflow file, the gate config, and the local actions and
 * reusable workflows it uses (`uses: ./…`), read from the workflow as it is on the base branch (trusted: a PR
 * cannot change what is looked at). `fallback` are the report step's own `config` and `config-paths`, used where
 * the workflow does not set them.
 */
export function gateInputsOf(
  workflowPath: string,
  baseWorkflow: string | null,
  fallback: { configFile: string; configPaths: string[] },
): GateInputs {
  const watched: Watched[] = [{ path: workflowPath, why: 'the measuring workflow' }]
  const configs = new Set<string>()
  const configPaths = new Set<string>()
  for (const uses of usesOf(baseWorkflow)) {
    const local = /^\.\/(.*)$/.exec(uses.ref)
    if (local) {
      const dir = local[1].replace(/\/+$/, '')
      if (/\.ya?ml$/.test(dir)) watched.push({ path: dir, why: `reusable workflow ${uses.ref}` })
      else if (dir === '') {
        // The repository is the action (`uses: ./`): its metadata and its built code.
        for (const path of ['action.yml', 'action.yaml', 'dist/'])
          watched.push({ path, why: 'the action itself (uses: ./)' })
      } else watched.push({ path: `${dir}/`, why: `local action ${uses.ref}` })
    }
    if (local || /(^|\/)mesh-mtls-gate(@|\/|$)/.test(uses.ref)) {
      const config = literal(uses.with.config)
      if (config) configs.add(config.replace(/^\.\//, ''))
      for (const p of (literal(uses.with['config-paths']) ?? '').split(/\r?\n|,/)) {
        if (p.trim()) configPaths.add(p.trim())
      }
    }
  }
  if (configs.size === 0) configs.add(fallback.configFile.replace(/^\.\//, ''))
  for (const path of configs) watched.push({ path, why: 'the gate config' })
  return {
    watched: dedupe(watched),
    configPaths: configPaths.size > 0 ? [...configPaths] : fallback.configPaths,
  }
}

/**
 * The watched files the PR changes. A file counts when the PR's file list names it (or names it as a rename's old
 * name) and its blob differs between the base and the PR head; when GitHub cut the list at its limit, a differing
 * blob alone counts. A file that differs only because the base branch moved on is not the PR's change: the merge
 * commit that the measuring run used has the base's version of it.
 */
export function touchedFiles(
  files: readonly PullRequestFile[],
  inputs: GateInputs,
  base: GitTree,
  head: GitTree,
): TouchedFile[] {
  const why = (path: string) => watchedBy(path, inputs)
  const blobs = (tree: GitTree) =>
    new Map(tree.tree.filter((e) => e.type === 'blob').map((e) => [e.path, e.sha]))
  const baseBlobs = blobs(base)
  const headBlobs = blobs(head)
  // A path missing from a cut tree is unknown, not absent: treat it as different.
  const blobAt = (m: Map<string, string>, tree: GitTree, path: string) =>
    m.get(path) ?? (tree.truncated ? undefined : null)
  const out = new Map<string, TouchedFile>()
  const consider = (path: string, status: string, previousPath: string | null) => {
    const reason = why(path) ?? (previousPath ? why(previousPath) : null)
    if (!reason || out.has(path)) return
    const baseBlob = blobAt(baseBlobs, base, previousPath ?? path)
    const headBlob = blobAt(headBlobs, head, path)
    if (baseBlob !== undefined && headBlob !== undefined && baseBlob === headBlob && previousPath === null)
      return
    out.set(path, {
      path,
      previousPath,
      status,
      why: reason,
      baseBlob: baseBlob ?? null,
      headBlob: headBlob ?? null,
    })
  }
  for (const f of files) consider(f.filename, f.status, f.previous_filename ?? null)
  if (files.length >= PR_FILES_LIMIT) {
    for (const path of new Set([...baseBlobs.keys(), ...headBlobs.keys()])) {
      if (baseBlobs.get(path) !== headBlobs.get(path)) {
        consider(path, baseBlobs.has(path) ? (headBlobs.has(path) ? 'modified' : 'removed') : 'added', null)
      }
    }
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** Why `path` matters, or null. A folder watch leaves out what `config-paths` covers: that is under test. */
function watchedBy(path: string, inputs: GateInputs): string | null {
  for (const w of inputs.watched) {
    if (w.path === path) return w.why
    if (w.path.endsWith('/') && path.startsWith(w.path) && !matchesAny(path, inputs.configPaths)) return w.why
  }
  return null
}

interface Uses {
  ref: string
  with: Record<string, unknown>
}

/** Every `uses:` of the workflow: jobs calling reusable workflows, and steps. Malformed YAML has none. */
function usesOf(workflow: string | null): Uses[] {
  if (!workflow) return []
  let doc: unknown
  try {
    doc = parse(workflow, { maxAliasCount: 100 })
  } catch {
    return []
  }
  const out: Uses[] = []
  const jobs = record((record(doc) ?? {}).jobs) ?? {}
  for (const job of Object.values(jobs).map(record)) {
    if (!job) continue
    if (typeof job.uses === 'string') out.push({ ref: job.uses.trim(), with: record(job.with) ?? {} })
    for (const step of Array.isArray(job.steps) ? job.steps.map(record) : []) {
      if (step && typeof step.uses === 'string') {
        out.push({ ref: step.uses.trim(), with: record(step.with) ?? {} })
      }
    }
  }
  return out
}

function record(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
}

/** A `with:` value that is plain text; an expression (`${{ … }}`) cannot be known here. */
function literal(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' && !v.includes('${{') ? v.trim() : null
}

function dedupe(watched: Watched[]): Watched[] {
  const seen = new Set<string>()
  return watched.filter((w) => !seen.has(w.path) && seen.add(w.path))
}

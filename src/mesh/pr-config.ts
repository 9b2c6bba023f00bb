/**
 * The pull request's mesh configuration, both sides of it: the head's files from the working tree and the base
 * branch's versions read with git from the base ref, and switching a cluster between the two with server-side
 * apply. Objects that exist on one side only are created when that side goes in force and deleted when it leaves,
 * so after each switch exactly the objects of the side in force exist.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { KubernetesObject } from '@kubernetes/client-node'
import { matchesAny } from '../config/glob.js'
import { InputError } from '../errors.js'
import { serverSideApply } from '../k8s/apply.js'
import type { Cluster } from '../k8s/client.js'
import { KubernetesApiError } from '../k8s/raw-objects.js'
import { parseManifestText } from '../k8s/manifests.js'
import type { KubeObject, Origin, SourcedValues } from '../k8s/objects.js'
import type { Side } from '../vocabulary.js'

export interface ConfigObject {
  object: KubeObject
  file: string
  /** File and line, for the validator's findings. */
  origin: Origin
}

export interface ConfigSide {
  name: Side
  /** The git ref the files came from; null for the working tree. */
  ref: string | null
  objects: ConfigObject[]
  /** The Helm values documents among the files (no apiVersion or kind): install settings, read as `validate` reads them. */
  values?: SourcedValues[]
  /** The files the globs matched (repository paths). */
  files?: string[]
}

/** Runs git in the repository; tests use the real git on a temporary repository. */
export type Git = (args: string[]) => Promise<string>

export function gitIn(repo: string): Git {
  const run = promisify(execFile)
  return async (args) => {
    try {
      return (await run('git', args, { cwd: repo, maxBuffer: 64 * 2 ** 20 })).stdout
    } catch (e) {
      const err = e as { stderr?: string; message: string }
      throw new InputError(`git ${args.join(' ')}: ${(err.stderr || err.message).trim().split('\n')[0]}`)
    }
  }
}

const MANIFEST = /\.(ya?ml|json)$/i

/** The head side: tracked and untracked (not ignored) files of the work tree that match the globs. */
export async function readHeadSide(git: Git, globs: readonly string[]): Promise<ConfigSide> {
  const listed = await git(['ls-files', '--cached', '--others', '--exclude-standard'])
  const root = (await git(['rev-parse', '--show-toplevel'])).trim()
  // Deleted but still indexed files are listed too: only what the work tree holds is the PR's configuration.
  const files = [...new Set(listed.split('\n'))]
    .filter((f) => MANIFEST.test(f) && matchesAny(f, globs))
    .sort()
  const objects: ConfigObject[] = []
  const values: SourcedValues[] = []
  for (const file of files) {
    const text = await readFile(join(root, file), 'utf8').catch(() => null)
    if (text !== null) parse(text, file, objects, values)
  }
  return { name: 'head', ref: null, objects, values, files }
}

/** The base side: the same globs at the base ref (e.g. `origin/main`, needs `fetch-depth: 0` in the action). */
export async function readBaseSide(git: Git, ref: string, globs: readonly string[]): Promise<ConfigSide> {
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => {
    throw new InputError(
      `base ref '${ref}' is not in this clone; check out with fetch-depth: 0 (actions/checkout) so the base branch's configuration can be read`,
    )
  })
  const listed = await git(['ls-tree', '-r', '--name-only', ref])
  const files = listed.split('\n').filter((f) => MANIFEST.test(f) && matchesAny(f, globs))
  const objects: ConfigObject[] = []
  const values: SourcedValues[] = []
  for (const file of files.sort())
    parse(await git(['show', `${ref}:${file}`]), `${ref}:${file}`, objects, values)
  return { name: 'base', ref, objects, values, files }
}

/**
 * Globs that match no file on either side are a typo or the wrong folder, not an empty configuration: said so here,
 * before mesh detection would report the symptom ("cannot tell which mesh").
 */
export function assertSomeFileMatched(
  head: ConfigSide,
  base: ConfigSide | null,
  globs: readonly string[],
): void {
  if ((head.files?.length ?? 0) > 0 || (base?.files?.length ?? 0) > 0) return
  const where = base ? `in the work tree nor at ${base.ref}` : 'in the work tree'
  throw new InputError(
    `config-paths ${globs.map((g) => `'${g}'`).join(', ')}: no file matched ${where}; expected globs of the mesh ` +
      "configuration's YAML or JSON files relative to the repository root, e.g. 'mesh/**'",
  )
}

function parse(text: string, file: string, objects: ConfigObject[], values: SourcedValues[]): void {
  // Documents without apiVersion/kind are Helm values: install settings, never objects to apply.
  const loaded = parseManifestText(text, file)
  objects.push(...loaded.objects.map((o) => ({ object: o.object, file, origin: o.origin })))
  values.push(...loaded.values)
}

/** The identity of an object across sides: group, kind, namespace and name (not the version). */
export function objectKey(o: KubeObject, defaultNamespace: string): string {
  const group = String(o.apiVersion ?? '').includes('/') ? String(o.apiVersion).split('/')[0] : ''
  const meta = (o.metadata ?? {}) as { name?: string; namespace?: string }
  return `${group}/${o.kind}/${meta.namespace ?? defaultNamespace}/${meta.name}`
}

export interface SwitchResult {
  side: Side
  applied: number
  deleted: string[]
}

/**
 * Keeps a cluster on one side at a time. `switchTo` applies every object of the side (server-side apply, field
 * manager mesh-mtls-gate) and deletes the objects of the side that was in force before which this side lacks.
 */
export class ConfigSwitcher {
  private inForce: Map<string, KubeObject> = new Map()

  constructor(
    private readonly cluster: Cluster,
    /** Namespace for namespaced objects that name none (the gate's workload namespace). */
    private readonly defaultNamespace: string,
  ) {
    cluster.objects.useDefaultNamespace(defaultNamespace)
  }

  async switchTo(side: ConfigSide): Promise<SwitchResult> {
    const next = new Map<string, KubeObject>()
    for (const { object, file } of side.objects) {
      // A copy: discovery fills in the default namespace of namespaced objects, the side's own stays as read.
      const copy = structuredClone(object) as KubernetesObject
      try {
        await serverSideApply(this.cluster, copy)
      } catch (e) {
        const why = e instanceof KubernetesApiError ? e.message : (e as Error).message
        throw new InputError(
          `the API server refused ${describe(object)} from the ${side.name} side: ${why}`,
          file,
        )
      }
      next.set(objectKey(object, this.defaultNamespace), copy as KubeObject)
    }
    const deleted: string[] = []
    for (const [key, object] of this.inForce) {
      // A Namespace holds the gate's own workloads: one side lacking it must not delete them with it.
      if (next.has(key) || object.kind === 'Namespace') continue
      await this.cluster.objects.delete(object as KubernetesObject).catch((e: unknown) => {
        // Already gone is what we wanted.
        if ((e as { code?: number }).code !== 404) throw e
      })
      deleted.push(key)
    }
    this.inForce = next
    return { side: side.name, applied: next.size, deleted }
  }

  /** Removes whatever the gate applied (teardown on an existing cluster). */
  async removeAll(): Promise<void> {
    for (const object of this.inForce.values()) {
      await this.cluster.objects.delete(object as KubernetesObject).catch(() => undefined)
    }
    this.inForce.clear()
  }
}

function describe(o: KubeObject): string {
  const meta = (o.metadata ?? {}) as { name?: string; namespace?: string }
  return `${o.kind} ${meta.namespace ? `${meta.namespace}/` : ''}${meta.name}`
}

/**
 * The manifest source: Kubernetes objects from files and folders, with the file and line of each object and of
 * each field (the `yaml` package's LineCounter and node ranges), so a finding can point at `mesh/pa.yaml:12`.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node } from 'yaml'
import { describeYamlError, InputError } from '../errors.js'
import { YamlFile } from '../yaml-data.js'
import type { FieldPath, KubeObject, LoadedObjects, ObjectSource, Origin } from './objects.js'

const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json'])

/** Objects from files and folders (folders are walked recursively for .yaml, .yml and .json files). */
export class ManifestSource implements ObjectSource {
  readonly description: string
  constructor(
    private readonly paths: readonly string[],
    /** Paths in messages are shown relative to this folder (the repository root in the action). */
    private readonly displayRoot: string = process.cwd(),
  ) {
    this.description = `manifests ${paths.join(' ')}`
  }

  async load(): Promise<LoadedObjects> {
    const loaded: LoadedObjects = { objects: [], values: [] }
    for (const file of await expandPaths(this.paths)) {
      const rel = relative(this.displayRoot, file)
      // Paths outside the root are shown as given: `../../tmp/x.yaml` helps no one.
      const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel
      const text = await readFile(file, 'utf8')
      const part = parseManifestText(text, shown)
      loaded.objects.push(...part.objects)
      loaded.values.push(...part.values)
    }
    return loaded
  }
}

/**
 * Where a file of the base side sits in the head's tree: its path under its `--base` root, put under the head root
 * that root stands for (the one with the same last name, else the one at the same position, else the first). A
 * base checked out beside the repository (`git worktree add ../base`) is outside it, and GitHub code scanning shows
 * only results inside the repository. Paths are as `ManifestSource` shows them (relative to `displayRoot`); null
 * for a file under no base root.
 */
export function headCounterpart(
  headPaths: readonly string[],
  basePaths: readonly string[],
  displayRoot: string = process.cwd(),
): (file: string) => string | null {
  const bases = basePaths.map((b) => resolve(b))
  const heads = headPaths.map((h) => resolve(h))
  return (file) => {
    const path = resolve(displayRoot, file)
    const i = bases.findIndex((b) => path === b || path.startsWith(b + sep))
    if (i < 0) return null
    const root = bases[i]!
    const head =
      heads.find((h) => basename(h) === basename(root)) ??
      (heads.length === bases.length ? heads[i] : heads[0])
    if (head === undefined) return null
    const isFile = (p: string) => MANIFEST_EXTENSIONS.has(extname(p).toLowerCase())
    const target =
      path === root ? (isFile(head) ? head : join(head, basename(root))) : join(head, relative(root, path))
    return relative(displayRoot, target)
  }
}

export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    let info
    try {
      info = await stat(path)
    } catch {
      throw new InputError('no such file or folder', path)
    }
    if (info.isDirectory()) files.push(...(await walk(path)))
    else files.push(path)
  }
  return files
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) out.push(...(await walk(full)))
    } else if (MANIFEST_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      out.push(full)
    }
  }
  return out
}

/**
 * Parses one file's text. Malformed YAML is bad input (exit 2) naming the file and line, as `kubectl apply` would
 * refuse it. A document without apiVersion and kind is taken as Helm values (Cilium's `encryption`, Linkerd's
 * `proxy.defaultInboundPolicy`), which is how the issue asks for install settings to be given.
 */
export function parseManifestText(text: string, file: string): LoadedObjects {
  const lineCounter = new LineCounter()
  // logLevel error: the parser's warnings (a collection as a map key) go to process.emitWarning, i.e. to the
  // user's stderr as a Node warning; what matters about such input is reported as an error of ours instead.
  const docs = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    logLevel: 'error',
  })
  const loaded: LoadedObjects = { objects: [], values: [] }
  const yaml = new YamlFile(text, file)
  // parseAllDocuments returns an EmptyStream (not an array) for a file with no documents at all.
  if (!Array.isArray(docs)) return loaded
  const lineAt = (offset: number) => lineCounter.linePos(offset).line
  const template = templateAction(text, docs)
  if (template !== null) {
    throw new InputError(
      `line ${lineAt(template)}: a Helm template ({{ ... }}), not a manifest: render the template first ` +
        `(helm template RELEASE CHART -f values.yaml > rendered.yaml) and give the rendered YAML`,
      file,
    )
  }
  for (const doc of docs) {
    const error = doc.errors[0]
    if (error) throw new InputError(`line ${lineAt(error.pos[0])}: invalid YAML: ${yamlReason(error)}`, file)
    const root = doc.contents
    // `---` at the end of a file leaves an empty document (a null scalar): nothing to read.
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) continue
    if (!isMap(root)) {
      throw new InputError(
        `line ${lineAt(root.range?.[0] ?? 0)}: expected a Kubernetes object (a mapping)`,
        file,
      )
    }
    const value = yaml.data(doc) as KubeObject
    const origin = originFor(doc, root, [], file, lineAt)
    if (value.apiVersion === undefined && value.kind === undefined) {
      loaded.values.push({ values: value, origin })
      continue
    }
    // `kind: List` (and FooList) wrap objects in `items`: each item is an object of its own, with its own lines.
    if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
      const items = root.get('items', true)
      value.items.forEach((item, i) => {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
          throw new InputError(
            `line ${origin.lineOf?.(['items', i]) ?? '?'}: items[${i}] is not an object`,
            file,
          )
        }
        const itemNode = isSeq(items) ? (items.items[i] as Node | undefined) : undefined
        loaded.objects.push({
          object: item as KubeObject,
          origin: originFor(doc, itemNode ?? root, ['items', i], file, lineAt),
        })
      })
      continue
    }
    loaded.objects.push({ object: value, origin })
  }
  return loaded
}

function originFor(
  doc: Document,
  node: Node,
  prefix: FieldPath,
  file: string,
  lineAt: (offset: number) => number,
): Origin {
  const line = lineAt(node.range?.[0] ?? 0)
  return {
    file,
    line,
    lineOf: (path) => {
      const offset = offsetOf(doc, [...prefix, ...path])
      return offset === null ? line : lineAt(offset)
    },
  }
}

/**
 * The offset of the first `{{` that YAML did not read as text: a Go template action (Helm's `{{ .Values.x }}`,
 * `{{- include ... }}`) where YAML expects a value or a key, which it takes for a flow mapping or refuses. A `{{`
 * inside a string (a Prometheus alert's `summary: "{{ $labels.pod }} down"`, a block scalar) or a comment is text.
 */
function templateAction(text: string, docs: readonly Document[]): number | null {
  const opens = [...text.matchAll(/\{\{/g)].map((m) => m.index)
  if (opens.length === 0) return null
  const strings: [number, number][] = []
  for (const doc of docs)
    visit(doc, {
      Scalar: (_key, node) => {
        if (node.range) strings.push([node.range[0], node.range[1]])
      },
    })
  const inComment = (offset: number) => /(^|\s)#/.test(text.slice(text.lastIndexOf('\n', offset) + 1, offset))
  return opens.find((o) => !inComment(o) && !strings.some(([from, to]) => o >= from && o < to)) ?? null
}

/** Offset of the deepest node on the path; for a map entry, the key's offset (that is where an editor looks). */
function offsetOf(doc: Document, path: FieldPath): number | null {
  let node: unknown = doc.contents
  let best: number | null = (node as Node | null)?.range?.[0] ?? null
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === String(part),
      )
      if (!pair) return best
      best = (pair.key as Node | null)?.range?.[0] ?? best
      node = pair.value
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined
      if (!item) return best
      best = item.range?.[0] ?? best
      node = item
    } else {
      return best
    }
  }
  return best
}

/** The parser's reason and the offending line, without its own (duplicate) position. */
function yamlReason(error: Error): string {
  return describeYamlError({ name: error.name, message: error.message }).replace(
    /^line \d+, column \d+: /,
    '',
  )
}

/**
 * YAML that users and pull requests give (manifests, the gate config, cloud cluster configs) as plain data, with one
 * rule for aliases, the one place where YAML stops being a tree.
 *
 * The `yaml` package's own guard (`maxAliasCount`, 100 by default) multiplies the uses of each anchor by the aliases
 * inside it: it refuses the 101st use of a flat anchor, so a `List` of 120 PeerAuthentications sharing
 * `labels: *labels` (360 nodes added) exited 70, while a circular alias (`metadata: &m {labels: {self: *m}}`), which
 * makes every walk of the data endless, went through. This module counts what an expansion costs instead: the nodes
 * each alias adds where it stands, over the whole file.
 */
import { isAlias, isCollection, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml'
import { InputError } from './errors.js'

/**
 * The most nodes aliases may add to one file. Real configuration stays far below it (a chart's 200-node container
 * spec shared by 50 Deployments adds 10,000); a "billion laughs" of ten aliases per level passes it at its sixth
 * level, long before walking the data would take noticeable time or memory.
 */
export const MAX_ALIAS_NODES = 1_000_000

/** One file's YAML documents as data; the alias budget is the file's, shared by its documents. */
export class YamlFile {
  private aliasNodes = 0

  constructor(
    private readonly text: string,
    /** Named in every error. */
    readonly file: string,
  ) {}

  /** A parsed document (its syntax errors already reported) as plain data. */
  data(doc: Document): unknown {
    this.refuseAliasTrouble(doc)
    // Our count replaces the package's, which would refuse the 120 PeerAuthentications above.
    return doc.toJS({ maxAliasCount: -1 })
  }

  /**
   * Walks the document in order, as the parser resolves aliases (an alias names the last anchor before it), with the
   * expanded size of every anchored node: an alias inside the node it names is circular; the nodes aliases add count
   * against the budget.
   */
  private refuseAliasTrouble(doc: Document): void {
    const anchors = new Map<string, Node>()
    const sizes = new Map<Node, number>()
    const open = new Set<Node>()
    const walk = (node: unknown): number => {
      if (isAlias(node)) {
        const target = anchors.get(node.source)
        // The parser leaves this to toJS, which throws a plain ReferenceError (exit 70).
        if (target === undefined) {
          throw new InputError(
            `line ${this.lineOf(node)}: the alias *${node.source} names no anchor before it (&${node.source}); an anchor must come first`,
            this.file,
          )
        }
        if (open.has(target)) {
          throw new InputError(
            `line ${this.lineOf(node)}: the alias *${node.source} is inside the node it names (&${node.source}, from line ${this.lineOf(target)}): a circular reference, which no configuration needs; write the values out`,
            this.file,
          )
        }
        const added = sizes.get(target) ?? 1
        this.aliasNodes += added
        if (this.aliasNodes > MAX_ALIAS_NODES) {
          throw new InputError(
            `line ${this.lineOf(node)}: with its aliases expanded (here *${node.source}), this file would grow by more than ${MAX_ALIAS_NODES} nodes; refused as a resource-exhaustion attack ("billion laughs")`,
            this.file,
          )
        }
        return added
      }
      if (isPair(node)) return walk(node.key) + walk(node.value)
      if (!isCollection(node) && !isScalar(node)) return node === null || node === undefined ? 0 : 1
      if (node.anchor) anchors.set(node.anchor, node)
      let size = 1
      if (isCollection(node)) {
        open.add(node)
        for (const item of node.items) size += walk(item)
        open.delete(node)
      }
      if (node.anchor) sizes.set(node, size)
      return size
    }
    walk(doc.contents)
  }

  private lineOf(node: Node): number {
    const offset = node.range?.[0] ?? 0
    let line = 1
    for (let i = this.text.indexOf('\n'); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) line++
    return line
  }
}

/**
 * A single-document YAML text as data. Malformed YAML throws the parser's own error, for the caller to word; alias
 * trouble throws an InputError naming the file.
 */
export function parseYamlData(text: string, file: string, options: { uniqueKeys?: boolean } = {}): unknown {
  const doc = parseDocument(text, options)
  if (doc.errors.length > 0) throw doc.errors[0]
  return new YamlFile(text, file).data(doc)
}

/**
 * Glob matching for `config-paths`, the way actions users write them, with minimatch (the matcher of
 * @actions/glob): `*` within a path segment, `**` across segments, `?` one character, `{a,b}` alternatives; dot
 * files match like any other. The one rule of ours: a pattern without glob characters that names a folder matches
 * everything below it (`mesh` = `mesh/**`), as a path filter reads.
 */
import { minimatch } from 'minimatch'

const OPTIONS = { dot: true, nonegate: true, nocomment: true } as const

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => {
    const pattern = g.replace(/^\.\//, '').replace(/\/$/, '')
    if (!/[*?{[]/.test(pattern)) return path === pattern || path.startsWith(`${pattern}/`)
    return minimatch(path, pattern, OPTIONS)
  })
}

/** The mesh configuration when `config-paths` is not given (the action's input and the CLI's `--config-paths`). */
export const DEFAULT_CONFIG_GLOB = 'mesh/**'

/**
 * `config-paths` as the README describes it: globs separated by newlines or commas, read the same way from the
 * action's input and from each `--config-paths`. A comma inside `{a,b}` belongs to its glob's alternatives.
 */
export function splitGlobList(text: string): string[] {
  const globs: string[] = []
  let current = ''
  let depth = 0
  for (const ch of text) {
    if (ch === '{') depth++
    else if (ch === '}' && depth > 0) depth--
    if (ch === '\n' || ch === '\r' || (ch === ',' && depth === 0)) {
      globs.push(current)
      current = ''
    } else current += ch
  }
  globs.push(current)
  return globs.map((g) => g.trim()).filter(Boolean)
}

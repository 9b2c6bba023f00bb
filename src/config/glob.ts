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

/**
 * Glob matching for `config-paths`, the way actions users write them: `*` within a path segment, `**` across
 * segments, `?` one character, `{a,b}` alternatives. A pattern without glob characters that names a folder
 * matches everything below it (`mesh` = `mesh/**`).
 */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  let i = 0
  let braces = 0
  while (i < glob.length) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more whole segments; a trailing `**` matches the rest.
      if (glob[i + 2] === '/') {
        re += '(?:[^/]*/)*'
        i += 3
      } else {
        re += '.*'
        i += 2
      }
      continue
    }
    if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '{') {
      re += '(?:'
      braces++
    } else if (c === '}' && braces > 0) {
      re += ')'
      braces--
    } else if (c === ',' && braces > 0) re += '|'
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&')
    i++
  }
  return new RegExp(`^${re}$`)
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => {
    const pattern = g.replace(/^\.\//, '').replace(/\/$/, '')
    if (!/[*?{]/.test(pattern)) return path === pattern || path.startsWith(`${pattern}/`)
    return globToRegExp(pattern).test(path)
  })
}

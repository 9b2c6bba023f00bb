/**
 * What every bench prints its figures with: a proportion's 95% Wilson interval, the mean and sample SD, percentages,
 * and the package root the benches read their inputs from. One copy for compare-bench.ts, designs.ts and
 * real-traces.ts.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** 95% Wilson score interval of a binomial proportion. */
export function wilson(successes: number, trials: number, z = 1.959964): [number, number] {
  const p = successes / trials
  const z2 = z * z
  const denominator = 1 + z2 / trials
  const centre = (p + z2 / (2 * trials)) / denominator
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

export function meanOf(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length
}

/** Sample standard deviation (n − 1). */
export function sdOf(xs: readonly number[]): number {
  const m = meanOf(xs)
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1))
}

export const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)}%`

/** The mesh-mtls-gate package's root above this file (built or not), or null when there is none. */
export function packageRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'mesh-mtls-gate')
      return dir
    const up = dirname(dir)
    if (up === dir) return null
    dir = up
  }
}

/** Kubernetes resource quantities (k8s.io/apimachinery resource.Quantity) as plain numbers. */

const DECIMAL_SUFFIX: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
}
const BINARY_SUFFIX: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
}

/** The quantity's value in base units (cores for CPU, bytes for memory), or null if it is not a quantity. */
export function parseQuantity(text: string): number | null {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE]?))$/.exec(
    text.trim(),
  )
  if (!m) return null
  const value = Number(m[1])
  if (m[2]) return value * 10 ** Number(m[2].slice(1))
  if (m[3]) return value * BINARY_SUFFIX[m[3]]
  return value * DECIMAL_SUFFIX[m[4] ?? '']
}

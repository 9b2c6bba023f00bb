/**
 * Whether two runs may be compared. Differences in what was measured (scenario settings, mesh) make the numbers
 * incomparable: refused. Differences in where it was measured (versions, node image, runner) are flagged in the
 * report, because an artifact baseline from another day and machine carries that noise.
 */
import { MESH_VALUES, type Results } from '../results/schema.js'

export interface FingerprintCheck {
  /** Differences that make the comparison meaningless. */
  refused: string[]
  /** Differences the reader should weigh. */
  flagged: string[]
}

export function checkFingerprints(baseline: Results, current: Results): FingerprintCheck {
  const refused: string[] = []
  const flagged: string[] = []
  const a = baseline.fingerprint
  const b = current.fingerprint
  const differ = (label: string, x: unknown, y: unknown, into: string[]) => {
    if (JSON.stringify(x) !== JSON.stringify(y))
      into.push(`${label}: baseline ${show(x)}, current ${show(y)}`)
  }
  differ('mesh', a.mesh?.name ?? null, b.mesh?.name ?? null, refused)
  differ('mesh version', a.mesh?.version ?? null, b.mesh?.version ?? null, flagged)
  // Sides that each ran on their own mesh values (a `mesh values` coverage row on the path) differ in the profile's
  // values digest by design: that is the change measured, not the environment.
  const ownValues = (current.coverage ?? []).some((r) => r.kind === MESH_VALUES && r.status === 'on-path')
  if (!ownValues) differ('mesh profile', a.mesh?.profile ?? null, b.mesh?.profile ?? null, flagged)
  differ('Kubernetes version', a.kubernetesVersion, b.kubernetesVersion, flagged)
  differ('node image', a.nodeImage, b.nodeImage, flagged)
  differ('runner', `${a.runner.os}/${a.runner.arch}`, `${b.runner.os}/${b.runner.arch}`, flagged)
  differ('Fortio version', a.fortio.version, b.fortio.version, flagged)
  differ('Fortio flags', a.fortio.flags, b.fortio.flags, refused)
  const baseScenarios = new Map(baseline.scenarios.map((s) => [s.name, s.settings]))
  for (const s of current.scenarios) {
    const base = baseScenarios.get(s.name)
    if (!base) continue
    for (const key of ['protocol', 'qps', 'connections', 'durationSeconds', 'payloadBytes'] as const) {
      differ(`scenario '${s.name}' ${key}`, base[key], s.settings[key], refused)
    }
  }
  return { refused, flagged }
}

function show(x: unknown): string {
  return x === null || x === undefined ? '(unknown)' : typeof x === 'string' ? x : JSON.stringify(x)
}

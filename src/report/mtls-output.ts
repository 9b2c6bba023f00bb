/** The `validate` command's machine outputs: the JSON shape fixed by the issue, and SARIF 2.1.0 for code scanning. */
import { TOOL_VERSION } from '../version.js'
import type { Finding, Severity } from '../mtls/model.js'
import type { Mode } from '../vocabulary.js'
import { EVALUATORS } from '../mtls/meshes.js'
import type { MtlsValidation, MtlsVerdict } from '../mtls/validate.js'

export interface ValidateJson {
  mesh: string
  verdict: MtlsVerdict
  workloads: { namespace: string; workload: string; port: number | null; mode: Mode; decidedBy: string }[]
  regressions: { namespace: string; workload: string; port: number | null; from: Mode | null; to: Mode }[]
  findings: Finding[]
}

export function validationJson(v: MtlsValidation): ValidateJson {
  return {
    mesh: v.mesh,
    verdict: v.verdict,
    workloads: v.matrix.map((e) => ({
      namespace: e.namespace,
      workload: e.workload,
      port: e.port,
      mode: e.mode,
      decidedBy: e.decidedBy,
    })),
    regressions: v.regressions.map((r) => ({
      namespace: r.namespace,
      workload: r.workload,
      port: r.port,
      from: r.from,
      to: r.to,
    })),
    findings: v.findings.map((f) => ({ ...f, resource: { ...f.resource } })),
  }
}

/** The SARIF rules: the mesh-neutral findings' and each mesh's own (its evaluator's `rules`). */
const RULES: Record<string, string> = Object.assign(
  {
    'mtls-below-required': 'A workload or port accepts connections below the required mTLS mode',
    'mtls-regression': 'mTLS got weaker than on the base branch',
    'mtls-new-plaintext-hole': 'A new workload or port accepts plaintext only',
    'mtls-improvement': 'mTLS got stronger than on the base branch',
    'namespace-not-in-inputs':
      'A namespace whose injection labels are unknown because its manifest is not an input',
  },
  ...Object.values(EVALUATORS).map((e) => e.rules),
)

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  note: 'note',
}

/** A relative URI reference for a path (forward slashes, each segment percent-encoded). */
function uriOf(file: string): string {
  return file
    .split(/[\\/]/)
    .map((s) => encodeURIComponent(s))
    .join('/')
}

/** How SARIF places a finding's file in the repository. */
export interface SarifOptions {
  /**
   * The head's counterpart of a file of the base side (`k8s/manifests.ts` headCounterpart), null for the head's own.
   * A finding located in the base (a deleted policy decided the base's mode) is filed there, at its first line,
   * with the base's file and line in its message: code scanning shows only files of the repository.
   */
  inHead?: (file: string) => string | null
}

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, a rule per finding code, results with a physical location
 * (file and line). Code scanning requires a location, so findings without a file (objects read live) are left out
 * here; the JSON and markdown outputs carry them.
 */
export function validationSarif(v: MtlsValidation, options: SarifOptions = {}): Record<string, unknown> {
  const located = v.findings
    .filter((f) => f.file)
    .map((f) => {
      const moved = options.inHead?.(f.file!)
      if (!moved) return f
      const where = `${f.file}${f.line ? `:${f.line}` : ''}`
      return {
        ...f,
        message: `${f.message} [on the base branch at ${where}, which this pull request changed or removed]`,
        file: moved,
        line: 1,
      }
    })
  const codes = [...new Set(located.map((f) => f.code))].sort()
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mesh-mtls-gate',
            version: TOOL_VERSION,
            rules: codes.map((id) => ({
              id,
              name: id,
              shortDescription: { text: RULES[id] ?? id },
              defaultConfiguration: { level: LEVEL[located.find((f) => f.code === id)!.severity] },
            })),
          },
        },
        results: located.map((f) => ({
          ruleId: f.code,
          ruleIndex: codes.indexOf(f.code),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(f.file!) },
                region: { startLine: Math.max(1, f.line ?? 1) },
              },
            },
          ],
        })),
      },
    ],
  }
}

/**
 * mTLS findings as check-run annotations on the configuration's lines. Findings without a file and line (a
 * default that applied, a live-cluster observation) stay in the report only: GitHub needs both.
 */
import type { Finding } from '../mtls/model.js'
import type { CheckAnnotation } from './api.js'

/** Annotations beyond this are left out (the report lists every finding): a PR page is not a log. */
export const MAX_ANNOTATIONS = 500

const LEVEL: Record<Finding['severity'], CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  note: 'notice',
}

export function annotationsFor(findings: readonly Finding[]): CheckAnnotation[] {
  const out: CheckAnnotation[] = []
  for (const f of findings) {
    if (!f.file || !f.line || f.line < 1) continue
    // GitHub wants a path relative to the repository root, with forward slashes.
    const path = f.file.replace(/\\/g, '/').replace(/^\.\//, '')
    if (path.startsWith('/') || path.split('/').includes('..')) continue
    const id = f.resource.namespace ? `${f.resource.namespace}/${f.resource.name}` : f.resource.name
    out.push({
      path,
      start_line: f.line,
      end_line: f.line,
      annotation_level: LEVEL[f.severity],
      title: `${f.code}: ${f.resource.kind} ${id}`.slice(0, 255),
      message: f.message.slice(0, 4000),
    })
    if (out.length === MAX_ANNOTATIONS) break
  }
  return out
}

/**
 * The markdown section of the mTLS check: what changed between base and head, what falls short of the requirement,
 * and the other findings. Unchanged rows are never listed (a mesh has thousands), only counted.
 */
import { untrusted } from './escape.js'
import type { ModeChange } from '../mtls/diff.js'
import type { Finding } from '../mtls/model.js'
import { label, type MtlsValidation } from '../mtls/validate.js'
import type { Results } from '../results/schema.js'

/** Rows shown per table; the rest are counted, so a huge change cannot push the report past GitHub's size limit. */
export const MAX_ROWS = 50

const HEADLINE: Record<MtlsValidation['verdict'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  'not-gated': 'ℹ️ not gated (require none)',
}

const COVERED = new Set([
  'mtls-regression',
  'mtls-new-plaintext-hole',
  'mtls-improvement',
  'mtls-below-required',
])

export function renderMtlsMarkdown(v: MtlsValidation): string {
  const out: string[] = []
  const diff = v.diff
  const holes = diff?.newPlaintextHoles.filter((h) => h.from === null) ?? []
  out.push(`### mTLS strictness: ${HEADLINE[v.verdict]}`)
  out.push('')
  const workloads = new Set(v.matrix.map((e) => `${e.namespace}/${e.workload}`)).size
  const errors = v.findings.filter((f) => f.severity === 'error').length
  const parts = [
    `mesh \`${v.mesh}\``,
    v.require === 'none'
      ? `no mode required (require none${errors > 0 ? `: ${errors} error finding(s) reported, not gated` : ''})`
      : `required ${v.require.toUpperCase()}`,
    `${workloads} workload(s) and policy target(s)`,
  ]
  if (diff) {
    parts.push(
      `${diff.regressions.length} weaker`,
      `${holes.length} new plaintext`,
      `${diff.improvements.length} stronger`,
    )
  } else {
    parts.push('no base to compare with')
  }
  if (v.require !== 'none') parts.push(`${v.belowRequirement.length} below ${v.require.toUpperCase()}`)
  out.push(parts.join(' · '))
  if (diff && diff.regressions.length + holes.length + diff.improvements.length > 0) {
    out.push('', '| change | workload | base | head | decided by (head) |', '|---|---|---|---|---|')
    const rows: [string, ModeChange][] = [
      ...diff.regressions.map((c) => ['🔻 weaker', c] as [string, ModeChange]),
      ...holes.map((c) => ['🕳️ new plaintext', c] as [string, ModeChange]),
      ...diff.improvements.map((c) => ['🔺 stronger', c] as [string, ModeChange]),
    ]
    for (const [what, c] of rows.slice(0, MAX_ROWS)) {
      out.push(
        `| ${what} | ${cell(label(c))} | ${c.from ?? '—'} | ${c.to} | ${untrusted(c.head.decidedBy, 200)} |`,
      )
    }
    if (rows.length > MAX_ROWS)
      out.push('', `…and ${rows.length - MAX_ROWS} more changes (see the JSON output).`)
  }
  if (v.belowRequirement.length > 0) {
    out.push(
      '',
      `<details><summary>Below ${v.require.toUpperCase()} (${v.belowRequirement.length})</summary>`,
      '',
    )
    out.push('| workload | mode | decided by |', '|---|---|---|')
    for (const e of v.belowRequirement.slice(0, MAX_ROWS))
      out.push(`| ${cell(label(e))} | ${e.mode} | ${untrusted(e.decidedBy, 200)} |`)
    if (v.belowRequirement.length > MAX_ROWS)
      out.push('', `…and ${v.belowRequirement.length - MAX_ROWS} more.`)
    out.push('', '</details>')
  }
  const other = v.findings.filter((f) => !COVERED.has(f.code))
  if (other.length > 0) {
    out.push('', '**Findings**', '')
    for (const f of other.slice(0, MAX_ROWS))
      out.push(`- ${icon(f)} \`${f.code}\` ${untrusted(f.message, 400)}${where(f)}`)
    if (other.length > MAX_ROWS) out.push(`- …and ${other.length - MAX_ROWS} more.`)
  }
  return out.join('\n')
}

function cell(text: string): string {
  return untrusted(text, 120)
}

function icon(f: Finding): string {
  return f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'
}

function where(f: Finding): string {
  return f.file ? ` (${untrusted(`${f.file}${f.line ? `:${f.line}` : ''}`, 200)})` : ''
}

/**
 * The mTLS matrix of a run, for the rows that have evidence: the static prediction, what the live plaintext probe
 * saw, and what the mesh's own counters say the measured traffic was. A row that the evidence contradicts is also a
 * finding (`mtls-live-mismatch`, `mtls-telemetry-mismatch`); this table shows all three side by side.
 */
export function renderRunMtls(sides: Array<{ side: string; results: Results }>): string {
  const rows: string[] = []
  for (const { side, results } of sides) {
    for (const e of results.mtls?.entries ?? []) {
      if (e.live === 'not-probed' && e.telemetry === 'not-read' && !e.telemetryDetail) continue
      rows.push(
        `| ${side} | ${cell(label(e))} | ${e.mode} | ${e.live} | ${e.telemetry} | ${untrusted(e.telemetryDetail ?? '', 200)} |`,
      )
    }
  }
  if (rows.length === 0) return ''
  return [
    '#### mTLS: prediction, live probe, telemetry',
    '',
    '| side | workload | static prediction | live probe (plaintext) | telemetry | counters |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n')
}

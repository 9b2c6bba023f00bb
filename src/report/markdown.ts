/**
 * The markdown report: one renderer for both the PR comment and the job summary. Blocks (paragraphs, lists,
 * whole tables, whole code fences, whole <details>) are joined by blank lines and never split, so shortening the
 * report to its length limit can only leave out whole blocks.
 */
import type { Comparison } from '../compare/verdict.js'
import type { CostSettings } from '../config/gate-config.js'
import { untrusted } from './escape.js'
import { plural } from './format.js'
import { contextBlocks, headline, statisticsLine } from './headline.js'
import { type Detail, groupByScenario, renderScenario } from './scenario.js'

/** GitHub's limit on an issue or PR comment body, in characters. */
export const GITHUB_COMMENT_LIMIT = 65536

export interface ReportOptions {
  /** The heading; default `mesh-mtls-gate`. */
  title?: string
  cost: CostSettings
  /** Upper bound on the result's length (JS string length); default GitHub's comment limit. */
  maxLength?: number
  /** A hidden HTML comment placed first, by which the action finds its own comment to update; counted in the length. */
  marker?: string
}

const WHERE = 'the full report is in the results artifact / job summary'

/** Shortening steps, tried in order until the report fits. */
const DETAILS: readonly Detail[] = ['full', 'no-chart', 'gated-only']

export function renderReport(comparison: Comparison, options: ReportOptions): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT
  const top = [
    ...(options.marker ? [options.marker] : []),
    `### ${untrusted(options.title ?? 'mesh-mtls-gate', 100)}`,
    headline(comparison),
    statisticsLine(comparison),
  ]
  const context = [...contextBlocks(comparison), ...coverageBlocks(comparison)]
  const head = [...top, ...context]
  const groups = groupByScenario(comparison.metrics)
  for (const detail of DETAILS) {
    const sections = groups.map((g) => renderScenario(g, detail, options.cost))
    const text = join([...head, ...sections, ...shortened(detail)])
    if (text.length <= maxLength) return text
  }

  // Still too long: keep as many scenarios as fit, worst first (groupByScenario's order), and say how many are not.
  const sections = groups.map((g) => renderScenario(g, 'gated-only', options.cost))
  const tail = (omitted: number) => [
    `… ${plural(omitted, 'scenario')} omitted: ${WHERE}. The scenarios shown leave out latency charts and ungated metrics.`,
  ]
  let sectionsLength = sections.reduce((a, s) => a + s.length + 2, 0)
  for (let kept = sections.length - 1; kept >= 0; kept--) {
    sectionsLength -= sections[kept].length + 2
    if (joinedLength([...head, ...tail(sections.length - kept)]) + sectionsLength <= maxLength) {
      return join([...head, ...sections.slice(0, kept), ...tail(sections.length - kept)])
    }
  }
  // Not even the head fits (a tiny limit, or huge notes): keep the context blocks that fit, then cut between lines,
  // which is safe because the head holds no tables or code.
  const last = sections.length > 0 ? tail(sections.length) : []
  let kept = context.length
  while (kept > 0 && joinedLength([...top, ...context.slice(0, kept), ...last]) > maxLength) kept--
  return cutAtLine(join([...top, ...context.slice(0, kept), ...last]), maxLength)
}

function shortened(detail: Detail): string[] {
  if (detail === 'no-chart') return [`_Latency charts are left out to fit the size limit; ${WHERE}._`]
  if (detail === 'gated-only') {
    return [`_Latency charts and ungated metrics are left out to fit the size limit; ${WHERE}._`]
  }
  return []
}

function join(blocks: readonly string[]): string {
  return `${blocks.join('\n\n')}\n`
}

function joinedLength(blocks: readonly string[]): number {
  return blocks.reduce((a, b) => a + b.length, 0) + 2 * (blocks.length - 1) + 1
}

function cutAtLine(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  const suffix = '\n…\n'
  const cut = text.lastIndexOf('\n', maxLength - suffix.length)
  return cut > 0 ? text.slice(0, cut) + suffix : text.slice(0, maxLength)
}

/** What was measured: the paths, and one row per changed object (on the path, mesh-wide, or not measured and why). */
function coverageBlocks(c: Comparison): string[] {
  if (c.coverage.length === 0 && c.paths.length === 0 && !c.layout) return []
  const blocks: string[] = []
  if (c.paths.length)
    blocks.push(
      `**Measured path${c.paths.length > 1 ? 's' : ''}**: ${c.paths.map((p) => `\`${untrusted(p, 200)}\``).join(', ')}`,
    )
  if (c.layout)
    blocks.push(
      c.layout.design === 'simultaneous'
        ? `**Layout**: simultaneous: base and head ran at the same time, each in its own copy of the path, and were compared repetition by repetition (${untrusted(c.layout.reason, 300)}).`
        : `**Layout**: alternating: base and head took turns on one copy of the path (${untrusted(c.layout.reason, 300)}).`,
    )
  if (c.coverage.length) {
    const label = { 'on-path': 'on the path', 'mesh-wide': 'mesh-wide', 'not-measured': '**not measured**' }
    blocks.push(
      [
        '| changed object | coverage | why |',
        '|---|---|---|',
        ...c.coverage.map(
          (r) =>
            `| ${cell(`${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`)} | ${label[r.status]} | ${cell(r.reason)} |`,
        ),
      ].join('\n'),
    )
  }
  return blocks
}

/** Untrusted text (the PR's own names) as a table cell: escaped, so no `|` or markup survives. */
const cell = (text: string) => untrusted(text, 300)

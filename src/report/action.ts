/** What the action publishes, as text: the reports of a verdict, the one for no baseline, the p99 output. */
import type { Comparison, Verdict } from '../compare/verdict.js'
import { untrusted } from './escape.js'

/** One verdict rendered for each place it goes: the PR comment, the job summary, the check run. */
export interface Reports {
  verdict: Verdict
  comment: string
  summary: string
  check: string
}

/** Inconclusive, saying why there is no baseline; `marker` finds the sticky comment again. */
export function noBaselineReport(marker: string, why: string | null): Reports {
  const text = [
    marker,
    '### mesh-mtls-gate',
    '**Inconclusive: no baseline to compare with.**',
    untrusted(why ?? 'no baseline', 500),
  ].join('\n\n')
  return { verdict: 'inconclusive', comment: text, summary: text, check: text }
}

/** The largest p99 change over the compared scenarios, as "+12.3%"; empty when none was measured. */
export function p99Change(c: Comparison): string {
  const changes = c.metrics
    .filter((m) => m.metric === 'latency-p99' && m.change !== null)
    .map((m) => m.change!)
  if (changes.length === 0) return ''
  const worst = Math.max(...changes)
  return `${worst >= 0 ? '+' : ''}${(worst * 100).toFixed(1)}%`
}

/** What a change in data-plane overhead costs per month, under the gate config's price assumptions. */
import type { MetricComparison } from '../compare/verdict.js'
import type { CostSettings } from '../config/gate-config.js'
import type { OverheadMetric } from '../config/thresholds.js'
import { formatPrice, formatUsd, formatValue, plural } from './format.js'

/** The cloud-pricing convention for a month: 365 × 24 / 12. */
export const HOURS_PER_MONTH = 730

export type { OverheadMetric }

/** USD/month = (current − baseline per pod) × pods × hourly price × 730, CPU as millicores/1000 vCPU, memory as MiB/1024 GiB. */
export function monthlyOverheadCostUsd(
  metric: OverheadMetric,
  baselinePerPod: number,
  currentPerPod: number,
  cost: CostSettings,
): number {
  const delta = currentPerPod - baselinePerPod
  const hourly = metric === 'proxy-cpu' ? (delta / 1000) * cost.vcpuHourUsd : (delta / 1024) * cost.gibHourUsd
  return hourly * cost.pods * HOURS_PER_MONTH
}

export interface OverheadCost {
  /** Null when the scenario has no CPU (or memory) row with both sides measured (or the head's, when new). */
  cpu: number | null
  memory: number | null
  total: number
  /**
   * The data plane is new on the head (`basis: new`): the figures are its whole cost, not a change, and this is
   * its cost per meshed pod. Null: a change.
   */
  new: { cpuMillicores: number | null; memoryMiB: number | null } | null
}

/** The monthly cost of one scenario's proxy CPU and memory changes, or null when neither was measured. */
export function scenarioOverheadCost(
  rows: readonly MetricComparison[],
  cost: CostSettings,
): OverheadCost | null {
  const rowOf = (metric: OverheadMetric) => rows.find((m) => m.metric === metric)
  const part = (metric: OverheadMetric): number | null => {
    const row = rowOf(metric)
    if (!row || row.current === null) return null
    // A new data plane's whole cost is what the pull request adds.
    if (row.basis === 'new') return monthlyOverheadCostUsd(metric, 0, row.current, cost)
    if (row.baseline === null) return null
    return monthlyOverheadCostUsd(metric, row.baseline, row.current, cost)
  }
  const cpu = part('proxy-cpu')
  const memory = part('proxy-memory')
  if (cpu === null && memory === null) return null
  const fresh = (metric: OverheadMetric) => {
    const row = rowOf(metric)
    return row?.basis === 'new' ? row.current : null
  }
  const isNew = rowOf('proxy-cpu')?.basis === 'new' || rowOf('proxy-memory')?.basis === 'new'
  return {
    cpu,
    memory,
    total: (cpu ?? 0) + (memory ?? 0),
    new: isNew ? { cpuMillicores: fresh('proxy-cpu'), memoryMiB: fresh('proxy-memory') } : null,
  }
}

/** One report line, with the assumptions the figure rests on, since the pod count and prices are guesses. */
export function renderCostLine(overhead: OverheadCost, cost: CostSettings): string {
  const parts = [
    overhead.cpu === null ? null : `CPU ${formatUsd(overhead.cpu, { sign: true })}`,
    overhead.memory === null ? null : `memory ${formatUsd(overhead.memory, { sign: true })}`,
  ].filter((p) => p !== null)
  const assumptions =
    `for ${plural(cost.pods, 'meshed pod')} at ${formatPrice(cost.vcpuHourUsd)}/vCPU-hour, ` +
    `${formatPrice(cost.gibHourUsd)}/GiB-hour.`
  if (overhead.new) {
    const perPod = [
      overhead.new.cpuMillicores === null
        ? null
        : `${formatValue(overhead.new.cpuMillicores, 'millicores')} CPU`,
      overhead.new.memoryMiB === null ? null : `${formatValue(overhead.new.memoryMiB, 'MiB')} memory`,
    ].filter((p) => p !== null)
    return (
      `New data plane (the baseline has none): ${perPod.join(' and ')} per meshed pod, ≈ ` +
      `${formatUsd(overhead.total, { sign: true })}/month (${parts.join(', ')}) ${assumptions}`
    )
  }
  return `Proxy overhead cost: ≈ ${formatUsd(overhead.total, { sign: true })}/month (${parts.join(', ')}) ${assumptions}`
}

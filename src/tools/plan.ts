/** What a stage would do, for the `--dry-run` plan: what a reviewer reads before trusting a required check. */
import type { DownloadSpec } from './download.js'

export interface PlannedCommand {
  command: string
  args: string[]
  /** Why it runs, in words. */
  why: string
}

export interface PlannedFile {
  /** Where the gate writes it (a temporary folder at run time; a name relative to it in the plan). */
  path: string
  content: string
  why: string
}

export interface Plan {
  downloads: DownloadSpec[]
  commands: PlannedCommand[]
  files: PlannedFile[]
  /** Waits, labels, what gets deleted: anything else a reviewer should know. */
  notes: string[]
}

export function emptyPlan(): Plan {
  return { downloads: [], commands: [], files: [], notes: [] }
}

export function mergePlans(...plans: Plan[]): Plan {
  return {
    downloads: plans.flatMap((p) => p.downloads),
    commands: plans.flatMap((p) => p.commands),
    files: plans.flatMap((p) => p.files),
    notes: plans.flatMap((p) => p.notes),
  }
}

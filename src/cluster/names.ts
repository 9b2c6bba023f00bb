/**
 * Names and expiry labels. Every cluster the gate creates is named after the run and carries when it may be
 * deleted, so a sweeper (or a person) can remove orphans that a cancelled post step left behind.
 */
import { randomBytes } from 'node:crypto'

export const EXPIRES_AT_LABEL = 'mesh-mtls-gate/expires-at'
export const RUN_LABEL = 'mesh-mtls-gate/run'
/** GCP labels allow only [a-z0-9_-]: the same labels with '-' for '/'. */
export const GCP_EXPIRES_AT_LABEL = 'mesh-mtls-gate-expires-at'
export const GCP_RUN_LABEL = 'mesh-mtls-gate-run'
export const DEFAULT_TTL_HOURS = 6

/** `github-<run id>-<attempt>` in Actions, else random: unique per run, stable within one. */
export function runIdentity(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_RUN_ID) return `github-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
  return `local-${randomBytes(4).toString('hex')}`
}

/**
 * A cluster name valid everywhere the gate creates clusters: GKE's rule is the strictest (lower-case letters,
 * digits and '-', starting with a letter, at most 40 characters).
 */
export function clusterName(runId: string): string {
  const slug = runId
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `mmg-${slug}`.slice(0, 40).replace(/-+$/, '')
}

export function expiresAt(now: Date, ttlHours = DEFAULT_TTL_HOURS): Date {
  return new Date(now.getTime() + ttlHours * 3_600_000)
}

/** A GCP label value: lower-case, [a-z0-9_-], at most 63 characters. */
export function gcpLabelValue(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .slice(0, 63)
}

/**
 * GitHub answers a write with a token that lacks the permission — every pull_request run from a fork, or a
 * workflow whose `permissions:` leave it out — with 403 "Resource not accessible by integration". That is not a
 * reason to lose the verdict: the caller downgrades it to a warning that names the permission to grant.
 */
import { httpStatus } from './api.js'

export const Permission = {
  PullRequestsWrite: 'pull-requests: write',
  ChecksWrite: 'checks: write',
  ActionsRead: 'actions: read',
} as const
export type Permission = (typeof Permission)[keyof typeof Permission]

export function isPermissionDenied(e: unknown): boolean {
  return httpStatus(e) === 403
}

export function permissionWarning(what: string, permission: Permission, e: unknown): string {
  const message = (e as Error).message?.split('\n')[0] ?? String(e)
  return (
    `mesh-mtls-gate could not ${what}: ${message} (HTTP 403). The token lacks '${permission}': grant it in the ` +
    `workflow's 'permissions:'. Pull requests from forks get a read-only token whatever the workflow asks for: ` +
    `use 'mode: measure' on pull_request and 'mode: report' on workflow_run (see the README). ` +
    `The verdict is in the job summary.`
  )
}

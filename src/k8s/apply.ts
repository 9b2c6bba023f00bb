/** Server-side apply under the gate's own field manager, so the gate owns exactly the fields it set. */
import { PatchStrategy, type KubernetesObject } from '@kubernetes/client-node'
import type { Cluster } from './client.js'
import { KubernetesApiError } from './raw-objects.js'

export const FIELD_MANAGER = 'mesh-mtls-gate'

export interface ApplyOptions {
  /** Ask the API server to validate and default without persisting (`dryRun=All`). */
  dryRun?: boolean
}

export async function serverSideApply<T extends KubernetesObject>(
  cluster: Cluster,
  object: T,
  options: ApplyOptions = {},
): Promise<T> {
  const query: Record<string, string> = {
    fieldManager: FIELD_MANAGER,
    // Take over fields another manager set: the gate's configuration is the source of truth while it runs.
    force: 'true',
    // Unknown or duplicate fields are errors, as `kubectl apply --server-side` reports them.
    fieldValidation: 'Strict',
  }
  if (options.dryRun) query.dryRun = 'All'
  return cluster.objects.send<T>('PATCH', object, 'patch', query, object, PatchStrategy.ServerSideApply)
}

/** The API server's reason for refusing a request, from the Status body client-node attaches to its error. */
export function apiErrorMessage(e: unknown): string {
  if (e instanceof KubernetesApiError) return e.message
  const err = e as { body?: unknown; message?: string }
  if (typeof err.body === 'string') {
    try {
      const status = JSON.parse(err.body) as { message?: string }
      if (status.message) return status.message
    } catch {
      return err.body
    }
  }
  if (err.body && typeof err.body === 'object' && 'message' in err.body)
    return String((err.body as { message: unknown }).message)
  return err.message ?? String(e)
}

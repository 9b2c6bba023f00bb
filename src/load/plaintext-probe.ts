/**
 * The live mTLS check: a plaintext HTTP request from the unmeshed probe pod to the meshed server. It must be
 * refused when the validator says the server is STRICT, and must get through when it says PERMISSIVE: a check that
 * cannot fail proves nothing. After a configuration switch, the probe is also how the gate knows the mesh has
 * converged: it repeats until the data plane does what the configuration says, within a bound.
 */
import { pollUntil } from '../k8s/poll.js'
import type { PodExec } from './exec.js'

export type PlaintextOutcome = 'refused' | 'accepted'

export interface ProbeTarget {
  namespace: string
  pod: string
  container: string
  url: string
}

/** One plaintext request with `fortio curl` (the Fortio image has no shell and no curl). */
export async function probeOnce(
  exec: PodExec,
  target: ProbeTarget,
): Promise<{ outcome: PlaintextOutcome; detail: string }> {
  const result = await exec.exec(
    target.namespace,
    target.pod,
    target.container,
    ['/usr/bin/fortio', 'curl', '-timeout', '3s', target.url],
    30_000,
  )
  const text = `${result.stdout}\n${result.stderr}`
  // Accepted means an HTTP answer from the server itself: a 200 from Fortio's echo handler.
  const accepted = result.success && /HTTP\/1\.[01] 200/.test(text)
  const detail = (
    accepted ? 'HTTP 200' : result.message || text.trim().split('\n').slice(-1)[0] || 'no answer'
  ).slice(0, 200)
  return { outcome: accepted ? 'accepted' : 'refused', detail }
}

/** Probes until the outcome is `expected` (the mesh converged) or the bound is reached (a finding, not a hang). */
export async function expectPlaintext(
  exec: PodExec,
  target: ProbeTarget,
  expected: PlaintextOutcome,
  timeoutMs: number,
): Promise<{ outcome: PlaintextOutcome; converged: boolean; detail: string }> {
  let last = {
    outcome: expected === 'refused' ? ('accepted' as PlaintextOutcome) : ('refused' as PlaintextOutcome),
    detail: '',
  }
  try {
    await pollUntil(
      `plaintext from ${target.namespace}/${target.pod} to ${target.url} to be ${expected}`,
      async () => {
        last = await probeOnce(exec, target)
        return { done: last.outcome === expected, value: last, seen: `${last.outcome} (${last.detail})` }
      },
      { timeoutMs, intervalMs: 1000 },
    )
    return { ...last, converged: true }
  } catch {
    return { ...last, converged: false }
  }
}

/**
 * A condition wait for things no watch can see (a probe through the data plane): check, and check again after a
 * short interval, until the condition holds or the bound is reached. The interval paces the checks; it is never a
 * wait in itself, so the loop ends as soon as the condition holds.
 */
export class PollTimeoutError extends Error {
  override name = 'PollTimeoutError'
}

export async function pollUntil<T>(
  what: string,
  check: () => Promise<{ done: boolean; value: T; seen: string }>,
  options: { timeoutMs: number; intervalMs: number; now?: () => number },
): Promise<T> {
  const now = options.now ?? Date.now
  const deadline = now() + options.timeoutMs
  let seen = 'not checked yet'
  for (let attempt = 1; ; attempt++) {
    const result = await check()
    if (result.done) return result.value
    seen = result.seen
    if (now() >= deadline) {
      throw new PollTimeoutError(
        `timed out after ${options.timeoutMs / 1000} s (${attempt} checks) waiting for ${what}; last seen: ${seen}`,
      )
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(options.intervalMs, Math.max(deadline - now(), 0))),
    )
  }
}

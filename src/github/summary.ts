/**
 * The job summary: the same markdown as the comment, but GitHub allows up to 1 MiB per step's summary (in bytes),
 * so it gets the report with more detail when the comment had to be shortened.
 */

/** GitHub's limit on one step's job summary, in bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

/**
 * The longest rendering that fits the summary limit. `render(maxLength)` returns a report of at most `maxLength`
 * characters; a character takes up to 4 bytes in UTF-8, so the limit is tried as characters first, then shrunk.
 */
export function fitSummary(render: (maxLength: number) => string, limitBytes = SUMMARY_LIMIT_BYTES): string {
  // Leave room for what the runner adds around a step's summary.
  const budget = limitBytes - 1024
  let maxLength = budget
  for (;;) {
    const text = render(maxLength)
    const bytes = Buffer.byteLength(text, 'utf8')
    if (bytes <= budget) return text
    maxLength = Math.floor((maxLength * budget) / bytes) - 1
    if (maxLength < 1024) return render(Math.floor(budget / 4))
  }
}

import { appendFileSync, statSync } from 'node:fs'

/** GitHub drops a step summary over 1 MiB whole. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

/**
 * Bytes the step summary can still take: the limit, less what this step
 * has written so far and a margin for the lines that join the parts.
 */
export function summaryRoomBytes(): number {
  const file = process.env.GITHUB_STEP_SUMMARY
  let written = 0
  try {
    if (file) written = statSync(file).size
  } catch {
    // No summary file yet: nothing written.
  }
  return Math.max(0, SUMMARY_LIMIT_BYTES - written - 4096)
}

/**
 * Appends Markdown to the job summary; a local run (no summary file) writes nothing.
 *
 * Written synchronously, as @actions/core itself writes GITHUB_OUTPUT and
 * GITHUB_ENV (its file commands), rather than with `core.summary.write()`:
 * that goes through `fs.promises`, and the first such call starts libuv's
 * pool of four threads, which nothing else in a generate or validate run
 * needs (measured whole process, interleaved: README, "Benchmarks"). The
 * text is appended as it is, as `summary.addRaw(text).write()` appends it.
 */
export function writeSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  appendFileSync(file, markdown)
}

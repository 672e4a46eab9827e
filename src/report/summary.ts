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
 * Appends Markdown to the job summary; a local run (no summary file) writes
 * nothing. One synchronous append to the runner's file, as @actions/core's
 * summary.write() makes it, without that method's two thread-pool round trips
 * (access, then appendFile), which cost a short run more than the write.
 */
export async function writeSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  appendFileSync(file, markdown, 'utf8')
}

import { statSync } from 'node:fs'
import * as core from '@actions/core'

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

/** Appends Markdown to the job summary; a local run (no summary file) writes nothing. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown).write()
}

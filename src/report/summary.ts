import * as core from '@actions/core'

/** Appends Markdown to the job summary; a local run (no summary file) writes nothing. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown).write()
}

// A pull-request review that could not be made, said as one warning: shared
// by the review (review.ts) and validate, which does not load the review on a
// workflow_run event without pr-number (see validate.ts).
import * as core from '@actions/core'
import { quotingText } from '../report/markdown.js'
import { annotate } from '../report/step-annotations.js'
import { summaryRoomBytes, writeSummary } from '../report/summary.js'

/**
 * The warning, and the access-change output `broadens` when the run is about
 * a pull request (what the pull request changes is not known, and nothing
 * shows it keeps access as it was, as for a file that was not reviewed). Left
 * unset, a workflow's gate on the output (`!= 'broadens'`) let through a pull
 * request that was never reviewed.
 */
export function reviewSkipped(warning: string, onPullRequest = true): undefined {
  const said = onPullRequest ? `${warning} The access-change output is broadens: what the pull request changes is not known.` : warning
  annotate('warning', said)
  if (onPullRequest) {
    core.setOutput('access-change', 'broadens')
    // The summary is where the warnings send readers: it says so too, within what is left of its room.
    const line = `\n> [!WARNING]\n> ${quotingText(said)}\n`
    if (Buffer.byteLength(line) <= summaryRoomBytes()) writeSummary(line)
  }
  return undefined
}

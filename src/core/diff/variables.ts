// A pull request that adds or drops a policy's Version line changes what
// every `${aws:username}` in it means while its text stays the same (see
// ../iam/variables.ts): the literal key `home/${aws:username}/` becomes each
// user's own folder, or back. When the two versions read variables
// differently, the diff reads the one that does not with its `${` spelled as
// text, so the values differ exactly where their meanings do. When they read
// them alike, the statements stay as written (and are shown so).
import type { NormalPolicy, NormalStatement } from '../iam/normalise.js'
import { readsPolicyVariables, statementsAsRead } from '../iam/variables.js'

/** Both versions' statements, read alike. */
export function readAlike(before: NormalPolicy | undefined, after: NormalPolicy | undefined): { before: NormalStatement[]; after: NormalStatement[] } {
  if (!before || !after || readsPolicyVariables(before.version) === readsPolicyVariables(after.version)) {
    return { before: before?.statements ?? [], after: after?.statements ?? [] }
  }
  return { before: statementsAsRead(before), after: statementsAsRead(after) }
}

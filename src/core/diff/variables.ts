// A pull request that adds or drops a policy's Version line changes what
// every `${aws:username}` in it means while its text stays the same (see
// ../iam/variables.ts): the literal key `home/${aws:username}/` becomes each
// user's own folder, or back. When the two versions read variables
// differently, the diff reads the one that does not with its `${` spelled as
// text, so the values differ exactly where their meanings do. When both read
// them as text (Version 2008-10-17, or none), both are so spelt: the diff
// would otherwise compare `${aws:username}` and `${AWS:UserName}` as one
// variable, where they are two texts. When both substitute them, the
// statements stay as written.
import type { NormalPolicy, NormalStatement } from '../iam/normalise.js'
import { readsPolicyVariables, statementsAsRead } from '../iam/variables.js'

/** Both versions' statements, read alike. */
export function readAlike(before: NormalPolicy | undefined, after: NormalPolicy | undefined): { before: NormalStatement[]; after: NormalStatement[] } {
  const substitutes = (p: NormalPolicy | undefined) => p === undefined || readsPolicyVariables(p.version)
  if (substitutes(before) && substitutes(after)) return { before: before?.statements ?? [], after: after?.statements ?? [] }
  return { before: before ? statementsAsRead(before) : [], after: after ? statementsAsRead(after) : [] }
}

// Lint findings that the generate inputs settle. The linter reads one file
// and cannot know whose account a trust policy sits in, nor whether an
// identity policy is a user's or a role's; the inputs say.
import { wholeAccountOf } from '../iam/arn.js'
import { allowsAction } from './setup-context.js'
import { requesterOf } from '../generate/deploy-target.js'
import type { GenerateInputs } from '../generate/inputs.js'
import type { JsonNode } from '../json-ast/types.js'
import type { Finding } from '../lint/finding.js'
import type { LintedFile } from '../lint/lint.js'

/**
 * RTC608 (an account trusted with no sts:ExternalId) is about a third party's
 * account: the external id keeps another customer of that party from making
 * it assume the role (the confused deputy). AWS: "If the other account with
 * the users is in an AWS account that you don't control, then you can use the
 * externalId attribute." The role's own account root has no such party
 * behind it; nor has the user's account when the inputs name the requester
 * there (user-name, or trust-principal role), since the setup deploys that
 * identity's policy in it with its credentials. So with the inputs naming
 * those accounts their RTC608 is settled: generate's own trust policy for
 * `trust-principal: account` got the warning. A file that names the root of
 * any other account keeps it (and so does the user's account when no
 * requester is named there: the role owner deploys nothing in it): the
 * linter reports one root a statement, the first, which may be an own one.
 */
export function settledLintFindings(files: readonly LintedFile[], inputs: GenerateInputs): Set<Finding> {
  const settled = new Set<Finding>()
  // The accounts the setup deploys into: the role's, and the requester's when one is named.
  const controlled = new Set([inputs.accountId, ...(requesterOf(inputs) ? [inputs.userAccountId] : [])])
  for (const file of files) {
    if (file.kind === 'identity') for (const f of settledUserQuota(file, inputs)) settled.add(f)
    if (file.kind !== 'trust' || !file.root) continue
    const externalIdFindings = file.findings.filter((f) => f.code === 'RTC608')
    if (externalIdFindings.length === 0) continue
    // Where the file names the role's own account root; a finding there is settled, unless another account's is named.
    const at = new Set<string>()
    let otherAccount = false
    for (const node of stringsOf(file.root)) {
      const whole = wholeAccountOf(node.value)
      if (!whole) continue
      const own = controlled.has(whole.account) && (whole.partition === undefined || whole.partition === inputs.partition)
      if (own) at.add(`${node.span.start.line}:${node.span.start.column}`)
      else otherAccount = true
    }
    if (otherAccount) continue
    for (const f of externalIdFindings) if (at.has(`${f.line}:${f.column}`)) settled.add(f)
  }
  return settled
}

/**
 * RTC503 (over the 2,048 characters an IAM user's inline policies may total)
 * is about a user's policy. With the inputs the only user among the
 * connector's files is the requester (trust-principal user or account), and
 * its policy is the one that allows sts:AssumeRole; every other identity
 * policy is the role's, which IAM gives 10,240 (generate refuses inputs whose
 * role policies pass that). With trust-principal role the requester is a role
 * too, so no identity policy is a user's. A file that allows sts:AssumeRole
 * with a user requesting keeps the notice.
 */
function settledUserQuota(file: LintedFile, inputs: GenerateInputs): Finding[] {
  const quota = file.findings.filter((f) => f.code === 'RTC503')
  if (quota.length === 0) return []
  const noUser = inputs.trustPrincipal === 'role'
  const mayBeUsers = !noUser && (!file.policy || allowsAction(file.policy, 'sts:AssumeRole'))
  return mayBeUsers ? [] : quota
}

/** Every string value of the tree (keys left out), in a loop: a file from a pull request may nest deep. */
function* stringsOf(root: JsonNode): Generator<Extract<JsonNode, { kind: 'string' }>> {
  const stack: JsonNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as JsonNode
    if (node.kind === 'string') yield node
    else if (node.kind === 'array') for (const item of node.items) stack.push(item)
    else if (node.kind === 'object') for (const m of node.members) stack.push(m.value)
  }
}

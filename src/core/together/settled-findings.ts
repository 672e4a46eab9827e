// Lint findings that the generate inputs settle. The linter reads one file
// and cannot know whose account a trust policy sits in; the inputs say.
import { wholeAccountOf } from '../iam/arn.js'
import type { GenerateInputs } from '../generate/inputs.js'
import type { JsonNode } from '../json-ast/types.js'
import type { Finding } from '../lint/finding.js'
import type { LintedFile } from '../lint/lint.js'

/**
 * RTC608 (an account trusted with no sts:ExternalId) is about a third party's
 * account: the external id keeps another customer of that party from making
 * it assume the role (the confused deputy). The role's own account root has
 * no such party behind it, so with the inputs naming the role's account its
 * RTC608 is settled: generate's own trust policy for `trust-principal:
 * account` in the role's account got the warning. A file that names the root
 * of any other account (the user's, cross-account) keeps it: the linter
 * reports one root a statement, the first, which may be the role's own.
 */
export function settledLintFindings(files: readonly LintedFile[], inputs: GenerateInputs): Set<Finding> {
  const settled = new Set<Finding>()
  for (const file of files) {
    if (file.kind !== 'trust' || !file.root) continue
    const externalIdFindings = file.findings.filter((f) => f.code === 'RTC608')
    if (externalIdFindings.length === 0) continue
    // Where the file names the role's own account root; a finding there is settled, unless another account's is named.
    const at = new Set<string>()
    let otherAccount = false
    for (const node of stringsOf(file.root)) {
      const whole = wholeAccountOf(node.value)
      if (!whole) continue
      const own = whole.account === inputs.accountId && (whole.partition === undefined || whole.partition === inputs.partition)
      if (own) at.add(`${node.span.start.line}:${node.span.start.column}`)
      else otherAccount = true
    }
    if (otherAccount) continue
    for (const f of externalIdFindings) if (at.has(`${f.line}:${f.column}`)) settled.add(f)
  }
  return settled
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

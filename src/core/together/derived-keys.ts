// A key IAM puts in every request from the request itself, which the together
// check's contexts do not spell out: aws:ResourceAccount, the account that
// owns the resource (AWS's global condition keys: "always included in the
// request context for most service actions"). A role's data-perimeter Deny
// (`StringNotEquals aws:ResourceAccount` its own account) read it as absent,
// so as applying, and refused the role its own bucket, key and cluster.
// The staging bucket's ARN names no account: its owner is read as evaluate
// reads it, the account given or else the caller's (the check takes the
// bucket to be the role's, as generate's policies do).
import { evaluate, resourceAccountOf } from '../evaluate/evaluate.js'
import type { AccessRequest, Decision, PolicySources } from '../evaluate/types.js'

export function evaluateWithDerivedKeys(request: AccessRequest, sources: PolicySources): Decision {
  const account = resourceAccountOf(request, sources)
  if (!account) return evaluate(request, sources)
  // The request's own context comes last: a value it sets wins (context keys are read case-insensitively, the later one kept).
  return evaluate({ ...request, context: { 'aws:ResourceAccount': account, ...request.context } }, sources)
}

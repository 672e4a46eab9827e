// What evaluating a request against a statement reads: its patterns, the
// values of its Principal or NotPrincipal, its condition keys and values, and
// one for the statement itself. The checks that evaluate many requests against
// a document from the repository (together/) budget their work in this unit:
// a statement can hold thousands of values, so counting statements alone
// lets one wide statement cost thousands of times what the budget meant.
import type { NormalPolicy, NormalStatement, PrincipalMap } from '../iam/normalise.js'

function valuesIn(map: PrincipalMap | undefined): number {
  let n = 0
  if (map) for (const values of Object.values(map)) n += values.length
  return n
}

export function statementWeight(s: NormalStatement): number {
  const patterns = (s.action?.length ?? 0) + (s.notAction?.length ?? 0) + (s.resource?.length ?? 0) + (s.notResource?.length ?? 0)
  let conditions = 0
  for (const block of Object.values(s.condition)) for (const values of Object.values(block)) conditions += 1 + values.length
  return 1 + patterns + valuesIn(s.principal) + valuesIn(s.notPrincipal) + conditions
}

/** statementWeight summed over the policy: what one evaluation against all of it reads. */
export function policyWeight(policy: NormalPolicy): number {
  let n = 0
  for (const s of policy.statements) n += statementWeight(s)
  return n
}

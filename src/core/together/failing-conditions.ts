// Where a request that no statement allows comes closest: the first Allow
// statement that would allow it but for its conditions, and which of those
// conditions refuse it. A finding then names that statement, at its line,
// and the conditions to change, not the whole document.
import { keyedByPolicy, type ConditionMap, type NormalPolicy, type NormalStatement } from '../iam/normalise.js'

export interface ConditionRef {
  operator: string
  key: string
}

export interface BlockedStatement {
  statement: NormalStatement
  failing: ConditionRef[]
}

/**
 * The statement reduced to one request: its Action the request's action and its Resource the request's
 * resource (when it names resources), a resource policy's principals "*" (the statement already names the
 * caller: only its conditions are asked about), and these conditions. Each judgement then reads the
 * conditions' values only, whatever lists the statement holds.
 */
export function reducedTo(s: NormalStatement, action: string, resource: string | undefined, condition: ConditionMap): NormalStatement {
  const any = keyedByPolicy<string[]>()
  any.AWS = ['*']
  return {
    index: s.index,
    ...(s.sid !== undefined ? { sid: s.sid } : {}),
    effect: s.effect,
    action: [action],
    ...(resource !== undefined && (s.resource || s.notResource) ? { resource: [resource] } : {}),
    ...(s.principal || s.notPrincipal ? { principal: any } : {}),
    condition
  }
}

/**
 * The first Allow statement with conditions (of the policies in order) that admits the request once its
 * conditions are dropped (`admitsWithout`), and those of its conditions that refuse it on their own
 * (`admitsReduced`: the statement reducedTo the request and that one condition); when none
 * does alone (an operator the evaluator does not know, two keys that hold only apart), all of them. Linear:
 * each statement is judged once without conditions, each condition value once more.
 */
export function blockedByConditions(
  policies: readonly NormalPolicy[],
  admitsWithout: (policy: number, s: NormalStatement) => boolean,
  admitsReduced: (policy: number, s: NormalStatement, condition: ConditionMap) => boolean
): (BlockedStatement & { policy: number }) | undefined {
  for (let p = 0; p < policies.length; p++) {
    for (const s of policies[p].statements) {
      if (s.effect !== 'Allow' || Object.keys(s.condition).length === 0 || !admitsWithout(p, s)) continue
      const failing: ConditionRef[] = []
      for (const [operator, block] of Object.entries(s.condition)) {
        for (const [key, values] of Object.entries(block)) {
          const one = keyedByPolicy<Record<string, string[]>>()
          one[operator] = keyedByPolicy<string[]>()
          one[operator][key] = values
          if (!admitsReduced(p, s, one)) failing.push({ operator, key })
        }
      }
      if (failing.length === 0) for (const [operator, block] of Object.entries(s.condition)) for (const key of Object.keys(block)) failing.push({ operator, key })
      return { policy: p, statement: s, failing }
    }
  }
  return undefined
}

/**
 * "statement 1 (Sid)": counted from 1, as the linter's findings and the pull-request diff count them. Counted from
 * 0, one run named the same statement "statement 0" here and "statement 1" in a lint finding.
 */
export function statementName(s: Pick<NormalStatement, 'index' | 'sid'>): string {
  return `statement ${s.index + 1}${s.sid ? ` (${s.sid})` : ''}`
}

/** "StringEquals s3:prefix", for up to three conditions. */
export function conditionsText(failing: readonly ConditionRef[]): string {
  const shown = failing.slice(0, 3).map((f) => `${f.operator} ${f.key}`)
  const more = failing.length > 3 ? ` and ${failing.length - 3} more` : ''
  return `condition${failing.length === 1 ? '' : 's'} ${shown.join(', ')}${more}`
}

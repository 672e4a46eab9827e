// A witness request in words, for the review's table of changes: the request
// the evaluator decides differently before and after the change, so that a
// reviewer sees one concrete case of the direction claimed (the README: "the
// example request shown under a change"). Plain text: the report escapes it.
import { clipText } from '../clip-text.js'
import type { ContextValue, DecisionEffect } from '../evaluate/types.js'
import type { Witness } from './witness.js'

const DECISION_TEXT: Record<DecisionEffect, string> = {
  Allow: 'allowed',
  ExplicitDeny: 'denied by a Deny',
  ImplicitDeny: 'not allowed'
}

/** How many context keys are named: a witness carries a few, a hostile one could carry more. */
const KEYS_SHOWN = 8

/** The most of one value, action or resource shown: they come from the files, and one can be 100 KB (the row is kept for the whole review). */
const PART_LIMIT = 200

const part = (text: string): string => clipText(text, PART_LIMIT)
const valueText = (v: ContextValue): string => part(Array.isArray(v) ? `[${v.map(String).join(', ')}]` : String(v))

/** `s3:PutObject on arn:aws:s3:::b/x by arn:aws:iam::111122223333:user/witness: not allowed before, allowed after`. */
export function witnessText(w: Witness): string {
  const { principal, action, resource, context = {} } = w.request
  const who = principal.kind === 'anonymous' ? 'an anonymous caller' : principal.kind === 'service' ? `the service ${part(principal.arn)}` : part(principal.arn)
  // The caller's own ARN and account are in every request: only the keys that say more are named.
  const keys = Object.entries(context).filter(([k, v]) => {
    const key = k.toLowerCase()
    return !(key === 'aws:principalarn' && v === principal.arn) && !(key === 'aws:principalaccount' && v === principal.account)
  })
  const shown = keys.slice(0, KEYS_SHOWN).map(([k, v]) => `${part(k)} = ${valueText(v)}`)
  if (keys.length > KEYS_SHOWN) shown.push(`${keys.length - KEYS_SHOWN} more keys`)
  const where = [
    ...(shown.length > 0 ? [`with ${shown.join(', ')}`] : []),
    ...(w.resourceAccount !== undefined ? [`the resource in account ${w.resourceAccount}`] : []),
    ...(w.setting === 'with-other-grants' ? ["the caller's other policies allowing everything"] : [])
  ]
  return `${part(action)} on ${part(resource)} by ${who}${where.length > 0 ? ` (${where.join('; ')})` : ''}: ${DECISION_TEXT[w.before]} before, ${DECISION_TEXT[w.after]} after`
}

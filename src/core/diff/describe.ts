// The one-line texts of the diff, for the PR comment and the job summary.
import { principalParts, reachedPrincipal } from './coverage.js'
import { accountOfEveryPrincipal } from './folds.js'
import type { DiffStatement } from './statements.js'
import { listText } from '../list-text.js'

export function spelled(s: DiffStatement, canonical: string): string {
  return s.spelling.get(canonical) ?? canonical
}

/** "AWS arn:aws:iam::1:root"; the values folding makes (folds.ts) said in words. */
export function principalText(entry: string): string {
  const [type, value] = principalParts(entry)
  const account = accountOfEveryPrincipal(value)
  if (account !== undefined) return `${type} every principal of account ${account}, directly`
  const who = reachedPrincipal(value)
  if (who !== value) return `${type} ${who} through its account's IAM policies`
  return `${type} ${value}`
}

/** How a statement is named in a summary: its Sid, or its 1-based position. */
export function statementName(s: { sid?: string; index: number }): string {
  return s.sid !== undefined ? `statement '${s.sid}'` : `statement #${s.index + 1}`
}

/**
 * A list of an element, or what an empty one means: `none` for a list that
 * names (an empty Action matches no action), `every` for one that excludes
 * (an empty NotAction excludes nothing).
 */
function namedList(items: readonly string[], none: string, show?: (value: string) => string): string {
  return items.length > 0 ? listText(items, 3, ', ', show) : none
}

function exceptList(what: string, items: readonly string[], show?: (value: string) => string): string {
  return items.length > 0 ? `every ${what} except ${listText(items, 3, ', ', show)}` : `every ${what}`
}

export function actionsText(s: DiffStatement): string {
  const spell = (a: string) => spelled(s, a)
  if (s.action) return namedList(s.action, 'no action', spell)
  if (s.notAction) return exceptList('action', s.notAction, spell)
  return 'no action'
}

export function resourcesText(s: DiffStatement): string {
  if (s.resource) return namedList(s.resource, 'no resource')
  if (s.notResource) return exceptList('resource', s.notResource)
  return 'the resource the policy is attached to'
}

function principalsText(s: DiffStatement): string | undefined {
  if (s.principal) return `for ${namedList(s.principal, 'no principal', principalText)}`
  if (s.notPrincipal) return `for ${exceptList('principal', s.notPrincipal, principalText)}`
  return undefined
}

export function conditionText(operator: string, key: string, values: readonly string[]): string {
  return `${operator} ${key} = ${listText(values)}`
}

function conditionsText(s: DiffStatement): string | undefined {
  const parts: string[] = []
  for (const [operator, keys] of Object.entries(s.condition)) {
    for (const [key, values] of Object.entries(keys)) parts.push(conditionText(operator, spelled(s, key), values))
  }
  return parts.length > 0 ? `when ${listText(parts, 2)}` : undefined
}

/** "Allow s3:GetObject on arn:aws:s3:::b/* for AWS arn:… when …" */
export function statementText(s: DiffStatement): string {
  return [s.effect, actionsText(s), 'on', resourcesText(s), principalsText(s), conditionsText(s)]
    .filter((p) => p !== undefined)
    .join(' ')
}

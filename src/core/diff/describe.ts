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
  return `statement ${statementLabel(s)}`
}

function statementLabel(s: { sid?: string; index: number }): string {
  return s.sid !== undefined ? `'${s.sid}'` : `#${s.index + 1}`
}

/**
 * A modified statement named by both its versions when they differ
 * ("statement 'RW' → 'R'", "statement #3 → #2"): the head's name alone would
 * point a reviewer at a base statement that was another one, or none.
 */
export function pairedStatementName(before: { sid?: string; index: number } | undefined, after: { sid?: string; index: number }): string {
  const was = before ? statementLabel(before) : undefined
  const is = statementLabel(after)
  return was === undefined || was === is ? `statement ${is}` : `statement ${was} → ${is}`
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
  const show = (v: string) => resourceShown(s, v)
  if (s.resource) return namedList(s.resource, 'no resource', show)
  if (s.notResource) return exceptList('resource', s.notResource, show)
  return 'the resource the policy is attached to'
}

/**
 * A resource as the author wrote it. A version that substitutes no policy
 * variables is read with each `${` spelled `${$}{` (./variables.ts), which
 * is not in the file: shown as written.
 */
export function resourceShown(s: DiffStatement, v: string): string {
  return s.variables?.literal && v.includes('${$}{') ? v.split('${$}{').join('${') : v
}

/**
 * What a Version change does to a resource holding a policy variable, or ''
 * (no variable, or both versions read variables alike): "literal text
 * (Version 2008-10-17 substitutes no policy variables)"; the caller says
 * "now" (head version) or "was" (base version).
 */
export function variableNote(s: DiffStatement, shown: string): string {
  if (!s.variables || s.variables.alike || !shown.includes('${')) return ''
  return s.variables.literal
    ? `literal text (${s.variables.version} substitutes no policy variables)`
    : `read with its policy variables substituted (${s.variables.version})`
}

export function principalsText(s: DiffStatement): string | undefined {
  if (s.principal) return `for ${namedList(s.principal, 'no principal', principalText)}`
  if (s.notPrincipal) return `for ${exceptList('principal', s.notPrincipal, principalText)}`
  return undefined
}

export function conditionText(operator: string, key: string, values: readonly string[]): string {
  return `${operator} ${key} = ${listText(values)}`
}

/**
 * The texts are asked for each changed value of a statement (grantText), and
 * the parts made for them share the statement's Condition block: its text is
 * made once per block, not once per value (a statement with thousands of
 * changed values and condition keys would otherwise cost their product).
 */
const conditionTexts = new WeakMap<DiffStatement['condition'], { text: string | undefined }>()

function conditionsText(s: DiffStatement): string | undefined {
  const known = conditionTexts.get(s.condition)
  if (known) return known.text
  const parts: string[] = []
  for (const [operator, keys] of Object.entries(s.condition)) {
    for (const [key, values] of Object.entries(keys)) parts.push(conditionText(operator, spelled(s, key), values))
  }
  const text = parts.length > 0 ? `when ${listText(parts, 2)}` : undefined
  conditionTexts.set(s.condition, { text })
  return text
}

/** "Allow s3:GetObject on arn:aws:s3:::b/* for AWS arn:… when …" */
export function statementText(s: DiffStatement): string {
  return [s.effect, actionsText(s), 'on', resourcesText(s), principalsText(s), conditionsText(s)]
    .filter((p) => p !== undefined)
    .join(' ')
}

/** What a statement (or a part of one) applies to, without its Effect and without the resource a trust policy leaves out: "s3:GetObject on arn:… when …". */
export function grantText(s: DiffStatement): string {
  const on = s.resource || s.notResource ? `on ${resourcesText(s)}` : undefined
  return [actionsText(s), on, principalsText(s), conditionsText(s)].filter((p) => p !== undefined).join(' ')
}

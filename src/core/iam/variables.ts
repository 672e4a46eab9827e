// Policy variables (`${aws:username}`) are read only in a policy whose
// Version is 2012-10-17; under 2008-10-17, or with no Version, `${...}` is
// plain text (IAM's "Version" element page). The evaluator and the diff read
// every policy by the 2012-10-17 rules, so a policy that does not read
// variables has each `${` spelled as those rules spell the text: `${$}` is a
// literal '$', so `${aws:username}` as text is `${$}{aws:username}`.
import { keyedByPolicy, type NormalPolicy, type NormalStatement } from './normalise.js'
import { POLICY_VERSION } from './policy.js'

/**
 * What the text between `${` and `}` of a 2012-10-17 policy stands for: `*`,
 * `?` or `$` (the character itself), or a condition key to substitute,
 * maybe with a default value for when the request has no value for the key.
 */
export type PolicyVariable = { character: '*' | '?' | '$' } | { key: string; fallback?: string }

/**
 * Reads the inside of one `${...}`; undefined when it is neither a character
 * nor a key (white space inside the key, an unquoted default). AWS documents
 * the default as `${aws:PrincipalTag/team, 'company-wide'}`: the key, a comma
 * and a space, the value in single quotes ("Specifying default values" in
 * the IAM User Guide's policy variables page). White space around the comma
 * is not counted, so `${key,'x'}` reads the same; white space before the key
 * or after a key with no default is, as before (no key holds any). The evaluator, the diff's
 * witnesses and the placeholder check all read variables through this, so
 * they agree on which `${...}` is a variable and what it reads.
 */
export function parsePolicyVariable(inner: string): PolicyVariable | undefined {
  if (inner === '*' || inner === '?' || inner === '$') return { character: inner }
  const comma = inner.indexOf(',')
  const key = comma === -1 ? inner : inner.slice(0, comma).trimEnd()
  if (key === '' || /[\s,']/.test(key)) return undefined
  if (comma === -1) return { key }
  const quoted = inner.slice(comma + 1).trim()
  if (quoted.length < 2 || !quoted.startsWith("'") || quoted.indexOf("'", 1) !== quoted.length - 1) return undefined
  return { key, fallback: quoted.slice(1, -1) }
}

/** Does IAM substitute policy variables in a policy with this Version? */
export function readsPolicyVariables(version: string | undefined): boolean {
  return version === POLICY_VERSION
}

/** `${` in a value read as text, in the 2012-10-17 spelling of text. */
function variablesAsText(value: string): string {
  // split/join, not replaceAll: '$' sequences in a replacement string are patterns.
  return value.includes('${') ? value.split('${').join('${$}{') : value
}

/**
 * The statement with every `${` in its resources and condition values read
 * as text (actions, principals and condition keys take no variables).
 */
export function statementWithVariablesAsText(s: NormalStatement): NormalStatement {
  const out: NormalStatement = { ...s, condition: keyedByPolicy() }
  if (s.resource) out.resource = s.resource.map(variablesAsText)
  if (s.notResource) out.notResource = s.notResource.map(variablesAsText)
  for (const [operator, keys] of Object.entries(s.condition)) {
    const texts = keyedByPolicy<string[]>()
    for (const [key, values] of Object.entries(keys)) texts[key] = values.map(variablesAsText)
    out.condition[operator] = texts
  }
  return out
}

/** The policy's statements as the 2012-10-17 rules read them. */
export function statementsAsRead(policy: NormalPolicy): NormalStatement[] {
  return readsPolicyVariables(policy.version) ? policy.statements : policy.statements.map(statementWithVariablesAsText)
}

// Characters the searches for a '}' have covered, ever (added once per search, not per character): tests check each
// text is covered about once rather than time a hostile one (the machine is shared).
let closeSearch = 0

/** How many characters splitAtBraces's searches for a '}' have covered so far, in all. Only ever grows. */
export function braceSearchCovered(): number {
  return closeSearch
}

/**
 * A text cut at its `${...}`, as `text.split(/(\$\{[^}]*\})/)` cuts it: the
 * text before the first, the first, the text between, ... the text after the
 * last (odd indexes hold the `${...}`). With `variablesOnly`, as
 * `/\$\{(?![*?$]\})[^}]*\}/` finds them: `${*}`, `${?}` and `${$}`, which
 * stand for the characters, are left in the text. One pass: those
 * expressions, unanchored, scan from every `${` to the end of a text with no
 * `}` after it, and a value of a pull request can hold 500,000 of them
 * (quadratic: 80 KB took 6 s).
 */
export function splitAtBraces(text: string, variablesOnly = false): string[] {
  const pieces: string[] = []
  let from = 0
  let at = 0
  for (;;) {
    const open = text.indexOf('${', at)
    if (open === -1) break
    if (variablesOnly && text.charCodeAt(open + 3) === 125 /* } */ && '*?$'.includes(text.charAt(open + 2))) {
      at = open + 1
      continue
    }
    const close = text.indexOf('}', open + 2)
    closeSearch += (close === -1 ? text.length : close + 1) - (open + 2)
    // No `}` after this `${`: none after any later one either.
    if (close === -1) break
    pieces.push(text.slice(from, open), text.slice(open, close + 1))
    from = at = close + 1
  }
  pieces.push(text.slice(from))
  return pieces
}

/** The text with each `${...}` (see splitAtBraces) replaced by what `replace` makes of its inside and the whole. */
export function replaceBraces(text: string, replace: (inner: string, whole: string) => string, variablesOnly = false): string {
  if (!text.includes('${')) return text
  const pieces = splitAtBraces(text, variablesOnly)
  for (let i = 1; i < pieces.length; i += 2) pieces[i] = replace(pieces[i].slice(2, -1), pieces[i])
  return pieces.join('')
}

/** The `${...}` of a text, in order (see splitAtBraces). */
export function bracesOf(text: string, variablesOnly = false): string[] {
  if (!text.includes('${')) return []
  return splitAtBraces(text, variablesOnly).filter((_, i) => i % 2 === 1)
}

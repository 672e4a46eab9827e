// RTC1xx: the policy grammar. Version, Statement, Sid, Effect, the element
// pairs, what each kind of policy requires and forbids, empty values, unknown
// elements and wrong JSON types.
import { memberNamed } from '../../json-ast/parse.js'
import type { JsonMember, JsonNode, JsonString, Span } from '../../json-ast/types.js'
import { arnMatches, arnPatternCovers, hasWildcard, matchesWildcard, patternCovers } from '../../iam/wildcard.js'
import { hasCondition, openingOf, STATEMENT_ELEMENTS, statementLabel, type FindingDraft, type LintContext, type Rule, type StatementElement, type StatementView } from '../context.js'
import { kindRules } from '../kinds/index.js'
import { mapList } from '../lists.js'
import { withArticle } from '../../list-text.js'
import { outsideAsciiNote } from '../characters.js'
import { policyVariableIn } from './placeholders.js'

/** RTC106's hint: the Sid with what IAM rejects taken out, unless nothing is left (`"*"`, `" "`): an empty Sid suggests nothing. */
function sidHint(sid: string): string {
  const kept = sid.replace(/[^A-Za-z0-9]/g, '')
  return kept === '' ? 'Use a name of letters and digits, such as "AllowRead".' : `Use "${kept}" or another name of letters and digits.`
}

/** A JSON value's kind as a message says it: "an object", "an array", "a string", "a number", "a boolean", "null". */
function aKind(node: JsonNode): string {
  return node.kind === 'null' ? 'null' : withArticle(node.kind)
}

const TOP_ELEMENTS = ['Version', 'Id', 'Statement']
const TOP_BY_LOWER = new Map(TOP_ELEMENTS.map((e) => [e.toLowerCase(), e]))
const STATEMENT_BY_LOWER = new Map(STATEMENT_ELEMENTS.map((e) => [e.toLowerCase(), e]))
const SID_CHARACTERS = /^[A-Za-z0-9]*$/

// Kept here too: other rule families import it from this module.
export { openingOf }

// The exact names of each level, tested before anything is lower-cased: nearly
// every element is spelt right, and lower-casing each key costs a new string.
const TOP_NAMES: ReadonlySet<string> = new Set(TOP_ELEMENTS)
const STATEMENT_NAMES: ReadonlySet<string> = new Set(STATEMENT_ELEMENTS)

function unknownElement(member: JsonMember, exact: ReadonlySet<string>, known: Map<string, string>, where: string, out: FindingDraft[]): void {
  const name = member.key.value
  if (exact.has(name)) return
  const right = known.get(name.toLowerCase())
  out.push({
    code: 'RTC116',
    span: member.key.span,
    message: right
      ? `"${name}" is not an element IAM knows; element names are case-sensitive: write "${right}".`
      : `"${name}" is not a ${where} element IAM knows.`,
    hint: right ? `Rename "${name}" to "${right}".` : `Remove "${name}"; ${where} elements are ${[...known.values()].join(', ')}.`
  })
}

/**
 * The first policy variable in what IAM matches against a request
 * (Resource, NotResource, Principal, NotPrincipal, condition values), or
 * undefined: where the 2008-10-17 grammar differs from 2012-10-17.
 */
function firstPolicyVariable(statements: StatementView[]): { text: string; at: JsonString } | undefined {
  for (let j = 0; j < statements.length; j++) {
    const s = statements[j]
    const strings: JsonString[] = [...s.resources, ...s.notResources, ...s.principals.map((p) => p.value), ...s.notPrincipals.map((p) => p.value)]
    for (const c of s.conditions) for (const v of c.values) if (v.kind === 'string') strings.push(v)
    for (const at of strings) {
      const text = policyVariableIn(at.value)
      if (text !== undefined) return { text, at }
    }
  }
  return undefined
}

function checkTopLevel(ctx: LintContext, out: FindingDraft[]): void {
  const { root } = ctx
  let version: JsonMember | undefined
  for (let i = 0, members = root.members; i < members.length; i++) {
    const m = members[i]
    if (m.key.value === 'Version') version = m
    if (ctx.bareStatement) continue
    unknownElement(m, TOP_NAMES, TOP_BY_LOWER, 'top-level', out)
    if (m.key.value === 'Id' && m.value.kind !== 'string') {
      out.push({ code: 'RTC117', span: m.value.span, message: 'Id must be a string.', hint: 'Write Id as a string, or remove it.' })
    }
  }
  if (ctx.bareStatement) {
    out.push({
      code: 'RTC104',
      span: openingOf(root),
      message: 'This is a single statement, not a complete policy: there is no Version/Statement wrapper.',
      hint: 'Wrap it: {"Version": "2012-10-17", "Statement": [ <this object> ]}.'
    })
    return
  }
  const kind = kindRules(ctx.kind)
  if (kind.currentVersionRequired && (!version || (version.value.kind === 'string' && version.value.value === '2008-10-17'))) {
    out.push({
      code: 'RTC126',
      span: version ? version.value.span : openingOf(root),
      message: `${version ? 'Version 2008-10-17' : 'No Version'}: AWS Organizations accepts ${kind.described} only with "Version": "2012-10-17".`,
      hint: version ? 'Write "Version": "2012-10-17".' : 'Add "Version": "2012-10-17" as the first element.'
    })
  } else if (!version) {
    // No Version is the 2008-10-17 grammar, so RTC102's reason holds: a policy
    // with no policy variable means the same under either (AWS writes the
    // default VPC endpoint policy with no Version).
    const variable = firstPolicyVariable(ctx.statements)
    if (variable) {
      out.push({
        code: 'RTC101',
        span: openingOf(root),
        message: `The policy has no Version, so IAM reads it with the 2008-10-17 grammar, which reads policy variables as plain text: ${variable.text} at line ${variable.at.span.start.line} matches only those characters.`,
        hint: 'Add "Version": "2012-10-17" as the first element.'
      })
    }
  } else if (version.value.kind !== 'string') {
    out.push({ code: 'RTC103', span: version.value.span, message: 'Version must be the string "2012-10-17".', hint: 'Write "Version": "2012-10-17".' })
  } else if (version.value.value === '2008-10-17') {
    // The two grammars read a policy alike but for its policy variables: one
    // with none means the same under either (SNS still writes its default
    // topic policy with 2008-10-17).
    const variable = firstPolicyVariable(ctx.statements)
    if (variable) {
      out.push({
        code: 'RTC102',
        span: version.value.span,
        message: `Version 2008-10-17 is the old policy grammar, which reads policy variables as plain text: ${variable.text} at line ${variable.at.span.start.line} matches only those characters.`,
        hint: 'Use "Version": "2012-10-17".'
      })
    }
  } else if (version.value.value !== '2012-10-17') {
    out.push({
      code: 'RTC103',
      span: version.value.span,
      message: `Version "${version.value.value}" is not a policy grammar IAM knows.`,
      hint: 'Use "Version": "2012-10-17" (the grammar version, not today\'s date).'
    })
  }
  // The kept copy when the key repeats: RTC002 says only the last one counts, and the statement rules read it.
  const statement = memberNamed(root, 'Statement')
  if (!statement) {
    out.push({ code: 'RTC104', span: openingOf(root), message: 'The policy has no Statement.', hint: 'Add "Statement": [ ... ] with at least one statement.' })
    return
  }
  const node = statement.value
  if (node.kind === 'array') {
    if (node.items.length === 0) {
      out.push({ code: 'RTC115', span: node.span, message: 'Statement is an empty list: the policy says nothing.', hint: 'Add at least one statement.' })
    }
    for (let i = 0, items = node.items; i < items.length; i++) {
      const item = items[i]
      if (item.kind !== 'object') {
        out.push({ code: 'RTC105', span: item.span, message: `A statement must be an object, not ${aKind(item)}.`, hint: 'Write each statement as {"Effect": ..., "Action": ..., ...}.' })
      }
    }
  } else if (node.kind !== 'object') {
    out.push({ code: 'RTC105', span: node.span, message: `Statement must be an object or a list of objects, not ${aKind(node)}.`, hint: 'Write "Statement": [ { ... } ].' })
  }
}

/**
 * A string, or a non-empty list of strings; reports what is not. The name is
 * quoted: a Principal type can be written "" and must still show.
 */
function checkStringList(member: JsonMember | undefined, out: FindingDraft[]): void {
  if (!member) return
  const name = member.key.value
  const v = member.value
  if (v.kind === 'string') {
    if (v.value === '') out.push({ code: 'RTC115', span: v.span, message: `"${name}" is an empty string.`, hint: `Fill in "${name}" or remove the element.` })
    return
  }
  if (v.kind === 'array') {
    if (v.items.length === 0) out.push({ code: 'RTC115', span: v.span, message: `"${name}" is an empty list: it matches nothing.`, hint: `Fill in "${name}" or remove the statement.` })
    for (let i = 0, items = v.items; i < items.length; i++) {
      const item = items[i]
      if (item.kind !== 'string') out.push({ code: 'RTC117', span: item.span, message: `"${name}" items must be strings, not ${aKind(item)}.`, hint: 'Quote the value.' })
      else if (item.value === '') out.push({ code: 'RTC115', span: item.span, message: `"${name}" has an empty string.`, hint: 'Remove the empty entry.' })
    }
    return
  }
  out.push({ code: 'RTC117', span: v.span, message: `"${name}" must be a string or a list of strings, not ${aKind(v)}.`, hint: `Write "${name}": ["..."].` })
}

function checkPrincipal(member: JsonMember | undefined, out: FindingDraft[]): void {
  if (!member) return
  const name = member.key.value
  const v = member.value
  if (v.kind === 'string') {
    if (v.value !== '*') {
      out.push({
        code: 'RTC117',
        span: v.span,
        message: `${name} as a string can only be "*"; "${v.value}" needs a type.`,
        hint: `Write "${name}": {"AWS": "${v.value}"} (or "Service"/"Federated" as it is).`
      })
    }
    return
  }
  if (v.kind !== 'object') {
    out.push({ code: 'RTC117', span: v.span, message: `${name} must be "*" or an object, not ${aKind(v)}.`, hint: `Write "${name}": {"AWS": ["arn:..."]}.` })
    return
  }
  if (v.members.length === 0) out.push({ code: 'RTC115', span: v.span, message: `${name} is an empty object: it names no one.`, hint: `Name the principals, e.g. {"AWS": "arn:aws:iam::111122223333:role/NAME"}.` })
  for (let i = 0; i < v.members.length; i++) checkStringList(v.members[i], out)
}

function checkCondition(member: JsonMember | undefined, out: FindingDraft[]): void {
  if (!member) return
  const v = member.value
  if (v.kind !== 'object') {
    out.push({ code: 'RTC117', span: v.span, message: `Condition must be an object, not ${aKind(v)}.`, hint: 'Write "Condition": {"StringEquals": {"key": "value"}}.' })
    return
  }
  // An empty Condition is no condition: IAM stores it (its console's role wizard wrote `"Condition": {}` into trust
  // policies) and the statement applies unconditionally, as the rules read it. Nothing to report.
  for (let i = 0, members = v.members; i < members.length; i++) {
    const op = members[i]
    if (op.value.kind !== 'object') {
      out.push({ code: 'RTC117', span: op.value.span, message: `The "${op.key.value}" block must be an object of condition keys, not ${aKind(op.value)}.`, hint: `Write "${op.key.value}": {"key": "value"}.` })
      continue
    }
    if (op.value.members.length === 0) out.push({ code: 'RTC115', span: op.value.span, message: `The "${op.key.value}" block is empty.`, hint: 'Remove it or add the key to test.' })
    for (let j = 0, keys = op.value.members; j < keys.length; j++) {
      const k = keys[j]
      const value = k.value
      if (value.kind === 'object' || value.kind === 'null') {
        out.push({ code: 'RTC117', span: value.span, message: `The value of ${k.key.value} must be a string, number, boolean or a list of them, not ${value.kind === 'null' ? 'null' : 'an object'}.`, hint: 'Write the value as a string or a list of strings.' })
      } else if (value.kind === 'array') {
        if (value.items.length === 0) out.push({ code: 'RTC115', span: value.span, message: `${k.key.value} has an empty list of values: the test never matches.`, hint: 'Add the values or remove the key.' })
        for (let n = 0, values = value.items; n < values.length; n++) {
          const item = values[n]
          if (item.kind === 'object' || item.kind === 'array' || item.kind === 'null') {
            out.push({ code: 'RTC117', span: item.span, message: `Condition values must be strings, numbers or booleans, not ${aKind(item)}.`, hint: 'Write the value as a string.' })
          }
        }
      }
    }
  }
}

// The two elements are passed in as read (s.elements.Action), not by name: one
// property read by a name that changes from call to call is a slow lookup in V8.
function checkPair(s: StatementView, a: StatementElement, first: JsonMember | undefined, b: StatementElement, second: JsonMember | undefined, out: FindingDraft[]): void {
  if (first !== undefined && second) {
    out.push({ code: 'RTC110', span: second.key.span, message: `${a} and ${b} cannot both appear in one statement (${statementLabel(s)}).`, hint: `Keep ${a} or ${b}, not both; split the statement if you need both meanings.` })
  }
}

function checkStatement(ctx: LintContext, s: StatementView, out: FindingDraft[]): void {
  const { elements, node } = s
  for (let i = 0; i < s.unknownMembers.length; i++) unknownElement(s.unknownMembers[i], STATEMENT_NAMES, STATEMENT_BY_LOWER, 'statement', out)

  const sid = elements.Sid
  if (sid && sid.value.kind !== 'string') {
    out.push({ code: 'RTC117', span: sid.value.span, message: 'Sid must be a string.', hint: 'Quote the Sid.' })
  } else if (sid && sid.value.kind === 'string' && kindRules(ctx.kind).strictSid && !SID_CHARACTERS.test(sid.value.value)) {
    out.push({
      code: 'RTC106',
      span: sid.value.span,
      message: `Sid "${sid.value.value}" has characters IAM rejects in ${ctx.kind} policies (only A-Z, a-z, 0-9).`,
      hint: sidHint(sid.value.value)
    })
  }

  const effect = elements.Effect
  if (!effect) {
    out.push({ code: 'RTC108', span: openingOf(node), message: `${statementLabel(s, true)} has no Effect.`, hint: 'Add "Effect": "Allow" or "Effect": "Deny".' })
  } else if (!s.effect) {
    const v = effect.value
    const text = v.kind === 'string' ? `"${v.value}"` : aKind(v)
    out.push({ code: 'RTC108', span: v.span, message: `Effect is ${text}; IAM accepts only "Allow" or "Deny".${v.kind === 'string' ? outsideAsciiNote(v.value) : ''}`, hint: 'Write "Allow" or "Deny", capitalised exactly so.' })
  }

  if (elements.Action === undefined && elements.NotAction === undefined) {
    out.push({ code: 'RTC109', span: openingOf(node), message: `${statementLabel(s, true)} has no Action.`, hint: 'Add "Action": ["service:ActionName"].' })
  }
  checkPair(s, 'Action', elements.Action, 'NotAction', elements.NotAction, out)
  checkPair(s, 'Resource', elements.Resource, 'NotResource', elements.NotResource, out)
  checkPair(s, 'Principal', elements.Principal, 'NotPrincipal', elements.NotPrincipal, out)
  checkStringList(elements.Action, out)
  checkStringList(elements.NotAction, out)
  checkStringList(elements.Resource, out)
  checkStringList(elements.NotResource, out)
  checkPrincipal(elements.Principal, out)
  checkPrincipal(elements.NotPrincipal, out)
  checkCondition(elements.Condition, out)

  kindRules(ctx.kind).checkStatement(ctx, s, out)
}

/** Services whose resource policies refuse a repeated Sid: "Every policy statement must have a unique ID". */
const UNIQUE_SID_SERVICES: readonly string[] = ['sns:', 'sqs:']

/**
 * Is a repeated Sid refused where this policy goes? IAM's own policies (the IAM
 * User Guide's Sid element: "In IAM, the Sid value must be unique within a
 * JSON policy"), and the resource policies of SNS and SQS, which the same page
 * names as having uniqueness requirements, with every action theirs. S3 stores
 * a bucket policy with a Sid repeated, and no other service is documented to
 * refuse one: a repeat there is not reported.
 */
function sidsMustBeUnique(ctx: LintContext): boolean {
  if (kindRules(ctx.kind).strictSid) return true
  if (ctx.kind !== 'resource') return false
  let some = false
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    if (s.notActions.length > 0) return false
    for (let j = 0, actions = s.lowerActions; j < actions.length; j++) {
      const a = actions[j]
      if (!UNIQUE_SID_SERVICES.some((prefix) => a.startsWith(prefix))) return false
      some = true
    }
  }
  return some
}

/** Sids must be unique where the policy's service refuses repeats (sidsMustBeUnique). */
function checkSidsUnique(ctx: LintContext, out: FindingDraft[]): void {
  const statements = ctx.statements
  // Asked at the first repeat only: most policies have none.
  let refused: boolean | undefined
  // A few statements (the usual case) are compared pairwise, with nothing
  // built or hashed; many go through a map, so the check stays linear.
  let seen: Map<string, StatementView> | undefined
  if (statements.length > 16) seen = new Map()
  for (let j = 0; j < statements.length; j++) {
    const s = statements[j]
    if (!s.sid) continue
    let first: StatementView | undefined
    if (seen) {
      first = seen.get(s.sid)
      if (!first) seen.set(s.sid, s)
    } else {
      for (let i = 0; i < j && !first; i++) if (statements[i].sid === s.sid) first = statements[i]
    }
    if (!first) continue
    if (!(refused ??= sidsMustBeUnique(ctx))) return
    const sid = s.elements.Sid as JsonMember
    out.push({ code: 'RTC107', span: sid.value.span, message: `Sid "${s.sid}" is already used by statement ${first.index + 1}.`, hint: 'Give each statement its own Sid.' })
  }
}

/**
 * What a statement grants, for the pairwise comparison: its lower-cased
 * actions and its resources, and a matcher for each wildcard pattern among
 * them. A literal pattern matches only its own text (and every pattern
 * matches its own text), so a value falls under the statement when it is one
 * of its patterns or a wildcard pattern matches it: no matcher is made for
 * the literal ones. Most pairs of statements differ in their first action,
 * so the wildcard matchers (and, for long lists, the sets) are made only
 * when a comparison first needs them.
 */
interface Grant {
  s: StatementView
  resources: readonly string[]
  actionWildcards: Pattern[] | undefined
  resourceWildcards: Pattern[] | undefined
  actionSet: ReadonlySet<string> | undefined
  resourceSet: ReadonlySet<string> | undefined
}

interface Pattern {
  text: string
  /** An ARN pattern (a wildcard in the first five parts stays within its part), or else an action pattern. */
  arn: boolean
  /** An ARN pattern's text before its first wildcard: most candidates differ there. */
  opening: string
  /**
   * What one match may cost per character of the value: matching is linear
   * except in a '*'-free stretch that holds a '?', which may be compared at
   * every place (see wildcard.ts).
   */
  perChar: number
}

function perCharCost(pattern: string): number {
  let longest = 1
  for (let i = 0, segments = pattern.split('*'); i < segments.length; i++) {
    const segment = segments[i]
    if (segment.includes('?') && segment.length > longest) longest = segment.length
  }
  return longest
}

/**
 * The comparison is pairwise (statements, then values against patterns), so
 * a hostile document could make it long: it stops once this many characters
 * have been compared, and the check then reports only what it found so far
 * (RTC120 is advice; saying less is safe).
 */
export const REDUNDANCY_BUDGET_CHARS = 20_000_000

interface Budget {
  left: number
}

// Value-pattern pairs the redundancy check has compared, ever (one per pair, not per character): tests bound it by
// REDUNDANCY_BUDGET_CHARS rather than time a hostile document (the machine is shared).
let redundancyPairs = 0

/** How many values RTC120 has compared with a pattern so far, in all. Only ever grows. */
export function redundancyPairsCompared(): number {
  return redundancyPairs
}

/** `service:Action` wildcard pattern (already lower-cased, as the actions it is matched with). */
function actionPattern(pattern: string): Pattern {
  return { text: pattern, arn: false, opening: '', perChar: perCharCost(pattern) }
}

/** ARN wildcard pattern as IAM matches it. */
function resourcePattern(pattern: string): Pattern {
  if (pattern === '*') return { text: pattern, arn: true, opening: '', perChar: 1 }
  let first = pattern.indexOf('*')
  const question = pattern.indexOf('?')
  if (question !== -1 && (first === -1 || question < first)) first = question
  return { text: pattern, arn: true, opening: pattern.slice(0, first), perChar: perCharCost(pattern) }
}

function patternMatches(p: Pattern, value: string): boolean {
  if (p.text === '*') return true
  if (!p.arn) return matchesWildcard(p.text, value)
  return value.startsWith(p.opening) && arnMatches(p.text, value)
}

function wildcardsOf(values: readonly string[], pattern: (text: string) => Pattern): Pattern[] {
  const out: Pattern[] = []
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (hasWildcard(v)) out.push(pattern(v))
  }
  return out
}

/** Lists longer than this are looked up through a set; shorter ones are scanned (no hashing, nothing built). */
const SCAN_LIMIT = 16

function grantOf(s: StatementView): Grant {
  const resources = mapList(s.resources, (r) => r.value)
  return { s, resources, actionWildcards: undefined, resourceWildcards: undefined, actionSet: undefined, resourceSet: undefined }
}

function isListed(value: string, list: readonly string[], set: ReadonlySet<string> | undefined): boolean {
  return set !== undefined ? set.has(value) : list.includes(value)
}

/**
 * Does a wildcard pattern take in the value? true, false, or undefined once
 * the budget is spent. A value that is itself a pattern is taken in only when
 * every string it matches is: matched as text, `s3:Get?` would take in
 * `s3:Get*` (its '?' reading the '*'), though `s3:GetObject` is no `s3:Get?`.
 */
function matchedBySome(value: string, wildcards: readonly Pattern[], budget: Budget): boolean | undefined {
  // Most statements have no wildcard to take the value in: then there is nothing to read in it.
  if (wildcards.length === 0) return false
  const isPattern = hasWildcard(value)
  for (const p of wildcards) {
    budget.left -= value.length * p.perChar + p.text.length
    if (budget.left < 0) return undefined
    redundancyPairs++
    if (isPattern ? (p.arn ? arnPatternCovers(p.text, value) : patternCovers(p.text, value)) : patternMatches(p, value)) return true
  }
  return false
}

/** Does every action and resource of `inner` fall under `outer`? Both unconditional Allows. Undefined: budget spent. */
function covers(outer: Grant, inner: Grant, budget: Budget): boolean | undefined {
  const outerActions = outer.s.lowerActions
  if (outerActions.length > SCAN_LIMIT) outer.actionSet ??= new Set(outerActions)
  for (const a of inner.s.lowerActions) {
    if (isListed(a, outerActions, outer.actionSet)) continue
    const under = matchedBySome(a, (outer.actionWildcards ??= wildcardsOf(outerActions, actionPattern)), budget)
    if (under !== true) return under
  }
  const outerResources = outer.resources
  if (outerResources.length > SCAN_LIMIT) outer.resourceSet ??= new Set(outerResources)
  for (const r of inner.resources) {
    if (isListed(r, outerResources, outer.resourceSet)) continue
    const under = matchedBySome(r, (outer.resourceWildcards ??= wildcardsOf(outerResources, resourcePattern)), budget)
    if (under !== true) return under
  }
  return true
}

function simpleAllow(s: StatementView): boolean {
  return (
    s.effect === 'Allow' &&
    !hasCondition(s) &&
    s.elements.NotAction === undefined &&
    s.elements.NotResource === undefined &&
    s.elements.Principal === undefined &&
    s.elements.NotPrincipal === undefined &&
    s.actions.length > 0 &&
    s.resources.length > 0
  )
}

/** RTC120: identity statements wholly inside another unconditional Allow. */
function checkRedundant(ctx: LintContext, out: FindingDraft[]): void {
  if (ctx.kind !== 'identity' || ctx.statements.length < 2 || ctx.statements.length > 100) return
  const grants: Grant[] = []
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    if (simpleAllow(s)) grants.push(grantOf(s))
  }
  if (grants.length < 2) return
  const budget: Budget = { left: REDUNDANCY_BUDGET_CHARS }
  for (let i = 0; i < grants.length; i++) {
    const inner = grants[i]
    for (let j = 0; j < grants.length; j++) {
      const outer = grants[j]
      if (outer === inner) continue
      const outerCovers = covers(outer, inner, budget)
      if (outerCovers === undefined) return
      if (!outerCovers) continue
      // Two equal statements: report the later one only.
      const innerCovers = covers(inner, outer, budget)
      if (innerCovers === undefined) return
      if (innerCovers && outer.s.index > inner.s.index) continue
      out.push({
        code: 'RTC120',
        span: openingOf(inner.s.node),
        message: `${statementLabel(inner.s, true)} is redundant: ${statementLabel(outer.s)} already allows all its actions on all its resources.`,
        hint: `Remove ${statementLabel(inner.s)}, or narrow ${statementLabel(outer.s)} if it grants more than intended.`
      })
      break
    }
  }
}

export const grammarRules: Rule[] = [
  checkTopLevel,
  (ctx, out) => {
    for (const s of ctx.statements) checkStatement(ctx, s, out)
  },
  checkSidsUnique,
  checkRedundant
]


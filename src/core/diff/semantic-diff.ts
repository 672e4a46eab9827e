// Two versions of a policy file -> what changed in access, statement by
// statement, each change rated. Spelling is taken out first (see
// ../iam/canonical.ts), so an edit that changes no meaning yields no
// statement changes. A change is rated by what it grants or denies that the
// other version did not, anywhere in that version: adding s3:GetObject next
// to s3:* (or in a new statement that another one already covers) is
// neutral; replacing s3:GetObject by s3:Get* broadens.
import { normalisePolicy } from '../iam/normalise.js'
import {
  actionDimension,
  conditionValueCovers,
  GrantIndex,
  isNegatedOperator,
  principalDimension,
  principalParts,
  resourceDimension,
  type Grant
} from './coverage.js'
import * as text from './describe.js'
import { pairStatements, toDiffStatement, type DiffStatement, type Side } from './statements.js'

export type Rating = 'broadens' | 'narrows' | 'neutral'
export type AccessChange = 'broadens' | 'narrows' | 'none' | 'mixed'
/** A statement's rating: its changes rolled up. */
export type StatementRating = Rating | 'mixed'
export type { Side } from './statements.js'

export type ElementName =
  | 'Effect'
  | 'Action'
  | 'NotAction'
  | 'Resource'
  | 'NotResource'
  | 'Principal'
  | 'NotPrincipal'
  | 'Condition'

/** A statement in one of the two versions. */
export interface StatementRef {
  side: Side
  /** Position in that version's Statement list (0-based). */
  index: number
  sid?: string
}

export interface ElementChange {
  element: ElementName
  /** `added`/`removed`: a value (or a condition operator and key) is in one version only; `changed`: the Effect. */
  kind: 'added' | 'removed' | 'changed'
  /** The value as written: an action, an ARN, a principal value, a condition value. */
  value?: string
  /** Principal and NotPrincipal: AWS, Service, Federated or CanonicalUser. */
  principalType?: string
  /** Condition: the operator and key the change is in. */
  operator?: string
  key?: string
  /** Condition: all values of an operator/key that was added or removed as a whole. */
  values?: string[]
  /** Effect: the effect before and after. */
  from?: 'Allow' | 'Deny'
  to?: 'Allow' | 'Deny'
  rating: Rating
  /** For a neutral change: the statement that already grants (or denies) what it touches. */
  coveredBy?: StatementRef
  summary: string
}

export interface StatementChange {
  kind: 'added' | 'removed' | 'modified'
  /** How a modified statement was paired with its earlier version. */
  matchedBy?: 'sid' | 'content'
  before?: StatementRef
  after?: StatementRef
  /** The effect of the statement (the earlier one for a removed statement). */
  effect: 'Allow' | 'Deny'
  rating: StatementRating
  /** What changed in a modified statement (empty for added and removed ones). */
  changes: ElementChange[]
  /** For an added or removed statement rated neutral: the statement that covers it. */
  coveredBy?: StatementRef
  summary: string
}

export interface PolicyDiff {
  /** `added`: no before version; `removed`: no after version; `absent`: neither. */
  fileChange: 'added' | 'removed' | 'modified' | 'absent'
  /**
   * Versions that are not policy documents (no Statement). IAM would refuse
   * them, so they are read as granting nothing; the caller reports them.
   */
  invalid: Side[]
  accessChange: AccessChange
  statements: StatementChange[]
  /** Set when the Version element changed (it decides how policy variables are read). */
  version?: { before?: string; after?: string }
  summary: string
}

type Effect = 'Allow' | 'Deny'

interface Sides {
  before: Record<Effect, GrantIndex<DiffStatement>>
  after: Record<Effect, GrantIndex<DiffStatement>>
}

interface Verdict {
  rating: Rating
  coveredBy?: DiffStatement
  /** Why a change is neutral, when not because of coveredBy. */
  reason?: string
}

function indexOf(statements: DiffStatement[]): Record<Effect, GrantIndex<DiffStatement>> {
  return {
    Allow: new GrantIndex(statements.filter((s) => s.effect === 'Allow')),
    Deny: new GrantIndex(statements.filter((s) => s.effect === 'Deny'))
  }
}

/**
 * `part` is something the after version's statement applies to: does the
 * before version already apply to it? If not, access grows on an Allow and
 * shrinks on a Deny.
 */
function grows(sides: Sides, part: Grant, counterpart?: DiffStatement): Verdict {
  const by = sides.before[part.effect].find(part, counterpart)
  if (by) return { rating: 'neutral', coveredBy: by }
  return { rating: part.effect === 'Allow' ? 'broadens' : 'narrows' }
}

/** `part` is something the before version's statement applied to: does the after version still? */
function shrinks(sides: Sides, part: Grant, counterpart?: DiffStatement): Verdict {
  const by = sides.after[part.effect].find(part, counterpart)
  if (by) return { rating: 'neutral', coveredBy: by }
  return { rating: part.effect === 'Allow' ? 'narrows' : 'broadens' }
}

const refOf = (s: DiffStatement): StatementRef =>
  s.sid !== undefined ? { side: s.side, index: s.index, sid: s.sid } : { side: s.side, index: s.index }

function coverText(v: Verdict, direction: 'grows' | 'shrinks', effect: Effect, self: DiffStatement[]): string {
  if (v.rating !== 'neutral') return ''
  if (v.reason) return ` (${v.reason})`
  if (!v.coveredBy) return ''
  const verb = effect === 'Allow' ? 'allowed' : 'denied'
  const when = direction === 'grows' ? 'already' : 'still'
  const by = self.includes(v.coveredBy) ? 'this statement' : text.statementName(v.coveredBy)
  return ` (${when} ${verb} by ${by})`
}

const DIMENSIONS = [
  { pos: 'action', neg: 'notAction', posName: 'Action', negName: 'NotAction', dimension: actionDimension },
  { pos: 'resource', neg: 'notResource', posName: 'Resource', negName: 'NotResource', dimension: resourceDimension },
  { pos: 'principal', neg: 'notPrincipal', posName: 'Principal', negName: 'NotPrincipal', dimension: principalDimension }
] as const

type Dim = (typeof DIMENSIONS)[number]

const minus = (a: readonly string[] | undefined, b: readonly string[] | undefined): string[] => {
  if (!a) return []
  if (!b) return [...a]
  const drop = new Set(b)
  return a.filter((v) => !drop.has(v))
}

/** Compares one modified statement's two versions. `rated` is false when the Effect changed. */
function elementChanges(sides: Sides, b: DiffStatement, a: DiffStatement, rated: boolean): ElementChange[] {
  const out: ElementChange[] = []
  const pair = [b, a]
  const push: Push = (change, verdict, direction, summary) => {
    const v: Verdict = rated ? verdict : { rating: 'neutral' }
    const why = rated ? coverText(v, direction, a.effect, pair) : ' (rated with the Effect change)'
    const full: ElementChange = { ...change, rating: v.rating, summary: summary + why }
    if (v.rating === 'neutral' && v.coveredBy) full.coveredBy = refOf(v.coveredBy)
    out.push(full)
  }
  for (const d of DIMENSIONS) dimensionChanges(sides, b, a, d, push)
  conditionChanges(sides, b, a, push)
  return out
}

type Push = (
  change: Omit<ElementChange, 'rating' | 'summary' | 'coveredBy'>,
  verdict: Verdict,
  direction: 'grows' | 'shrinks',
  summary: string
) => void

function valueFields(d: Dim, element: ElementName, kind: 'added' | 'removed', s: DiffStatement, v: string) {
  if (d.pos !== 'principal') return { element, kind, value: d.pos === 'action' ? text.spelled(s, v) : v }
  const [principalType, value] = principalParts(v)
  return { element, kind, value, principalType }
}

function shown(d: Dim, s: DiffStatement, v: string): string {
  if (d.pos === 'action') return text.spelled(s, v)
  if (d.pos === 'principal') return text.principalText(v)
  return v
}

/** One of Action/NotAction, Resource/NotResource, Principal/NotPrincipal. */
function dimensionChanges(sides: Sides, b: DiffStatement, a: DiffStatement, d: Dim, push: Push): void {
  const bPos = b[d.pos]
  const bNeg = b[d.neg]
  const aPos = a[d.pos]
  const aNeg = a[d.neg]
  const deny = a.effect === 'Deny'
  const positiveText = (kind: 'added' | 'removed', s: DiffStatement, v: string): string => {
    const value = shown(d, s, v)
    const verb = kind === 'added' ? 'adds' : 'removes'
    const link = kind === 'added' ? 'to' : 'from'
    if (d.pos === 'action') {
      return deny ? `${verb} ${value} ${link} the Deny on ${text.resourcesText(s)}` : `${verb} ${value} on ${text.resourcesText(s)}`
    }
    if (d.pos === 'resource') return `${verb} resource ${value} ${deny ? `${link} the Deny of` : 'for'} ${text.actionsText(s)}`
    return `${verb} principal ${value}${deny ? ` ${link} the Deny` : ''}`
  }
  const negativeText = (kind: 'added' | 'removed', s: DiffStatement, v: string): string =>
    kind === 'added' ? `excludes ${shown(d, s, v)} (${d.negName})` : `stops excluding ${shown(d, s, v)} (${d.negName})`

  // Same form on both sides (or Action in one and NotAction in the other):
  // values rated one by one. A switch of form is rated on the whole statement
  // for its "everything except" side.
  const sameForm = (bPos && aPos && !bNeg && !aNeg) || (bNeg && aNeg && !bPos && !aPos)
  for (const v of minus(aPos, bPos)) {
    const part = { ...a, [d.pos]: [v] }
    push(valueFields(d, d.posName, 'added', a, v), grows(sides, part, b), 'grows', positiveText('added', a, v))
  }
  for (const v of minus(bPos, aPos)) {
    const part = { ...b, [d.pos]: [v] }
    push(valueFields(d, d.posName, 'removed', b, v), shrinks(sides, part, a), 'shrinks', positiveText('removed', b, v))
  }
  for (const v of minus(aNeg, bNeg)) {
    let verdict: Verdict
    if (!sameForm) verdict = grows(sides, a, b)
    else if ((bNeg ?? []).some((x) => d.dimension.covers(x, v))) verdict = { rating: 'neutral', reason: 'already excluded' }
    else verdict = shrinks(sides, { ...b, [d.neg]: undefined, [d.pos]: [v] }, a)
    push(valueFields(d, d.negName, 'added', a, v), verdict, sameForm ? 'shrinks' : 'grows', negativeText('added', a, v))
  }
  for (const v of minus(bNeg, aNeg)) {
    let verdict: Verdict
    if (!sameForm) verdict = shrinks(sides, b, a)
    else if ((aNeg ?? []).some((x) => d.dimension.covers(x, v))) verdict = { rating: 'neutral', reason: 'still excluded' }
    else verdict = grows(sides, { ...a, [d.neg]: undefined, [d.pos]: [v] }, b)
    push(valueFields(d, d.negName, 'removed', b, v), verdict, sameForm ? 'grows' : 'shrinks', negativeText('removed', b, v))
  }
}

/**
 * A condition restricts when its statement applies: one added to an Allow
 * narrows, to a Deny broadens, and the reverse for one removed. Within an
 * operator/key, another accepted value loosens it, except under a negated
 * operator (StringNotEquals …), where another value is one more exclusion.
 */
function conditionChanges(sides: Sides, b: DiffStatement, a: DiffStatement, push: Push): void {
  const operators = [...new Set([...Object.keys(b.condition), ...Object.keys(a.condition)])].sort()
  for (const operator of operators) {
    const bKeys = b.condition[operator] ?? {}
    const aKeys = a.condition[operator] ?? {}
    const keys = [...new Set([...Object.keys(bKeys), ...Object.keys(aKeys)])].sort()
    for (const key of keys) {
      const bValues = bKeys[key]
      const aValues = aKeys[key]
      const keyText = text.spelled(aValues ? a : b, key)
      const where = { element: 'Condition' as const, operator, key: keyText }
      if (!bValues) {
        const summary = `adds condition ${text.conditionText(operator, keyText, aValues)}`
        push({ ...where, kind: 'added', values: aValues }, shrinks(sides, b, a), 'shrinks', summary)
        continue
      }
      if (!aValues) {
        const summary = `removes condition ${text.conditionText(operator, keyText, bValues)}`
        push({ ...where, kind: 'removed', values: bValues }, grows(sides, a, b), 'grows', summary)
        continue
      }
      const negated = isNegatedOperator(operator)
      for (const v of minus(aValues, bValues)) {
        const covered = bValues.find((x) => conditionValueCovers(operator, x, v))
        const verdict: Verdict = covered !== undefined
          ? { rating: 'neutral', reason: `${covered} already in the condition` }
          : negated ? shrinks(sides, b, a) : grows(sides, a, b)
        const summary = `adds ${v} to condition ${operator} ${keyText}`
        push({ ...where, kind: 'added', value: v }, verdict, negated ? 'shrinks' : 'grows', summary)
      }
      for (const v of minus(bValues, aValues)) {
        const covered = aValues.find((x) => conditionValueCovers(operator, x, v))
        const verdict: Verdict = covered !== undefined
          ? { rating: 'neutral', reason: `${covered} still in the condition` }
          : negated ? grows(sides, a, b) : shrinks(sides, b, a)
        const summary = `removes ${v} from condition ${operator} ${keyText}`
        push({ ...where, kind: 'removed', value: v }, verdict, negated ? 'grows' : 'shrinks', summary)
      }
    }
  }
}

/** Only broadens -> broadens, only narrows -> narrows, both -> mixed, else neutral. */
function rollUp(ratings: Iterable<StatementRating>): StatementRating {
  let broadens = false
  let narrows = false
  for (const r of ratings) {
    if (r === 'broadens' || r === 'mixed') broadens = true
    if (r === 'narrows' || r === 'mixed') narrows = true
  }
  return broadens && narrows ? 'mixed' : broadens ? 'broadens' : narrows ? 'narrows' : 'neutral'
}

function modifiedStatement(sides: Sides, b: DiffStatement, a: DiffStatement, by: 'sid' | 'content'): StatementChange {
  const changes: ElementChange[] = []
  const effectChanged = b.effect !== a.effect
  if (effectChanged) {
    // The old statement goes and one with the other effect comes: Allow ->
    // Deny can only narrow (and Deny -> Allow only broaden) unless other
    // statements already do both.
    const gone = shrinks(sides, b)
    const come = grows(sides, a)
    const verdict = gone.rating !== 'neutral' ? gone : come
    const change: ElementChange = {
      element: 'Effect',
      kind: 'changed',
      from: b.effect,
      to: a.effect,
      rating: verdict.rating,
      summary: `changes Effect from ${b.effect} to ${a.effect}`
    }
    if (verdict.rating === 'neutral' && gone.coveredBy && come.coveredBy) {
      change.coveredBy = refOf(come.coveredBy)
      change.summary += ` (covered by ${text.statementName(gone.coveredBy)} and ${text.statementName(come.coveredBy)})`
    }
    changes.push(change)
  }
  changes.push(...elementChanges(sides, b, a, !effectChanged))
  const rating = rollUp(changes.map((c) => c.rating))
  const shownChanges = [...changes.filter((c) => c.rating !== 'neutral'), ...changes.filter((c) => c.rating === 'neutral')]
  return {
    kind: 'modified',
    matchedBy: by,
    before: refOf(b),
    after: refOf(a),
    effect: a.effect,
    rating,
    changes,
    summary: `${text.statementName(a)}: ${text.listText(shownChanges.map((c) => c.summary), 4, '; ')}`
  }
}

function wholeStatement(sides: Sides, s: DiffStatement, kind: 'added' | 'removed'): StatementChange {
  const verdict = kind === 'added' ? grows(sides, s) : shrinks(sides, s)
  const verb = kind === 'added' ? 'adds' : 'removes'
  const direction = kind === 'added' ? 'grows' : 'shrinks'
  const change: StatementChange = {
    kind,
    [kind === 'added' ? 'after' : 'before']: refOf(s),
    effect: s.effect,
    rating: verdict.rating,
    changes: [],
    summary: `${verb} ${text.statementName(s)}: ${text.statementText(s)}${coverText(verdict, direction, s.effect, [])}`
  }
  if (verdict.rating === 'neutral' && verdict.coveredBy) change.coveredBy = refOf(verdict.coveredBy)
  return change
}

function read(value: unknown, side: Side, invalid: Side[]): { statements: DiffStatement[]; version?: string } {
  if (value === undefined) return { statements: [] }
  const policy = normalisePolicy(value)
  if (!policy) {
    invalid.push(side)
    return { statements: [] }
  }
  return { statements: policy.statements.map((s) => toDiffStatement(s, side)), version: policy.version }
}

/** The statements' meanings, order and repeats aside. */
function meaningOf(statements: DiffStatement[]): string {
  return [...new Set(statements.map((s) => s.key))].sort().join('\n')
}

const VERDICT_TEXT: Record<AccessChange, string> = {
  broadens: 'broadens access',
  narrows: 'narrows access',
  mixed: 'broadens and narrows access',
  none: 'no change in access'
}

function policySummary(diff: Omit<PolicyDiff, 'summary'>): string {
  const parts: string[] = [VERDICT_TEXT[diff.accessChange]]
  const counts = (['added', 'removed', 'modified'] as const)
    .map((kind) => [kind, diff.statements.filter((s) => s.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
  if (counts.length > 0) parts.push(`statements: ${counts.join(', ')}`)
  if (diff.invalid.length > 0) parts.push(`not a policy document: ${diff.invalid.join(' and ')} version`)
  if (diff.version) parts.push(`Version ${diff.version.before ?? '(none)'} -> ${diff.version.after ?? '(none)'}`)
  return parts.join('; ')
}

/**
 * Two versions of one policy file, as JSON.parse gives them; `undefined`
 * means the file does not exist on that side (added or removed file).
 */
export function diffPolicies(before: unknown | undefined, after: unknown | undefined): PolicyDiff {
  const fileChange: PolicyDiff['fileChange'] =
    before === undefined ? (after === undefined ? 'absent' : 'added') : after === undefined ? 'removed' : 'modified'
  const invalid: Side[] = []
  const b = read(before, 'before', invalid)
  const a = read(after, 'after', invalid)
  const diff: Omit<PolicyDiff, 'summary'> = { fileChange, invalid, accessChange: 'none', statements: [] }
  if (before !== undefined && after !== undefined && b.version !== a.version) diff.version = { before: b.version, after: a.version }

  if (meaningOf(b.statements) !== meaningOf(a.statements)) {
    const sides: Sides = { before: indexOf(b.statements), after: indexOf(a.statements) }
    const { pairs, removed, added } = pairStatements(b.statements, a.statements)
    const changes: StatementChange[] = []
    for (const p of pairs) if (p.before.key !== p.after.key) changes.push(modifiedStatement(sides, p.before, p.after, p.by))
    for (const s of added) changes.push(wholeStatement(sides, s, 'added'))
    for (const s of removed) changes.push(wholeStatement(sides, s, 'removed'))
    // In the order of the after version; removed statements where they stood.
    const position = (c: StatementChange) => (c.after ?? c.before)?.index ?? 0
    changes.sort((x, y) => position(x) - position(y) || (x.kind === 'removed' ? 1 : 0) - (y.kind === 'removed' ? 1 : 0))
    diff.statements = changes
    const rating = rollUp(changes.map((c) => c.rating))
    diff.accessChange = rating === 'neutral' ? 'none' : rating
  }
  return { ...diff, summary: policySummary(diff) }
}

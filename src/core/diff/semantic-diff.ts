// Two versions of a policy file -> what changed in access, statement by
// statement, each change rated. Spelling is taken out first (see
// ../iam/canonical.ts), so an edit that changes no meaning yields no
// statement changes. A change is rated by what it grants or denies that the
// other version did not, anywhere in that version: adding s3:GetObject next
// to s3:* (or in a new statement that another one already covers) is
// neutral; replacing s3:GetObject by s3:Get* broadens.
import { normalisePolicy, type ConditionMap, type NormalPolicy } from '../iam/normalise.js'
import { hasWildcard } from '../iam/wildcard.js'
import { hasVendorWildcard } from '../iam/action-vendor.js'
import { clausesText, clauseWith, compareConditionBlocks, conditionMayNeverHold, conditionNeverHolds, conditionsExclude, keySubset, oppositeOf, type Clause, type KeyComparison, type Proof } from './conditions/index.js'
import { actionDimension, EVERY_ARN, excludesEvery, GrantIndex, mayNameNoArn, grantsMayOverlap, namesItselfAlone, overlapsWork, excludedPrincipalDimension, principalEntry, principalParts, resourceDimension, someCovers, type Grant } from './coverage.js'
import * as text from './describe.js'
import { listText } from '../list-text.js'
import { pairStatements, toDiffStatement, type DiffStatement, type Side } from './statements.js'
import { readsPolicyVariables } from '../iam/variables.js'
import { readAlike } from './variables.js'
import { allowsNoMore } from './containment.js'
import { exampleOutside } from './examples.js'
import { findWitnessesFor, type Witness, type WitnessTarget } from './witness.js'
import { actionsMatchingWithin, charsOf, DIFF_WORK_BUDGET, DiffWork, readWork } from './work.js'
import { groupDigits } from '../digits.js'

export type Rating = 'broadens' | 'narrows' | 'neutral'
export type AccessChange = 'broadens' | 'narrows' | 'none' | 'mixed'
/** A statement's rating: its changes rolled up. */
export type StatementRating = Rating | 'mixed'
export type { Side } from './statements.js'
export type { Witness, WitnessSetting } from './witness.js'

/**
 * Where the document is attached, which decides what a Deny can take away:
 * an identity policy's (or a key policy's) Deny limits what the principal's
 * other policies grant; a trust policy's Deny only takes away what it allows.
 */
export type DocumentKind = 'identity' | 'trust' | 'resource' | 'key'

export interface DiffOptions {
  /** Read from the content when not given (a Principal makes a resource policy; sts:AssumeRole* only, a trust policy; kms:*, a key policy). */
  kind?: DocumentKind
  /** Also find, for each change rated broadens or narrows, a request the evaluator decides differently (costs evaluations). */
  witnesses?: boolean
  /** Comparisons the diff may make (DIFF_WORK_BUDGET unless given; the tests make it smaller). */
  workBudget?: number
}

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
  /**
   * `added`/`removed`: a value (or a condition key) is in one version only;
   * `changed`: the Effect, or a condition key tested differently in the two.
   */
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
  /** Why it is rated so, in one line a reviewer can check. */
  explanation: string
  /** The comparison could not be decided: rated broadens, worded "may broaden" (narrows, "may narrow", when it can only take access away). */
  undecided?: true
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
  /** Why the statement is rated so, in one line. */
  explanation: string
  /** Some comparison could not be decided (the rating then says broadens, or narrows where access can only shrink). */
  undecided?: true
  /** With `witnesses`: a request the evaluator newly allows (broadens) or newly refuses (narrows). */
  witnesses?: { broadens?: Witness; narrows?: Witness }
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
  /** The kind the versions were compared as. */
  kind: DocumentKind
  statements: StatementChange[]
  /** Set when the Version element changed (it decides how policy variables are read). */
  version?: { before?: string; after?: string }
  /**
   * Why the versions were not fully compared: the diff spent its work budget
   * (DIFF_WORK_BUDGET). `accessChange` is then `broadens`, since nothing shows
   * it does not, and `statements` is empty: no change is rated from answers
   * cut short.
   */
  overBudget?: string
  summary: string
}

type Effect = 'Allow' | 'Deny'

interface Sides {
  before: Record<Effect, GrantIndex<DiffStatement>>
  after: Record<Effect, GrantIndex<DiffStatement>>
  kind: DocumentKind
  /** The diff's work budget, spent by every comparison. */
  work: DiffWork
  /**
   * Whether no request meets a statement's condition, by its condition block
   * (one entry per statement of either version): worked out once per
   * statement, however many parts of it are rated. A part with a block of
   * its own (a condition value split off) is not looked at again.
   */
  neverHolds: Map<ConditionMap, Verdict | undefined | null>
  /**
   * The first action of either version with a wildcard in its service prefix
   * (`*:*`, `s3*:Get*`), which IAM refuses (../iam/action-vendor.ts); then
   * what a change grants or denies is not known.
   */
  refusedAction?: string
  /** Service and Federated principals the two versions spell alike but for case (principalsRespelt): type and lower-cased name -> [base's, head's]. */
  respelt: Map<string, [before: string, after: string]>
}

interface Verdict {
  rating: Rating
  coveredBy?: DiffStatement
  /** When no one statement covers the change but these do together (coveredBy is the first). */
  coveredTogetherBy?: DiffStatement[]
  /** Why a change is neutral, when not because of coveredBy. */
  reason?: string
  /** Why it is rated so, when the change's own summary does not say it. */
  explanation?: string
  undecided?: true
}

function indexOf(statements: DiffStatement[], work: DiffWork): Record<Effect, GrantIndex<DiffStatement>> {
  return {
    Allow: new GrantIndex(statements.filter((s) => s.effect === 'Allow'), work),
    Deny: new GrantIndex(statements.filter((s) => s.effect === 'Deny'), work)
  }
}

/** A statement whose Principal its own conditions leave empty (see ./folds.ts) applies to no request. */
function appliesToNothing(part: Grant, sides: Sides): Verdict | undefined {
  if (part.principal?.length === 0) {
    // Folding says why its conditions leave no principal; an empty list as written says it itself.
    const folded = (part as DiffStatement).folded ?? []
    return { rating: 'neutral', reason: `no effect: ${folded.length > 0 ? listText(folded, 1) : 'the statement names no principal'}` }
  }
  // A NotAction, NotResource or NotPrincipal that leaves out every value (`"NotAction": "*"`) leaves no request in.
  const excluded = excludesEvery(part)
  if (excluded) return { rating: 'neutral', reason: `no effect: its Not${excluded[0].toUpperCase()}${excluded.slice(1)} leaves out every ${excluded}` }
  // An empty Action or Resource list, or neither Action nor NotAction (IAM refuses such a statement), matches no request.
  const missing = part.action?.length === 0 || (!part.action && !part.notAction) ? 'action' : part.resource?.length === 0 ? 'resource' : undefined
  if (missing) return { rating: 'neutral', reason: `no effect: the statement names no ${missing}` }
  // A condition no request meets: the statement applies to nothing, Allow or Deny.
  const known = sides.neverHolds.get(part.condition)
  if (known !== null) return known
  const never = conditionNeverHolds(part.condition, sides.work, part.effect)
  const key = never && ('spelling' in part ? text.spelled(part as DiffStatement, never.key) : never.key)
  const verdict: Verdict | undefined = never && { rating: 'neutral', reason: `no effect: no request meets its condition on \`${key}\`: ${clausesText(never.clauses)}${never.why ? ` (${never.why})` : ''}` }
  sides.neverHolds.set(part.condition, verdict)
  return verdict
}

/**
 * Might an Allow apply where `part` does? In a trust policy a Deny only takes
 * away what the version it is in allows, so only the after version's Allows
 * count there; elsewhere any Allow of either version does.
 */
function allowsTouch(sides: Sides, part: Grant): boolean {
  if (sides.kind === 'trust') return sides.after.Allow.grants.some((g) => grantsMayOverlap(g, part, sides.work))
  // Elsewhere the answer only words the explanation ("denies iam:*, which this
  // policy does not grant"), which is about actions: compare actions alone.
  const actions = part.action
  if (!actions) return true
  // Past the work budget: "may touch", the cautious answer (the diff is then marked over budget anyway).
  const overlapping = (allowed: readonly string[]) =>
    allowed.some((x) => actions.some((y) => !sides.work.spend(overlapsWork(actionDimension, x, y)) || actionDimension.overlaps(x, y)))
  return [sides.before.Allow, sides.after.Allow].some((index) => index.grants.some((g) => !g.action || overlapping(g.action)))
}

/**
 * A trust policy's Deny with a NotPrincipal that leaves out every principal
 * each Allow it might touch names: the principals the Allows admit are each
 * one that names itself alone (a user, a service; not an account, which
 * admits its principals, nor a role, which admits its sessions), and the
 * NotPrincipal leaves each of them out (sparedBy), so the Deny applies to none
 * of them. (IAM takes no NotPrincipal in a role trust policy: this reads a
 * document it would refuse as the evaluator does.)
 */
function sparesEveryAllowed(sides: Sides, part: Grant): boolean {
  if (sides.kind !== 'trust' || !part.notPrincipal || part.principal || !sides.work.spend(part.notPrincipal.length)) return false
  const spared = new Set(part.notPrincipal)
  return sides.after.Allow.grants.every(
    (g) => !grantsMayOverlap(g, part, sides.work) || (g.principal !== undefined && g.principal.every((p) => sides.work.spend() && sparedBy(spared, p)))
  )
}

/**
 * Does a NotPrincipal listing `spared` leave out the one principal `entry`
 * names? Its own entry is enough for a service or an identity provider; an
 * IAM user is left out only when its account (root ARN or ID) is listed too
 * (AWS JSON policy elements: NotPrincipal; the evaluator's
 * notPrincipalApplies), and a session only with its role's ARN and account,
 * whose role's path the session ARN does not give: not claimed.
 */
function sparedBy(spared: ReadonlySet<string>, entry: string): boolean {
  if (!namesItselfAlone(entry) || !spared.has(entry)) return false
  const [type, value] = principalParts(entry)
  if (type !== 'AWS') return true
  const user = /^arn:([^:]+):iam::(\d{12}):user\//.exec(value)
  return user !== null && (spared.has(principalEntry('AWS', user[2])) || spared.has(principalEntry('AWS', `arn:${user[1]}:iam::${user[2]}:root`)))
}

/**
 * Each Allow of a trust policy the Deny might touch has a condition that no
 * request meets together with the Deny's (conditionsExclude): some touch it,
 * none on a request the Deny applies to.
 */
function conditionsExcludeEveryAllowed(sides: Sides, part: Grant): boolean {
  const touching = sides.after.Allow.grants.filter((g) => grantsMayOverlap(g, part, sides.work))
  return touching.length > 0 && touching.every((g) => conditionsExclude(g.condition, part.condition, sides.work))
}

/** A Deny on what the document never allows: what it does depends on where the document is attached. */
function denyOnNothingAllowed(sides: Sides, part: Grant, direction: 'grows' | 'shrinks'): Verdict | undefined {
  if (sparesEveryAllowed(sides, part)) {
    return { rating: 'neutral', reason: "no effect: a trust policy's Deny only takes away what it allows, and its NotPrincipal spares every principal it allows" }
  }
  if (sides.kind === 'trust' && conditionsExcludeEveryAllowed(sides, part)) {
    return { rating: 'neutral', reason: "no effect: a trust policy's Deny only takes away what it allows, and no request its condition applies to meets the condition of an Allow it touches" }
  }
  if (allowsTouch(sides, part)) return undefined
  const what = text.actionsText(part as DiffStatement)
  if (sides.kind === 'trust') {
    return { rating: 'neutral', reason: `no effect: a trust policy's Deny only takes away what it allows, and it allows none of ${what}` }
  }
  return direction === 'grows'
    ? { rating: 'narrows', explanation: `denies ${what}, which this policy does not grant: limits the principal's other policies` }
    : { rating: 'broadens', explanation: `stops denying ${what}, which this policy does not grant: the principal's other policies may now allow it` }
}

/**
 * A decided broadening or narrowing of a part whose condition no request
 * meets if one of its keys holds one value, a key the diff does not take to
 * hold one (conditionMayNeverHold: `StringEquals a` with `StringNotEquals a`
 * on `s3:prefix`): if it does, the part applies to nothing and the change does
 * nothing, so what the change does is not known.
 */
function unlessMaybeNothing(sides: Sides, part: Grant, direction: 'grows' | 'shrinks', v: Verdict): Verdict {
  if (v.rating === 'neutral' || v.undecided) return v
  const maybe = conditionMayNeverHold(part.condition, sides.work)
  if (!maybe) return v
  const key = 'spelling' in part ? text.spelled(part as DiffStatement, maybe.key) : maybe.key
  const why = `no request meets its condition on \`${key}\` (${clausesText(maybe.clauses)}) if the key holds one value, which the diff does not know, so whether the statement applies to any request is not known`
  return undecided(part as DiffStatement, direction === 'grows', why)
}

/**
 * What a part's change does, when that is settled before any cover is looked
 * for, either way it goes: nothing (its condition holds for no request), or
 * not known (an action IAM refuses, a principal respelt in case only).
 */
function settledBeforeCover(sides: Sides, part: Grant): Verdict | undefined {
  const none = appliesToNothing(part, sides)
  if (none) return none
  if (sides.refusedAction !== undefined) return refused(sides.refusedAction)
  return respeltPrincipal(sides, part)
}

/**
 * `part` is something the after version's statement applies to: does the
 * before version already apply to it? If not, access grows on an Allow (unless
 * a Deny of the after version takes all of it back) and shrinks on a Deny.
 */
function grows(sides: Sides, part: Grant, counterpart?: DiffStatement): Verdict {
  return unlessMaybeNothing(sides, part, 'grows', growsDecided(sides, part, counterpart))
}

function growsDecided(sides: Sides, part: Grant, counterpart?: DiffStatement): Verdict {
  const settled = settledBeforeCover(sides, part)
  if (settled) return settled
  const by = sides.before[part.effect].find(part, counterpart)
  if (by) return coveredBy(by)
  if (part.effect === 'Allow') {
    const denied = sides.after.Deny.find({ ...part, effect: 'Deny' })
    if (denied) return { rating: 'neutral', reason: `no effect: denied by ${statementsNamed(denied)}` }
    return onlyWithoutArn(sides, part, 'grows', counterpart) ?? { rating: 'broadens' }
  }
  return denyOnNothingAllowed(sides, part, 'grows') ?? onlyWithoutArn(sides, part, 'grows', counterpart) ?? { rating: 'narrows' }
}

/**
 * A part on `"Resource": "*"` whose requests that name an ARN the other
 * version applies to as well (`"arn:*"` there): what is left is requests
 * that name no ARN, which an action with only optional resource types may or
 * may not have (mayNameNoArn). Undecided, not a decided change; undefined
 * when that is not the case.
 */
function onlyWithoutArn(sides: Sides, part: Grant, direction: 'grows' | 'shrinks', counterpart?: DiffStatement): Verdict | undefined {
  if (!part.resource?.includes('*') || !mayNameNoArn(part.action, sides.work)) return undefined
  const named = { ...part, resource: part.resource.map((r) => (r === '*' ? EVERY_ARN : r)) }
  const verdict = direction === 'grows' ? grows(sides, named, counterpart) : shrinks(sides, named, counterpart)
  if (verdict.rating !== 'neutral') return undefined
  const actions = text.actionsText(part as DiffStatement)
  const other = direction === 'grows' ? 'base version' : 'head version'
  const why = `the ${other} ${part.effect === 'Allow' ? 'allows' : 'denies'} ${actions} on every ARN but not on \`*\`; the Service Authorization Reference gives ${actions} only optional resource types, so whether some request names no ARN is not known`
  return undecided(part as DiffStatement, direction === 'grows', why)
}

/**
 * A change in a document where either version holds an action IAM refuses
 * (a wildcard in its service prefix): read as a pattern, `*:*` is every
 * action, so `*` -> `*:*` was no change; IAM takes neither as written. Not
 * known either way (IAM may refuse the base too, which then granted
 * nothing): may broaden, whichever way the part goes.
 */
function refused(action: string): Verdict {
  return mayBroaden(`IAM refuses the action \`${action}\` (a wildcard in its service prefix: "Action vendors must not contain wildcards"), so what the document grants is not known`)
}

/**
 * A part that names a service or Federated principal the other version
 * spells in another case only: the IAM User Guide (AWS JSON policy elements:
 * Principal) says that a user ARN's name is case-sensitive, of a service
 * principal only that the service defines it, and of a web identity
 * provider (`accounts.google.com`) nothing. Whether IAM reads
 * `EC2.amazonaws.com` as `ec2.amazonaws.com` is not documented: the change
 * is nothing, or one principal for another. Not known either way: may broaden.
 */
function respeltPrincipal(sides: Sides, part: Grant): Verdict | undefined {
  if (sides.respelt.size === 0) return undefined
  for (const entry of [...(part.principal ?? []), ...(part.notPrincipal ?? [])]) {
    const [type, value] = principalParts(entry)
    const pair = RESPELT_TYPES.has(type) ? sides.respelt.get(principalEntry(type, value.toLowerCase())) : undefined
    if (pair) {
      const noun = type === 'Service' ? 'service principal' : `${type} principal`
      return mayBroaden(
        `the base version names the ${noun} \`${pair[0]}\` and the head version \`${pair[1]}\`; whether IAM compares ${noun}s without regard to case is not documented, so what the change does is not known`
      )
    }
  }
  return undefined
}

/** The principal types whose case IAM documents nothing of (an AWS principal's user name is case-sensitive). */
const RESPELT_TYPES: ReadonlySet<string> = new Set(['Service', 'Federated'])

/**
 * Service and Federated principals spelt alike but for case in the two
 * versions, where one version has a spelling the other has not: type and
 * lower-cased name (principalEntry) -> [a spelling of the base version's, one
 * of the head version's], the two differing where they can. One pass over
 * each version's principals.
 */
function principalsRespelt(before: readonly DiffStatement[], after: readonly DiffStatement[]): Map<string, [string, string]> {
  const spellings = (statements: readonly DiffStatement[]) => {
    const byName = new Map<string, Set<string>>()
    for (const st of statements) {
      for (const entry of [...(st.principal ?? []), ...(st.notPrincipal ?? [])]) {
        const [type, value] = principalParts(entry)
        if (!RESPELT_TYPES.has(type)) continue
        const name = principalEntry(type, value.toLowerCase())
        const set = byName.get(name) ?? new Set<string>()
        set.add(value)
        byName.set(name, set)
      }
    }
    return byName
  }
  const b = spellings(before)
  const a = spellings(after)
  const respelt = new Map<string, [string, string]>()
  for (const [name, bs] of b) {
    const as = a.get(name)
    if (!as) continue
    const onlyBefore = [...bs].find((v) => !as.has(v))
    const onlyAfter = [...as].find((v) => !bs.has(v))
    if (onlyBefore === undefined && onlyAfter === undefined) continue
    respelt.set(name, [onlyBefore ?? [...bs][0], onlyAfter ?? [...as][0]])
  }
  return respelt
}

/** `part` is something the before version's statement applied to: does the after version still? */
function shrinks(sides: Sides, part: Grant, counterpart?: DiffStatement): Verdict {
  return unlessMaybeNothing(sides, part, 'shrinks', shrinksDecided(sides, part, counterpart))
}

function shrinksDecided(sides: Sides, part: Grant, counterpart?: DiffStatement): Verdict {
  const settled = settledBeforeCover(sides, part)
  if (settled) return settled
  const by = sides.after[part.effect].find(part, counterpart)
  if (by) return coveredBy(by)
  if (part.effect === 'Allow') {
    const denied = sides.before.Deny.find({ ...part, effect: 'Deny' })
    if (denied) return { rating: 'neutral', reason: `no effect: denied by ${statementsNamed(denied)}` }
    return onlyWithoutArn(sides, part, 'shrinks', counterpart) ?? { rating: 'narrows' }
  }
  return denyOnNothingAllowed(sides, part, 'shrinks') ?? onlyWithoutArn(sides, part, 'shrinks', counterpart) ?? { rating: 'broadens' }
}

const mayBroaden = (why: string): Verdict => ({ rating: 'broadens', explanation: `may broaden: ${why}`, undecided: true })
const mayNarrow = (why: string): Verdict => ({ rating: 'narrows', explanation: `may narrow: ${why}`, undecided: true })

/**
 * An undecided comparison of a statement that can only apply to more requests
 * (`grows`) or only to fewer: on an Allow the first may broaden and the second
 * may only narrow, on a Deny the other way round. Undecided both ways: may broaden.
 */
function undecided(s: DiffStatement, grows_: boolean | undefined, why: string): Verdict {
  if (grows_ === undefined) return mayBroaden(why)
  return grows_ === (s.effect === 'Allow') ? mayBroaden(why) : mayNarrow(why)
}

const refOf = (s: DiffStatement): StatementRef =>
  s.sid !== undefined ? { side: s.side, index: s.index, sid: s.sid } : { side: s.side, index: s.index }

function coverReason(v: Verdict, direction: 'grows' | 'shrinks', effect: Effect, self: DiffStatement[]): string {
  if (v.rating !== 'neutral') return ''
  if (v.reason) return v.reason
  if (!v.coveredBy) return ''
  const verb = effect === 'Allow' ? 'allowed' : 'denied'
  const when = direction === 'grows' ? 'already' : 'still'
  // The statement's own other version: said so, since "this statement" reads as the version the row shows.
  const name = (s: DiffStatement) => (self.includes(s) ? `the ${s.side === 'before' ? 'base' : 'head'} version of this statement` : text.statementName(s))
  const by = v.coveredTogetherBy ? `${listText(v.coveredTogetherBy.map(name), 3, ' and ')} together` : name(v.coveredBy)
  return `${when} ${verb} by ${by}`
}

/** The verdict of a change the statements `by` cover (together, when more than one). */
function coveredBy(by: DiffStatement[]): Verdict {
  return by.length > 1 ? { rating: 'neutral', coveredBy: by[0], coveredTogetherBy: by } : { rating: 'neutral', coveredBy: by[0] }
}

/** "statement #2", or "statement #2 and statement 'X'" for statements that together deny something. */
function statementsNamed(statements: DiffStatement[]): string {
  return listText(statements.map(text.statementName), 3, ' and ')
}

function coverText(v: Verdict, direction: 'grows' | 'shrinks', effect: Effect, self: DiffStatement[]): string {
  const reason = coverReason(v, direction, effect, self)
  return reason ? ` (${reason})` : ''
}

const DIMENSIONS = [
  { pos: 'action', neg: 'notAction', posName: 'Action', negName: 'NotAction', dimension: actionDimension },
  { pos: 'resource', neg: 'notResource', posName: 'Resource', negName: 'NotResource', dimension: resourceDimension },
  // A dimension's `dimension` compares the values of its Not* list (excludedBy): a NotPrincipal spares what it names.
  { pos: 'principal', neg: 'notPrincipal', posName: 'Principal', negName: 'NotPrincipal', dimension: excludedPrincipalDimension }
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
    const explanation = v.explanation ?? (v.rating === 'neutral' ? (rated ? coverReason(v, direction, a.effect, pair) : 'rated with the Effect change') || summary : summary)
    const full: ElementChange = { ...change, rating: v.rating, summary: summary + why, explanation }
    if (v.undecided) full.undecided = true
    if (v.rating === 'neutral' && v.coveredBy) full.coveredBy = refOf(v.coveredBy)
    out.push(full)
    return full
  }
  for (const d of DIMENSIONS) dimensionChanges(sides, b, a, d, push)
  conditionChanges(sides, b, a, push)
  return out
}

type Push = (
  change: Omit<ElementChange, 'rating' | 'summary' | 'coveredBy' | 'explanation' | 'undecided'>,
  verdict: Verdict,
  direction: 'grows' | 'shrinks',
  summary: string
) => ElementChange

function valueFields(d: Dim, element: ElementName, kind: 'added' | 'removed', s: DiffStatement, v: string) {
  if (d.pos !== 'principal') return { element, kind, value: d.pos === 'action' ? text.spelled(s, v) : v }
  const [principalType, value] = principalParts(v)
  return { element, kind, value, principalType }
}

function shown(d: Dim, s: DiffStatement, v: string): string {
  if (d.pos === 'action') return text.spelled(s, v)
  if (d.pos === 'principal') return text.principalText(v)
  return text.resourceShown(s, v)
}

/**
 * An action wildcard added or removed where the other version lists every
 * action it matches today: the difference is only in the actions AWS may add
 * later, and the explanation says exactly that.
 */
function futureOnly(verdict: Verdict, s: DiffStatement, v: string, others: readonly string[] | undefined, kind: 'added' | 'removed', work: DiffWork): Verdict {
  if (!hasWildcard(v) || !others) return verdict
  // The catalogue's expansion of the pattern counts too.
  const today = actionsMatchingWithin(v, work)
  if (today === undefined || today.length === 0 || today.length > 200) return verdict
  // `v` is in one version only (see dimensionChanges), so `others` (the other's list) never holds it and the index answers.
  const rest = others.includes(v) ? others.filter((o) => o !== v) : others
  if (!today.every((x) => someCovers(actionDimension, rest, x.fullName.toLowerCase(), work))) return verdict
  const matched = `\`${text.spelled(s, v)}\` matches ${listText(today.map((x) => x.fullName), 4)} today`
  const verb = s.effect === 'Allow' ? 'allowed' : 'denied'
  const explanation =
    verdict.rating === 'broadens'
      ? `broadens only to actions AWS may add later: ${matched}, all ${kind === 'added' ? `${verb} before` : `still ${verb}`}`
      : `narrows only actions AWS may add later: ${matched}, all ${kind === 'added' ? `${verb} before` : `still ${verb}`}`
  return { ...verdict, explanation }
}

/** What a statement applies to in one dimension, in words: "s3:GetObject on every resource except X (NotResource)". */
function scopeText(d: Dim, s: DiffStatement): string {
  if (d.pos === 'action') return `${text.actionsText(s)}${s.notAction ? ' (NotAction)' : ''} on ${text.resourcesText(s)}`
  if (d.pos === 'resource') return `${text.actionsText(s)} on ${text.resourcesText(s)}${s.notResource ? ' (NotResource)' : ''}`
  return `${text.actionsText(s)} ${text.principalsText(s) ?? ''}${s.notPrincipal ? ' (NotPrincipal)' : ''}`
}

const NOUNS = { action: 'actions', resource: 'resources', principal: 'principals' } as const

/**
 * Why a value added (`grows`) or removed (`shrinks`) is rated so, when no
 * other statement decides it: no statement of the other version applied to it.
 */
function notCoveredText(part: DiffStatement, direction: 'grows' | 'shrinks'): string {
  const allow = part.effect === 'Allow'
  return direction === 'grows'
    ? `no statement of the base version ${allow ? 'allowed' : 'denied'} ${text.grantText(part)}`
    : `no statement of the head version ${allow ? 'allows' : 'denies'} ${text.grantText(part)}`
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
    if (d.pos === 'resource') {
      const note = text.variableNote(s, value)
      return `${verb} resource ${value} ${deny ? `${link} the Deny of` : 'for'} ${text.actionsText(s)}${note ? `, ${s.side === 'after' ? 'now' : 'was'} ${note}` : ''}`
    }
    return `${verb} principal ${value}${deny ? ` ${link} the Deny` : ''}`
  }
  const negativeText = (kind: 'added' | 'removed', s: DiffStatement, v: string): string =>
    kind === 'added' ? `excludes ${shown(d, s, v)} (${d.negName})` : `stops excluding ${shown(d, s, v)} (${d.negName})`
  /** Why a value is rated so: its Version note (a policy variable read another way), else what no statement of the other version did. */
  const valueWhy = (s: DiffStatement, v: string, part: DiffStatement, direction: 'grows' | 'shrinks'): string => {
    const value = shown(d, s, v)
    const note = d.pos === 'resource' ? text.variableNote(s, value) : ''
    return note ? `${value} ${s.side === 'after' ? 'is now' : 'was'} ${note}` : notCoveredText(part, direction)
  }
  const listShown = (s: DiffStatement, values: readonly string[]) => listText(values, 3, ', ', (v) => shown(d, s, v))
  const verbOf = (s: DiffStatement) => (s.effect === 'Allow' ? 'allows' : 'denies')
  /** An example the "every … except" side takes in that the listed side does not (see ./examples.ts). */
  const example = (listed: readonly string[], listedBy: DiffStatement, excluded: readonly string[]): string => {
    const spelledList = d.pos === 'action' ? listed.map((v) => text.spelled(listedBy, v)) : listed
    const found = exampleOutside(d.pos, spelledList, excluded, sides.work)
    return found === undefined ? '' : `, e.g. ${found}`
  }

  // Same form on both sides (or Action in one and NotAction in the other):
  // values rated one by one. A switch of form is rated on the whole statement
  // for its "everything except" side.
  const sameForm = (bPos && aPos && !bNeg && !aNeg) || (bNeg && aNeg && !bPos && !aPos)
  // Each loop stops once the work budget is spent: the diff's result then says so, and rates nothing.
  const afterSwitch: (() => void)[] = []
  for (const v of minus(aPos, bPos)) {
    if (sides.work.spent) return
    const part = { ...a, [d.pos]: [v] }
    let verdict = grows(sides, part, b)
    if (d.pos === 'action' && verdict.rating !== 'neutral') verdict = futureOnly(verdict, a, v, bPos, 'added', sides.work)
    push(valueFields(d, d.posName, 'added', a, v), withExplanation(verdict, valueWhy(a, v, part, 'grows')), 'grows', positiveText('added', a, v))
  }
  for (const v of minus(bPos, aPos)) {
    if (sides.work.spent) return
    const part = { ...b, [d.pos]: [v] }
    let verdict = shrinks(sides, part, a)
    if (d.pos === 'action' && verdict.rating !== 'neutral') verdict = futureOnly(verdict, b, v, aPos, 'removed', sides.work)
    if (aNeg && !aPos && verdict.rating !== 'neutral' && !verdict.explanation) {
      // Listed before, "every … except" now: what is lost is the part of the value the Not* list takes out, not the
      // value. Said after the switch itself (pushed below), which is what the statement now does.
      const excluded = listShown(a, aNeg)
      const summary = `no longer ${verbOf(b)} ${scopeText(d, part)} where ${d.negName} excludes it (${excluded})`
      const explanation = `removes the ${NOUNS[d.pos]} of ${shown(d, b, v)} that ${d.negName} excludes: ${excluded}`
      const fields = valueFields(d, d.posName, 'removed', b, v)
      const lost = verdict
      afterSwitch.push(() => push(fields, { ...lost, explanation }, 'shrinks', summary))
      continue
    }
    push(valueFields(d, d.posName, 'removed', b, v), withExplanation(verdict, valueWhy(b, v, part, 'shrinks')), 'shrinks', positiveText('removed', b, v))
  }
  const excludedBy = (list: readonly string[] = [], v: string) => someCovers(d.dimension, list, v, sides.work)
  // A switch of form is said once for the whole list (every value of it gets the same verdict and text).
  let switchText: { summary: string; explanation: string } | undefined
  for (const v of minus(aNeg, bNeg)) {
    if (sides.work.spent) return
    let verdict: Verdict
    if (!sameForm) {
      verdict = grows(sides, a, b)
      if (bPos && aNeg) {
        // Listed before, "every … except" now: the statement reaches everything outside its old list.
        switchText ??= (() => {
          const summary = `now ${verbOf(a)} ${scopeText(d, a)}`
          return { summary, explanation: `${summary}: adds ${NOUNS[d.pos]} outside ${listShown(b, bPos)}${example(bPos, b, aNeg)}` }
        })()
        push(valueFields(d, d.negName, 'added', a, v), withExplanation(verdict, switchText.explanation), 'grows', switchText.summary)
        continue
      }
    } else if (excludedBy(bNeg, v)) verdict = { rating: 'neutral', reason: 'already excluded' }
    else verdict = shrinks(sides, { ...b, [d.neg]: undefined, [d.pos]: [v] }, a)
    const part = sameForm ? { ...b, [d.neg]: undefined, [d.pos]: [v] } : a
    push(valueFields(d, d.negName, 'added', a, v), withExplanation(verdict, notCoveredText(part, sameForm ? 'shrinks' : 'grows')), sameForm ? 'shrinks' : 'grows', negativeText('added', a, v))
  }
  // A switch to a Not* list with no values: it excludes nothing, so the statement now reaches everything in this
  // dimension (the evaluator reads it so), and no value of it is there for the loop above to rate.
  if (!sameForm && aNeg?.length === 0) {
    if (sides.work.spent) return
    const summary = `now ${verbOf(a)} ${scopeText(d, a)}`
    const outside = bPos ? `, so it adds ${NOUNS[d.pos]} outside ${listShown(b, bPos)}` : ''
    push({ element: d.negName, kind: 'added' }, withExplanation(grows(sides, a, b), `${summary}: an empty ${d.negName} excludes nothing${outside}`), 'grows', summary)
  }
  for (const pushLost of afterSwitch) pushLost()
  switchText = undefined
  for (const v of minus(bNeg, aNeg)) {
    if (sides.work.spent) return
    let verdict: Verdict
    if (!sameForm) {
      verdict = shrinks(sides, b, a)
      if (bNeg && aPos) {
        // "Every … except" before, listed now: the statement leaves everything outside its new list.
        switchText ??= (() => {
          const summary = `no longer ${verbOf(b)} ${scopeText(d, b)}, only ${listShown(a, aPos)}`
          return { summary, explanation: `${summary}: removes ${NOUNS[d.pos]} outside ${listShown(a, aPos)}${example(aPos, a, bNeg)}` }
        })()
        push(valueFields(d, d.negName, 'removed', b, v), withExplanation(verdict, switchText.explanation), 'shrinks', switchText.summary)
        continue
      }
    } else if (excludedBy(aNeg, v)) verdict = { rating: 'neutral', reason: 'still excluded' }
    else verdict = grows(sides, { ...a, [d.neg]: undefined, [d.pos]: [v] }, b)
    const part = sameForm ? { ...a, [d.neg]: undefined, [d.pos]: [v] } : b
    push(valueFields(d, d.negName, 'removed', b, v), withExplanation(verdict, notCoveredText(part, sameForm ? 'grows' : 'shrinks')), sameForm ? 'grows' : 'shrinks', negativeText('removed', b, v))
  }
  // A switch from a Not* list with no values, which reached everything in this dimension (see the added case above).
  if (!sameForm && bNeg?.length === 0) {
    if (sides.work.spent) return
    const summary = `no longer ${verbOf(b)} ${scopeText(d, b)}${aPos ? `, only ${listShown(a, aPos)}` : ''}`
    const outside = aPos ? `, so it removes ${NOUNS[d.pos]} outside ${listShown(a, aPos)}` : ''
    push({ element: d.negName, kind: 'removed' }, withExplanation(shrinks(sides, b, a), `${summary}: the empty ${d.negName} excluded nothing${outside}`), 'shrinks', summary)
  }
}

/** "`value`" as a reviewer reads a witness value of one key. */
function keyValueText(value: string | string[] | undefined): string {
  if (value === undefined) return 'requests without the key'
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `\`[${value.join(', ')}]\``
  return `\`${value}\``
}

/**
 * A condition restricts when its statement applies. Each key is compared as
 * the set of request values its clauses admit (./conditions/): after admits
 * more -> the statement grows (an Allow broadens, a Deny narrows), fewer -> it
 * shrinks, both -> two changes, the same set -> neutral. A key tested by one
 * operator in both versions is reported value by value.
 */
/**
 * Key changes of one statement whose lost and gained parts are rated apart
 * (outsideOf): each copies the condition block, which a hostile block makes
 * thousands of keys long, so only the first few are.
 */
const REFINED_KEYS = 8

function conditionChanges(sides: Sides, b: DiffStatement, a: DiffStatement, push: Push): void {
  let refined = 0
  // Counted over every key of the statement, not key by key: a block of thousands of keys, each with a value
  // changed, made thousands of copies of itself, each parsed again (2,000 keys took 27 s, little of it counted work).
  let refinedValues = 0
  const mayRefineValue = () => refinedValues++ < REFINED_VALUES
  for (const cmp of compareConditionBlocks(b.condition, a.condition, sides.work)) {
    if (sides.work.spent) return
    const keyText = text.spelled(cmp.after.length > 0 ? a : b, cmp.key)
    const one = cmp.before.length === 1 && cmp.after.length === 1 && cmp.before[0].operator === cmp.after[0].operator
    if (one && cmp.before[0].op && cmp.before[0].op.base !== 'Null') valueChanges(sides, b, a, cmp, keyText, push, mayRefineValue)
    else keyChange(sides, b, a, cmp, keyText, push, refined++ < REFINED_KEYS)
  }
}

/** The after statement takes in requests the before one did not: what that does. */
const gained = (sides: Sides, b: DiffStatement, a: DiffStatement) => grows(sides, a, b)
/** The before statement took in requests the after one does not. */
const lost = (sides: Sides, b: DiffStatement, a: DiffStatement) => shrinks(sides, b, a)

type Witnessed = string | string[] | undefined

/** "requests with `aws:SourceVpce` = `vpce-9999`", "requests without `aws:SourceVpce`". */
function requestsText(keyText: string, witnesses: readonly Witnessed[]): string {
  const values = witnesses.filter((w) => w !== undefined).map(keyValueText)
  const parts = values.length > 0 ? [`requests with \`${keyText}\` = ${listText(values, 3, ' or ')}`] : []
  if (witnesses.includes(undefined)) parts.push(`requests without \`${keyText}\``)
  return parts.join(' or ')
}

/**
 * The explanation of one condition key's change, said once for both
 * directions: "changed from `ext-123` to `ext-456`: now admits `ext-456`, no
 * longer `ext-123`" (two lines, "widened from X to Y" and "narrowed from X to
 * Y", read as a contradiction). On a Deny it says which requests the Deny
 * now also takes in, or no longer does. Each rated change of the key gets
 * the one text once the key is done (settle).
 */
class KeyWords {
  private readonly gained: Witnessed[] = []
  private readonly lost: Witnessed[] = []
  /** The witnesses seen, by their JSON: a key with thousands of changed values is not searched value by value. */
  private readonly seen = new Set<string>()
  /** The one-direction texts explain gave: settle replaces only those (not a "may broaden" or a Deny's own reason). */
  private readonly given = new Set<string>()
  private readonly told: ElementChange[] = []

  constructor(
    private readonly keyText: string,
    private readonly from: string,
    private readonly to: string,
    private readonly s: DiffStatement
  ) {}

  /** The verdict with this key's explanation (for now, of this one direction), when the verdict has none of its own. */
  explain(v: Verdict, wider: boolean, witness: Witnessed): Verdict {
    if (v.rating === 'neutral' || v.explanation) return v
    const id = `${wider ? '+' : '-'}${JSON.stringify(witness) ?? ''}`
    if (!this.seen.has(id)) {
      this.seen.add(id)
      ;(wider ? this.gained : this.lost).push(witness)
    }
    const explanation = this.text(wider ? [witness] : [], wider ? [] : [witness])
    this.given.add(explanation)
    return { ...v, explanation }
  }

  /** Remembers a pushed change whose explanation may be this key's. */
  record(change: ElementChange): void {
    this.told.push(change)
  }

  /** Gives every change that carries this key's explanation the text of both directions. */
  settle(): void {
    if (this.given.size === 0) return
    const whole = this.text(this.gained, this.lost)
    for (const change of this.told) if (this.given.has(change.explanation)) change.explanation = whole
  }

  private text(gained: readonly Witnessed[], lost: readonly Witnessed[]): string {
    const head = `condition \`${this.keyText}\` changed from ${this.from} to ${this.to}`
    if (this.s.effect === 'Deny') {
      const more = gained.length > 0 ? `the Deny now also applies to ${requestsText(this.keyText, gained)}` : ''
      const less = lost.length > 0 ? `${more ? 'and' : 'the Deny'} no longer ${more ? 'to' : 'applies to'} ${requestsText(this.keyText, lost)}` : ''
      return `${head}: ${[more, less].filter(Boolean).join(', ')}`
    }
    const admits = gained.length > 0 ? `now admits ${listText(gained.map(keyValueText))}` : ''
    const not = lost.length > 0 ? `no longer ${admits ? '' : 'admits '}${listText(lost.map(keyValueText))}` : ''
    return `${head}: ${[admits, not].filter(Boolean).join(', ')}`
  }
}

function withExplanation(v: Verdict, explanation: string): Verdict {
  return v.rating === 'neutral' || v.explanation ? v : { ...v, explanation }
}

/** One operator on the key in both versions: each added or removed value rated on its own. */
function valueChanges(sides: Sides, b: DiffStatement, a: DiffStatement, cmp: KeyComparison, keyText: string, push: Push, mayRefine: () => boolean): void {
  const bc = cmp.before[0]
  const ac = cmp.after[0]
  const operator = ac.operator
  const where = { element: 'Condition' as const, operator, key: keyText }
  const from = clausesText(cmp.before, false)
  const to = clausesText(cmp.after, false)
  const words = new KeyWords(keyText, `\`${from}\``, `\`${to}\``, a)
  // Whether the whole statement grows (or shrinks) does not depend on which value changed: judged once per key, not
  // once per value (each judgement splits the statement by its values, so once per value was quadratic).
  let grown: Verdict | undefined
  let shrunk: Verdict | undefined
  // What one value adds (or takes away) lies within the statement limited to that value on the key: a statement that
  // covers that part (a Deny that refused it already, another Allow that still grants it) settles the value where it
  // does not cover the whole statement. Not for a negated operator (a value there excludes requests) nor ForAllValues:
  // (a list may hold the value next to others), where that part would not hold all of the change; for a few values.
  const byValue = !ac.negated && ac.op !== undefined && ac.op.set !== 'ForAllValues'
  const rate = (proof: Proof, grows_: boolean, neutralReason: string, value: string): Verdict => {
    if (proof.holds === true) return { rating: 'neutral', reason: neutralReason }
    const v = { ...(grows_ ? (grown ??= gained(sides, b, a)) : (shrunk ??= lost(sides, b, a))) }
    if (v.rating !== 'neutral' && byValue && mayRefine()) {
      const part = limitedToValue(grows_ ? a : b, operator, cmp.key, value)
      const settled = part && (grows_ ? grows(sides, part, b) : shrinks(sides, part, a))
      if (settled?.rating === 'neutral') return settled
    }
    // Another statement that covers (or a Deny that takes back) the whole statement settles it either way.
    if (proof.holds === 'unknown') return v.rating === 'neutral' ? v : undecided(a, grows_, proof.why)
    return words.explain(v, grows_, proof.witness)
  }
  const work = sides.work
  // Each value is rated with a clause of all the other side's values and it: work the budget counts.
  for (const v of minus(ac.values, bc.values)) {
    if (!work.spend(readWork(bc.values.length, charsOf(bc.values)))) return
    const bigger = clauseWith(bc, v)
    // A positive operator: the value admits more unless already admitted; a negated one: it excludes more unless already excluded.
    const verdict = ac.negated
      ? rate(keySubset(cmp.key, [bc], [bigger], work), false, `${v} was already excluded`, v)
      : rate(keySubset(cmp.key, [bigger], [bc], work), true, `${v} was already admitted by ${from}`, v)
    words.record(push({ ...where, kind: 'added', value: v }, verdict, ac.negated ? 'shrinks' : 'grows', `adds ${v} to condition ${operator} ${keyText}`))
  }
  for (const v of minus(bc.values, ac.values)) {
    if (!work.spend(readWork(ac.values.length, charsOf(ac.values)))) return
    const bigger = clauseWith(ac, v)
    const verdict = ac.negated
      ? rate(keySubset(cmp.key, [ac], [bigger], work), true, `${v} is still excluded`, v)
      : rate(keySubset(cmp.key, [bigger], [ac], work), false, `${v} is still admitted by ${to}`, v)
    words.record(push({ ...where, kind: 'removed', value: v }, verdict, ac.negated ? 'grows' : 'shrinks', `removes ${v} from condition ${operator} ${keyText}`))
  }
  words.settle()
}

/**
 * `s` limited to the requests that fail `other` on the key (`other`'s
 * opposite added to `s`'s condition): what `s` takes in that the statement
 * tested with `other` does not. Rating that part, not all of `s`, lets a Deny
 * (or another Allow) that covers just it settle the change: `Allow` with
 * `IpAddress 10.0.0.0/8` loses only requests a `Deny` with `NotIpAddress
 * 10.0.0.0/8` refused already. `s` itself when there is no such opposite
 * (oppositeOf) or the block already tests the key with its operator.
 */
function outsideOf(s: DiffStatement, key: string, other: readonly Clause[]): DiffStatement {
  const opposite = other.length > 0 ? oppositeOf(key, other) : undefined
  if (!opposite) return s
  const condition: ConditionMap = { ...s.condition }
  for (const { operator, values } of opposite) {
    const block = condition[operator] ?? {}
    if (Object.keys(block).some((k) => k.toLowerCase() === key)) return s
    condition[operator] = { ...block, [key]: values }
  }
  return { ...s, condition }
}

/** Values rated on their own part of the statement (limitedToValue), over all its keys: each copies the condition block. */
const REFINED_VALUES = 8

/** `s` with the clause `operator` on `key` limited to `value`; undefined when the block spells the key more than one way. */
function limitedToValue(s: DiffStatement, operator: string, key: string, value: string): DiffStatement | undefined {
  const block = s.condition[operator]
  if (!block) return undefined
  const spellings = Object.keys(block).filter((k) => k.toLowerCase() === key)
  if (spellings.length !== 1) return undefined
  return { ...s, condition: { ...s.condition, [operator]: { ...block, [spellings[0]]: [value] } } }
}

/** The key tested differently (another operator, IfExists, a new or removed key): one comparison of the two sets. */
function keyChange(sides: Sides, b: DiffStatement, a: DiffStatement, cmp: KeyComparison, keyText: string, push: Push, refine: boolean): void {
  // The part of each version the other does not take in, where it can be written (outsideOf).
  const gained = (sides: Sides, b: DiffStatement, a: DiffStatement) => grows(sides, refine ? outsideOf(a, cmp.key, cmp.before) : a, b)
  const lost = (sides: Sides, b: DiffStatement, a: DiffStatement) => shrinks(sides, refine ? outsideOf(b, cmp.key, cmp.after) : b, a)
  const kind: ElementChange['kind'] = cmp.before.length === 0 ? 'added' : cmp.after.length === 0 ? 'removed' : 'changed'
  const shown = kind === 'removed' ? cmp.before : cmp.after
  const field = {
    element: 'Condition' as const,
    kind,
    operator: shown.map((c) => c.operator).join(' and '),
    key: keyText,
    values: shown.flatMap((c) => c.values)
  }
  const conditionText = (clauses: Clause[]) => clauses.map((c) => text.conditionText(c.operator, keyText, c.values)).join(' and ')
  const summary =
    kind === 'added'
      ? `adds condition ${conditionText(cmp.after)}`
      : kind === 'removed'
        ? `removes condition ${conditionText(cmp.before)}`
        : `changes condition ${keyText} from ${clausesText(cmp.before)} to ${clausesText(cmp.after)}`
  const from = `\`${clausesText(cmp.before)}\``
  const to = `\`${clausesText(cmp.after)}\``
  const moreProof = cmp.afterInBefore // holds: nothing gained
  const lessProof = cmp.beforeInAfter // holds: nothing lost
  if (moreProof.holds === 'unknown' || lessProof.holds === 'unknown') {
    const why = moreProof.holds === 'unknown' ? moreProof.why : (lessProof as { why: string }).why
    // Proven to gain nothing: the statement can only apply less often (and the other way round).
    const grows_ = moreProof.holds === true ? false : lessProof.holds === true ? true : undefined
    // Each direction that may have changed is settled when other statements cover it.
    const gain = moreProof.holds === true ? undefined : gained(sides, b, a)
    const loss = lessProof.holds === true ? undefined : lost(sides, b, a)
    const settledGain = gain === undefined || gain.rating === 'neutral'
    const settledLoss = loss === undefined || loss.rating === 'neutral'
    if (settledGain && settledLoss) {
      push(field, (gain ?? loss) as Verdict, grows_ === false ? 'shrinks' : 'grows', summary)
      return
    }
    if (!settledGain && !settledLoss) {
      // Neither direction is proven away nor settled by other statements. One the comparison refuted (a value one
      // side admits and the other does not) is a decided change, said as such: a Deny's ForAllValues:StringLike
      // widened to StringLikeIfExists on a list key denies more, which one "may broaden" for the whole key hid. The
      // direction it could not decide counts only where it would broaden (an Allow that takes in more, a Deny that
      // takes in less): the undecided part of a change counts as broadening, never as narrowing.
      const words = new KeyWords(keyText, cmp.before.length ? from : 'no condition', cmp.after.length ? to : 'no condition', a)
      const allow = a.effect === 'Allow'
      if (moreProof.holds === false) words.record(push(field, words.explain(gain as Verdict, true, moreProof.witness), 'grows', summary))
      else if (moreProof.holds === 'unknown' && allow) push(field, undecided(a, true, moreProof.why), 'grows', summary)
      if (lessProof.holds === false) words.record(push(field, words.explain(loss as Verdict, false, lessProof.witness), 'shrinks', summary))
      else if (lessProof.holds === 'unknown' && !allow) push(field, undecided(a, false, lessProof.why), 'shrinks', summary)
      words.settle()
      return
    }
    push(field, undecided(a, settledGain ? false : settledLoss ? true : grows_, why), settledGain ? 'shrinks' : 'grows', summary)
    return
  }
  if (moreProof.holds && lessProof.holds) {
    push(field, { rating: 'neutral', reason: `${from} and ${to} admit the same values of \`${keyText}\`` }, 'grows', summary)
    return
  }
  const words = new KeyWords(keyText, cmp.before.length ? from : 'no condition', cmp.after.length ? to : 'no condition', a)
  if (!moreProof.holds) words.record(push(field, words.explain(gained(sides, b, a), true, moreProof.witness), 'grows', summary))
  if (!lessProof.holds) words.record(push(field, words.explain(lost(sides, b, a), false, lessProof.witness), 'shrinks', summary))
  words.settle()
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
    const summary = `changes Effect from ${b.effect} to ${a.effect}`
    const change: ElementChange = {
      element: 'Effect',
      kind: 'changed',
      from: b.effect,
      to: a.effect,
      rating: verdict.rating,
      summary,
      explanation: verdict.explanation ?? (verdict.rating === 'neutral' ? verdict.reason ?? summary : summary)
    }
    if (verdict.rating === 'neutral' && gone.coveredBy && come.coveredBy) {
      change.coveredBy = refOf(come.coveredBy)
      change.summary += ` (covered by ${text.statementName(gone.coveredBy)} and ${text.statementName(come.coveredBy)})`
      change.explanation = `covered by ${text.statementName(gone.coveredBy)} and ${text.statementName(come.coveredBy)}`
    }
    changes.push(change)
  }
  changes.push(...elementChanges(sides, b, a, !effectChanged))
  const rating = rollUp(changes.map((c) => c.rating))
  const shownChanges = [...changes.filter((c) => c.rating !== 'neutral'), ...changes.filter((c) => c.rating === 'neutral')]
  const folded = [...new Set([...b.folded, ...a.folded])]
  // A switch to NotAction (or back) is said once for the whole list: each of its values carries the same summary.
  const what = shownChanges.length > 0 ? listText([...new Set(shownChanges.map((c) => c.summary))], 4, '; ') : `rewritten (${listText(folded, 2, '; ')})`
  const explanation =
    changes.length > 0 && (rating !== 'neutral' || folded.length === 0)
      ? explanationOf(changes)
      : `same access, written differently: ${listText(folded, 2, '; ')}`
  const out: StatementChange = {
    kind: 'modified',
    matchedBy: by,
    before: refOf(b),
    after: refOf(a),
    effect: a.effect,
    rating,
    changes,
    summary: `${text.statementName(a)}: ${what}`,
    explanation
  }
  if (changes.some((c) => c.undecided)) out.undecided = true
  return out
}

/** The distinct explanations of a statement's changes, the rated ones first, on one line. */
function explanationOf(changes: readonly ElementChange[]): string {
  const rated = changes.filter((c) => c.rating !== 'neutral').map((c) => c.explanation)
  const lines = [...new Set(rated.length > 0 ? rated : changes.map((c) => c.explanation))]
  return listText(lines, 3, '; ')
}

function wholeStatement(sides: Sides, s: DiffStatement, kind: 'added' | 'removed'): StatementChange {
  const verdict = kind === 'added' ? grows(sides, s) : shrinks(sides, s)
  const verb = kind === 'added' ? 'adds' : 'removes'
  const direction = kind === 'added' ? 'grows' : 'shrinks'
  const summary = `${verb} ${text.statementName(s)}: ${text.statementText(s)}`
  const change: StatementChange = {
    kind,
    [kind === 'added' ? 'after' : 'before']: refOf(s),
    effect: s.effect,
    rating: verdict.rating,
    changes: [],
    summary: `${summary}${coverText(verdict, direction, s.effect, [])}`,
    explanation: verdict.explanation ?? (verdict.rating === 'neutral' ? coverReason(verdict, direction, s.effect, []) : `${kind === 'added' ? 'a new' : 'a removed'} ${s.effect} that no other statement ${kind === 'added' ? 'already' : 'still'} ${s.effect === 'Allow' ? 'grants' : 'denies'}`)
  }
  if (verdict.rating === 'neutral' && verdict.coveredBy) change.coveredBy = refOf(verdict.coveredBy)
  // A statement added or removed whole is undecided as its one comparison is ("may broaden").
  if (verdict.undecided) change.undecided = true
  return change
}

/** The first Action or NotAction of the statements with a wildcard in its service prefix; one pass over them. */
function firstRefusedAction(statements: readonly DiffStatement[]): string | undefined {
  for (const s of statements) {
    const found = s.action?.find(hasVendorWildcard) ?? s.notAction?.find(hasVendorWildcard)
    // As written: the canonical form is lower-cased, and the reader looks for the text in the file.
    if (found !== undefined) return s.spelling.get(found) ?? found
  }
  return undefined
}

/** A version as a policy, or undefined (with the side noted in `invalid` when it is there but not a policy). */
function policyOf(value: unknown, side: Side, invalid: Side[]): NormalPolicy | undefined {
  if (value === undefined) return undefined
  const policy = normalisePolicy(value)
  if (!policy) invalid.push(side)
  return policy
}

/** Both versions' statements as the diff reads them (see ./variables.ts for why they are read alike). */
function readBoth(before: unknown, after: unknown, invalid: Side[]): Record<Side, { statements: DiffStatement[]; version?: string }> {
  const b = policyOf(before, 'before', invalid)
  const a = policyOf(after, 'after', invalid)
  const alike = readAlike(b, a)
  // When the versions read policy variables differently, each statement knows how its own reads them (for the texts);
  // one that reads them as text knows it always (its `${` is spelt `${$}{`, which is shown as written).
  const differ = b && a && readsPolicyVariables(b.version) !== readsPolicyVariables(a.version)
  const reading = (p: NormalPolicy | undefined) =>
    p && (differ || !readsPolicyVariables(p.version))
      ? { literal: !readsPolicyVariables(p.version), version: p.version === undefined ? 'a policy without a Version' : `Version ${p.version}`, ...(differ ? {} : { alike: true as const }) }
      : undefined
  const bReading = reading(b)
  const aReading = reading(a)
  return {
    before: { statements: alike.before.map((s) => toDiffStatement(s, 'before', bReading)), version: b?.version },
    after: { statements: alike.after.map((s) => toDiffStatement(s, 'after', aReading)), version: a?.version }
  }
}

type Direction = 'broadens' | 'narrows'

/** Why a direction the comparisons claimed is dropped, as the explanation of a change that claimed it goes on. */
const DROPPED = {
  broadensByProof: 'but no request is newly allowed: everything the after version allows, the before version allowed (shown from both versions\' statements, Denies included)',
  narrowsByProof: 'but no request is newly refused: everything the before version allowed, the after version allows (shown from both versions\' statements, Denies included)'
}

/**
 * The file's verdict: each direction the changes claim stays, so that a
 * direction that happens is never left out (hiding a broadening from a
 * reviewer is the worse mistake), but it is said as decided only where it is
 * shown. A direction is dropped only on a proof that the other version
 * allows everything this one does (./containment.ts), and what is left is
 * decided only where the witness search finds a request the evaluator
 * decides differently before and after: each comparison reads one statement
 * against the other version's, and two Denies that together deny what one
 * did, or a Deny that already took back what a removed Allow granted, escape
 * it. A direction no request the search tries shows is kept as "may broaden"
 * ("may narrow"), marked undecided: the search tries a few instances of each
 * pattern (b/x and b/w1tness for b/*), so finding none is no proof (b/*
 * narrowed to b/x* and b/w* refuses b/q). The changes that claimed a dropped
 * direction are re-rated and say why. The search stops once each direction
 * has a witness; with `attach` it goes on, so that each change gets its own
 * (the verdict is the same). `refusedAction`: the Sides'
 * (firstRefusedAction), found once per diff.
 */
function confirmVerdict(
  before: unknown,
  after: unknown,
  kind: DocumentKind,
  changes: StatementChange[],
  b: DiffStatement[],
  a: DiffStatement[],
  attach: boolean,
  refusedAction: string | undefined
): StatementRating {
  const claimed = rollUp(changes.map((c) => c.rating))
  // Nothing rated: nothing to confirm, and no change to show a witness for.
  if (claimed === 'neutral') return claimed
  // A direction is ruled out by a proof.
  // A proof reads an action IAM refuses (`*:*`) as a pattern: no proof of what IAM would do with it.
  const provable = refusedAction === undefined
  if (provable && (claimed === 'broadens' || claimed === 'mixed') && allowsNoMore(b, a)) dropDirection(changes, 'broadens', DROPPED.broadensByProof)
  if (provable && (claimed === 'narrows' || claimed === 'mixed') && allowsNoMore(a, b)) dropDirection(changes, 'narrows', DROPPED.narrowsByProof)
  // What is left is claimed as decided only where a request shows it: each comparison reads one statement against the
  // other version's, and two Denies that deny together what one did, or a Deny that already took back what a removed
  // Allow granted, escape it. The search looks for one witness of each direction, and only in the changes that claim
  // it as decided; with `attach`, a second search then gives each change its own (the verdict does not depend on it).
  const targets = changes.map((c): WitnessTarget => ({ rating: decidedClaims(c), statements: statementsOf(c, b, a), hints: hintsOf(c) }))
  const wanted = rollUp(targets.map((t) => t.rating))
  const wants = (direction: Direction) => wanted === direction || wanted === 'mixed'
  const shows = (direction: Direction) => targets.some((t) => t.witnesses?.[direction] !== undefined)
  if (wanted !== 'neutral') {
    findWitnessesFor(before, after, kind, targets, [...b, ...a], () => ({ broadens: wants('broadens') && !shows('broadens'), narrows: wants('narrows') && !shows('narrows') }))
    for (const direction of ['broadens', 'narrows'] as const) if (wants(direction) && !shows(direction)) unshownDirection(changes, direction)
  }
  if (attach) {
    // Each change rated as it now is, for what the first search did not find for it.
    const rest = changes.map((c, i): WitnessTarget => {
      const has = targets[i].witnesses ?? {}
      const open: Direction[] = []
      if ((c.rating === 'broadens' || c.rating === 'mixed') && !has.broadens) open.push('broadens')
      if ((c.rating === 'narrows' || c.rating === 'mixed') && !has.narrows) open.push('narrows')
      return { rating: rollUp(open), ...(c.undecided ? { undecided: c.undecided } : {}), statements: targets[i].statements }
    })
    findWitnessesFor(before, after, kind, rest, [...b, ...a])
    changes.forEach((c, i) => {
      const w = { ...rest[i].witnesses, ...targets[i].witnesses }
      if (w.broadens || w.narrows) c.witnesses = w
    })
  }
  return rollUp(changes.map((c) => c.rating))
}

/**
 * The actions and resources a modified statement's decided, rated parts add
 * or remove: the witness search tries them first (a statement of hundreds of
 * actions that gains `cloudshell:*` is shown by a cloudshell action). A few
 * of each: the search tries CANDIDATES values at most.
 */
function hintsOf(c: StatementChange): { actions: string[]; resources: string[] } {
  const rated = c.changes.filter((e) => e.rating !== 'neutral' && !e.undecided && e.value !== undefined)
  const of = (elements: readonly ElementName[]) => [...new Set(rated.filter((e) => elements.includes(e.element)).map((e) => e.value as string))].slice(0, HINTS)
  return { actions: of(['Action', 'NotAction']), resources: of(['Resource', 'NotResource']) }
}

const HINTS = 4

/** The statements a change is about: its before and after versions, as they are there. */
function statementsOf(c: StatementChange, b: readonly DiffStatement[], a: readonly DiffStatement[]): DiffStatement[] {
  const statements: DiffStatement[] = []
  if (c.before) statements.push(b.find((s) => s.index === c.before?.index) as DiffStatement)
  if (c.after) statements.push(a.find((s) => s.index === c.after?.index) as DiffStatement)
  return statements
}

/** The directions a change claims without a "may": its own rating for a whole statement, its decided parts' for a modified one. */
function decidedClaims(c: StatementChange): StatementRating {
  if (c.changes.length === 0) return c.undecided ? 'neutral' : c.rating
  return rollUp(c.changes.filter((e) => !e.undecided).map((e) => e.rating))
}

/**
 * The changes that claim `direction` as decided, when no request the search
 * tried shows it and no proof rules it out: kept (a direction that happens is
 * never left out), worded "may broaden" ("may narrow") and marked undecided.
 */
function unshownDirection(changes: StatementChange[], direction: Direction): void {
  const verb = direction === 'broadens' ? 'broaden' : 'narrow'
  const newly = direction === 'broadens' ? 'newly allowed' : 'newly refused'
  const mark = <T extends { explanation: string; undecided?: true }>(x: T): void => {
    x.explanation = `may ${verb}: ${x.explanation}, but no request the diff tried is ${newly} and no proof says one is`
    x.undecided = true
  }
  for (const c of changes) {
    if (c.changes.length === 0) {
      if (!c.undecided && c.rating === direction) mark(c)
      continue
    }
    const parts = c.changes.filter((e) => !e.undecided && e.rating === direction)
    if (parts.length === 0) continue
    for (const e of parts) mark(e)
    c.undecided = true
    c.explanation = explanationOf(c.changes)
  }
}

/** Re-rates the changes that claimed `direction`, now ruled out: each such rating becomes neutral, its explanation saying `why`. */
function dropDirection(changes: StatementChange[], direction: Direction, why: string): void {
  const settle = <T extends { rating: string; explanation: string; undecided?: true }>(x: T): void => {
    x.rating = 'neutral'
    x.explanation = `${x.explanation}, ${why}`
    delete x.undecided
  }
  for (const c of changes) {
    if (c.rating !== direction && c.rating !== 'mixed') continue
    if (c.changes.length === 0) {
      settle(c)
      continue
    }
    for (const e of c.changes) if (e.rating === direction) settle(e)
    c.rating = rollUp(c.changes.map((e) => e.rating))
    c.explanation = explanationOf(c.changes)
    if (c.changes.some((e) => e.undecided)) c.undecided = true
    else delete c.undecided
  }
}

const TRUST_ACTION = /^sts:(assumerole|assumerolewithsaml|assumerolewithwebidentity|tagsession|setsourceidentity|setcontext)$/

/** The kind read from the content: no Principal, an identity policy; sts:AssumeRole* only, a trust policy; kms:*, a key policy. */
function kindOf(statements: readonly DiffStatement[]): DocumentKind {
  const withPrincipal = statements.filter((s) => s.principal || s.notPrincipal)
  if (withPrincipal.length === 0) return 'identity'
  const actions = withPrincipal.flatMap((s) => s.action ?? [])
  if (actions.length > 0 && actions.every((x) => TRUST_ACTION.test(x))) return 'trust'
  if (actions.some((x) => x.startsWith('kms:'))) return 'key'
  return 'resource'
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

/** What a Version change does to policy variables, when it changes how they are read. */
function variableReading(version: { before?: string; after?: string }): string {
  const before = readsPolicyVariables(version.before)
  if (before === readsPolicyVariables(version.after)) return ''
  return before ? ' (policy variables such as ${aws:username} are now plain text)' : ' (policy variables such as ${aws:username} are now read as variables, no longer as text)'
}

function policySummary(diff: Omit<PolicyDiff, 'summary'>): string {
  const parts: string[] = [diff.overBudget ? `not fully compared (${diff.overBudget}): counted as broadening access` : VERDICT_TEXT[diff.accessChange]]
  const counts = (['added', 'removed', 'modified'] as const)
    .map((kind) => [kind, diff.statements.filter((s) => s.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
  if (counts.length > 0) parts.push(`statements: ${counts.join(', ')}`)
  if (diff.invalid.length > 0) parts.push(`not a policy document: ${diff.invalid.join(' and ')} version`)
  if (diff.version) parts.push(`Version ${diff.version.before ?? '(none)'} -> ${diff.version.after ?? '(none)'}${variableReading(diff.version)}`)
  return parts.join('; ')
}

/**
 * Two versions of one policy file, as JSON.parse gives them; `undefined`
 * means the file does not exist on that side (added or removed file).
 */
export function diffPolicies(before: unknown | undefined, after: unknown | undefined, options: DiffOptions = {}): PolicyDiff {
  const fileChange: PolicyDiff['fileChange'] =
    before === undefined ? (after === undefined ? 'absent' : 'added') : after === undefined ? 'removed' : 'modified'
  const invalid: Side[] = []
  const { before: b, after: a } = readBoth(before, after, invalid)
  const kind = options.kind ?? kindOf([...b.statements, ...a.statements])
  const diff: Omit<PolicyDiff, 'summary'> = { fileChange, invalid, accessChange: 'none', kind, statements: [] }
  if (before !== undefined && after !== undefined && b.version !== a.version) diff.version = { before: b.version, after: a.version }

  if (meaningOf(b.statements) !== meaningOf(a.statements)) {
    const budget = options.workBudget ?? DIFF_WORK_BUDGET
    const work = new DiffWork(budget)
    // null: not worked out yet; a block not in the map is a part's own, not looked at.
    const neverHolds = new Map<ConditionMap, Verdict | undefined | null>([...b.statements, ...a.statements].map((s) => [s.condition, null]))
    const refusedAction = firstRefusedAction([...b.statements, ...a.statements])
    const sides: Sides = { before: indexOf(b.statements, work), after: indexOf(a.statements, work), kind, work, neverHolds, respelt: principalsRespelt(b.statements, a.statements), ...(refusedAction !== undefined ? { refusedAction } : {}) }
    const { pairs, removed, added } = pairStatements(b.statements, a.statements)
    const changes: StatementChange[] = []
    for (const p of pairs) if (!work.spent && p.before.key !== p.after.key) changes.push(modifiedStatement(sides, p.before, p.after, p.by))
    for (const s of added) if (!work.spent) changes.push(wholeStatement(sides, s, 'added'))
    for (const s of removed) if (!work.spent) changes.push(wholeStatement(sides, s, 'removed'))
    if (work.spent) {
      // Some answer was cut short: nothing is rated from it, and the change counts as broadening.
      diff.overBudget = `comparing the two versions took over the diff's work budget of ${groupDigits(budget)} units`
      diff.accessChange = 'broadens'
      return { ...diff, summary: policySummary(diff) }
    }
    // In the order of the after version; removed statements where they stood.
    const position = (c: StatementChange) => (c.after ?? c.before)?.index ?? 0
    changes.sort((x, y) => position(x) - position(y) || (x.kind === 'removed' ? 1 : 0) - (y.kind === 'removed' ? 1 : 0))
    diff.statements = changes
    const rating = confirmVerdict(before, after, kind, changes, b.statements, a.statements, options.witnesses === true, refusedAction)
    diff.accessChange = rating === 'neutral' ? 'none' : rating
  }
  return { ...diff, summary: policySummary(diff) }
}

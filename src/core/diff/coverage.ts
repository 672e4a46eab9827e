// Does one statement already grant (or deny) everything another one does?
// The diff asks this to tell a change that alters access from one that does
// not: adding s3:GetObject next to s3:* grants nothing new. Every answer is
// conservative: when coverage cannot be shown, it is "not covered", so the
// diff reports the change rather than hiding it.
import type { ConditionMap } from '../iam/normalise.js'
import { isAccountId, type WholeAccount, wholeAccountOf } from '../iam/arn.js'
import { conditionsImply as blockImplies, unionAdmits } from './conditions/index.js'
import { arnPatternCovers, arnPatternsOverlap, hasWildcard, literalMark, PATTERN_PAIR_BUDGET, patternCovers, patternsOverlap, splitArn } from '../iam/wildcard.js'
import { overlapWork, pairWork, type DiffWork } from './work.js'
import { bracesOf, parsePolicyVariable, replaceBraces } from '../iam/variables.js'
import { findAction } from '../iam/catalog/index.js'
import { coveredByUnion } from './conditions/glob-union.js'
import { oncePerObject } from '../once-per-object.js'

/**
 * The parts of a statement that decide what it applies to, in canonical form
 * (actions lower-cased, condition keys lower-cased). A principal is one
 * string "Type\u0000value" (see principalEntry).
 */
export interface Grant {
  effect: 'Allow' | 'Deny'
  action?: string[]
  notAction?: string[]
  resource?: string[]
  notResource?: string[]
  principal?: string[]
  notPrincipal?: string[]
  condition: ConditionMap
  /**
   * Values taken out of `action` (or `resource`): the grant applies to what
   * that list matches except these. No statement has them; ./containment.ts
   * makes them for the part of an Allow that a Deny leaves (`s3:*` but not
   * `s3:Delete*`).
   */
  exceptAction?: string[]
  exceptResource?: string[]
}

const SEP = '\u0000'

export function principalEntry(type: string, value: string): string {
  return `${type}${SEP}${value}`
}

export function principalParts(entry: string): [type: string, value: string] {
  const at = entry.indexOf(SEP)
  return [entry.slice(0, at), entry.slice(at + 1)]
}

/** How one dimension (actions, resources or principals) compares its values. */
interface Dimension {
  covers(general: string, specific: string): boolean
  /** Can the two match a common value? `true` when unsure. */
  overlaps(a: string, b: string): boolean
  /** Does this value match everything? */
  isAll(value: string): boolean
  /**
   * A plain value's key: a value with a key covers exactly the values with
   * the same key, and no value that has none (see someCovers). Undefined for a
   * value that must be compared (a pattern, an account).
   */
  plainKey(value: string): string | undefined
  /** A value with no key that a plain value may cover all the same: compared with every value. */
  coveredByPlain?(value: string): boolean
  /** The work units of covers(general, specific) when cheaper than a pattern comparison (pairWork). */
  coversWork?(general: string, specific: string): number
  /** The work units of overlaps(a, b) when cheaper than a pattern search (overlapWork). */
  overlapsWork?(a: string, b: string): number
  /**
   * What every value a pattern covers starts with, as compared: its literal
   * part before the first wildcard. A pattern covers a value only when the
   * value's own literal prefix starts with it (any other character there
   * could be spelt by the value's wildcard, and escape the pattern), so the
   * patterns of a list are filed by it. Undefined where that does not hold
   * (a principal pattern covers a bare account ID).
   */
  prefixOf?(value: string): string
}

/** The work units of comparing a value with a pattern: what covers reads. */
function coversWork(d: Dimension, general: string, specific: string): number {
  return d.coversWork?.(general, specific) ?? pairWork(general, specific)
}

/** The work units of one overlaps of two values in dimension `d`. */
export function overlapsWork(d: Dimension, a: string, b: string): number {
  return d.overlapsWork?.(a, b) ?? overlapWork(a, b)
}

/**
 * Two values without a wildcard, short enough for patternsOverlap to compare
 * (past PATTERN_PAIR_BUDGET it answers "may overlap" without looking): they
 * overlap exactly when they are the same value, so no search is needed.
 */
function plainPair(a: string, b: string): boolean {
  return !hasWildcard(a) && !hasWildcard(b) && (a.length + 1) * (b.length + 1) <= PATTERN_PAIR_BUDGET
}

/**
 * `*` (or stars alone): every action. Not `*:*`, which a match would read as
 * every action too, but IAM refuses (a wildcard in the service prefix,
 * ../iam/action-vendor.ts): the review reads a head with one as not known.
 */
const EVERY_ACTION = /^\*+$/

export const actionDimension: Dimension = {
  covers: (g, s) => EVERY_ACTION.test(g) || patternCovers(g, s, true),
  overlaps: (a, b) => (plainPair(a, b) ? a.toLowerCase() === b.toLowerCase() : patternsOverlap(a, b, true)),
  overlapsWork: (a, b) => (plainPair(a, b) ? 1 : overlapWork(a, b)),
  isAll: (v) => EVERY_ACTION.test(v),
  prefixOf: (v) => literalPrefix(v).toLowerCase(),
  // Without a wildcard an action covers itself in any case (patternCovers), and no pattern.
  plainKey: (v) => (hasWildcard(v) ? undefined : v.toLowerCase())
}

/**
 * A pattern covers an ARN pattern only if the latter starts with its literal
 * prefix (any other character at that place would escape it): a plain string
 * test that spares most lookups when many statements name different ARNs.
 */
function resourceCovers(general: string, specific: string): boolean {
  if (general === '*' || general === specific) return true
  if (!startsWithPrefixOf(specific, general)) return false
  return specific.includes('${') ? coversWithVariables(general, specific) : arnPatternCovers(general, specific)
}

/** Each policy variable of a value (`${aws:username}`; `${*}`, `${?}` and `${$}` are the characters themselves) made by `make`. */
const eachVariableAs = (value: string, make: () => string) => replaceBraces(value, make, true)

/** Private-use characters, one per variable of a value (no ARN or pattern holds them). */
const MARKS = 0x1900

/**
 * resourceCovers for a `specific` that holds policy variables. Read as text,
 * `b/$*` covers `b/${aws:username}`, but not `b/alice`, what it stands for.
 * With the same variables in the same order in both, each becomes a character
 * no pattern holds: a wildcard of `general` then never stands in for one, so
 * the answer holds whatever their values. Otherwise `specific`'s variables
 * become `*` (any value), and `general` must hold none (its own would be
 * compared with values it does not know).
 */
function coversWithVariables(general: string, specific: string): boolean {
  const own = bracesOf(specific, true)
  const theirs = bracesOf(general, true)
  if (theirs.length === 0) return arnPatternCovers(general, eachVariableAs(specific, () => '*'))
  if (theirs.length !== own.length || own.length > MARKS || theirs.some((v, i) => !standsForWhenSet(v, own[i]))) return false
  const marked = (value: string) => {
    let i = 0
    return eachVariableAs(value, () => String.fromCharCode(0xe000 + i++))
  }
  return arnPatternCovers(marked(general), marked(specific))
}

/**
 * Does variable `general` stand for what `specific` does whenever `specific`
 * has a value? Keys are read without regard to case (`${AWS:UserName}` is
 * `${aws:username}`). A `specific` with no default has no value when the key
 * is missing (its pattern then matches nothing), so `general` may have a
 * default of its own; a default of `specific` must be `general`'s too.
 */
function standsForWhenSet(general: string, specific: string): boolean {
  if (general === specific) return true
  const g = parsePolicyVariable(general.slice(2, -1))
  const s = parsePolicyVariable(specific.slice(2, -1))
  if (!g || !s || 'character' in g || 'character' in s) return false
  return g.key.toLowerCase() === s.key.toLowerCase() && (s.fallback === undefined || s.fallback === g.fallback)
}

/** Might two resource patterns match one ARN? A policy variable may stand for any value: read as `*` here. */
function resourcesOverlap(a: string, b: string): boolean {
  const [x, y] = a.includes('${') || b.includes('${') ? [eachVariableAs(a, () => '*'), eachVariableAs(b, () => '*')] : [a, b]
  return plainPair(x, y) ? x === y : arnPatternsOverlap(x, y)
}

/** Does `value` start with the part of `pattern` before its first wildcard? (literalPrefix, without making it) */
function startsWithPrefixOf(value: string, pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i)
    // A policy variable may be spelt otherwise in `value` and still stand for the same text (standsForWhenSet).
    if (c === 42 /* * */ || c === 63 /* ? */ || (c === 36 /* $ */ && pattern.charCodeAt(i + 1) === 123) /* { */) return true
    if (c !== value.charCodeAt(i)) return false
  }
  return true
}

/**
 * A Resource value with the characters a policy writes as `${*}`, `${?}` and
 * `${$}` (IAM User Guide, policy variables: "special characters") as what
 * they are: a literal `*` or `?` (wildcard.ts's marks, which match only that
 * character) and a `$`. `${$}` before a `{` is kept: it spells a `${` that is
 * no variable.
 */
function withLiterals(value: string): string {
  if (!value.includes('${')) return value
  return value.replace(/\$\{([*?$])\}(?!\{)/g, (_, c: string) => literalMark(c))
}

export const resourceDimension: Dimension = {
  covers: (g, s) => resourceCovers(withLiterals(g), withLiterals(s)),
  // Plain ARNs that differ differ in some part (arnPatternsOverlap compares them part by part).
  overlaps: (a, b) => resourcesOverlap(withLiterals(a), withLiterals(b)),
  overlapsWork: (a, b) => (plainPair(a, b) ? 1 : overlapWork(a, b)),
  isAll: (v) => v === '*',
  // Without a wildcard an ARN covers itself alone (resourceCovers); one with a policy variable also covers
  // other spellings of it (`${AWS:UserName}`, a default), so it is compared, filed by the text before it.
  plainKey: (written) => {
    const v = withLiterals(written)
    return hasWildcard(v) || v.includes('${') ? undefined : v
  },
  prefixOf: (written) => {
    const prefix = literalPrefix(withLiterals(written))
    const variable = prefix.indexOf('${')
    return variable < 0 ? prefix : prefix.slice(0, variable)
  },
  // A pattern whose literal prefix the value does not start with is passed over at once.
  coversWork: (g, s) => (startsWithPrefixOf(withLiterals(s), withLiterals(g)) ? pairWork(g, s) : 1)
}

const ALL_PRINCIPALS = principalEntry('AWS', '*')

/**
 * "alice, through the account": what an Allow for an account narrowed to some
 * of its principals (aws:PrincipalArn) grants: alice, when her IAM policies
 * allow it, which naming her would not need. Written `ARN via ACCOUNT`
 * (folds.ts makes it): a space is in no principal ARN.
 */
const THROUGH = ' via '

export function throughAccount(principal: string, account: string): string {
  return `${principal}${THROUGH}${account}`
}

/** [principal, account] of a throughAccount value. */
function throughParts(value: string): [principal: string, account: string] | undefined {
  const at = value.indexOf(THROUGH)
  return at < 0 ? undefined : [value.slice(0, at), value.slice(at + THROUGH.length)]
}

/** The principal a value reaches: alice for alice through her account, the value itself otherwise. */
export function reachedPrincipal(value: string): string {
  return throughParts(value)?.[0] ?? value
}

/**
 * A role's sessions are its principals too: a Principal naming the role
 * applies to each session assumed from it (IAM User Guide, "Role sessions"
 * under AWS JSON policy elements: Principal). Both sides as
 * "partition account name", undefined for other values.
 */
function roleOfSession(value: string): string | undefined {
  const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(value)
  return m ? `${m[1]} ${m[2]} ${m[3]}` : undefined
}

function roleName(value: string): string | undefined {
  // A role ARN holds its path; a session ARN holds only the role's name.
  const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:[^*?]*\/)?([^/*?]+)$/.exec(value)
  return m ? `${m[1]} ${m[2]} ${m[3]}` : undefined
}

/** A bare account ID is read in the policy's own partition, so it can be either ARN's. */
const samePartition = (a: string | undefined, b: string | undefined): boolean => a === undefined || b === undefined || a === b

/** The account (and partition) of any AWS principal value, an ARN (or ARN pattern) or a bare ID. */
export function accountOf(value: string): WholeAccount | undefined {
  if (isAccountId(value)) return { account: value }
  const parts = splitArn(value)
  return parts ? { account: parts[4], partition: parts[1] } : undefined
}

/**
 * A principal value names exactly what `specific` names. An account (its ID
 * or root ARN) names the account, not each user and role in it: an Allow for
 * an account lets the account's own IAM policies decide, while an Allow for
 * alice grants her directly (in her own account she then needs no IAM policy
 * at all). So an account covers itself alone, while a pattern (what folding
 * aws:PrincipalArn or aws:PrincipalAccount into the Principal makes) covers
 * an account when it takes in every principal of it. NotPrincipal entries
 * exclude exactly what they name, too.
 */
function namesAsMuch(type: string, general: string, specific: string, roleNamesSessions = true): boolean {
  if (general === specific || general === '*') return true
  if (type !== 'AWS') return false
  // alice through her account: the account takes it in, as does any value naming alice directly; alice
  // through the account takes in only others through the same account.
  const gThrough = throughParts(general)
  const sThrough = throughParts(specific)
  if (sThrough) {
    if (gThrough) return namesAsMuch(type, gThrough[1], sThrough[1], roleNamesSessions) && namesAsMuch(type, gThrough[0], sThrough[0], roleNamesSessions)
    return namesAsMuch(type, general, sThrough[1], roleNamesSessions) || namesAsMuch(type, general, sThrough[0], roleNamesSessions)
  }
  if (gThrough) return false
  const sessionOf = roleOfSession(specific)
  if (roleNamesSessions && sessionOf !== undefined && sessionOf === roleName(general)) return true
  const g = wholeAccountOf(general)
  const s = wholeAccountOf(specific)
  if (g) return s !== undefined && s.account === g.account && samePartition(s.partition, g.partition)
  if (!hasWildcard(general)) return false
  // Every principal of the account, as aws:PrincipalArn reads them: its IAM users, roles (for their sessions too)
  // and root user under iam, its STS federated users under sts (arn:aws:sts::A:federated-user/name).
  return s ? arnPatternCovers(general, `arn:${s.partition ?? splitArn(general)?.[1] ?? 'aws'}:*::${s.account}:*`) : arnPatternCovers(general, specific)
}

/** As namesAsMuch, except that an account also takes in every principal of it: what a Deny naming an account denies. */
function takesInAsMuch(type: string, general: string, specific: string): boolean {
  if (namesAsMuch(type, general, specific)) return true
  if (type !== 'AWS') return false
  // A Deny reads whom a value reaches: alice through her account is alice.
  const gThrough = throughParts(general)
  const sThrough = throughParts(specific)
  if (gThrough || sThrough) return takesInAsMuch(type, reachedPrincipal(general), reachedPrincipal(specific))
  const g = wholeAccountOf(general)
  const s = g && accountOf(specific)
  return s !== undefined && s.account === g?.account && samePartition(s.partition, g.partition)
}

function principalsWith(covers: (type: string, general: string, specific: string) => boolean): Dimension {
  const dimension: Dimension = {
    covers(g, s) {
      if (g === s || g === ALL_PRINCIPALS) return true
      const [gt, gv] = principalParts(g)
      const [st, sv] = principalParts(s)
      return gt === st && covers(gt, gv, sv)
    },
    // Two values overlap when one takes in the other as a Deny reads it: alice and her account meet at alice.
    overlaps(a, b) {
      if (deniedPrincipalDimension.covers(a, b) || deniedPrincipalDimension.covers(b, a)) return true
      const [at, av] = principalParts(a)
      const [bt, bv] = principalParts(b)
      const aWho = reachedPrincipal(av)
      const bWho = reachedPrincipal(bv)
      return at === bt && (hasWildcard(aWho) || hasWildcard(bWho)) && arnPatternsOverlap(aWho, bWho)
    },
    isAll: (v) => v === ALL_PRINCIPALS,
    plainKey: (v) => (namesItselfAlone(v) ? v : undefined),
    // alice takes in alice through her account.
    coveredByPlain: (v) => throughParts(principalParts(v)[1]) !== undefined
  }
  return dimension
}

/**
 * A principal that names itself and nothing else, as namesAsMuch and
 * takesInAsMuch read it: not a pattern, an account, a role (which takes in its
 * sessions) or a principal through an account; of another type than AWS, any
 * value but `*`.
 */
export function namesItselfAlone(entry: string): boolean {
  const [type, value] = principalParts(entry)
  if (hasWildcard(value)) return false
  if (type !== 'AWS') return true
  return throughParts(value) === undefined && wholeAccountOf(value) === undefined && roleName(value) === undefined
}

/** Principals as an Allow's Principal and any NotPrincipal name them: exactly (namesAsMuch). */
export const principalDimension: Dimension = principalsWith(namesAsMuch)

/** Principals as a Deny's Principal names them: an account stands for every principal in it. */
export const deniedPrincipalDimension: Dimension = principalsWith(takesInAsMuch)

/**
 * Principals as a NotPrincipal spares them: each value what it names, and a
 * role not its sessions. A session is left out of a Deny with NotPrincipal
 * only when its own ARN is listed (with its role's and its account's: AWS
 * JSON policy elements: NotPrincipal, and the evaluator's notPrincipalApplies),
 * so read as sparing them, adding a session's ARN next to its role's said
 * "already excluded" where the Deny stops applying to that session.
 */
export const excludedPrincipalDimension: Dimension = principalsWith((type, general, specific) => namesAsMuch(type, general, specific, false))

/**
 * The element whose Not- form leaves out every value, so that the statement
 * matches no request: a NotAction listing `*`, a NotResource listing `*`, a
 * NotPrincipal listing every principal (`{"AWS": "*"}`, which is `"*"`).
 * "NotAction": "*" is every action except all of them: none.
 */
export function excludesEvery(part: Grant): 'action' | 'resource' | 'principal' | undefined {
  if (part.notAction?.some((a) => actionDimension.isAll(a))) return 'action'
  if (part.notResource?.some((r) => resourceDimension.isAll(r))) return 'resource'
  if (part.notPrincipal?.some((p) => excludedPrincipalDimension.isAll(p))) return 'principal'
  return undefined
}

/**
 * One dimension's list of values, ready for "does some value here cover
 * this one?": the values as written and the plain ones' keys (see
 * Dimension.plainKey) in Sets, so such a value is found at once, and the
 * patterns filed by literal prefix, so a value is compared only with those
 * that could cover it.
 */
interface ValueIndex {
  all: boolean
  /** Every value as written: each covers itself, pattern or not. */
  values: Set<string>
  plain: Set<string>
  /** The values without a key, in their order (where the dimension files none by prefix). */
  compared: string[]
  /** The values without a key by their literal prefix (Dimension.prefixOf), and the lengths of those prefixes. */
  byPrefix: Map<string, string[]>
  prefixLengths: number[]
}

/** Lists this short are compared value by value: an index would cost more than it spares. */
const INDEXED_LENGTH = 8

// Each list's index, made when first asked for. Lists are the statements' own
// arrays, so an index lives as long as the statement it belongs to.
const indexes = new Map<Dimension, WeakMap<readonly string[], ValueIndex>>()

function indexOfList(d: Dimension, list: readonly string[], work: DiffWork): ValueIndex {
  let byList = indexes.get(d)
  if (!byList) indexes.set(d, (byList = new WeakMap()))
  let index = byList.get(list)
  if (!index) {
    work.spend(list.length)
    index = { all: list.some(d.isAll), values: new Set(list), plain: new Set(), compared: [], byPrefix: new Map(), prefixLengths: [] }
    const lengths = new Set<number>()
    for (const v of list) {
      const key = d.plainKey(v)
      if (key !== undefined) index.plain.add(key)
      else if (!d.prefixOf) index.compared.push(v)
      else {
        const prefix = d.prefixOf(v)
        const filed = index.byPrefix.get(prefix)
        if (filed) filed.push(v)
        else index.byPrefix.set(prefix, [v])
        lengths.add(prefix.length)
      }
    }
    index.prefixLengths = [...lengths].sort((x, y) => x - y)
    byList.set(list, index)
  }
  return index
}

/** Does some value of the list match everything? */
function hasAll(d: Dimension, list: readonly string[], work: DiffWork): boolean {
  return list.length < INDEXED_LENGTH ? list.some(d.isAll) : indexOfList(d, list, work).all
}

/**
 * Does some value of `general` cover `specific`? Exactly what comparing it
 * with each would answer; false (not covered) once the work budget is spent.
 */
export function someCovers(d: Dimension, general: readonly string[], specific: string, work: DiffWork): boolean {
  if (general.length < INDEXED_LENGTH || d.coveredByPlain?.(specific)) {
    // A plain value is a plain comparison; a pattern reads both values.
    return general.some((g) => work.spend(d.plainKey(g) === undefined ? coversWork(d, g, specific) : 1) && d.covers(g, specific))
  }
  const index = indexOfList(d, general, work)
  if (index.all || index.values.has(specific)) return work.spend()
  const key = d.plainKey(specific)
  if (key !== undefined && index.plain.has(key)) return work.spend()
  // A plain value covers only its own key: what is left to compare are the others.
  const covering = (g: string) => work.spend(coversWork(d, g, specific)) && d.covers(g, specific)
  if (!d.prefixOf) return work.spend() && index.compared.some(covering)
  // Only the patterns filed under a prefix of the value's own can cover it.
  const own = d.prefixOf(specific)
  for (const length of index.prefixLengths) {
    if (length > own.length || !work.spend()) return false
    if (index.byPrefix.get(own.slice(0, length))?.some(covering)) return true
  }
  return false
}

/**
 * Does g's pair (positive list, negative list) take in everything s's does?
 * A statement without either applies to what the document is attached to
 * (no Principal in an identity policy, no Resource in a trust policy).
 */
function dimensionCovers(
  gPos: string[] | undefined,
  gNeg: string[] | undefined,
  sPos: string[] | undefined,
  sNeg: string[] | undefined,
  d: Dimension,
  work: DiffWork,
  negatives: Dimension = d,
  sExcept?: string[]
): boolean {
  if (!gPos && !gNeg) return !sPos && !sNeg
  // A value of s's list that its exceptions cover wholly adds nothing s applies to.
  const left = sPos && sExcept ? sPos.filter((sv) => !someCovers(d, sExcept, sv, work)) : sPos
  if (gPos) {
    if (hasAll(d, gPos, work)) return true
    if (left) return left.every((sv) => someCovers(d, gPos, sv, work))
    return false // "everything except …" or the implicit target: not provable
  }
  const excluded = gNeg as string[]
  // What g excludes s must not apply to: s's values do not meet it, or s's exceptions take it all out.
  const outside = (gn: string) => sExcept !== undefined && someCovers(negatives, sExcept, gn, work)
  if (left) return left.every((sv) => excluded.every((gn) => outside(gn) || (work.spend(overlapsWork(negatives, gn, sv)) && !negatives.overlaps(gn, sv))))
  if (sNeg) return excluded.every((gn) => someCovers(negatives, sNeg, gn, work))
  return false
}

/** The operator without ForAllValues:/ForAnyValue: and IfExists. */
function baseOperator(operator: string): string {
  return operator.replace(/^For(All|Any)Values:/, '').replace(/IfExists$/, '')
}

/** Negated operators (StringNotEquals, NotIpAddress, ArnNotLike …) exclude their values. */
export function isNegatedOperator(operator: string): boolean {
  return baseOperator(operator).includes('Not')
}

/** Does the condition value `general` take in every request value `specific` does? */
export function conditionValueCovers(operator: string, general: string, specific: string): boolean {
  if (general === specific) return true
  const base = baseOperator(operator)
  if (base.startsWith('Arn') && base.endsWith('Like')) return arnPatternCovers(general, specific)
  if (base.endsWith('Like')) return patternCovers(general, specific)
  if (base.endsWith('IgnoreCase')) return general.toLowerCase() === specific.toLowerCase()
  return false
}

/**
 * Whenever `s`'s conditions hold, do `g`'s? Each key's clauses are compared
 * as the sets of request values they admit (./conditions/): StringEquals
 * "data" and StringLike "data" are the same test, a /8 takes in a /16.
 */
function conditionsImply(s: ConditionMap, g: ConditionMap, work: DiffWork): boolean {
  return blockImplies(s, g, work)
}

/** Does `g` grant (or deny) every request that `s` does? */
export function grantCovers(g: Grant, s: Grant, work: DiffWork): boolean {
  return g.effect === s.effect && appliesWherever(g, s, work)
}

/** A pattern every ARN matches: six parts, each any text (the last takes in any further colons). */
export const EVERY_ARN = 'arn:*:*:*:*:*'

// Whether each action of a list is one whose every request names an ARN, worked out once per list.
const arnOnly = new WeakMap<readonly string[], boolean>()

/**
 * Does every request for these actions name a resource by its ARN? So for an
 * action the Service Authorization Reference gives a required resource type
 * (marked `*`): the caller needs permission on that resource. An action with
 * no required type may be requested on no resource, which only `"Resource":
 * "*"` grants ("If the column has no value, you must specify all resources");
 * a pattern may take in such actions, today's or later ones.
 */
function requestsNameAnArn(actions: readonly string[], work: DiffWork): boolean {
  let known = arnOnly.get(actions)
  if (known === undefined) {
    if (!work.spend(actions.length)) return false
    known = actions.length > 0 && actions.every((a) => !hasWildcard(a) && findAction(a)?.resourceTypes.some((t) => t.required) === true)
    arnOnly.set(actions, known)
  }
  return known
}

/**
 * Is it unknown whether some request for these actions names no ARN? So when
 * each is an action the Service Authorization Reference lists with resource
 * types, all of them optional for some (`s3:GetObject`: an object or an
 * access point's object): its requests may always name one of them, or not.
 * Not so for an action with no resource type (its requests name none) or a
 * pattern (it may take in such an action).
 */
export function mayNameNoArn(actions: readonly string[] | undefined, work: DiffWork): boolean {
  if (!actions || actions.length === 0 || requestsNameAnArn(actions, work) || !work.spend(actions.length)) return false
  return actions.every((a) => !hasWildcard(a) && (findAction(a)?.resourceTypes.length ?? 0) > 0)
}

/**
 * `s`'s Resource list, with `*` read as every ARN where each request it
 * applies to names an ARN (requestsNameAnArn): there `"Resource": "arn:*"`
 * grants all that `"*"` does.
 */
function resourcesAsRequested(s: Grant, work: DiffWork): string[] | undefined {
  const resources = s.resource
  if (!resources || !s.action || !resources.includes('*') || !requestsNameAnArn(s.action, work)) return resources
  return resources.map((r) => (r === '*' ? EVERY_ARN : r))
}

/** Does `g` apply to every request `s` applies to, whatever the two effects? */
export function appliesWherever(g: Grant, s: Grant, work: DiffWork): boolean {
  // Resources first: statements found through the action index share actions, and differ mostly in resources.
  return (
    dimensionCovers(g.resource, g.notResource, resourcesAsRequested(s, work), s.notResource, resourceDimension, work, resourceDimension, s.exceptResource) &&
    dimensionCovers(g.action, g.notAction, s.action, s.notAction, actionDimension, work, actionDimension, s.exceptAction) &&
    dimensionCovers(g.principal, g.notPrincipal, s.principal, s.notPrincipal, g.effect === 'Deny' ? deniedPrincipalDimension : principalDimension, work, excludedPrincipalDimension) &&
    conditionsImply(s.condition, g.condition, work)
  )
}

/**
 * Can one dimension of two statements take a common value? `true` when
 * unsure (an "everything except" or an implicit target).
 */
function dimensionOverlaps(aPos: string[] | undefined, bPos: string[] | undefined, d: Dimension, work: DiffWork): boolean {
  if (!aPos || !bPos) return true
  // Past the budget: "may overlap", the cautious answer here.
  return aPos.some((x) => bPos.some((y) => !work.spend(overlapsWork(d, x, y)) || d.overlaps(x, y)))
}

/** Might `a` and `b` apply to a common request? `false` only when proven (conditions are not looked at). */
export function grantsMayOverlap(a: Grant, b: Grant, work: DiffWork): boolean {
  return (
    dimensionOverlaps(a.action, b.action, actionDimension, work) &&
    dimensionOverlaps(a.resource, b.resource, resourceDimension, work) &&
    dimensionOverlaps(a.principal, b.principal, deniedPrincipalDimension, work)
  )
}

/** The part of a pattern before its first wildcard ("s3:get" in "s3:get*"). */
function literalPrefix(pattern: string): string {
  const star = pattern.indexOf('*')
  const question = pattern.indexOf('?')
  const end = star < 0 ? question : question < 0 ? star : Math.min(star, question)
  return end < 0 ? pattern : pattern.slice(0, end)
}

/** Resource patterns one union may gather (findByResourceUnion): each adds to every state of the walk. */
const UNION_PATTERNS = 32
/** Statements, and resource values of theirs, one union reads before it gives up (not shown). */
const UNION_STATEMENTS = 16
const UNION_VALUES_READ = 64

/** What one `find` may spend on the parts of a statement: a unit per lookup and per condition key it compares. */
const SPLIT_WORK = 50_000

/**
 * A statement as the union of smaller ones: one per action when it names
 * several, else one per resource, else one per value of a condition clause
 * whose values are alternatives (a positive operator, not ForAllValues:
 * `StringEquals t: [x, y]` is `t = x` or `t = y`, the clause's other keys
 * staying on each part). Each such clause is a way to split (statements
 * split by the second key's values cover the statement too); one clause at a
 * time, so parts do not multiply over keys. Undefined when nothing splits.
 */
function splitsOf(target: Grant, conditionSplit: boolean): Split[] | undefined {
  if (target.action && target.action.length > 1) return [{ parts: target.action.map((a) => ({ ...target, action: [a] })) }]
  if (target.resource && target.resource.length > 1) return [{ parts: target.resource.map((r) => ({ ...target, resource: [r] })) }]
  if (conditionSplit) return undefined
  const clauses = splittableClauses(target.condition)
  const absences = ifExistsClauses(target.condition)
  if (clauses.length === 0 && absences.length === 0) return undefined
  const byValue: Split[] = clauses.map(([operator, key]) => {
    const keys = target.condition[operator]
    return { parts: keys[key].map((v) => ({ ...target, condition: { ...target.condition, [operator]: { ...keys, [key]: [v] } } })), clause: [operator, key] }
  })
  // `OpIfExists k: v` is `k` absent (`Null k: true`) or `Op k: v`: two parts, the clause's other keys staying on each.
  const byPresence: Split[] = absences.map(([operator, key]) => {
    const { [key]: values, ...others } = target.condition[operator]
    const rest = { ...target.condition, [operator]: others }
    if (Object.keys(others).length === 0) delete rest[operator]
    const present = operator.slice(0, -'IfExists'.length)
    return {
      parts: [
        { ...target, condition: { ...rest, Null: { ...rest.Null, [key]: ['true'] } } },
        { ...target, condition: { ...rest, [present]: { ...rest[present], [key]: values } } }
      ]
    }
  })
  return [...byValue, ...byPresence]
}

/**
 * The operators and keys of the clauses of `condition` written `OpIfExists`
 * (not negated, no set prefix) whose key the block tests with neither `Null`
 * nor `Op` (in any spelling): those split into the key absent and `Op`. Up to
 * SPLITTABLE_CLAUSES, found once per block.
 */
const ifExistsClauses = oncePerObject((condition: ConditionMap): [operator: string, key: string][] => {
  const found: [operator: string, key: string][] = []
  for (const [operator, keys] of Object.entries(condition)) {
    if (!operator.endsWith('IfExists') || isNegatedOperator(operator) || operator.startsWith('For') || baseOperator(operator) === 'Null') continue
    const present = operator.slice(0, -'IfExists'.length)
    const tested = new Set([...Object.keys(condition.Null ?? {}), ...Object.keys(condition[present] ?? {})].map((k) => k.toLowerCase()))
    for (const key of Object.keys(keys)) {
      if (tested.has(key.toLowerCase())) continue
      found.push([operator, key])
      if (found.length >= SPLITTABLE_CLAUSES) return found
    }
  }
  return found
})

/** One way to split a statement: its parts, and the condition clause split by its values (for a condition split). */
interface Split {
  parts: Grant[]
  clause?: [operator: string, key: string]
}

/** Ways to split one statement's condition that are tried: each costs a lookup per value, within SPLIT_WORK. */
const SPLITTABLE_CLAUSES = 8

/**
 * The operators and keys of the clauses of `condition` that split (see splitsOf), the first SPLITTABLE_CLAUSES.
 * Found once per block, kept as long as the block: a block may hold thousands of keys, and every lookup of a
 * statement asks again.
 */
const splittableClauses = oncePerObject((condition: ConditionMap): [operator: string, key: string][] => {
  const found: [operator: string, key: string][] = []
  for (const [operator, keys] of Object.entries(condition)) {
    if (isNegatedOperator(operator) || operator.startsWith('ForAllValues:') || baseOperator(operator) === 'Null') continue
    for (const [key, values] of Object.entries(keys)) {
      if (values.length < 2) continue
      found.push([operator, key])
      if (found.length >= SPLITTABLE_CLAUSES) return found
    }
  }
  return found
})

/**
 * The statements of one side of the diff, indexed by action so that "is this
 * covered?" looks at the few statements that could cover it, not all of them.
 * A pattern can only cover a value (or a pattern) that starts with its
 * literal prefix, so patterns are filed under that prefix and a lookup tries
 * each prefix of the target's own literal prefix.
 */
export class GrantIndex<G extends Grant> {
  private readonly exact = new Map<string, G[]>()
  private readonly byPrefix = new Map<string, G[]>()
  private readonly prefixLengths = new Set<number>()
  private readonly anyAction: G[] = []

  constructor(
    readonly grants: readonly G[],
    private readonly work: DiffWork
  ) {
    const add = (map: Map<string, G[]>, key: string, g: G) => {
      const list = map.get(key)
      if (!list) map.set(key, [g])
      else if (list[list.length - 1] !== g) list.push(g)
    }
    for (const g of grants) {
      if (!g.action) {
        this.anyAction.push(g) // NotAction, or no action at all
        continue
      }
      for (const a of g.action) {
        if (!hasWildcard(a)) add(this.exact, a, g)
        else {
          const prefix = literalPrefix(a)
          add(this.byPrefix, prefix, g)
          this.prefixLengths.add(prefix.length)
        }
      }
    }
  }

  /** Lists of the statements that might cover `target`, judged by its first action. */
  private candidates(target: Grant): (readonly G[])[] {
    const first = target.action?.[0]
    if (first === undefined) return [this.grants]
    // A lookup per prefix length the index holds.
    this.work.spend(this.prefixLengths.size)
    const lists: (readonly G[])[] = [this.anyAction]
    const exact = hasWildcard(first) ? undefined : this.exact.get(first)
    if (exact) lists.push(exact)
    const prefix = literalPrefix(first)
    for (const length of this.prefixLengths) {
      const list = length <= prefix.length ? this.byPrefix.get(prefix.slice(0, length)) : undefined
      if (list) lists.push(list)
    }
    return lists
  }

  /**
   * A statement here that covers `target` on its own, or, failing that, one
   * for each part of it: statements split by action, by resource or by the
   * values of a condition together cover the statement that names them all.
   * `target` is split by action first; a part no one statement covers, by
   * resource; then by the values of a condition (splitsOf). `first` is tried
   * before the others: usually the counterpart statement. Past SPLIT_WORK
   * the answer is "not covered", which reports the change rather than hiding
   * it.
   */
  find(target: Grant, first?: G): G[] | undefined {
    const one = this.findOne(target, first)
    if (one) return [one]
    const used = new Set<G>()
    if (this.findInParts(target, first, { left: SPLIT_WORK }, false, used)) return [...used]
    return this.findByResourceUnion(target) ?? this.findByConditionUnion(target)
  }

  /**
   * Statements that together cover `target` by their conditions, each
   * covering it in all else: `Null true` and `Null false` on one key admit
   * every request between them, as two halves of a CIDR do the whole
   * (unionAdmits). Bounded as findByResourceUnion is. Undefined when not shown.
   */
  private findByConditionUnion(target: Grant): G[] | undefined {
    const unconditioned = { ...target, condition: {} }
    const found: G[] = []
    let statements = 0
    for (const list of this.candidates(target)) {
      for (const g of list) {
        if (!this.work.spend() || ++statements > UNION_STATEMENTS) return undefined
        if (g.effect !== target.effect || Object.keys(g.condition).length === 0 || found.includes(g)) continue
        if (appliesWherever({ ...g, condition: {} }, unconditioned, this.work)) found.push(g)
      }
    }
    if (found.length < 2) return undefined
    const used = unionAdmits(target.condition, found.map((g) => g.condition), this.work)
    return used && used.map((i) => found[i])
  }

  /**
   * Statements that together cover `target` by their Resource patterns, each
   * covering it in all else: `b/*` is `b/` or `b/?*`, which no one of those
   * covers. For a target with one ARN (pattern) whose first five parts each
   * statement's ARN takes in, its resource part is compared with the union of
   * theirs (coveredByUnion). Undefined when not shown.
   */
  private findByResourceUnion(target: Grant): G[] | undefined {
    // A value without a wildcard is covered by a union only where one pattern of it covers it (findOne).
    if (target.resource?.length !== 1 || target.notResource || target.exceptResource || !hasWildcard(target.resource[0])) return undefined
    const wanted = splitArn(withLiterals(target.resource[0]))
    if (!wanted || wanted.some((part) => part.includes('${'))) return undefined
    const everywhere = { ...target, resource: ['*'] }
    const union: string[] = []
    const used: G[] = []
    // Statements and values read, each bounded: a statement that lists thousands of resources is asked once per value.
    let statements = 0
    let values = 0
    for (const list of this.candidates(target)) {
      for (const g of list) {
        if (!this.work.spend() || union.length >= UNION_PATTERNS || ++statements > UNION_STATEMENTS) return undefined
        if (!g.resource || g.notResource || g.effect !== target.effect) continue
        if ((values += g.resource.length) > UNION_VALUES_READ) return undefined
        if (!appliesWherever({ ...g, resource: ['*'] }, everywhere, this.work)) continue
        let useful = false
        for (const written of g.resource) {
          const parts = splitArn(withLiterals(written))
          if (!parts || parts[5].includes('${') || !this.work.spend(written.length)) continue
          if (parts.slice(0, 5).every((part, i) => patternCovers(part, wanted[i]))) {
            union.push(parts[5])
            useful = true
          }
        }
        if (useful && !used.includes(g)) used.push(g)
      }
    }
    return union.length > 1 && coveredByUnion(wanted[5], union, this.work) === true ? used : undefined
  }

  /** Covers each part of `target`, adding the statements used to `used`; false when a part is not covered. */
  private findInParts(target: Grant, first: G | undefined, budget: { left: number }, conditionSplit: boolean, used: Set<G>): boolean {
    const ways = splitsOf(target, conditionSplit)
    if (!ways) return false
    let keys = 0
    for (const block of Object.values(target.condition)) keys += Object.keys(block).length
    for (const [i, { parts, clause }] of ways.entries()) {
      // A split on a later clause only where some statement tests that key with fewer of its values: elsewhere
      // it costs a lookup per part and statement and finds nothing the first split did not.
      if (i > 0 && clause && !this.someNarrowsClause(target, clause)) continue
      const split = conditionSplit || parts[0].condition !== target.condition
      if ((budget.left -= parts.length * (keys + 1)) < 0) return false
      // The statements of a way that fails are not the ones that cover.
      const these = new Set<G>()
      if (parts.every((part) => this.coverPart(part, first, budget, split, these))) {
        for (const g of these) used.add(g)
        return true
      }
    }
    return false
  }

  /** Does a statement that might cover `target` test the clause's key, with the same operator, on some of its values only? */
  private someNarrowsClause(target: Grant, [operator, key]: [string, string]): boolean {
    const values = target.condition[operator][key]
    let wanted: Set<string> | undefined
    for (const list of this.candidates(target)) {
      for (const g of list) {
        if (!this.work.spend()) return false
        const block = g.condition[operator]
        const theirs = block && Object.hasOwn(block, key) ? block[key] : undefined
        if (!theirs || theirs.length >= values.length) continue
        // A value read is a unit: a hostile block lists thousands.
        if (!this.work.spend(theirs.length + (wanted ? 0 : values.length))) return false
        wanted ??= new Set(values)
        const all = wanted
        if (theirs.every((v) => all.has(v))) return true
      }
    }
    return false
  }

  private coverPart(part: Grant, first: G | undefined, budget: { left: number }, split: boolean, used: Set<G>): boolean {
    const one = this.findOne(part, first)
    if (one) used.add(one)
    if (one !== undefined || this.findInParts(part, first, budget, split, used)) return true
    const together = this.findByResourceUnion(part) ?? this.findByConditionUnion(part)
    for (const g of together ?? []) used.add(g)
    return together !== undefined
  }

  private findOne(target: Grant, first?: G): G | undefined {
    if (first && grantCovers(first, target, this.work)) return first
    for (const list of this.candidates(target)) {
      for (const g of list) {
        // Past the budget nothing is found: the diff's result is marked over budget, so no verdict rests on it.
        // Each statement compared is a unit of its own (the call, its effect, its lists), whatever its values cost.
        if (!this.work.spend()) return undefined
        if (g !== first && grantCovers(g, target, this.work)) return g
      }
    }
    return undefined
  }
}

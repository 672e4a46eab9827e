// The Condition element: every operator block must hold (AND), every key in
// a block must hold (AND), and a key holds when any of its values matches (OR;
// for the negated operators, when none does). An operator we do not know is
// never guessed at: the statement is treated as not matching and the caller
// is told, so the answer is never silently wrong in the permissive direction
// for an Allow.
import { parsePolicyVariable, replaceBraces } from '../iam/variables.js'
import { arnMatches, literalMark, matchesWildcard } from '../iam/wildcard.js'
import type { ConditionMap } from '../iam/normalise.js'
import type { ContextValue } from './types.js'
import { memorable } from '../memo-key.js'
import { parseIp, readAddressRange, readConditionValue, readDate, readNumber, readRequestValue, type CidrRange, type ValueFamily } from '../iam/value-forms.js'
import { oncePerObject } from '../once-per-object.js'

type Compare = (requestValue: string, policyValue: string) => boolean

interface OperatorRule {
  compare: Compare
  /** Numeric, Date, IP address and Bool operators: a policy value not in a form IAM documents decides nothing. */
  family?: ValueFamily
  /** IpAddress and NotIpAddress: a frozen list of ranges may be tested through an index (same answers). */
  ranges?: true
  /** StringNotEquals and friends: the key holds when no policy value matches. */
  negated: boolean
  /** StringLike and the ARN operators: a policy value is a pattern, in which `${*}` and `${?}` are literal characters. */
  patterns?: true
}

/** A Numeric* value as the evaluator reads a request's value (../iam/value-forms.ts); NaN when it is not a number. */
export const parseNumber = (s: string): number => readNumber(s).value ?? Number.NaN

/** ISO 8601 or epoch seconds, in milliseconds (../iam/value-forms.ts); NaN when it is no date. */
export const parseTime = (s: string): number => readDate(s).value ?? Number.NaN

// The evaluator asks of every value on every request whether it is in a form
// IAM documents, so the answers are kept by family and text. Bounded: a hostile
// policy can hold any number of distinct values.
const MAX_FORMS = 50_000

/** `test` kept by family and text, in a bounded memo of its own. */
function memoByFamilyAndText(test: (family: ValueFamily, value: string) => boolean): (family: ValueFamily, value: string) => boolean {
  const memos: Record<ValueFamily, Map<string, boolean>> = { Numeric: new Map(), Date: new Map(), IpAddress: new Map(), Bool: new Map() }
  return (family, value) => {
    const memo = memos[family]
    let answer = memo.get(value)
    if (answer === undefined) {
      answer = test(family, value)
      if (memo.size >= MAX_FORMS) memo.clear()
      if (memorable(value)) memo.set(value, answer)
    }
    return answer
  }
}

/**
 * Is `value`, a policy value of `family`, in a form IAM documents
 * (../iam/value-forms.ts)? How IAM reads any other cannot be known, so the
 * evaluator does not decide on it.
 */
export const isDocumentedForm = memoByFamilyAndText((family, value) => readConditionValue(family, value).form === 'documented')

/**
 * Is a request's value of an undocumented form for `family` (" 5", "+5", a
 * date with no time zone, " 203.0.113.7")? AWS's requests carry none, and
 * how IAM would compare one is not known, so it decides nothing. A value no
 * reader takes (`not-a-value`) is no value of the family: it matches no
 * policy value, as before.
 */
const isUndocumentedRequestValue = memoByFamilyAndText((family, value) => readRequestValue(family, value).form === 'undocumented')

function compareNumbers(test: (a: number, b: number) => boolean, parse: (s: string) => number): Compare {
  return (r, p) => {
    const a = parse(r)
    const b = parse(p)
    return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b)
  }
}

export type { CidrRange, IpAddressValue } from '../iam/value-forms.js'
export { parseIp }

// Parsed ranges by their text: the diff tries dozens of candidate addresses
// against the same allowlist, and parsing is BigInt arithmetic. Bounded: a
// hostile policy can hold any number of distinct ranges.
const MAX_PARSED_RANGES = 50_000
const parsedRanges = new Map<string, Readonly<CidrRange> | null>()

/** `10.0.0.0/8`, `2001:db8::/32`, or a single address (all bits); parsed once per text (shared: read-only). */
export function parseCidr(range: string): Readonly<CidrRange> | undefined {
  let r = parsedRanges.get(range)
  if (r === undefined) {
    if (parsedRanges.size >= MAX_PARSED_RANGES) parsedRanges.clear()
    r = readAddressRange(range).value ?? null
    if (memorable(range)) parsedRanges.set(range, r)
  }
  return r ?? undefined
}

/** IPv4 and IPv6; an address of one family never falls in a range of the other. */
function inCidr(address: string, range: string): boolean {
  const a = parseIp(address)
  const r = parseCidr(range)
  return !!a && !!r && a.family === r.family && a.value >= r.first && a.value <= r.last
}

/** A list of ranges as sorted, disjoint [first, last] pairs per family: an address is looked up by binary search. */
export interface AddressRanges {
  4: bigint[][]
  6: bigint[][]
  /** A value holds a policy variable (`${…}`): the evaluator must substitute it, so the index is not its answer. */
  variables: boolean
  /** A value (with no variable) is not in a form IAM documents: it is left out of the ranges, and decides nothing. */
  undocumented: boolean
}

function addressRangesOf(values: readonly string[]): AddressRanges {
  const byFamily: AddressRanges = { 4: [], 6: [], variables: values.some((v) => v.includes('${')), undocumented: false }
  const v4: { first: number; range: Readonly<CidrRange> }[] = []
  const v6: Readonly<CidrRange>[] = []
  for (const text of values) {
    if (!text.includes('${') && !isDocumentedForm('IpAddress', text)) {
      byFamily.undocumented = true
      continue
    }
    const r = parseCidr(text)
    // An IPv4 address fits a double exactly: sorted as a number, which is several times quicker than as a BigInt.
    if (r?.family === 4) v4.push({ first: Number(r.first), range: r })
    else if (r) v6.push(r)
  }
  v4.sort((x, y) => x.first - y.first)
  v6.sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : 0))
  const sortedRanges = { 4: v4.map((x) => x.range), 6: v6 }
  for (const family of [4, 6] as const) {
    const merged: bigint[][] = []
    const sorted = sortedRanges[family].map((r) => [r.first, r.last])
    for (const [first, last] of sorted) {
      const top = merged[merged.length - 1]
      if (top && first <= top[1] + 1n) {
        if (last > top[1]) top[1] = last
      } else merged.push([first, last])
    }
    byFamily[family] = merged
  }
  return byFamily
}

// Each frozen list of ranges indexed once (the diff's clauses freeze theirs
// and try dozens of candidates against each); any other list may change, so
// it is indexed anew.
const indexedAddressRanges = oncePerObject(addressRangesOf)

/** The ranges that `values` (CIDRs or addresses; other values are skipped) cover, sorted and merged; shared: read-only. */
export function addressRanges(values: readonly string[]): Readonly<AddressRanges> {
  return Object.isFrozen(values) ? indexedAddressRanges(values) : addressRangesOf(values)
}

/** Is the address in one of the ranges? The same answer as testing each range with inCidr. */
function inAddressRanges(ranges: Readonly<AddressRanges>, address: string): boolean {
  const a = parseIp(address)
  if (!a) return false
  const list = ranges[a.family]
  let lo = 0
  let hi = list.length - 1
  // The last range that starts at or before the address: only it can hold the address (the ranges are disjoint).
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (list[mid][0] <= a.value) lo = mid + 1
    else hi = mid - 1
  }
  return hi >= 0 && a.value <= list[hi][1]
}

const EQ = (a: number, b: number) => a === b
const LT = (a: number, b: number) => a < b
const LE = (a: number, b: number) => a <= b
const GT = (a: number, b: number) => a > b
const GE = (a: number, b: number) => a >= b

const positive = (compare: Compare): OperatorRule => ({ compare, negated: false })
const negative = (compare: Compare): OperatorRule => ({ compare, negated: true })
const ofFamily = (family: ValueFamily, rule: OperatorRule): OperatorRule => ({ ...rule, family })
const ranges = (rule: OperatorRule): OperatorRule => ({ ...rule, ranges: true })
const patterns = (rule: OperatorRule): OperatorRule => ({ ...rule, patterns: true })

const stringEquals: Compare = (r, p) => r === p
const stringEqualsIgnoreCase: Compare = (r, p) => r.toLowerCase() === p.toLowerCase()
const stringLike: Compare = (r, p) => matchesWildcard(p, r)
const arnLike: Compare = (r, p) => arnMatches(p, r)
const ipMatch: Compare = (r, p) => inCidr(r, p)

/** The operators IAM documents, without IfExists and set prefixes. */
const OPERATORS: Record<string, OperatorRule> = {
  StringEquals: positive(stringEquals),
  StringNotEquals: negative(stringEquals),
  StringEqualsIgnoreCase: positive(stringEqualsIgnoreCase),
  StringNotEqualsIgnoreCase: negative(stringEqualsIgnoreCase),
  StringLike: patterns(positive(stringLike)),
  StringNotLike: patterns(negative(stringLike)),
  NumericEquals: ofFamily('Numeric', positive(compareNumbers(EQ, parseNumber))),
  NumericNotEquals: ofFamily('Numeric', negative(compareNumbers(EQ, parseNumber))),
  NumericLessThan: ofFamily('Numeric', positive(compareNumbers(LT, parseNumber))),
  NumericLessThanEquals: ofFamily('Numeric', positive(compareNumbers(LE, parseNumber))),
  NumericGreaterThan: ofFamily('Numeric', positive(compareNumbers(GT, parseNumber))),
  NumericGreaterThanEquals: ofFamily('Numeric', positive(compareNumbers(GE, parseNumber))),
  DateEquals: ofFamily('Date', positive(compareNumbers(EQ, parseTime))),
  DateNotEquals: ofFamily('Date', negative(compareNumbers(EQ, parseTime))),
  DateLessThan: ofFamily('Date', positive(compareNumbers(LT, parseTime))),
  DateLessThanEquals: ofFamily('Date', positive(compareNumbers(LE, parseTime))),
  DateGreaterThan: ofFamily('Date', positive(compareNumbers(GT, parseTime))),
  DateGreaterThanEquals: ofFamily('Date', positive(compareNumbers(GE, parseTime))),
  Bool: ofFamily('Bool', positive(stringEqualsIgnoreCase)),
  BinaryEquals: positive(stringEquals),
  IpAddress: ofFamily('IpAddress', ranges(positive(ipMatch))),
  NotIpAddress: ofFamily('IpAddress', ranges(negative(ipMatch))),
  ArnEquals: patterns(positive(arnLike)),
  ArnLike: patterns(positive(arnLike)),
  ArnNotEquals: patterns(negative(arnLike)),
  ArnNotLike: patterns(negative(arnLike))
}

/** StringNotEquals and friends: the key holds when no policy value matches (undefined for an unknown operator). */
export function isNegatedBase(base: string): boolean | undefined {
  if (base === 'Null') return false
  // Own keys only: an operator named "constructor" or "toString" is no operator.
  return Object.hasOwn(OPERATORS, base) ? OPERATORS[base].negated : undefined
}

export interface ParsedOperator {
  set?: 'ForAllValues' | 'ForAnyValue'
  base: string
  ifExists: boolean
}

/** Splits `ForAnyValue:StringLikeIfExists` into its parts; undefined when unknown. */
export function parseOperator(operator: string): ParsedOperator | undefined {
  const m = /^(?:(ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/.exec(operator)
  if (!m) return undefined
  const [, set, base, ifExists] = m
  if (base === 'Null') return set || ifExists ? undefined : { base, ifExists: false }
  // Own keys only: `in` would take "constructor", "toString" or "__proto__" from Object.prototype.
  if (!Object.hasOwn(OPERATORS, base)) return undefined
  return { ...(set ? { set: set as ParsedOperator['set'] } : {}), base, ifExists: ifExists !== undefined }
}

/** Context keys are case-insensitive; values become text, as IAM compares them. */
export function contextLookup(context: Record<string, ContextValue> | undefined): (key: string) => string[] | undefined {
  const byKey = new Map<string, string[]>()
  for (const [key, value] of Object.entries(context ?? {})) {
    byKey.set(key.toLowerCase(), (Array.isArray(value) ? value : [value]).map(String))
  }
  return (key) => byKey.get(key.toLowerCase())
}

/**
 * Replaces policy variables (`${aws:username}`, `${*}`, `${?}`, `${$}`) from
 * the context. Undefined when a variable has no value: such a pattern
 * matches nothing, as in IAM. In a `pattern` (a Resource, a StringLike or ARN
 * value) `${*}` and `${?}` become the literal marks of wildcard.ts, which
 * match only the character itself, not any.
 */
export function substituteVariables(text: string, lookup: (key: string) => string[] | undefined, pattern = false): string | undefined {
  if (!text.includes('${')) return text
  let missing = false
  const out = replaceBraces(text, (name) => {
    const variable = parsePolicyVariable(name)
    if (variable !== undefined && 'character' in variable) return pattern ? literalMark(variable.character) : variable.character
    const values = variable && lookup(variable.key)
    if (values && values.length === 1) return values[0]
    if (variable?.fallback !== undefined) return variable.fallback
    missing = true
    return ''
  })
  return missing ? undefined : out
}

export interface ConditionResult {
  met: boolean
  /** Operators this evaluator does not know, when there were any. */
  unknownOperators: string[]
  /**
   * Not met only because a policy value is not in a form IAM documents (a
   * Numeric, Date, IP address or Bool value such as `1e3` or `10.0.0.0/8 `):
   * how IAM reads it cannot be known. The values, as written.
   */
  undetermined?: string[]
}

/** Three-valued: undefined when the answer rests on a value whose reading by IAM is not known. */
type Maybe = boolean | undefined

const not = (x: Maybe): Maybe => (x === undefined ? undefined : !x)

/** Does some item hold (true wins over not known)? */
function someOf<T>(items: readonly T[], test: (item: T) => Maybe): Maybe {
  let unknown = false
  for (const item of items) {
    const r = test(item)
    if (r === true) return true
    if (r === undefined) unknown = true
  }
  return unknown ? undefined : false
}

/** Does every item hold (false wins over not known)? */
function everyOf<T>(items: readonly T[], test: (item: T) => Maybe): Maybe {
  return not(someOf(items, (item) => not(test(item))))
}

/**
 * `matchesAny`: does a request value match one of the policy values (the
 * rule's compare)? Undefined when none of the documented ones does and one
 * is in a form IAM does not document (`undocumented`).
 */
function keyHolds(
  op: ParsedOperator,
  rule: OperatorRule | undefined,
  requestValues: string[] | undefined,
  policyValues: string[],
  undocumented: boolean,
  unreadRequestValues: string[],
  matchesAny?: (value: string) => boolean
): Maybe {
  const present = requestValues !== undefined && requestValues.length > 0
  if (op.base === 'Null') {
    // Its values are ORed, as every operator's that is not negated: `true` admits the key absent, `false` present.
    return present ? policyValues.some((v) => v.toLowerCase() !== 'true') : policyValues.some((v) => v.toLowerCase() === 'true')
  }
  if (!rule) return false
  const any_ = matchesAny ?? ((value: string) => policyValues.some((p) => rule.compare(value, p)))
  const matchesOne = (value: string): Maybe => {
    if (rule.family !== undefined && isUndocumentedRequestValue(rule.family, value)) {
      unreadRequestValues.push(value)
      return undefined
    }
    const any: Maybe = any_(value) || (undocumented ? undefined : false)
    return rule.negated ? not(any) : any
  }
  if (op.set === 'ForAllValues') return !present || everyOf(requestValues, matchesOne)
  if (op.set === 'ForAnyValue') return present && someOf(requestValues, matchesOne)
  if (!present) return op.ifExists || rule.negated
  // A single-valued operator on several values: holds when one of them matches
  // (for the negated operators: when none of them matches a policy value).
  if (rule.negated) return everyOf(requestValues, matchesOne)
  return someOf(requestValues, matchesOne)
}

/** `lookup`: the context's contextLookup, when the caller made it already (one per request, not one per statement). */
export function evaluateConditions(condition: ConditionMap, context: Record<string, ContextValue> | undefined, lookup = contextLookup(context)): ConditionResult {
  const unknownOperators: string[] = []
  let met: Maybe = true
  const undetermined: string[] = []
  for (const [operator, block] of Object.entries(condition)) {
    const op = parseOperator(operator)
    if (!op) {
      unknownOperators.push(operator)
      met = false
      continue
    }
    const rule = OPERATORS[op.base]
    const family = rule?.family
    for (const [key, rawValues] of Object.entries(block)) {
      // A frozen list of ranges (the diff's) is indexed once; with no variable to substitute the index answers for all.
      const index = rule?.ranges && Object.isFrozen(rawValues) ? addressRanges(rawValues) : undefined
      let holds: Maybe
      if (index && !index.variables) {
        const unreadRequest: string[] = []
        holds = keyHolds(op, rule, lookup(key), rawValues, index.undocumented, unreadRequest, (value) => inAddressRanges(index, value))
        if (holds === undefined) undetermined.push(...rawValues.filter((v) => !isDocumentedForm('IpAddress', v)), ...unreadRequest)
      } else {
        const substituted = rawValues.map((v) => substituteVariables(v, lookup, rule?.patterns)).filter((v): v is string => v !== undefined)
        // Values in a form IAM does not document decide nothing: only the others are compared.
        const policyValues = family ? substituted.filter((v) => isDocumentedForm(family, v)) : substituted
        const unread = policyValues.length < substituted.length ? substituted.filter((v) => !isDocumentedForm(family!, v)) : []
        const unreadRequest: string[] = []
        holds = keyHolds(op, rule, lookup(key), policyValues, unread.length > 0, unreadRequest)
        if (holds === undefined) undetermined.push(...unread, ...unreadRequest)
      }
      if (holds === false) met = false
      else if (holds === undefined && met === true) met = undefined
    }
  }
  if (met === undefined) return { met: false, unknownOperators, undetermined }
  return { met, unknownOperators }
}

// The Condition element: every operator block must hold (AND), every key in
// a block must hold (AND), and a key holds when any of its values matches (OR;
// for the negated operators, when none does). An operator we do not know is
// never guessed at: the statement is treated as not matching and the caller
// is told, so the answer is never silently wrong in the permissive direction
// for an Allow.
import { arnMatches, matchesWildcard } from '../iam/wildcard.js'
import type { ConditionMap } from '../iam/normalise.js'
import type { ContextValue } from './types.js'

type Compare = (requestValue: string, policyValue: string) => boolean

interface OperatorRule {
  compare: Compare
  /** StringNotEquals and friends: the key holds when no policy value matches. */
  negated: boolean
}

const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s))

/** ISO 8601 or epoch seconds, as IAM accepts both. */
function toTime(s: string): number {
  if (/^-?\d+(\.\d+)?$/.test(s.trim())) return Number(s) * 1000
  return Date.parse(s)
}

function compareNumbers(test: (a: number, b: number) => boolean, parse: (s: string) => number): Compare {
  return (r, p) => {
    const a = parse(r)
    const b = parse(p)
    return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b)
  }
}

function ipv4(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s.trim())
  if (!m) return undefined
  const parts = m.slice(1).map(Number)
  if (parts.some((x) => x > 255)) return undefined
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0
}

/** IPv4 only: an IPv6 value or range never matches (a known limit). */
function inCidr(address: string, range: string): boolean {
  const [net, bitsText] = range.includes('/') ? range.split('/') : [range, '32']
  const a = ipv4(address)
  const n = ipv4(net)
  const bits = Number(bitsText)
  if (a === undefined || n === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return false
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0
  return (a & mask) === (n & mask)
}

const EQ = (a: number, b: number) => a === b
const LT = (a: number, b: number) => a < b
const LE = (a: number, b: number) => a <= b
const GT = (a: number, b: number) => a > b
const GE = (a: number, b: number) => a >= b

const positive = (compare: Compare): OperatorRule => ({ compare, negated: false })
const negative = (compare: Compare): OperatorRule => ({ compare, negated: true })

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
  StringLike: positive(stringLike),
  StringNotLike: negative(stringLike),
  NumericEquals: positive(compareNumbers(EQ, num)),
  NumericNotEquals: negative(compareNumbers(EQ, num)),
  NumericLessThan: positive(compareNumbers(LT, num)),
  NumericLessThanEquals: positive(compareNumbers(LE, num)),
  NumericGreaterThan: positive(compareNumbers(GT, num)),
  NumericGreaterThanEquals: positive(compareNumbers(GE, num)),
  DateEquals: positive(compareNumbers(EQ, toTime)),
  DateNotEquals: negative(compareNumbers(EQ, toTime)),
  DateLessThan: positive(compareNumbers(LT, toTime)),
  DateLessThanEquals: positive(compareNumbers(LE, toTime)),
  DateGreaterThan: positive(compareNumbers(GT, toTime)),
  DateGreaterThanEquals: positive(compareNumbers(GE, toTime)),
  Bool: positive(stringEqualsIgnoreCase),
  BinaryEquals: positive(stringEquals),
  IpAddress: positive(ipMatch),
  NotIpAddress: negative(ipMatch),
  ArnEquals: positive(arnLike),
  ArnLike: positive(arnLike),
  ArnNotEquals: negative(arnLike),
  ArnNotLike: negative(arnLike)
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
  if (!(base in OPERATORS)) return undefined
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
 * matches nothing, as in IAM.
 */
export function substituteVariables(text: string, lookup: (key: string) => string[] | undefined): string | undefined {
  if (!text.includes('${')) return text
  let missing = false
  const out = text.replace(/\$\{([^}]*)\}/g, (_, name: string) => {
    if (name === '*' || name === '?' || name === '$') return name
    const [key, fallback] = name.split(/\s*,\s*/)
    const values = lookup(key)
    if (values && values.length === 1) return values[0]
    const quoted = fallback ? /^'(.*)'$/.exec(fallback) : null
    if (quoted) return quoted[1]
    missing = true
    return ''
  })
  return missing ? undefined : out
}

export interface ConditionResult {
  met: boolean
  /** Operators this evaluator does not know, when there were any. */
  unknownOperators: string[]
}

function keyHolds(op: ParsedOperator, rule: OperatorRule | undefined, requestValues: string[] | undefined, policyValues: string[]): boolean {
  const present = requestValues !== undefined && requestValues.length > 0
  if (op.base === 'Null') {
    const wantAbsent = policyValues.some((v) => v.toLowerCase() === 'true')
    return wantAbsent ? !present : present
  }
  if (!rule) return false
  const matchesOne = (value: string): boolean => {
    const any = policyValues.some((p) => rule.compare(value, p))
    return rule.negated ? !any : any
  }
  if (op.set === 'ForAllValues') return !present || requestValues.every(matchesOne)
  if (op.set === 'ForAnyValue') return present && requestValues.some(matchesOne)
  if (!present) return op.ifExists || rule.negated
  // A single-valued operator on several values: holds when one of them matches
  // (for the negated operators: when none of them matches a policy value).
  if (rule.negated) return requestValues.every(matchesOne)
  return requestValues.some(matchesOne)
}

export function evaluateConditions(condition: ConditionMap, context: Record<string, ContextValue> | undefined): ConditionResult {
  const lookup = contextLookup(context)
  const unknownOperators: string[] = []
  let met = true
  for (const [operator, block] of Object.entries(condition)) {
    const op = parseOperator(operator)
    if (!op) {
      unknownOperators.push(operator)
      met = false
      continue
    }
    const rule = OPERATORS[op.base]
    for (const [key, rawValues] of Object.entries(block)) {
      const policyValues = rawValues.map((v) => substituteVariables(v, lookup)).filter((v): v is string => v !== undefined)
      if (!keyHolds(op, rule, lookup(key), policyValues)) met = false
    }
  }
  return { met, unknownOperators }
}

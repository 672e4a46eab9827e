// One condition test on one key ("StringLike s3:prefix home/*, logs/*") and
// what the diff needs to know about it. A condition block is an AND of such
// clauses; the clauses of different keys are independent (each key is its own
// part of the request context), so blocks are compared key by key.
import { isNegatedBase, parseOperator, type ParsedOperator } from '../../evaluate/conditions.js'
import { keyedByPolicy, type ConditionMap } from '../../iam/normalise.js'
import { documentedForm, exactlyCompared } from './forms.js'
import { parsePolicyVariable, replaceBraces, splitAtBraces } from '../../iam/variables.js'

/** A key's value in a request: absent, one value, or several (a multivalued key). */
export type KeyValue = undefined | string | string[]

export interface Clause {
  /** As written: `ForAnyValue:StringLikeIfExists`. */
  operator: string
  /** Undefined for an operator IAM does not document: nothing can be proven about it. */
  op?: ParsedOperator
  /** Canonical (lower-cased) key. */
  key: string
  values: string[]
  /** StringNotEquals and friends: the values are excluded, not admitted. */
  negated: boolean
  /**
   * A value the diff cannot read as IAM does (isOpaque): a policy variable
   * (`${aws:username}`), or a number or date in a form IAM does not document
   * or of more digits than the diff tells apart; or an operator whose parts
   * AWS does not document together (partsNotDocumentedTogether).
   */
  opaque: boolean
}

/** `${*}`, `${?}` and `${$}` stand for the characters themselves; any other `${…}` is a variable. */
export function hasPolicyVariable(value: string): boolean {
  return splitAtBraces(value, true).length > 1
}

/**
 * A value of an operator with base `base` that the diff cannot read as IAM
 * does: a policy variable stands for what the request holds, `${*}` for a
 * literal `*` (which the families would read as a wildcard), and a Numeric or
 * Date value in a form IAM does not document ("0x10", "1e3") may be read
 * otherwise than the evaluator reads it, and one of more than 15 digits as
 * another such value (./forms.ts).
 */
export function isOpaque(base: string | undefined, value: string): boolean {
  // `${*}`, `${?}` and `${$}` are literal characters, which the families' patterns do not tell from wildcards.
  return value.includes('${') || (base !== undefined && (!documentedForm(base, value) || !exactlyCompared(base, value)))
}

// Values read by clauseOf and clauseWith, ever (each is parsed when its operator's type is Numeric, Date or IP address).
let read = 0

/** How many condition values clauses have read so far, in all. Only ever grows: the difference over a run is its count. */
export function clauseValuesRead(): number {
  return read
}

export function clauseOf(operator: string, key: string, values: string[]): Clause {
  const op = parseOperator(operator)
  read += values.length
  return {
    operator,
    ...(op ? { op } : {}),
    key,
    // A frozen copy: the evaluator indexes a frozen list of address ranges once (by identity) and tries many values against it.
    values: Object.freeze([...values]) as string[],
    negated: op ? isNegatedBase(op.base) === true : false,
    opaque: partsNotDocumentedTogether(operator, op) || values.some((v) => isOpaque(op?.base, v))
  }
}

/**
 * `c` with one more value, its values in order: the others are not read again
 * (the diff rates each value a version adds against the other version's list
 * with it, and reading the whole list once per value was quadratic in it: an
 * IP address list of a thousand ranges each way took 13 s of a budget meant
 * for 1 to 3).
 */
export function clauseWith(c: Clause, value: string): Clause {
  read++
  return { ...c, values: Object.freeze([...c.values, value].sort()) as string[], opaque: c.opaque || isOpaque(c.op?.base, value) }
}

/** A set prefix on Null, with or without IfExists (which the evaluator knows no reading of). */
const SET_ON_NULL = /^(?:ForAllValues|ForAnyValue):Null(?:IfExists)?$/

/**
 * An operator whose parts AWS documents, but not together, so what a clause
 * with it admits is not known and nothing is proven of it (as of a value the
 * diff cannot read):
 * - `ForAnyValue:StringEqualsIfExists`: IfExists (a key that is not there
 *   makes the condition true) and ForAnyValue (a key that is not there makes
 *   it false), which tools read both ways, without the key;
 * - `ForAllValues:Null`, `ForAnyValue:Null`: Null tests whether the key is in
 *   the request, and AWS documents no set form of it (the linter warns,
 *   RTC408), so it may hold for every request, for none, or as Null does. The
 *   evaluator knows no reading of it (`op` is undefined): the witness search
 *   reads it both ways (../witness.ts).
 */
function partsNotDocumentedTogether(operator: string, op: ParsedOperator | undefined): boolean {
  return (op?.set === 'ForAnyValue' && op.ifExists) || (op === undefined && SET_ON_NULL.test(operator))
}

/**
 * Is a clause one the evaluator reads by no reading IAM documents (an opaque
 * clause with an operator it does not know, partsNotDocumentedTogether)? A
 * decision that rests on it is not known.
 */
export const unreadByEvaluator = (c: Clause): boolean => c.opaque && c.op === undefined

/** The clauses of a condition block, by canonical key. */
export function clausesByKey(condition: ConditionMap): Map<string, Clause[]> {
  const out = new Map<string, Clause[]>()
  for (const [operator, keys] of Object.entries(condition)) {
    for (const [key, values] of Object.entries(keys)) {
      const k = key.toLowerCase()
      const list = out.get(k)
      const clause = clauseOf(operator, k, values)
      if (list) list.push(clause)
      else out.set(k, [clause])
    }
  }
  return out
}

/**
 * A value with each policy variable spelt one way: its key in lower case (IAM
 * reads keys without regard to case, so `${AWS:UserName}` is
 * `${aws:username}`), its default as written.
 */
function canonicalValue(value: string): string {
  if (!value.includes('${')) return value
  return replaceBraces(value, (inner, whole) => {
    const variable = parsePolicyVariable(inner)
    if (!variable || 'character' in variable) return whole
    const key = variable.key.toLowerCase()
    return variable.fallback === undefined ? `\${${key}}` : `\${${key}, '${variable.fallback}'}`
  })
}

/**
 * Does clause `a` admit no more than `b` by their values alone: the same
 * operator, and `b` lists every value of `a` (a negated `b`: `a` lists every
 * value of `b`)? Every documented operator admits more with more values (a
 * negated one, less), so this holds whatever the values mean, policy
 * variables included.
 */
export function valuesWithin(a: Clause, b: Clause): boolean {
  if (a.operator !== b.operator || !a.op) return false
  const [fewer, more] = a.negated ? [b, a] : [a, b]
  const listed = new Set(more.values.map(canonicalValue))
  return fewer.values.every((v) => listed.has(canonicalValue(v)))
}

/** Same operator and the same values (canonical values are sorted and unique). */
export function sameClause(a: Clause, b: Clause): boolean {
  return a.operator === b.operator && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i])
}

/** The clauses back as a condition block, for the evaluator. */
export function conditionOf(clauses: readonly Clause[]): ConditionMap {
  const out: ConditionMap = keyedByPolicy()
  for (const c of clauses) {
    const block = (out[c.operator] ??= keyedByPolicy())
    block[spellingNotIn(block, c.key)] = c.values
  }
  return out
}

/**
 * `key`, or another spelling of it that `block` does not hold yet: two
 * clauses with one operator on one key (two spellings in the policy) stay two
 * tests, ANDed, as IAM and the evaluator read keys without regard to case.
 */
function spellingNotIn(block: Record<string, string[]>, key: string): string {
  if (!Object.hasOwn(block, key)) return key
  for (let i = 1; i <= key.length; i++) {
    const spelling = key.slice(0, i).toUpperCase() + key.slice(i)
    if (!Object.hasOwn(block, spelling)) return spelling
  }
  return key // a key spelt more ways than it has characters: no policy block holds that many
}

/** "StringLike home/*, logs/*" */
export function clauseText(c: Clause, withOperator = true): string {
  const values = c.values.join(', ')
  return withOperator ? `${c.operator} ${values}` : values
}

/** The clauses of one key, as a reviewer reads them. */
export function clausesText(clauses: readonly Clause[], withOperator = true): string {
  if (clauses.length === 0) return 'no condition'
  return clauses.map((c) => clauseText(c, withOperator)).join(' and ')
}

// Two sets of clauses on one key, compared as the sets of request values they
// admit (absent, one value, or several for ForAllValues/ForAnyValue). A
// subset is either proven, refuted by a witness value the evaluator confirms,
// or left unknown: the caller then says "may broaden", never guesses.
import { evaluateConditions } from '../../evaluate/conditions.js'
import { findConditionKey } from '../../iam/catalog/index.js'
import { valueFormatOf } from '../../iam/key-value-formats.js'
import { clauseOf, clausesText, conditionOf, hasPolicyVariable, isOpaque, sameClause, valuesWithin, type Clause, type KeyValue } from './clause.js'
import { familyOf } from './families.js'
import { stringFamily, subsetWithExclusions } from './strings.js'
import { listsAcrossClauses, PAIRED_CLAUSES, PAIRED_SAMPLES } from './cross-clause-lists.js'
import { documentedForm, exactlyCompared } from './forms.js'
import { readConditionValue, readDate, readNumber, valueFamilyOf } from '../../iam/value-forms.js'
import { valuesReadWork, type DiffWork } from '../work.js'
import { memorable } from '../../memo-key.js'

export type Proof = { holds: true } | { holds: false; witness: KeyValue } | { holds: 'unknown'; why: string }

/** Does the evaluator find the clauses met when the key has this value? */
export function admits(key: string, clauses: readonly Clause[], value: KeyValue): boolean {
  if (clauses.length === 0) return true
  return evaluateConditions(conditionOf(clauses), value === undefined ? {} : { [key]: value }).met
}

/** `Null true`: the key must be absent (a Null clause that also lists `false` admits it present too: its values are ORed). */
const isNullTrue = (c: Clause) => c.op?.base === 'Null' && c.values.every((v) => v.toLowerCase() === 'true')
const MAX_SAMPLES = 48

function candidates(key: string, a: readonly Clause[], b: readonly Clause[], multi: boolean): KeyValue[] {
  // One plain value: a Null clause samples nothing of its own.
  const samples: string[] = ['some-value']
  const seen = new Set<string>(samples)
  // Each clause's own first samples (the values its patterns take in, and their neighbours).
  const heads: string[][] = []
  for (const c of [...a, ...b]) {
    const family = familyOf(c)
    if (!family) continue
    if (samples.length >= MAX_SAMPLES) break
    const head: string[] | undefined = multi && heads.length < PAIRED_CLAUSES ? [] : undefined
    if (head) heads.push(head)
    for (const s of family.samples(c)) {
      if (head && head.length < PAIRED_SAMPLES) head.push(s)
      if (samples.length >= MAX_SAMPLES) break
      if (seen.has(s)) continue
      seen.add(s)
      samples.push(s)
    }
  }
  // A value the key's type can hold (Bool, Numeric), which `some-value` is not: clauses that sample nothing of their
  // own (`Null false` against `Null true`) would otherwise try no present value the key can carry.
  for (const s of typedSamples(key)) {
    if (seen.has(s)) continue
    seen.add(s)
    samples.push(s)
  }
  const out: KeyValue[] = [undefined, ...samples]
  if (multi) {
    out.push([])
    const few = samples.slice(0, 8)
    for (let i = 0; i < few.length; i++) for (let j = i + 1; j < few.length; j++) out.push([few[i], few[j]])
    // A value one clause takes in next to one another clause takes in: the first eight samples may all come from one
    // side (`ForAnyValue:StringLike a*` against `ForAllValues:StringNotEquals b` needs the list [a, b]).
    const paired = new Set(out.filter(Array.isArray).map((list) => JSON.stringify(list)))
    for (const list of listsAcrossClauses(heads)) {
      const id = JSON.stringify(list)
      if (paired.has(id) || paired.has(JSON.stringify([list[1], list[0]]))) continue
      paired.add(id)
      out.push(list)
    }
  }
  return out
}

/**
 * A clause met by any request: `StringLikeIfExists` or `ForAllValues:StringLike`
 * with the value `*` (a pattern that matches every string, on a key that may
 * also be absent).
 * Whatever the other side tests, it implies this. The evaluator confirms it on
 * an absent key, an empty string, a value, an empty list and a list.
 */
function admitsEverything(key: string, c: Clause): boolean {
  // `ForAllValues:` holds for an absent key and an empty list, and for a list whose every value matches `*`.
  if (c.negated || c.op?.set === 'ForAnyValue' || c.op?.base !== 'StringLike' || !c.values.includes('*')) return false
  return [undefined, '', 'x', [], ['x', 'y']].every((v) => admits(key, [c], v))
}

/**
 * A clause met by every request that has the key: `StringLike` with the value
 * `*` and no set prefix (one value of a list matching is enough), the usual
 * way to say "the key is present", as `Null false` does.
 */
function admitsEveryPresentValue(key: string, c: Clause): boolean {
  if (c.negated || c.op?.set || c.op?.base !== 'StringLike' || !c.values.includes('*')) return false
  return ['', 'x', ['x', 'y']].every((v) => admits(key, [c], v))
}

/** Is clause `c` met whenever all of `a` are (no policy variables, known operators)? `true` only when proven. */
function implied(key: string, a: readonly Clause[], c: Clause, work: DiffWork): boolean {
  const family = familyOf(c)
  const base = c.op?.base
  if (base === 'Null') {
    // What `c` refuses (the key present, or absent), `a` must refuse too.
    const presentOk = !isNullTrue(c) || a.some(isNullTrue)
    const absentOk = admits(key, [c], undefined) || !admits(key, a, undefined)
    return presentOk && absentOk
  }
  if (!family || !c.op) return false
  if (admitsEverything(key, c)) return true
  // Only a request without the key can be admitted by `a` and not by `c`.
  if (admitsEveryPresentValue(key, c)) return !admits(key, a, undefined) || admits(key, [c], undefined)
  if (a.some(isNullTrue) && (c.op.set === 'ForAllValues' || admits(key, [c], undefined))) return true
  const sameKind = a.filter((x) => familyOf(x) === family && x.op?.set === c.op?.set)
  if (c.op.set) return sameKind.some((x) => family.subset([x], c, work))
  if (a.some((x) => x.op?.set)) return false
  const absentOk = !admits(key, a, undefined) || admits(key, [c], undefined)
  if (!absentOk || sameKind.length === 0) return false
  // Tests taken together (the values excluded pooled) only on a key with one value: a list's values may pass one each.
  return family.subset(sameKind, c, work) || (family === stringFamily && singleValued(key) && subsetWithExclusions(sameKind, c, work))
}

/**
 * A global key (aws:…) the Service Authorization Reference gives one value
 * (not ArrayOf…): a request never holds a list for it. Global keys only: the
 * reference types some identity-provider keys as one string that hold several
 * (`cognito-identity.amazonaws.com:amr`, which AWS's examples test with
 * `ForAnyValue:`).
 */
export function singleValued(key: string): boolean {
  const info = findConditionKey(key)
  return info !== undefined && info.global && !info.type.startsWith('ArrayOf')
}

/**
 * A clause with a set prefix on a single-valued key, as the clauses without it
 * that admit the same requests (a block's clauses on one key all hold): the
 * key's one value is a set of one, so `ForAllValues:Op` holds when the key is
 * absent or its value passes (`OpIfExists`), and `ForAnyValue:Op` when it is
 * present and passes: `Op`, and for a negated `Op` (which an absent key
 * passes) `Null false` beside it. `ForAnyValue:` with IfExists is kept (it is
 * opaque: clause.ts).
 */
function withoutSetPrefix(c: Clause): Clause[] {
  if (!c.op?.set) return [c]
  if (c.op.set === 'ForAllValues') return [clauseOf(`${c.op.base}IfExists`, c.key, c.values)]
  if (c.op.ifExists) return [c]
  const plain = clauseOf(c.op.base, c.key, c.values)
  return c.negated ? [clauseOf('Null', c.key, ['false']), plain] : [plain]
}

/**
 * The clauses with `Bool` on both `true` and `false` read as what they admit
 * on a key the reference types Bool, which holds one of the two when present:
 * `Null false` (the key present), and nothing at all with IfExists.
 */
function byBoolDomain(key: string, clauses: readonly Clause[]): readonly Clause[] {
  const both = (c: Clause) => c.op?.base === 'Bool' && !c.op.set && !c.opaque && ['true', 'false'].every((t) => c.values.some((v) => v.toLowerCase() === t))
  if (!clauses.some(both) || findConditionKey(key)?.type !== 'Bool') return clauses
  return clauses.flatMap((c) => (!both(c) ? [c] : c.op?.ifExists ? [] : [clauseOf('Null', key, ['false'])]))
}

/**
 * Is every value of the key that `a` admits also admitted by `b`? An empty
 * list is no condition on the key (it admits everything).
 */
export function keySubset(key: string, written: readonly Clause[], writtenB: readonly Clause[], work: DiffWork): Proof {
  // On a single-valued key a set prefix only says what an absent key does: compared as the clause that says it.
  const single = [...written, ...writtenB].some((c) => c.op?.set) && singleValued(key)
  const a = byBoolDomain(key, single ? written.flatMap(withoutSetPrefix) : written)
  const b = byBoolDomain(key, single ? writtenB.flatMap(withoutSetPrefix) : writtenB)
  const needed = b.filter((bc) => !a.some((ac) => sameClause(ac, bc)))
  if (needed.length === 0) return { holds: true }
  const unknown: Proof = { holds: 'unknown', why: undocumentedText([...written, ...writtenB]) ?? `cannot compare \`${clausesText(written)}\` with \`${clausesText(writtenB)}\`` }
  // Past the work budget: unknown, which the diff never reads as a verdict (it is marked over budget).
  if (!work.spend(valuesReadWork(a) + valuesReadWork(b))) return unknown
  // By values alone (policy variables by their canonical spelling): each clause needed has one of `a` within it.
  // Each pair of one operator reads both lists: work the budget counts (a hostile key is spelt many ways).
  const within = (ac: Clause, bc: Clause) => ac.operator === bc.operator && work.spend(ac.values.length + bc.values.length) && valuesWithin(ac, bc)
  if (needed.every((bc) => a.some((ac) => within(ac, bc)))) return { holds: true }
  // A clause of `a` we cannot read only narrows `a`: leaving it out is safe for a proof (not for a witness).
  const usable = a.filter((c) => c.op && !c.opaque)
  // An opaque value (a policy variable, a number IAM may read otherwise) is unknown; in a clause that admits what
  // matches any of its values (not a negated one), the other values admit less than all of them, so a proof
  // against those holds.
  const provable = needed.map((c) => (c.op && c.opaque && !c.negated ? withoutOpaqueValues(c) : c))
  if (provable.some((c) => !c || !c.op || c.opaque)) return unknown
  // The proof is cheap; the witness search evaluates, so it runs only when the proof fails.
  if (provable.every((c) => implied(key, usable, c as Clause, work))) return { holds: true }
  // An opaque value could stand for what a witness would show: no witness then.
  if (needed.some((c) => c.opaque)) return unknown
  if (usable.length === a.length) {
    const multi = !single && [...a, ...b].some((c) => c.op?.set !== undefined)
    // Each candidate is tried by the evaluator against every value of both sides (or looked up in an index of them).
    const perCandidate = testCount(a) + testCount(b)
    const possible = possibleValue(key)
    for (const value of candidates(key, a, b, multi)) {
      if (!work.spend(perCandidate)) return unknown
      if (possible(value) && admits(key, a, value) && !admits(key, b, value)) return { holds: false, witness: value }
    }
  }
  return unknown
}

/** Why a comparison is unknown when a value is in a form IAM does not document (./forms.ts): said so, with the value. */
function undocumentedText(clauses: readonly Clause[]): string | undefined {
  for (const c of clauses) {
    const base = c.op?.base
    if (!c.opaque || base === undefined) continue
    const value = c.values.find((v) => !hasPolicyVariable(v) && !documentedForm(base, v))
    if (value !== undefined) return `IAM does not document how it reads \`${value}\` in ${c.operator} (it documents ${documentedFormsText(base)})`
    const long = c.values.find((v) => !hasPolicyVariable(v) && !exactlyCompared(base, v))
    if (long !== undefined) return `IAM does not document to how many digits it reads \`${long}\` in ${c.operator} (the diff tells numbers apart to 15 digits)`
  }
  return undefined
}

/** The forms IAM documents for an operator's values, in words (./forms.ts). */
function documentedFormsText(base: string): string {
  if (base.startsWith('Numeric')) return 'integers and decimals'
  if (base.startsWith('Date')) return 'ISO 8601 dates with a time and offset, and epoch seconds'
  if (base === 'Bool') return 'true and false'
  return 'standard CIDR notation, such as 203.0.113.0/24, with no leading zeros or spaces'
}

/** The units for the evaluator testing one candidate value against the clauses. */
const testCount = (clauses: readonly Clause[]): number =>
  clauses.reduce((n, c) => {
    const family = familyOf(c)
    // Without an index the evaluator reads every value of the clause.
    return n + (family?.testWork ? family.testWork(c) : valuesReadWork([c]))
  }, 0)

/** The clause with only its values that are not opaque; undefined when every value is. */
function withoutOpaqueValues(c: Clause): Clause | undefined {
  const values = c.values.filter((v) => !isOpaque(c.op?.base, v))
  return values.length === 0 ? undefined : { ...c, values, opaque: false }
}

const memo = new Map<string, Proof>()

/** keySubset, remembered: the same clause sets meet again and again in one diff. */
export function keySubsetMemo(key: string, a: readonly Clause[], b: readonly Clause[], work: DiffWork): Proof {
  const id = JSON.stringify([key, a.map((c) => [c.operator, c.values]), b.map((c) => [c.operator, c.values])])
  let proof = memo.get(id)
  if (!proof) {
    proof = keySubset(key, a, b, work)
    // An answer cut short by the budget is no answer to remember for the next diff.
    if (work.spent) return proof
    if (memo.size > 20000) memo.clear()
    // Clause sets of a few values are what meet again; an id of thousands of values is worked out each time.
    if (memorable(id, 4096)) memo.set(id, proof)
  }
  return proof
}

/**
 * Do the clauses on one key admit no request at all (the key neither absent
 * nor with any value passes them all)? `true` only when proven: `Null true`
 * with a test the absent key fails, or, on a key with one value, tests of one
 * family whose ranges do not meet (`DateGreaterThan` 2027 and `DateLessThan`
 * 2026), or a `StringEquals` none of whose values passes the other tests,
 * or, on a key the reference types Bool, neither `true` nor `false`; on a key
 * that may hold a list, a `ForAnyValue:` test that no one value passes with
 * the `ForAllValues:` tests (listAdmitsNothing). A
 * clause that cannot be read is left out, which only makes the rest admit
 * more: a proof for them holds for all.
 */
export function admitsNothing(key: string, clauses: readonly Clause[], work: DiffWork): boolean {
  if (clauses.length === 0) return false
  if (!work.spend(valuesReadWork(clauses))) return false
  const readable = clauses.filter((c) => c.op && !c.opaque)
  if (readable.length === 0 || admits(key, readable, undefined)) return false
  // The key must be absent, and absent it fails a test.
  if (readable.some(isNullTrue)) return true
  // A key that may hold a list: a test without a set prefix may pass on one value and another test on the next.
  if (!singleValued(key)) return listAdmitsNothing(key, readable, work)
  return oneValueAdmitsNothing(key, readable.flatMap(withoutSetPrefix).filter((c) => !c.op?.set), work)
}

/**
 * admitsNothing on a key that may hold a list, read only where every test has
 * a set prefix (no IfExists): `ForAnyValue:` needs one value of the list that
 * passes its test, and `ForAllValues:` every value to pass its own, so one
 * value must pass a `ForAnyValue:` test and every `ForAllValues:` test
 * together (each `ForAnyValue:` test may take another value of the list). If
 * for some `ForAnyValue:` test no one value does, no request passes: an
 * absent key or an empty list fails every `ForAnyValue:` test (IAM's
 * multivalued context keys page). `ForAnyValue:StringEquals b` with
 * `ForAllValues:StringNotLike b`: a list with b, each of whose values is not b.
 */
function listAdmitsNothing(key: string, readable: readonly Clause[], work: DiffWork): boolean {
  // How IAM reads a test without a set prefix on a list is not documented.
  if (readable.some((c) => !c.op?.set || c.op.ifExists)) return false
  const onOneValue = (c: Clause) => clauseOf(c.operator.slice(c.operator.indexOf(':') + 1), key, c.values)
  const every = readable.filter((c) => c.op?.set === 'ForAllValues').map(onOneValue)
  const present = clauseOf('Null', key, ['false'])
  for (const some of readable.filter((c) => c.op?.set === 'ForAnyValue')) {
    if (oneValueAdmitsNothing(key, [onOneValue(some), ...every, present], work)) return true
  }
  return false
}

/**
 * Would the clauses on a key that may hold a list (not singleValued) admit no
 * request if it held one value? Its tests without a set prefix pass no one
 * value, and absent it fails one (`StringEquals a` with `StringNotEquals a`
 * on `s3:prefix`, which S3 sends as one string, though the diff does not take
 * a service's key to hold one value: a list [a, b] might pass each test on
 * another value). Then whether the clauses admit anything is not known.
 */
export function admitsNothingIfOneValue(key: string, clauses: readonly Clause[], work: DiffWork): boolean {
  if (clauses.length < 2 || singleValued(key)) return false
  if (!work.spend(valuesReadWork(clauses))) return false
  const readable = clauses.filter((c) => c.op && !c.opaque)
  if (readable.length < 2 || readable.some((c) => c.op?.set) || admits(key, readable, undefined)) return false
  return oneValueAdmitsNothing(key, readable, work)
}

/** admitsNothing on a key with one value (or one value of a list), its tests without set prefixes. */
function oneValueAdmitsNothing(key: string, usable: readonly Clause[], work: DiffWork): boolean {
  for (const c of usable) {
    const family = familyOf(c)
    if (!family || !c.op) continue
    const nothing = clauseOf(family.bases[0], key, [])
    const same = usable.filter((x) => familyOf(x) === family)
    if (family.subset(same, nothing, work) || (family === stringFamily && subsetWithExclusions(same, nothing, work))) return true
  }
  // A key the reference types Bool holds `true` or `false` when present (impossibleText): if neither passes, nothing
  // does (`Bool true` with `BoolIfExists false`, which no family compares with the other).
  if (findConditionKey(key)?.type === 'Bool') {
    if (!work.spend(2 * (testCount(usable) + 1))) return false
    return !admits(key, usable, 'true') && !admits(key, usable, 'false')
  }
  // A StringEquals admits its own values only: if none passes the other tests, nothing does.
  const exact = usable.find((c) => c.op?.base === 'StringEquals' && !c.negated)
  if (!exact) return false
  if (!work.spend(exact.values.length * (testCount(usable) + 1))) return false
  return exact.values.every((v) => !admits(key, usable, v))
}

/**
 * Whether some request can carry `value` for `key`: a witness is such a
 * value, not text outside the key's documented format
 * (key-value-formats.ts), nor text a key the reference types Numeric or Bool
 * never holds (`other-value` for aws:SecureTransport). A missing key is
 * always possible.
 */
export function possibleValue(key: string): (value: KeyValue) => boolean {
  const format = valueFormatOf(key)
  const type = findConditionKey(key)?.type
  const impossible = type === undefined ? undefined : impossibleText(type)
  return (value) => value === undefined || (Array.isArray(value) ? value : [value]).every((v) => (!format || format.pattern.test(v)) && !impossible?.(v))
}

/**
 * Values a key of this type (Service Authorization Reference) can hold,
 * tried as witnesses beside the clauses' own samples: a test on a value IAM
 * cannot read (`NumericLessThan abc`) samples no value a request can carry.
 */
export function typedSamples(key: string): readonly string[] {
  const type = findConditionKey(key)?.type
  return type === 'Bool' ? ['true', 'false'] : type === 'Numeric' ? ['1'] : []
}

/**
 * Text no request value of a key of this type (Service Authorization
 * Reference) can be, for a test that compares text: a Numeric key holds a
 * number (digits, a sign, a point, an exponent), a Bool key `true` or
 * `false`. Undefined for the other types, whose values may be any text.
 */
function impossibleText(type: string): ((value: string) => boolean) | undefined {
  if (type === 'Numeric') return (v) => !/\d/.test(v) || /[^0-9.eE+-]/.test(v)
  if (type === 'Bool') return (v) => !/^(true|false)$/i.test(v)
  return undefined
}

/**
 * Does no request pass clause `c`, by what its values can be? A Numeric or
 * Date operator meets no value when none of its own reads as a number or a
 * date, on any key (IAM's condition operators page: they compare "an integer
 * or decimal value", a date); a text test (`StringEquals`,
 * `StringEqualsIgnoreCase`, `StringLike` without a wildcard, `Bool`) on a
 * key the reference types Numeric or Bool meets none when each value is text
 * such a key never holds (`StringEquals s3:max-keys "all"`), and on a key
 * whose values an API validates (key-value-formats.ts) when each value is
 * outside that format (`StringEquals sts:ExternalId "a b"`). Only a clause
 * that an absent key fails (no IfExists, no `ForAllValues:`) and that no
 * negation turns round. Why, in words, when certain; undefined otherwise.
 *
 * `effect`: the statement's. A value IAM cannot read as its operator's type
 * (`NumericLessThan "abc"`, `Bool "no"`) never counts in the caller's favour
 * (the evaluator, ../../evaluate/conditions.ts): an Allow resting on it does
 * not apply, but a Deny resting on it does, so for a Deny such a clause is not
 * one that no request passes.
 */
export function ruledOutByType(c: Clause, effect: 'Allow' | 'Deny' = 'Allow'): string | undefined {
  if (!c.op || c.negated || c.op.ifExists || c.op.set === 'ForAllValues' || c.values.length === 0 || c.values.some(hasPolicyVariable)) return undefined
  const base = c.op.base
  const family = valueFamilyOf(base)
  if (effect === 'Deny' && family && c.values.some((v) => readConditionValue(family, v).form === 'invalid')) return undefined
  // Numbers and dates as the linter and the evaluator read them (../../iam/value-forms.ts).
  if (base.startsWith('Numeric')) return c.values.every((v) => readNumber(v).form === 'invalid') ? 'no value of it is a number' : undefined
  if (base.startsWith('Date')) return c.values.every((v) => readDate(v).form === 'invalid') ? 'no value of it is a date' : undefined
  const textTest = base === 'StringEquals' || base === 'StringEqualsIgnoreCase' || base === 'Bool' || (base === 'StringLike' && !c.values.some((v) => /[*?]/.test(v)))
  // A key whose values an API validates (sts:ExternalId): text outside its documented format is no request's value.
  const format = textTest && base !== 'Bool' ? valueFormatOf(c.key) : undefined
  if (format && !c.values.some((v) => format.pattern.test(v))) return `STS takes \`${findConditionKey(c.key)?.key ?? c.key}\` as ${format.rule}, and no value of it is one`
  const info = textTest ? findConditionKey(c.key) : undefined
  const impossible = info && impossibleText(info.type)
  if (!info || !impossible || !c.values.every(impossible)) return undefined
  return `the Service Authorization Reference types \`${info.key}\` ${info.type}, and no value of it is ${info.type === 'Bool' ? 'true or false' : 'a number'}`
}

/** Operators whose tests are each other's opposite on a present value. */
const OPPOSITE: Record<string, string> = {
  StringEquals: 'StringNotEquals',
  StringLike: 'StringNotLike',
  StringEqualsIgnoreCase: 'StringNotEqualsIgnoreCase',
  ArnEquals: 'ArnNotEquals',
  ArnLike: 'ArnNotLike',
  NumericEquals: 'NumericNotEquals',
  DateEquals: 'DateNotEquals',
  IpAddress: 'NotIpAddress'
}
for (const [a, b] of Object.entries(OPPOSITE)) OPPOSITE[b] = a

/**
 * Order tests whose opposite on a present value is the other side of the
 * same bound (`NumericLessThan 3600` fails exactly where
 * `NumericGreaterThanEquals 3600` holds), on a key the Service Authorization
 * Reference types as the family compares (every value a number, or a date:
 * text that is neither passes neither test). Only a test of one bound: the
 * values of one test are ORed, so `< 10` or `< 20` is not undone by `>= 10`
 * or `>= 20`.
 */
const OTHER_SIDE: Record<string, string> = {
  NumericLessThan: 'NumericGreaterThanEquals',
  NumericLessThanEquals: 'NumericGreaterThan',
  DateLessThan: 'DateGreaterThanEquals',
  DateLessThanEquals: 'DateGreaterThan'
}
for (const [a, b] of Object.entries(OTHER_SIDE)) OTHER_SIDE[b] = a

/**
 * The clauses (as operator and values) a request meets exactly when it does
 * not meet `clauses`, on a key with one value; undefined when there are none
 * or that is not known. An absent key fails a positive test and passes a
 * negated one (IAM's condition operators page), so `StringEquals v` fails
 * where `StringNotEquals v` holds; `StringEqualsIfExists v` fails only on a
 * present value other than v: `StringNotEquals v` with `Null false`.
 */
export function oppositeOf(key: string, clauses: readonly Clause[]): { operator: string; values: string[] }[] | undefined {
  if (clauses.length !== 1 || !singleValued(key)) return undefined
  const c = clauses[0]
  if (c.op && !c.opaque && !c.op.set && Object.hasOwn(OTHER_SIDE, c.op.base)) {
    const type = c.op.base.startsWith('Numeric') ? 'Numeric' : 'Date'
    if (c.values.length !== 1 || findConditionKey(key)?.type !== type) return undefined
    // An absent key fails an order test and passes its IfExists form: the opposite of one is the other side's other.
    const other = OTHER_SIDE[c.op.base]
    return [{ operator: c.op.ifExists ? other : `${other}IfExists`, values: c.values }]
  }
  if (!c.op || c.opaque || c.op.set || !Object.hasOwn(OPPOSITE, c.op.base)) return undefined
  const opposite = OPPOSITE[c.op.base]
  if (!c.op.ifExists) return [{ operator: opposite, values: c.values }]
  // Absent, `OpIfExists` holds: its opposite needs the key present (a negated opposite alone would take absence in).
  return c.negated ? [{ operator: opposite, values: c.values }] : [{ operator: opposite, values: c.values }, { operator: 'Null', values: ['false'] }]
}

// Condition blocks compared as sets of request contexts, key by key: a block
// is an AND of its keys' clauses, and each key is its own part of the request,
// so block A admits a subset of block B exactly when every key of A does (for
// blocks that admit anything at all).
import type { ConditionMap } from '../../iam/normalise.js'
import { clauseOf, clausesByKey, sameClause, type Clause } from './clause.js'
import { admits, admitsNothing, admitsNothingIfOneValue, keySubsetMemo, oppositeOf, ruledOutByType, singleValued, type Proof } from './key.js'
import { findConditionKey } from '../../iam/catalog/index.js'
import { valuesReadWork, type DiffWork } from '../work.js'

export type { Clause, KeyValue } from './clause.js'
export { clauseOf, clausesByKey, clausesText, clauseWith, clauseText, hasPolicyVariable, unreadByEvaluator } from './clause.js'
export { admits, keySubset, oppositeOf, possibleValue, singleValued, typedSamples, type Proof } from './key.js'

export interface KeyComparison {
  /** Canonical (lower-cased) key. */
  key: string
  before: Clause[]
  after: Clause[]
  /** Is every value the after version admits admitted before (nothing gained)? */
  afterInBefore: Proof
  /** Is every value the before version admitted still admitted (nothing lost)? */
  beforeInAfter: Proof
}

const sameClauses = (a: readonly Clause[], b: readonly Clause[]) => a.length === b.length && a.every((x) => b.some((y) => sameClause(x, y)))

/** The keys whose clauses differ between two blocks, each compared both ways. */
export function compareConditionBlocks(before: ConditionMap, after: ConditionMap, work: DiffWork): KeyComparison[] {
  const b = clausesByKey(before)
  const a = clausesByKey(after)
  const keys = [...new Set([...b.keys(), ...a.keys()])].sort()
  const out: KeyComparison[] = []
  for (const key of keys) {
    const bc = b.get(key) ?? []
    const ac = a.get(key) ?? []
    if (sameClauses(bc, ac)) continue
    // Each proof is worked out when first read: a key reported value by value never needs them.
    let gained: Proof | undefined
    let lost: Proof | undefined
    out.push({
      key,
      before: bc,
      after: ac,
      get afterInBefore() {
        return (gained ??= keySubsetMemo(key, ac, bc, work))
      },
      get beforeInAfter() {
        return (lost ??= keySubsetMemo(key, bc, ac, work))
      }
    })
  }
  return out
}

// Each condition block's clauses, made once: the diff asks about one
// statement's conditions again for every value it compares, and a block may
// hold thousands of keys. Kept as long as the block.
const clausesOfBlock = new WeakMap<ConditionMap, Map<string, Clause[]>>()

function clausesOf(block: ConditionMap, work: DiffWork): Map<string, Clause[]> {
  let clauses = clausesOfBlock.get(block)
  if (!clauses) {
    clauses = clausesByKey(block)
    work.spend(4 * clauses.size)
    clausesOfBlock.set(block, clauses)
  }
  return clauses
}

/** Whenever `specific`'s conditions hold, do `general`'s? `true` only when proven. */
export function conditionsImply(specific: ConditionMap, general: ConditionMap, work: DiffWork): boolean {
  const g = clausesOf(general, work)
  if (g.size === 0) return true
  const s = clausesOf(specific, work)
  for (const [key, clauses] of g) {
    if (!work.spend()) return false
    if (keySubsetMemo(key, s.get(key) ?? [], clauses, work).holds !== true) return false
  }
  return true
}

/**
 * The (canonical) key of a block whose tests no request passes (`Null true`
 * with a `StringEquals`, a date window that closes before it opens), and
 * those tests; undefined when the block may hold (or that is not proven). A
 * statement with such a block applies to no request. `effect`: the
 * statement's (see ruledOutByType: a Deny's value IAM cannot read may apply).
 */
export function conditionNeverHolds(block: ConditionMap, work: DiffWork, effect: 'Allow' | 'Deny' = 'Allow'): { key: string; clauses: Clause[]; why?: string } | undefined {
  for (const [key, clauses] of clausesOf(block, work)) {
    if (!work.spend(valuesReadWork(clauses))) return undefined
    // A test whose values the key never holds (ruledOutByType): alone, it admits nothing (for a Deny, not by values IAM cannot read).
    for (const c of clauses) {
      const why = ruledOutByType(c, effect)
      if (why) return { key, clauses: [c], why }
    }
    // Otherwise only tests ANDed on one key can clash; one test alone that admits nothing (no values) is not looked for.
    if (clauses.length < 2) continue
    if (admitsNothing(key, clauses, work)) return { key, clauses }
  }
  return undefined
}

/**
 * The (canonical) key of a block that no request meets if that key holds one
 * value, on a key the diff does not take to hold one (admitsNothingIfOneValue),
 * and its tests; undefined otherwise. Whether a statement with such a block
 * applies to any request is not known.
 */
export function conditionMayNeverHold(block: ConditionMap, work: DiffWork): { key: string; clauses: Clause[] } | undefined {
  for (const [key, clauses] of clausesOf(block, work)) {
    if (clauses.length >= 2 && admitsNothingIfOneValue(key, clauses, work)) return { key, clauses }
  }
  return undefined
}

/**
 * Is there a key on which the tests of `a` and of `b` together admit no
 * request (admitsNothing)? Then no request meets both blocks: an Allow with
 * `IpAddress 10.0.0.0/8` and a Deny with `NotIpAddress 10.0.0.0/8` never
 * apply to one request. `false` when not proven.
 */
export function conditionsExclude(a: ConditionMap, b: ConditionMap, work: DiffWork): boolean {
  const ca = clausesOf(a, work)
  const cb = clausesOf(b, work)
  const [few, many] = ca.size <= cb.size ? [ca, cb] : [cb, ca]
  for (const [key, clauses] of few) {
    if (!work.spend()) return false
    const others = many.get(key)
    if (others && admitsNothing(key, [...clauses, ...others], work)) return true
  }
  return false
}

/**
 * The clauses a request meets exactly when it fails `clauses` (all on `key`),
 * or undefined when that is not one AND of clauses: `Null true` and `Null
 * false` are each other's opposite on any key; otherwise oppositeOf (one
 * clause on a single-valued key).
 */
function complementOf(key: string, clauses: readonly Clause[]): Clause[] | undefined {
  if (clauses.length === 1 && clauses[0].op?.base === 'Null' && !clauses[0].op.set && !clauses[0].op.ifExists && !clauses[0].opaque) {
    const values = new Set(clauses[0].values.map((v) => v.toLowerCase()))
    if (values.size !== 1) return undefined
    const [only] = values
    return only === 'true' ? [clauseOf('Null', key, ['false'])] : only === 'false' ? [clauseOf('Null', key, ['true'])] : undefined
  }
  return oppositeOf(key, clauses)?.map(({ operator, values }) => clauseOf(operator, key, values))
}

/**
 * The ways a request fails `clauses` (all on `key`), each an AND of clauses:
 * one way when complementOf finds one; otherwise, for several tests (a window
 * `DateGreaterThan 2030` and `DateLessThan 2031`), failing any one of them,
 * each by its own complement. Undefined when some test has none.
 */
function complementsOf(key: string, clauses: readonly Clause[]): Clause[][] | undefined {
  const whole = complementOf(key, clauses)
  if (whole) return [whole]
  if (clauses.length < 2) return undefined
  const ways: Clause[][] = []
  for (const c of clauses) {
    const one = complementOf(key, [c])
    if (!one) return undefined
    ways.push(one)
  }
  return ways
}

/** Combinations of ways (one per block) failingAllAdmitsNothing tries before it gives up (each is an admitsNothing). */
const FAILING_COMBINATIONS = 64

/**
 * Does no request meet `own` and fail every block (each block's ways to fail,
 * complementsOf)? Each choice of one way per block, met with `own`, must admit
 * nothing. False when not proven or past FAILING_COMBINATIONS.
 */
function failingAllAdmitsNothing(key: string, own: readonly Clause[], blocks: readonly Clause[][][], work: DiffWork): boolean {
  let combinations = 1
  for (const ways of blocks) if ((combinations *= ways.length) > FAILING_COMBINATIONS) return false
  const chosen: Clause[] = [...own]
  const each = (i: number): boolean => {
    if (i === blocks.length) return admitsNothing(key, chosen, work)
    for (const way of blocks[i]) {
      chosen.push(...way)
      const nothing = each(i + 1)
      chosen.length -= way.length
      if (!nothing) return false
    }
    return true
  }
  return each(0)
}

/**
 * Blocks that together admit every request `target` admits, though maybe no
 * one of them does: each admits whatever `target` does except on one key,
 * the same for all (`IpAddress 10.0.0.0/9` and `IpAddress 10.128.0.0/9`
 * against `IpAddress 10.0.0.0/8`; `Null true` and `Null false` against no
 * condition). A request `target` admits that none of them does would fail
 * each one's test on that key, so meet each test's complement (complementOf)
 * together with `target`'s own tests on the key: when those admit nothing
 * (admitsNothing), there is no such request. On a key with few values
 * (a Bool) each value is tried instead. The indices of the blocks used;
 * undefined when not proven.
 */
export function unionAdmits(target: ConditionMap, blocks: readonly ConditionMap[], work: DiffWork): number[] | undefined {
  const t = clausesOf(target, work)
  // By key: the blocks that differ from `target` on it alone, the complements of their tests on it, and the tests.
  const byKey = new Map<string, { used: number[]; complements: Clause[][][] | undefined; tests: Clause[][] }>()
  for (const [i, block] of blocks.entries()) {
    const g = clausesOf(block, work)
    let differs: string | undefined
    let usable = true
    for (const [key, clauses] of g) {
      if (!work.spend()) return undefined
      if (keySubsetMemo(key, t.get(key) ?? [], clauses, work).holds === true) continue
      if (differs !== undefined) {
        usable = false
        break
      }
      differs = key
    }
    // A block that admits all of `target` alone is the caller's to find; one that differs on two keys is no use here.
    if (!usable || differs === undefined) continue
    const tests = g.get(differs) as Clause[]
    const complement = complementsOf(differs, tests)
    const entry = byKey.get(differs) ?? { used: [], complements: [], tests: [] }
    entry.used.push(i)
    entry.tests.push(tests)
    entry.complements = complement && entry.complements ? [...entry.complements, complement] : undefined
    byKey.set(differs, entry)
  }
  for (const [key, { used, complements, tests }] of byKey) {
    if (used.length < 2) continue
    const own = t.get(key) ?? []
    if (complements && failingAllAdmitsNothing(key, own, complements, work)) return used
    // A key with few values (finiteDomainOf): each one `target` admits, some block admits too. Tried by the
    // evaluator, so only on tests it reads as IAM does (no policy variable, a known operator).
    const readable = (c: Clause) => c.op !== undefined && !c.opaque
    const domain = own.every(readable) && tests.every((clauses) => clauses.every(readable)) ? finiteDomainOf(key) : undefined
    if (domain && work.spend(domain.length * (used.length + 1)) && domain.every((v) => !admits(key, own, v) || tests.some((c) => admits(key, c, v)))) return used
  }
  return undefined
}

/**
 * Every value a key can take, where they are few: a single-valued key the
 * Service Authorization Reference types Bool is absent, `true` or `false`.
 * Undefined for any other key.
 */
function finiteDomainOf(key: string): (string | undefined)[] | undefined {
  return singleValued(key) && findConditionKey(key)?.type === 'Bool' ? [undefined, 'true', 'false'] : undefined
}

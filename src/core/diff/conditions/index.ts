// Condition blocks compared as sets of request contexts, key by key: a block
// is an AND of its keys' clauses, and each key is its own part of the request,
// so block A admits a subset of block B exactly when every key of A does (for
// blocks that admit anything at all).
import type { ConditionMap } from '../../iam/normalise.js'
import { clausesByKey, sameClause, type Clause } from './clause.js'
import { keySubsetMemo, type Proof } from './key.js'

export type { Clause, KeyValue } from './clause.js'
export { clauseOf, clausesByKey, clausesText, clauseText, hasPolicyVariable } from './clause.js'
export { admits, keySubset, type Proof } from './key.js'

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
export function compareConditionBlocks(before: ConditionMap, after: ConditionMap): KeyComparison[] {
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
        return (gained ??= keySubsetMemo(key, ac, bc))
      },
      get beforeInAfter() {
        return (lost ??= keySubsetMemo(key, bc, ac))
      }
    })
  }
  return out
}

/** Whenever `specific`'s conditions hold, do `general`'s? `true` only when proven. */
export function conditionsImply(specific: ConditionMap, general: ConditionMap): boolean {
  const g = clausesByKey(general)
  if (g.size === 0) return true
  const s = clausesByKey(specific)
  for (const [key, clauses] of g) if (keySubsetMemo(key, s.get(key) ?? [], clauses).holds !== true) return false
  return true
}

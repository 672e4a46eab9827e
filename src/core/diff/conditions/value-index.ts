// A clause's values, ready for "does one of them cover this value?". A
// condition on a key may list thousands of values, and the diff asks this for
// each value added or removed: the values that cover only themselves (by a
// key: the value itself, or lower-cased where case does not count) are looked
// up in a Set, and only the others (patterns) are compared one by one.
import { pairWork, type DiffWork } from '../work.js'
import type { Clause } from './clause.js'

/** A value's key when it covers exactly the values with the same key; undefined for a value to compare (a pattern). */
export type PlainKey = (value: string) => string | undefined

interface ClauseValues {
  /** Every value as written: each covers itself, pattern or not. */
  values: Set<string>
  plain: Set<string>
  compared: string[]
}

// Made when first asked for, kept as long as the clause (clauses are made once per statement and key).
const indexes = new WeakMap<Clause, ClauseValues>()

function valuesOf(clause: Clause, plainKey: PlainKey, work: DiffWork): ClauseValues {
  let index = indexes.get(clause)
  if (!index) {
    work.spend(clause.values.length)
    index = { values: new Set(clause.values), plain: new Set(), compared: [] }
    for (const v of clause.values) {
      const key = plainKey(v)
      if (key === undefined) index.compared.push(v)
      else index.plain.add(key)
    }
    indexes.set(clause, index)
  }
  return index
}

/**
 * Is every value of `specific` covered by some value of `general`, both read
 * with one `plainKey` (the same operator mode)? Exactly what comparing each
 * with each answers; false once the work budget is spent.
 */
export function everyValueCovered(
  specific: Clause,
  general: Clause,
  plainKey: PlainKey,
  covers: (general: string, specific: string) => boolean,
  work: DiffWork
): boolean {
  const index = valuesOf(general, plainKey, work)
  return specific.values.every((s) => {
    const key = plainKey(s)
    if (index.values.has(s) || (key !== undefined && index.plain.has(key))) return work.spend()
    // A plain value covers only its own key: the patterns are what is left to compare.
    return work.spend() && index.compared.some((g) => work.spend(pairWork(g, s)) && covers(g, s))
  })
}

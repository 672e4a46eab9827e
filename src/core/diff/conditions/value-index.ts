// A clause's values, ready for "does one of them cover this value?". A
// condition on a key may list thousands of values, and the diff asks this for
// each value added or removed: the values that cover only themselves (by a
// key: the value itself, or lower-cased where case does not count) are looked
// up in a Set, and only the others (patterns) are compared one by one.
import { comparisonWork, type DiffWork } from '../work.js'
import type { Clause } from './clause.js'

/** A value's key when it covers exactly the values with the same key; undefined for a value to compare (a pattern). */
export type PlainKey = (value: string) => string | undefined

interface ClauseValues {
  plain: Set<string>
  compared: string[]
  comparedChars: number
}

// Made when first asked for, kept as long as the clause (clauses are made once per statement and key).
const indexes = new WeakMap<Clause, ClauseValues>()

function valuesOf(clause: Clause, plainKey: PlainKey, work: DiffWork): ClauseValues {
  let index = indexes.get(clause)
  if (!index) {
    work.spend(clause.values.length)
    index = { plain: new Set(), compared: [], comparedChars: 0 }
    for (const v of clause.values) {
      const key = plainKey(v)
      if (key !== undefined) index.plain.add(key)
      else {
        index.compared.push(v)
        index.comparedChars += v.length
      }
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
    if (key !== undefined && index.plain.has(key)) return work.spend()
    // A plain value covers only its own key: the patterns are what is left to compare.
    return work.spend(1 + comparisonWork(s, index.compared.length, index.comparedChars)) && index.compared.some((g) => covers(g, s))
  })
}

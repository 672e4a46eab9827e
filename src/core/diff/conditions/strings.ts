// String operators (StringEquals, StringLike, StringEqualsIgnoreCase and their
// negations), Bool and BinaryEquals: a clause admits the values that match one
// of its patterns (or, negated, none of them). How a value matches depends on
// the operator's case rule: exactly, as a `*`/`?` pattern, or without case.
import { hasWildcard, matchesWildcard, patternCovers, patternsOverlap } from '../../iam/wildcard.js'
import type { Clause } from './clause.js'
import type { OperatorFamily } from './family.js'
import { coveredByUnion } from './glob-union.js'
import { everyValueCovered, type PlainKey } from './value-index.js'
import { valuesWork, type DiffWork } from '../work.js'

type Mode = 'exact' | 'like' | 'anyCase'

const MODES: Record<string, Mode> = {
  StringEquals: 'exact',
  StringNotEquals: 'exact',
  BinaryEquals: 'exact',
  StringLike: 'like',
  StringNotLike: 'like',
  StringEqualsIgnoreCase: 'anyCase',
  StringNotEqualsIgnoreCase: 'anyCase',
  Bool: 'anyCase'
}

const modeOf = (c: Clause): Mode => {
  const base = c.op?.base ?? ''
  return Object.hasOwn(MODES, base) ? MODES[base] : 'exact'
}

/** A character that has another case. */
const hasCase = (c: string) => c.toLowerCase() !== c.toUpperCase()

/** A pattern matching every case variant of `literal` (each cased character becomes `?`). */
function anyCasePattern(literal: string): string {
  return [...literal].map((c) => (hasCase(c) ? '?' : c === '*' || c === '?' ? '?' : c)).join('')
}

/** Does every value that `specific` matches also match `general`? `true` only when proven. */
function covers(gMode: Mode, general: string, sMode: Mode, specific: string): boolean {
  if (gMode === sMode && general === specific) return true
  switch (gMode) {
    case 'like':
      if (general === '*') return true
      return sMode === 'anyCase' ? patternCovers(general, anyCasePattern(specific)) : patternCovers(general, sMode === 'exact' ? literalPattern(specific) : specific)
    case 'exact':
      if (sMode === 'like') return !hasWildcard(specific) && general === specific
      return general === specific && (sMode === 'exact' || ![...specific].some(hasCase))
    case 'anyCase':
      if (sMode === 'like' && hasWildcard(specific)) return false
      return general.toLowerCase() === specific.toLowerCase()
  }
}

/** A literal as a pattern that matches at least it (its `*` and `?` become `?`: one character each). */
function literalPattern(literal: string): string {
  return literal.replace(/[*]/g, '?')
}

/** Can the two match a common value? `true` when unsure. */
function overlaps(aMode: Mode, a: string, bMode: Mode, b: string): boolean {
  if (aMode === 'anyCase' || bMode === 'anyCase') {
    const wild = (m: Mode, v: string) => m === 'like' && hasWildcard(v)
    return wild(aMode, a) || wild(bMode, b) || a.toLowerCase() === b.toLowerCase()
  }
  if (aMode === 'like' && bMode === 'like') return patternsOverlap(a, b)
  if (aMode === 'like') return matchesWildcard(a, b)
  if (bMode === 'like') return matchesWildcard(b, a)
  return a === b
}

/**
 * The key of a value that covers, in its own mode, exactly the values with
 * the same key (see covers): every exact value; every value without case,
 * lower-cased; a pattern's literal (one without a wildcard).
 */
const PLAIN_KEYS: Record<Mode, PlainKey> = {
  exact: (v) => v,
  anyCase: (v) => v.toLowerCase(),
  like: (v) => (hasWildcard(v) ? undefined : v)
}

/** Is every value of `specific` covered by some value of `general`? */
function allCovered(specific: Clause, general: Clause, work: DiffWork): boolean {
  const sm = modeOf(specific)
  const gm = modeOf(general)
  if (sm === gm && everyValueCovered(specific, general, PLAIN_KEYS[gm], (g, s) => covers(gm, g, sm, s), work)) return true
  if (sm !== gm && work.spend(valuesWork(specific, general)) && specific.values.every((s) => general.values.some((g) => covers(gm, g, sm, s)))) return true
  // A value no one pattern covers may be covered by several together (`a*` by `a` and `a?*`).
  if (gm !== 'like' || sm === 'anyCase' || !work.spend()) return false
  return specific.values.every(
    (s) => (sm === 'like' || !hasWildcard(s)) && (general.values.some((g) => covers(gm, g, sm, s)) || coveredByUnion(s, general.values, work) === true)
  )
}

function subsetOne(a: Clause, b: Clause, work: DiffWork): boolean {
  const am = modeOf(a)
  const bm = modeOf(b)
  if (!a.negated && !b.negated) return allCovered(a, b, work)
  // Negated: the excluded values of b must all be excluded by a.
  if (a.negated && b.negated) return allCovered(b, a, work)
  if (!a.negated && b.negated) return work.spend(valuesWork(a, b)) && a.values.every((x) => b.values.every((y) => !overlaps(am, x, bm, y)))
  return bm === 'like' && b.values.includes('*')
}

/**
 * A value a positive clause admits and no negated clause excludes is one
 * `target` admits when the positive clause lies within `target`'s values and
 * the excluded ones together: `StringLike a*` with `StringNotLike a` and
 * `StringNotLike a?*` admits no value (`a*` is `a` or `a?*`), which no one of
 * the clauses shows alone (an Allow on `a*` split into one on `a` and one on
 * `a?*` was "may narrow"). All read in one mode; `true` only when proven.
 * For one value only: on a key that may hold a list, one value may pass the
 * positive test and another the negated ones (the caller's to know).
 */
export function subsetWithExclusions(clauses: readonly Clause[], target: Clause, work: DiffWork): boolean {
  if (target.negated) return false
  const excluding = clauses.filter((c) => c.negated)
  if (excluding.length === 0) return false
  const mode = modeOf(excluding[0])
  if (excluding.some((c) => modeOf(c) !== mode) || (target.values.length > 0 && modeOf(target) !== mode)) return false
  const pooled = [...target.values, ...excluding.flatMap((c) => c.values)]
  if (!work.spend(pooled.length)) return false
  const union: Clause = { ...excluding[0], values: pooled, negated: false }
  return clauses.some((a) => !a.negated && modeOf(a) === mode && allCovered(a, union, work))
}

/** Instances of a pattern: each `*` as nothing, as one character, as a few; each `?` as one character. */
function instances(pattern: string): string[] {
  if (!hasWildcard(pattern)) return [pattern]
  const one = pattern.replace(/\?/g, 'x')
  return [one.replace(/\*/g, ''), one.replace(/\*/g, 'x'), one.replace(/\*/g, 'Qz-9')]
}

function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('')
}

export const stringFamily: OperatorFamily = {
  bases: Object.keys(MODES),
  samples(clause) {
    const out = ['other-value']
    if (clause.op?.base === 'Bool') out.push('true', 'false')
    for (const v of clause.values) {
      for (const i of modeOf(clause) === 'like' ? instances(v) : [v]) out.push(i, swapCase(i), `${i}x`)
    }
    return out
  },
  subset: (clauses, target, work) => clauses.some((a) => subsetOne(a, target, work))
}

// What one diff may spend comparing values. Both versions come from a pull
// request, so they are hostile input: a statement with thousands of patterns,
// all replaced, asks thousands of "does some value there cover this one?"
// questions, each against thousands of values. The indexes in ./coverage.ts
// and ./conditions/ answer the common shapes (plain values, address ranges)
// without comparing value by value; what is left is counted here, and once
// the budget is spent the diff stops comparing and says so (PolicyDiff's
// `overBudget`): the file is then not reviewed, never rated from answers cut
// short.
// The witness search keeps a budget of its own (./witness.ts), but what a
// character of a long value costs it is priced here too, beside the diff's.

import { actionsMatching, matchWork, type ActionInfo } from '../iam/catalog/index.js'
import { PATTERN_PAIR_BUDGET } from '../iam/wildcard.js'

/**
 * Units of work one diff may spend: a value looked up in an index or a
 * statement compared is one; a comparison of two patterns, or a condition
 * value tried by the evaluator, more (pairWork, overlapWork, readWork). The
 * weights were measured so that a unit is about 0.1 µs on every hostile
 * shape: spent, the budget is one to three seconds. Real diffs stay far under
 * it: the corpus suite __corpus__/diff/work.test.ts diffs 4,747 pairs of AWS
 * managed policies, the most taking 3.8 million (AmazonSageMakerFullAccess
 * against AmazonSageMakerServiceCatalogProductsLambdaServiceRolePolicy); 136
 * IP ranges all replaced by 136 others take 1 million (500: 8 million;
 * each changed range is rated against all of the other side's, so about
 * 1,000 a side reach the budget).
 */
export const DIFF_WORK_BUDGET = 25_000_000

/**
 * The units for reading `count` values of `chars` characters in all (looking
 * them up, handing them to the evaluator): one each, one per 8 characters.
 */
export function readWork(count: number, chars: number): number {
  return count + Math.ceil(chars / 8)
}

/**
 * What one comparison of two patterns costs over reading them, in units: it
 * splits both into tokens, looks up its memo and allocates its table
 * (measured on short patterns, `s3:Get*12` against `s3:Get*34`: about a
 * microsecond, eight lookups' time), then fills a table of one cell per
 * pair of positions (PAIR_CELLS cells to a unit).
 */
const PATTERN_COMPARISON = 8
const PAIR_CELLS = 64

/**
 * Splitting a pattern into tokens makes an array of one string per character
 * (the general pattern of a cover test one more, of its wildcard runs): on
 * short patterns that is in PATTERN_COMPARISON and the reading, but once the
 * arrays outgrow the young heap each character costs about a unit (measured
 * on `*a*a…` and `?a?a…` against `*a`: a fifth of one up to 1,024 characters
 * against a short pattern, 0.5 to 0.8 at 30,000, 1 to 1.6 at 300,000 and
 * more, where the read charge alone made a 640 KB pattern's budget take ten
 * times the documented time). So each character past the first
 * SHORT_PATTERN of either pattern costs LONG_PATTERN_CHAR units. Real values
 * are seldom that long (a whole managed policy is at most 6,144 characters, IAM
 * User Guide, "IAM and AWS STS quotas"), so their charge is as it was.
 */
const SHORT_PATTERN = 1024
const LONG_PATTERN_CHAR = 2

/** The units for splitting a pattern of `chars` characters into tokens, over what readWork charges. */
function tokensWork(chars: number): number {
  return chars > SHORT_PATTERN ? LONG_PATTERN_CHAR * (chars - SHORT_PATTERN) : 0
}

/** tokensWork of both patterns of a comparison: none past the pair budget, where it answers without splitting them. */
function pairTokensWork(a: string, b: string): number {
  return (a.length + 1) * (b.length + 1) > PATTERN_PAIR_BUDGET ? 0 : tokensWork(a.length) + tokensWork(b.length)
}

/**
 * What the witness search (./witness.ts) charges for judging one value of
 * `chars` characters in one evaluation, in its own units (WITNESS_WORK_BUDGET):
 * one for the value, and one per LONG_EVALUATED_CHARS characters past the
 * first SHORT_EVALUATED_VALUE, as matching a pattern splits it at each '*'
 * (measured: a 64 KB `*a*a…` Resource took 2 ms a request, and 2,304 requests
 * 5 s where the budget meant a fraction of one). The same price as
 * tokensWork's, a long pattern's characters, with other constants:
 * - SHORT_EVALUATED_VALUE is 64, not SHORT_PATTERN's 1,024: the witness search
 *   charges nothing else for a value's length, where a comparison's readWork
 *   already charges a unit per 8 characters of every pattern, and its tokens
 *   cost more only once they outgrow the young heap. 64 keeps most actions,
 *   ARNs and condition values, which are shorter, at a unit each.
 * - LONG_EVALUATED_CHARS charges a unit per 16 characters, not
 *   LONG_PATTERN_CHAR's 2 a character: the units differ (a witness unit is a
 *   value judged, a diff unit about 0.1 µs), and matching splits a pattern at
 *   each '*' where a comparison makes a string of each character (measured on
 *   the same `*a*a…` patterns: about a unit per 16 characters to match, a unit
 *   or more per character to compare).
 */
const SHORT_EVALUATED_VALUE = 64
const LONG_EVALUATED_CHARS = 16

/** The witness search's units for judging one value of `chars` characters in one evaluation (see above). */
export function evaluatedValueWork(chars: number): number {
  return 1 + (chars > SHORT_EVALUATED_VALUE ? Math.ceil((chars - SHORT_EVALUATED_VALUE) / LONG_EVALUATED_CHARS) : 0)
}

/** Characters in all of `values`. */
export function charsOf(values: readonly string[]): number {
  let n = 0
  for (const v of values) n += v.length
  return n
}

/** The units for reading every value of each list once (a clause's values, handed to the evaluator or an index). */
export function valuesReadWork(lists: readonly { values: readonly string[] }[]): number {
  let n = 0
  for (const list of lists) n += readWork(list.values.length, charsOf(list.values))
  return n
}

/** The units for comparing two patterns (covers). */
export function pairWork(a: string, b: string): number {
  return PATTERN_COMPARISON + readWork(1, a.length + b.length) + pairTokensWork(a, b) + Math.floor((a.length * b.length) / PAIR_CELLS)
}

/**
 * The units for asking whether two patterns overlap: no memo, and a search
 * from the start of both that visits only the pairs of positions it reaches
 * (measured: about twice a cover test's fixed cost and reading).
 */
export function overlapWork(a: string, b: string): number {
  return 2 * (PATTERN_COMPARISON + readWork(1, a.length + b.length)) + pairTokensWork(a, b)
}

/** The units for comparing (or overlapping) each value of one clause with each of another. */
export function valuesWork(a: { values: readonly string[] }, b: { values: readonly string[] }): number {
  const pairs = a.values.length * b.values.length
  const aChars = charsOf(a.values)
  const bChars = charsOf(b.values)
  const tokenising = tokensWorkOf(a.values) * b.values.length + tokensWorkOf(b.values) * a.values.length
  return 2 * (pairs * PATTERN_COMPARISON + readWork(pairs, aChars * b.values.length + bChars * a.values.length) + tokenising + Math.floor((aChars * bChars) / PAIR_CELLS))
}

/** tokensWork of each of `values`, in all. */
function tokensWorkOf(values: readonly string[]): number {
  let n = 0
  for (const v of values) n += tokensWork(v.length)
  return n
}

let counted = 0

/** Work units counted by every diff so far: the difference over a run of calls is that run's cost (the tests bound it). Only ever grows. */
export function diffWork(): number {
  return counted
}

/** One diff's budget: passed down to every comparison it makes. */
export class DiffWork {
  private left: number

  constructor(limit: number = DIFF_WORK_BUDGET) {
    this.left = limit
  }

  /**
   * Counts the `units` of work about to be done. False once the budget is
   * spent: the caller then gives its cautious answer without comparing, and
   * the diff's result is marked as over budget (so that answer is never read
   * as a verdict).
   */
  spend(units = 1): boolean {
    if (this.left < 0) return false
    counted += units
    this.left -= units
    return this.left >= 0
  }

  /** Has the diff run out of its budget (some answer was cut short)? */
  get spent(): boolean {
    return this.left < 0
  }
}

/**
 * The catalogue's actions that `pattern` matches, with what the lookup cost
 * charged to `work`: a unit, and one per 8 of the glob reads the catalogue
 * made (none when it remembered the answer). Undefined once the budget is
 * spent.
 */
export function actionsMatchingWithin(pattern: string, work: DiffWork): readonly ActionInfo[] | undefined {
  const before = matchWork()
  const found = actionsMatching(pattern)
  return work.spend(1 + Math.ceil((matchWork() - before) / 8)) ? found : undefined
}

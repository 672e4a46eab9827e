// Numeric and date operators: each clause admits a union of intervals (a
// negated one the complement of its points, and every value that does not
// parse), so comparisons within the family are exact.
import { parseNumber, parseTime } from '../../evaluate/conditions.js'
import type { Clause } from './clause.js'
import type { OperatorFamily } from './family.js'
import { valuesReadWork } from '../work.js'
import { ALL_NUMBERS, complement, intersect, isSubset, normalise, point, type Interval, type NumberSet } from './intervals.js'

type Relation = 'Equals' | 'NotEquals' | 'LessThan' | 'LessThanEquals' | 'GreaterThan' | 'GreaterThanEquals'

function interval(relation: Relation, v: number): Interval {
  switch (relation) {
    case 'Equals':
    case 'NotEquals':
      return point(v)
    case 'LessThan':
      return { lo: -Infinity, hi: v, loIn: true, hiIn: false }
    case 'LessThanEquals':
      return { lo: -Infinity, hi: v, loIn: true, hiIn: true }
    case 'GreaterThan':
      return { lo: v, hi: Infinity, loIn: false, hiIn: true }
    case 'GreaterThanEquals':
      return { lo: v, hi: Infinity, loIn: true, hiIn: true }
  }
}

function rangeFamily(prefix: 'Numeric' | 'Date', parse: (s: string) => number, format: (n: number) => string[]): OperatorFamily {
  const relations: Relation[] = ['Equals', 'NotEquals', 'LessThan', 'LessThanEquals', 'GreaterThan', 'GreaterThanEquals']
  const setOf = (c: Clause): NumberSet => {
    const relation = (c.op?.base ?? '').slice(prefix.length) as Relation
    const numbers = c.values.map(parse).filter((n) => !Number.isNaN(n))
    const admitted: NumberSet = { intervals: normalise(numbers.map((n) => interval(relation, n))), other: false }
    return c.negated ? complement(admitted) : admitted
  }
  return {
    bases: relations.map((r) => `${prefix}${r}`),
    samples(clause) {
      const out = ['not-a-value']
      for (const v of clause.values) {
        const n = parse(v)
        if (!Number.isNaN(n)) out.push(...format(n))
      }
      return out
    },
    subset(clauses, target, work) {
      if (!work.spend(valuesReadWork(clauses) + valuesReadWork([target]))) return false
      const all = clauses.reduce((acc, c) => intersect(acc, setOf(c)), ALL_NUMBERS)
      return isSubset(all, setOf(target))
    }
  }
}

/**
 * A number as an integer or decimal with no exponent (`1e-7` as `0.0000001`,
 * `1e+21` as `1000000000000000000000`), the form IAM documents for a
 * Numeric value: a sample is a request's value, and the evaluator does not
 * decide on one of another form. The same digits as String gives, which reads
 * back as the same number.
 */
function plainDecimal(n: number): string {
  const text = String(n)
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!m) return text
  const [, sign, whole, fraction = '', exponent] = m
  const digits = whole + fraction
  const point = whole.length + Number(exponent)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

export const numericFamily = rangeFamily('Numeric', parseNumber, (n) => [n, n - 1, n + 1, n - 0.5, n + 0.5].filter(Number.isFinite).map(plainDecimal))

/** The farthest instant a JavaScript Date holds, either side of 1970 (ECMA-262's time values: 100 million days). */
const DATE_RANGE_MS = 8.64e15

/**
 * Date samples are written in ISO 8601, which the evaluator reads as IAM
 * does. An instant past what a Date holds (epoch seconds of 13 digits and
 * more) has no such text, and one outside the years 0000-9999 only an
 * extended year (`+010000-01-01T00:00:00.000Z`), which the W3C profile IAM
 * documents does not take: neither is sampled.
 */
export const dateFamily = rangeFamily('Date', parseTime, (ms) =>
  [ms, ms - 1000, ms + 1000, ms - 500, ms + 500]
    .filter((t) => Math.abs(t) <= DATE_RANGE_MS)
    .map((t) => new Date(t).toISOString())
    .filter((text) => !text.startsWith('+') && !text.startsWith('-'))
)

// Sets of numbers as sorted, disjoint intervals (each end open or closed,
// ±Infinity allowed), plus whether values that are not numbers at all are in
// the set (a negated operator admits them). Numeric and date conditions, and
// IP ranges (as numbers of one line), are such sets, so comparing two of them
// is exact.

export interface Interval {
  lo: number
  hi: number
  loIn: boolean
  hiIn: boolean
}

export interface NumberSet {
  intervals: Interval[]
  /** Values that do not parse (a NotEquals admits them). */
  other: boolean
}

const empty = (i: Interval) => i.lo > i.hi || (i.lo === i.hi && !(i.loIn && i.hiIn))

export function point(v: number): Interval {
  return { lo: v, hi: v, loIn: true, hiIn: true }
}

/** Sorted and merged. */
export function normalise(list: Interval[]): Interval[] {
  const sorted = list.filter((i) => !empty(i)).sort((a, b) => a.lo - b.lo || (a.loIn === b.loIn ? 0 : a.loIn ? -1 : 1))
  const out: Interval[] = []
  for (const i of sorted) {
    const last = out[out.length - 1]
    if (last && (i.lo < last.hi || (i.lo === last.hi && (i.loIn || last.hiIn)))) {
      if (i.hi > last.hi || (i.hi === last.hi && i.hiIn)) {
        last.hi = i.hi
        last.hiIn = i.hiIn
      }
    } else out.push({ ...i })
  }
  return out
}

export function complement(s: NumberSet): NumberSet {
  const out: Interval[] = []
  let lo = -Infinity
  let loIn = true
  for (const i of s.intervals) {
    out.push({ lo, hi: i.lo, loIn, hiIn: !i.loIn })
    lo = i.hi
    loIn = !i.hiIn
  }
  out.push({ lo, hi: Infinity, loIn, hiIn: true })
  return { intervals: normalise(out), other: !s.other }
}

/**
 * Both sets' intervals are sorted and disjoint (normalise), so one pass over
 * the two lists meets every pair that overlaps: the interval that ends first
 * overlaps nothing further on in the other list.
 */
export function intersect(a: NumberSet, b: NumberSet): NumberSet {
  const out: Interval[] = []
  let i = 0
  let j = 0
  while (i < a.intervals.length && j < b.intervals.length) {
    const x = a.intervals[i]
    const y = b.intervals[j]
    const lo = Math.max(x.lo, y.lo)
    const hi = Math.min(x.hi, y.hi)
    const loIn = (x.lo !== lo || x.loIn) && (y.lo !== lo || y.loIn)
    const hiIn = (x.hi !== hi || x.hiIn) && (y.hi !== hi || y.hiIn)
    out.push({ lo, hi, loIn, hiIn })
    if (endsBefore(x, y)) i++
    else j++
  }
  return { intervals: normalise(out), other: a.other && b.other }
}

/** Does `x` end before `y` does (an open end before a closed one at the same point)? */
function endsBefore(x: Interval, y: Interval): boolean {
  return x.hi < y.hi || (x.hi === y.hi && !x.hiIn && y.hiIn)
}

export function isEmptySet(s: NumberSet): boolean {
  return s.intervals.length === 0 && !s.other
}

export function isSubset(a: NumberSet, b: NumberSet): boolean {
  return isEmptySet(intersect(a, complement(b)))
}

export const ALL_NUMBERS: NumberSet = { intervals: [{ lo: -Infinity, hi: Infinity, loIn: true, hiIn: true }], other: true }

// IpAddress and NotIpAddress: each clause admits a union of address ranges,
// IPv4 and IPv6 (an address of one family is never in a range of the other),
// so comparisons are exact. Both families sit on one line of integers: IPv4
// from 0, IPv6 from 2^40.
import { addressRanges, parseCidr } from '../../evaluate/conditions.js'
import type { Clause } from './clause.js'
import type { OperatorFamily } from './family.js'
import { valuesReadWork } from '../work.js'
import { oncePerObject } from '../../once-per-object.js'

interface Range {
  lo: bigint
  hi: bigint
}

interface AddressSet {
  ranges: Range[]
  /** Values that are not addresses (NotIpAddress admits them). */
  other: boolean
}

/** Units for one candidate address tested by the evaluator against an indexed clause, before its binary search. */
const CANDIDATE_TEST = 16

const V6_BASE = 1n << 40n
const UNIVERSE: Range[] = [
  { lo: 0n, hi: (1n << 32n) - 1n },
  { lo: V6_BASE, hi: V6_BASE + (1n << 128n) - 1n }
]

function merged(list: Range[]): Range[] {
  const sorted = [...list].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0))
  const out: Range[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r.lo <= last.hi + 1n) {
      if (r.hi > last.hi) last.hi = r.hi
    } else out.push({ ...r })
  }
  return out
}

/**
 * Both sets' ranges are sorted and disjoint, so one pass over the two lists
 * meets every pair that overlaps: the range that ends first overlaps nothing
 * further on in the other list.
 */
function intersect(a: AddressSet, b: AddressSet): AddressSet {
  const out: Range[] = []
  let i = 0
  let j = 0
  while (i < a.ranges.length && j < b.ranges.length) {
    const x = a.ranges[i]
    const y = b.ranges[j]
    const lo = x.lo > y.lo ? x.lo : y.lo
    const hi = x.hi < y.hi ? x.hi : y.hi
    if (lo <= hi) out.push({ lo, hi })
    if (x.hi < y.hi) i++
    else j++
  }
  return { ranges: merged(out), other: a.other && b.other }
}

function complement(s: AddressSet): AddressSet {
  const out: Range[] = []
  for (const u of UNIVERSE) {
    let lo = u.lo
    for (const r of s.ranges) {
      if (r.hi < u.lo || r.lo > u.hi) continue
      if (r.lo > lo) out.push({ lo, hi: r.lo - 1n })
      lo = r.hi + 1n
    }
    if (lo <= u.hi) out.push({ lo, hi: u.hi })
  }
  return { ranges: out, other: !s.other }
}

// Each clause's set, made once: the diff compares one clause with many others.
const setOf = oncePerObject(addressSetOf)

function addressSetOf(c: Clause): AddressSet {
  // The evaluator's ranges of the clause (sorted and merged, made once per list): IPv4 first, then IPv6 above V6_BASE.
  const byFamily = addressRanges(c.values)
  const ranges: Range[] = byFamily[4].map(([lo, hi]) => ({ lo, hi }))
  for (const [lo, hi] of byFamily[6]) ranges.push({ lo: V6_BASE + lo, hi: V6_BASE + hi })
  const admitted = { ranges, other: false }
  return c.negated ? complement(admitted) : admitted
}

function formatV4(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((n >> shift) & 255n)).join('.')
}

function formatV6(n: bigint): string {
  const groups: string[] = []
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(((n >> shift) & 0xffffn).toString(16))
  return groups.join(':')
}

export const ipFamily: OperatorFamily = {
  bases: ['IpAddress', 'NotIpAddress'],
  // The evaluator looks a candidate address up in the clause's index of ranges (made once per list, charged above):
  // parsing the address and the call cost about a microsecond and a half, the binary search a step per halving.
  testWork: (clause) => CANDIDATE_TEST + Math.ceil(Math.log2(clause.values.length + 1)),
  // A generator: the witness search reads the first few dozen, and a clause may hold thousands of ranges.
  *samples(clause) {
    yield 'not-an-address'
    for (const v of clause.values) {
      const r = parseCidr(v)
      if (!r) continue
      const max = r.family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n
      const format = r.family === 4 ? formatV4 : formatV6
      for (const n of [r.first, r.last, r.first - 1n, r.last + 1n]) if (n >= 0n && n <= max) yield format(n)
    }
  },
  subset(clauses, target, work) {
    if (!work.spend(valuesReadWork(clauses) + valuesReadWork([target]))) return false
    const all = clauses.reduce<AddressSet>((acc, c) => intersect(acc, setOf(c)), { ranges: UNIVERSE, other: true })
    const outside = intersect(all, complement(setOf(target)))
    return outside.ranges.length === 0 && !outside.other
  }
}

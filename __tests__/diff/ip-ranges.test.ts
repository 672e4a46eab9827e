// An IP allowlist change: every `aws:SourceIp` range replaced by another. The
// diff rates each added and removed range with the evaluator, trying dozens
// of candidate addresses against both lists; the evaluator parsed every range
// (BigInt arithmetic) for every candidate, so 136 ranges a side took 16.6
// million work units and 500 a side went over DIFF_WORK_BUDGET ("not
// reviewed"). Ranges are now parsed once and a list of them is looked up by
// binary search. No timings: the work counter is what is bounded.
import { describe, expect, test } from '@jest/globals'
import { diffPolicies, type PolicyDiff } from '../../src/core/diff/semantic-diff.js'
import { DIFF_WORK_BUDGET, diffWork } from '../../src/core/diff/work.js'
import { evaluateConditions } from '../../src/core/evaluate/conditions.js'

type Doc = { Version: string; Statement: Record<string, unknown>[] }

/** Range i: IPv4 /24s and /28s spread over several /8s, every seventh an IPv6 /48; distinct for distinct i. */
function cidr(i: number): string {
  if (i % 7 === 3) return `2001:db8:${i.toString(16)}::/48`
  const bits = i % 5 === 0 ? 28 : 24
  return `${10 + (i % 13) * 7}.${(i >> 8) & 255}.${i & 255}.${bits === 28 ? 16 : 0}/${bits}`
}

/** An allowlist of n ranges, and the same statement with n other ranges. */
function allowlists(n: number): [Doc, Doc] {
  const allowlist = (from: number): Doc => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': Array.from({ length: n }, (_, i) => cidr(i + from)) } } }]
  })
  return [allowlist(0), allowlist(n)]
}

function measured(n: number, options = {}): { diff: PolicyDiff; work: number } {
  const [before, after] = allowlists(n)
  const start = diffWork()
  const diff = diffPolicies(before, after, options)
  return { diff, work: diffWork() - start }
}

/** Each value change's kind and rating, once per distinct pair. */
const ratingsOf = (diff: PolicyDiff) => [...new Set(diff.statements.flatMap((s) => s.changes.map((c) => `${c.kind} ${c.rating}`)))].sort()

describe('an IP allowlist with every range replaced', () => {
  // 20 a side is small enough for any version of the diff: the reference verdict.
  const small = measured(20)
  const mid = measured(150)
  const large = measured(500)

  test('the small change is rated, not cut short', () => {
    expect(small.diff.overBudget).toBeUndefined()
    expect(small.diff.accessChange).toBe('mixed')
    expect(small.diff.statements[0].changes).toHaveLength(40)
  })

  test.each([
    ['150', mid, 150],
    ['500', large, 500]
  ])('%s ranges a side: within the budget, rated as the small change is', (_, { diff }, n) => {
    expect(diff.overBudget).toBeUndefined()
    expect(diff.accessChange).toBe(small.diff.accessChange)
    expect(diff.statements).toHaveLength(1)
    expect(diff.statements[0].changes).toHaveLength(2 * n)
    expect(ratingsOf(diff)).toEqual(ratingsOf(small.diff))
  })

  test('work stays far under the budget and grows no faster than the pairs of ranges', () => {
    // Each added or removed range is rated against a clause of all the other side's ranges (and its text spells
    // them): work per range grows with the list, so the bound is per pair of ranges, measured at about 32–52.
    expect(large.work).toBeLessThan(DIFF_WORK_BUDGET / 2)
    expect(mid.work / 150 ** 2).toBeLessThan(80)
    expect(large.work / 500 ** 2).toBeLessThanOrEqual(mid.work / 150 ** 2)
  })

  test('a budget too small for the change still stops it', () => {
    const { diff, work } = measured(150, { workBudget: 100_000 })
    expect(diff.overBudget).toBeDefined()
    expect(diff.accessChange).toBe('broadens')
    expect(work).toBeLessThan(100_000 + 10_000)
  })
})

describe('the evaluator on a list of ranges', () => {
  // The diff's lists are frozen and looked up in an index; any other list is read range by range: same answers.
  const ranges = [...Array.from({ length: 60 }, (_, i) => cidr(i * 3)), '10.0.0.0/8', '10.0.0.7', 'not-a-range', '2001:db8::/32', '192.168.0.0/33']
  const addresses = [
    ...Array.from({ length: 200 }, (_, i) => `${10 + (i % 13) * 7}.${i % 3}.${(i * 37) & 255}.${(i * 11) & 255}`),
    '10.0.0.7',
    '10.255.255.255',
    '11.0.0.0',
    '2001:db8:6::1',
    '2001:db9::1',
    '::ffff:10.0.0.1',
    'not-an-address',
    '192.168.0.1'
  ]

  // A list with values that are no range (which decide nothing: iam/value-forms.ts), and one without.
  const readable = ranges.filter((r) => r !== 'not-a-range' && r !== '192.168.0.0/33')

  test.each(['IpAddress', 'NotIpAddress', 'ForAnyValue:IpAddress', 'ForAllValues:NotIpAddress'])('%s: a frozen list answers as a plain one', (operator) => {
    let met = 0
    for (const list of [ranges, readable]) {
      const frozen = Object.freeze([...list]) as string[]
      for (const address of addresses) {
        const plain = evaluateConditions({ [operator]: { 'aws:SourceIp': [...list] } }, { 'aws:SourceIp': address })
        const indexed = evaluateConditions({ [operator]: { 'aws:SourceIp': frozen } }, { 'aws:SourceIp': address })
        expect([address, indexed]).toEqual([address, plain])
        if (plain.met) met++
      }
    }
    // Both answers occur: the comparison above is not of two constants.
    expect(met).toBeGreaterThan(0)
    expect(met).toBeLessThan(2 * addresses.length)
  })

  test('a frozen list with a policy variable is substituted, not indexed', () => {
    const frozen = Object.freeze(['${aws:username}']) as string[]
    expect(evaluateConditions({ IpAddress: { 'aws:SourceIp': frozen } }, { 'aws:SourceIp': '10.0.0.1', 'aws:username': '10.0.0.0/8' }).met).toBe(true)
    expect(evaluateConditions({ IpAddress: { 'aws:SourceIp': frozen } }, { 'aws:SourceIp': '11.0.0.1', 'aws:username': '10.0.0.0/8' }).met).toBe(false)
  })
})

// The semantic diff on hostile pull requests: each family below made the
// value comparisons quadratic or cubic in the file's size (StringLike values
// all replaced: 16 KB took 15 s). Plain values are now looked up in indexes,
// so those families cost work in proportion to the file; what must still be
// compared one by one is counted against DIFF_WORK_BUDGET, and past it the
// diff stops and says so: the result is `broadens` with `overBudget` set,
// never a rating made from answers cut short. No timings: the work counter
// (diffWork) is what is bounded.
import { describe, expect, test } from '@jest/globals'
import { diffPolicies, type PolicyDiff } from '../../src/core/diff/semantic-diff.js'
import { DIFF_WORK_BUDGET, diffWork } from '../../src/core/diff/work.js'
import { analyseFile } from '../../src/modes/review-analysis.js'
import { clauseValuesRead } from '../../src/core/diff/conditions/clause.js'

type Doc = { Version: string; Statement: Record<string, unknown>[] }
const policy = (...Statement: Record<string, unknown>[]): Doc => ({ Version: '2012-10-17', Statement })
const range = (n: number, from: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i + from))
const sizeOf = (before: Doc, after: Doc) => JSON.stringify(before).length + JSON.stringify(after).length

/** The diff of the pair and the work it counted. */
function measured(before: Doc, after: Doc, options = {}): { diff: PolicyDiff; work: number; bytes: number } {
  const start = diffWork()
  const diff = diffPolicies(before, after, options)
  return { diff, work: diffWork() - start, bytes: sizeOf(before, after) }
}

/** A hostile family: n values on each side, all replaced. */
type Family = (n: number) => [before: Doc, after: Doc]

// Shapes the indexes make linear: plain values, patterns filed under their literal prefixes, condition keys.
const linear: Record<string, { family: Family; rating: PolicyDiff['accessChange'] }> = {
  'plain resources all replaced': {
    family: (n) => [0, n].map((o) => policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: range(n, o, (i) => `arn:aws:s3:::bucket-${i}`) })) as [Doc, Doc],
    rating: 'mixed'
  },
  'plain actions all replaced': {
    family: (n) => [0, n].map((o) => policy({ Effect: 'Allow', Action: range(n, o, (i) => `s3:Action${i}`), Resource: '*' })) as [Doc, Doc],
    rating: 'mixed'
  },
  'plain principals all replaced': {
    family: (n) => [0, n].map((o) => policy({ Effect: 'Allow', Principal: { AWS: range(n, o, (i) => `arn:aws:iam::111122223333:user/u${i}`) }, Action: 's3:GetObject', Resource: '*' })) as [Doc, Doc],
    rating: 'mixed'
  },
  'wildcard resources, each with its own literal prefix, all replaced': {
    family: (n) => [0, n].map((o) => policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: range(n, o, (i) => `arn:aws:s3:::bk-${i}/*`) })) as [Doc, Doc],
    rating: 'mixed'
  },
  'wildcard actions, each with its own literal prefix, all replaced': {
    family: (n) => [0, n].map((o) => policy({ Effect: 'Allow', Action: range(n, o, (i) => `s3:Get${i}*`), Resource: '*' })) as [Doc, Doc],
    rating: 'narrows' // s3:Get1* covers s3:Get10* … s3:Get19*: some go, none comes
  },
  // Each value is also rated on the statement limited to it (a copy of the block, parsed again): a few for the whole
  // statement, not a few per key (4,000 keys made 8,000 copies of 4,000 keys each).
  'condition values all replaced, one key each': {
    family: (n) => [0, n].map((o) => policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: Object.fromEntries(range(n, 0, (i) => `aws:PrincipalTag/t${i}`).map((k, i) => [k, `v${i + o}`])) } })) as [Doc, Doc],
    rating: 'mixed'
  },
  'condition keys all replaced': {
    family: (n) => [0, n].map((o) => policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: Object.fromEntries(range(n, o, (i) => `aws:PrincipalTag/t${i}`).map((k) => [k, 'v'])) } })) as [Doc, Doc],
    rating: 'mixed'
  }
}

describe('indexed values: work in proportion to the file, verdicts unchanged', () => {
  for (const [name, { family, rating }] of Object.entries(linear)) {
    test(name, () => {
      const small = measured(...family(500))
      const large = measured(...family(4000))
      for (const run of [small, large]) {
        expect(run.diff.overBudget).toBeUndefined()
        expect(run.diff.accessChange).toBe(rating)
        // A few units a byte: linear in the file (all-pairs comparisons would be over 4000 x 4000).
        expect(run.work).toBeLessThanOrEqual(25 * run.bytes)
      }
      expect(large.work / large.bytes).toBeLessThanOrEqual(1.5 * (small.work / small.bytes) + 1)
    })
  }
})

// Shapes that must still be compared pattern by pattern: bounded by the budget, and honest past it.
const hostile: Record<string, Family> = {
  'StringLike values all replaced': (n) =>
    [0, n].map((o) => policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringLike: { 's3:prefix': range(n, o, (i) => `p${i}*x*`) } } })) as [Doc, Doc],
  'IpAddress ranges all replaced': (n) =>
    [0, n].map((o) =>
      policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': range(n, o, (i) => `10.${(i >> 8) & 255}.${i & 255}.0/24`) } } })
    ) as [Doc, Doc],
  'NotAction and Deny mixes': (n) =>
    [0, n].map((o) =>
      policy(
        { Effect: 'Allow', NotAction: range(n, o, (i) => `ec2:Describe${i}*`), Resource: '*' },
        { Effect: 'Deny', Action: range(n, o, (i) => `ec2:Describe${i}*`), NotResource: `arn:aws:s3:::x${o}` }
      )
    ) as [Doc, Doc],
  // A pattern written in Principal names no principal (IAM takes only "*" there): the patterns come from aws:PrincipalArn.
  'Principal patterns (aws:PrincipalArn folded) replaced': (n) =>
    [0, n].map((o) => {
      const who = { ArnLike: { 'aws:PrincipalArn': range(n, o, (i) => `arn:aws:iam::${100000000000 + i}:role/r*`) } }
      return policy({ Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:Delete*', Resource: '*', Condition: who }, { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:*', Resource: '*', Condition: who })
    }) as [Doc, Doc],
  'wildcard actions all replaced': (n) => [0, n].map((o) => policy({ Effect: 'Allow', Action: range(n, o, (i) => `s3:Get*${i}`), Resource: '*' })) as [Doc, Doc]
}

/** Over the budget: counted as broadening, no change rated, and the work stopped near the budget. */
function expectStoppedHonestly(run: { diff: PolicyDiff; work: number; bytes: number }, budget: number): void {
  expect(run.diff.overBudget).toMatch(/work budget/)
  expect(run.diff.accessChange).toBe('broadens')
  expect(run.diff.statements).toEqual([])
  expect(run.diff.summary).toMatch(/^not fully compared/)
  // Past the budget only the charge that crossed it: one look at some of the file's values, never another pass per value.
  expect(run.work).toBeLessThanOrEqual(budget + run.bytes)
}

describe('values compared one by one: the work is bounded and the answer honest', () => {
  for (const [name, family] of Object.entries(hostile)) {
    test(`${name}: under a small budget, stopped and counted as broadening`, () => {
      const budget = 200_000
      expectStoppedHonestly(measured(...family(3000), { workBudget: budget }), budget)
    })
  }

  test('the same families, small: within the budget and rated as before', () => {
    const ratings = Object.fromEntries(Object.entries(hostile).map(([name, family]) => [name, measured(...family(20)).diff.accessChange]))
    expect(ratings).toEqual({
      'StringLike values all replaced': 'narrows',
      'IpAddress ranges all replaced': 'mixed',
      'NotAction and Deny mixes': 'mixed',
      'Principal patterns (aws:PrincipalArn folded) replaced': 'mixed',
      'wildcard actions all replaced': 'narrows'
    })
  })
})

// Each range a version adds was rated against the other version's list with it, and that list was read whole again
// (each range parsed) once per range: quadratic in the list and not counted, so 1,000 ranges each way took 13 s to
// spend a budget meant for 1 to 3.
test('IpAddress ranges all replaced: the condition values read grow with the ranges, not with their square', () => {
  const read = (n: number) => {
    const start = clauseValuesRead()
    expect(measured(...hostile['IpAddress ranges all replaced'](n)).diff.accessChange).toBe('mixed')
    return clauseValuesRead() - start
  }
  const small = read(100)
  const large = read(400)
  expect(large).toBeLessThanOrEqual(5 * small)
})

describe('what a budget cut short never says', () => {
  // With its whole budget this change is rated narrows; cut short it must not say narrows (or none).
  const [before, after] = hostile['StringLike values all replaced'](40)

  test('rated with the whole budget', () => {
    expect(measured(before, after).diff.accessChange).toBe('narrows')
  })

  test('every smaller budget gives the same rating or stops as broadening', () => {
    for (const budget of [0, 10, 100, 1_000, 10_000, 100_000]) {
      const { diff } = measured(before, after, { workBudget: budget })
      if (diff.overBudget) expectStoppedHonestly({ diff, work: 0, bytes: 0 }, budget)
      else expect(diff.accessChange).toBe('narrows')
    }
  })

  test('at the default budget, the review names the file as not reviewed, counted as broadening (16 KB took 15 s before)', () => {
    const [b, a] = hostile['StringLike values all replaced'](1000)
    const start = diffWork()
    const review = analyseFile({ path: 'iam/policy.json', status: 'modified', baseText: JSON.stringify(b), headText: JSON.stringify(a) })
    expect(diffWork() - start).toBeLessThanOrEqual(DIFF_WORK_BUDGET + sizeOf(b, a))
    expect(review.notReviewed).toBe("comparing the two versions took over the diff's work budget of 25,000,000 units")
    expect(review.accessChange).toBe('broadens')
    expect(review.changes).toEqual([])
  })
})

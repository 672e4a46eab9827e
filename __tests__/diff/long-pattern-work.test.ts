// A pattern thousands of characters long (a committed S3 policy, a pull
// request) is split into an array of one token per character each time it is
// compared or matched. The diff's budget charged that at a unit per 8
// characters, and the witness search at a unit per value whatever its length:
// a 640 KB `*a*a…` Resource spent DIFF_WORK_BUDGET in 10 to 20 s, not the 1 to 3
// it stands for, and the witness search, meant as a fraction of a second, took
// 5 s on a 64 KB one. Measured (a size sweep of `*a*a…` and `?a?a…` against
// short patterns): past a thousand characters a pattern costs a unit or more per
// character to compare, and about one per 16 to match against a value. No
// timings here: the work counters are what is bounded.
import { describe, expect, test } from '@jest/globals'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'
import { WITNESS_WORK_BUDGET } from '../../src/core/diff/witness.js'
import { decisionsMade } from '../../src/core/evaluate/evaluate.js'
import { coveredByUnion, positionsStepped } from '../../src/core/diff/conditions/glob-union.js'
import { DIFF_WORK_BUDGET, DiffWork, diffWork } from '../../src/core/diff/work.js'

const V = '2012-10-17'
const policy = (...Statement: Record<string, unknown>[]) => ({ Version: V, Statement })

describe('comparing a long pattern', () => {
  test('each comparison with a pattern of L characters counts at least L units', () => {
    const long = '*a'.repeat(32 * 1024) // 64 KB
    // Each short pattern added is compared with the long one (does it cover it?); each is short enough to be compared.
    const shorts = ['*b', '*c', '?d', '*e', '?f', '*g', '?h', '*i']
    const pair = [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: [long] }), policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: [long, ...shorts] })] as const
    expect(diffPolicies(...pair).accessChange).toBe('broadens')
    // With less than L units a comparison, the comparisons do not fit: it counted 0.16 units a character (a unit
    // per 8 read, one per 64 cells of a two-token pattern), and they fitted in a fifth of this.
    const diff = diffPolicies(...pair, { workBudget: shorts.length * long.length })
    expect(diff.overBudget).toMatch(/work budget/)
    expect(diff.accessChange).toBe('broadens')
  })
})

describe('the witness search on a long pattern', () => {
  // A Deny of every S3 action on a long pattern: each request the search tries matches it on both versions. The
  // change (b/* narrowed to b/x* and b/w*) has no witness among the candidates, so the search reads on to its budget.
  const actions = ['GetObject', 'PutObject', 'DeleteObject', 'GetObjectAcl', 'PutObjectAcl', 'GetObjectTagging', 'PutObjectTagging', 'DeleteObjectTagging', 'GetObjectVersion', 'DeleteObjectVersion', 'RestoreObject', 'AbortMultipartUpload', 'ListMultipartUploadParts'].map((a) => `s3:${a}`)
  const pair = (denied: string) => {
    const deny = { Effect: 'Deny', Action: 's3:*', Resource: denied }
    const list = { Effect: 'Allow', Action: 's3:ListBucket', Resource: Array.from({ length: 13 }, (_, i) => `arn:aws:s3:::r${i}/k`) }
    return [policy(deny, list, { Effect: 'Allow', Action: actions, Resource: 'arn:aws:s3:::b/*' }), policy(deny, list, { Effect: 'Allow', Action: actions, Resource: ['arn:aws:s3:::b/x*', 'arn:aws:s3:::b/w*'] })] as const
  }

  test('a 64 KB pattern: the characters matched stay within its budget (16 a unit), the verdict as before', () => {
    const long = 'arn:aws:s3:::' + '*a'.repeat(32 * 1024)
    const [before, after] = pair(long)
    const made = decisionsMade()
    const diff = diffPolicies(before, after)
    const decisions = decisionsMade() - made
    expect(diff.accessChange).toBe('narrows')
    expect(diff.statements.map((s) => s.undecided !== undefined)).toEqual([true])
    // It made 2,304 decisions, each matching the whole pattern: 5 s.
    expect((decisions * long.length) / 16).toBeLessThanOrEqual(WITNESS_WORK_BUDGET * 1.05)
  })
})

// Whether every value a pattern matches is matched by one of many others (StringLike values, ARN parts) walks all of
// them at once; a state of the walk made a list for each pattern on each character, and the budget counted about a
// tenth of its time: 2,000 StringLike values replaced by 2,000 others took 10 to 20 s to spend a budget meant for 1
// to 3. The walk now steps one list of positions, and each position stepped is charged.
describe('a pattern against a union of many', () => {
  test('the work charged covers every position stepped', () => {
    const union = Array.from({ length: 2000 }, (_, i) => `*${i + 1}*`)
    const work = new DiffWork(DIFF_WORK_BUDGET)
    const [steps, units] = [positionsStepped(), diffWork()]
    // `0` alone matches no pattern of the union: not covered, whether the walk finds it or runs out.
    expect(coveredByUnion('*0*', union, work)).not.toBe(true)
    expect(positionsStepped() - steps).toBeGreaterThan(0)
    expect(diffWork() - units).toBeGreaterThanOrEqual(2 * (positionsStepped() - steps))
  })

  test('2,000 StringLike values each way: over the budget, not rated', () => {
    const values = (from: number) => Array.from({ length: 2000 }, (_, i) => `*${i + from}*`)
    const statement = (from: number) => policy({ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringLike: { 'aws:username': values(from) } } })
    const diff = diffPolicies(statement(0), statement(1))
    expect(diff.overBudget).toMatch(/work budget/)
    expect(diff.accessChange).toBe('broadens')
  })
})

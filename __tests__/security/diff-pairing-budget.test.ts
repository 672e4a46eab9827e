// Pairing the statements of two versions scores each pair that shares a
// value. 11,000 statements a side that all name s3:GetObject made 120 million
// candidate pairs, past the longest array V8 can hold: the process ended
// ("Fatal JavaScript invalid size error"), the review with it. Past
// PAIRING_BUDGET the values shared by the most statements are left out of the
// score. And the table of pattern comparisons the diff remembers is bounded
// by its answers, not its rows: 3,000 wildcard actions replaced by 3,000
// others kept 9 million answers (1 GB).
import { expect, test } from '@jest/globals'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'
import { PAIRING_BUDGET } from '../../src/core/diff/statements.js'
import { patternCovers, rememberedCovers } from '../../src/core/iam/wildcard.js'

const policy = (n: number, from: number) => ({
  Version: '2012-10-17',
  Statement: Array.from({ length: n }, (_, i) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${i + from}/*` }))
})
const kinds = (n: number) => {
  const counts: Record<string, number> = {}
  for (const s of diffPolicies(policy(n, 0), policy(n, n)).statements) counts[s.kind] = (counts[s.kind] ?? 0) + 1
  return counts
}

test('within the budget, statements that share only their action are still paired', () => {
  expect(1000 * 1000).toBeLessThanOrEqual(PAIRING_BUDGET)
  expect(kinds(1000)).toEqual({ modified: 1000 })
})

test('past the budget, a value every statement shares pairs none of them: each is reported added or removed', () => {
  expect(1500 * 1500).toBeGreaterThan(PAIRING_BUDGET)
  expect(kinds(1500)).toEqual({ added: 1500, removed: 1500 })
})

test('the remembered pattern comparisons stay bounded', () => {
  const general = Array.from({ length: 700 }, (_, i) => `s3:get*${i}`)
  const specific = Array.from({ length: 700 }, (_, i) => `s3:get*${i + 700}`)
  for (const g of general) for (const s of specific) patternCovers(g, s, true)
  expect(rememberedCovers()).toBeLessThanOrEqual(200_000)
})

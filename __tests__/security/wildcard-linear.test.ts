// Matching IAM wildcards never backtracks: the policy that stalled the step
// (one resource `arn:aws:s3:::` + '*a' x N, another `arn:aws:s3:::` + 'a' x N)
// is linted in work linear in N (counted: wildcardSteps), and the matcher agrees with a
// reference on random patterns.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { arnMatches, matchesWildcard, PATTERN_PAIR_BUDGET, patternCovers, patternsOverlap, wildcardSteps } from '../../src/core/iam/wildcard.js'
import { REDUNDANCY_BUDGET_CHARS, redundancyPairsCompared } from '../../src/core/lint/rules/grammar.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { redosPolicy } from '../support/redos-policy.js'

/** The textbook recursive matcher, as a reference on short inputs only. */
function reference(p: string, v: string): boolean {
  if (p === '') return v === ''
  if (p[0] === '*') return reference(p.slice(1), v) || (v !== '' && reference(p, v.slice(1)))
  return v !== '' && (p[0] === '?' || p[0] === v[0]) && reference(p.slice(1), v.slice(1))
}

describe('wildcard matching is linear', () => {
  test('agrees with the reference matcher on random patterns and values', () => {
    const alphabet = fc.constantFrom('a', 'b', '*', '?', ':')
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', ':'), maxLength: 10 }), (p, v) => {
        expect(matchesWildcard(p, v)).toBe(reference(p, v))
      }),
      { numRuns: 3000 }
    )
  })

  test('case-insensitive matching and ARN parts', () => {
    expect(matchesWildcard('s3:Get*', 'S3:GETOBJECT', true)).toBe(true)
    expect(matchesWildcard('s3:Get*', 'S3:GETOBJECT')).toBe(false)
    expect(arnMatches('arn:aws:s3:::*', 'arn:aws:s3:::bucket/key')).toBe(true)
    // A wildcard in the region cannot swallow a colon.
    expect(arnMatches('arn:aws:s3:*:::x', 'arn:aws:s3:a:b:c:x')).toBe(false)
    expect(matchesWildcard('a?c*', 'abcd')).toBe(true)
    expect(matchesWildcard('*.json', 'a.json')).toBe(true)
    expect(matchesWildcard('a.c', 'abc')).toBe(false)
  })

  test('the ReDoS pair: match in linear work, cover and overlap within the pair budget, for growing N', () => {
    // Counted, not timed (the machine is shared): a backtracking matcher took minutes at N = 14.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (n) => {
        const pattern = `arn:aws:s3:::${'*a'.repeat(n)}`
        const value = `arn:aws:s3:::${'a'.repeat(n)}`
        let before = wildcardSteps()
        expect(arnMatches(pattern, value)).toBe(true)
        expect(arnMatches(pattern, `${value.slice(0, -1)}b`)).toBe(false)
        expect(matchesWildcard(`${'*a'.repeat(n)}b`, 'a'.repeat(n))).toBe(false)
        // A few steps per character of the three patterns and values (each about 3N long in all).
        expect(wildcardSteps() - before).toBeLessThanOrEqual(10 * (3 * n + 20))
        before = wildcardSteps()
        patternCovers(pattern, value)
        patternsOverlap(pattern, `${value}*`)
        // Quadratic in N below PATTERN_PAIR_BUDGET pairs of positions; past it, the cautious answer at once.
        expect(wildcardSteps() - before).toBeLessThanOrEqual(2 * PATTERN_PAIR_BUDGET)
      }),
      { numRuns: 30, examples: [[12], [14], [20_000]] }
    )
  })

  test('lintPolicyText on the ReDoS policy: linear work at N = 14, 1,000 and 100,000', () => {
    for (const n of [14, 1000, 100_000]) {
      const text = redosPolicy(n)
      const before = wildcardSteps()
      const linted = lintPolicyText('iam/redos.json', text, 'identity')
      expect(linted.value).toBeDefined()
      // The second statement is wholly inside the first one.
      expect(linted.findings.map((f) => f.code)).toContain('RTC120')
      // Counted, not timed (the machine is shared): the matching stays within a few steps per character of the file.
      expect(wildcardSteps() - before).toBeLessThanOrEqual(10 * text.length)
    }
  })

  test('a statement with 5,000 resources against one with 5,000 wildcard resources: the redundancy check does bounded work', () => {
    const literal = Array.from({ length: 5000 }, (_, i) => `arn:aws:s3:::bucket-${i}/key-${i}`)
    const wild = Array.from({ length: 5000 }, (_, i) => `arn:aws:s3:::other-${i}/*a*b*`)
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: wild },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: literal }
      ]
    })
    const before = wildcardSteps()
    const pairsBefore = redundancyPairsCompared()
    const linted = lintPolicyText('iam/wide.json', text, 'identity')
    expect(linted.value).toBeDefined()
    // Counted, not timed (the machine is shared): of 25 million value-pattern pairs, the redundancy check compares
    // what its budget pays for, each pair costing at least the value's and the pattern's length.
    const pairs = redundancyPairsCompared() - pairsBefore
    expect(pairs).toBeGreaterThan(0)
    const cheapest = Math.min(...literal.map((v) => v.length)) + Math.min(...wild.map((w) => w.length))
    expect(pairs).toBeLessThanOrEqual(Math.ceil(REDUNDANCY_BUDGET_CHARS / cheapest))
    expect(wildcardSteps() - before).toBeLessThanOrEqual(REDUNDANCY_BUDGET_CHARS)
  })
})

describe('patterns with long ? stretches', () => {
  test('the redundancy check stays within its budget on ?-heavy patterns against long values (matcher steps counted)', () => {
    const q = `arn:aws:s3:::*${'a?'.repeat(20_000)}b*`
    const values = Array.from({ length: 20 }, (_, i) => `arn:aws:s3:::${'a'.repeat(60_000 + i)}`)
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: [q] },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: values }
      ]
    })
    const before = wildcardSteps()
    const linted = lintPolicyText('iam/q.json', text, 'identity')
    expect(linted.value).toBeDefined()
    // Counted, not timed (the machine is shared): the comparisons stop at the redundancy check's budget.
    expect(wildcardSteps() - before).toBeLessThanOrEqual(REDUNDANCY_BUDGET_CHARS)
  })
})

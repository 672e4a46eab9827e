// Matching IAM wildcards never backtracks: the policy that stalled the step
// (one resource `arn:aws:s3:::` + '*a' x N, another `arn:aws:s3:::` + 'a' x N)
// is linted in well under a second at any N, and the matcher agrees with a
// reference on random patterns.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { arnMatches, matchesWildcard, patternCovers, patternsOverlap } from '../../src/core/iam/wildcard.js'
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

  test('the ReDoS pair: match, cover and overlap in well under a second for growing N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (n) => {
        const started = performance.now()
        const pattern = `arn:aws:s3:::${'*a'.repeat(n)}`
        const value = `arn:aws:s3:::${'a'.repeat(n)}`
        expect(arnMatches(pattern, value)).toBe(true)
        expect(arnMatches(pattern, `${value.slice(0, -1)}b`)).toBe(false)
        expect(matchesWildcard(`${'*a'.repeat(n)}b`, 'a'.repeat(n))).toBe(false)
        patternCovers(pattern, value)
        patternsOverlap(pattern, `${value}*`)
        expect(performance.now() - started).toBeLessThan(1000)
      }),
      { numRuns: 30, examples: [[12], [14], [20_000]] }
    )
  })

  test('lintPolicyText on the ReDoS policy: < 1 s at N = 14, 1,000 and 100,000', () => {
    for (const n of [14, 1000, 100_000]) {
      const started = performance.now()
      const linted = lintPolicyText('iam/redos.json', redosPolicy(n), 'identity')
      const ms = performance.now() - started
      expect(linted.value).toBeDefined()
      // The second statement is wholly inside the first one.
      expect(linted.findings.map((f) => f.code)).toContain('RTC120')
      expect(ms).toBeLessThan(1000)
    }
  })

  test('a statement with 5,000 resources against one with 5,000 wildcard resources lints within a second', () => {
    const literal = Array.from({ length: 5000 }, (_, i) => `arn:aws:s3:::bucket-${i}/key-${i}`)
    const wild = Array.from({ length: 5000 }, (_, i) => `arn:aws:s3:::other-${i}/*a*b*`)
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: wild },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: literal }
      ]
    })
    const started = performance.now()
    const linted = lintPolicyText('iam/wide.json', text, 'identity')
    expect(linted.value).toBeDefined()
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

describe('patterns with long ? stretches', () => {
  test('the redundancy check stays within its budget on ?-heavy patterns against long values', () => {
    const q = `arn:aws:s3:::*${'a?'.repeat(20_000)}b*`
    const values = Array.from({ length: 20 }, (_, i) => `arn:aws:s3:::${'a'.repeat(60_000 + i)}`)
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: [q] },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: values }
      ]
    })
    const started = performance.now()
    const linted = lintPolicyText('iam/q.json', text, 'identity')
    expect(linted.value).toBeDefined()
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

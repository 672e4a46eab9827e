import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { arnPatternCovers, arnPatternsOverlap, matchesWildcard, patternCovers, patternsOverlap } from '../../src/core/iam/wildcard.js'

describe('patternCovers', () => {
  test.each<[string, string, boolean]>([
    ['a*', 'ab*', true],
    ['ab*', 'a*', false],
    ['*a', 'a*', false],
    ['a*', '*a', false],
    ['*', 'anything?*', true],
    ['a?c', 'abc', true],
    ['a?c', 'a?c', true],
    ['a?c', 'a*c', false],
    ['a*c', 'a?c', true],
    ['?*', '*?', true],
    ['*?', 'a', true],
    ['*?', '', false],
    ['??', 'a*', false],
    ['a??*', 'a?*?', true],
    ['*a*', '*ab*', true],
    ['*ab*', '*a*b*', false],
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:getobject', false],
    ['s3:*', 's3:Get*', true],
    ['s3:GetObject', 's3:Get*', false],
    ['', '', true],
    ['a', '', false]
  ])('%j covers %j: %s', (general, specific, expected) => {
    expect(patternCovers(general, specific)).toBe(expected)
  })

  test('caseInsensitive compares actions without regard to case', () => {
    expect(patternCovers('s3:Get*', 'S3:GETOBJECT', true)).toBe(true)
    expect(patternCovers('S3:GetObject', 's3:getobject', true)).toBe(true)
    expect(patternCovers('s3:GetObject', 's3:getobject', false)).toBe(false)
  })

  // Exhaustive against brute force: every pattern up to 3 characters over
  // {a, b, *, ?}, every string up to 6 characters over {a, b, c}.
  test('agrees with brute force on small patterns (sound and exact)', () => {
    const patterns: string[] = []
    const grow = (p: string) => {
      patterns.push(p)
      if (p.length < 3) for (const c of ['a', 'b', '*', '?']) grow(p + c)
    }
    grow('')
    const strings: string[] = []
    const grow2 = (s: string) => {
      strings.push(s)
      if (s.length < 6) for (const c of ['a', 'b', 'c']) grow2(s + c)
    }
    grow2('')
    const matched = new Map(patterns.map((p) => [p, strings.filter((s) => matchesWildcard(p, s))]))
    const wrong: string[] = []
    for (const g of patterns) {
      for (const s of patterns) {
        const ms = matched.get(s) ?? []
        const covers = ms.every((x) => matchesWildcard(g, x))
        const overlaps = ms.some((x) => matchesWildcard(g, x))
        if (patternCovers(g, s) !== covers) wrong.push(`covers ${g} ${s}`)
        if (patternsOverlap(g, s) !== overlaps) wrong.push(`overlaps ${g} ${s}`)
      }
    }
    expect(wrong).toEqual([])
  })

  test('never claims coverage that a concrete value disproves (property)', () => {
    const piece = fc.constantFrom('a', 'b', ':', '*', '?')
    const pattern = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''))
    const fill = fc.array(fc.constantFrom('a', 'b', 'c', ':'), { maxLength: 4 }).map((p) => p.join(''))
    fc.assert(
      fc.property(pattern, pattern, fc.array(fill, { minLength: 8, maxLength: 8 }), (g, s, fills) => {
        // A value s matches: each wildcard replaced by some text.
        let k = 0
        const value = s.replace(/[*?]/g, (w) => {
          const f = fills[k++ % fills.length]
          return w === '?' ? (f[0] ?? 'a') : f
        })
        expect(matchesWildcard(s, value)).toBe(true)
        if (patternCovers(g, s)) expect(matchesWildcard(g, value)).toBe(true)
        if (matchesWildcard(g, value)) expect(patternsOverlap(g, s)).toBe(true)
      }),
      { numRuns: 3000 }
    )
  })
})

describe('ARN patterns', () => {
  test.each<[string, string, boolean]>([
    ['arn:aws:iam::1:role/*', 'arn:aws:iam::1:role/a', true],
    ['arn:aws:iam::1:role/a', 'arn:aws:iam::1:role/*', false],
    ['arn:aws:iam::*:role/a', 'arn:aws:iam::1:role/a', true],
    ['*', 'arn:aws:iam::1:role/a', true],
    ['arn:aws:s3:::b/*', '*', false],
    ['arn:aws:s3:::b*', 'arn:aws:s3:::b/k', true],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/k:with:colons', true]
  ])('%s covers %s: %s', (general, specific, expected) => {
    expect(arnPatternCovers(general, specific)).toBe(expected)
  })

  test('overlap is part by part: a wildcard cannot take a colon from the account part', () => {
    expect(arnPatternsOverlap('arn:aws:iam::1:role/*', 'arn:aws:iam::*:role/a')).toBe(true)
    expect(arnPatternsOverlap('arn:aws:iam::1:role/*', 'arn:aws:iam::2:role/*')).toBe(false)
  })
})

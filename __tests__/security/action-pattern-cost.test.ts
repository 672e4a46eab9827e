// Expanding an Action pattern against the catalogue (some 22,000 actions)
// costs what the catalogue's names cost, not what the pattern does. A hostile
// `*:*a*a*a…` of 64 KB read every one of its 32,000 pieces for every name
// (6 s to lint; 1 MiB would take minutes), and thousands of spellings of one
// pattern (`*:?*?`, `*:??*`, …: 4 KB of them took 9 s and 286 MB) were each
// expanded, remembered and filtered again. A name shorter than the pattern
// can match is passed over at once, and spellings of one pattern share one
// expansion.
import { expect, test } from '@jest/globals'
import { actionsMatching, matchWork } from '../../src/core/iam/catalog/index.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'

const policy = (action: string[]) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] })

test('a long pattern is not read again for each name of the catalogue', () => {
  const before = matchWork()
  expect(actionsMatching(`*:${'*a'.repeat(100_000)}`)).toEqual([])
  // One unit per name (and per service prefix) tested, no name being long enough to be read against the 200 KB pattern.
  expect(matchWork() - before).toBeLessThan(30_000)
})

test('a pattern written with runs of wildcards is matched on its short form', () => {
  const before = matchWork()
  const found = actionsMatching(`s3:get${'*'.repeat(100_000)}object`)
  expect(found.map((a) => a.fullName)).toContain('s3:GetObject')
  expect(matchWork() - before).toBeLessThan(10_000)
})

test('spellings of one pattern share one expansion', () => {
  const spellings = ['*:?*?', '*:??*', '*:*??', '*:?**?*', 'S3:GET*?', 's3:get?*']
  const [a, b, c, d, e, f] = spellings.map(actionsMatching)
  expect(a.length).toBeGreaterThan(10_000)
  expect(b).toBe(a)
  expect(c).toBe(a)
  expect(d).toBe(a)
  expect(f).toBe(e)
  const before = matchWork()
  actionsMatching('*:*?*?**')
  expect(matchWork()).toBe(before)
})

test('thousands of spellings of a pattern lint as one does', () => {
  const spellings = Array.from({ length: 4096 }, (_, i) => `*:${i.toString(2).padStart(12, '0').replace(/0/g, '?').replace(/1/g, '*')}`).filter((x) => x.includes('*', 2))
  const many = lintPolicyText('iam/p.json', policy(spellings), 'identity').findings.filter((f) => f.code === 'RTC617')
  const one = lintPolicyText('iam/p.json', policy([spellings[0]]), 'identity').findings.filter((f) => f.code === 'RTC617')
  expect(many.map((f) => f.message.replace(/ \(\d+ actions?\)/, ''))).toHaveLength(1)
  expect(many[0].message.split(' on Resource')[1]).toBe(one[0].message.split(' on Resource')[1])
})

// An action pattern with a wildcard in the service prefix (`*:*a*`) reads
// every name of the catalogue (some 22,000) when a rule expands it, and a
// repository can write thousands of distinct ones, a few bytes each: about a
// minute per MiB of them, in one file or across many. A run expands the first
// SERVICE_WILDCARD_EXPANSIONS distinct ones; past that the rules skip them
// and each file that had one skipped says so (RTC006), once.
import { expect, test } from '@jest/globals'
import { matchWork } from '../../src/core/iam/catalog/index.js'
import { CHECK_BY_CODE } from '../../src/core/lint/checks.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { SERVICE_WILDCARD_EXPANSIONS, hasServiceWildcard } from '../../src/core/lint/service-wildcards.js'
import { validateFiles } from '../../src/core/validate/validate.js'

const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] })
const allow = (action: string[], extra: object = { Resource: '*' }) => policy({ Effect: 'Allow', Action: action, ...extra })

/** `n` service-wildcard patterns no other test uses (the catalogue remembers expansions): `*:*<tag><i>*`. */
const distinct = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `*:*${tag}${i.toString(36)}*`)

const codes = (text: string) => lintPolicyText('iam/p.json', text, 'identity').findings.map((f) => f.code)

test('service wildcards are told from other patterns', () => {
  expect(['*:Get*', 's3*:Get*', '?3:GetObject', 'S*:*'].map(hasServiceWildcard)).toEqual([true, true, true, true])
  expect(['*', 's3:*', 's3:Get*', 'no-colon*', ''].map(hasServiceWildcard)).toEqual([false, false, false, false, false])
})

test('the catalogue work of a file stops growing past the budget', () => {
  const work = (patterns: string[]) => {
    const before = matchWork()
    lintPolicyText('iam/p.json', allow(patterns), 'identity')
    return matchWork() - before
  }
  const atBudget = work(distinct('a', SERVICE_WILDCARD_EXPANSIONS))
  const tenTimes = work(distinct('b', 10 * SERVICE_WILDCARD_EXPANSIONS))
  // Each expansion reads the whole catalogue: tens of thousands of units.
  expect(atBudget).toBeGreaterThan(SERVICE_WILDCARD_EXPANSIONS * 20_000)
  expect(tenTimes).toBeLessThan(atBudget * 1.2)
})

test('one RTC006 per file, at the first pattern left out, counting the distinct ones', () => {
  const patterns = distinct('c', SERVICE_WILDCARD_EXPANSIONS + 5)
  const text = allow([...patterns, ...patterns])
  const found = lintPolicyText('iam/p.json', text, 'identity').findings.filter((f) => f.code === 'RTC006')
  expect(found).toHaveLength(1)
  expect(found[0].message).toMatch(/^This and 4 more action patterns with a wildcard in the service prefix were not expanded/)
  expect(found[0].severity).toBe(CHECK_BY_CODE.get('RTC006')?.severity)
  const firstLeftOut = text.indexOf(JSON.stringify(patterns[SERVICE_WILDCARD_EXPANSIONS]))
  expect(found[0].column).toBe(firstLeftOut + 1)
  // The text of the help and of the message give the budget as it is.
  expect(CHECK_BY_CODE.get('RTC006')?.help).toContain(`first ${SERVICE_WILDCARD_EXPANSIONS} distinct`)
  expect(found[0].message).toContain(`first ${SERVICE_WILDCARD_EXPANSIONS} distinct`)
})

test('within the budget nothing is left out and nothing is said', () => {
  const patterns = distinct('d', SERVICE_WILDCARD_EXPANSIONS)
  const found = codes(allow([...patterns, ...patterns.map((p) => p.toUpperCase())]))
  expect(found).not.toContain('RTC006')
  expect(found).toContain('RTC617')
  // Plain prefixes are never counted.
  expect(codes(allow(Array.from({ length: 100 }, (_, i) => `s3:*${i.toString(36)}*`)))).not.toContain('RTC006')
})

test('past the budget, NotAction and NotResource findings drop the sums they cannot know', () => {
  const spent = distinct('e', SERVICE_WILDCARD_EXPANSIONS)
  const notAction = lintPolicyText('iam/p.json', JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: spent, Resource: '*' },
      { Effect: 'Allow', NotAction: ['*:*e-left-out*'], Resource: '*' }
    ]
  }), 'identity').findings
  const rtc618 = notAction.find((f) => f.code === 'RTC618')
  expect(rtc618?.message).toMatch(/grants every other action and every action AWS adds later\.$/)
  expect(notAction.map((f) => f.code)).toContain('RTC006')
  const within = lintPolicyText('iam/p.json', policy({ Effect: 'Allow', NotAction: ['*:*e-kept*'], Resource: '*' }), 'identity').findings
  expect(within.find((f) => f.code === 'RTC618')?.message).toMatch(/grants every other action: [\d,]+ of the catalogue's/)
})

test('validate shares one budget across the files of a run', () => {
  // 40 files of two fresh patterns each: 80 distinct, 16 expanded in all.
  const files = Array.from({ length: 40 }, (_, i) => ({ path: `iam/p${String(i).padStart(2, '0')}.json`, text: allow(distinct(`f${i}x`, 2)) }))
  const before = matchWork()
  const result = validateFiles(files, undefined)
  const work = matchWork() - before
  const warned = new Set(result.findings.filter((f) => f.code === 'RTC006').map((f) => f.file))
  expect(warned.size).toBe(40 - SERVICE_WILDCARD_EXPANSIONS / 2)
  expect(warned.has('iam/p00.json')).toBe(false)
  expect(warned.has('iam/p39.json')).toBe(true)
  // Sixteen expansions' worth, not eighty.
  const one = (() => {
    const b = matchWork()
    lintPolicyText('iam/q.json', allow(['*:*g-one*']), 'identity')
    return matchWork() - b
  })()
  expect(work).toBeLessThan(one * (SERVICE_WILDCARD_EXPANSIONS + 4))
})

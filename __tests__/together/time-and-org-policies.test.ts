// What the connector's requests meet beyond the account's own policies: the
// time they are made at (aws:CurrentTime), and the organisation's service and
// resource control policies among the files.
import { checkTogether } from '../../src/core/together/check-together.js'
import { generatedSetup as setup, policyDoc as doc, SETUP_ACCOUNT } from '../support/together-setup.js'
import type { Setup } from '../support/together-setup.js'

const USER = `arn:aws:iam::${SETUP_ACCOUNT}:user/etl`
/** 2026-12-02: the day the check runs, in the tests. */
const NOW = Date.parse('2026-12-02T03:00:00Z')
const codesAt = (s: Setup, now = NOW) =>
  checkTogether(s.files, s.inputs, now)
    .map((f) => f.code)
    .filter((c) => !c.startsWith('RTC8'))
    .sort()

describe('the time of the request: aws:CurrentTime and aws:EpochTime are the check\'s', () => {
  const trustUntil = (operator: string, key: string, value: string) =>
    doc({ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole', Condition: { [operator]: { [key]: value } } })

  test('a trust policy that admitted the user until a day gone by no longer admits it (RTC704)', () => {
    const s = setup({}, { 'trust-policy.json': trustUntil('DateLessThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z') })
    expect(codesAt(s)).toEqual(['RTC704'])
    const f = checkTogether(s.files, s.inputs, NOW).find((x) => x.code === 'RTC704')
    expect(f?.message).toContain('aws:CurrentTime')
  })

  test('the same in epoch seconds (aws:EpochTime, NumericLessThan)', () => {
    expect(codesAt(setup({}, { 'trust-policy.json': trustUntil('NumericLessThan', 'aws:EpochTime', String(Date.parse('2026-01-01T00:00:00Z') / 1000)) }))).toEqual(['RTC704'])
  })

  test('a date still to come admits it; the time is the one given', () => {
    const s = setup({}, { 'trust-policy.json': trustUntil('DateLessThan', 'aws:CurrentTime', '2027-01-01T00:00:00Z') })
    expect(codesAt(s)).toEqual([])
    expect(codesAt(s, Date.parse('2027-06-01T00:00:00Z'))).toEqual(['RTC704'])
  })

  test("a role's Deny after a date gone by refuses its calls; one from a date to come does not yet", () => {
    const after = (date: string) => doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { DateGreaterThan: { 'aws:CurrentTime': date } } })
    expect(codesAt(setup({}, {}, [['sunset.json', after('2026-06-01T00:00:00Z')]]))).toEqual(['RTC710', 'RTC714', 'RTC717'])
    expect(codesAt(setup({}, {}, [['sunset.json', after('2027-06-01T00:00:00Z')]]))).toEqual([])
  })
})

// A trust policy open to "*" held to the organisation (aws:PrincipalOrgID) is reported (RTC705: the check cannot
// know the organisation), but it said the role "admits anonymous callers (if its conditions on aws:PrincipalOrgID
// hold for them)": an anonymous request is unsigned and carries no aws:PrincipalOrgID, aws:PrincipalArn,
// aws:PrincipalAccount or aws:PrincipalTag (AWS's global condition keys, "Availability"), so such a condition never
// holds for it. The finding now names who it does admit: a principal of another account.
import { checkTogether } from '../../src/core/together/check-together.js'
import { generatedSetup as setup, policyDoc as doc } from '../support/together-setup.js'

const openTo = (Condition?: object) => ({ 'trust-policy.json': doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) }) })
const rtc705 = (t: Record<string, unknown>) => {
  const s = setup({}, t)
  return checkTogether(s.files, s.inputs).find((f) => f.code === 'RTC705')
}

test.each([
  ['aws:PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } }],
  ['aws:PrincipalOrgPaths', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abcdefghij/r-ab12/*' } }],
  ['aws:PrincipalTag', { StringEquals: { 'aws:PrincipalTag/team': 'etl' } }]
])('"*" held by %s: RTC705 names a principal of another account, not anonymous callers', (key, condition) => {
  const f = rtc705(openTo(condition))
  expect(f?.severity).toBe('error')
  expect(f?.message).toContain('a user of an unrelated account')
  expect(f?.message).not.toContain('anonymous')
  expect(f?.message).toContain(key)
})

test('"*" with no condition still admits anonymous callers', () => {
  expect(rtc705(openTo())?.message).toContain('anonymous callers')
})

// sts:AssumeRole is called with an IAM user's or role's credentials only ("Compare AWS STS credentials", IAM User
// Guide: "Who can call: IAM user or IAM role with existing temporary security credentials"): no anonymous caller.
// RTC705 said a trust policy open to "*" "admits anonymous callers", and one held to the organisation
// (aws:PrincipalOrgID) "admits anonymous callers (if its conditions on aws:PrincipalOrgID hold for them)", which
// no anonymous request can meet; the linter's RTC601 said "any AWS principal in any account" of the same statement.
// RTC705 is still an error, and names who is admitted: every principal of every account.
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

test('"*" with no condition: every principal of every account, not anonymous callers', () => {
  const f = rtc705(openTo())
  expect(f?.message).toContain('every IAM user and role of every account')
  expect(f?.message).not.toContain('anonymous')
})

// A together finding names a statement as the linter's findings and the pull-request diff do: counted from 1
// (the first statement of a file is statement 1). It counted from 0, so one run said "statement 0 of the trust
// policy" (RTC704) and "statement 1" (RTC412) of the same statement.
import { checkTogether } from '../../src/core/together/check-together.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { generatedSetup as setup, policyDoc as doc, SETUP_ACCOUNT } from '../support/together-setup.js'

const USER = `arn:aws:iam::${SETUP_ACCOUNT}:user/etl`

test('RTC704 names the statement whose condition refuses by the number the linter gives it', () => {
  const trust = doc(
    { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sts:AssumeRole' },
    { Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole', Condition: { NumericLessThan: { 'sts:DurationSeconds': '1800' } } }
  )
  const s = setup({}, { 'trust-policy.json': trust })
  const rtc704 = checkTogether(s.files, s.inputs).find((f) => f.code === 'RTC704')
  expect(rtc704?.message).toContain('statement 2 of the trust policy')
  const lint = lintPolicyText('iam/trust-policy.json', JSON.stringify(trust, null, 2), 'trust').findings.find((f) => f.code === 'RTC412')
  expect(lint?.message).toContain('statement 2 ')
})

test('RTC704 on an explicit Deny and RTC723 on a Deny resting on unknown keys count from 1 too', () => {
  const trust = doc({ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole' }, { Effect: 'Deny', Principal: { AWS: USER }, Action: 'sts:AssumeRole' })
  const s = setup({}, { 'trust-policy.json': trust })
  expect(checkTogether(s.files, s.inputs).find((f) => f.code === 'RTC704')?.message).toContain('statement 2 of iam/trust-policy.json explicitly denies')
  const guard = doc({ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })
  const g = setup({}, {}, [['ip-guard.json', guard]])
  expect(checkTogether(g.files, g.inputs).find((f) => f.code === 'RTC723')?.message).toContain('statement 2 of iam/ip-guard.json denies it')
})

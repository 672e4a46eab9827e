// RTC417: requests signed with an IAM user's long-term access keys carry no
// aws:MultiFactorAuthPresent, so a Deny on `"Bool": {...: "false"}` does not
// apply to them: the "deny unless MFA" statement lets access keys through.
import { lintPolicyText, type PolicyKind } from '../../src/core/lint/lint.js'

const policy = (...Statement: Record<string, unknown>[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
const denyWithoutMfa = (Condition: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  Sid: 'BlockMostAccessUnlessSignedInWithMFA',
  Effect: 'Deny',
  NotAction: ['iam:ListMFADevices', 'iam:EnableMFADevice', 'sts:GetSessionToken'],
  Resource: '*',
  Condition,
  ...extra
})
const found = (text: string, kind: PolicyKind = 'identity') => lintPolicyText('p.json', text, kind).findings.filter((f) => f.code === 'RTC417')

test('a Deny on Bool aws:MultiFactorAuthPresent "false" is a warning at the key, in any case and beside other keys', () => {
  const text = policy(denyWithoutMfa({ Bool: { 'aws:MultiFactorAuthPresent': 'false', 'aws:ViaAWSService': 'false' } }))
  const findings = found(text)
  expect(findings).toHaveLength(1)
  expect(findings[0].severity).toBe('warning')
  expect(findings[0].line).toBe(text.split('\n').findIndex((l) => l.includes('"aws:MultiFactorAuthPresent"')) + 1)
  expect(findings[0].message).toContain("Statement 'BlockMostAccessUnlessSignedInWithMFA' denies when aws:MultiFactorAuthPresent is false")
  expect(findings[0].hint).toContain('BoolIfExists')
  expect(found(policy(denyWithoutMfa({ Bool: { 'aws:multifactorauthpresent': false } })))).toHaveLength(1)
  // The same hole in an SCP and in a bucket policy.
  expect(found(policy(denyWithoutMfa({ Bool: { 'aws:MultiFactorAuthPresent': 'false' } })), 'scp')).toHaveLength(1)
  const bucket = policy({ Effect: 'Deny', Principal: '*', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::reports/*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } })
  expect(found(bucket, 'resource')).toHaveLength(1)
})

test('not for BoolIfExists, for a policy that also denies when the key is absent, for an Allow, or for Bool "true"', () => {
  expect(found(policy(denyWithoutMfa({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } })))).toEqual([])
  expect(found(policy(denyWithoutMfa({ Bool: { 'aws:MultiFactorAuthPresent': 'false' } }), denyWithoutMfa({ Null: { 'aws:MultiFactorAuthPresent': 'true' } }, { Sid: 'DenyAccessKeys' })))).toEqual([])
  expect(found(policy({ Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }))).toEqual([])
  expect(found(policy(denyWithoutMfa({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } })))).toEqual([])
})

// RTC305: an account is named as a principal by its iam ARN, arn:aws:iam::ACCOUNT:root, or its id (IAM User Guide,
// "AWS JSON policy elements: Principal", AWS account principals); STS ARNs name role sessions (assumed-role/) and
// federated users (federated-user/) only. arn:aws:sts::ACCOUNT:root, the account under sts, names no principal, as a
// role's name under sts does not (RTC305 already says so of those); it was accepted silently.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const trust = (principal: unknown) =>
  lintPolicyText(
    't.json',
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'ledger-7f3a' } } }] }),
    'trust'
  ).findings.filter((f) => f.code === 'RTC305')

describe('RTC305: the account root under sts', () => {
  test.each([
    ['arn:aws:sts::210987654321:root', 'arn:aws:iam::210987654321:root'],
    ['arn:aws-cn:sts::210987654321:root', 'arn:aws-cn:iam::210987654321:root']
  ])('%s names no principal: an error whose hint is %s', (wrong, right) => {
    const [f, ...more] = trust({ AWS: wrong })
    expect(more).toEqual([])
    expect(f.severity).toBe('error')
    expect(f.message).toBe(`An account's ARN is an iam one, so ${wrong} names no principal: no request comes from it.`)
    expect(f.hint).toBe(`Write ${right}.`)
    expect(trust({ AWS: right })).toEqual([])
  })

  test('in a bucket policy too', () => {
    const findings = lintPolicyText(
      'b.json',
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:sts::210987654321:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::ledger-exports/*' }] }),
      'resource'
    ).findings
    expect(findings.map((f) => f.code)).toContain('RTC305')
  })
})

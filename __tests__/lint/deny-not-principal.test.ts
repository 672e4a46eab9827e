// RTC614: a Deny with NotPrincipal that names a role but not its sessions
// denies the role's own requests (they come from
// arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION). The sessions are looked up
// once per value, not searched for each role, and a trust policy's NotPrincipal
// is RTC127's alone (IAM refuses it there).
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { notPrincipalValuesRead } from '../../src/core/lint/rules/security.js'

const deny = (notPrincipals: string[], kind: 'resource' | 'trust' = 'resource') =>
  lintPolicyText(
    'p.json',
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        kind === 'trust'
          ? { Effect: 'Deny', NotPrincipal: { AWS: notPrincipals }, Action: 'sts:AssumeRole' }
          : { Effect: 'Deny', NotPrincipal: { AWS: notPrincipals }, Action: 's3:*', Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] }
      ]
    }),
    kind
  ).findings

describe('RTC614: a role named in NotPrincipal without its sessions', () => {
  test('reported for the role whose sessions are not listed, not for the one whose are', () => {
    const findings = deny([
      'arn:aws:iam::111122223333:role/deploy',
      'arn:aws:iam::111122223333:role/ops/audit',
      'arn:aws:sts::111122223333:assumed-role/audit/alice'
    ]).filter((f) => f.code === 'RTC614')
    expect(findings.map((f) => f.message)).toEqual([
      'Deny with NotPrincipal lists the role arn:aws:iam::111122223333:role/deploy but not its sessions (arn:aws:sts::111122223333:assumed-role/deploy/...): requests made with the role are still denied.'
    ])
  })

  test('a session of another account, partition or role does not count', () => {
    const codes = (sessions: string[]) => deny(['arn:aws:iam::111122223333:role/deploy', ...sessions]).filter((f) => f.code === 'RTC614').length
    expect(codes(['arn:aws:sts::444455556666:assumed-role/deploy/s'])).toBe(1)
    expect(codes(['arn:aws-cn:sts::111122223333:assumed-role/deploy/s'])).toBe(1)
    expect(codes(['arn:aws:sts::111122223333:assumed-role/deployer/s'])).toBe(1)
    expect(codes(['arn:aws:sts::111122223333:assumed-role/deploy/s'])).toBe(0)
  })

  test('a trust policy NotPrincipal is RTC127 alone: IAM refuses it, the sessions are beside the point', () => {
    const codes = deny(['arn:aws:iam::111122223333:role/deploy'], 'trust').map((f) => f.code)
    expect(codes).toContain('RTC127')
    expect(codes).not.toContain('RTC614')
  })

  test('each value is read once, however many roles the list names (it compared every role with every value)', () => {
    const roles = (n: number) => Array.from({ length: n }, (_, i) => `arn:aws:iam::111122223333:role/r${i}`)
    const readFor = (n: number) => {
      const before = notPrincipalValuesRead()
      deny(roles(n))
      return notPrincipalValuesRead() - before
    }
    expect(readFor(2000)).toBeLessThanOrEqual(2 * 2000)
    expect(readFor(4000)).toBeLessThanOrEqual(2 * 4000)
  })
})

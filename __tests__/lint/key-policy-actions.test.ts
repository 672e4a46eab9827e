// RTC308 in a KMS key policy: there "Resource": "*" is the key the policy is set on, so a statement grants (or denies)
// only actions that act on a KMS key. The KMS Developer Guide's permissions reference ("AWS KMS permissions", column
// "Policy type") gives kms:CreateKey, kms:ListKeys, kms:ListAliases, kms:GenerateRandom, the custom key store actions
// and kms:ListRetirableGrants to IAM policies only, on "*"; the Service Authorization Reference lists them with no
// resource type. In a key policy they were accepted silently, though the statement grants nothing for them.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const keyPolicy = (Action: unknown, Effect = 'Allow') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
      { Sid: 'KeyAdmins', Effect, Principal: { AWS: 'arn:aws:iam::111122223333:role/key-admin' }, Action, Resource: '*' }
    ]
  })
const rtc308 = (text: string, kind?: 'resource' | 'identity') => lintPolicyText('key-policy.json', text, kind).findings.filter((f) => f.code === 'RTC308')

describe('RTC308: a key policy grants only actions on the key', () => {
  test.each(['kms:CreateKey', 'kms:ListKeys', 'kms:ListAliases', 'kms:GenerateRandom', 'kms:CreateCustomKeyStore', 'kms:ListRetirableGrants', 'kms:*CustomKeyStore*'])(
    '%s in a key policy is a warning at the action: the statement grants nothing for it',
    (action) => {
      const findings = rtc308(keyPolicy(['kms:DescribeKey', action]), 'resource')
      expect(findings).toHaveLength(1)
      expect(findings[0].severity).toBe('warning')
      expect(findings[0].message).toBe(
        `${action} acts on no KMS key, and in a key policy "Resource": "*" is the key the policy is set on, so statement 'KeyAdmins' grants nothing for it: KMS allows it in IAM policies only.`
      )
      expect(findings[0].hint).toBe('Grant it in an IAM policy with "Resource": "*", and take it out of the key policy.')
    }
  )

  test('a Deny says it denies nothing for it; an action written twice is reported where each is written', () => {
    const findings = rtc308(keyPolicy(['kms:CreateKey', 'kms:createkey'], 'Deny'), 'resource')
    expect(findings).toHaveLength(2)
    expect(findings[0].message).toContain('denies nothing for it')
  })

  test('actions on the key, and patterns of which one action acts on the key, are not reported', () => {
    for (const action of ['kms:*', 'kms:Decrypt', 'kms:CreateAlias', 'kms:DeleteAlias', 'kms:List*', 'kms:Create*', 'kms:Describe*', 'kms:PutKeyPolicy', 'kms:ReplicateKey']) {
      expect(rtc308(keyPolicy(action), 'resource')).toEqual([])
    }
  })

  test('the same actions in an identity policy are granted on "*" and not reported', () => {
    const identity = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['kms:CreateKey', 'kms:ListKeys', 'kms:ListAliases'], Resource: '*' }] })
    expect(rtc308(identity, 'identity')).toEqual([])
  })
})

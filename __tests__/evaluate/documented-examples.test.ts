// The evaluator against the examples of AWS's IAM User Guide (issue 9: the
// diff's property test trusts this evaluator, so it is checked here against
// what AWS documents). Each test names the page and the example it follows.
import { describe, expect, test } from '@jest/globals'
import { evaluateConditions } from '../../src/core/evaluate/conditions.js'
import { evaluate } from '../../src/core/evaluate/evaluate.js'
import { principalFromArn } from '../../src/core/evaluate/principal.js'
import type { AccessRequest, ContextValue } from '../../src/core/evaluate/types.js'
import { normalisePolicy, type NormalPolicy } from '../../src/core/iam/normalise.js'

const A = '111122223333'
const B = '444455556666'
const user = (name: string, account = A) => principalFromArn(`arn:aws:iam::${account}:user/${name}`)

function policy(...Statement: object[]): NormalPolicy {
  const p = normalisePolicy({ Version: '2012-10-17', Statement })
  if (!p) throw new Error('bad test policy')
  return p
}
const met = (Condition: object, context: Record<string, ContextValue>) =>
  evaluateConditions(policy({ Effect: 'Allow', Action: '*', Resource: '*', Condition }).statements[0].condition, context).met
const request = (principal: AccessRequest['principal'], action: string, resource: string, context?: Record<string, ContextValue>): AccessRequest => ({
  principal,
  action,
  resource,
  ...(context ? { context } : {})
})

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
describe('policy evaluation logic', () => {
  test('"By default, all requests are implicitly denied": no policy, no access', () => {
    expect(evaluate(request(user('alice'), 's3:GetObject', 'arn:aws:s3:::b/k'), { identityPolicies: [] }).effect).toBe('ImplicitDeny')
  })

  test('"An explicit allow in an identity-based or resource-based policy overrides this default"', () => {
    const allow = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })
    expect(evaluate(request(user('alice'), 's3:GetObject', 'arn:aws:s3:::b/k'), { identityPolicies: [allow] }).effect).toBe('Allow')
  })

  test('"An explicit deny in any policy overrides any allows"', () => {
    const allow = policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })
    const deny = policy({ Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' })
    expect(evaluate(request(user('alice'), 's3:DeleteObject', 'arn:aws:s3:::b/k'), { identityPolicies: [allow, deny] }).effect).toBe('ExplicitDeny')
  })

  test('same account: a resource-based policy that names the principal is enough without an identity policy', () => {
    const bucket = policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:user/alice` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })
    const d = evaluate(request(user('alice'), 's3:GetObject', 'arn:aws:s3:::b/k'), { identityPolicies: [], resourcePolicy: bucket, resourceAccount: A })
    expect(d.effect).toBe('Allow')
  })

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
  test('cross-account: the identity policy in the trusted account AND the resource policy must both allow', () => {
    const bucket = policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${B}:user/carol` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })
    const identity = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })
    const carol = user('carol', B)
    const r = request(carol, 's3:GetObject', 'arn:aws:s3:::b/k')
    expect(evaluate(r, { identityPolicies: [], resourcePolicy: bucket, resourceAccount: A }).effect).toBe('ImplicitDeny')
    expect(evaluate(r, { identityPolicies: [identity], resourceAccount: A }).effect).toBe('ImplicitDeny')
    expect(evaluate(r, { identityPolicies: [identity], resourcePolicy: bucket, resourceAccount: A }).effect).toBe('Allow')
  })

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html (trust policy + the caller's sts:AssumeRole permission)
  test('a role trust policy that names an account delegates to that account, whose identity policy must allow sts:AssumeRole', () => {
    const trust = policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${B}:root` }, Action: 'sts:AssumeRole' })
    const mayAssume = policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${A}:role/shared` })
    const r = request(user('carol', B), 'sts:AssumeRole', `arn:aws:iam::${A}:role/shared`)
    expect(evaluate(r, { identityPolicies: [], resourcePolicy: trust }).effect).toBe('ImplicitDeny')
    expect(evaluate(r, { identityPolicies: [mayAssume], resourcePolicy: trust }).effect).toBe('Allow')
  })
})

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html
describe('Not* elements', () => {
  test('NotAction with Allow: "allows all actions except those listed" (the iam:* example)', () => {
    const p = policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })
    expect(evaluate(request(user('alice'), 'ec2:RunInstances', '*'), { identityPolicies: [p] }).effect).toBe('Allow')
    expect(evaluate(request(user('alice'), 'iam:CreateUser', `arn:aws:iam::${A}:user/x`), { identityPolicies: [p] }).effect).toBe('ImplicitDeny')
  })

  test('NotAction with Deny: denies everything not listed, and grants nothing itself (the MFA example)', () => {
    const p = policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }
    )
    const r = (action: string, mfa?: boolean) => request(user('alice'), action, '*', mfa === undefined ? {} : { 'aws:MultiFactorAuthPresent': mfa })
    expect(evaluate(r('s3:ListAllMyBuckets', false), { identityPolicies: [p] }).effect).toBe('ExplicitDeny')
    expect(evaluate(r('s3:ListAllMyBuckets'), { identityPolicies: [p] }).effect).toBe('ExplicitDeny')
    expect(evaluate(r('s3:ListAllMyBuckets', true), { identityPolicies: [p] }).effect).toBe('Allow')
    expect(evaluate(r('iam:ListUsers', false), { identityPolicies: [p] }).effect).toBe('Allow')
  })

  test('Deny with NotResource: denies outside the listed resources', () => {
    const p = policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::hrbucket/Payroll', 'arn:aws:s3:::hrbucket/Payroll/*'] })
    expect(evaluate(request(user('alice'), 's3:GetObject', 'arn:aws:s3:::hrbucket/Payroll/jan'), { identityPolicies: [p] }).effect).toBe('Allow')
    expect(evaluate(request(user('alice'), 's3:GetObject', 'arn:aws:s3:::other/x'), { identityPolicies: [p] }).effect).toBe('ExplicitDeny')
  })

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
  test('NotPrincipal with Deny: a user is exempt only when the user ARN and the account are both listed', () => {
    const bucket = policy(
      { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      { Effect: 'Deny', NotPrincipal: { AWS: [`arn:aws:iam::${A}:user/alice`, `arn:aws:iam::${A}:root`] }, Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }
    )
    const onlyUser = policy(
      { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      { Effect: 'Deny', NotPrincipal: { AWS: `arn:aws:iam::${A}:user/alice` }, Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }
    )
    const r = (who: string) => request(user(who), 's3:GetObject', 'arn:aws:s3:::b/k')
    expect(evaluate(r('alice'), { identityPolicies: [], resourcePolicy: bucket, resourceAccount: A }).effect).toBe('Allow')
    expect(evaluate(r('bob'), { identityPolicies: [], resourcePolicy: bucket, resourceAccount: A }).effect).toBe('ExplicitDeny')
    expect(evaluate(r('alice'), { identityPolicies: [], resourcePolicy: onlyUser, resourceAccount: A }).effect).toBe('ExplicitDeny')
  })
})

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
describe('condition operators', () => {
  test('"If the key … is not present in the request context, the values do not match and the condition is false"', () => {
    expect(met({ StringEquals: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } }, {})).toBe(false)
  })

  test('"If the policy condition requires that the key is not matched, such as StringNotLike …, and the right key is not present, the condition is true"', () => {
    expect(met({ StringNotLike: { 'aws:PrincipalTag/job-category': 'admin*' } }, {})).toBe(true)
    expect(met({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:alerts' } }, {})).toBe(true)
  })

  test('…IfExists: "If the key is not present, evaluate the condition element as true" (the ec2:InstanceType example)', () => {
    const c = { StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } }
    expect(met(c, {})).toBe(true)
    expect(met(c, { 'ec2:InstanceType': 't2.micro' })).toBe(true)
    expect(met(c, { 'ec2:InstanceType': 'r5.large' })).toBe(false)
  })

  test('Null: "true" when the key is absent (the aws:TokenIssueTime example: long-term credentials only)', () => {
    expect(met({ Null: { 'aws:TokenIssueTime': 'true' } }, {})).toBe(true)
    expect(met({ Null: { 'aws:TokenIssueTime': 'true' } }, { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' })).toBe(false)
    expect(met({ Null: { 'aws:TokenIssueTime': 'false' } }, {})).toBe(false)
  })

  test('StringEqualsIgnoreCase and StringLike with wildcards (the aws:PrincipalTag and s3:prefix examples)', () => {
    expect(met({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/department': 'HR' } }, { 'aws:PrincipalTag/department': 'hr' })).toBe(true)
    expect(met({ StringEquals: { 'aws:PrincipalTag/department': 'HR' } }, { 'aws:PrincipalTag/department': 'hr' })).toBe(false)
    expect(met({ StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/*'] } }, { 's3:prefix': 'home/alice/photos', 'aws:username': 'alice' })).toBe(true)
    expect(met({ StringLike: { 's3:prefix': ['home/${aws:username}/*'] } }, { 's3:prefix': 'home/bob/photos', 'aws:username': 'alice' })).toBe(false)
  })

  test('numeric and date operators (the s3:max-keys and aws:CurrentTime examples), dates in ISO 8601 or epoch seconds', () => {
    expect(met({ NumericLessThanEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': '10' })).toBe(true)
    expect(met({ NumericLessThanEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': '11' })).toBe(false)
    expect(met({ DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' } }, { 'aws:CurrentTime': '2020-06-30T00:00:00Z' })).toBe(true)
    expect(met({ DateLessThan: { 'aws:CurrentTime': '1577836800' } }, { 'aws:CurrentTime': '2019-12-31T23:59:59Z' })).toBe(true)
  })

  test('IpAddress with IPv4 and IPv6 ranges (the 203.0.113.0/24 and 2001:DB8:1234:5678::/64 example)', () => {
    const c = { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } }
    expect(met(c, { 'aws:SourceIp': '203.0.113.7' })).toBe(true)
    expect(met(c, { 'aws:SourceIp': '2001:db8:1234:5678::1' })).toBe(true)
    expect(met(c, { 'aws:SourceIp': '2001:db8:1234:5679::1' })).toBe(false)
    expect(met(c, { 'aws:SourceIp': '198.51.100.1' })).toBe(false)
    expect(met({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }, { 'aws:SourceIp': '2001:db8::1' })).toBe(true)
  })

  test('Bool compares "true"/"false" without case (aws:SecureTransport)', () => {
    expect(met({ Bool: { 'aws:SecureTransport': 'false' } }, { 'aws:SecureTransport': 'FALSE' })).toBe(true)
    expect(met({ Bool: { 'aws:SecureTransport': 'false' } }, {})).toBe(false)
  })
})

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
describe('multivalued keys', () => {
  test('ForAllValues "returns true if every key value in the request matches", and also when the key is absent', () => {
    const c = { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } }
    expect(met(c, { 'aws:TagKeys': ['environment'] })).toBe(true)
    expect(met(c, { 'aws:TagKeys': ['environment', 'owner'] })).toBe(false)
    expect(met(c, {})).toBe(true)
  })

  test('ForAnyValue "returns true if any one of the key values matches"; false when the key is absent', () => {
    const c = { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } }
    expect(met(c, { 'aws:TagKeys': ['owner', 'cost-center'] })).toBe(true)
    expect(met(c, { 'aws:TagKeys': ['owner'] })).toBe(false)
    expect(met(c, {})).toBe(false)
  })

  test('ForAllValues with Null false guards against the absent key (the documented pairing)', () => {
    const c = { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment'] }, Null: { 'aws:TagKeys': 'false' } }
    expect(met(c, {})).toBe(false)
    expect(met(c, { 'aws:TagKeys': ['environment'] })).toBe(true)
  })
})

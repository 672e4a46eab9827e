import { normalisePolicy, type NormalPolicy } from '../../src/core/iam/normalise.js'
import { evaluate, resourcePolicyKindFor } from '../../src/core/evaluate/evaluate.js'
import { evaluateConditions, parseOperator } from '../../src/core/evaluate/conditions.js'
import { principalFromArn } from '../../src/core/evaluate/principal.js'
import type { AccessRequest, ContextValue } from '../../src/core/evaluate/types.js'

const A = '111122223333'
const B = '444455556666'
const alice = principalFromArn(`arn:aws:iam::${A}:user/alice`)
const bob = principalFromArn(`arn:aws:iam::${A}:user/bob`)
const carol = principalFromArn(`arn:aws:iam::${B}:user/carol`)
const bucket = 'arn:aws:s3:::data-bucket/report.csv'

function policy(...statements: object[]): NormalPolicy {
  const p = normalisePolicy({ Version: '2012-10-17', Statement: statements })
  if (!p) throw new Error('bad test policy')
  return p
}

/** A Condition element as written in a policy, through the normaliser. */
function met(condition: object, context: Record<string, ContextValue>): { met: boolean } {
  return evaluateConditions(policy({ Effect: 'Allow', Action: '*', Resource: '*', Condition: condition }).statements[0].condition, context)
}

const req = (principal: AccessRequest['principal'], action: string, resource: string, context?: Record<string, ContextValue>): AccessRequest => ({
  principal,
  action,
  resource,
  ...(context ? { context } : {})
})

describe('statements: Action, NotAction, Resource, NotResource', () => {
  test('NotAction with Allow allows every action except the listed ones', () => {
    const p = policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })
    expect(evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [p] }).effect).toBe('Allow')
    expect(evaluate(req(alice, 'iam:CreateUser', `arn:aws:iam::${A}:user/x`), { identityPolicies: [p] }).effect).toBe('ImplicitDeny')
  })

  test('Deny with NotResource denies everywhere except the listed resources', () => {
    const p = policy(
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Sid: 'OnlyThisBucket', Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::data-bucket', 'arn:aws:s3:::data-bucket/*'] }
    )
    expect(evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [p] }).effect).toBe('Allow')
    const other = evaluate(req(alice, 's3:GetObject', 'arn:aws:s3:::other-bucket/x'), { identityPolicies: [p] })
    expect(other.effect).toBe('ExplicitDeny')
    expect(other.matched).toEqual([{ source: 'identity', policy: 0, statement: 1, sid: 'OnlyThisBucket', effect: 'Deny' }])
    expect(other.reason).toContain('OnlyThisBucket')
  })

  test('actions compare without case; resources with case', () => {
    const p = policy({ Effect: 'Allow', Action: 'S3:getobject', Resource: 'arn:aws:s3:::Data-Bucket/*' })
    expect(evaluate(req(alice, 's3:GetObject', 'arn:aws:s3:::Data-Bucket/a'), { identityPolicies: [p] }).effect).toBe('Allow')
    expect(evaluate(req(alice, 's3:GetObject', 'arn:aws:s3:::data-bucket/a'), { identityPolicies: [p] }).effect).toBe('ImplicitDeny')
  })

  test('? matches exactly one character and * none or more', () => {
    const p = policy({ Effect: 'Allow', Action: 's3:Get?bject', Resource: 'arn:aws:s3:::data-bucket/report.cs?' })
    expect(evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [p] }).effect).toBe('Allow')
    expect(evaluate(req(alice, 's3:GetObjects', bucket), { identityPolicies: [p] }).effect).toBe('ImplicitDeny')
    expect(evaluate(req(alice, 's3:GetObject', 'arn:aws:s3:::data-bucket/report.cs'), { identityPolicies: [p] }).effect).toBe('ImplicitDeny')
    const role = policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::*:role/etl` })
    const trust = policy({ Effect: 'Allow', Principal: { AWS: alice.arn }, Action: 'sts:AssumeRole' })
    expect(evaluate(req(alice, 'sts:AssumeRole', `arn:aws:iam::${A}:role/etl`), { identityPolicies: [role], resourcePolicy: trust }).effect).toBe('Allow')
  })

  test('an identity statement without Resource or NotResource matches nothing', () => {
    const p = policy({ Effect: 'Allow', Action: 's3:*' })
    expect(evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [p] }).effect).toBe('ImplicitDeny')
  })

  test('nothing allowed is an implicit deny; an explicit deny anywhere wins over allows elsewhere', () => {
    expect(evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [] }).effect).toBe('ImplicitDeny')
    const allow = policy({ Effect: 'Allow', Action: '*', Resource: '*' })
    const bucketDeny = policy({ Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/*' })
    const d = evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [allow], resourcePolicy: bucketDeny })
    expect(d.effect).toBe('ExplicitDeny')
    expect(d.matched[0].source).toBe('resource')
  })
})

describe('conditions', () => {
  test('IfExists holds when the key is missing, and tests the value when present', () => {
    const p = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEqualsIfExists: { 'aws:RequestedRegion': 'eu-west-1' } } })
    expect(evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [p] }).effect).toBe('Allow')
    expect(evaluate(req(alice, 's3:GetObject', bucket, { 'aws:RequestedRegion': 'eu-west-1' }), { identityPolicies: [p] }).effect).toBe('Allow')
    expect(evaluate(req(alice, 's3:GetObject', bucket, { 'aws:RequestedRegion': 'us-east-1' }), { identityPolicies: [p] }).effect).toBe('ImplicitDeny')
    const strict = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } })
    expect(evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [strict] }).effect).toBe('ImplicitDeny')
  })

  test('ForAllValues holds on an empty or missing set; ForAnyValue does not', () => {
    const all = { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } }
    const any = { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team', 'env'] } }
    expect(met(all, {}).met).toBe(true)
    expect(met(all, { 'aws:TagKeys': [] }).met).toBe(true)
    expect(met(all, { 'aws:TagKeys': ['team'] }).met).toBe(true)
    expect(met(all, { 'aws:TagKeys': ['team', 'owner'] }).met).toBe(false)
    expect(met(any, {}).met).toBe(false)
    expect(met(any, { 'aws:TagKeys': [] }).met).toBe(false)
    expect(met(any, { 'aws:TagKeys': ['owner', 'env'] }).met).toBe(true)
  })

  test('negated operators hold on a missing key and when no value matches', () => {
    const c = { StringNotEquals: { 'aws:PrincipalAccount': [A, B] } }
    expect(met(c, {}).met).toBe(true)
    expect(met(c, { 'aws:PrincipalAccount': '999999999999' }).met).toBe(true)
    expect(met(c, { 'aws:PrincipalAccount': B }).met).toBe(false)
    expect(met({ ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/admin-*' } }, { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/admin-x` }).met).toBe(false)
  })

  test('keys are case-insensitive, values of several keys and operators must all hold', () => {
    const c = { StringEquals: { 'STS:EXTERNALID': 'abc' }, Bool: { 'aws:SecureTransport': 'true' } }
    expect(met(c, { 'sts:ExternalId': 'abc', 'aws:SecureTransport': true }).met).toBe(true)
    expect(met(c, { 'sts:ExternalId': 'ABC', 'aws:SecureTransport': true }).met).toBe(false)
    expect(met(c, { 'sts:ExternalId': 'abc', 'aws:SecureTransport': false }).met).toBe(false)
  })

  test('Null, Numeric, Date, StringLike, ArnLike, IpAddress', () => {
    expect(met({ Null: { 'aws:TokenIssueTime': 'true' } }, {}).met).toBe(true)
    expect(met({ Null: { 'aws:TokenIssueTime': 'false' } }, {}).met).toBe(false)
    // A Null clause's values are ORed like any non-negated operator's (reference_policies_multi-value-conditions): both admit either.
    expect(met({ Null: { 'aws:TokenIssueTime': ['true', 'false'] } }, {}).met).toBe(true)
    expect(met({ Null: { 'aws:TokenIssueTime': ['true', 'false'] } }, { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' }).met).toBe(true)
    expect(met({ Null: { 'aws:TokenIssueTime': ['true'] } }, { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' }).met).toBe(false)
    expect(met({ NumericLessThanEquals: { 'aws:MultiFactorAuthAge': '3600' } }, { 'aws:MultiFactorAuthAge': 60 }).met).toBe(true)
    expect(met({ NumericLessThanEquals: { 'aws:MultiFactorAuthAge': '3600' } }, { 'aws:MultiFactorAuthAge': 'x' }).met).toBe(false)
    expect(met({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } }, { 'aws:CurrentTime': '2029-06-01T00:00:00Z' }).met).toBe(true)
    expect(met({ DateGreaterThan: { 'aws:EpochTime': '1700000000' } }, { 'aws:EpochTime': 1600000000 }).met).toBe(false)
    expect(met({ StringLike: { 's3:prefix': 'home/${aws:username}/*' } }, { 's3:prefix': 'home/alice/x', 'aws:username': 'alice' }).met).toBe(true)
    expect(met({ StringLike: { 's3:prefix': 'home/${aws:username}/*' } }, { 's3:prefix': 'home/bob/x', 'aws:username': 'alice' }).met).toBe(false)
    expect(met({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::bucket-*' } }, { 'aws:SourceArn': 'arn:aws:s3:::bucket-1' }).met).toBe(true)
    expect(met({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, { 'aws:SourceIp': '10.1.2.3' }).met).toBe(true)
    expect(met({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, { 'aws:SourceIp': '10.1.2.3' }).met).toBe(false)
  })

  test('an unknown operator makes the statement not match and is reported', () => {
    expect(parseOperator('StringEqualz')).toBeUndefined()
    expect(parseOperator('ForAnyValue:StringLikeIfExists')).toEqual({ set: 'ForAnyValue', base: 'StringLike', ifExists: true })
    const p = policy({ Sid: 'Odd', Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEqualz: { 'aws:username': 'alice' } } })
    const d = evaluate(req(alice, 's3:GetObject', bucket, { 'aws:username': 'alice' }), { identityPolicies: [p] })
    expect(d.effect).toBe('ImplicitDeny')
    expect(d.notes.join(' ')).toContain('StringEqualz')
    expect(d.reason).toContain('unknown condition operator')
  })
})

describe('policy variables and the Version element', () => {
  const home = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/home/${aws:username}/*' }
  const asWritten = (version: string | undefined) => normalisePolicy(version ? { Version: version, Statement: [home] } : { Statement: [home] }) as NormalPolicy
  const own = req(alice, 's3:GetObject', 'arn:aws:s3:::data-bucket/home/alice/notes.txt', { 'aws:username': 'alice' })
  const literal = req(alice, 's3:GetObject', 'arn:aws:s3:::data-bucket/home/${aws:username}/notes.txt', { 'aws:username': 'alice' })

  test('under Version 2012-10-17 ${aws:username} is the caller\'s name', () => {
    expect(evaluate(own, { identityPolicies: [asWritten('2012-10-17')] }).effect).toBe('Allow')
    expect(evaluate(literal, { identityPolicies: [asWritten('2012-10-17')] }).effect).toBe('ImplicitDeny')
  })

  test('under 2008-10-17, or with no Version, it is text: only the key spelled ${aws:username} matches', () => {
    for (const version of ['2008-10-17', undefined]) {
      expect(evaluate(own, { identityPolicies: [asWritten(version)] }).effect).toBe('ImplicitDeny')
      expect(evaluate(literal, { identityPolicies: [asWritten(version)] }).effect).toBe('Allow')
    }
  })

  test('so in a condition value too', () => {
    const listing = (version: string | undefined) =>
      normalisePolicy({ ...(version ? { Version: version } : {}), Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::data-bucket', Condition: { StringLike: { 's3:prefix': 'home/${aws:username}/*' } } }] }) as NormalPolicy
    const list = (prefix: string) => req(alice, 's3:ListBucket', 'arn:aws:s3:::data-bucket', { 's3:prefix': prefix, 'aws:username': 'alice' })
    expect(evaluate(list('home/alice/x'), { identityPolicies: [listing('2012-10-17')] }).effect).toBe('Allow')
    expect(evaluate(list('home/alice/x'), { identityPolicies: [listing(undefined)] }).effect).toBe('ImplicitDeny')
    expect(evaluate(list('home/${aws:username}/x'), { identityPolicies: [listing(undefined)] }).effect).toBe('Allow')
  })
})

describe('${*} and ${?}: a literal * and ? (IAM User Guide, policy variables: special characters)', () => {
  const get = (Resource: string) => normalisePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource }] }) as NormalPolicy
  const on = (key: string) => evaluate(req(alice, 's3:GetObject', `arn:aws:s3:::data-bucket/${key}`), { identityPolicies: [get('arn:aws:s3:::data-bucket/a${?}${*}')] }).effect

  test('in a Resource each matches only its own character, not any', () => {
    expect(on('a?*')).toBe('Allow')
    expect(on('ax*')).toBe('ImplicitDeny')
    expect(on('a?xyz')).toBe('ImplicitDeny')
  })

  test('in a StringLike value too; in a StringEquals value it is the character', () => {
    expect(met({ StringLike: { 's3:prefix': 'home/${*}' } }, { 's3:prefix': 'home/*' }).met).toBe(true)
    expect(met({ StringLike: { 's3:prefix': 'home/${*}' } }, { 's3:prefix': 'home/alice' }).met).toBe(false)
    expect(met({ StringLike: { 's3:prefix': 'home/${?}*' } }, { 's3:prefix': 'home/?x' }).met).toBe(true)
    expect(met({ StringLike: { 's3:prefix': 'home/${?}*' } }, { 's3:prefix': 'home/xx' }).met).toBe(false)
    expect(met({ StringEquals: { 's3:prefix': 'home/${*}' } }, { 's3:prefix': 'home/*' }).met).toBe(true)
  })
})

describe('principals and accounts', () => {
  const role = `arn:aws:iam::${A}:role/etl`
  const assume = policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: role })

  test('same account: a trust policy naming the user directly is enough alone', () => {
    const trust = policy({ Effect: 'Allow', Principal: { AWS: alice.arn }, Action: 'sts:AssumeRole' })
    expect(evaluate(req(alice, 'sts:AssumeRole', role), { identityPolicies: [], resourcePolicy: trust }).effect).toBe('Allow')
    expect(evaluate(req(bob, 'sts:AssumeRole', role), { identityPolicies: [assume], resourcePolicy: trust }).effect).toBe('ImplicitDeny')
  })

  test('same account: a trust policy naming the account delegates to IAM, so the identity policy must allow', () => {
    for (const principal of [`arn:aws:iam::${A}:root`, A]) {
      const trust = policy({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' })
      const without = evaluate(req(alice, 'sts:AssumeRole', role), { identityPolicies: [], resourcePolicy: trust })
      expect(without.effect).toBe('ImplicitDeny')
      expect(without.reason).toContain('delegates to IAM')
      expect(evaluate(req(alice, 'sts:AssumeRole', role), { identityPolicies: [assume], resourcePolicy: trust }).effect).toBe('Allow')
    }
  })

  test('a role without a trust policy admits nobody, even with an identity allow', () => {
    expect(evaluate(req(alice, 'sts:AssumeRole', role), { identityPolicies: [assume] }).effect).toBe('ImplicitDeny')
  })

  test('same account, other resource policies: either side is enough', () => {
    const bucketPolicy = policy({ Effect: 'Allow', Principal: { AWS: alice.arn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/*' })
    expect(evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [], resourcePolicy: bucketPolicy, resourceAccount: A }).effect).toBe('Allow')
    const read = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })
    expect(evaluate(req(bob, 's3:GetObject', bucket), { identityPolicies: [read], resourcePolicy: bucketPolicy, resourceAccount: A }).effect).toBe('Allow')
  })

  test('cross account: both the identity policy and the resource policy must allow', () => {
    const roleB = `arn:aws:iam::${B}:role/etl`
    const trust = policy({ Effect: 'Allow', Principal: { AWS: alice.arn }, Action: 'sts:AssumeRole' })
    const allowB = policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleB })
    const onlyTrust = evaluate(req(alice, 'sts:AssumeRole', roleB), { identityPolicies: [], resourcePolicy: trust })
    expect(onlyTrust.effect).toBe('ImplicitDeny')
    expect(onlyTrust.reason).toContain('crosses accounts')
    expect(evaluate(req(alice, 'sts:AssumeRole', roleB), { identityPolicies: [allowB] }).effect).toBe('ImplicitDeny')
    expect(evaluate(req(alice, 'sts:AssumeRole', roleB), { identityPolicies: [allowB], resourcePolicy: trust }).effect).toBe('Allow')
    // The trust names account A's user, not account B's.
    expect(evaluate(req(carol, 'sts:AssumeRole', roleB), { identityPolicies: [allowB], resourcePolicy: trust }).effect).toBe('ImplicitDeny')
  })

  test('"*" and {"AWS": "*"} admit anyone, anonymous callers included', () => {
    for (const principal of ['*', { AWS: '*' }]) {
      const open = policy({ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: '*' })
      expect(evaluate(req(principalFromArn('*'), 's3:GetObject', bucket), { identityPolicies: [], resourcePolicy: open, resourceAccount: A }).effect).toBe('Allow')
      expect(evaluate(req(principalFromArn('*'), 's3:PutObject', bucket), { identityPolicies: [], resourcePolicy: open, resourceAccount: A }).effect).toBe('ImplicitDeny')
    }
  })

  test('a wildcard inside a principal ARN never matches (IAM rejects it)', () => {
    const trust = policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:user/*` }, Action: 'sts:AssumeRole' })
    expect(evaluate(req(alice, 'sts:AssumeRole', role), { identityPolicies: [assume], resourcePolicy: trust }).effect).toBe('ImplicitDeny')
  })

  test('a role ARN in Principal names its sessions', () => {
    const session = principalFromArn(`arn:aws:sts::${A}:assumed-role/reader/s1`)
    const p = policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:role/team/reader` }, Action: 's3:GetObject', Resource: '*' })
    expect(evaluate(req(session, 's3:GetObject', bucket), { identityPolicies: [], resourcePolicy: p, resourceAccount: A }).effect).toBe('Allow')
  })

  test('NotPrincipal with Deny spares a session only when session, role and account are all listed', () => {
    const session = principalFromArn(`arn:aws:sts::${A}:assumed-role/reader/s1`)
    const allow = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })
    const notPrincipal = (list: string[]) =>
      policy({ Effect: 'Deny', NotPrincipal: { AWS: list }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/*' })
    const sessionArn = session.arn
    const roleArn = `arn:aws:iam::${A}:role/reader`
    const rootArn = `arn:aws:iam::${A}:root`
    const run = (list: string[]) => evaluate(req(session, 's3:GetObject', bucket), { identityPolicies: [allow], resourcePolicy: notPrincipal(list), resourceAccount: A }).effect
    expect(run([roleArn])).toBe('ExplicitDeny')
    expect(run([roleArn, rootArn])).toBe('ExplicitDeny')
    expect(run([sessionArn, roleArn, rootArn])).toBe('Allow')
    // A user listed with the account is spared; any other user is denied.
    const users = notPrincipal([alice.arn, rootArn])
    expect(evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [allow], resourcePolicy: users, resourceAccount: A }).effect).toBe('Allow')
    expect(evaluate(req(bob, 's3:GetObject', bucket), { identityPolicies: [allow], resourcePolicy: users, resourceAccount: A }).effect).toBe('ExplicitDeny')
  })

  test('NotPrincipal with Allow admits everyone not listed, anonymous callers too', () => {
    const p = policy({ Effect: 'Allow', NotPrincipal: { AWS: alice.arn }, Action: 's3:GetObject', Resource: '*' })
    expect(evaluate(req(principalFromArn('*'), 's3:GetObject', bucket), { identityPolicies: [], resourcePolicy: p, resourceAccount: A }).effect).toBe('Allow')
  })

  test('service principals are judged by the resource policy alone', () => {
    const trust = policy({ Effect: 'Allow', Principal: { Service: 'redshift.amazonaws.com' }, Action: 'sts:AssumeRole' })
    expect(evaluate(req(principalFromArn('redshift.amazonaws.com'), 'sts:AssumeRole', role), { identityPolicies: [], resourcePolicy: trust }).effect).toBe('Allow')
    expect(evaluate(req(principalFromArn('ec2.amazonaws.com'), 'sts:AssumeRole', role), { identityPolicies: [], resourcePolicy: trust }).effect).toBe('ImplicitDeny')
  })

  test('a caller in one partition cannot reach a resource in another', () => {
    const open = policy({ Effect: 'Allow', Action: '*', Resource: '*' })
    const d = evaluate(req(alice, 's3:GetObject', 'arn:aws-cn:s3:::data-bucket/x'), { identityPolicies: [open] })
    expect(d.effect).toBe('ImplicitDeny')
    expect(d.reason).toContain('partition')
  })

  test('resource policy kind is read from the action', () => {
    expect(resourcePolicyKindFor('STS:assumerole')).toBe('trust')
    expect(resourcePolicyKindFor('kms:Decrypt')).toBe('key')
    expect(resourcePolicyKindFor('s3:GetObject')).toBe('other')
  })

  test('principalFromArn reads every caller form', () => {
    expect(principalFromArn(A)).toMatchObject({ kind: 'root', account: A })
    expect(principalFromArn(`arn:aws-us-gov:iam::${A}:root`)).toMatchObject({ kind: 'root', partition: 'aws-us-gov' })
    expect(principalFromArn(`arn:aws:iam::${A}:role/a/b/r`)).toMatchObject({ kind: 'role', account: A })
    expect(principalFromArn(`arn:aws:sts::${A}:assumed-role/r/s`)).toMatchObject({ kind: 'assumed-role', roleArn: `arn:aws:iam::${A}:role/r` })
    expect(principalFromArn('ec2.amazonaws.com')).toMatchObject({ kind: 'service' })
    expect(principalFromArn('*')).toMatchObject({ kind: 'anonymous' })
  })

  test.each(['ec2.amazonaws.com', 'ec2.amazonaws.com.cn', 'ec2.c2s.ic.gov', 'ec2.sc2s.sgov.gov'])(
    'a service principal of any partition is a service (%s), and a trust policy naming it lets it in',
    (service) => {
      expect(principalFromArn(service)).toMatchObject({ kind: 'service', arn: service })
      const trust = policy({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' })
      const role = `arn:aws:iam::${A}:role/r`
      expect(evaluate(req(principalFromArn(service), 'sts:AssumeRole', role), { identityPolicies: [], resourcePolicy: trust, resourceAccount: A }).effect).toBe('Allow')
    }
  )
})

describe('unknownKeys: conditions on keys the asker cannot know are read in the caller\'s favour', () => {
  const unknownKeys = (key: string) => key.toLowerCase() === 'aws:sourceip'
  const allowFromOffice = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: bucket, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, Bool: { 'aws:SecureTransport': 'true' } } })
  const denyOutsideOffice = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: bucket }, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })

  test('without it the key is absent: the Allow does not apply and the Deny does', () => {
    expect(evaluate(req(alice, 's3:GetObject', bucket, { 'aws:SecureTransport': true }), { identityPolicies: [allowFromOffice] }).effect).toBe('ImplicitDeny')
    expect(evaluate(req(alice, 's3:GetObject', bucket), { identityPolicies: [denyOutsideOffice] }).effect).toBe('ExplicitDeny')
  })

  test('with it the Allow holds on its other conditions, and the Deny does not apply', () => {
    expect(evaluate({ ...req(alice, 's3:GetObject', bucket, { 'aws:SecureTransport': true }), unknownKeys }, { identityPolicies: [allowFromOffice] }).effect).toBe('Allow')
    expect(evaluate({ ...req(alice, 's3:GetObject', bucket, { 'aws:SecureTransport': false }), unknownKeys }, { identityPolicies: [allowFromOffice] }).effect).toBe('ImplicitDeny')
    expect(evaluate({ ...req(alice, 's3:GetObject', bucket), unknownKeys }, { identityPolicies: [denyOutsideOffice] }).effect).toBe('Allow')
  })

  test('the Deny it passed over is named (undecided); one whose known conditions fail, or that names another action, is not', () => {
    const d = evaluate({ ...req(alice, 's3:GetObject', bucket), unknownKeys }, { identityPolicies: [denyOutsideOffice] })
    expect(d.undecided).toEqual([{ source: 'identity', policy: 0, statement: 1, effect: 'Deny' }])
    const notTls = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: bucket }, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, Bool: { 'aws:SecureTransport': 'false' } } })
    expect(evaluate({ ...req(alice, 's3:GetObject', bucket, { 'aws:SecureTransport': true }), unknownKeys }, { identityPolicies: [notTls] }).undecided).toBeUndefined()
    const otherAction = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: bucket }, { Effect: 'Deny', Action: 's3:PutObject', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })
    expect(evaluate({ ...req(alice, 's3:GetObject', bucket), unknownKeys }, { identityPolicies: [otherAction] }).undecided).toBeUndefined()
  })
})

describe('a role session named in a Principal by its role ARN', () => {
  const trust = (arn: string) => policy({ Effect: 'Allow', Principal: { AWS: arn }, Action: 'sts:AssumeRole' })
  const target = `arn:aws:iam::${A}:role/Target`
  test('a role ARN given with its path must be the one named; without it the name decides', () => {
    const given = { ...principalFromArn(`arn:aws:sts::${A}:assumed-role/Agent/i-0abc`), roleArn: `arn:aws:iam::${A}:role/agents/Agent` }
    expect(evaluate(req(given, 'sts:AssumeRole', target), { identityPolicies: [], resourcePolicy: trust(`arn:aws:iam::${A}:role/agents/Agent`) }).effect).toBe('Allow')
    expect(evaluate(req(given, 'sts:AssumeRole', target), { identityPolicies: [], resourcePolicy: trust(`arn:aws:iam::${A}:role/Agent`) }).effect).toBe('ImplicitDeny')
    const read = principalFromArn(`arn:aws:sts::${A}:assumed-role/Agent/i-0abc`)
    expect(evaluate(req(read, 'sts:AssumeRole', target), { identityPolicies: [], resourcePolicy: trust(`arn:aws:iam::${A}:role/agents/Agent`) }).effect).toBe('Allow')
  })
})

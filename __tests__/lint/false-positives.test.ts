// The false-positive classes found by linting AWS's own managed policies (issue
// 8): each is a pattern AWS documents or ships, and an `error` on it is wrong.
// Every class has fixtures that pass as written and, beside them, the nearest
// real mistake, which must still be reported.
import { lintPolicyText, type PolicyKind } from '../../src/core/lint/lint.js'
import type { Finding } from '../../src/core/lint/finding.js'
import { findService } from '../../src/core/iam/catalog/index.js'

type Statement = Record<string, unknown>
const policy = (...Statement: Statement[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
const lint = (text: string, kind?: PolicyKind): Finding[] => lintPolicyText('p.json', text, kind).findings
const errorsOf = (text: string, kind?: PolicyKind) => lint(text, kind).filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.message}`)
const codesOf = (text: string, kind?: PolicyKind) => lint(text, kind).map((f) => f.code)
const allow = (Action: unknown, Resource: unknown, extra: Statement = {}): Statement => ({ Effect: 'Allow', Action, Resource, ...extra })

describe('sts ARNs are checked against the catalogue ARN patterns, not its type names', () => {
  test.each(['arn:aws:sts::*:self', 'arn:aws:sts::111122223333:self'])('sts:SetContext on %s', (arn) => {
    expect(errorsOf(policy(allow('sts:SetContext', arn)))).toEqual([])
  })

  test('an sts resource that no pattern has is still reported', () => {
    expect(codesOf(policy(allow('sts:SetContext', 'arn:aws:sts::111122223333:selfish')))).toContain('RTC305')
  })
})

describe('a wildcard that ends an ARN segment matches past the following colons', () => {
  test.each([
    ['logs:GetLogEvents', 'arn:aws:logs:*:*:/aws-glue/*'],
    ['logs:PutLogEvents', 'arn:aws:logs:*:*:/aws-glue/*'],
    ['secretsmanager:GetSecretValue', 'arn:aws:secretsmanager:*:*:opsworks-cm!aws-opsworks-cm-secrets-*'],
    ['secretsmanager:GetSecretValue', 'arn:aws:secretsmanager:us-east-1:*:sqlworkbench!*']
  ])('%s on %s', (action, arn) => {
    expect(errorsOf(policy(allow(action, arn)))).toEqual([])
  })

  test('without such a wildcard, or with a resource of the wrong type, there is still no fit', () => {
    // No wildcard before the resource: the secret ARN needs its "secret:". An
    // ARN of no type the reference knows is a warning (RTC310), not an error.
    expect(codesOf(policy(allow('secretsmanager:GetSecretValue', 'arn:aws:secretsmanager:us-east-1:111122223333:sqlworkbench!*')))).toContain('RTC310')
    expect(codesOf(policy(allow('logs:GetLogEvents', 'arn:aws:logs:us-east-1:111122223333:/aws-glue/*')))).toContain('RTC310')
    // The account wildcard could reach ":user/" only if a role name held a colon.
    expect(codesOf(policy(allow('sts:AssumeRole', 'arn:aws:iam::*:user/*')))).toContain('RTC307')
  })
})

describe('policy variables anywhere in an ARN, the account included', () => {
  test('${aws:PrincipalAccount} as the account', () => {
    const text = policy(allow('kms:Decrypt', 'arn:*:kms:*:${aws:PrincipalAccount}:key/*'))
    expect(errorsOf(text)).toEqual([])
    expect(codesOf(text)).not.toContain('RTC616')
  })

  test('a variable in a segment keeps the segment boundaries', () => {
    expect(errorsOf(policy(allow('s3:GetObject', 'arn:aws:s3:::home-${aws:PrincipalAccount}/${aws:username}/*')))).toEqual([])
    expect(codesOf(policy(allow('sts:AssumeRole', 'arn:aws:iam::${aws:PrincipalAccount}:user/x')))).toContain('RTC307')
  })
})

describe('template placeholders give RTC616 only', () => {
  test.each([
    ['a CloudFormation pseudo parameter as the account', allow('kms:Decrypt', 'arn:aws:kms:us-east-1:${AWS::AccountId}:key/abcd')],
    ['a CloudFormation pseudo parameter as the partition and region', allow('kms:Decrypt', 'arn:${AWS::Partition}:kms:${AWS::Region}:111122223333:key/abcd')],
    ['a Terraform variable as the account', allow('sts:AssumeRole', 'arn:aws:iam::${var.account_id}:role/etl')],
    ['an angle-bracket placeholder as the account', allow('sts:AssumeRole', 'arn:aws:iam::<my-account-id>:role/etl')],
    ['an angle-bracket placeholder as an org id', allow('s3:GetObject', 'arn:aws:s3:::b/*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': '<my-org-id>' } } })],
    ['a placeholder as a condition account', allow('s3:GetObject', 'arn:aws:s3:::b/*', { Condition: { StringEquals: { 'aws:ResourceAccount': '${AWS::AccountId}' } } })]
  ])('%s', (_name, statement) => {
    const codes = codesOf(policy(statement))
    expect(codes).toContain('RTC616')
    expect(codes.filter((c) => c !== 'RTC616' && lint(policy(statement)).find((f) => f.code === c)?.severity === 'error')).toEqual([])
  })

  test('in a Principal too', () => {
    const text = policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::${AWS::AccountId}:role/etl' }, Action: 'sts:AssumeRole' })
    expect(codesOf(text, 'trust')).toContain('RTC616')
    expect(errorsOf(text, 'trust').filter((e) => !e.startsWith('RTC616'))).toEqual([])
  })
})

describe('a Resource with a template placeholder is not read, so no action is said to fit none of the resources', () => {
  // AWS's data-perimeter SSM endpoint policy: ssm:SendCommand and the documents written `arn:aws:ssm:<region>::document/*`,
  // beside an automation-definition ARN. The document ARN is the one SendCommand acts on; RTC616 speaks for the placeholder.
  test('RTC308 is not said when a placeholder resource may be the one the action acts on', () => {
    const text = policy(allow(['ssm:SendCommand', 'ssm:StartAutomationExecution'], ['arn:aws:ssm:<region>::document/*', 'arn:aws:ssm:*::automation-definition/*']))
    expect(codesOf(text)).not.toContain('RTC308')
    expect(codesOf(text)).toContain('RTC616')
  })

  test('with every resource written out, the action that fits none is still RTC308', () => {
    const text = policy(allow(['ssm:SendCommand', 'ssm:StartAutomationExecution'], ['arn:aws:ssm:us-east-1::document/AWS-RunShellScript', 'arn:aws:ssm:*::automation-definition/*']))
    expect(codesOf(text)).not.toContain('RTC308')
    const without = policy(allow(['ssm:SendCommand', 'ssm:StartAutomationExecution'], ['arn:aws:ssm:*::automation-definition/*']))
    expect(codesOf(without)).toContain('RTC308')
  })
})

describe('RTC607: KMS on every key, unless the statement names the services or aliases it goes through', () => {
  // RTC607's own hint offers kms:ViaService and kms:ResourceAliases as the fix; AWS's managed policies use them
  // (kms:Decrypt on "*" with kms:ViaService secretsmanager.*.amazonaws.com).
  const kms = (Condition?: unknown) => policy(allow(['kms:Decrypt', 'kms:GenerateDataKey'], '*', Condition ? { Condition } : {}))
  test.each([
    ['kms:ViaService', { StringLike: { 'kms:ViaService': ['secretsmanager.*.amazonaws.com', 'ssm.*.amazonaws.com'] } }],
    ['kms:ViaService with StringEquals', { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }],
    ['kms:ResourceAliases', { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/etl' } }]
  ])('limited by %s: no RTC607', (_name, condition) => {
    expect(codesOf(kms(condition))).not.toContain('RTC607')
  })

  test.each([
    ['no condition', undefined],
    ['a negated operator', { StringNotLike: { 'kms:ViaService': 'ec2.*.amazonaws.com' } }],
    ['IfExists', { StringLikeIfExists: { 'kms:ViaService': 's3.*.amazonaws.com' } }],
    ['"*" as the service', { StringLike: { 'kms:ViaService': '*' } }],
    ['a condition on something else', { Bool: { 'aws:SecureTransport': 'true' } }]
  ])('%s: RTC607 stays', (_name, condition) => {
    expect(codesOf(kms(condition))).toContain('RTC607')
  })

  // The KMS Developer Guide's "ABAC for AWS KMS": keys that carry a tag (ROSAInstallerPolicy, AmazonDataZoneGlueManageAccessRolePolicy).
  test('limited to keys that carry a tag: no RTC607, unless the policy can also tag keys or the condition limits nothing', () => {
    const tagged = { StringEquals: { 'aws:ResourceTag/Project': 'Alpha' } }
    expect(codesOf(kms(tagged))).not.toContain('RTC607')
    expect(codesOf(kms({ StringEquals: { 'aws:ResourceTag/Project': '${aws:PrincipalTag/Project}' } }))).not.toContain('RTC607')
    expect(codesOf(policy(allow(['kms:Decrypt'], '*', { Condition: tagged }), allow('kms:TagResource', '*')))).toContain('RTC607')
    expect(codesOf(policy(allow(['kms:Decrypt'], '*', { Condition: tagged }), allow('kms:*', 'arn:aws:kms:us-east-1:111122223333:key/*')))).toContain('RTC607')
    for (const condition of [{ StringNotEquals: { 'aws:ResourceTag/Project': 'Alpha' } }, { StringEqualsIfExists: { 'aws:ResourceTag/Project': 'Alpha' } }, { StringLike: { 'aws:ResourceTag/Project': '*' } }, { StringEquals: { 'aws:RequestTag/Project': 'Alpha' } }]) {
      expect({ condition, codes: codesOf(kms(condition)) }).toEqual({ condition, codes: expect.arrayContaining(['RTC607']) })
    }
  })
})

// SageMakerStudioEMRInstanceRolePolicy: sts:AssumeRole and sts:TagSession on "*", limited to roles tagged with the caller's project.
describe('RTC605: sts:AssumeRole on "*" limited to roles that carry a tag', () => {
  const assume = (Condition: unknown, Action: unknown = ['sts:AssumeRole', 'sts:TagSession']) => allow(Action, '*', { Condition })
  const project = { StringEquals: { 'iam:ResourceTag/Project': '${aws:PrincipalTag/Project}' } }

  test('reaches the tagged roles only: no RTC605 (sts:TagSession tags the session, not the role)', () => {
    expect(codesOf(policy(assume(project)))).not.toContain('RTC605')
    expect(codesOf(policy(assume({ StringEquals: { 'aws:ResourceTag/team': 'data' } }, 'sts:AssumeRole')))).not.toContain('RTC605')
  })

  test('reported when the policy can tag roles, or the condition limits nothing', () => {
    expect(codesOf(policy(assume(project), allow('iam:TagRole', 'arn:aws:iam::111122223333:role/*')))).toContain('RTC605')
    expect(codesOf(policy(assume(project), allow('iam:*', '*')))).toContain('RTC605')
    for (const condition of [{ StringNotEquals: { 'iam:ResourceTag/Project': 'x' } }, { StringEqualsIfExists: { 'iam:ResourceTag/Project': 'x' } }, { StringLike: { 'iam:ResourceTag/Project': '*' } }, undefined]) {
      expect({ condition, codes: codesOf(policy(assume(condition))) }).toEqual({ condition, codes: expect.arrayContaining(['RTC605']) })
    }
  })
})

// RTC615's hint offers aws:ResourceAccount and aws:ResourceOrgID to pin the accounts an ARN reaches; RTC605 said
// "in any account" of a statement pinned so.
describe('RTC605: sts:AssumeRole on "*" whose condition pins the account or organization of the role', () => {
  const message = (Condition: unknown) => lint(policy(allow('sts:AssumeRole', '*', { Condition }))).find((f) => f.code === 'RTC605')?.message

  test('says where the roles are, not "in any account"', () => {
    expect(message({ StringEquals: { 'aws:ResourceAccount': '111122223333' } })).toBe('sts:AssumeRole on Resource "*" lets the principal assume any role in account 111122223333 whose trust policy lets it in.')
    expect(message({ StringEquals: { 'AWS:ResourceAccount': ['111122223333', '444455556666'] } })).toBe('sts:AssumeRole on Resource "*" lets the principal assume any role in accounts 111122223333, 444455556666 whose trust policy lets it in.')
    expect(message({ StringEquals: { 'aws:ResourceOrgID': 'o-a1b2c3d4e5' } })).toBe('sts:AssumeRole on Resource "*" lets the principal assume any role in organization o-a1b2c3d4e5 whose trust policy lets it in.')
    expect(message({ StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } })).toBe('sts:AssumeRole on Resource "*" lets the principal assume any role in its own account whose trust policy lets it in.')
  })

  test('a condition that does not pin them still says any account', () => {
    for (const condition of [undefined, { StringNotEquals: { 'aws:ResourceAccount': '111122223333' } }, { StringEqualsIfExists: { 'aws:ResourceAccount': '111122223333' } }, { StringLike: { 'aws:ResourceAccount': '1111*' } }, { StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalTag/acct}' } }, { StringLike: { 'aws:ResourceOrgID': 'o-*' } }]) {
      expect({ condition, message: message(condition) }).toEqual({ condition, message: expect.stringContaining('any role, in any account,') })
    }
  })
})

describe('an Allow that an unconditional Deny of the same policy takes back whole grants nothing', () => {
  // cloudsplaining's fp1-allow-and-deny (iam:* allowed and denied): RTC606 already read the Deny, RTC617 did not.
  const deny = (Action: unknown, Resource: unknown = '*', extra: Statement = {}): Statement => ({ Effect: 'Deny', Action, Resource, ...extra })
  test.each<[string, Statement, Statement, string]>([
    ['Action "*" (RTC603)', allow('*', '*'), deny('*'), 'RTC603'],
    ['sts:* (RTC604, RTC605)', allow('sts:*', '*'), deny('sts:*'), 'RTC604'],
    ['sts:AssumeRole on "*" (RTC605)', allow('sts:AssumeRole', '*'), deny('sts:Assume*'), 'RTC605'],
    ['kms on every key (RTC607)', allow('kms:Decrypt', '*'), deny('kms:*'), 'RTC607'],
    ['iam:* on "*" (RTC617)', allow('iam:*', '*'), deny('iam:*'), 'RTC617'],
    ['NotAction (RTC618)', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, deny('*'), 'RTC618'],
    ['NotResource (RTC619)', { Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::logs/*' }, deny('s3:*'), 'RTC619']
  ])('%s', (_name, allowed, denied, code) => {
    expect(codesOf(policy(allowed))).toContain(code)
    expect(codesOf(policy(allowed, denied))).not.toContain(code)
  })

  test('a Deny that leaves some of it allowed does not: a condition, fewer actions, fewer resources', () => {
    expect(codesOf(policy(allow('*', '*'), deny('*', '*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } })))).toContain('RTC603')
    expect(codesOf(policy(allow(['kms:Decrypt', 'kms:Encrypt'], '*'), deny('kms:Decrypt')))).toContain('RTC607')
    expect(codesOf(policy(allow('kms:Decrypt', '*'), deny('kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:key/k')))).toContain('RTC607')
    expect(codesOf(policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, deny('s3:*')))).toContain('RTC618')
  })
})

describe('condition keys with a variable part match any concrete key', () => {
  test.each([
    ['s3:GetObject', 's3:ExistingObjectTag/classification'],
    ['s3:PutObject', 's3:RequestObjectTag/team'],
    ['secretsmanager:GetSecretValue', 'secretsmanager:ResourceTag/Project'],
    ['ssm:StartSession', 'ssm:resourceTag/Owner'],
    ['s3:GetObject', 'aws:RequestTag/Team']
  ])('%s with %s', (action, key) => {
    const resource = action.startsWith('s3:') ? 'arn:aws:s3:::b/*' : '*'
    expect(codesOf(policy(allow(action, resource, { Condition: { StringEquals: { [key]: 'x' } } })))).not.toContain('RTC405')
  })

  test('an unknown key is still reported', () => {
    expect(codesOf(policy(allow('s3:GetObject', 'arn:aws:s3:::b/*', { Condition: { StringEquals: { 's3:ExistingObjectTagz/x': 'y' } } })))).toContain('RTC405')
  })
})

describe('the operator decides the value type', () => {
  test.each([
    ['Null on a numeric key', { Null: { 'aws:MultiFactorAuthAge': 'true' } }],
    ['Null on a date key', { Null: { 'aws:CurrentTime': 'false' } }],
    ['Null on an ARN key', { Null: { 'aws:SourceArn': true } }],
    ['Null on a multivalued key', { Null: { 'aws:TagKeys': 'false' } }],
    ['Null on an account key', { Null: { 'aws:SourceAccount': 'false' } }],
    ['IfExists on a numeric operator', { NumericLessThanIfExists: { 'aws:MultiFactorAuthAge': '3600' } }],
    ['IfExists on Bool', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }],
    ['a set operator on a multivalued key', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } }],
    ['a set operator with IfExists', { 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': 'team*' } }],
    ['a policy variable as a date', { DateGreaterThan: { 'aws:CurrentTime': '${aws:TokenIssueTime}' } }],
    ['a policy variable as an ARN', { ArnEquals: { 'aws:SourceArn': '${aws:PrincipalArn}' } }],
    ['a policy variable as an account', { StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } }]
  ])('%s', (_name, condition) => {
    expect(errorsOf(policy(allow('s3:GetObject', 'arn:aws:s3:::b/*', { Condition: condition })))).toEqual([])
  })

  test('a wrong value is still one', () => {
    expect(codesOf(policy(allow('s3:GetObject', 'arn:aws:s3:::b/*', { Condition: { Null: { 'aws:MultiFactorAuthAge': 'yes' } } })))).toContain('RTC402')
    expect(codesOf(policy(allow('s3:GetObject', 'arn:aws:s3:::b/*', { Condition: { NumericLessThanIfExists: { 'aws:MultiFactorAuthAge': 'an hour' } } })))).toContain('RTC402')
    expect(codesOf(policy(allow('s3:GetObject', 'arn:aws:s3:::b/*', { Condition: { StringEquals: { 'aws:SourceAccount': 'false' } } })))).toContain('RTC407')
  })
})

describe('principals in real use', () => {
  const bucket = (Principal: unknown, extra: Statement = {}) =>
    policy({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', ...extra })

  test.each([
    ['a CloudFront origin access identity', { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2EXAMPLE12345' }],
    ['a service principal', { Service: 'cloudfront.amazonaws.com' }],
    ['service principals in a list', { Service: ['logs.amazonaws.com', 'delivery.logs.amazonaws.com'] }]
  ])('%s', (_name, principal) => {
    expect(errorsOf(bucket(principal, { Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }), 'resource')).toEqual([])
  })

  test('"*" with a condition', () => {
    expect(errorsOf(bucket('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcd123456' } } }), 'resource')).toEqual([])
    expect(errorsOf(bucket({ AWS: '*' }, { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcd123456' } } }), 'resource')).toEqual([])
  })

  test('another user in the cloudfront account is not a principal', () => {
    expect(codesOf(bucket({ AWS: 'arn:aws:iam::cloudfront:user/etl' }), 'resource')).toContain('RTC304')
  })
})

describe('an action authorised only on "*" given an ARN', () => {
  test('is a warning that says what is known', () => {
    const found = lint(policy(allow('s3:ListAllMyBuckets', 'arn:aws:s3:::*')))
    expect(found.filter((f) => f.severity === 'error')).toEqual([])
    const warning = found.find((f) => f.code === 'RTC309')
    expect(warning?.severity).toBe('warning')
    expect(warning?.message).toContain('this action is authorised on `*`; the ARN may grant nothing')
  })

  test('an action that takes resources, on an ARN of another type, is still an error', () => {
    expect(codesOf(policy(allow('sts:AssumeRole', 'arn:aws:iam::111122223333:user/etl')))).toContain('RTC307')
  })
})

describe('catalogue ARN patterns are read with their fixed parts literal', () => {
  const table = 'arn:aws:dynamodb:eu-west-1:111122223333:table/orders'
  test.each([
    ['a table action on an index', 'dynamodb:DeleteTable', `${table}/index/by-date`],
    ['a table action on a stream', 'dynamodb:DeleteTable', `${table}/stream/2026-01-01T00:00:00.000`],
    ['a table action on a backup', 'dynamodb:UpdateTable', `${table}/backup/01234567890123-abcdefgh`],
    ['a table action on an export', 'dynamodb:PutItem', `${table}/export/01234567890123-abcdefgh`],
    ['a stream action on the table', 'dynamodb:GetRecords', table],
    ['an index-only action on the table', 'dynamodb:DescribeBackup', table]
  ])('%s grants nothing', (_name, action, arn) => {
    expect(codesOf(policy(allow(action, arn)))).toContain('RTC307')
  })

  test.each([
    ['dynamodb:Query', `${table}/index/by-date`],
    ['dynamodb:GetRecords', `${table}/stream/2026-01-01T00:00:00.000`],
    ['dynamodb:PutItem', table],
    ['s3:GetObject', 'arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/key.csv'],
    ['iam:GetRole', 'arn:aws:iam::111122223333:role/path/to/etl']
  ])('%s on %s fits', (action, arn) => {
    expect(errorsOf(policy(allow(action, arn)))).toEqual([])
    expect(codesOf(policy(allow(action, arn)))).not.toContain('RTC308')
  })

  test('a wildcard past the name of a refined format names the refinements only', () => {
    expect(codesOf(policy(allow('dynamodb:DeleteTable', `${table}/*`)))).toContain('RTC307')
    expect(codesOf(policy(allow('s3:ListBucket', 'arn:aws:s3:us-east-1:111122223333:accesspoint/ap/*')))).toContain('RTC307')
    expect(errorsOf(policy(allow('dynamodb:Query', `${table}/*`)))).toEqual([])
    expect(errorsOf(policy(allow('dynamodb:DeleteTable', `${table}*`)))).toEqual([])
    expect(errorsOf(policy(allow('iam:GetRole', 'arn:aws:iam::111122223333:role/etl/*')))).toEqual([])
  })

  // IAM's '*' crosses '/', but a DynamoDB table or index name holds none
  // (name-charsets.ts): "/stream/" after the table name is no "/index/".
  test.each([
    ['dynamodb:Query', `${table}/stream/*`],
    ['dynamodb:GetItem', `${table}/stream/*`],
    ['dynamodb:Query', `${table}/stream/2026-01-01T00:00:00.000`],
    ['dynamodb:Query', 'arn:aws:dynamodb:*:*:table/orders/stream/*']
  ])('%s on the stream ARN %s grants nothing', (action, arn) => {
    expect(codesOf(policy(allow(action, arn)))).toContain('RTC307')
  })

  test.each([
    ['dynamodb:Query', `${table}/index/*`],
    ['dynamodb:Query', 'arn:aws:dynamodb:eu-west-1:111122223333:table/*'],
    ['dynamodb:GetItem', 'arn:aws:dynamodb:eu-west-1:111122223333:table/ord*'],
    ['dynamodb:Query', 'arn:aws:dynamodb:eu-west-1:111122223333:table/ord*']
  ])('%s on %s fits (a wildcard may cover a table or an index)', (action, arn) => {
    expect(errorsOf(policy(allow(action, arn)))).toEqual([])
    expect(codesOf(policy(allow(action, arn)))).not.toContain('RTC308')
  })

  test('a placeholder with no documented naming rule keeps a "*" free to cross "/"', () => {
    // A log group name may hold '/': this pattern can name a log stream's group.
    expect(errorsOf(policy(allow('logs:PutLogEvents', 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/*:log-stream:*')))).toEqual([])
  })

  test('tagging actions act on any resource type of their service', () => {
    expect(errorsOf(policy(allow('mgn:TagResource', 'arn:aws:mgn:*:*:network-migration-definition/*')))).toEqual([])
  })
})

describe('a Lambda function named by its alias or version ARN', () => {
  // Lambda Developer Guide: actions on a function "can be restricted to a
  // specific function by function, version, or alias ARN".
  test.each(['PROD', '1', '$LATEST', '*'])('lambda:InvokeFunction on function:my-function:%s', (qualifier) => {
    const text = policy(allow('lambda:InvokeFunction', `arn:aws:lambda:us-east-2:123456789012:function:my-function:${qualifier}`))
    expect(codesOf(text)).not.toContain('RTC307')
    expect(errorsOf(text)).toEqual([])
  })

  test('a function resource policy with AddPermission --qualifier', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'apigw',
          Effect: 'Allow',
          Principal: { Service: 'apigateway.amazonaws.com' },
          Action: 'lambda:InvokeFunction',
          Resource: 'arn:aws:lambda:us-east-2:123456789012:function:my-function:PROD',
          Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-2:123456789012:mnh1yprki7/*/GET/' } }
        }
      ]
    })
    expect(errorsOf(text)).toEqual([])
  })

  test("another of Lambda's types still grants nothing", () => {
    expect(codesOf(policy(allow('lambda:InvokeFunction', 'arn:aws:lambda:us-east-2:123456789012:layer:my-layer:1')))).toContain('RTC307')
    expect(codesOf(policy(allow('lambda:InvokeFunction', 'arn:aws:lambda:us-east-2:123456789012:event-source-mapping:e1')))).toContain('RTC307')
  })

  test("the function type takes the reference's own alias and version formats, and those types keep theirs", () => {
    const types = findService('lambda')!.resourceTypes
    const formats = (name: string) => types.find((t) => t.name === name)!.arnFormats
    expect(formats('function alias')).toEqual(['arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Alias}'])
    expect(formats('function version')).toEqual(['arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Version}'])
    expect(formats('function')).toEqual(['arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}', ...formats('function alias'), ...formats('function version')])
  })
})

// Amazon S3 User Guide, "Making requests through a Multi-Region Access Point"
// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiRegionAccessPointRequests.html):
// objects reached through a Multi-Region Access Point are named
// arn:aws:s3::account_id:accesspoint/MRAP_alias/object/key, with no Region; the
// policy examples of "Permissions" (MultiRegionAccessPointPermissions.html)
// grant s3:GetObject and s3:PutObject on .../object/*. The Service
// Authorization Reference has no type of that form.
describe('an object reached through a Multi-Region Access Point', () => {
  const mrapPolicy = (Resource: unknown, Action: unknown = ['s3:GetObject', 's3:PutObject']) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action, Resource }] })

  test.each(['arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap/object/*', 'arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap/object/unit-01'])(
    's3:GetObject and s3:PutObject on %s',
    (arn) => {
      expect(errorsOf(mrapPolicy(arn), 'resource')).toEqual([])
      expect(codesOf(policy(allow(['s3:GetObject', 's3:PutObject'], arn)))).not.toContain('RTC307')
    }
  )

  test('the Multi-Region Access Point itself is not an object, and a bucket action takes no object ARN', () => {
    expect(codesOf(mrapPolicy('arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap'), 'resource')).toContain('RTC307')
    expect(codesOf(mrapPolicy('arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap/object/*', 's3:PutBucketPolicy'), 'resource')).toContain('RTC307')
  })

  test("the access point object type keeps the reference's Regional form first", () => {
    const formats = findService('s3')!.resourceTypes.find((t) => t.name === 'accesspointobject')!.arnFormats
    expect(formats[0]).toBe('arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}')
    expect(formats).toContain('arn:${Partition}:s3::${Account}:accesspoint/${AccessPointAlias}/object/${ObjectName}')
  })
})

// Resource policies as two services publish them (a probe of AWS's documentation examples).
describe('service-specific resource policy forms', () => {
  const resourcePolicy = (...Statement: Statement[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)

  // Amazon ECR User Guide, "Private repository policy examples": no Resource, the repository is the one the policy is set on.
  test('an ECR repository policy names no Resource', () => {
    const text = resourcePolicy({ Sid: 'IPAllow', Effect: 'Deny', Principal: '*', Action: 'ecr:*', Condition: { NotIpAddress: { 'aws:SourceIp': '54.240.143.0/24' } } })
    expect(codesOf(text, 'resource')).not.toContain('RTC111')
    // Another service's statement without a Resource is still missing one, as is a statement mixing ECR with it.
    expect(codesOf(resourcePolicy({ Effect: 'Deny', Principal: '*', Action: 's3:*' }), 'resource')).toContain('RTC111')
    expect(codesOf(resourcePolicy({ Effect: 'Deny', Principal: '*', Action: ['ecr:*', 's3:GetObject'] }), 'resource')).toContain('RTC111')
  })

  // API Gateway developer guide: "API Gateway converts the abbreviated syntax to the full ARN when you save the policy".
  test("API Gateway's execute-api:/stage/METHOD/path short form in its resource policy", () => {
    const text = resourcePolicy(
      { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: ['execute-api:/*'] },
      { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/prod/GET/pets', Condition: { IpAddress: { 'aws:SourceIp': ['192.0.2.0/24'] } } }
    )
    expect(codesOf(text, 'resource')).not.toContain('RTC301')
    // An identity policy gets no such conversion.
    expect(codesOf(policy(allow('execute-api:Invoke', 'execute-api:/*')), 'identity')).toContain('RTC301')
  })
})

test('RTC408 names the condition key as the policy writes it, not the catalogue pattern', () => {
  const text = policy(allow('es:ESHttpGet', 'arn:aws:es:us-east-1:111122223333:domain/d/*', { Condition: { 'ForAnyValue:StringEquals': { 'aws:ResourceTag/team': ['devops'] } } }))
  const f = lint(text).find((x) => x.code === 'RTC408')
  expect(f?.message).toContain('aws:ResourceTag/team has one value')
  expect(f?.message).not.toContain('${TagKey}')
})

// IAM User Guide, web identity federation for mobile apps: the app id is the limit, the provider fixes it in the token.
describe('web identity trust limited to one app', () => {
  const trust = (provider: string, condition: Record<string, unknown>) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: provider }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition }] }, null, 2)
  test.each([
    ['www.amazon.com', { StringEquals: { 'www.amazon.com:app_id': 'amzn1.application-oa2-123456' } }],
    ['graph.facebook.com', { StringEquals: { 'graph.facebook.com:app_id': '111222333444555' } }]
  ])('%s with its app_id condition: no RTC609', (provider, condition) => {
    expect(codesOf(trust(provider, condition), 'trust')).not.toContain('RTC609')
  })

  test('without the app condition, or Google with aud alone, RTC609 stays', () => {
    expect(codesOf(trust('www.amazon.com', { StringEquals: { 'www.amazon.com:user_id': 'x' } }), 'trust')).toContain('RTC609')
    expect(codesOf(trust('accounts.google.com', { StringEquals: { 'accounts.google.com:aud': '1234.apps.googleusercontent.com' } }), 'trust')).toContain('RTC609')
  })
})

// Cognito developer guide, "Security best practices for Amazon Cognito identity pools": the identity pool id in
// cognito-identity.amazonaws.com:aud is the limit (the China-region example writes the principal with its region
// and the keys on cognito-identity.amazonaws.com.cn); without it other identity pools' identities get in.
describe('Cognito identity pool trust: aud names the pool', () => {
  const trust = (provider: string, condition?: Record<string, unknown>) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: provider }, Action: 'sts:AssumeRoleWithWebIdentity', ...(condition ? { Condition: condition } : {}) }] }, null, 2)

  test.each([
    ['cognito-identity.amazonaws.com', 'cognito-identity.amazonaws.com'],
    ['cognito-identity.cn-north-1.amazonaws.com.cn', 'cognito-identity.amazonaws.com.cn']
  ])('%s with an aud condition on %s: no RTC609', (provider, keys) => {
    const condition = { StringEquals: { [`${keys}:aud`]: 'us-east-1:a1b2c3d4-5678-90ab-cdef-EXAMPLE11111' }, 'ForAnyValue:StringLike': { [`${keys}:amr`]: 'authenticated' } }
    expect(codesOf(trust(provider, condition), 'trust')).not.toContain('RTC609')
  })

  test.each([
    ['no condition at all (IAM refuses it)', undefined],
    ['amr alone', { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } }],
    ['a negated aud', { StringNotEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:a1b2c3d4-5678-90ab-cdef-EXAMPLE11111' } }]
  ])('without an aud naming the pool (%s), RTC609', (_what, condition) => {
    const found = lint(trust('cognito-identity.amazonaws.com', condition), 'trust').filter((f) => f.code === 'RTC609')
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('without a condition on cognito-identity.amazonaws.com:aud (the identity pool id)')])
  })
})

// The key policies AWS documents for CloudWatch Logs and CloudTrail pin the caller's resource in the encryption context.
describe('RTC611: a service principal limited by its resource ARN in the encryption context', () => {
  const keyPolicy = (condition: Record<string, unknown>) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'logs.us-west-2.amazonaws.com' }, Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*'], Resource: '*', Condition: condition }] }, null, 2)
  test('ArnEquals or ArnLike on a log group ARN of a written-out account', () => {
    expect(codesOf(keyPolicy({ ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-west-2:123456789012:log-group:my-log-group' } }), 'resource')).not.toContain('RTC611')
    expect(codesOf(keyPolicy({ ArnLike: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-west-2:123456789012:*' } }), 'resource')).not.toContain('RTC611')
  })
  test('any account, a negated operator or IfExists still leave the service unpinned', () => {
    expect(codesOf(keyPolicy({ ArnLike: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-west-2:*:*' } }), 'resource')).toContain('RTC611')
    expect(codesOf(keyPolicy({ ArnNotEquals: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-west-2:123456789012:log-group:x' } }), 'resource')).toContain('RTC611')
    expect(codesOf(keyPolicy({ ArnLikeIfExists: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-west-2:123456789012:*' } }), 'resource')).toContain('RTC611')
  })
  test('an operator that does not compare the ARN (Null, Bool, Binary) pins no account, whatever its value says', () => {
    for (const operator of ['Null', 'Bool', 'BinaryEquals']) {
      expect(codesOf(keyPolicy({ [operator]: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-west-2:123456789012:log-group:x' } }), 'resource')).toContain('RTC611')
    }
  })
})

// Amazon SNS Developer Guide, "aws:SourceAccount versus aws:SourceOwner": the services that publish to a topic set
// one key or the other to the account they publish for, and SNS's default topic policy tests AWS:SourceOwner.
describe('RTC611: aws:SourceOwner pins the source account as aws:SourceAccount does', () => {
  const topic = (Condition?: unknown) =>
    policy({ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'SNS:Publish', Resource: 'arn:aws:sns:us-east-1:111122223333:MyTopic', ...(Condition ? { Condition } : {}) })
  test('a statement for a service principal limited by AWS:SourceOwner is not reported', () => {
    expect(codesOf(topic({ StringEquals: { 'AWS:SourceOwner': '111122223333' } }), 'resource')).not.toContain('RTC611')
    expect(codesOf(topic({ StringEquals: { 'aws:sourceowner': '111122223333' } }), 'resource')).not.toContain('RTC611')
  })
  test('with no source condition it still is', () => {
    expect(codesOf(topic(), 'resource')).toContain('RTC611')
    expect(codesOf(topic({ StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } }), 'resource')).toContain('RTC611')
  })
})

// The CloudTrail guide's key policy for trails ("Enable CloudTrail to describe KMS key properties"): DescribeKey with no condition.
describe('RTC611: a service principal that may only read the key\'s metadata', () => {
  const keyPolicy = (Action: unknown, Service: unknown = 'cloudtrail.amazonaws.com') =>
    policy(
      { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
      { Sid: 'Allow CloudTrail to describe key', Effect: 'Allow', Principal: { Service }, Action, Resource: '*' }
    )
  test('kms:DescribeKey, or other Read and List actions of KMS, with no source condition', () => {
    expect(codesOf(keyPolicy('kms:DescribeKey'), 'resource')).not.toContain('RTC611')
    expect(codesOf(keyPolicy(['kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:List*']), 'resource')).not.toContain('RTC611')
    expect(codesOf(keyPolicy('kms:Describe*', ['cloudtrail.amazonaws.com', 'config.amazonaws.com']), 'resource')).not.toContain('RTC611')
  })
  test('any action that uses or changes the key is still reported', () => {
    for (const Action of ['kms:GenerateDataKey*', ['kms:DescribeKey', 'kms:Decrypt'], 'kms:*', 'kms:*Key', 'kms:Put*', '*']) {
      expect({ Action, codes: codesOf(keyPolicy(Action), 'resource') }).toEqual({ Action, codes: expect.arrayContaining(['RTC611']) })
    }
    expect(codesOf(policy({ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, NotAction: 'kms:Decrypt', Resource: '*' }), 'resource')).toContain('RTC611')
    // Reading another service's resource is reading its data: s3:GetObject is a Read action too.
    expect(codesOf(policy({ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::logs/*' }), 'resource')).toContain('RTC611')
  })
})

// IAM's ARN operators: "Each of the six colon-delimited components of the ARN is checked separately".
test('RTC402: an ARN condition value with fewer than six parts and no wildcard matches no ARN', () => {
  const withSource = (value: string) => policy(allow('sns:Publish', 'arn:aws:sns:us-east-2:111122223333:T', { Condition: { ArnLike: { 'aws:SourceArn': value } } }))
  for (const v of ['arn:aws:s3', 'arn:aws:s3::amzn-s3-demo-bucket']) expect({ v, codes: codesOf(withSource(v)) }).toEqual({ v, codes: expect.arrayContaining(['RTC402']) })
  for (const v of ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::*', 'arn:aws:sns:*', 'arn:aws:iam::111122223333:role/a:b']) expect({ v, codes: codesOf(withSource(v)) }).toEqual({ v, codes: expect.not.arrayContaining(['RTC402']) })
})

// A Date value of the right shape may still name no moment: IAM compares dates, and "30 February" is none.
test('RTC402: a Date condition value must be a calendar date and time, not only shaped like one', () => {
  const until = (value: string) => policy(allow('s3:GetObject', 'arn:aws:s3:::b/*', { Condition: { DateLessThan: { 'aws:CurrentTime': value } } }))
  const rtc402 = (value: string) => lint(until(value)).filter((f) => f.code === 'RTC402').map((f) => f.message)
  for (const v of ['2026-02-30T00:00:00Z', '2026-13-01', '2026-00-10', '2025-02-29', '2026-04-31T12:00:00Z', '2026-01-01T25:00:00Z', '2026-01-01T12:60:00Z', '2026-01-01T12:00:61Z', '2026-01-01T12:00:00+24:00', '2026-01-01T24:30:00Z']) {
    expect({ v, found: rtc402(v) }).toEqual({ v, found: [expect.stringContaining(`"${v}" is not a calendar date: it has`)] })
  }
  expect(rtc402('2026-02-30')[0]).toBe('DateLessThan on aws:CurrentTime: "2026-02-30" is not a calendar date: it has day 30 of a month with 28, so the condition never matches as intended.')
  for (const v of ['2024-02-29', '2000-02-29T00:00:00Z', '2026-12-31T23:59:59.999Z', '2026-06-30T23:59:60Z', '2026-01-01T24:00:00Z', '2026-01-01T05:30:00+05:30', '2026-01-01T05:30-0800', '1767225600']) {
    expect({ v, found: rtc402(v) }).toEqual({ v, found: [] })
  }
})

// A public Allow that a Deny of the same policy takes back from every caller outside named networks or
// accounts is not open to anyone: AWS's API Gateway samples limit an API to IP ranges or a VPC endpoint this way.
describe('RTC601 and RTC623 read a Deny that spares only named callers', () => {
  const api = 'arn:aws:execute-api:us-east-1:111122223333:a1b2c3/*'
  const publicAllow = (extra: Statement = {}): Statement => ({ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: api, ...extra })
  const denyUnless = (Condition: unknown, extra: Statement = {}): Statement => ({ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: api, Condition, ...extra })
  const publicCodes = (...statements: Statement[]) => codesOf(policy(...statements), 'resource').filter((c) => c === 'RTC601' || c === 'RTC623')

  test('a Deny unless the caller is in named IP ranges, VPC endpoints, an organisation or accounts limits the Allow', () => {
    for (const condition of [
      { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '198.51.100.7/32'] } },
      { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
      { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' }, StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
      { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } }
    ]) {
      expect({ condition, codes: publicCodes(publicAllow(), denyUnless(condition)) }).toEqual({ condition, codes: [] })
    }
    // A Deny on every action and resource covers the Allow too; so it does a trust policy's AssumeRole.
    expect(publicCodes(publicAllow(), denyUnless({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }, { Action: '*', Resource: '*' }))).toEqual([])
    const trust = policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }, { Effect: 'Deny', Principal: '*', Action: 'sts:*', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })
    expect(codesOf(trust, 'trust')).not.toContain('RTC601')
    // RTC623: an Allow limited only by how the request is made, with such a Deny beside it.
    expect(publicCodes(publicAllow({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), denyUnless({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }))).toEqual([])
  })

  test('a Deny that leaves someone out of its limit does not', () => {
    for (const [why, deny] of [
      ['only over plain HTTP', denyUnless({ Bool: { 'aws:SecureTransport': 'false' } })],
      ['a blocklist, not an allowlist', denyUnless({ IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } })],
      ['every address', denyUnless({ NotIpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })],
      ['any organisation', denyUnless({ StringNotLike: { 'aws:PrincipalOrgID': '*' } })],
      ['an organisation id pattern every organisation matches', denyUnless({ StringNotLike: { 'aws:PrincipalOrgID': 'o-*' } })],
      ["the VPC endpoints of any organisation", denyUnless({ StringNotLikeIfExists: { 'aws:VpceOrgID': 'o-*' } })],
      ['a role name in any account, which anyone can create', denyUnless({ ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/deploy' } })],
      ['only when also over plain HTTP', denyUnless({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' }, Bool: { 'aws:SecureTransport': 'false' } })],
      ['a key not about the caller', denyUnless({ StringNotEquals: { 's3:prefix': 'home/' } })],
      ['fewer resources than allowed', denyUnless({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }, { Resource: 'arn:aws:execute-api:us-east-1:111122223333:a1b2c3/prod/*' })],
      ['other actions', denyUnless({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }, { Action: 'execute-api:ManageConnections' })],
      ['some principals only', denyUnless({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }, { Principal: { AWS: 'arn:aws:iam::111122223333:root' } })],
      ['all but named principals (NotPrincipal)', { ...denyUnless({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }), Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }],
      ['NotAction', { ...denyUnless({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }), Action: undefined, NotAction: 'execute-api:ManageConnections' }]
    ] as Array<[string, Statement]>) {
      expect({ why, codes: publicCodes(publicAllow(), deny) }).toEqual({ why, codes: ['RTC601'] })
    }
  })

  // The keys of the VPC endpoint a request comes through, and of the VPC and the EC2 instance it comes from
  // (IAM User Guide, "AWS global condition context keys": aws:VpceAccount, aws:VpceOrgID, aws:VpceOrgPaths,
  // aws:SourceVpcArn, aws:Ec2InstanceSourceVpc, aws:Ec2InstanceSourcePrivateIPv4), as AWS's data perimeter RCP
  // "network_perimeter_vpceorgid_rcp.json" uses them: a Deny unless one holds spares only requests from those
  // networks, as one on aws:SourceVpce does.
  const networkConditions = [
    { StringNotEqualsIfExists: { 'aws:VpceOrgID': 'o-a1b2c3d4e5' } },
    { StringNotEqualsIfExists: { 'aws:VpceAccount': ['111122223333', '444455556666'] } },
    { ArnNotEquals: { 'aws:SourceVpcArn': 'arn:aws:ec2:us-east-1:111122223333:vpc/vpc-1a2b3c4d' } },
    { StringNotEquals: { 'aws:Ec2InstanceSourceVpc': 'vpc-1a2b3c4d' } },
    { NotIpAddress: { 'aws:Ec2InstanceSourcePrivateIPv4': '10.0.0.0/16' } }
  ]

  test('a Deny unless the request comes through the VPC endpoints of named accounts or organizations, or from named VPCs, limits the Allow', () => {
    for (const condition of networkConditions) {
      expect({ condition, codes: publicCodes(publicAllow(), denyUnless(condition)) }).toEqual({ condition, codes: [] })
    }
  })

  test('an Allow to "*" on those keys that every request can meet is still public (RTC623)', () => {
    for (const [why, condition] of [
      ['a negated operator', { StringNotEquals: { 'aws:VpceOrgID': 'o-a1b2c3d4e5' } }],
      ['IfExists, and a request from outside a VPC endpoint has no aws:VpceAccount', { StringEqualsIfExists: { 'aws:VpceAccount': '111122223333' } }],
      ['every organization', { StringLike: { 'aws:VpceOrgID': 'o-*' } }],
      ['every organization path', { 'ForAnyValue:StringLike': { 'aws:VpceOrgPaths': 'o-*/*' } }],
      ['IfExists, and a request not signed with EC2 instance credentials has no aws:Ec2InstanceSourceVpc', { StringEqualsIfExists: { 'aws:Ec2InstanceSourceVpc': 'vpc-1a2b3c4d' } }]
    ] as Array<[string, unknown]>) {
      expect({ why, codes: publicCodes(publicAllow({ Condition: condition })) }).toEqual({ why, codes: ['RTC623'] })
    }
    // Named as they are, they limit the Allow.
    for (const condition of [{ StringEquals: { 'aws:VpceOrgID': 'o-a1b2c3d4e5' } }, { StringEquals: { 'aws:VpceAccount': '111122223333' } }]) {
      expect({ condition, codes: publicCodes(publicAllow({ Condition: condition })) }).toEqual({ condition, codes: [] })
    }
  })

  test('past its budget of pattern comparisons a file has its public statements reported, and the lint ends', () => {
    const many = (prefix: string) => Array.from({ length: 3000 }, (_, i) => `execute-api:${prefix}${'x?'.repeat(20)}${i}*`)
    const text = policy(
      { Effect: 'Allow', Principal: '*', Action: many('Invoke'), Resource: api },
      { Effect: 'Deny', Principal: '*', Action: [...many('Other'), 'execute-api:*'], Resource: api, Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } }
    )
    expect(codesOf(text, 'resource')).toContain('RTC601')
  })
})

describe("Elastic Load Balancing's documented log-delivery principals (RTC611, RTC612)", () => {
  // The bucket policies of the Elastic Load Balancing guides, "Enable access
  // logs for your Application Load Balancer" / "... Classic Load Balancer".
  const logs = 'arn:aws:s3:::amzn-s3-demo-logging-bucket/prefix/AWSLogs/111122223333/*'
  const write = (Principal: unknown, extra: Statement = {}): Statement => ({ Effect: 'Allow', Principal, Action: 's3:PutObject', Resource: logs, ...extra })

  test.each([
    ['us-east-1', 'arn:aws:iam::127311923021:root'],
    ['eu-west-1', 'arn:aws:iam::156460612806:root'],
    ['us-gov-west-1', 'arn:aws-us-gov:iam::048591011584:root'],
    ['cn-north-1', 'arn:aws-cn:iam::638102146993:root'],
    ['a bare account ID', '127311923021']
  ])("the Region's ELB account (%s) writing logs is not a delegation to an account", (_region, account) => {
    expect(codesOf(policy(write({ AWS: account })))).toEqual([])
  })

  test('logdelivery.elasticloadbalancing.amazonaws.com writing logs with no source condition is not reported', () => {
    expect(codesOf(policy(write({ Service: 'logdelivery.elasticloadbalancing.amazonaws.com' })))).toEqual([])
  })

  test('beside another service principal, only the other is reported', () => {
    const found = lint(policy(write({ Service: ['logdelivery.elasticloadbalancing.amazonaws.com', 'delivery.logs.amazonaws.com'] }))).filter((f) => f.code === 'RTC611')
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^Service principal delivery\.logs\.amazonaws\.com allowed/)])
  })

  test('more than the log writes AWS documents, or an account that is not ELB\'s, is still reported', () => {
    expect(codesOf(policy(write({ AWS: 'arn:aws:iam::127311923021:root' }, { Action: 's3:*' })))).toContain('RTC612')
    expect(codesOf(policy(write({ AWS: 'arn:aws:iam::127311923021:root' }, { Action: ['s3:PutObject', 's3:GetObject'] })))).toContain('RTC612')
    expect(codesOf(policy(write({ AWS: 'arn:aws:iam::127311923022:root' })))).toContain('RTC612')
    expect(codesOf(policy(write({ Service: 'logdelivery.elasticloadbalancing.amazonaws.com' }, { Action: 's3:Put*' })))).toContain('RTC611')
    expect(codesOf(policy(write({ Service: 'delivery.logs.amazonaws.com' })))).toContain('RTC611')
  })
})

describe('actions a service writes into its own policies though the reference does not list them', () => {
  // Amazon SNS's default topic access policy, as CreateTopic attaches it.
  const snsDefault = (topic: string) =>
    JSON.stringify({
      Version: '2012-10-17',
      Id: '__default_policy_ID',
      Statement: [
        {
          Sid: '__default_statement_ID',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish', 'SNS:Receive'],
          Resource: topic,
          Condition: { StringEquals: { 'AWS:SourceOwner': '111122223333' } }
        }
      ]
    })

  test("sns:Receive in SNS's default topic policy is not an unknown action", () => {
    expect(codesOf(snsDefault('arn:aws:sns:us-east-1:111122223333:MyTopic'))).toEqual([])
    expect(codesOf(policy(allow('sns:receive', 'arn:aws:sns:us-east-1:111122223333:MyTopic')))).not.toContain('RTC203')
  })

  test('a name close to it, or a pattern, is still checked against the reference', () => {
    expect(codesOf(policy(allow('sns:Receiv', 'arn:aws:sns:us-east-1:111122223333:MyTopic')))).toContain('RTC203')
    expect(codesOf(policy(allow('sqs:Receive', 'arn:aws:sqs:us-east-1:111122223333:q')))).toContain('RTC203')
  })
})

// AWS Lake Formation documents two Data Catalog resource-policy statements (Lake Formation Developer Guide,
// "Managing cross-account permissions using both AWS Glue and Lake Formation" and "Lake Formation tag-based access
// control cross-account prerequisites") whose action and key the Service Authorization Reference does not list.
describe("the Data Catalog resource policy's statements that Lake Formation documents", () => {
  const catalog = ['arn:aws:glue:us-east-1:111122223333:table/*', 'arn:aws:glue:us-east-1:111122223333:database/*', 'arn:aws:glue:us-east-1:111122223333:catalog']
  const dataCatalogPolicy = policy(
    { Effect: 'Allow', Action: ['glue:ShareResource'], Principal: { Service: ['ram.amazonaws.com'] }, Resource: catalog },
    { Effect: 'Allow', Action: ['glue:*'], Principal: { AWS: ['444455556666'] }, Resource: catalog, Condition: { Bool: { 'glue:EvaluatedByLakeFormationTags': true } } }
  )

  test('glue:ShareResource is not an unknown action, nor glue:EvaluatedByLakeFormationTags an unknown key', () => {
    expect(errorsOf(dataCatalogPolicy, 'resource')).toEqual([])
    expect(codesOf(dataCatalogPolicy, 'resource')).not.toContain('RTC405')
  })

  // RTC611's confused deputy is a service tricked, for another customer, into acting on your resource. AWS RAM shares
  // a resource only at its owner's request ("You can share a resource only if you own it", AWS RAM User Guide,
  // "Creating a resource share"), and Lake Formation's statement has no source condition.
  test('the statement naming ram.amazonaws.com is not a confused-deputy risk (RTC611), and has no warning', () => {
    const lakeFormation = policy({ Effect: 'Allow', Action: ['glue:ShareResource'], Principal: { Service: ['ram.amazonaws.com'] }, Resource: ['arn:aws:glue:us-east-1:111122223333:table/*/*', ...catalog.slice(1)] })
    expect(lint(lakeFormation, 'resource').map((f) => `${f.severity} ${f.code}`)).toEqual([])
  })

  test('another service principal beside ram.amazonaws.com, or in its place, is still reported', () => {
    const share = (Service: unknown) => lint(policy({ Effect: 'Allow', Action: ['glue:ShareResource'], Principal: { Service }, Resource: catalog }), 'resource').filter((f) => f.code === 'RTC611')
    expect(share(['ram.amazonaws.com', 'glue.amazonaws.com']).map((f) => f.message)).toEqual([expect.stringMatching(/^Service principal glue\.amazonaws\.com allowed/)])
    expect(share('lakeformation.amazonaws.com')).toHaveLength(1)
  })

  test('names close to them are still checked against the reference', () => {
    expect(codesOf(policy(allow('glue:ShareResources', catalog)))).toContain('RTC203')
    expect(codesOf(policy(allow('glue:GetTable', catalog, { Condition: { Bool: { 'glue:EvaluatedByLakeFormationTag': true } } })))).toContain('RTC405')
  })
})

// Keys AWS's managed policies test although the reference's lists leave them out (AWSSSOServiceRolePolicy,
// AmazonDataZoneGlueManageAccessRolePolicy): AWS evaluates the policies it ships, so the keys are not unknown.
describe('condition keys in AWS managed policies that the reference does not list', () => {
  test.each([
    ['iam:CreateRole', 'arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/*', { StringNotEquals: { 'aws:PrincipalOrgMasterAccountId': '${aws:PrincipalAccount}' } }],
    ['lakeformation:GetDataAccess', '*', { Null: { 'lakeformation:GlueARN': 'true' } }]
  ])('%s with %j', (action, resource, Condition) => {
    expect(codesOf(policy(allow(action, resource, { Condition })))).not.toContain('RTC405')
  })
})

// RTC615 says an account wildcard reaches other accounts' resources: true only of an ARN that an action of the statement
// can reach in another account. AWS's policies mix services in one statement (kms:Decrypt beside autoscaling actions, on
// both ARNs), and Glue's resource policies cover its Data Catalog only (AWS Glue Developer Guide, "Specifying AWS Glue
// resource ARNs"; Amazon EMR: "Data Catalog resources. These resources include databases, tables, connections, and
// user-defined functions"): a Glue session, job or crawler of another account is out of reach whatever the ARN says.
describe('RTC615: only on an ARN that an action of the statement can reach in another account', () => {
  const linesOf615 = (text: string) => lint(text).filter((f) => f.code === 'RTC615').map((f) => text.split('\n')[f.line - 1].trim())

  test('an ARN of a service whose actions act in the caller account only, beside a KMS key, is not reported; the key is', () => {
    const text = policy(allow(['kms:Decrypt', 'autoscaling:UpdateAutoScalingGroup'], ['arn:aws:kms:*:*:key/*', 'arn:aws:autoscaling:*:*:autoScalingGroup:*:autoScalingGroupName/etl-*']))
    expect(linesOf615(text)).toEqual(['"arn:aws:kms:*:*:key/*",'])
  })

  test('IAM ARNs beside sts:AssumeRole: the role is reported, a managed policy is not (sts acts on no policy)', () => {
    const text = policy(allow(['sts:AssumeRole', 'iam:GetPolicy'], ['arn:aws:iam::*:policy/etl-*', 'arn:aws:iam::*:role/etl-*']))
    expect(linesOf615(text)).toEqual(['"arn:aws:iam::*:role/etl-*"'])
  })

  test("sts's own session (sts:SetContext on self) is the caller's: not reported", () => {
    expect(linesOf615(policy(allow('sts:SetContext', 'arn:aws:sts::*:self')))).toEqual([])
  })

  test('sts:AssumeRoot reaches a member account root: reported', () => {
    expect(linesOf615(policy(allow('sts:AssumeRoot', 'arn:aws:iam::*:root')))).toEqual(['"Resource": "arn:aws:iam::*:root"'])
  })

  test.each([
    ['glue:CreateSession', 'arn:aws:glue:*:*:session/*'],
    ['glue:StartJobRun', 'arn:aws:glue:*:*:job/*'],
    ['glue:StartCrawler', 'arn:aws:glue:*:*:crawler/*']
  ])('Glue outside the Data Catalog: %s on %s is not reported', (action, arn) => {
    expect(linesOf615(policy(allow(action, arn)))).toEqual([])
  })

  test.each([
    ['glue:GetTable', 'arn:aws:glue:*:*:table/*'],
    ['glue:GetDatabase', 'arn:aws:glue:*:*:database/*'],
    ['glue:GetDatabase', 'arn:aws:glue:*:*:catalog'],
    ['glue:GetConnection', 'arn:aws:glue:*:*:connection/*'],
    ['glue:GetUserDefinedFunction', 'arn:aws:glue:*:*:userDefinedFunction/*'],
    ['glue:*', 'arn:aws:glue:*:*:*']
  ])('the Glue Data Catalog: %s on %s is reported', (action, arn) => {
    expect(linesOf615(policy(allow(action, arn)))).toEqual([`"Resource": "${arn}"`])
  })

  test('an ARN of a type the reference does not list for a cross-account service is still reported (the reference may lack it)', () => {
    expect(linesOf615(policy(allow('secretsmanager:GetSecretValue', 'arn:aws:secretsmanager:*:*:vault:x')))).toEqual(['"Resource": "arn:aws:secretsmanager:*:*:vault:x"'])
  })

  test('every action (a wildcard service, NotAction) still reaches every ARN', () => {
    expect(linesOf615(policy(allow('*', 'arn:aws:autoscaling:*:*:autoScalingGroup:*:autoScalingGroupName/x')))).toHaveLength(1)
    expect(linesOf615(policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:glue:*:*:session/*' }))).toHaveLength(1)
  })
})

// Resource types no resource policy opens to other accounts, and types whose ARN the reference writes with no account
// (or "*"): an account wildcard there reaches no stranger's resource (QA pass on AWS managed policies, rules5).
describe('RTC615: types no resource policy opens, and formats with no account', () => {
  const linesOf615 = (text: string) => lint(text).filter((f) => f.code === 'RTC615').map((f) => text.split('\n')[f.line - 1].trim())

  test.each([
    // AWS Backup: "cross-account access for any action other than backup:CopyIntoBackupVault will be rejected".
    ['backup:GetBackupPlan', 'arn:aws:backup:*:*:backup-plan:*'],
    ['backup:DescribeFramework', 'arn:aws:backup:*:*:framework:*'],
    // The reference writes a recovery point's account as "*" (its ARN is the vendor's: an EBS snapshot has none).
    ['backup:DescribeRecoveryPoint', 'arn:aws:backup:*:*:recovery-point:*'],
    // OpenSearch applications and data sources (listed under es too): only domains have access policies.
    ['es:*', 'arn:aws:opensearch:*:*:datasource/cloudwatch_logs_*'],
    ['es:*', 'arn:aws:opensearch:*:*:application/*'],
    // EventBridge: only an event bus has a policy; archives, connections, API destinations are the caller's.
    ['events:DescribeConnection', 'arn:aws:events:*:*:connection/*'],
    ['events:DescribeArchive', 'arn:aws:events:*:*:archive/*'],
    ['events:DescribeApiDestination', 'arn:aws:events:*:*:api-destination/*'],
    // A partner event source's ARN has no account.
    ['events:DescribeEventSource', 'arn:aws:events:*:*:event-source/aws.partner/*']
  ])('%s on %s is not reported', (action, arn) => {
    expect(linesOf615(policy(allow(action, arn)))).toEqual([])
  })

  test.each([
    ['backup:CopyIntoBackupVault', 'arn:aws:backup:*:*:backup-vault:*'],
    ['es:ESHttpGet', 'arn:aws:es:*:*:domain/logs/*'],
    ['events:PutEvents', 'arn:aws:events:*:*:event-bus/default'],
    ['events:PutRule', 'arn:aws:events:*:*:rule/central-bus/*'],
    ['events:PutRule', 'arn:aws:events:*:*:rule/*'],
    ['s3:GetObject', 'arn:aws:s3:*:*:accesspoint/*']
  ])('the shared types still are: %s on %s', (action, arn) => {
    expect(linesOf615(policy(allow(action, arn)))).toEqual([`"Resource": "${arn}"`])
  })
})

// logs:DescribeLogGroups: the reference lists no resource type, but IAM checks it against
// arn:PARTITION:logs:REGION:ACCOUNT:log-group::log-stream: (what its AccessDenied errors name; AWS's own
// AmazonCloudWatchRUMFullAccess grants it on arn:aws:logs:*:*:log-group::log-stream:*).
describe('RTC309: logs:DescribeLogGroups is checked against the ARN IAM authorises it on', () => {
  const found309 = (Resource: unknown, Action: unknown = 'logs:DescribeLogGroups') => lint(policy(allow(Action, Resource))).filter((f) => f.code === 'RTC309')

  test.each([
    'arn:aws:logs:us-east-1:111122223333:log-group:*',
    'arn:aws:logs:*:*:*',
    'arn:aws:logs:*:*:log-group::log-stream:*',
    'arn:aws:logs:*:111122223333:log-group:*:*',
    ['arn:aws:logs:*:*:log-group:/aws/lambda/*', 'arn:aws:logs:*:*:log-group::log-stream:']
  ])('%j grants it: not reported', (Resource) => {
    expect(found309(Resource)).toEqual([])
  })

  test.each(['arn:aws:logs:*:*:log-group:/aws/lambda/*', 'arn:aws:logs:eu-west-1:111122223333:log-group:test-log-group:*'])('%s cannot match it: reported, as certain', (Resource) => {
    const [f, ...more] = found309(Resource)
    expect(more).toEqual([])
    expect(f.message).toContain('IAM checks it against arn:PARTITION:logs:REGION:ACCOUNT:log-group::log-stream:')
    expect(f.message).toContain('the statement does not grant it')
  })

  test('written many times beside many ARNs, it is reported for each time it is written', () => {
    const text = policy(allow(Array(50).fill('logs:DescribeLogGroups'), Array.from({ length: 50 }, (_, i) => `arn:aws:logs:*:*:log-group:/app/${i}/*`)))
    expect(lint(text).filter((f) => f.code === 'RTC309')).toHaveLength(50)
  })

  test('other actions the reference authorises on "*" keep the cautious warning', () => {
    expect(found309('arn:aws:s3:::*', 's3:ListAllMyBuckets').map((f) => f.message)).toEqual([expect.stringContaining('the ARN may grant nothing')])
  })
})

describe('an empty Condition object is no condition, and IAM stores it', () => {
  // The IAM console's role wizard for "Another AWS account" wrote `"Condition": {}` into trust policies, and
  // `aws iam get-role` returns them so (as the AWS policy generator did in bucket policies): an accepted
  // policy, whose statement applies unconditionally. Nothing is wrong with it.
  const trust = policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole', Condition: {} })

  test('a trust policy as the console wrote it gets no error', () => {
    expect(errorsOf(trust, 'trust')).toEqual([])
  })

  test('it is read as no condition: a public bucket policy with one is still public (RTC601)', () => {
    const bucket = policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition: {} })
    expect(codesOf(bucket, 'resource')).toEqual(['RTC601'])
  })

  test('an empty operator block and an empty value list are still reported (RTC115)', () => {
    expect(codesOf(policy(allow('s3:GetObject', 'arn:aws:s3:::reports/*', { Condition: { StringEquals: {} } })))).toContain('RTC115')
    expect(codesOf(policy(allow('s3:GetObject', 'arn:aws:s3:::reports/*', { Condition: { StringEquals: { 'aws:PrincipalTag/team': [] } } })))).toContain('RTC115')
  })
})

describe('an empty Condition object leaves a statement unconditional for the other rules too', () => {
  test('a Deny with "Condition": {} takes back what it denies (RTC606 cancelled), as one without Condition does', () => {
    const grant = allow('iam:PassRole', '*')
    const deny = (extra: Statement) => ({ Effect: 'Deny', Action: 'iam:PassRole', Resource: '*', ...extra })
    expect(codesOf(policy(grant, deny({})))).not.toContain('RTC606')
    expect(codesOf(policy(grant, deny({ Condition: {} })))).not.toContain('RTC606')
    expect(codesOf(policy(grant, deny({ Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } })))).toContain('RTC606')
  })

  test('an Allow with "Condition": {} that another covers is redundant (RTC120), as one without Condition is', () => {
    const broad = allow('s3:*', 'arn:aws:s3:::reports/*')
    expect(codesOf(policy(broad, allow('s3:GetObject', 'arn:aws:s3:::reports/*', { Condition: {} })))).toContain('RTC120')
  })
})

describe('RTC611 speaks of service principals only: a value that names no service has its own finding', () => {
  const bucket = (Service: unknown) =>
    policy({ Effect: 'Allow', Principal: { Service }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::logs/*' })

  test('a misspelt domain is RTC205 alone (no confused-deputy warning about a principal that does not exist)', () => {
    expect(codesOf(bucket('logging.s3.amazonaws.con'), 'resource')).toEqual(['RTC205'])
    expect(codesOf(bucket('redshift.amazon.com'), 'resource')).toEqual(['RTC205'])
  })

  test('a wildcard is RTC206 alone', () => {
    expect(codesOf(bucket('*.amazonaws.com'), 'resource')).toEqual(['RTC206'])
  })

  test('beside a real one, RTC611 names the real one only', () => {
    const findings = lint(bucket(['logging.s3.amazonaws.com', 'logging.s3.amazonaws.con']), 'resource')
    expect(findings.filter((f) => f.code === 'RTC611').map((f) => f.message)).toEqual([
      'Service principal logging.s3.amazonaws.com allowed in statement 1 with no aws:SourceAccount or aws:SourceArn condition (confused-deputy risk).'
    ])
  })
})

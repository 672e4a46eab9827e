// RTC617: Write, Tagging and Permissions-management actions that act on
// specific resources, allowed on "*" in an identity policy (parliament's
// RESOURCE_STAR), one finding per statement, never repeating RTC603-RTC607.
import { lintPolicyText, type PolicyKind } from '../../src/core/lint/lint.js'

type Statement = Record<string, unknown>
const text = (...Statement: Statement[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
const findings = (statements: Statement[], kind?: PolicyKind) => lintPolicyText('p.json', text(...statements), kind).findings
const rtc617 = (statements: Statement[], kind?: PolicyKind) => findings(statements, kind).filter((f) => f.code === 'RTC617')
const allow = (Action: unknown, Resource: unknown = '*', extra: Statement = {}): Statement => ({ Effect: 'Allow', Action, Resource, ...extra })

test('one notice per statement, on its "*", listing the actions as written', () => {
  const t = text(allow(['s3:GetObject', 's3:PutObject', 'dynamodb:PutItem', 's3:ListAllMyBuckets']))
  const found = lintPolicyText('p.json', t).findings.filter((f) => f.code === 'RTC617')
  expect(found).toHaveLength(1)
  const [f] = found
  expect(f.severity).toBe('notice')
  const lines = t.split('\n')
  expect(lines[f.line - 1].slice(f.column - 1)).toBe('"*"')
  expect(f.message).toBe(
    's3:PutObject, dynamodb:PutItem on Resource "*" in statement 1: write actions that can be limited to specific resources are allowed on all of them.'
  )
})

test('names the access level when there is only one, and the statement by its Sid', () => {
  expect(rtc617([allow('s3:PutBucketPolicy', '*', { Sid: 'Policy' })])[0].message).toBe(
    `s3:PutBucketPolicy on Resource "*" in statement 'Policy': a permissions-management action that can be limited to specific resources is allowed on all of them.`
  )
  expect(rtc617([allow('s3:PutObjectTagging')])[0].message).toMatch(/: a tagging action /)
  expect(rtc617([allow(['s3:PutObjectTagging', 's3:PutObject'])])[0].message).toMatch(/: write, tagging or permissions-management actions /)
})

test('a wildcard pattern is shown with the number of such actions it grants; an action named twice counts once', () => {
  const [f] = rtc617([allow(['s3:Put*', 's3:PutObject', 'sqs:SendMessage'])])
  expect(f.message).toMatch(/^s3:Put\* \(\d+ actions\), sqs:SendMessage on Resource "\*"/)
  expect(f.message).not.toMatch(/s3:PutObject,/)
})

test('long lists are cut after five', () => {
  const actions = ['s3:PutObject', 's3:DeleteObject', 'sqs:SendMessage', 'sqs:DeleteMessage', 'sns:Publish', 'dynamodb:PutItem', 'dynamodb:DeleteItem']
  expect(rtc617([allow(actions)])[0].message).toMatch(/^s3:PutObject, s3:DeleteObject, sqs:SendMessage, sqs:DeleteMessage, sns:Publish and 2 more on/)
})

describe('not reported', () => {
  test.each<[string, Statement[], PolicyKind | undefined]>([
    ['Read and List actions', [allow(['s3:GetObject', 's3:ListBucket', 'ec2:DescribeInstances'])], undefined],
    ['write actions that take no resource (only "*" can grant them)', [allow(['iam:CreateAccountAlias', 's3:CreateJob'])], undefined],
    ['specific resources', [allow(['s3:PutObject'], ['arn:aws:s3:::b/*'])], undefined],
    ['Deny', [{ Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }], undefined],
    ['NotResource', [{ Effect: 'Allow', Action: 's3:PutObject', NotResource: 'arn:aws:s3:::secret/*' }], undefined],
    ['NotAction', [{ Effect: 'Allow', NotAction: 's3:GetObject', Resource: '*' }], undefined],
    ['a resource-tag condition', [allow(['ec2:StartInstances', 'ec2:StopInstances'], '*', { Condition: { StringEquals: { 'ec2:ResourceTag/team': 'etl' } } })], undefined],
    ['an aws:ResourceAccount condition', [allow('s3:PutObject', '*', { Condition: { StringEquals: { 'aws:ResourceAccount': '111122223333' } } })], undefined],
    ['a trust policy', [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/etl' }, Action: 'sts:TagSession' }], 'trust'],
    ['a resource policy', [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/etl' }, Action: 's3:PutObject', Resource: '*' }], 'resource']
  ])('%s', (_name, statements, kind) => {
    expect(rtc617(statements, kind)).toEqual([])
  })
})

describe('what another code already reports is left to it', () => {
  test.each<[string, unknown, string]>([
    ['Action "*" (RTC603)', '*', 'RTC603'],
    ['sts:* (RTC604)', 'sts:*', 'RTC604'],
    ['sts:AssumeRole (RTC605)', 'sts:AssumeRole', 'RTC605'],
    ['a pattern granting sts:AssumeRole (RTC605)', 'sts:Assume*', 'RTC605'],
    ['privilege escalation (RTC606)', ['iam:PassRole', 'iam:PutRolePolicy'], 'RTC606'],
    ['KMS actions (RTC607)', ['kms:Decrypt', 'kms:ScheduleKeyDeletion'], 'RTC607']
  ])('%s', (_name, action, other) => {
    const codes = findings([allow(action)]).map((f) => f.code)
    expect(codes).toContain(other)
    expect(codes).not.toContain('RTC617')
  })

  test('the other actions of such a statement are still listed', () => {
    const [f] = rtc617([allow(['iam:PassRole', 'iam:DeleteRole', 'kms:Decrypt', 'sts:AssumeRole', 's3:PutObject'])])
    expect(f.message).toMatch(/^iam:DeleteRole, s3:PutObject on Resource/)
    const [g] = rtc617([allow('iam:*')])
    expect(g.message).toMatch(/^iam:\* \(\d+ actions\) on/)
    const [h] = rtc617([allow('sts:TagSession')])
    expect(h.message).toMatch(/^sts:TagSession on/)
  })
})

test('every statement gets its own finding', () => {
  const found = rtc617([allow('s3:PutObject'), allow('s3:GetObject'), allow('sqs:SendMessage')])
  expect(found.map((f) => f.message.split(' ')[0])).toEqual(['s3:PutObject', 'sqs:SendMessage'])
})

// RTC412: the statement has actions of the key's service, but none of them
// supports the key per the Service Authorization Reference, which lists an
// action's own keys plus those of the resource types it names. The passing
// cases are the reference's resource-type keys (iam:ResourceTag on
// iam:PassRole through `role`), variable key forms, and wildcards that reach
// an action taking the key.
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { findAction, serviceKeysOfAction } from '../../src/core/iam/catalog/index.js'

const policy = (Action: unknown, Condition: unknown, Resource: unknown = '*') =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource, Condition }] })
const findingsOf = (text: string) => lintPolicyText('p.json', text, 'identity').findings.filter((f) => f.code === 'RTC412')

describe('the catalogue: keys per action', () => {
  test('an action has its own keys and its resource types\' keys', () => {
    const passRole = serviceKeysOfAction(findAction('iam:PassRole')!)
    expect(passRole.has('iam:passedtoservice')).toBe(true)
    expect(passRole.has('iam:resourcetag/${tagkey}')).toBe(true)
    const getObject = serviceKeysOfAction(findAction('s3:GetObject')!)
    expect(getObject.has('s3:dataaccesspointarn')).toBe(true)
    expect(getObject.has('s3:prefix')).toBe(false)
    expect(serviceKeysOfAction(findAction('s3:ListBucket')!).has('s3:prefix')).toBe(true)
  })
})

describe('RTC412: none of the actions supports the key', () => {
  test('s3:prefix on s3:GetObject never matches', () => {
    const found = findingsOf(policy('s3:GetObject', { StringLike: { 's3:prefix': 'home/*' } }, 'arn:aws:s3:::reports/*'))
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('s3:GetObject')])
    expect(found[0].message).toContain('never matches as written')
    expect(found[0].severity).toBe('warning')
  })

  test('every action is named, and a wildcard is expanded before it is judged', () => {
    const found = findingsOf(policy(['s3:GetObject', 's3:PutObject*'], { StringEquals: { 's3:max-keys': '10' } }))
    expect(found).toHaveLength(1)
    expect(found[0].message).toContain('s3:GetObject, s3:PutObject*')
  })

  test.each([
    ['a negated operator', { StringNotLike: { 's3:prefix': 'home/*' } }],
    ['IfExists', { StringLikeIfExists: { 's3:prefix': 'home/*' } }],
    ['ForAllValues', { 'ForAllValues:StringLike': { 's3:prefix': 'home/*' } }]
  ])('%s on a key the action does not take: always true', (_name, condition) => {
    const found = findingsOf(policy('s3:GetObject', condition))
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('is always true and limits nothing')])
  })

  test.each([
    ['the action takes the key', 's3:ListBucket', { StringLike: { 's3:prefix': 'home/*' } }],
    ['a resource type of the action takes the key', 'iam:PassRole', { StringEquals: { 'iam:ResourceTag/team': 'data' } }],
    ['an action key', 'iam:PassRole', { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } }],
    ['a variable key form', 's3:GetObject', { StringEquals: { 's3:ExistingObjectTag/classification': 'public' } }],
    ['a key of the object type', 's3:GetObject', { StringEquals: { 's3:DataAccessPointArn': 'arn:aws:s3:eu-west-1:111122223333:accesspoint/ap' } }],
    ['one of several actions takes the key', ['s3:GetObject', 's3:ListBucket'], { StringLike: { 's3:prefix': 'home/*' } }],
    ['a wildcard reaches an action that takes it', 's3:List*', { StringLike: { 's3:prefix': 'home/*' } }],
    ['an unknown action among them', ['s3:GetObject', 's3:NoSuchAction'], { StringLike: { 's3:prefix': 'home/*' } }],
    ['a global key', 's3:GetObject', { StringEquals: { 'aws:ResourceAccount': '111122223333' } }],
    ['Null', 's3:GetObject', { Null: { 's3:prefix': 'true' } }],
    ['no action of the key\'s service (RTC410 says so)', 'ec2:DescribeInstances', { StringLike: { 's3:prefix': 'home/*' } }],
    // The reference lists no key at all for aws-marketplace:Subscribe; AWS's own policies condition it on ProductId.
    ['the reference lists no key for the action', 'aws-marketplace:Subscribe', { 'ForAnyValue:StringEquals': { 'aws-marketplace:ProductId': ['prod-1'] } }],
    // A cross-service key: on every request made with an instance's credentials.
    ['a cross-service key', 'ec2:CreateSnapshots', { StringEquals: { 'ec2:SourceInstanceARN': 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0' } }],
    // ssm lists ssm:resourceTag/${TagKey} and ssm:resourceTag/tag-key; the action names the second.
    ['either spelling of a variable key', 'ssm:DeregisterManagedInstance', { StringEquals: { 'ssm:resourceTag/team': 'data' } }]
  ])('not when %s', (_name, action, condition) => {
    expect(findingsOf(policy(action, condition))).toEqual([])
  })

  test('not with NotAction', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 's3:ListBucket', Resource: '*', Condition: { StringLike: { 's3:prefix': 'x' } } }] })
    expect(findingsOf(text)).toEqual([])
  })
})

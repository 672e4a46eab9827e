// Several rules scan short lists and switch to a map or a set past a few
// entries (Sids, RTC120's actions and resources, the formats a pattern ARN is
// compared with). Both ways must say the same: each case here is checked
// below and above the switch.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const doc = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
const findings = (text: string) => lintPolicyText('p.json', text).findings

const statement = (sid: string, actions: string[], resources: string[]) => ({ Sid: sid, Effect: 'Allow', Action: actions, Resource: resources })

describe('RTC107: a repeated Sid names the first statement that used it', () => {
  test.each([3, 20])('%i statements, every third one repeating "Dup"', (count) => {
    const statements = Array.from({ length: count }, (_, i) =>
      statement(i % 3 === 0 ? 'Dup' : `S${i}`, [`s3:GetObject`], [`arn:aws:s3:::bucket-${i}/*`])
    )
    const repeats = findings(doc(statements)).filter((f) => f.code === 'RTC107')
    const expected = statements.map((s, i) => ({ s, i })).filter(({ s, i }) => s.Sid === 'Dup' && i > 0)
    expect(repeats).toHaveLength(expected.length)
    for (const f of repeats) expect(f.message).toBe('Sid "Dup" is already used by statement 1.')
  })
})

describe('RTC120: a statement inside another is found with short and long lists alike', () => {
  const names = ['GetObject', 'PutObject', 'DeleteObject', 'GetObjectAcl', 'PutObjectAcl', 'GetObjectTagging', 'PutObjectTagging', 'DeleteObjectTagging',
    'GetObjectVersion', 'DeleteObjectVersion', 'GetObjectVersionAcl', 'PutObjectVersionAcl', 'GetObjectVersionTagging', 'PutObjectVersionTagging',
    'DeleteObjectVersionTagging', 'AbortMultipartUpload', 'ListMultipartUploadParts', 'RestoreObject', 'GetObjectRetention', 'PutObjectRetention']

  test.each([3, 20])('%i actions and resources in each statement', (count) => {
    const actions = names.slice(0, count).map((n) => `s3:${n}`)
    const resources = Array.from({ length: count }, (_, i) => `arn:aws:s3:::bucket-${i}/*`)
    // The outer statement: the same lists, in another order, plus one more of each.
    const outer = statement('Outer', ['s3:ListBucket', ...[...actions].reverse()], ['arn:aws:s3:::extra/*', ...[...resources].reverse()])
    const inner = statement('Inner', actions, resources)
    const redundant = findings(doc([outer, inner])).filter((f) => f.code === 'RTC120')
    expect(redundant.map((f) => f.message)).toEqual([
      "Statement 'Inner' is redundant: statement 'Outer' already allows all its actions on all its resources."
    ])
    // One action the outer statement lacks: no longer inside it.
    const apart = statement('Inner', [...actions, 's3:GetBucketPolicy'], resources)
    expect(findings(doc([outer, apart])).filter((f) => f.code === 'RTC120')).toEqual([])
  })

  test.each([3, 20])('%i resources, matched by an outer wildcard', (count) => {
    const resources = Array.from({ length: count }, (_, i) => `arn:aws:s3:::bucket/${i}/key`)
    const outer = statement('Outer', ['s3:GetObject'], ['arn:aws:s3:::bucket/*'])
    const inner = statement('Inner', ['s3:GetObject'], resources)
    expect(findings(doc([outer, inner])).filter((f) => f.code === 'RTC120')).toHaveLength(1)
  })
})

describe('RTC120: an inner wildcard is inside an outer one only if every value it matches is', () => {
  const rtc120 = (statements: unknown[]) => findings(doc(statements)).filter((f) => f.code === 'RTC120').map((f) => f.message)

  test.each([
    [['s3:GetObject'], ['arn:aws:s3:::bucket/a?c'], ['s3:GetObject'], ['arn:aws:s3:::bucket/a*c']],
    [['s3:GetObject'], ['arn:aws:s3:::bucket/?'], ['s3:GetObject'], ['arn:aws:s3:::bucket/*']],
    [['s3:GetObject?*'], ['arn:aws:s3:::bucket/*'], ['s3:GetObject*'], ['arn:aws:s3:::bucket/*']]
  ])('%j on %j does not hold %j on %j', (outerActions, outerResources, innerActions, innerResources) => {
    // "?" is one character; the inner "*" any number of them: the later statement grants more.
    expect(rtc120([statement('Narrow', outerActions, outerResources), statement('Wide', innerActions, innerResources)])).toEqual([
      "Statement 'Narrow' is redundant: statement 'Wide' already allows all its actions on all its resources."
    ])
  })

  test('a wider outer pattern still holds a narrower inner one', () => {
    expect(rtc120([statement('Outer', ['s3:Get*'], ['arn:aws:s3:::bucket/*']), statement('Inner', ['s3:GetObject*'], ['arn:aws:s3:::bucket/a*c'])])).toEqual([
      "Statement 'Inner' is redundant: statement 'Outer' already allows all its actions on all its resources."
    ])
  })
})

describe('resource fit: a wildcard action compared with many formats of one pattern ARN', () => {
  // ec2:* asks one pattern ARN about most of ec2's formats: past a few, the
  // answers are kept in a map rather than a list.
  test('an instance pattern fits ec2:* and is not reported', () => {
    const text = doc([statement('Ec2', ['ec2:*'], ['arn:aws:ec2:*:111122223333:instance/*'])])
    expect(findings(text).filter((f) => ['RTC307', 'RTC308', 'RTC310'].includes(f.code))).toEqual([])
  })

  test('a pattern of a type ec2 does not have fits none of its actions', () => {
    const text = doc([statement('Ec2', ['ec2:*'], ['arn:aws:ec2:*:111122223333:no-such-type/*'])])
    expect(findings(text).map((f) => f.code)).toContain('RTC310')
  })

  test('the same pattern ARN in two statements gets the same answer in each', () => {
    const text = doc([
      statement('One', ['ec2:*'], ['arn:aws:ec2:*:111122223333:volume/*']),
      statement('Two', ['ec2:AttachVolume', 'ec2:DescribeVolumes'], ['arn:aws:ec2:*:111122223333:volume/*'])
    ])
    expect(findings(text).filter((f) => ['RTC307', 'RTC308', 'RTC310'].includes(f.code))).toEqual([])
  })
})

describe('RTC307: each Resource of a type the actions do not take is reported, repeats included', () => {
  test.each([4, 20])('%i resources, every other one the same wrong ARN', (count) => {
    // A user ARN for sts:AssumeRole (it acts on roles); the others are distinct wrong ARNs too.
    const resources = Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 'arn:aws:iam::111122223333:user/same' : `arn:aws:iam::111122223333:user/u${i}`))
    const wrong = findings(doc([statement('S', ['sts:AssumeRole'], resources)])).filter((f) => f.code === 'RTC307')
    expect(wrong).toHaveLength(count)
    expect(wrong.filter((f) => f.message.startsWith('arn:aws:iam::111122223333:user/same '))).toHaveLength(count / 2)
  })
})

describe('RTC107 speaks where a repeated Sid is refused: IAM, SNS and SQS', () => {
  const sids = (kind: 'identity' | 'trust' | 'resource' | 'scp' | 'endpoint', statements: unknown[]) =>
    lintPolicyText('p.json', doc(statements), kind).findings.filter((f) => f.code === 'RTC107')
  const account = { AWS: 'arn:aws:iam::111122223333:root' }

  test('identity and trust policies (IAM: the Sid must be unique within a JSON policy)', () => {
    expect(sids('identity', [statement('A', ['s3:GetObject'], ['arn:aws:s3:::b/*']), statement('A', ['s3:PutObject'], ['arn:aws:s3:::b/*'])])).toHaveLength(1)
    const trust = { Sid: 'A', Effect: 'Allow', Principal: account, Action: 'sts:AssumeRole' }
    expect(sids('trust', [trust, { ...trust, Action: 'sts:TagSession' }])).toHaveLength(1)
  })

  test('SNS topic and SQS queue policies ("Every policy statement must have a unique ID")', () => {
    const sqs = { Sid: 'A', Effect: 'Allow', Principal: account, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:111122223333:q' }
    expect(sids('resource', [sqs, { ...sqs, Action: 'sqs:ReceiveMessage' }])).toHaveLength(1)
    const sns = { Sid: 'A', Effect: 'Allow', Principal: account, Action: 'SNS:Publish', Resource: 'arn:aws:sns:us-east-1:111122223333:t' }
    expect(sids('resource', [sns, { ...sns, Action: 'SNS:Subscribe' }])).toHaveLength(1)
  })

  test('not an S3 bucket policy: S3 stores one with a Sid repeated, as it stores one with none', () => {
    const deny = { Sid: 'DenyHttp', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
    expect(sids('resource', [deny, { ...deny, Action: 's3:DeleteBucket' }])).toEqual([])
  })

  test('not where no service is documented to refuse it (other resource policies, SCPs, endpoint policies)', () => {
    const key = { Sid: 'A', Effect: 'Allow', Principal: account, Action: 'kms:Decrypt', Resource: '*' }
    expect(sids('resource', [key, { ...key, Action: 'kms:Encrypt' }])).toEqual([])
    const scp = { Sid: 'A', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }
    expect(sids('scp', [scp, { ...scp, Action: 's3:PutBucketPolicy' }])).toEqual([])
    const endpoint = { Sid: 'A', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }
    expect(sids('endpoint', [endpoint, { ...endpoint, Action: 's3:PutObject' }])).toEqual([])
  })
})

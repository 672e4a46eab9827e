// RTC301 on a bucket or IAM name holding a character no such name can: a
// look-alike letter from another script (Cyrillic "а", "о", "у"), a Unicode
// hyphen, a space. S3 bucket names are ASCII letters, digits, dots, hyphens
// (and underscores in the oldest buckets); IAM names and paths are printable
// ASCII without spaces. The ARN then matches nothing, and the statement grants
// (or denies) nothing on the resource it seems to name.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const identity = (Action: string, Resource: string) =>
  lintPolicyText('p.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] }), 'identity').findings
const trust = (principal: string) =>
  lintPolicyText('t.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }] }), 'trust').findings
const rtc301 = (findings: { code: string; message: string }[]) => findings.filter((f) => f.code === 'RTC301')

describe('RTC301: a character no bucket or IAM name can hold', () => {
  test.each([
    ['a Cyrillic "у" in a bucket name', 's3:GetObject', 'arn:aws:s3:::mу-reports/*', 'U+0443 ("у")'],
    ['a Unicode hyphen (U+2010) in a bucket name', 's3:GetObject', 'arn:aws:s3:::my‐reports/*', 'U+2010'],
    ['a space in a bucket name', 's3:ListBucket', 'arn:aws:s3:::my reports', 'U+0020'],
    ['a Cyrillic "о" in a role name', 'iam:PassRole', 'arn:aws:iam::111122223333:role/deplоy', 'U+043E ("о")'],
    ['a space after a role name', 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/deploy ', 'U+0020'],
    ['a non-breaking space in a user path', 'iam:GetUser', 'arn:aws:iam::111122223333:user/ops\u00a0team/alice', 'U+00A0']
  ])('%s', (_name, action, resource, shown) => {
    const [f, ...more] = rtc301(identity(action, resource))
    expect(more).toEqual([])
    expect(f.message).toContain(shown)
    expect(f.message).toContain('the ARN matches nothing')
  })

  test('a trust policy principal with a look-alike letter names nobody', () => {
    const [f] = rtc301(trust('arn:aws:iam::111122223333:role/dеploy'))
    expect(f.message).toContain('U+0435')
  })

  test.each([
    ['an object key holds any character', 's3:GetObject', 'arn:aws:s3:::reports/отчёты/2026 Q1/*'],
    ['an old us-east-1 bucket with capitals and underscores', 's3:GetObject', 'arn:aws:s3:::Legacy_Reports/*'],
    ['wildcards', 's3:GetObject', 'arn:aws:s3:::reports-*-?/*'],
    ['a policy variable whose tag key is not ASCII', 's3:GetObject', 'arn:aws:s3:::${aws:PrincipalTag/équipe}-data/*'],
    ['a template blank with a space', 's3:GetObject', 'arn:aws:s3:::<bucket name>/*'],
    ['a template blank in brackets', 's3:GetObject', 'arn:aws:s3:::[BUCKET NAME]/*'],
    ['a placeholder not in ASCII (RTC616 says so)', 's3:GetObject', 'arn:aws:s3:::<имя>/*'],
    ['an access point ARN (not a bucket name)', 's3:GetObject', 'arn:aws:s3:us-east-1:111122223333:accesspoint/reports/object/*'],
    ['an IAM name with the characters IAM takes', 'iam:PassRole', 'arn:aws:iam::111122223333:role/service-role/a+b=c,d.e@f_g-h']
  ])('not for %s', (_name, action, resource) => {
    expect(rtc301(identity(action, resource)).filter((f) => f.message.includes('can hold'))).toEqual([])
  })

  test("CloudFront's origin access identity principal has spaces by design", () => {
    const findings = lintPolicyText(
      'b.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }]
      }),
      'resource'
    ).findings
    expect(rtc301(findings)).toEqual([])
  })
})

describe('a character outside ASCII in a name IAM writes in ASCII is named in the finding', () => {
  // The value looks right as quoted: the finding says which character is not what it seems.
  const findingsOf = (statement: Record<string, unknown>, kind: 'identity' | 'trust' = 'identity') =>
    lintPolicyText('p.json', JSON.stringify({ Version: '2012-10-17', Statement: [statement] }), kind).findings

  test.each([
    ['a Cyrillic "О" in an action (RTC201)', { Effect: 'Allow', Action: 's3:GetОbject', Resource: 'arn:aws:s3:::reports/*' }, 'identity', 'RTC201', 'U+041E ("О")'],
    ['a zero-width space in an action (RTC201)', { Effect: 'Allow', Action: 's3:Get\u200bObject', Resource: 'arn:aws:s3:::reports/*' }, 'identity', 'RTC201', 'U+200B'],
    ['a Cyrillic "А" in Effect (RTC108)', { Effect: 'Аllow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }, 'identity', 'RTC108', 'U+0410 ("А")'],
    ['a Cyrillic "е" in a service principal (RTC128)', { Effect: 'Allow', Principal: { Service: 'еc2.amazonaws.com' }, Action: 'sts:AssumeRole' }, 'trust', 'RTC128', 'U+0435 ("е")']
  ] as const)('%s', (_name, statement, kind, code, shown) => {
    const [f] = findingsOf(statement, kind).filter((x) => x.code === code)
    expect(f.message).toContain(`It holds ${shown}, which is not ASCII`)
  })

  test('an ASCII mistake gets no such note', () => {
    const [f] = findingsOf({ Effect: 'allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }).filter((x) => x.code === 'RTC108')
    expect(f.message).toBe('Effect is "allow"; IAM accepts only "Allow" or "Deny".')
  })
})

describe('RTC307 and RTC309 on a Deny say it denies nothing (an SCP that protects nothing), not that it grants nothing', () => {
  const scp = (Action: string, Resource: string) =>
    lintPolicyText('scp.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action, Resource }] }), 'scp').findings

  test('RTC307: a resource the denied action does not act on', () => {
    const [f] = scp('s3:GetObject', 'arn:aws:s3:::reports').filter((x) => x.code === 'RTC307')
    expect(f.message).toBe('arn:aws:s3:::reports is not a resource s3:GetObject acts on (accesspointobject, object), so statement 1 denies nothing on it.')
  })

  test('RTC309: an action authorised on "*" only, denied on an ARN', () => {
    // AWS's own SCP example denies lambda:CreateEventSourceMapping on a function ARN.
    const [f] = scp('lambda:CreateEventSourceMapping', 'arn:aws:lambda:*:*:function:critical-*').filter((x) => x.code === 'RTC309')
    expect(f.message).toMatch(/the ARN may deny nothing\.$/)
  })
})

describe('RTC615 says which accounts a partial account wildcard reaches', () => {
  const rtc615 = (Resource: string) =>
    lintPolicyText('p.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource }] }), 'identity').findings.filter((f) => f.code === 'RTC615')

  test('"*" reaches every account', () => {
    expect(rtc615('arn:aws:sqs:us-east-1:*:jobs')[0].message).toBe('arn:aws:sqs:us-east-1:*:jobs matches that resource in every AWS account (wildcard account id).')
  })

  test('"1234567890??" reaches the hundred accounts whose ids fit it, not every account', () => {
    expect(rtc615('arn:aws:sqs:us-east-1:1234567890??:jobs')[0].message).toBe(
      'arn:aws:sqs:us-east-1:1234567890??:jobs matches that resource in every AWS account whose id fits "1234567890??" (wildcard in the account id), whoever owns them.'
    )
  })
})

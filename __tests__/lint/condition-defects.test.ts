// Condition defects the statement cannot survive: an operator IAM does not
// know as written (RTC401), an operator that cannot compare the key's type
// (RTC409), and a service key none of the statement's actions sends (RTC410).
// Each must stay quiet on the forms that do work.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const policy = (Action: unknown, Condition: unknown, Resource: unknown = '*') =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource, Condition }] })
const codesOf = (text: string) => lintPolicyText('p.json', text, 'identity').findings.map((f) => f.code)

describe('RTC401: operator names are read case-sensitively, as IAM reads them', () => {
  const findingsOf = (condition: unknown) => lintPolicyText('p.json', policy('s3:GetObject', condition), 'identity').findings.filter((f) => f.code === 'RTC401')

  test.each([
    ['stringEquals', 'StringEquals'],
    ['STRINGLIKE', 'StringLike'],
    ['forAnyValue:StringEquals', 'ForAnyValue:StringEquals'],
    ['ForAllValues:stringlike', 'ForAllValues:StringLike'],
    ['StringEqualsifExists', 'StringEqualsIfExists'],
    ['arnlike', 'ArnLike'],
    ['bool', 'Bool']
  ])('%s is refused by IAM: an error that names the spelling (%s)', (written, spelled) => {
    const [f] = findingsOf({ [written]: { 'aws:PrincipalTag/team': 'etl' } })
    expect(f.severity).toBe('error')
    expect(f.message).toBe(`"${written}" is not a condition operator as written: IAM reads operator names case-sensitively and refuses the policy (MalformedPolicyDocument: Invalid Condition type).`)
    expect(f.hint).toBe(`Write ${spelled}.`)
  })

  test('operators spelt as IAM spells them are not reported; a name that is no operator in any case says so', () => {
    for (const op of ['StringEquals', 'ForAnyValue:StringLike', 'ForAllValues:StringEqualsIgnoreCase', 'ArnLikeIfExists', 'Bool', 'Null']) {
      expect([op, findingsOf({ [op]: { 'aws:PrincipalTag/team': op === 'Bool' || op === 'Null' ? 'true' : 'etl' } })]).toEqual([op, []])
    }
    expect(findingsOf({ StringEqualz: { 'aws:PrincipalTag/team': 'etl' } })[0].message).toBe('"StringEqualz" is not a condition operator.')
  })
})

describe('RTC409: the operator cannot compare the key', () => {
  test.each([
    ['IpAddress on an ARN key', { IpAddress: { 'aws:SourceArn': '203.0.113.0/24' } }],
    ['NumericLessThan on a string key, with a value that is no number', { NumericLessThan: { 's3:prefix': 'home/${aws:username}' } }],
    ['DateGreaterThan on a string key, with a value that is no date', { DateGreaterThan: { 'aws:username': 'alice' } }],
    ['Bool on a date key', { Bool: { 'aws:CurrentTime': 'true' } }],
    ['DateGreaterThan on an IP key', { DateGreaterThan: { 'aws:SourceIp': '2026-01-01T00:00:00Z' } }],
    ['ArnLike on a boolean key', { ArnLike: { 'aws:SecureTransport': 'arn:aws:s3:::x' } }],
    ['a set operator with IfExists keeps the type', { 'ForAnyValue:NumericEqualsIfExists': { 'aws:TagKeys': 'team' } }]
  ])('%s', (_name, condition) => {
    expect(codesOf(policy('s3:GetObject', condition))).toContain('RTC409')
  })

  test.each([
    ['String operators on any key', { StringEquals: { 'aws:SourceArn': 'arn:aws:s3:::x' } }],
    ['Null on any key', { Null: { 'aws:CurrentTime': 'false' } }],
    ['Arn operators on an ARN key', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } }],
    ['Numeric operators on a date key (epoch seconds)', { NumericGreaterThan: { 'aws:EpochTime': '1767225600' } }],
    ['an unknown key (RTC405 says so)', { NumericLessThan: { 'aws:nosuchkey': '3' } }],
    // S3 Glacier Developer Guide, vault lock policy: the reference types glacier:ArchiveAgeInDays as a string.
    ['a Numeric operator on a string key holding a number', { NumericLessThan: { 'glacier:ArchiveAgeInDays': '365' } }],
    ['a Date operator on a string key holding a date', { DateLessThan: { 'aws:PrincipalTag/expires': '2027-01-01T00:00:00Z' } }]
  ])('not for %s', (_name, condition) => {
    expect(codesOf(policy('s3:GetObject', condition))).not.toContain('RTC409')
  })

  test("the S3 Glacier guide's vault lock policy gives no finding", () => {
    const lock = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'deny-based-on-archive-age',
          Principal: '*',
          Effect: 'Deny',
          Action: 'glacier:DeleteArchive',
          Resource: 'arn:aws:glacier:us-west-2:123456789012:vaults/examplevault',
          Condition: { NumericLessThan: { 'glacier:ArchiveAgeInDays': '365' } }
        }
      ]
    }
    expect(lintPolicyText('p.json', JSON.stringify(lock, null, 2), 'resource').findings).toEqual([])
  })
})

describe('RTC411: a String operator on a typed key compares text', () => {
  test.each([
    ['StringEquals on a boolean key', { StringEquals: { 'aws:MultiFactorAuthPresent': 'true' } }],
    ['StringEquals on a numeric key', { StringEquals: { 's3:signatureage': '600000' } }],
    ['StringLike on an IP key', { StringLike: { 'aws:SourceIp': '203.0.113.*' } }],
    ['StringNotEqualsIfExists on a date key', { StringNotEqualsIfExists: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }]
  ])('%s', (_name, condition) => {
    const codes = codesOf(policy('s3:ListBucket', condition, 'arn:aws:s3:::reports'))
    expect(codes).toContain('RTC411')
    expect(codes).not.toContain('RTC409')
  })

  test.each([
    ['a String operator on an ARN key (documented)', { StringEquals: { 'aws:SourceArn': 'arn:aws:s3:::x' } }],
    ['a String operator on a string key', { StringLike: { 's3:prefix': 'home/*' } }],
    ['the key\'s own operator', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }],
    ['Null on a boolean key', { Null: { 'aws:MultiFactorAuthPresent': 'false' } }]
  ])('not for %s', (_name, condition) => {
    expect(codesOf(policy('s3:ListBucket', condition, 'arn:aws:s3:::reports'))).not.toContain('RTC411')
  })

  test('not for a value that is a policy variable: IAM takes variables in String and ARN operators only', () => {
    // The IAM User Guide's policy that keeps EC2 instance credentials on their instance.
    const onInstance = { StringNotEquals: { 'aws:EC2InstanceSourcePrivateIPv4': '${aws:VpcSourceIp}' }, Null: { 'ec2:SourceInstanceARN': 'false' } }
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: onInstance }] })
    expect(codesOf(text)).not.toContain('RTC411')
    // A variable beside a literal address, or inside other text, is still compared as text.
    expect(codesOf(policy('s3:ListBucket', { StringEquals: { 'aws:SourceIp': ['${aws:VpcSourceIp}', '192.0.2.1'] } }, 'arn:aws:s3:::reports'))).toContain('RTC411')
    expect(codesOf(policy('s3:ListBucket', { StringLike: { 'aws:SourceIp': '${aws:VpcSourceIp}*' } }, 'arn:aws:s3:::reports'))).toContain('RTC411')
  })
})

describe('RTC413: a String operator on an ARN key, given a value that is no ARN', () => {
  const findingsOf = (condition: unknown) =>
    lintPolicyText('p.json', policy('s3:ListBucket', condition, 'arn:aws:s3:::reports'), 'identity').findings.filter((f) => f.code === 'RTC413')

  test('an account id under aws:PrincipalArn (aws:PrincipalAccount was meant): an error that says so, on the value', () => {
    const [f, ...more] = findingsOf({ StringEquals: { 'aws:PrincipalArn': '111122223333' } })
    expect(more).toEqual([])
    expect(f.severity).toBe('error')
    expect(f.message).toBe('aws:PrincipalArn holds ARNs, and "111122223333" is an account id: StringEquals never matches it as intended.')
    expect(f.hint).toBe("To test the caller's or the source's account, use aws:PrincipalAccount or aws:SourceAccount; to name a principal or resource, give its full ARN.")
    expect(f.column).toBeGreaterThan(1)
  })

  test('a negated operator: it then limits nothing, and the message says so', () => {
    const [f] = findingsOf({ StringNotEquals: { 'aws:SourceArn': 'my-bucket' } })
    expect(f.message).toBe('aws:SourceArn holds ARNs, and "my-bucket" is no ARN: StringNotEquals never matches it as intended (a negated operator is then true for every request, so it limits nothing).')
    expect(f.hint).toBe('Give the full ARN (arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE).')
  })

  test('each value is read: one finding per value that is no ARN, a number included', () => {
    const found = findingsOf({ StringEquals: { 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/etl', 'etl', 111122223333] } })
    expect(found.map((f) => f.message.split('"')[1])).toEqual(['etl', '111122223333'])
  })

  test.each([
    ['a full ARN', { StringEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/etl' } }],
    ['an ARN in capitals under the case-blind operator', { StringEqualsIgnoreCase: { 'aws:PrincipalArn': 'ARN:AWS:IAM::111122223333:ROLE/ETL' } }],
    ['a StringLike pattern that can match an ARN', { StringLike: { 'aws:SourceArn': '*:reports' } }],
    ['a policy variable', { StringEquals: { 'aws:SourceArn': '${aws:PrincipalArn}' } }],
    ['a template placeholder', { StringEquals: { 'aws:PrincipalArn': '<ROLE_ARN>' } }],
    ['a key of another type', { StringEquals: { 'aws:SourceAccount': '111122223333' } }],
    ['Null on an ARN key', { Null: { 'aws:SourceArn': 'false' } }],
    ['an Arn operator (RTC402 reads its values)', { ArnEquals: { 'aws:SourceArn': 'my-bucket' } }]
  ])('not for %s', (_name, condition) => {
    expect(findingsOf(condition)).toEqual([])
  })
})

describe('RTC407: the account part of an ARN a condition compares', () => {
  // An ARN key's value is a real resource's or principal's ARN, whose account
  // part is 12 digits (or empty, or "aws" for AWS's own resources): a value
  // whose account part is anything else never matches it.
  const findingsOf = (condition: unknown) =>
    lintPolicyText('p.json', policy('s3:ListBucket', condition, 'arn:aws:s3:::reports'), 'identity').findings.filter((f) => f.code === 'RTC407')

  test('11 digits under ArnNotEquals on aws:PrincipalArn: the Deny then refuses the exempt role too, an error on the value', () => {
    const [f, ...more] = findingsOf({ ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::12345678901:role/Admin' } })
    expect(more).toEqual([])
    expect(f.severity).toBe('error')
    expect(f.message).toBe(
      'aws:PrincipalArn value arn:aws:iam::12345678901:role/Admin names the account 12345678901, of 11 digits, not 12: no ARN has it, so ArnNotEquals never matches it as intended (a negated operator is then true for every request, so it limits nothing).'
    )
    expect(f.hint).toBe('Use the 12-digit account id (keep leading zeros).')
    expect(f.column).toBeGreaterThan(1)
  })

  test.each([
    ['an unfilled account under StringEquals on an ARN key', { StringEquals: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:account-id:trail/x' } }, 'account-id'],
    ['under ArnLike', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:ACCOUNT_ID:topic' } }, 'ACCOUNT_ID'],
    ['an Arn operator on a String key that holds ARNs', { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-west-2:1111222233334:log-group:g' } }, '1111222233334']
  ])('%s', (_name, condition, account) => {
    expect(findingsOf(condition).map((f) => f.message.split(' names the account ')[1].split(/[,:] /)[0])).toEqual([account])
  })

  test.each([
    ['a 12-digit account', { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:topic' } }],
    ['no account (S3)', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::reports' } }],
    ["AWS's own account", { ArnEquals: { 'aws:SourceArn': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } }],
    ["a partner policy's (AWS's AccountManagementFromVercel names one)", { StringEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::partner:policy/permissions-boundary/vercel.com/Boundary' } }],
    ['an account wildcard under an Arn operator', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:reports' } }],
    ['a pattern under StringLike that may span the parts', { StringLike: { 'aws:SourceArn': 'arn:aws:*:role/x' } }],
    ['a policy variable', { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::${aws:PrincipalAccount}:role/x' } }],
    ['a template placeholder (RTC616)', { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::<ACCOUNT>:role/x' } }],
    ['a String operator on a String key', { StringLike: { 's3:prefix': 'arn:aws:iam::1:role/x' } }]
  ])('not for %s', (_name, condition) => {
    expect(findingsOf(condition)).toEqual([])
  })
})

describe('the Region part of an ARN a condition compares: RTC402 under an Arn operator, RTC413 under a String operator', () => {
  const findingsOf = (condition: unknown) =>
    lintPolicyText('p.json', policy('s3:ListBucket', condition, 'arn:aws:s3:::reports'), 'identity').findings.filter((f) => f.code === 'RTC402' || f.code === 'RTC413')

  test('a Region with a hyphen missing under ArnLike on aws:SourceArn: an error on the value that names the part', () => {
    const [f, ...more] = findingsOf({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east1:111122223333:alerts' } })
    expect(more).toEqual([])
    expect(f.code).toBe('RTC402')
    expect(f.severity).toBe('error')
    expect(f.message).toBe('aws:SourceArn value arn:aws:sns:us-east1:111122223333:alerts names the Region "us-east1", which is no Region name: no ARN has it, so ArnLike never matches it as intended.')
    expect(f.hint).toBe('Write the Region as AWS names it (lower case, two hyphens: us-east-1), or leave it empty where the resource has none.')
  })

  test('an unfilled Region under StringNotEquals on an ARN key: RTC413, and the negation limits nothing', () => {
    const [f] = findingsOf({ StringNotEquals: { 'aws:SourceArn': 'arn:aws:cloudtrail:region:111122223333:trail/t' } })
    expect(f.code).toBe('RTC413')
    expect(f.message).toContain('names the Region "region"')
    expect(f.message).toContain('(a negated operator is then true for every request, so it limits nothing)')
  })

  test.each([
    ['a Region name', { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:eu-central-1:111122223333:alerts' } }],
    ['no Region (a global resource)', { ArnEquals: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E1' } }],
    ['a Region in capitals under StringEqualsIgnoreCase', { StringEqualsIgnoreCase: { 'aws:SourceArn': 'ARN:AWS:SNS:US-EAST-1:111122223333:ALERTS' } }],
    ['a Region wildcard', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-*:111122223333:alerts' } }],
    ['a StringLike pattern that may span the parts', { StringLike: { 'aws:SourceArn': 'arn:aws:*:alerts' } }],
    ['a policy variable', { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:${aws:RequestedRegion}:111122223333:alerts' } }],
    ['a template placeholder (RTC616)', { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:<REGION>:111122223333:alerts' } }]
  ])('not for %s', (_name, condition) => {
    expect(findingsOf(condition)).toEqual([])
  })
})

describe('RTC305: aws:PrincipalArn compared with an IAM or STS ARN of no principal it holds', () => {
  // aws:PrincipalArn holds the ARN of the user or role (a role's, never its
  // session's: RTC415), the account root or a federated user, in lower case.
  const findingsOf = (condition: unknown) =>
    lintPolicyText('p.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: '*', Condition: condition }] }), 'scp').findings.filter(
      (f) => f.code === 'RTC305'
    )

  test('"roles/" under ArnNotLike in a Deny: the exempt role is refused too, an error on the value', () => {
    const [f, ...more] = findingsOf({ ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:roles/Admin' } })
    expect(more).toEqual([])
    expect(f.severity).toBe('error')
    expect(f.message).toBe(
      'aws:PrincipalArn holds the ARN of an IAM user or role, the account root or a federated user, and "roles" in arn:aws:iam::*:roles/Admin names none of them: ArnNotLike never matches it as intended (a negated operator is then true for every request, so it limits nothing).'
    )
    expect(f.hint).toBe('Write "role/".')
  })

  test.each([
    ['a type in capitals (IAM matches ARNs with case)', { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:Role/Admin' } }, 'Write "role/".'],
    ['the service in capitals', { StringNotLike: { 'aws:PrincipalArn': 'arn:aws:IAM::*:role/Admin' } }, 'Write "iam".'],
    ['a group, which is never a principal', { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:group/Admins' } }, 'Write arn:aws:iam::ACCOUNT:role/NAME (a path before the name is part of it), user/NAME or root.'],
    ['an STS role ARN', { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:sts::111122223333:role/Admin' } }, 'Write arn:aws:iam::ACCOUNT:role/NAME (a path before the name is part of it), user/NAME or root.']
  ])('%s', (_name, condition, hint) => {
    expect(findingsOf(condition).map((f) => f.hint)).toEqual([hint])
  })

  test.each([
    ['a role', { ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/Admin', 'arn:aws:iam::*:role/ops/*'] } }],
    ['a user, the root and a federated user', { ArnEquals: { 'aws:PrincipalArn': ['arn:aws:iam::111122223333:user/alice', 'arn:aws:iam::111122223333:root', 'arn:aws:sts::111122223333:federated-user/bob'] } }],
    ['a role session (RTC415 says so)', { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:sts::111122223333:assumed-role/Admin/s' } }],
    ['a type wildcard', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:*' } }],
    ['any case under StringEqualsIgnoreCase', { StringEqualsIgnoreCase: { 'aws:PrincipalArn': 'ARN:AWS:IAM::111122223333:ROLE/ADMIN' } }],
    ['a StringLike pattern that may span the parts', { StringLike: { 'aws:PrincipalArn': 'arn:aws:*/Admin' } }],
    ['a policy variable', { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:${aws:PrincipalTag/type}/x' } }],
    ['another key', { ArnEquals: { 'aws:SourceArn': 'arn:aws:iam::111122223333:group/Admins' } }],
    // Read from the policy, a service part is looked up in a table: one that names a property every object has must find nothing (it threw).
    ['a service part named as a property of every object', { ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:constructor::111122223333:role/x', 'arn:aws:__proto__::111122223333:role/x', 'arn:aws:toString::111122223333:role/x'] } }]
  ])('not for %s', (_name, condition) => {
    expect(findingsOf(condition)).toEqual([])
  })
})

describe('RTC410: no action of the statement sends the key', () => {
  test('s3:prefix on EC2 actions', () => {
    expect(codesOf(policy(['ec2:DescribeInstances', 'ec2:StartInstances'], { StringLike: { 's3:prefix': 'home/*' } }))).toContain('RTC410')
  })

  // The key is never there, so an operator true when it is absent always matches: the condition limits nothing.
  test.each([
    ['a negated operator', { StringNotEquals: { 'iam:ResourceTag/status': 'prod' } }],
    ['IfExists', { StringLikeIfExists: { 's3:prefix': 'home/*' } }],
    ['ForAllValues', { 'ForAllValues:StringEquals': { 's3:prefix': 'home/' } }]
  ])('%s on a key no action sends: always true', (_name, condition) => {
    const findings = lintPolicyText('p.json', policy(['ec2:DescribeInstances', 'ec2:StartInstances'], condition), 'identity').findings.filter((f) => f.code === 'RTC410')
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('is always true and limits nothing')])
  })

  test.each([
    ['the service is among the actions', 's3:ListBucket', { StringLike: { 's3:prefix': 'home/*' } }],
    ['a global key', 'ec2:DescribeInstances', { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } }],
    ['a context key the service puts on requests to others', 'ec2:CreateNetworkInterface', { StringEquals: { 'glue:RoleAssumedBy': 'glue.amazonaws.com' } }],
    ['an operator true when the key is absent, with the key\'s service', 's3:ListBucket', { StringNotLike: { 's3:prefix': 'home/*' } }],
    ['Null', 'ec2:DescribeInstances', { Null: { 's3:prefix': 'true' } }],
    ['a wildcard service', '*:Describe*', { StringLike: { 's3:prefix': 'home/*' } }]
  ])('not when %s', (_name, action, condition) => {
    expect(codesOf(policy(action, condition))).not.toContain('RTC410')
  })

  test('not with NotAction', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*', Condition: { StringLike: { 's3:prefix': 'x' } } }] })
    expect(codesOf(text)).not.toContain('RTC410')
  })
})

describe('RTC414: a String operator on an organization, VPC or VPC endpoint key, given a value of another form', () => {
  const findingsOf = (condition: unknown) =>
    lintPolicyText('p.json', policy('s3:GetObject', condition, 'arn:aws:s3:::reports/*'), 'identity').findings.filter((f) => f.code === 'RTC414')

  test('an account id under aws:PrincipalOrgID: an error on the value that names the slip', () => {
    const [f, ...more] = findingsOf({ StringEquals: { 'aws:PrincipalOrgID': '111122223333' } })
    expect(more).toEqual([])
    expect(f.severity).toBe('error')
    expect(f.message).toBe('aws:PrincipalOrgID holds an organization ID, and "111122223333" is an account id: StringEquals never matches it as intended.')
    expect(f.hint).toBe('Give an organization ID (such as "o-a1b2c3d4e5"), or test the account with aws:PrincipalAccount, aws:ResourceAccount or aws:SourceAccount.')
    // On the value itself.
    expect(f.column).toBe(policy('s3:GetObject', { StringEquals: { 'aws:PrincipalOrgID': '111122223333' } }, 'arn:aws:s3:::reports/*').indexOf('"111122223333"') + 1)
  })

  test('a VPC endpoint under aws:SourceVpc and a VPC under aws:SourceVpce, whatever the key\'s case; negated operators limit nothing', () => {
    expect(findingsOf({ StringEquals: { 'aws:sourceVpc': 'vpce-1a2b3c4d' } }).map((f) => f.message)).toEqual([expect.stringContaining('holds a VPC ID, and "vpce-1a2b3c4d" is a VPC endpoint ID')])
    const [f] = findingsOf({ StringNotEquals: { 'aws:SourceVpce': 'vpc-1a2b3c4d' } })
    expect(f.message).toContain('(a negated operator is then true for every request, so it limits nothing)')
    expect(findingsOf({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'ou-ab12-11111111/' } })).toHaveLength(1)
  })

  test('not for the forms AWS documents, patterns, variables or placeholders', () => {
    for (const condition of [
      { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      // Upper case is no such form: AWS sends organization IDs in lower case (see the upper-case tests below).
      { StringEquals: { 'aws:PrincipalOrgID': ['o-yourorgid', 'o-a1b2c3d4e5'] } },
      { StringNotEqualsIfExists: { 'aws:ResourceOrgID': '${aws:PrincipalOrgID}' } },
      { StringEquals: { 'aws:SourceOrgID': '<my-org-id>' } },
      { StringEquals: { 'aws:SourceVpc': 'vpc-111bbb22' } },
      { StringNotEquals: { 'aws:SourceVpce': ['vpce-1a2b3c4d', 'vpce-0123456789abcdef0'] } },
      { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*', '*/ou-ab12-22222222/*'] } },
      { 'ForAnyValue:StringEquals': { 'aws:ResourceOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ou-ab12-22222222/' } },
      { StringLike: { 'aws:SourceVpc': 'vpc-*' } },
      { Null: { 'aws:SourceVpc': 'true' } }
    ]) {
      expect({ condition, found: findingsOf(condition) }).toEqual({ condition, found: [] })
    }
  })
})

describe('RTC414 on Region keys: aws:RequestedRegion and ec2:Region hold a Region name', () => {
  const findingsOf = (condition: unknown) =>
    lintPolicyText('p.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*', Condition: condition }] }), 'scp').findings.filter((f) => f.code === 'RTC414')

  test('a misspelt or zonal Region never matches: in a region-deny SCP the negation then denies every Region', () => {
    const found = findingsOf({ StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east1', 'us-east-1a', 'US-EAST-1'] } })
    expect(found.map((f) => f.message.split('"')[1])).toEqual(['us-east1', 'us-east-1a', 'US-EAST-1'])
    expect(found[1].message).toBe('aws:RequestedRegion holds a Region name, and "us-east-1a" is an Availability Zone: StringNotEquals never matches it as intended (a negated operator is then true for every request, so it limits nothing).')
  })

  test('not for the Regions of every partition, patterns, a case-blind operator, or variables', () => {
    for (const condition of [
      { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-gov-west-1', 'cn-northwest-1', 'us-isob-east-1', 'ap-southeast-7', 'mx-central-1'] } },
      { StringNotLike: { 'aws:RequestedRegion': ['eu-*', 'us-*-1'] } },
      { StringNotEqualsIgnoreCase: { 'aws:RequestedRegion': 'EU-WEST-1' } },
      { StringEquals: { 'ec2:Region': '${aws:RequestedRegion}' } }
    ]) {
      expect({ condition, found: findingsOf(condition) }).toEqual({ condition, found: [] })
    }
  })
})

// IAM User Guide, aws:SourceIp: the key holds the public address a request comes from, and a request through a VPC
// endpoint has none (aws:VpcSourceIp holds the VPC address then); AWS: "Only public IP addresses or public IP ranges
// are supported". A range inside the private blocks (RFC 1918, IPv6 unique local fc00::/7) never matches.
describe('RTC627: aws:SourceIp given a private range', () => {
  const text = (Condition: unknown, Effect = 'Allow') =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition }] }, null, 2)
  const at = (t: string) => lintPolicyText('p.json', t, 'identity').findings.filter((f) => f.code === 'RTC627').map((f) => `${f.severity} ${t.split('\n')[f.line - 1].trim()}`)

  test.each(['10.0.0.0/8', '10.1.2.0/24', '172.16.0.0/12', '172.31.255.7', '192.168.0.0/16', '192.168.1.10/32', 'fd00::/8', 'fc00::/7', 'FD12:3456:789a::1'])('%s is reported, on its line', (range) => {
    expect(at(text({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', range] } }))).toEqual([`error "${range}"`])
  })

  test('an IPv6 address with no prefix length is one address or the /32 around it (RTC416): private under both readings', () => {
    const found = lintPolicyText('p.json', text({ IpAddress: { 'aws:SourceIp': 'fd12:3456:789a::1' } }), 'identity').findings.map((f) => f.code)
    expect(found.sort()).toEqual(['RTC416', 'RTC627'])
  })

  test('under NotIpAddress in a Deny too (it then denies every request from those addresses and more), in any case of the key', () => {
    expect(at(text({ NotIpAddress: { 'AWS:SourceIP': '10.0.0.0/8' } }, 'Deny'))).toEqual(['error "AWS:SourceIP": "10.0.0.0/8"'])
  })

  test.each(['203.0.113.0/24', '8.8.8.8', '172.32.0.0/16', '172.15.0.1', '11.0.0.0/8', '10.0.0.0/7', '192.169.0.0/16', '0.0.0.0/0', '2001:db8::/32', 'fe80::1', '::/0'])('%s is not (public, or reaching past the private blocks)', (range) => {
    expect(at(text({ IpAddress: { 'aws:SourceIp': range } }))).toEqual([])
  })

  test('aws:VpcSourceIp takes private ranges: not reported; nor a String operator, a variable or a placeholder', () => {
    expect(at(text({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/8' } }))).toEqual([])
    expect(at(text({ StringEquals: { 'aws:SourceIp': '10.0.0.1' } }))).toEqual([])
    expect(at(text({ IpAddress: { 'aws:SourceIp': '${aws:VpcSourceIp}' } }))).toEqual([])
  })
})

// IAM User Guide, global condition keys: aws:SourceIp is "included in the request context, except when the requester
// uses a VPC endpoint", and aws:SourceVpc, aws:SourceVpce, aws:VpcSourceIp, aws:VpceAccount, aws:VpceOrgID and
// aws:VpceOrgPaths are included only when it does. A statement that needs both present matches no request.
describe('RTC628: aws:SourceIp required together with a key only VPC endpoint requests carry', () => {
  const text = (Condition: unknown, Effect = 'Allow') =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect, Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition }] }, null, 2)
  const at = (t: string) => lintPolicyText('p.json', t, 'resource').findings.filter((f) => f.code === 'RTC628').map((f) => `${f.severity} ${t.split('\n')[f.line - 1].trim()}`)

  test.each([
    ['StringEquals', 'aws:SourceVpce', 'vpce-1a2b3c4d'],
    ['StringEquals', 'aws:SourceVpc', 'vpc-111bbb22'],
    ['StringLike', 'aws:SourceVpce', 'vpce-*'],
    ['StringEquals', 'aws:VpceOrgID', 'o-a1b2c3d4e5'],
    ['ForAnyValue:StringLike', 'aws:VpceOrgPaths', 'o-a1b2c3d4e5/*']
  ])('IpAddress on aws:SourceIp with %s on %s: reported at aws:SourceIp', (operator, key, value) => {
    expect(at(text({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, [operator]: { [key]: value } }))).toEqual(['error "aws:SourceIp": "203.0.113.0/24"'])
  })

  test('aws:VpcSourceIp under the same IpAddress: reported once', () => {
    expect(at(text({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24', 'aws:VpcSourceIp': '10.0.0.0/16' } }))).toEqual(['error "aws:SourceIp": "203.0.113.0/24",'])
  })

  test('either side negated, IfExists or ForAllValues (true when the key is absent) is the documented "either" form: not reported', () => {
    expect(at(text({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }, 'Deny'))).toEqual([])
    expect(at(text({ IpAddressIfExists: { 'aws:SourceIp': '203.0.113.0/24' }, StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }))).toEqual([])
    expect(at(text({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }))).toEqual([])
    expect(at(text({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, 'ForAllValues:StringLike': { 'aws:VpceOrgPaths': 'o-a1b2c3d4e5/*' } }))).toEqual([])
    expect(at(text({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, Null: { 'aws:SourceVpce': 'true' } }))).toEqual([])
  })

  test('each alone, or in two statements, is not reported', () => {
    expect(at(text({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }))).toEqual([])
    expect(at(text({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }))).toEqual([])
  })
})

// IAM User Guide, aws:userid: the unique id of the caller (AIDA... for a user, AROA...:SESSION for a role session,
// the account id for the root user, ACCOUNT:NAME for a federated user, "anonymous"); aws:username: an IAM user's
// friendly name. Neither ever holds an ARN: the usual slip is a role's ARN under aws:userid in a bucket policy's
// "deny everyone but this role" statement, which then denies the role too.
describe('RTC414 on aws:userid and aws:username: an ARN is never their value', () => {
  const deny = (Condition: unknown) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition }] }, null, 2)
  const findingsOf = (condition: unknown) => lintPolicyText('p.json', deny(condition), 'resource').findings.filter((f) => f.code === 'RTC414')

  test.each([
    [{ StringNotLike: { 'aws:userId': ['AROAEXAMPLEID:*', 'arn:aws:iam::111122223333:role/admin'] } }, 'arn:aws:iam::111122223333:role/admin'],
    [{ StringNotLike: { 'aws:userid': 'arn:aws:sts::111122223333:assumed-role/admin/*' } }, 'arn:aws:sts::111122223333:assumed-role/admin/*'],
    [{ StringNotEquals: { 'aws:username': 'arn:aws:iam::111122223333:user/alice' } }, 'arn:aws:iam::111122223333:user/alice']
  ])('%j: reported on the ARN, wildcard or not', (condition, value) => {
    const found = findingsOf(condition)
    expect(found).toHaveLength(1)
    expect(found[0].severity).toBe('error')
    expect(found[0].message).toContain(`"${value}" is an ARN`)
    expect(found[0].message).toContain('a negated operator is then true for every request')
    expect(found[0].hint).toContain('aws:PrincipalArn')
  })

  test('the forms the key holds, patterns of them, variables and placeholders are not reported', () => {
    for (const condition of [
      { StringNotLike: { 'aws:userId': ['AROAEXAMPLEID:*', 'AIDAEXAMPLEID', '111122223333', '111122223333:*', 'anonymous'] } },
      { StringLike: { 'aws:userid': '*:${aws:username}' } },
      { StringEquals: { 'aws:username': ['alice', 'bob@example.com', '<user-name>'] } }
    ]) {
      expect({ condition, found: findingsOf(condition) }).toEqual({ condition, found: [] })
    }
  })
})

describe('RTC414: a value outside the STS API\'s documented form for sts:ExternalId, sts:RoleSessionName, sts:SourceIdentity', () => {
  const trust = (Condition: unknown) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'], Condition }] })
  const found = (Condition: unknown) => lintPolicyText('trust.json', trust(Condition), 'trust').findings.filter((f) => f.code === 'RTC414')

  test.each([
    // An empty external ID: AssumeRole refuses one shorter than 2 characters, so no request carries it.
    [{ StringEquals: { 'sts:ExternalId': '' } }, 'the empty string'],
    [{ StringEquals: { 'sts:ExternalId': 'x' } }, '"x"'],
    [{ StringEquals: { 'sts:ExternalId': 'shared secret' } }, '"shared secret"'],
    [{ StringLike: { 'sts:RoleSessionName': 'alice smith' } }, '"alice smith"'],
    [{ StringEquals: { 'sts:SourceIdentity': 'alice:admin' } }, '"alice:admin"']
  ])('%j is reported, as an error', (Condition, shown) => {
    const [f, ...more] = found(Condition)
    expect(more).toEqual([])
    expect(f.severity).toBe('error')
    expect(f.message).toContain(`and ${shown} is not`)
  })

  test('a negated operator limits nothing, and says so', () => {
    expect(found({ StringNotEquals: { 'sts:ExternalId': '' } })[0].message).toContain('a negated operator is then true for every request')
  })

  test.each([
    { StringEquals: { 'sts:ExternalId': 'Informatica-4711' } },
    { StringEquals: { 'sts:ExternalId': ['a1', 'arn:aws:iam::111122223333:role/x', 'user@example.com'] } },
    { StringEquals: { 'sts:ExternalId': 123456789012 } },
    { StringLike: { 'sts:ExternalId': 'tenant-*' } },
    { StringEquals: { 'sts:ExternalId': '${aws:PrincipalTag/tenant}' } },
    { StringEquals: { 'sts:ExternalId': '${ExternalId}' } },
    { StringEquals: { 'sts:RoleSessionName': '${aws:username}' } },
    { Null: { 'sts:ExternalId': 'false' } }
  ])('%j is not reported', (Condition) => {
    expect(found(Condition)).toEqual([])
  })
})

describe('RTC409: Bool, Numeric, Date or Arn operators on a String key whose every value has one form', () => {
  const found = (condition: unknown) => lintPolicyText('p.json', policy('s3:GetObject', condition, 'arn:aws:s3:::reports/*'), 'identity').findings.filter((f) => f.code === 'RTC409')

  test.each([
    // An organization ID is never "true" or "false": Bool on it never matches.
    [{ Bool: { 'aws:PrincipalOrgID': 'true' } }, 'never "true" or "false", so the condition never matches as written'],
    [{ BoolIfExists: { 'aws:ResourceOrgID': 'false' } }, 'so the condition is true only for requests without the key'],
    // A value with the characters of a number is no way out: a VPC ID is never a number.
    [{ NumericEquals: { 'aws:SourceVpc': '5' } }, 'never a number'],
    [{ NumericLessThan: { 'aws:SourceVpce': '10' } }, 'never a number'],
    [{ DateGreaterThan: { 'aws:RequestedRegion': '2026-01-01' } }, 'never a date'],
    [{ ArnEquals: { 'aws:PrincipalOrgPaths': 'arn:aws:organizations::111122223333:ou/o-a1b2c3d4e5/ou-ab12-11111111' } }, 'never an ARN'],
    // An account ID is twelve digits: never a boolean, never an ARN.
    [{ Bool: { 'aws:SourceAccount': 'true' } }, 'never "true" or "false"'],
    [{ ArnLike: { 'aws:ResourceAccount': 'arn:aws:iam::111122223333:*' } }, 'never an ARN']
  ])('%j', (condition, says) => {
    const [f, ...more] = found(condition)
    expect(more).toEqual([])
    expect(f.severity).toBe('error')
    expect(f.message).toContain(says)
  })

  test.each([
    // Twelve digits read as a number and as epoch seconds: a Numeric or Date operator can compare them.
    { NumericEquals: { 'aws:SourceAccount': '111122223333' } },
    { DateGreaterThan: { 'aws:PrincipalAccount': '111122223333' } },
    // Keys whose values may be any text (a user name can be "true" or "12345"), and Null on any key.
    { Bool: { 'aws:username': 'true' } },
    { NumericEquals: { 'aws:userid': '111122223333' } },
    { Null: { 'aws:PrincipalOrgID': 'false' } },
    { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }
  ])('not for %j', (condition) => {
    expect(found(condition)).toEqual([])
  })
})

describe('RTC409 is the one finding for an operator that cannot compare its key', () => {
  // One mistake (the operator), one finding: the values that do not fit that operator (RTC402) or that the wrong
  // operator made the author write in its form (RTC407) follow from it.
  const errorsOf = (condition: unknown, kind: 'identity' | 'resource' = 'identity') =>
    lintPolicyText('p.json', policy('s3:GetObject', condition, 'arn:aws:s3:::reports/*'), kind)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.code)

  test.each([
    // The account id written right, under Bool: not a boolean (RTC402 said so too).
    { Bool: { 'aws:SourceAccount': '111122223333' } },
    // "true" under Bool: not an account id (RTC407 said so too).
    { Bool: { 'aws:SourceAccount': 'true' } },
    { BoolIfExists: { 'aws:ResourceAccount': ['111122223333', 'false'] } },
    // A Numeric operator on an IP key, with a value that is no number.
    { NumericEquals: { 'aws:SourceIp': '203.0.113.0/24' } },
    // A Date operator on a boolean key, with a value that is no date.
    { DateGreaterThan: { 'aws:SecureTransport': 'true' } }
  ])('%j', (condition) => {
    expect(errorsOf(condition)).toEqual(['RTC409'])
  })

  test('values the operator cannot read are still RTC402 when the operator fits the key', () => {
    expect(errorsOf({ Bool: { 'aws:SecureTransport': 'yes' } })).toEqual(['RTC402'])
    expect(errorsOf({ StringEquals: { 'aws:SourceAccount': '11112222333' } })).toEqual(['RTC407'])
  })
})

describe('RTC414 and RTC402: organization IDs in upper case, IPv6 prefixes past 128 bits, wildcard IDs under a literal operator', () => {
  const findings = (condition: unknown, code: string) =>
    lintPolicyText('p.json', policy('s3:GetObject', condition, 'arn:aws:s3:::reports/*'), 'identity').findings.filter((f) => f.code === code)

  // Organizations API Reference: "o-" followed by 10 to 32 lowercase letters or digits (and "r-", "ou-" likewise).
  test.each([
    { StringEquals: { 'aws:PrincipalOrgID': 'O-A1B2C3D4E5' } },
    { StringNotEquals: { 'aws:ResourceOrgID': 'o-A1b2c3d4e5' } },
    { 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/R-AB12/' } }
  ])('%j: an upper-case organization ID is in no request', (condition) => {
    expect(findings(condition, 'RTC414')).toHaveLength(1)
  })

  test.each([
    { StringEqualsIgnoreCase: { 'aws:PrincipalOrgID': 'O-A1B2C3D4E5' } },
    { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }
  ])('%j is not reported', (condition) => {
    expect(findings(condition, 'RTC414')).toEqual([])
  })

  test('an IPv6 prefix longer than 128 bits is no range', () => {
    expect(findings({ NotIpAddress: { 'aws:SourceIp': '2001:db8::/129' } }, 'RTC402')).toHaveLength(1)
    expect(findings({ NotIpAddress: { 'aws:SourceIp': ['2001:db8::/128', '2001:DB8::/32', '::1'] } }, 'RTC402')).toEqual([])
  })

  test('a wildcard endpoint ID under StringNotEquals is named as no ID, not as one', () => {
    const [f] = findings({ StringNotEquals: { 'aws:SourceVpce': 'vpce-*' } }, 'RTC414')
    expect(f.message).toContain('"vpce-*" is none')
  })
})

describe('RTC415: aws:PrincipalArn is given a role session ARN, which it never holds', () => {
  // The IAM User Guide, aws:PrincipalArn: for an IAM role "the request context contains" the role's ARN
  // (arn:aws:iam::123456789012:role/role-name); "Do not specify the assumed role session ARN as a value for this
  // condition key." A session ARN (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION) there never matches.
  const on = (Effect: string, Condition: unknown) =>
    lintPolicyText(
      'b.json',
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect, Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::reports/*', Condition }] }),
      'resource'
    ).findings.filter((f) => f.code === 'RTC415')

  test('a Deny for everyone but the role, written with its sessions, denies the role too', () => {
    const [f, ...more] = on('Deny', { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:sts::111122223333:assumed-role/Admin/*' } })
    expect(more).toEqual([])
    expect(f.severity).toBe('error')
    expect(f.message).toBe(
      'aws:PrincipalArn holds the role\'s ARN for a request made with a role (arn:aws:iam::ACCOUNT:role/NAME), never a session ARN: "arn:aws:sts::111122223333:assumed-role/Admin/*" never matches it, so ArnNotLike is true for every request, the role\'s own included (it limits nothing).'
    )
    expect(f.hint).toBe('Write "arn:aws:iam::111122223333:role/Admin" (a path before the name is part of the role ARN: role/PATH/Admin).')
  })

  test.each([
    { ArnLike: { 'aws:PrincipalArn': 'arn:aws:sts::111122223333:assumed-role/Reader/alice' } },
    { StringLike: { 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/Writer', 'arn:aws:sts::111122223333:assumed-role/*'] } },
    // Arn operators compare part by part: a wildcard in the partition or account stays there.
    { ArnLike: { 'aws:PrincipalArn': 'arn:*:sts::*:assumed-role/*' } },
    { ArnEquals: { 'aws:principalarn': 'arn:aws-cn:sts::111122223333:assumed-role/Reader/bob' } }
  ])('%j', (condition) => {
    expect(on('Allow', condition)).toHaveLength(1)
  })

  test.each([
    // The role ARN, a federated user (the key holds its sts ARN), the account root, a pattern that may be any of them.
    { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Reader' } },
    { ArnLike: { 'aws:PrincipalArn': 'arn:aws:sts::111122223333:federated-user/alice' } },
    { ArnLike: { 'aws:PrincipalArn': 'arn:aws:sts::111122223333:*' } },
    { ArnLike: { 'aws:PrincipalArn': 'arn:aws:*::111122223333:*' } },
    // Another key: aws:SourceArn may well be an sts ARN.
    { ArnLike: { 'aws:SourceArn': 'arn:aws:sts::111122223333:assumed-role/Admin/*' } },
    // Under StringLike a "*" before the service may cross colons (a role path may hold ":sts::"): not certain.
    { StringLike: { 'aws:PrincipalArn': 'arn:*:sts::*:assumed-role/*' } },
    // A policy variable may stand for anything.
    { ArnLike: { 'aws:PrincipalArn': '${aws:PrincipalTag/arn}' } }
  ])('not for %j', (condition) => {
    expect(on('Allow', condition)).toEqual([])
  })
})

// RFC 4291, 2.2: an IPv6 address may end in dotted IPv4 (`::ffff:192.0.2.1`, an IPv4-mapped address), and the
// evaluator (evaluate/conditions.ts) reads it so; RTC402 called it "not an IP address or CIDR range".
describe('RTC402: IPv6 addresses written with a dotted IPv4 ending are addresses', () => {
  const rtc402 = (value: string) => lintPolicyText('p.json', policy('s3:GetObject', { IpAddress: { 'aws:SourceIp': value } }, 'arn:aws:s3:::b/*'), 'identity').findings.filter((f) => f.code === 'RTC402')

  test.each(['::ffff:192.0.2.1', '::ffff:192.0.2.0/120', '64:ff9b::198.51.100.7', '2001:db8::203.0.113.0/120'])('%s is not reported', (value) => {
    expect(rtc402(value)).toEqual([])
  })

  test.each(['::ffff:192.0.2.256', '::ffff:192.0.2', '::ffff:192.0.2.1/129', '192.0.2.1::'])('%s still is', (value) => {
    expect(rtc402(value)).toHaveLength(1)
  })
})

// Null tests whether a key is in the request ("checks if the key value exists as a standalone check", IAM User Guide,
// Condition operators); ForAllValues:/ForAnyValue: compare each of a multivalued key's values, ForAllValues: being
// true when the key is absent and ForAnyValue: false (Single-valued vs. multivalued context keys). AWS documents no
// set-qualified Null, and checks a multivalued key's presence with plain Null ("Null": {"aws:TagKeys": "false"}).
// ForAnyValue:Null and ForAllValues:Null were accepted silently.
describe('RTC408: a set operator on Null', () => {
  const rtc408 = (condition: unknown) => lintPolicyText('p.json', policy('iam:TagRole', condition, 'arn:aws:iam::111122223333:role/etl'), 'identity').findings.filter((f) => f.code === 'RTC408')

  test.each([
    ['ForAllValues:Null', 'aws:TagKeys', 'false', 'true when the key is absent'],
    ['ForAllValues:Null', 'aws:PrincipalTag/team', 'false', 'true when the key is absent'],
    ['ForAnyValue:Null', 'aws:TagKeys', 'true', 'false when the key is absent'],
    ['ForAnyValue:Null', 'aws:RequestTag/team', 'false', 'false when the key is absent']
  ])('%s on %s is a warning at the operator that says what the prefix does and to drop it', (op, key, value, absent) => {
    const findings = rtc408({ [op]: { [key]: value } })
    expect(findings).toHaveLength(1)
    expect(findings[0].severity).toBe('warning')
    expect(findings[0].message).toContain(`Null tests whether ${key} is in the request, not its values`)
    expect(findings[0].message).toContain(absent)
    expect(findings[0].hint).toBe(`Drop the ${op.split(':')[0]}: prefix: "Null": {"${key}": "false"} holds when ${key} is in the request, "true" when it is not.`)
  })

  test('plain Null, the form AWS documents for a multivalued key too, is not reported', () => {
    expect(rtc408({ Null: { 'aws:TagKeys': 'false' } })).toEqual([])
    expect(rtc408({ Null: { 'aws:PrincipalTag/team': 'true' } })).toEqual([])
  })
})

// ForAnyValue: on a single-valued key is false when the key is absent (IAM User Guide, "Single-valued vs. multivalued
// context keys"), while a negated operator alone is true then ("Condition operators": "If the policy condition
// requires that the key is not matched, such as StringNotLike ... and the right key is not present, the condition is
// true"). AWS's RAM SCP examples write ForAnyValue:StringNotEquals on ram:Principal, a String key the reference gives
// one value; the hint said only "Drop the ForAnyValue: prefix", which would make such a Deny also hold for every
// request that names no principal at all.
describe('RTC408: ForAnyValue: on a single-valued key, and how to drop it without changing what it does', () => {
  const rtc408 = (effect: string, condition: unknown) =>
    lintPolicyText(
      'p.json',
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: effect, Action: ['ram:CreateResourceShare', 'ram:AssociateResourceShare'], Resource: '*', Condition: condition }] }),
      'scp'
    ).findings.filter((f) => f.code === 'RTC408')

  test.each([
    ['ForAnyValue:StringNotEquals', 'arn:aws:organizations::123456789012:organization/o-12345abcdef'],
    ['ForAnyValue:StringNotLike', 'arn:aws:organizations::*:organization/*'],
    ['ForAnyValue:ArnNotLike', 'arn:aws:organizations::*:ou/*']
  ])('%s: the hint keeps the absent key out with Null, for the plain operator alone is true when the key is absent', (op, value) => {
    const findings = rtc408('Deny', { [op]: { 'ram:Principal': [value] } })
    expect(findings).toHaveLength(1)
    expect(findings[0].severity).toBe('warning')
    const plain = op.slice('ForAnyValue:'.length)
    expect(findings[0].hint).toBe(
      `Drop the ForAnyValue: prefix and add "Null": {"ram:Principal": "false"}: ${op} is false when ram:Principal is absent, and ${plain} alone is true then.`
    )
  })

  test('a positive operator reads the same without the prefix (both are false when the key is absent): the hint stays as it was', () => {
    const [f] = rtc408('Deny', { 'ForAnyValue:StringLike': { 'ram:Principal': ['arn:aws:organizations::*:organization/*', 'arn:aws:organizations::*:ou/*'] } })
    expect(f.message).toBe('ForAnyValue: is for multivalued keys; ram:Principal has one value.')
    expect(f.hint).toBe('Drop the ForAnyValue: prefix.')
  })

  test('ForAllValues: and a negated operator with IfExists keep the plain hint', () => {
    expect(rtc408('Deny', { 'ForAllValues:StringNotLike': { 'ram:Principal': 'arn:aws:organizations::*:ou/*' } })[0].hint).toBe('Drop the ForAllValues: prefix.')
    expect(rtc408('Deny', { 'ForAnyValue:StringNotLikeIfExists': { 'ram:Principal': 'arn:aws:organizations::*:ou/*' } })[0].hint).toBe('Drop the ForAnyValue: prefix.')
  })
})

// lintPolicyText: classification, positions, the shape of findings, and that
// no input makes it throw.
import fc from 'fast-check'
import { CHECKS } from '../../src/core/lint/checks.js'
import { lintPolicyText, POLICY_KINDS, type PolicyKind } from '../../src/core/lint/lint.js'
import { fixtureTexts } from '../support/fixtures.js'

const CODES = new Set(CHECKS.map((c) => c.code))
const doc = (value: unknown) => JSON.stringify(value, null, 2)
const codesOf = (text: string, kind?: PolicyKind) => lintPolicyText('p.json', text, kind).findings.map((f) => f.code)
const ROLE = 'arn:aws:iam::111122223333:role/etl'
const USER = 'arn:aws:iam::111122223333:user/etl'

describe('classification from content', () => {
  const cases: Array<[string, unknown, PolicyKind]> = [
    ['no Principal: identity', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }] }, 'identity'],
    ['Principal + sts:AssumeRole, no Resource: trust', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole' }] }, 'trust'],
    ['web identity: trust', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'accounts.google.com' }, Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'] }] }, 'trust'],
    ['a stray Resource keeps it a trust policy', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole', Resource: '*' }] }, 'trust'],
    ['KMS key policy: resource', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'kms:Decrypt', Resource: '*' }] }, 'resource'],
    ['bucket policy: resource', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ROLE }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }, 'resource'],
    // AWS's default VPC endpoint policy: an Allow of the bare "*" is no resource policy's grant.
    ['Allow of Action "*" to Principal "*": endpoint', { Statement: [{ Action: '*', Effect: 'Allow', Principal: '*', Resource: '*' }] }, 'endpoint'],
    [
      'Allow of two services\' actions: endpoint',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 'dynamodb:Query'], Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }] },
      'endpoint'
    ],
    // S3 User Guide, delegating access control to access points: a bucket policy may allow "*" on its own ARNs.
    [
      'Allow of Action "*" on a bucket\'s ARNs: resource',
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: '*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { StringEquals: { 's3:DataAccessPointAccount': '111122223333' } } }]
      },
      'resource'
    ],
    // aws-samples data-perimeter SNS topic policy: a resource policy may deny "*" on its resource.
    [
      'Deny of Action "*" beside one service\'s Allow: resource',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } },
          { Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'sns:Publish', Resource: 'arn:aws:sns:us-east-1:111122223333:t' }
        ]
      },
      'resource'
    ],
    // IAM refuses both the bare "*" and a Resource in a trust policy: STS actions with both are an RCP (all Deny) or an STS endpoint policy.
    ['STS Deny to bare "*" on Resource "*": rcp', { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'sts:TagSession', Resource: '*', Condition: { Null: { 'SAML:aud': 'true' } } }] }, 'rcp'],
    ['STS Allow to bare "*" on Resource "*": endpoint', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }] }, 'endpoint'],
    ['STS Allow to {"AWS": "*"} without Resource: trust', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }] }, 'trust']
  ]
  test.each(cases)('%s', (_name, value, kind) => {
    expect(lintPolicyText('p.json', doc(value)).kind).toBe(kind)
  })

  test('an explicit kind overrides the content', () => {
    const text = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: USER }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] })
    expect(lintPolicyText('p.json', text).kind).toBe('resource')
    const asIdentity = lintPolicyText('p.json', text, 'identity')
    expect(asIdentity.kind).toBe('identity')
    expect(asIdentity.findings.map((f) => f.code)).toContain('RTC114')
    const asTrust = lintPolicyText('p.json', text, 'trust')
    expect(asTrust.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['RTC112', 'RTC118']))
  })

  test('the kind decides which elements are required: a key policy needs Resource "*"', () => {
    const key = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'kms:Decrypt' }] }
    expect(codesOf(doc(key))).toContain('RTC111')
  })
})

describe('findings', () => {
  test('carry file, exact position, code, severity from CHECKS, one-line message and hint; sorted by position', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "sts: AssumeRole",\n      "Resource": "arn:aws:iam::11112222333:role/etl"\n    }\n  ]\n}\n'
    const { findings } = lintPolicyText('iam/user.json', text)
    expect(findings.map((f) => [f.code, f.line, f.column, f.endLine, f.endColumn])).toEqual([
      ['RTC201', 6, 17, 6, 34],
      ['RTC304', 7, 19, 7, 54]
    ])
    for (const f of findings) {
      expect(f.file).toBe('iam/user.json')
      expect(f.severity).toBe(CHECKS.find((c) => c.code === f.code)!.severity)
      expect(f.message).not.toMatch(/\n/)
      expect(f.hint).not.toMatch(/\n/)
    }
    expect(findings[1].message).toContain('11 digits')
  })

  test("a principal left as a deleted user's or role's unique id (as AWS returns the policy) is said to be one", () => {
    const text = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['AIDACKCEVSQ6C2EXAMPLE', 'AROADBQP57FF2AEXAMPLE', 'AKIAIOSFODNN7EXAMPLE', ROLE] }, Action: 'sts:AssumeRole' }] })
    const findings = lintPolicyText('trust.json', text, 'trust').findings.filter((f) => f.code === 'RTC301')
    expect(findings.map((f) => f.message)).toEqual([
      '"AIDACKCEVSQ6C2EXAMPLE" is the unique id of an IAM user that was deleted: IAM writes it in place of the ARN when the user is deleted, and it names no principal now (a new user of the same name is another principal).',
      '"AROADBQP57FF2AEXAMPLE" is the unique id of an IAM role that was deleted: IAM writes it in place of the ARN when the role is deleted, and it names no principal now (a new role of the same name is another principal).',
      // An access key id is no principal of any kind.
      '"AKIAIOSFODNN7EXAMPLE" is neither an ARN nor a 12-digit account id.'
    ])
  })

  // IAM API Reference, User.UserId and Role.RoleId: "Length Constraints: Minimum length of 16. Maximum length of 128.
  // Pattern: [\w]+"; IAM User Guide, "Understanding unique ID prefixes": AIDA for a user, AROA for a role. The ids
  // AWS shows are upper case, but no document limits them to the 32 letters and digits they are drawn from.
  test('a unique id of the documented form (16 to 128 word characters), digits 0, 1, 8 and 9 included, is said to be one', () => {
    const text = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['AROA1234567890EXAMPLE', 'AIDA0189EXAMPLE0189X', 'AROA_SERVICE_ROLE_01'] }, Action: 'sts:AssumeRole' }] })
    const messages = lintPolicyText('trust.json', text, 'trust').findings.filter((f) => f.code === 'RTC301').map((f) => f.message)
    expect(messages).toEqual([
      expect.stringMatching(/^"AROA1234567890EXAMPLE" is the unique id of an IAM role that was deleted/),
      expect.stringMatching(/^"AIDA0189EXAMPLE0189X" is the unique id of an IAM user that was deleted/),
      expect.stringMatching(/^"AROA_SERVICE_ROLE_01" is the unique id of an IAM role that was deleted/)
    ])
  })

  test('a value that opens as a unique id but is not of the form says why it is none', () => {
    const text = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['AROA12345', 'AIDA-EXAMPLE-USER-01', `AROA${'A'.repeat(125)}`] }, Action: 'sts:AssumeRole' }] })
    const messages = lintPolicyText('trust.json', text, 'trust').findings.filter((f) => f.code === 'RTC301').map((f) => f.message)
    expect(messages).toEqual([
      '"AROA12345" opens like the unique id of an IAM role (AROA...), but is none: a unique id is 16 to 128 letters, digits and underscores; nor is it an ARN or a 12-digit account id.',
      '"AIDA-EXAMPLE-USER-01" opens like the unique id of an IAM user (AIDA...), but is none: a unique id is 16 to 128 letters, digits and underscores; nor is it an ARN or a 12-digit account id.',
      expect.stringMatching(/^"AROAA+" opens like the unique id of an IAM role \(AROA\.\.\.\), but is none/)
    ])
  })

  test('a syntax error is RTC001 at the parser\'s line and column, and nothing is guessed past it', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow" "Action": "s3:PutObject", "Resource": "*"}\n  ]\n}'
    const r = lintPolicyText('p.json', text)
    expect(r.findings.map((f) => [f.code, f.line, f.column])).toEqual([['RTC001', 4, 24]])
    expect(r.root).toBeUndefined()
  })

  test('a syntax error covers the whole character it stopped at, and nothing past the end of the text', () => {
    const spanOf = (text: string) => lintPolicyText('p.json', text).findings.filter((f) => f.code === 'RTC001').map((f) => [f.line, f.column, f.endLine, f.endColumn])
    // An emoji is two UTF-16 code units: a region that ends between them cuts the character in half.
    expect(spanOf('{"Version": \u{1F600}}')).toEqual([[1, 13, 1, 15]])
    expect(spanOf('{"Version": x}')).toEqual([[1, 13, 1, 14]])
    // At the end of the text there is no character: the region is empty, not one past the end.
    expect(spanOf('')).toEqual([[1, 1, 1, 1]])
    expect(spanOf('\uFEFF')).toEqual([[1, 1, 1, 1]])
    expect(spanOf('{\n  "Version": "2012-10-17"\n')).toEqual([[3, 1, 3, 1]])
  })

  test('a syntax error covers the whole offending text: a comment, a literal ..., an unquoted word, a single-quoted string', () => {
    const textAt = (text: string) =>
      lintPolicyText('p.json', text)
        .findings.filter((f) => f.code === 'RTC001')
        .map((f) => {
          const lines = text.split(/\r\n|\r|\n/)
          return f.endLine === f.line ? lines[f.line - 1].slice(f.column - 1, f.endColumn! - 1) : `${lines[f.line - 1].slice(f.column - 1)}⏎`
        })
    expect(textAt('{\r\n  // the bucket\r\n  "Version": "2012-10-17"}')).toEqual(['// the bucket'])
    expect(textAt('{"Version": "2012-10-17", /* a */ "Statement": []}')).toEqual(['/* a */'])
    expect(textAt('{"Version": "2012-10-17", /* two\nlines */ "Statement": []}')).toEqual(['/* two⏎'])
    expect(textAt('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}, ...]}')).toEqual(['...'])
    expect(textAt('{"Version": 2012-10-17x}')).toEqual(['-'])
    expect(textAt('{"Version": latest}')).toEqual(['latest'])
    expect(textAt('{"Version": True}')).toEqual(['True'])
    expect(textAt('{Version: "2012-10-17"}')).toEqual(['Version'])
    expect(textAt("{'Version': '2012-10-17'}")).toEqual(["'Version'"])
    expect(textAt('{"Version": .5}')).toEqual(['.5'])
    // One character where that is all there is to point at: a bad escape's letter, a stray bracket.
    expect(textAt('{"Version": "C:\\Users"}')).toEqual(['U'])
    expect(textAt('{"Version": "2012-10-17"]')).toEqual([']'])
  })

  test('a value with a line break, a tab, a line separator or a bidi override is quoted in the one-line message as visible escapes', () => {
    const text = doc({ Version: '2012-10-17', Statement: [{ Sid: 'a\nb\u202Ec', Effect: 'Allow', Action: 's3:Get\tObject\u2028', Resource: '*' }] })
    const findings = lintPolicyText('p.json', text).findings
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['RTC106', 'RTC201']))
    for (const f of findings) {
      expect(f.message).not.toMatch(/[\u0000-\u001f\u2028\u2029\u202e]/)
      expect(f.hint).not.toMatch(/[\u0000-\u001f\u2028\u2029\u202e]/)
    }
    expect(findings.find((f) => f.code === 'RTC106')!.message).toContain('"a\\nb\\u{202E}c"')
    expect(findings.find((f) => f.code === 'RTC201')!.message).toContain('s3:Get\\tObject\\u{2028}')
  })

  test('after a trailing comma (or a comment, a literal ..., a second document) the rest is checked too (see recovery.test.ts)', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*",}\n  ]\n}'
    const r = lintPolicyText('p.json', text)
    expect(r.findings.map((f) => [f.code, f.line, f.column])).toEqual([
      ['RTC617', 4, 63],
      ['RTC001', 4, 67]
    ])
    expect(r.root).toBeUndefined()
  })

  test('a complete document followed by more text is still checked', () => {
    const one = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }] })
    const codes = codesOf(`${one}\n${one}`)
    expect(codes).toEqual(expect.arrayContaining(['RTC001', 'RTC601']))
  })

  test('a duplicated Condition operator is RTC403 on the second one; other duplicates RTC002', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::111122223333:role/etl",\n"Condition": {"StringEquals": {"aws:PrincipalTag/team": "a"},\n "StringEquals": {"aws:RequestedRegion": "eu-west-1"}}}]}'
    const f = lintPolicyText('p.json', text).findings
    expect(f.filter((x) => x.code === 'RTC002').map((x) => [x.line, x.column])).toEqual([[1, 61]])
    expect(f.filter((x) => x.code === 'RTC403').map((x) => [x.line, x.column])).toEqual([[3, 2]])
    // Where the first copy is: on one line, its line alone would not tell the two apart.
    expect(f.find((x) => x.code === 'RTC002')!.message).toContain('(first at line 1 column 42)')
    expect(f.find((x) => x.code === 'RTC403')!.message).toContain('(first at line 2 column 15)')
  })

  test('one placeholder finding per distinct placeholder, pointing inside the string', () => {
    const text = doc({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ['arn:aws:iam::<ACCOUNT>:role/a', 'arn:aws:iam::<ACCOUNT>:role/b', 'arn:aws:iam::${account_id}:role/c'] }]
    })
    const f = lintPolicyText('p.json', text).findings.filter((x) => x.code === 'RTC616')
    expect(f).toHaveLength(2)
    const line = text.split('\n')[f[0].line - 1]
    expect(line.slice(f[0].column - 1, f[0].endColumn! - 1)).toBe('<ACCOUNT>')
    expect(f[0].message).toContain('2 times')
    // The account is not also reported as "not 12 digits".
    expect(lintPolicyText('p.json', text).findings.map((x) => x.code)).not.toContain('RTC304')
  })

  test.each([
    ['arn:aws:s3:::${bucket}/*', 'the resource type and name'],
    ['arn:aws:iam::<ACCOUNT>:role/a', 'a 12-digit account id'],
    ['arn:aws:kms:us-east-1:#{AWS::AccountId}:key/k', 'a 12-digit account id'],
    ['arn:${AWS::Partition}:kms:us-east-1:111122223333:key/k', 'the partition (aws, aws-cn, aws-us-gov)'],
    ['arn:aws:kms:{{region}}:111122223333:key/k', 'the region'],
    ['arn:aws:<service>:us-east-1:111122223333:key/k', 'the service prefix'],
    // The colons inside the first placeholder separate nothing: the second is still the account.
    ['arn:#{AWS::Partition}:kms:us-east-1:<ACCOUNT>:key/k', 'a 12-digit account id']
  ])('RTC616 on %s says where the placeholder stands by the ARN field it is in', (arn, field) => {
    const text = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: arn }] })
    const messages = lintPolicyText('p.json', text).findings.filter((x) => x.code === 'RTC616').map((x) => x.message)
    expect(messages.at(-1)).toContain(`stands where ${field} belongs.`)
    expect(messages.filter((m) => m.includes('stands where'))).toHaveLength(1 + (arn.startsWith('arn:#') ? 1 : 0))
  })

  test('RTC616 says nothing of ARN fields for a string that is no ARN', () => {
    const text = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { StringLike: { 's3:prefix': 'home/<user>:x::y/*' } } }] })
    const messages = lintPolicyText('p.json', text).findings.filter((x) => x.code === 'RTC616').map((x) => x.message)
    expect(messages).toEqual(['Unresolved placeholder: the placeholder <user> in "home/<user>:x::y/*".'])
  })

  test('a placeholder spelled with \\u escapes is found; a text with no opening of one has no placeholder finding', () => {
    // The rule skips texts where no placeholder can open: "\u003c" is '<' once parsed, so it must not be skipped.
    const escaped = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::\\u003cACCOUNT\\u003e:role/a"}]}'
    expect(codesOf(escaped)).toContain('RTC616')
    const ellipsis = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/.\\u002e./x"}]}'
    expect(codesOf(ellipsis)).toContain('RTC616')
    const plain = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::111122223333:role/a' }] })
    expect(codesOf(plain)).not.toContain('RTC616')
  })

  test('IAM policy variables are not placeholders', () => {
    const text = doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' }] })
    expect(codesOf(text)).toEqual([])
  })

  test('identity-provider claims are free-form condition keys; a typo in an aws: key is not', () => {
    const trust = (key: string) =>
      doc({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/etl:*', [key]: 'x' } } }]
      })
    expect(codesOf(trust('token.actions.githubusercontent.com:job_workflow_ref'))).toEqual([])
    expect(codesOf(trust('aws:PrincipalTagg/x'))).toContain('RTC405')
  })

  test('Sid characters: letters and digits in identity policies, free in key policies', () => {
    const statement = { Sid: 'Allow use of the key', Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'kms:Decrypt', Resource: '*' }
    expect(codesOf(doc({ Version: '2012-10-17', Statement: [statement] }))).not.toContain('RTC106')
    expect(codesOf(doc({ Version: '2012-10-17', Statement: [{ Sid: 'Allow use', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }] }))).toContain('RTC106')
  })

  test('service principals: an IAM service named on amazon.com is a slip for amazonaws.com; the Alexa principals on amazon.com are not', () => {
    const trust = (service: string) => lintPolicyText('p.json', doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }] })).findings
    const slip = trust('redshift.amazon.com').find((f) => f.code === 'RTC205')
    expect(slip?.message).toContain('did you mean "redshift.amazonaws.com"?')
    expect(slip).toMatchObject({ line: 7, column: 20 })
    expect(trust('EC2.Amazon.com').find((f) => f.code === 'RTC205')?.message).toContain('"ec2.amazonaws.com"')
    for (const fine of ['redshift.amazonaws.com', 'ec2.amazonaws.com.cn', 'alexa-appkit.amazon.com', 'alexa-connectedhome.amazon.com', 'logs.us-east-1.amazonaws.com']) {
      expect(trust(fine).map((f) => f.code)).not.toContain('RTC205')
    }
  })

  test('a wildcard under Service, Federated or CanonicalUser is an error (RTC206): IAM takes "*" only under AWS', () => {
    // IAM User Guide, Principal element: "The service principal in an IAM policy can't be "Service": "*""; IAM Access
    // Analyzer's UNSUPPORTED_WILDCARD_IN_PRINCIPAL (an ERROR): "Wildcards (*, ?) are not supported with the principal key".
    const statementWith = (Principal: unknown, Action = 'sts:AssumeRole', extra: object = {}) => doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal, Action, ...extra }] })
    const errorsOf = (text: string, kind?: 'trust' | 'resource') =>
      lintPolicyText('p.json', text, kind).findings.filter((f) => f.severity === 'error').map((f) => f.code)
    expect(errorsOf(statementWith({ Service: '*' }))).toEqual(['RTC206'])
    expect(errorsOf(statementWith({ Service: ['ec2.amazonaws.com', '*'] }))).toEqual(['RTC206'])
    expect(errorsOf(statementWith({ Federated: '*' }, 'sts:AssumeRoleWithWebIdentity'))).toContain('RTC206')
    expect(errorsOf(statementWith({ Federated: 'arn:aws:iam::111122223333:saml-provider/*' }, 'sts:AssumeRoleWithSAML'))).toContain('RTC206')
    expect(errorsOf(statementWith({ CanonicalUser: '*' }, 's3:GetObject', { Resource: 'arn:aws:s3:::bucket/*' }), 'resource')).toEqual(['RTC206'])
    const wildService = lintPolicyText('p.json', statementWith({ Service: '*.amazonaws.com' })).findings.map((f) => f.code)
    expect(wildService).toContain('RTC206')
    expect(wildService).not.toContain('RTC205')
    const finding = lintPolicyText('p.json', statementWith({ Service: '*' })).findings[0]
    expect(finding).toMatchObject({ code: 'RTC206', line: 7, column: 20 })
    expect(finding.message).toContain('"Service"')
    // "*" under AWS is the one wildcard IAM takes (RTC601 judges it); a template placeholder is not a wildcard.
    expect(errorsOf(statementWith({ AWS: '*' }, 'sts:AssumeRole', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }))).toEqual([])
    expect(errorsOf(statementWith({ Service: '${ServicePrincipal}' }))).not.toContain('RTC206')
  })

  test('a role trust policy takes neither the bare Principal "*" nor NotPrincipal (RTC127), in an Allow or a Deny', () => {
    // IAM Access Analyzer errors ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL and "Role trust policies do not
    // support NotPrincipal"; IAM answers "AssumeRolepolicy contained an invalid principal: "STAR":"*"".
    const trust = (...Statement: unknown[]) => lintPolicyText('p.json', doc({ Version: '2012-10-17', Statement }), 'trust').findings.map((f) => f.code)
    const org = { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }
    expect(trust({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: org })).toEqual(['RTC127'])
    expect(trust({ Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringNotEquals: org.StringEquals } }, { Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole' })).toContain('RTC127')
    expect(trust({ Effect: 'Deny', NotPrincipal: { AWS: USER }, Action: 'sts:AssumeRole' }, { Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole' })).toContain('RTC127')
    // {"AWS": "*"} is the form IAM takes; RTC601/RTC623 judge what it lets in.
    expect(trust({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: org })).toEqual([])
    // Resource policies take the bare "*".
    const bucket = lintPolicyText('p.json', doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: org }] }), 'resource')
    expect(bucket.findings.map((f) => f.code)).toEqual([])
  })

  test('in a role trust policy, a Service value that is no service principal (ARN, account id, bare word) is an error (RTC128); elsewhere RTC205', () => {
    const statement = (service: string) => ({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' })
    const inTrust = (service: string) => lintPolicyText('p.json', doc({ Version: '2012-10-17', Statement: [statement(service)] }), 'trust').findings
    for (const wrong of ['arn:aws:iam::111122223333:role/etl', '111122223333', 'lambda']) {
      const found = inTrust(wrong)
      expect(found.map((f) => f.code)).toEqual(['RTC128'])
      expect(found[0].severity).toBe('error')
    }
    expect(inTrust('arn:aws:iam::111122223333:role/etl')[0].hint).toBe('Put ARNs and account ids under "AWS", not "Service".')
    // The amazon.com slip keeps its RTC205 (it has a service principal's shape); a real one passes.
    expect(inTrust('redshift.amazon.com').map((f) => f.code)).toEqual(['RTC205'])
    expect(inTrust('redshift.amazonaws.com')).toEqual([])
    const bucket = lintPolicyText('p.json', doc({ Version: '2012-10-17', Statement: [{ ...statement('111122223333'), Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }), 'resource')
    expect(bucket.findings.map((f) => f.code)).toContain('RTC205')
    expect(bucket.findings.map((f) => f.code)).not.toContain('RTC128')
  })

  test('RTC112 on a Deny for every principal (the shape of a resource control policy) says how to declare the kind', () => {
    // {"AWS": "*"} is allowed in a trust policy, so this one is still read as one (a bare "*" makes it an RCP: see classification).
    const rcpShaped = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:TagSession', Resource: '*', Condition: { Null: { 'SAML:aud': 'true' } } }] }
    const found = lintPolicyText('p.json', doc(rcpShaped)).findings.find((f) => f.code === 'RTC112')
    expect(found?.hint).toContain('declare its kind with an "rcp:" line in policy-files')
    expect(lintPolicyText('p.json', doc(rcpShaped), 'rcp').findings.map((f) => f.code)).not.toContain('RTC112')
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole', Resource: '*' }] }
    expect(lintPolicyText('p.json', doc(trust)).findings.find((f) => f.code === 'RTC112')?.hint).toBe('Remove the Resource element.')
  })

  test('wildcard actions match the real list, case-insensitively', () => {
    const actions = (a: string) => codesOf(doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: a, Resource: 'arn:aws:s3:::b/*' }] }))
    expect(actions('S3:getobject')).toEqual([])
    expect(actions('s3:Get*')).toEqual([])
    expect(actions('s3:Gett*')).toContain('RTC203')
  })

  test('value and policy are the plain and normalised forms of a valid document', () => {
    const value = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE } }
    const r = lintPolicyText('p.json', doc(value))
    expect(r.value).toEqual(value)
    expect(r.policy?.statements[0]).toMatchObject({ effect: 'Allow', action: ['sts:AssumeRole'], resource: [ROLE] })
    expect(JSON.parse(JSON.stringify(r)).value).toEqual(value)
  })
})

describe('never throws', () => {
  // hand-written policies with real-world layouts and mistakes (__tests__/fixtures)
  const corpus = fixtureTexts()

  const check = (text: string, kind?: PolicyKind) => {
    const r = lintPolicyText('x.json', text, kind)
    for (const f of r.findings) {
      expect(CODES.has(f.code)).toBe(true)
      expect(f.line).toBeGreaterThanOrEqual(1)
      expect(f.column).toBeGreaterThanOrEqual(1)
    }
  }

  test('on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => check(s)), { numRuns: 300 })
  })

  test('on random JSON values, in every kind', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom<PolicyKind | undefined>(undefined, ...POLICY_KINDS), (v, kind) => check(JSON.stringify(v), kind)),
      { numRuns: 300 }
    )
  })

  test('on policy-shaped values with random elements', () => {
    const element = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('*', 'sts:AssumeRole', 'arn:aws:iam::*:role/x', 'arn:aws:iam::1:user/*', '${x}', '<y>'))
    const statement = fc.dictionary(fc.constantFrom('Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition', 'action'), element)
    const condition = fc.dictionary(fc.constantFrom('StringEquals', 'ForAnyValue:StringLike', 'Bool', 'NumericLessThanIfExists', 'Nope'), fc.dictionary(fc.constantFrom('aws:SourceAccount', 'kms:CallerAccount', 'https://x:sub', 'token.actions.githubusercontent.com:sub', 'foo'), element))
    fc.assert(
      fc.property(fc.array(fc.tuple(statement, fc.option(condition)), { maxLength: 4 }), fc.option(fc.constantFrom('2012-10-17', '2008-10-17', 'x')), (list, version) => {
        const Statement = list.map(([s, c]) => (c ? { ...s, Condition: c } : s))
        check(JSON.stringify(version === null ? { Statement } : { Version: version, Statement }))
      }),
      { numRuns: 400 }
    )
  })

  test('on fixture files cut or with a character changed', () => {
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.nat(20000), fc.string({ maxLength: 3 }), (i, at, insert) => {
        const text = corpus[i]
        const cut = at % (text.length + 1)
        check(text.slice(0, cut))
        check(text.slice(0, cut) + insert + text.slice(cut + 1))
      }),
      { numRuns: 300 }
    )
  })
})

test('a value of the wrong type is named with its article: an object, an array, a number, null', () => {
  const messages = (value: unknown) =>
    lintPolicyText('p.json', doc(value))
      .findings.filter((f) => f.code === 'RTC117' || f.code === 'RTC105')
      .map((f) => f.message)
  expect(messages({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: { a: 1 }, Resource: '*' }] })).toEqual(['"Action" must be a string or a list of strings, not an object.'])
  expect(messages({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', ['x']], Resource: '*' }] })).toEqual(['"Action" items must be strings, not an array.'])
  expect(messages({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: [] }] })).toEqual(['Condition must be an object, not an array.'])
  expect(messages({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/t': [{}, null] } } }] })).toEqual([
    'Condition values must be strings, numbers or booleans, not an object.',
    'Condition values must be strings, numbers or booleans, not null.'
  ])
  expect(messages({ Version: '2012-10-17', Statement: 7 })).toEqual(['Statement must be an object or a list of objects, not a number.'])
})

describe('RTC610 reads * as a wildcard only under the Like operators', () => {
  const trust = (operator: string, sub: string) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { [operator]: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': sub } }
        }
      ]
    })
  const findings = (operator: string, sub: string) => lintPolicyText('trust.json', trust(operator, sub), 'trust').findings

  test.each(['StringLike', 'StringLikeIfExists', 'ForAnyValue:StringLike'])('%s "repo:*" matches every repository', (operator) => {
    expect(findings(operator, 'repo:*').filter((f) => f.code === 'RTC610').map((f) => f.message)).toEqual(['GitHub OIDC sub pattern "repo:*" matches every repository on GitHub.'])
  })

  test.each([
    ['StringEquals', 'repo:*'],
    ['StringEquals', '*'],
    ['StringEqualsIgnoreCase', 'repo:*'],
    ['StringNotLike', 'repo:*']
  ])('%s "%s" says nothing of every repository', (operator, sub) => {
    const f = findings(operator, sub)
    expect(f.map((x) => x.code)).not.toContain('RTC610')
    // The literal '*' is still reported, by RTC404.
    if (operator.startsWith('StringEquals')) expect(f.map((x) => x.code)).toContain('RTC404')
  })

  test('a sub with nothing after the repository never matches, under StringEquals too', () => {
    expect(findings('StringEquals', 'repo:acme/etl').map((x) => x.code)).toContain('RTC610')
  })

  test.each(['repo:*/etl:*', 'repo:*/etl:ref:refs/heads/main', 'repo:acme*', 'repo:acme*/etl:*', '*:ref:refs/heads/main', 're*'])(
    'StringLike "%s" has a wildcard owner: any account on github.com can fit it',
    (sub) => {
      const f = findings('StringLike', sub).filter((x) => x.code === 'RTC610')
      expect(f.map((x) => x.message)).toEqual([expect.stringContaining(`"${sub}" has a '*' where the repository owner is named`)])
      expect(f[0].severity).toBe('error')
    }
  )

  test.each([
    ['StringLike', 'repo:acme/*'],
    ['StringLike', 'repo:acme/etl*'],
    ['StringLike', 'repo:acme/etl:*'],
    ['StringLike', 'repo:acme/etl:environment:prod-?'],
    ['StringNotLike', 'repo:*/etl:*'],
    ['StringEquals', 'repo:*/etl:*']
  ])('%s "%s" names its owner (or reads no wildcard): no owner finding', (operator, sub) => {
    expect(findings(operator, sub).filter((x) => x.code === 'RTC610')).toEqual([])
  })

  // GitHub writes the ref in the sub claim in full: repo:ORG/REPO:ref:refs/heads/BRANCH, ref:refs/tags/TAG
  // (GitHub Docs, "OpenID Connect reference"), and a git ref holds no ':'.
  test.each([
    ['StringEquals', 'repo:ledger-co/exporter:ref:main', 'main'],
    ['StringLike', 'repo:ledger-co/exporter:ref:release/*', 'release/*'],
    ['StringLike', 'repo:ledger-co/exporter:ref:heads/main', 'heads/main'],
    ['StringEquals', 'repo:ledger-co/exporter:ref:v1.4.0', 'v1.4.0']
  ])('%s "%s" names a ref GitHub never writes: it never matches', (operator, sub, ref) => {
    const f = findings(operator, sub).filter((x) => x.code === 'RTC610')
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining(`names the ref "${ref}"`)])
    expect(f[0].hint).toContain(`refs/heads/${ref}`)
  })

  test.each([
    ['StringEquals', 'repo:ledger-co/exporter:ref:refs/heads/main'],
    ['StringLike', 'repo:ledger-co/exporter:ref:refs/tags/v*'],
    ['StringLike', 'repo:ledger-co/exporter:ref:*'],
    ['StringLike', 'repo:ledger-co/exporter:ref:re*'],
    ['StringLike', 'repo:ledger-co/*:ref:main'],
    ['StringLike', 'repo:ledger-co/exporter:ref_type:branch'],
    ['StringLike', 'repo:ledger-co/exporter:environment:ref:main']
  ])('%s "%s" may match a full ref: no ref finding', (operator, sub) => {
    expect(findings(operator, sub).filter((x) => x.code === 'RTC610' && x.message.includes('names the ref'))).toEqual([])
  })

  test('on a GHE.com tenant the owners are its enterprise\'s: no owner finding', () => {
    const ghe = trust('StringLike', 'repo:*/etl:*').replaceAll('token.actions.githubusercontent.com', 'token.actions.octo.ghe.com')
    expect(lintPolicyText('trust.json', ghe, 'trust').findings.filter((x) => x.code === 'RTC610')).toEqual([])
  })
})

describe('RTC609: a subject condition that only leaves subjects out names none', () => {
  const trust = (Condition: unknown, provider = 'token.actions.githubusercontent.com') =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${provider}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition }]
    })
  const rtc609 = (Condition: unknown, provider?: string) => lintPolicyText('trust.json', trust(Condition, provider), 'trust').findings.filter((f) => f.code === 'RTC609')

  test.each([
    [{ StringNotEquals: { 'token.actions.githubusercontent.com:sub': 'repo:acme/etl:ref:refs/heads/dev' } }, 'StringNotEquals'],
    [{ StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:evil/*' } }, 'StringNotLike'],
    [{ Null: { 'token.actions.githubusercontent.com:sub': 'false' } }, 'Null']
  ])('%j lets every other repository in', (Condition, operator) => {
    const found = rtc609({ ...Condition, StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } })
    expect(found.map((f) => f.message)).toEqual([
      `GitHub OIDC trust with no token.actions.githubusercontent.com:sub condition naming the subjects let in (${operator} only leaves out the ones it names): any GitHub repository's workflow can assume the role.`
    ])
  })

  test('another provider the same; beside a condition that names subjects, no finding', () => {
    expect(rtc609({ StringNotEquals: { 'oidc.example.com:sub': 'intruder' } }, 'oidc.example.com')).toHaveLength(1)
    expect(rtc609({ StringNotEquals: { 'token.actions.githubusercontent.com:sub': 'repo:acme/etl:pull_request' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/etl:*' } })).toEqual([])
    expect(rtc609({ StringEqualsIfExists: { 'token.actions.githubusercontent.com:sub': 'repo:acme/etl:environment:prod' } })).toEqual([])
  })
})

describe('a repeated top-level Statement is read as kept: the last copy', () => {
  const findings = (text: string) => lintPolicyText('p.json', text).findings.map((f) => `${f.code} ${f.line}:${f.column}`)

  test('an empty list followed by a string: RTC105 on the string, nothing on the dropped list', () => {
    const text = '{"Version":"2012-10-17","Statement":[],"Statement":"oops"}'
    expect(findings(text)).toEqual(expect.arrayContaining([`RTC105 1:${text.indexOf('"oops"') + 1}`]))
    expect(findings(text).filter((f) => f.startsWith('RTC002'))).toHaveLength(1)
    expect(findings(text).filter((f) => f.startsWith('RTC115'))).toEqual([])
  })

  test('a statement followed by an empty list: RTC115 on the kept empty list', () => {
    const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}],"Statement":[]}'
    expect(findings(text).filter((f) => f.startsWith('RTC115'))).toEqual([`RTC115 1:${text.lastIndexOf('[]') + 1}`])
  })
})

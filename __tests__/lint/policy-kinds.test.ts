// The policy kinds besides identity, trust and resource: service control
// policies (scp), resource control policies (rcp) and VPC endpoint policies
// (endpoint). Each is a module of src/core/lint/kinds/ with its grammar and
// size quota; in none of them does an Allow grant anything.
import fc from 'fast-check'
import { CHECKS } from '../../src/core/lint/checks.js'
import { lintPolicyText, POLICY_KINDS, type PolicyKind } from '../../src/core/lint/lint.js'
import { kindRules } from '../../src/core/lint/kinds/index.js'
import { parsePolicyFiles, policyFileMatcher } from '../../src/core/validate/policy-files.js'

const doc = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
const lint = (text: string, kind?: PolicyKind) => lintPolicyText('p.json', text, kind)
const codes = (text: string, kind?: PolicyKind) => lint(text, kind).findings.map((f) => f.code)
const errors = (text: string, kind?: PolicyKind) => lint(text, kind).findings.filter((f) => f.severity === 'error').map((f) => f.code)

const CODES = new Set(CHECKS.map((c) => c.code))
const FULL_ACCESS = doc({ Effect: 'Allow', Action: '*', Resource: '*' })
const ORG = { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }

describe('the kind registry', () => {
  test('every kind name has its module, under that name', () => {
    expect([...POLICY_KINDS]).toEqual(['identity', 'trust', 'resource', 'scp', 'rcp', 'endpoint', 'boundary'])
    for (const kind of POLICY_KINDS) expect(kindRules(kind).name).toBe(kind)
  })

  test('policy-files forces the new kinds like the others', () => {
    const parsed = parsePolicyFiles('scp: org/scps/*.json\nrcp: org/rcps/*.json\nendpoint: vpce/*.json\niam/**/*.json')
    if (!parsed.ok) throw new Error(parsed.problem)
    const matcher = policyFileMatcher(parsed.value)
    expect(matcher.select('org/scps/deny-regions.json')).toEqual({ kind: 'scp' })
    expect(matcher.select('org/rcps/tls.json')).toEqual({ kind: 'rcp' })
    expect(matcher.select('vpce/s3.json')).toEqual({ kind: 'endpoint' })
    expect(matcher.select('iam/user.json')).toEqual({})
  })

  test('an unknown kind prefix is still rejected, and the rule names the new kinds', () => {
    const parsed = parsePolicyFiles('scps: org/*.json')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.rule).toContain('scp, rcp, endpoint')
  })
})

describe('scp', () => {
  test('FullAWSAccess (Allow "*" on "*") is what every SCP starts from: no finding, while as an identity policy it is full administrator', () => {
    expect(codes(FULL_ACCESS, 'scp')).toEqual([])
    expect(codes(FULL_ACCESS, 'identity')).toContain('RTC603')
  })

  test('an allow-list SCP with NotAction is not a broad grant', () => {
    const allowList = doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })
    expect(codes(allowList, 'scp')).toEqual([])
    expect(codes(allowList, 'identity')).toContain('RTC618')
  })

  test('broad-grant rules written for identity policies stay silent', () => {
    const broad = doc({ Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction', 's3:PutObject', 'kms:Decrypt', 'sts:AssumeRole'], Resource: '*' })
    const identity = codes(broad, 'identity')
    expect(identity).toEqual(expect.arrayContaining(['RTC605', 'RTC606', 'RTC607', 'RTC617', 'RTC624']))
    expect(codes(broad, 'scp')).toEqual([])
  })

  test('an account wildcard in an Allow widens no grant (RTC615 is for identity and resource policies), nor in an endpoint policy', () => {
    const wildAccounts = { Effect: 'Allow', Action: ['kms:Decrypt', 'sts:AssumeRole'], Resource: ['arn:aws:kms:*:*:key/*', 'arn:aws:iam::*:role/deploy'] }
    expect(codes(doc(wildAccounts), 'identity')).toContain('RTC615')
    expect(codes(doc(wildAccounts), 'scp')).not.toContain('RTC615')
    expect(codes(doc({ ...wildAccounts, Principal: '*' }), 'endpoint')).not.toContain('RTC615')
  })

  test('a Principal is an error (RTC121), a missing Resource too (RTC111), Sids may hold dashes', () => {
    expect(errors(doc({ Sid: 'deny-leave', Effect: 'Deny', Principal: '*', Action: 'organizations:LeaveOrganization', Resource: '*' }), 'scp')).toEqual(['RTC121'])
    expect(errors(doc({ Effect: 'Deny', Action: 'organizations:LeaveOrganization' }), 'scp')).toEqual(['RTC111'])
  })

  test('is never guessed from content: a document without Principal is an identity policy', () => {
    expect(lint(FULL_ACCESS).kind).toBe('identity')
  })
})

describe('Version in SCPs and RCPs (AWS Organizations: "Every SCP must include a Version element with the value "2012-10-17"", the same for RCPs)', () => {
  const statement = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
  const scpStatement = { Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }
  const without = (s: unknown) => JSON.stringify({ Statement: [s] }, null, 2)
  const old = (s: unknown) => JSON.stringify({ Version: '2008-10-17', Statement: [s] }, null, 2)

  test.each([
    ['scp', scpStatement],
    ['rcp', statement]
  ] as const)('%s: a missing Version or 2008-10-17 is an error (RTC126), not the RTC101/RTC102 warning', (kind, s) => {
    for (const text of [without(s), old(s)]) {
      expect(errors(text, kind)).toEqual(['RTC126'])
      expect(codes(text, kind)).not.toEqual(expect.arrayContaining(['RTC101']))
      expect(codes(text, kind)).not.toEqual(expect.arrayContaining(['RTC102']))
    }
    expect(codes(doc(s), kind)).toEqual([])
  })

  test('the other kinds keep the warnings: IAM and the services accept those policies', () => {
    const identity = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/${aws:username}/*' }
    expect(codes(without(identity), 'identity')).toEqual(['RTC101'])
    expect(codes(old(identity), 'identity')).toEqual(['RTC102'])
    const endpoint = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': '${aws:ResourceTag/team}' } } }
    expect(codes(without(endpoint), 'endpoint')).toEqual(['RTC101'])
  })

  test('RTC101, like RTC102, only where the missing Version changes what the policy means: a policy variable', () => {
    // The default policy of a VPC endpoint, as AWS creates it and the AWS PrivateLink guide prints it: no Version.
    const endpointDefault = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }
    expect(codes(without(endpointDefault), 'endpoint')).toEqual([])
    expect(codes(without({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/home/*' }), 'identity')).toEqual([])
    const withVariable = lintPolicyText('p.json', without({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/${aws:username}/*' }), 'identity').findings
    expect(withVariable.map((f) => [f.code, f.message])).toEqual([
      ['RTC101', 'The policy has no Version, so IAM reads it with the 2008-10-17 grammar, which reads policy variables as plain text: ${aws:username} at line 6 matches only those characters.']
    ])
  })

  test('RTC102 only where the old grammar changes what the policy means: a policy variable it reads as plain text', () => {
    // SNS's default topic policy, as the SNS guide prints it: 2008-10-17, no variable.
    const snsDefault = {
      Sid: '__default_statement_ID',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish'],
      Resource: 'arn:aws:sns:us-east-2:111122223333:MyTopic',
      Condition: { StringEquals: { 'AWS:SourceOwner': '111122223333' } }
    }
    expect(codes(JSON.stringify({ Version: '2008-10-17', Id: '__default_policy_ID', Statement: [snsDefault] }, null, 2))).not.toContain('RTC102')
    // A variable in a Resource, a condition value or a principal is read literally under 2008-10-17.
    const home = { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::bucket', Condition: { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } } }
    const [f] = lintPolicyText('p.json', old(home), 'identity').findings.filter((x) => x.code === 'RTC102')
    expect(f.line).toBe(2)
    expect(f.message).toContain('${aws:username} at line ')
    expect(codes(old({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/${aws:PrincipalTag/team}' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }), 'resource')).toContain('RTC102')
    // A template's placeholder is no policy variable: filled in before IAM reads it.
    expect(codes(old({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::${var.bucket}/*' }), 'identity')).not.toContain('RTC102')
  })

  test('a Version IAM does not know stays RTC103 in every kind', () => {
    const text = JSON.stringify({ Version: '2024-01-01', Statement: [scpStatement] })
    expect(errors(text, 'scp')).toEqual(['RTC103'])
  })
})

describe('size quotas that count white space (SCP and RCP 5,120, endpoint 20,480)', () => {
  const statements = (n: number, pad: string) =>
    Array.from({ length: n }, (_v, i) => ({ Sid: `DenyRegion${i}`, Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': `${pad}eu-reg-${i}` } } }))
  const pretty = (n: number) => JSON.stringify({ Version: '2012-10-17', Statement: statements(n, '') }, null, 8)
  const compact = (n: number) => JSON.stringify({ Version: '2012-10-17', Statement: statements(n, '') })

  test('over the quota only with its white space: RTC504 (minify); under it minified: nothing; over it minified: RTC501', () => {
    // Each statement is about 150 characters compact and twice that pretty-printed with an 8-space indent.
    const n = 26
    expect(pretty(n).length).toBeGreaterThan(5120)
    expect(compact(n).length).toBeLessThanOrEqual(5120)
    expect(codes(pretty(n), 'scp')).toEqual(['RTC504'])
    expect(codes(compact(n), 'scp')).toEqual([])
    expect(codes(compact(40), 'scp')).toEqual(['RTC501'])
    // IAM counts no white space: the same text is far under the identity quotas.
    expect(codes(pretty(n), 'identity')).not.toContain('RTC504')
  })

  test('endpoint policies may be four times larger', () => {
    const endpoint = (n: number) => JSON.stringify({ Version: '2012-10-17', Statement: statements(n, '').map((s) => ({ ...s, Principal: '*' })) }, null, 8)
    expect(codes(endpoint(26), 'endpoint')).not.toContain('RTC504')
    expect(codes(endpoint(150), 'endpoint')).toEqual(expect.arrayContaining(['RTC501']))
  })
})

describe('rcp', () => {
  const tls = (extra: object = {}) => ({ Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sqs:*'], Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, ...extra })

  test('read from content when every statement denies "*" on "*" across two or more services', () => {
    expect(lint(doc(tls())).kind).toBe('rcp')
    expect(lint(doc(tls())).findings).toEqual([])
    // One service: it may be that resource's own policy.
    expect(lint(doc(tls({ Action: 's3:*' }))).kind).toBe('resource')
    // An Allow anywhere, or a named principal: a resource policy.
    expect(lint(doc(tls(), { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })).kind).toBe('resource')
  })

  test('Allow is an error (RTC122): only the AWS-managed RCPFullAWSAccess may allow', () => {
    expect(errors(doc(tls({ Effect: 'Allow', Condition: undefined })), 'rcp')).toEqual(['RTC122'])
  })

  test('the Principal must be "*" (RTC123), NotPrincipal is refused (RTC123), a missing one is RTC113', () => {
    expect(errors(doc(tls({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } })), 'rcp')).toEqual(['RTC123'])
    expect(errors(doc(tls({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } })), 'rcp')).toEqual(['RTC123'])
    expect(errors(doc(tls({ Principal: undefined })), 'rcp')).toEqual(['RTC113'])
    // {"AWS": "*"} is not "*": it leaves out service principals, web identity and SAML sessions and anonymous callers
    // (IAM User Guide, "AWS JSON policy elements: Principal"), and an RCP takes "*" only (rcp-principal.test.ts).
    expect(errors(doc(tls({ Principal: { AWS: '*' } })), 'rcp')).toEqual(['RTC123'])
  })

  test('NotAction is an error (RTC124)', () => {
    expect(errors(doc(tls({ Action: undefined, NotAction: 's3:GetObject' })), 'rcp')).toEqual(['RTC124'])
  })

  test('RTC125 reads the services AWS Organizations lists as supporting RCPs today, not the launch five', () => {
    // The Organizations User Guide's "List of AWS services that support RCPs" names some sixty services by 2026:
    // EventBridge, CodeBuild, CloudFront, WAF, X-Ray... An RCP denying their actions limits them.
    const found = lint(doc(tls({ Action: ['events:PutEvents', 'codebuild:StartBuild', 'cloudfront:*', 'wafv2:*', 'xray:PutTraceSegments', 'rolesanywhere:CreateSession'] })), 'rcp').findings
    expect(found.filter((f) => f.code === 'RTC125')).toEqual([])
    // Services still outside it are reported.
    expect(lint(doc(tls({ Action: ['lambda:InvokeFunction', 'sns:Publish'] })), 'rcp').findings.filter((f) => f.code === 'RTC125')).toHaveLength(2)
  })

  test('an action of a service RCPs do not apply to is a warning (RTC125); wildcards and supported services are not', () => {
    const found = lint(doc(tls({ Action: ['s3:*', 'ec2:TerminateInstances', 'dynamodb:GetItem', 'kms:Decrypt', 'secretsmanager:GetSecretValue', '*'] })), 'rcp').findings
    expect(found.map((f) => [f.code, f.severity])).toEqual([['RTC125', 'warning']])
    expect(found[0].message).toContain('ec2')
  })
})

describe('endpoint', () => {
  const DEFAULT = doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' })

  test('the default endpoint policy and one limited by aws:PrincipalOrgID give no finding', () => {
    expect(codes(DEFAULT, 'endpoint')).toEqual([])
    expect(codes(doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: ORG }), 'endpoint')).toEqual([])
    // With no kind given it is read as the endpoint policy it is (an Allow of
    // the bare "*" is no resource policy's grant): no finding.
    expect(lint(DEFAULT).kind).toBe('endpoint')
    expect(lint(DEFAULT).findings).toEqual([])
    // Declared a resource policy, it is a public grant of everything: an
    // error for the public principal, a warning for every action (RTC603).
    expect(errors(DEFAULT, 'resource')).toContain('RTC601')
    expect(lint(DEFAULT, 'resource').findings.filter((f) => f.code === 'RTC603').map((f) => f.severity)).toEqual(['warning'])
  })

  test('needs a Principal (RTC113) and a Resource (RTC111)', () => {
    expect(errors(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), 'endpoint')).toEqual(['RTC113'])
    expect(errors(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }), 'endpoint')).toEqual(['RTC111'])
  })

  test('one service\'s actions on two buckets or two topics are an endpoint policy: no bucket or topic policy can name two', () => {
    // The Amazon VPC guide's S3 gateway endpoint policy for the Amazon Linux repositories.
    const repos = doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: ['arn:aws:s3:::packages.us-west-2.amazonaws.com/*', 'arn:aws:s3:::repo.us-west-2.amazonaws.com/*'] })
    expect(lint(repos).kind).toBe('endpoint')
    expect(codes(repos)).toEqual([])
    const topics = doc({ Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: ['arn:aws:sns:us-east-1:111122223333:alerts', 'arn:aws:sns:us-east-1:111122223333:orders'] })
    expect(lint(topics).kind).toBe('endpoint')
  })

  test('one bucket or topic, names not written out, or Deny statements only, stay a resource policy', () => {
    const bucket = ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:::AMZN-S3-DEMO-BUCKET/logs/*']
    for (const Resource of [
      bucket,
      ['arn:aws:sns:us-east-1:111122223333:alerts'],
      ['arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:::*'],
      ['arn:aws:s3:::${BucketName}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
      ['arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:::<log-bucket>/*'],
      ['arn:aws:sns:us-east-1:111122223333:alerts', 'arn:aws:sns:*:111122223333:alerts'],
      ['arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/*']
    ]) {
      expect({ Resource, kind: lint(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource })).kind }).toEqual({ Resource, kind: 'resource' })
    }
    // A bucket policy open to everyone is still the public grant it is.
    expect(errors(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: bucket }))).toContain('RTC601')
    const denies = doc({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::a-bucket/*', 'arn:aws:s3:::b-bucket/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } })
    expect(lint(denies).kind).toBe('resource')
  })

  test('NotAction, privilege escalation and public-access rules stay silent', () => {
    const text = doc(
      { Effect: 'Allow', Principal: '*', NotAction: 'iam:*', Resource: '*' },
      { Effect: 'Allow', Principal: '*', Action: ['iam:PassRole', 'lambda:CreateFunction'], Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }
    )
    expect(codes(text, 'endpoint')).toEqual([])
  })
})

describe('never throws on policy-shaped input, in every kind', () => {
  const action = fc.constantFrom('*', 'iam:PassRole', 'iam:Pass*', 'lambda:*', 'lambda:CreateFunction', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWith*', 's3:GetObject', 'dynamodb:GetItem', 'nope', '', 'ssm:SendCommand')
  const principal = fc.oneof(
    fc.constant('*'),
    fc.record({ AWS: fc.constantFrom('*', '111122223333', 'arn:aws:iam::111122223333:user/a', 'arn:aws:iam::*:root') }),
    fc.record({ Federated: fc.constantFrom('arn:aws:iam::1:saml-provider/x', 'accounts.google.com', 'arn:aws:iam::1:oidc-provider/h') }),
    fc.record({ Service: fc.constant('lambda.amazonaws.com') }),
    fc.constant(42)
  )
  const statement = fc.record(
    {
      Effect: fc.constantFrom('Allow', 'Deny', 'allow'),
      Principal: principal,
      NotPrincipal: principal,
      Action: fc.oneof(action, fc.array(action, { maxLength: 4 })),
      NotAction: fc.oneof(action, fc.array(action, { maxLength: 3 })),
      Resource: fc.constantFrom('*', 'arn:aws:lambda:*:*:function:*', 'arn:aws:s3:::b/*', ['*', 'x'], []),
      NotResource: fc.constantFrom('arn:aws:s3:::audit/*', '*'),
      Condition: fc.constantFrom({ Bool: { 'aws:SecureTransport': 'true' } }, { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }, { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }, 'x')
    },
    { requiredKeys: [] }
  )
  test('random statements', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 5 }), fc.constantFrom<PolicyKind | undefined>(undefined, ...POLICY_KINDS), (statements, kind) => {
        const result = lint(doc(...statements), kind)
        for (const f of result.findings) expect(CODES.has(f.code)).toBe(true)
      }),
      { numRuns: 400 }
    )
  })
})

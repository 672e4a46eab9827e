// The request the together check evaluates carries the keys AWS puts in
// every request (AWS's global condition keys, "Availability"): a condition
// on one is judged on its real value, not on its absence. Other principals
// than the connector may carry what it does not (MFA, a source identity).
import { checkTogether } from '../../src/core/together/check-together.js'
import { generatedSetup as setup, policyDoc as doc, SETUP_ACCOUNT, SETUP_KEY as KEY, togetherCodes as works } from '../support/together-setup.js'

const ACCOUNT = SETUP_ACCOUNT
const USER = `arn:aws:iam::${ACCOUNT}:user/etl`
const AGENT = `arn:aws:iam::${ACCOUNT}:role/SecureAgentEc2`
const AS_AGENT: Record<string, string> = { 'user-name': '', 'trust-principal': 'role', 'principal-role-name': 'SecureAgentEc2' }

describe('keys every request carries', () => {
  test("a role's Deny on aws:MultiFactorAuthPresent false refuses its session (temporary credentials made without MFA carry false)", () => {
    const guard = doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } })
    const s = setup({}, {}, [['mfa-guard.json', guard]])
    const f = checkTogether(s.files, s.inputs)
    expect(works(s)).toEqual(['RTC710', 'RTC714', 'RTC717'])
    expect(f.filter((x) => x.code === 'RTC714').map((x) => x.file)).toEqual(['iam/mfa-guard.json'])
  })

  test("a trust policy's Deny on aws:MultiFactorAuthPresent false refuses the principal role's session, not the user's long-term keys", () => {
    const deny = { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }
    const asAgent = setup(AS_AGENT, { 'trust-policy.json': doc({ Effect: 'Allow', Principal: { AWS: AGENT }, Action: 'sts:AssumeRole' }, deny) })
    const f = checkTogether(asAgent.files, asAgent.inputs).find((x) => x.code === 'RTC704')
    expect(f?.message).toContain('explicitly denies')
    expect(works(setup({}, { 'trust-policy.json': doc({ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole' }, deny) }))).toEqual([])
  })

  test("a role's Deny on aws:ViaAWSService false refuses the connector's own S3 calls", () => {
    const deny = doc({ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:ViaAWSService': 'false' } } })
    expect(works(setup({}, {}, [['direct.json', deny]]))).toEqual(['RTC714'])
  })

  test('a trust policy asking aws:PrincipalIsAWSService false admits the user (an IAM principal)', () => {
    const trust = doc({ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:PrincipalIsAWSService': 'false' } } })
    expect(works(setup({}, { 'trust-policy.json': trust }))).toEqual([])
  })

  test("a data-perimeter Deny on aws:ResourceAccount leaves the role its own account's bucket, key and cluster, and refuses another's", () => {
    const perimeter = (account: string) => doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:ResourceAccount': account } } })
    expect(works(setup({}, {}, [['perimeter.json', perimeter(ACCOUNT)]]))).toEqual([])
    expect(works(setup({}, {}, [['perimeter.json', perimeter('111122223333')]]))).toEqual(['RTC710', 'RTC714', 'RTC717'])
  })

  test("a data-perimeter Deny on s3:ResourceAccount leaves the role its own account's bucket", () => {
    const perimeter = doc({ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { StringNotEquals: { 's3:ResourceAccount': ACCOUNT } } })
    expect(works(setup({}, {}, [['perimeter.json', perimeter]]))).toEqual([])
  })

  test("a Deny outside a Region: the key's and the cluster's Region is the ARN's, S3's and STS's stay unknowable", () => {
    const outside = (region: string) => doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': region } } })
    // The key and the cluster are in eu-west-1.
    // The staging bucket's Region is not known: its S3 calls are said to be not checked (RTC723), not refused.
    expect(works(setup({}, {}, [['regions.json', outside('us-east-1')]]))).toEqual(['RTC710', 'RTC717', 'RTC723'])
    expect(works(setup({}, {}, [['regions.json', outside('eu-west-1')]]))).toEqual(['RTC723'])
    // Without kms-key-arn the key's Region is not known: read in the connector's favour.
    expect(works(setup({ 'kms-key-arn': '' }, {}, [['regions.json', outside('eu-west-1')]]))).toEqual(['RTC723'])
  })

  test('a KMS grant held to aws:ViaAWSService true is read as met: with SSE-KMS, S3 calls KMS for the connector', () => {
    const kms = doc({
      Effect: 'Allow',
      Action: ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'],
      Resource: KEY,
      Condition: { Bool: { 'aws:ViaAWSService': 'true' } }
    })
    expect(works(setup({}, { 'kms-policy.json': kms }))).toEqual([])
  })

  test("the principal role's EC2 credential keys (ec2:SourceInstanceARN) are read in its favour; a user's request has none", () => {
    const onInstance = { StringLike: { 'ec2:SourceInstanceARN': `arn:aws:ec2:*:${ACCOUNT}:instance/*` } }
    expect(works(setup(AS_AGENT, { 'trust-policy.json': doc({ Effect: 'Allow', Principal: { AWS: AGENT }, Action: 'sts:AssumeRole', Condition: onInstance }) }))).toEqual([])
    expect(works(setup({}, { 'trust-policy.json': doc({ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole', Condition: onInstance }) }))).toEqual(['RTC704'])
  })
})

describe('who else: what other principals may carry', () => {
  const connector = { Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole' }
  test('another user admitted with MFA is reported (RTC708), with the condition named', () => {
    const trust = doc(connector, { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/admin` }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })
    const s = setup({}, { 'trust-policy.json': trust })
    expect(works(s)).toEqual(['RTC708'])
    expect(checkTogether(s.files, s.inputs).find((f) => f.code === 'RTC708')?.message).toContain('aws:MultiFactorAuthPresent')
  })

  test('Principal "*" with MFA, or with a source identity, admits any principal (RTC705)', () => {
    const mfa = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }
    const sourceIdentity = { Effect: 'Allow', Principal: { AWS: '*' }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'], Condition: { StringEquals: { 'sts:SourceIdentity': 'etl' } } }
    expect(works(setup({}, { 'trust-policy.json': doc(connector, mfa) }))).toEqual(['RTC705'])
    expect(works(setup({}, { 'trust-policy.json': doc(connector, sourceIdentity) }))).toEqual(['RTC705'])
  })
})

describe('RTC704 on conditions: the statement and the conditions that refuse', () => {
  test('names the statement that would admit the connector and only the condition it fails, at that statement', () => {
    const trust = doc(
      { Sid: 'Other', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }, Action: 'sts:AssumeRole', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } },
      { Sid: 'Connector', Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'other-id' }, Bool: { 'aws:SecureTransport': 'true' } } }
    )
    const s = setup({ 'external-id': 'the-id' }, { 'trust-policy.json': trust })
    const f = checkTogether(s.files, s.inputs).find((x) => x.code === 'RTC704')
    expect(f?.message).toContain(`statement 2 (Connector) of the trust policy would admit ${USER} but for its condition StringEquals sts:ExternalId, which`)
    expect(f?.message).not.toContain('aws:SourceIp')
    expect(f?.message).not.toContain('aws:SecureTransport')
    // The line of the statement's opening brace in the pretty-printed file.
    const lines = JSON.stringify(trust, null, 2).split('\n')
    expect(lines[(f?.line ?? 0)]?.trim()).toBe('"Sid": "Connector",')
  })
})

describe("a Deny-only policy that denies assuming the role and nothing else is the requester's", () => {
  const noMfaNoRole = (operator: string) =>
    doc({ Sid: 'AssumeOnlyWithMfa', Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*', Condition: { [operator]: { 'aws:MultiFactorAuthPresent': 'false' } } })

  test("the principal role's session (temporary credentials, no MFA) is refused, at the guard's statement", () => {
    const s = setup(AS_AGENT, {}, [['agent-guard.json', noMfaNoRole('Bool')]])
    const f = checkTogether(s.files, s.inputs).filter((x) => x.code === 'RTC704')
    expect(f.map((x) => [x.file, x.message.includes('explicitly denies')])).toEqual([['iam/agent-guard.json', true]])
  })

  test("a user's long-term keys carry no MFA key: Bool leaves the user in, BoolIfExists refuses it", () => {
    expect(works(setup({}, {}, [['user-guard.json', noMfaNoRole('Bool')]]))).toEqual([])
    expect(works(setup({}, {}, [['user-guard.json', noMfaNoRole('BoolIfExists')]]))).toEqual(['RTC704'])
  })
})

describe('RTC714 and RTC717 without a Deny: the statement whose conditions refuse, and which', () => {
  const lineAfter = (value: unknown, line: number) => JSON.stringify(value, null, 2).split('\n')[line]?.trim()

  test('a listing held to the wrong s3:prefix is placed at that statement and names the condition, not the met aws:SecureTransport', () => {
    const s3 = doc(
      { Sid: 'ListStagingPrefix', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::etl-staging', Condition: { StringEquals: { 's3:prefix': 'data/' }, Bool: { 'aws:SecureTransport': 'true' } } },
      { Effect: 'Allow', Action: 's3:ListBucketMultipartUploads', Resource: 'arn:aws:s3:::etl-staging' },
      { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'], Resource: 'arn:aws:s3:::etl-staging/data/*' }
    )
    const s = setup({}, { 's3-staging-policy.json': s3 })
    const f = checkTogether(s.files, s.inputs).find((x) => x.code === 'RTC714')
    expect(f?.message).toContain('(statement 1 (ListStagingPrefix) of iam/s3-staging-policy.json would allow s3:ListBucket of data/redshift-connector/ in etl-staging but for its condition StringEquals s3:prefix)')
    expect(lineAfter(s3, f?.line ?? 0)).toBe('"Sid": "ListStagingPrefix",')
  })

  test('database credentials held to another redshift:DbName than db-name: the statement and its condition', () => {
    const db = doc({
      Sid: 'Creds',
      Effect: 'Allow',
      Action: 'redshift:GetClusterCredentials',
      Resource: [`arn:aws:redshift:eu-west-1:${ACCOUNT}:dbuser:prod/etl_user`, `arn:aws:redshift:eu-west-1:${ACCOUNT}:dbname:prod/*`],
      Condition: { StringEquals: { 'redshift:DbName': 'analytics' } }
    })
    const s = setup({ 'db-name': 'sales' }, { 'redshift-db-auth-policy.json': db })
    const f = checkTogether(s.files, s.inputs).find((x) => x.code === 'RTC717')
    expect(f?.message).toContain('(statement 1 (Creds) of iam/redshift-db-auth-policy.json would allow redshift:GetClusterCredentials on')
    expect(f?.message).toContain('but for its condition StringEquals redshift:DbName)')
    expect(lineAfter(db, f?.line ?? 0)).toBe('"Sid": "Creds",')
  })
})

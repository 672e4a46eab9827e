// What the connector's requests meet beyond the account's own policies: the
// time they are made at (aws:CurrentTime), and the organisation's service and
// resource control policies among the files.
import { checkTogether } from '../../src/core/together/check-together.js'
import { generatedSetup as setup, lintedAt, policyDoc as doc, SETUP_ACCOUNT } from '../support/together-setup.js'
import { decisionsMade } from '../../src/core/evaluate/evaluate.js'
import type { Setup } from '../support/together-setup.js'

const USER = `arn:aws:iam::${SETUP_ACCOUNT}:user/etl`
/** 2026-12-02: the day the check runs, in the tests. */
const NOW = Date.parse('2026-12-02T03:00:00Z')
const codesAt = (s: Setup, now = NOW) =>
  checkTogether(s.files, s.inputs, now)
    .map((f) => f.code)
    .filter((c) => !c.startsWith('RTC8'))
    .sort()

describe('the time of the request: aws:CurrentTime and aws:EpochTime are the check\'s', () => {
  const trustUntil = (operator: string, key: string, value: string) =>
    doc({ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole', Condition: { [operator]: { [key]: value } } })

  test('a trust policy that admitted the user until a day gone by no longer admits it (RTC704)', () => {
    const s = setup({}, { 'trust-policy.json': trustUntil('DateLessThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z') })
    expect(codesAt(s)).toEqual(['RTC704'])
    const f = checkTogether(s.files, s.inputs, NOW).find((x) => x.code === 'RTC704')
    expect(f?.message).toContain('aws:CurrentTime')
  })

  test('the same in epoch seconds (aws:EpochTime, NumericLessThan)', () => {
    expect(codesAt(setup({}, { 'trust-policy.json': trustUntil('NumericLessThan', 'aws:EpochTime', String(Date.parse('2026-01-01T00:00:00Z') / 1000)) }))).toEqual(['RTC704'])
  })

  test('a date still to come admits it; the time is the one given', () => {
    const s = setup({}, { 'trust-policy.json': trustUntil('DateLessThan', 'aws:CurrentTime', '2027-01-01T00:00:00Z') })
    expect(codesAt(s)).toEqual([])
    expect(codesAt(s, Date.parse('2027-06-01T00:00:00Z'))).toEqual(['RTC704'])
  })

  test("a role's Deny after a date gone by refuses its calls; one from a date to come does not yet", () => {
    const after = (date: string) => doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { DateGreaterThan: { 'aws:CurrentTime': date } } })
    expect(codesAt(setup({}, {}, [['sunset.json', after('2026-06-01T00:00:00Z')]]))).toEqual(['RTC710', 'RTC714', 'RTC717'])
    expect(codesAt(setup({}, {}, [['sunset.json', after('2027-06-01T00:00:00Z')]]))).toEqual([])
  })
})

describe('RTC721: the organisation\'s service and resource control policies among the files', () => {
  const withOrg = (kind: 'scp' | 'rcp', value: unknown, given: Record<string, string> = {}): Setup => {
    const s = setup(given)
    return { ...s, files: [...s.files, lintedAt(`org/${kind}.json`, kind, value)] }
  }
  const found = (s: Setup) => checkTogether(s.files, s.inputs, NOW).filter((f) => f.code === 'RTC721')

  test("an SCP's Deny of sts:AssumeRole refuses the user's call, at that statement, whatever the trust and user policies say", () => {
    const s = withOrg('scp', doc({ Sid: 'NoAssume', Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }))
    const f = found(s)
    expect(f.map((x) => [x.file, x.line])).toEqual([['org/scp.json', 4]])
    expect(f[0].message).toContain('sts:AssumeRole on arn:aws:iam::123456789012:role/RedshiftTempCreds')
    expect(f[0].message).toContain('statement 1 (NoAssume)')
    expect(codesAt(s)).toEqual(['RTC721'])
  })

  test('an SCP denying KMS outside us-east-1 refuses the key in eu-west-1 (its ARN\'s Region); within eu-west-1 it does not', () => {
    const outside = (region: string) => doc({ Effect: 'Deny', NotAction: ['iam:*', 'sts:*', 'organizations:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': [region] } } })
    const f = found(withOrg('scp', outside('us-east-1')))
    expect(f).toHaveLength(1)
    expect(f[0].message).toContain('kms:GenerateDataKey on arn:aws:kms:eu-west-1:')
    // Three KMS calls more and the database credentials (S3's Region is not known: read in the connector's favour).
    expect(f[0].message).toContain(' and 4 more wherever')
    expect(found(withOrg('scp', outside('eu-west-1')))).toEqual([])
  })

  test('an allow-list SCP must allow the calls: FullAWSAccess does, an S3-only list does not allow sts:AssumeRole', () => {
    expect(found(withOrg('scp', doc({ Effect: 'Allow', Action: '*', Resource: '*' })))).toEqual([])
    const f = found(withOrg('scp', doc({ Effect: 'Allow', Action: ['s3:*', 'kms:*', 'redshift:*'], Resource: '*' })))
    expect(f).toHaveLength(1)
    expect(f[0].message).toContain('allows none of it')
    expect(f[0].message).toContain('sts:AssumeRole')
  })

  test("an RCP's Deny of s3:* refuses the staging calls; one held to aws:PrincipalOrgID (unknowable) is read in the connector's favour", () => {
    const deny = (condition?: object) => ({ Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sts:*'], Resource: '*', ...(condition ? { Condition: condition } : {}) })
    const f = found(withOrg('rcp', doc(deny())))
    expect(f).toHaveLength(1)
    expect(f[0].message).toContain('s3:PutObject on arn:aws:s3:::etl-staging/data/')
    expect(f[0].message).toContain('sts:AssumeRole')
    expect(f[0].message).toContain('the resources of account 123456789012')
    expect(found(withOrg('rcp', doc(deny({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abcd1234' } }))))).toEqual([])
  })

  test('an RCP does not govern Redshift: its Deny of redshift:* leaves the database credentials alone', () => {
    expect(found(withOrg('rcp', doc({ Effect: 'Deny', Principal: '*', Action: 'redshift:*', Resource: '*' })))).toEqual([])
  })

  test('an SCP that names only another account\'s principals (aws:PrincipalAccount) leaves the connector alone', () => {
    const other = doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333' } } })
    expect(found(withOrg('scp', other))).toEqual([])
  })

  test('the work is linear in the SCPs: twice the files, twice the decisions', () => {
    const many = (n: number): Setup => {
      const s = setup({})
      const scps = Array.from({ length: n }, (_, i) => lintedAt(`org/scp-${i}.json`, 'scp', doc({ Effect: 'Deny', Action: 'ec2:*', Resource: '*' })))
      return { ...s, files: [...s.files, ...scps] }
    }
    const count = (s: Setup) => {
      const before = decisionsMade()
      checkTogether(s.files, s.inputs, NOW)
      return decisionsMade() - before
    }
    const base = count(setup({}))
    const at = (n: number) => count(many(n)) - base
    expect(at(100)).toBeGreaterThan(0)
    expect(at(200)).toBe(2 * at(100))
  })
})

describe('RTC722: a KMS key of another account whose key policy is not among the files', () => {
  const OTHER_KEY = 'arn:aws:kms:eu-west-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab'
  const keyPolicy = (principal: string) =>
    lintedAt('kms/key-policy.json', 'resource', doc({ Effect: 'Allow', Principal: { AWS: principal }, Action: ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'], Resource: '*' }))

  test("is said to be not checked, not taken to admit the role as if its policy delegated to the role's account", () => {
    const s = setup({ 'kms-key-arn': OTHER_KEY })
    const f = checkTogether(s.files, s.inputs, NOW).filter((x) => !x.code.startsWith('RTC8'))
    expect(f.map((x) => [x.code, x.severity, x.file])).toEqual([['RTC722', 'notice', 'iam/kms-policy.json']])
    expect(f[0].message).toContain('not checked')
  })

  test('with its key policy among the files it is evaluated: naming the role works, naming another account refuses (RTC710)', () => {
    const s = setup({ 'kms-key-arn': OTHER_KEY })
    expect(codesAt({ ...s, files: [...s.files, keyPolicy(`arn:aws:iam::${SETUP_ACCOUNT}:role/RedshiftTempCreds`)] })).toEqual([])
    expect(codesAt({ ...s, files: [...s.files, keyPolicy('arn:aws:iam::210987654321:root')] })).toEqual(['RTC710'])
  })

  test("a key policy that admits the role across accounts is not enough: the role's own policies must allow too, and RTC710 says that", () => {
    const s = setup({ 'kms-key-arn': OTHER_KEY }, { 'kms-policy.json': doc({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }) })
    const f = checkTogether([...s.files, keyPolicy(`arn:aws:iam::${SETUP_ACCOUNT}:role/RedshiftTempCreds`)], s.inputs, NOW).filter((x) => x.code === 'RTC710')
    expect(f).toHaveLength(1)
    expect(f[0].message).toContain("admits the role, but the key is in account 210987654321, not the role's (123456789012), so the role's own IAM policies must allow them too")
    expect(f[0].message).not.toContain('nor the key policy')
  })

  test("a key of the role's own account is evaluated under its default policy, with no notice", () => {
    expect(codesAt(setup({}))).toEqual([])
  })
})

describe("SSE-KMS: S3 calls KMS with the staging bucket's (or object's) ARN as kms:EncryptionContext:aws:s3:arn", () => {
  const KEY_ARN = `arn:aws:kms:eu-west-1:${SETUP_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
  const ROLE = `arn:aws:iam::${SETUP_ACCOUNT}:role/RedshiftTempCreds`
  const keyPolicyFor = (context: Record<string, string>) =>
    lintedAt(
      'kms/key-policy.json',
      'resource',
      doc(
        { Sid: 'Admins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SETUP_ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' },
        { Sid: 'ViaS3', Effect: 'Allow', Principal: { AWS: ROLE }, Action: ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'], Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' }, StringLike: context } }
      )
    )
  const withKeyPolicy = (context: Record<string, string>): Setup => {
    const s = setup({ 'kms-key-arn': KEY_ARN })
    return { ...s, files: [...s.files, keyPolicyFor(context)] }
  }

  test('a key policy held to the staging bucket (or its objects) admits the role', () => {
    expect(codesAt(withKeyPolicy({ 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::etl-staging' }))).toEqual([])
    expect(codesAt(withKeyPolicy({ 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::etl-staging/data/*' }))).toEqual([])
  })

  test('a key policy held to another bucket refuses the role (RTC710), not read as met', () => {
    expect(codesAt(withKeyPolicy({ 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::other-bucket*' }))).toEqual(['RTC710'])
  })

  test('without staging-bucket the context is not known: read in the connector\'s favour', () => {
    const s = setup({ 'kms-key-arn': KEY_ARN, 'staging-bucket': '', 'staging-prefix': '' })
    expect(codesAt({ ...s, files: [...s.files, keyPolicyFor({ 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::other-bucket*' })] })).toEqual([])
  })
})

describe('aws:TokenIssueTime: the role session is made for the connector\'s calls; the principal role\'s EC2 credential earlier', () => {
  test("a role policy's grant held to sessions issued after a day gone by allows the connector's fresh session", () => {
    const s3Grant = doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: '*', Condition: { DateGreaterThan: { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' } } })
    expect(codesAt(setup({}, { 's3-staging-policy.json': s3Grant }))).not.toContain('RTC714')
  })

  test("a role's Deny of sessions issued after a day gone by refuses the connector's session", () => {
    const deny = doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { DateGreaterThan: { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' } } })
    expect(codesAt(setup({}, {}, [['revoke.json', deny]]))).toEqual(['RTC710', 'RTC714', 'RTC717'])
  })

  test("the revoke-older-sessions Deny (DateLessThan a day gone by) leaves the connector's fresh session alone", () => {
    const revoke = doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { DateLessThan: { 'aws:TokenIssueTime': '2026-11-01T00:00:00Z' } } })
    expect(codesAt(setup({}, {}, [['revoke.json', revoke]]))).toEqual([])
  })

  test("the principal role's session: a trust policy held to its token's age is read in its favour", () => {
    const agent = `arn:aws:iam::${SETUP_ACCOUNT}:role/SecureAgentEc2`
    const trust = doc({ Effect: 'Allow', Principal: { AWS: agent }, Action: 'sts:AssumeRole', Condition: { DateGreaterThan: { 'aws:TokenIssueTime': '2026-12-01T00:00:00Z' } } })
    expect(codesAt(setup({ 'user-name': '', 'trust-principal': 'role', 'principal-role-name': 'SecureAgentEc2' }, { 'trust-policy.json': trust }))).toEqual([])
  })
})

describe('RTC723: a Deny the connector passes only on keys the check cannot know is named, as a notice', () => {
  test("an RCP's data perimeter on aws:PrincipalOrgID: the S3 and STS calls it spares are named, at its statement", () => {
    const s = setup({})
    const rcp = lintedAt('org/rcp.json', 'rcp', doc({ Sid: 'Perimeter', Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sts:AssumeRole'], Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abcd1234' } } }))
    const f = checkTogether([...s.files, rcp], s.inputs, NOW).filter((x) => !x.code.startsWith('RTC8'))
    expect(f.map((x) => [x.code, x.severity, x.file, x.line])).toEqual([['RTC723', 'notice', 'org/rcp.json', 4]])
    expect(f[0].message).toContain('sts:AssumeRole on arn:aws:iam::123456789012:role/RedshiftTempCreds')
    expect(f[0].message).toContain('statement 1 (Perimeter) of org/rcp.json denies it if its conditions on aws:PrincipalOrgID hold')
  })

  // AWS's data perimeter RCP network_perimeter_vpceorgid_rcp.json (aws-samples/data-perimeter-policy-examples): the
  // owner of the VPC endpoint a request comes through (aws:VpceOrgID, aws:VpceAccount, aws:VpceOrgPaths) or its VPC
  // (aws:SourceVpcArn) is where the Secure Agent runs, which no file or input says, as aws:SourceVpce is.
  test.each([
    ['aws:VpceOrgID', { StringNotEqualsIfExists: { 'aws:VpceOrgID': 'o-abcd1234' } }],
    ['aws:VpceAccount', { StringNotEqualsIfExists: { 'aws:VpceAccount': ['111122223333'] } }],
    ['aws:VpceOrgPaths', { 'ForAllValues:StringNotLike': { 'aws:VpceOrgPaths': ['o-abcd1234/r-ab12/ou-ab12-11111111/*'] } }],
    ['aws:SourceVpcArn', { ArnNotLikeIfExists: { 'aws:SourceVpcArn': 'arn:aws:ec2:*:111122223333:vpc/*' } }]
  ])("an RCP's network perimeter on %s: named as a notice, not said to refuse the connector", (key, condition) => {
    const s = setup({})
    const rcp = lintedAt('org/rcp.json', 'rcp', doc({ Sid: 'Perimeter', Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sts:AssumeRole'], Resource: '*', Condition: condition }))
    const f = checkTogether([...s.files, rcp], s.inputs, NOW).filter((x) => !x.code.startsWith('RTC8'))
    expect(f.map((x) => [x.code, x.severity, x.file])).toEqual([['RTC723', 'notice', 'org/rcp.json']])
    expect(f[0].message).toContain(`conditions on ${key} hold`)
  })

  test("a key policy's Deny outside a VPC endpoint: named for the KMS calls; an unconditional TLS Deny (the connector uses TLS) is not", () => {
    const s = setup({})
    const keyPolicy = lintedAt(
      'kms/key-policy.json',
      'resource',
      doc(
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SETUP_ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
        { Sid: 'Tls', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        { Sid: 'Vpce', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }
      )
    )
    const f = checkTogether([...s.files, keyPolicy], s.inputs, NOW).filter((x) => !x.code.startsWith('RTC8'))
    expect(f.map((x) => [x.code, x.file])).toEqual([['RTC723', 'kms/key-policy.json']])
    expect(f[0].message).toContain('statement 3 (Vpce)')
    expect(f[0].message).toContain('kms:GenerateDataKey on arn:aws:kms:eu-west-1:')
  })
})

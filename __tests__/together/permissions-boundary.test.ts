// RTC724: a permissions boundary among the files (of the `boundary` kind)
// caps what the role's (or the requester's) identity policies grant: an Allow
// outside it does not work, whatever the role's KMS policy says.
import { checkTogether } from '../../src/core/together/check-together.js'
import { generatedSetup as setup, lintedAt, policyDoc as doc, SETUP_ACCOUNT } from '../support/together-setup.js'
import type { Setup } from '../support/together-setup.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'

const ROLE = `arn:aws:iam::${SETUP_ACCOUNT}:role/RedshiftTempCreds`
const BUCKET = 'arn:aws:s3:::etl-staging'
const NOW = Date.parse('2026-12-02T03:00:00Z')
const withFiles = (s: Setup, ...more: Setup['files']): Setup => ({ ...s, files: [...s.files, ...more] })
const boundary = (...statements: object[]) => lintedAt('iam/boundary.json', 'boundary', doc(...statements))
const found = (s: Setup) => checkTogether(s.files, s.inputs, NOW).filter((f) => !f.code.startsWith('RTC8'))

describe('RTC724: a permissions boundary among the files', () => {
  test("a role boundary that allows S3 and Redshift but not KMS refuses the KMS calls the role's policy allows", () => {
    const f = found(withFiles(setup({}), boundary({ Effect: 'Allow', Action: ['s3:*', 'redshift:*'], Resource: '*' })))
    expect(f.map((x) => x.code)).toEqual(['RTC724'])
    expect(f[0].file).toBe('iam/boundary.json')
    expect(f[0].message).toContain('kms:GenerateDataKey on arn:aws:kms:eu-west-1:')
    expect(f[0].message).toContain(`if iam/boundary.json is the permissions boundary of ${ROLE}`)
    expect(f[0].message).not.toContain('s3:')
  })

  test('a boundary that allows everything the connector does gives nothing', () => {
    expect(found(withFiles(setup({}), boundary({ Effect: 'Allow', Action: ['s3:*', 'kms:*', 'redshift:*', 'sts:AssumeRole'], Resource: '*' })))).toEqual([])
  })

  test('a Deny in the boundary refuses, at its statement', () => {
    const f = found(withFiles(setup({}), boundary({ Effect: 'Allow', Action: '*', Resource: '*' }, { Sid: 'NoDecrypt', Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' })))
    expect(f.map((x) => [x.code, x.line])).toEqual([['RTC724', 9]])
    expect(f[0].message).toContain('statement 2 (NoDecrypt) of it denies it')
  })

  test("a boundary that lets only sts:AssumeRole through is the requester's: nothing is refused", () => {
    expect(found(withFiles(setup({}), boundary({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE })))).toEqual([])
  })

  test("the requester's boundary refuses sts:AssumeRole when the trust policy names the account, not when it names the user (same account)", () => {
    const ec2Only = boundary({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })
    const account = found(withFiles(setup({ 'trust-principal': 'account', 'user-name': '' }), ec2Only))
    const requester = account.filter((x) => x.message.includes('sts:AssumeRole on'))
    expect(requester.map((x) => x.code)).toEqual(['RTC724'])
    expect(requester[0].message).toContain('if iam/boundary.json is the permissions boundary of an IAM user or role of account')
    const user = found(withFiles(setup({}), ec2Only))
    expect(user.filter((x) => x.message.includes('sts:AssumeRole on'))).toEqual([])
    // As the role's boundary it refuses every call of the role.
    expect(user.map((x) => x.code)).toEqual(['RTC724'])
    expect(user[0].message).toContain(`permissions boundary of ${ROLE}`)
  })

  test("with a boundary on the role, a bucket policy's Deny with NotPrincipal refuses the role whatever it lists", () => {
    const notPrincipal = lintedAt(
      'iam/bucket-policy.json',
      'resource',
      doc({
        Sid: 'OnlyTheConnector',
        Effect: 'Deny',
        NotPrincipal: { AWS: [ROLE, `arn:aws:sts::${SETUP_ACCOUNT}:assumed-role/RedshiftTempCreds/redshift-connector`, `arn:aws:iam::${SETUP_ACCOUNT}:root`] },
        Action: 's3:*',
        Resource: [BUCKET, `${BUCKET}/*`]
      })
    )
    expect(found(withFiles(setup({}), notPrincipal))).toEqual([])
    const f = found(withFiles(setup({}), notPrincipal, boundary({ Effect: 'Allow', Action: '*', Resource: '*' })))
    expect(f.map((x) => x.code)).toEqual(['RTC724'])
    expect(f[0].message).toContain('s3:PutObject on')
    expect(f[0].message).toContain('NotPrincipal')
  })

  test("the requester's boundary takes back what its policy grants besides sts:AssumeRole: no RTC720", () => {
    const s = setup({})
    const user = s.files.find((f) => f.file === 'iam/user-policy.json')!.value as { Statement: object[] }
    const wide = setup({}, { 'user-policy.json': { ...user, Statement: [...user.Statement, { Sid: 'Reads', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } })
    expect(found(wide).map((x) => x.code)).toEqual(['RTC720'])
    expect(found(withFiles(wide, boundary({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE })))).toEqual([])
    // Two such files: whose is whose is not known, and RTC720 stands.
    const second = lintedAt('iam/boundary-2.json', 'boundary', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }))
    expect(found(withFiles(wide, boundary({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }), second)).map((x) => x.code)).toEqual(['RTC720'])
  })

  test("the role's boundary holds it to the staging bucket: its policy's s3:* on every bucket reaches nothing more, no RTC715", () => {
    const wide = setup({}, { 's3-staging-policy.json': doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }) })
    expect(found(wide).map((x) => x.code)).toEqual(['RTC715'])
    const roleBoundary = boundary(
      { Effect: 'Allow', Action: ['kms:*', 'redshift:*'], Resource: '*' },
      { Effect: 'Allow', Action: 's3:*', Resource: `${BUCKET}/data/*` },
      { Effect: 'Allow', Action: 's3:ListBucketMultipartUploads', Resource: BUCKET },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET, Condition: { StringLike: { 's3:prefix': ['data/', 'data/*'] } } }
    )
    expect(found(withFiles(wide, roleBoundary))).toEqual([])
  })

  test('a boundary file is linted as a policy that grants nothing: its wide Allow is not a finding, a Principal is', () => {
    const text = (statement: object) => JSON.stringify(doc(statement))
    const wide = lintPolicyText('boundary.json', text({ Effect: 'Allow', Action: '*', Resource: '*' }), 'boundary')
    expect(wide.kind).toBe('boundary')
    expect(wide.findings).toEqual([])
    expect(lintPolicyText('identity.json', text({ Effect: 'Allow', Action: '*', Resource: '*' }), 'identity').findings.length).toBeGreaterThan(0)
    const principal = lintPolicyText('boundary.json', text({ Effect: 'Allow', Principal: { AWS: ROLE }, Action: 's3:*', Resource: '*' }), 'boundary')
    expect(principal.findings.map((f) => f.code)).toContain('RTC114')
  })
  test("the role's boundary takes back KMS grants beyond the staging key: no RTC712, no RTC711", () => {
    const KEY = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const kms = (action: string | string[], resource: string) => ({
      'kms-policy.json': { Version: '2012-10-17', Statement: [{ Sid: 'UseKeys', Effect: 'Allow', Action: action, Resource: resource }] }
    })
    // The role's boundary: the connector's own calls, and KMS on the staging key only, with the five actions only.
    const roleBoundary = boundary(
      { Effect: 'Allow', Action: ['s3:*', 'redshift:GetClusterCredentials'], Resource: '*' },
      { Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'], Resource: KEY }
    )
    const otherKeys = setup({}, kms(['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'], 'arn:aws:kms:eu-west-1:123456789012:key/*'))
    expect(found(otherKeys).map((x) => x.code)).toEqual(['RTC712'])
    expect(found(withFiles(otherKeys, roleBoundary))).toEqual([])
    const admin = setup({}, kms('kms:*', KEY))
    expect(found(admin).map((x) => x.code)).toEqual(['RTC711'])
    expect(found(withFiles(admin, roleBoundary))).toEqual([])
  })

  test("the requester's boundary takes back sts:AssumeRole on other roles: no RTC709", () => {
    const s = setup({})
    const user = s.files.find((f) => f.file === 'iam/user-policy.json')!.value as { Statement: object[] }
    const any = setup({}, { 'user-policy.json': { ...user, Statement: [{ Sid: 'AnyRole', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } })
    expect(found(any).map((x) => x.code)).toEqual(['RTC709'])
    expect(found(withFiles(any, boundary({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE })))).toEqual([])
  })
  test('a bucket policy open to Principal "*" does not carry the staging calls past a role boundary that does not allow S3', () => {
    const s = setup({})
    const open = lintedAt(
      'iam/bucket-policy.json',
      'resource',
      doc({ Sid: 'Everyone', Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: [BUCKET, `${BUCKET}/*`] })
    )
    // The role's own S3 policy left out: the bucket policy alone lets the role in, within one account.
    const noS3 = { ...s, files: [...s.files.filter((f) => f.file !== 'iam/s3-staging-policy.json'), open] }
    expect(found(noS3).filter((x) => x.code === 'RTC714')).toEqual([])
    const f = found(withFiles(noS3, boundary({ Effect: 'Allow', Action: ['kms:*', 'redshift:GetClusterCredentials'], Resource: '*' })))
    const refused = f.filter((x) => x.code === 'RTC724')
    expect(refused).toHaveLength(1)
    expect(refused[0].message).toContain('s3:PutObject on')
  })
})

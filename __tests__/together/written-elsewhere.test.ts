// Documents nobody here wrote, as a probe of the "work together" check found
// them: each case is judged by IAM's documented evaluation logic (cited per
// test), and each failed before the fix it guards.
import { checkTogether } from '../../src/core/together/check-together.js'
import { parseGenerateInputs, type GenerateInputs } from '../../src/core/generate/inputs.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'
import { parseJson } from '../../src/core/json-ast/parse.js'
import type { LintedFile, PolicyKind } from '../../src/core/lint/lint.js'
import type { Finding } from '../../src/core/lint/finding.js'

const ACCOUNT = '111122223333'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/RedshiftRole`
const USER = `arn:aws:iam::${ACCOUNT}:user/etl`
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const BASE: Record<string, string> = { 'account-id': ACCOUNT, 'role-name': 'RedshiftRole', 'user-name': 'etl' }
const KMS_ACTIONS = ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*']

function inputsOf(given: Record<string, string>): GenerateInputs {
  const parsed = parseGenerateInputs((name) => given[name] ?? '', { roleChainingIsError: false })
  if (!parsed.ok) throw new Error(`inputs rejected: ${parsed.error.input} ${parsed.error.problem}`)
  return parsed.value
}

function linted(file: string, kind: PolicyKind, value: unknown): LintedFile {
  const parsed = parseJson(`${JSON.stringify(value, null, 2)}\n`)
  const policy = normalisePolicy(value)
  return { file, kind, findings: [], value, ...(parsed.ok ? { root: parsed.root } : {}), ...(policy ? { policy } : {}) }
}

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement })
const userPolicy = linted('iam/user.json', 'identity', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }))
const trustUser = linted('iam/trust.json', 'trust', doc({ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole' }))
/** The together findings (RTC7xx); drift (RTC8xx) is not what these cases are about. */
const together = (files: LintedFile[], i: GenerateInputs): Finding[] => checkTogether(files, i).filter((f) => f.code.startsWith('RTC7'))
const codes = (f: Finding[]) => f.map((x) => x.code).sort()

describe('who else the trust policy admits: each probe signs its own request', () => {
  // Global condition keys: aws:PrincipalArn and aws:PrincipalAccount are the
  // caller's own; an anonymous request carries neither.
  test('Principal "*" pinned to the user by aws:PrincipalArn admits no one else', () => {
    const trust = linted('iam/trust.json', 'trust', doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { ArnEquals: { 'aws:PrincipalArn': USER } } }))
    expect(together([userPolicy, trust], inputsOf(BASE))).toEqual([])
  })

  test('Principal "*" held to the account by aws:PrincipalAccount admits the whole account: RTC707, not RTC705', () => {
    const trust = linted('iam/trust.json', 'trust', doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalAccount': ACCOUNT } } }))
    const f = together([userPolicy, trust], inputsOf(BASE))
    expect(codes(f)).toEqual(['RTC707'])
    expect(f[0].message).toContain(`every principal of account ${ACCOUNT}`)
    expect(f[0].line).toBe(4)
  })
})

describe('KMS as the key policy and all the role policies decide it', () => {
  const kmsInputs = inputsOf({ ...BASE, kms: 'true', 'kms-key-arn': KEY })

  test('kms:CallerAccount is in every KMS request: a condition on the role account holds', () => {
    const kms = linted('iam/kms.json', 'identity', doc({ Effect: 'Allow', Action: KMS_ACTIONS, Resource: KEY, Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT } } }))
    expect(together([userPolicy, trustUser, kms], kmsInputs)).toEqual([])
    const other = linted('iam/kms.json', 'identity', doc({ Effect: 'Allow', Action: KMS_ACTIONS, Resource: KEY, Condition: { StringEquals: { 'kms:CallerAccount': '999999999999' } } }))
    expect(codes(together([userPolicy, trustUser, other], kmsInputs))).toEqual(['RTC710'])
  })

  test('the KMS actions split over two role policies add up (IAM reads all of a role\'s policies)', () => {
    const a = linted('iam/kms-a.json', 'identity', doc({ Effect: 'Allow', Action: ['kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: KEY }))
    const b = linted('iam/kms-b.json', 'identity', doc({ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'], Resource: KEY }))
    expect(together([userPolicy, trustUser, a, b], kmsInputs)).toEqual([])
  })

  test('a key policy among the files that names the role is enough: no RTC703', () => {
    const keyPolicy = linted(
      'iam/key-policy.json',
      'resource',
      doc(
        { Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
        { Sid: 'Role', Effect: 'Allow', Principal: { AWS: ROLE }, Action: ['kms:GenerateDataKey*', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'], Resource: '*' }
      )
    )
    expect(together([userPolicy, trustUser, keyPolicy], kmsInputs)).toEqual([])
  })

  test('a key policy that does not delegate to the account voids the role\'s KMS policy: RTC710 on the key policy', () => {
    const kms = linted('iam/kms.json', 'identity', doc({ Effect: 'Allow', Action: KMS_ACTIONS, Resource: KEY }))
    const keyPolicy = linted('iam/key-policy.json', 'resource', doc({ Sid: 'Admin', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/KeyAdmin` }, Action: 'kms:*', Resource: '*' }))
    const f = together([userPolicy, trustUser, kms, keyPolicy], kmsInputs)
    expect(codes(f)).toEqual(['RTC710'])
    expect(f[0].file).toBe('iam/key-policy.json')
    expect(f[0].message).toContain('neither names the role nor delegates')
  })
})

describe('database credentials carry redshift:DbUser and redshift:DbName', () => {
  // The Service Authorization Reference lists redshift:DbUser and
  // redshift:DbName as condition keys of GetClusterCredentials.
  const cluster = inputsOf({ ...BASE, 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'dwh', 'redshift-region': 'us-east-1', 'db-user': 'etl_user', 'db-name': 'analytics' })
  const rs = (type: string, name: string) => `arn:aws:redshift:us-east-1:${ACCOUNT}:${type}:dwh/${name}`

  test('dbuser/* pinned by a redshift:DbUser condition: the user is allowed, and no other', () => {
    const db = linted('iam/db.json', 'identity', doc({ Effect: 'Allow', Action: 'redshift:GetClusterCredentials', Resource: [rs('dbuser', '*'), rs('dbname', 'analytics')], Condition: { StringEquals: { 'redshift:DbUser': 'etl_user' } } }))
    expect(together([userPolicy, trustUser, db], cluster)).toEqual([])
  })

  test('a redshift:DbUser condition naming another user refuses the connector: RTC717', () => {
    const db = linted('iam/db.json', 'identity', doc({ Effect: 'Allow', Action: 'redshift:GetClusterCredentials', Resource: [rs('dbuser', '*'), rs('dbname', 'analytics')], Condition: { StringEquals: { 'redshift:DbUser': 'admin' } } }))
    expect(codes(together([userPolicy, trustUser, db], cluster))).toEqual(['RTC717', 'RTC718'])
  })
})

describe('without db-name the connection names the database, and IAM checks its dbname resource', () => {
  // GetClusterCredentials (Redshift API reference): "If the DbName parameter is specified, the IAM policy must
  // allow access to the resource dbname for the specified database name"; a driver names the database of its URL.
  const anyDb = inputsOf({ ...BASE, 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'dwh', 'redshift-region': 'us-east-1', 'db-user': 'etl_user' })
  const rs = (type: string, name: string) => `arn:aws:redshift:us-east-1:${ACCOUNT}:${type}:dwh/${name}`

  test('a policy with the dbuser and no dbname resource refuses every database: RTC717 naming dbname/*', () => {
    const db = linted('iam/db.json', 'identity', doc({ Effect: 'Allow', Action: 'redshift:GetClusterCredentials', Resource: rs('dbuser', 'etl_user') }))
    const f = together([userPolicy, trustUser, db], anyDb)
    expect(codes(f)).toEqual(['RTC717'])
    expect(f[0].message).toContain(`redshift:GetClusterCredentials on ${rs('dbname', '*')} (the database the connection names)`)
  })

  test('one database named, or all: the role gets credentials for it, no finding', () => {
    for (const resource of [rs('dbname', 'analytics'), rs('dbname', '*'), rs('dbname', 'sales*')]) {
      const db = linted('iam/db.json', 'identity', doc({ Effect: 'Allow', Action: 'redshift:GetClusterCredentials', Resource: [rs('dbuser', 'etl_user'), resource] }))
      expect([resource, together([userPolicy, trustUser, db], anyDb)]).toEqual([resource, []])
    }
  })

  test('a database of another cluster does not count: RTC717 and RTC718', () => {
    const other = `arn:aws:redshift:us-east-1:${ACCOUNT}:dbname:other/analytics`
    const db = linted('iam/db.json', 'identity', doc({ Effect: 'Allow', Action: 'redshift:GetClusterCredentials', Resource: [rs('dbuser', 'etl_user'), other] }))
    const f = together([userPolicy, trustUser, db], anyDb)
    expect(codes(f)).toEqual(['RTC717', 'RTC718'])
    // RTC718 says what to name: the user, and dbname/* for any database; not the database probed for it.
    const beyond = f.find((x) => x.code === 'RTC718')!
    expect(beyond.hint).toContain(`Name exactly ${rs('dbuser', 'etl_user')} and, for any database, ${rs('dbname', '*')}`)
    expect(beyond.hint).not.toContain(rs('dbname', 'dev'))
  })
})

describe('the requester policy: what assuming the role is made of is no other access', () => {
  test('sts:TagSession beside sts:AssumeRole on the role: no RTC720', () => {
    const user = linted('iam/user.json', 'identity', doc({ Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: ROLE }))
    expect(together([user, trustUser], inputsOf(BASE))).toEqual([])
  })

  test('sts:Assume* on the role: the federated forms and sts:AssumeRoot (whose resource is an account root) grant nothing', () => {
    const user = linted('iam/user.json', 'identity', doc({ Effect: 'Allow', Action: 'sts:Assume*', Resource: ROLE }))
    expect(together([user, trustUser], inputsOf(BASE))).toEqual([])
  })

  test('sts:* on "*" still reaches more (sts:AssumeRoot, sts:GetFederationToken...): RTC720', () => {
    const user = linted('iam/user.json', 'identity', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }, { Effect: 'Allow', Action: 'sts:*', Resource: '*' }))
    expect(codes(together([user, trustUser], inputsOf(BASE)))).toContain('RTC720')
  })
})

describe('condition keys the check cannot know (where the agent runs, its organisation, the headers it sends)', () => {
  // Read in the connector's favour: no "will get AccessDenied" on a guess, and
  // a wide principal behind one is still reported, saying what it rests on.
  test('a trust Deny outside the office IP range is not reported as AccessDenied, but as not checked (RTC723, a notice naming the key)', () => {
    const trust = linted('iam/trust.json', 'trust', doc({ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole' }, { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }))
    const f = together([userPolicy, trust], inputsOf(BASE))
    expect(f.map((x) => [x.code, x.severity, x.file, x.line])).toEqual([['RTC723', 'notice', 'iam/trust.json', 11]])
    expect(f[0].message).toContain('statement 2 of iam/trust.json denies it if its conditions on aws:SourceIp hold')
  })

  test('Principal "*" behind aws:SourceIp alone is anyone from there: RTC705, naming the key', () => {
    const trust = linted('iam/trust.json', 'trust', doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }))
    const f = together([userPolicy, trust], inputsOf(BASE)).filter((x) => x.code === 'RTC705')
    expect(f).toHaveLength(1)
    expect(f[0].message).toContain('if its conditions on aws:SourceIp hold')
  })

  test('a staging policy that denies PutObject without the SSE-KMS header: the connector may send it, no RTC714', () => {
    const i = inputsOf({ ...BASE, 'staging-bucket': 'stage-bkt', 'staging-prefix': 'data/' })
    const bucket = 'arn:aws:s3:::stage-bkt'
    const s3 = linted(
      'iam/s3.json',
      'identity',
      doc(
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: bucket, Condition: { StringLike: { 's3:prefix': ['data/', 'data/*'] } } },
        { Effect: 'Allow', Action: 's3:ListBucketMultipartUploads', Resource: bucket },
        { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'], Resource: `${bucket}/data/*` },
        { Effect: 'Deny', Action: 's3:PutObject', Resource: `${bucket}/*`, Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } } }
      )
    )
    // The header is not known: a notice (RTC723) on the Deny, no RTC714.
    expect(codes(together([userPolicy, trustUser, s3], i))).toEqual(['RTC723'])
  })
})

describe('the staging bucket\'s policy, when it is among the files', () => {
  // Same-account evaluation: an explicit Deny in the bucket policy wins; an
  // Allow there that names the role is enough without an identity policy.
  const i = inputsOf({ ...BASE, 'staging-bucket': 'stage-bkt', 'staging-prefix': 'data/' })
  const bucket = 'arn:aws:s3:::stage-bkt'
  const list = { Effect: 'Allow', Action: 's3:ListBucket', Resource: bucket, Condition: { StringLike: { 's3:prefix': ['data/', 'data/*'] } } }
  const uploads = { Effect: 'Allow', Action: 's3:ListBucketMultipartUploads', Resource: bucket }
  const objects = { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'], Resource: `${bucket}/data/*` }
  const s3 = linted('iam/s3.json', 'identity', doc(list, uploads, objects))

  test('a bucket policy that denies the role DeleteObject: RTC714 on that statement', () => {
    const bucketPolicy = linted('iam/bucket-policy.json', 'resource', doc({ Sid: 'Keep', Effect: 'Deny', Principal: { AWS: ROLE }, Action: 's3:DeleteObject', Resource: `${bucket}/*` }))
    const f = together([userPolicy, trustUser, s3, bucketPolicy], i)
    expect(codes(f)).toEqual(['RTC714'])
    expect(f[0].file).toBe('iam/bucket-policy.json')
    expect(f[0].message).toContain('denied s3:DeleteObject')
  })

  test('a bucket policy that grants the role what it needs, and no S3 identity policy: no RTC713', () => {
    const bucketPolicy = linted('iam/bucket-policy.json', 'resource', doc(...[list, uploads, objects].map((s) => ({ ...s, Principal: { AWS: ROLE } }))))
    expect(together([userPolicy, trustUser, bucketPolicy], i)).toEqual([])
  })

  test('a bucket policy that denies requests from outside a VPC endpoint: the check cannot know it, no RTC714 but RTC723 on it', () => {
    const bucketPolicy = linted('iam/bucket-policy.json', 'resource', doc({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [bucket, `${bucket}/*`], Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }))
    const f = together([userPolicy, trustUser, s3, bucketPolicy], i)
    expect(f.map((x) => [x.code, x.file])).toEqual([['RTC723', 'iam/bucket-policy.json']])
    expect(f[0].message).toContain('aws:SourceVpce')
  })
})

describe('the principal role is known by its ARN with its path', () => {
  test('a trust policy that names the role without its path does not admit it: RTC704', () => {
    const i = inputsOf({ ...BASE, 'user-name': '', 'trust-principal': 'role', 'principal-role-name': 'AgentRole', 'principal-role-path': '/agents/' })
    const trust = linted('iam/trust.json', 'trust', doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/AgentRole` }, Action: 'sts:AssumeRole' }))
    expect(codes(together([userPolicy, trust], i))).toContain('RTC704')
  })
})

describe('the requester policy: an ARN pattern is fitted to the action as written', () => {
  test('s3:GetObject on arn:aws:s3:::* reaches every object: RTC720', () => {
    const user = linted('iam/user.json', 'identity', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }, { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::*' }))
    expect(codes(together([user, trustUser], inputsOf(BASE)))).toEqual(['RTC720'])
  })

  test('s3:GetObject on a bucket ARN grants no object: no RTC720', () => {
    const user = linted('iam/user.json', 'identity', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }, { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::corp-data' }))
    expect(together([user, trustUser], inputsOf(BASE))).toEqual([])
  })
})

describe('the requester policy as an "allow all, deny all but" guardrail', () => {
  test('Allow * with Deny NotAction sts:AssumeRole and Deny sts:AssumeRole NotResource the role: judged in full, no RTC720', () => {
    const user = linted('iam/user.json', 'identity', doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', NotAction: 'sts:AssumeRole', Resource: '*' }, { Effect: 'Deny', Action: 'sts:AssumeRole', NotResource: ROLE }))
    expect(together([user, trustUser], inputsOf(BASE))).toEqual([])
  })
})

describe('the requester check stays within its budget on hostile input', () => {
  // Each finishes in well under a second; before the budget counted what the evaluator reads, these took
  // 21 s and 478 s.
  test('NotAction over 20,000 resources: named as not evaluated', () => {
    const resources = Array.from({ length: 20000 }, (_, k) => `arn:aws:s3:::b${k}`)
    const user = linted('iam/user.json', 'identity', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }, { Effect: 'Allow', NotAction: 'iam:*', Resource: resources }))
    const f = together([user, trustUser], inputsOf(BASE)).filter((x) => x.code === 'RTC720')
    expect(f).toHaveLength(1)
    expect(f[0].message).toContain('not evaluated')
  })

  test('one Deny with 20,000 condition values read with every probe: named as not evaluated', () => {
    const names = Array.from({ length: 20000 }, (_, k) => `user-${k}`)
    const user = linted('iam/user.json', 'identity', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:username': names } } }, { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))
    const f = together([user, trustUser], inputsOf(BASE)).filter((x) => x.code === 'RTC720')
    expect(f).toHaveLength(1)
    expect(f[0].message).toContain('not evaluated')
  })
})

describe('KMS findings on the key policy point at the statement that grants the role', () => {
  test('kms:* to the role in the key policy: RTC711 at that statement, not at the root statement', () => {
    const i = inputsOf({ ...BASE, kms: 'true', 'kms-key-arn': KEY })
    const keyPolicy = linted(
      'iam/key-policy.json',
      'resource',
      doc({ Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }, { Sid: 'Role', Effect: 'Allow', Principal: { AWS: ROLE }, Action: 'kms:*', Resource: '*' })
    )
    const f = together([userPolicy, trustUser, keyPolicy], i)
    expect(codes(f)).toEqual(['RTC711'])
    const text = JSON.stringify(keyPolicy.value, null, 2).split('\n')
    expect(text[f[0].line].trim()).toBe('"Sid": "Role",')
  })
})

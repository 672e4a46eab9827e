// Proof, with the project's evaluator, that the new documents do exactly
// what they say: the role's session can do exactly the staging actions on
// exactly the bucket and prefix (not another bucket, not a sibling prefix),
// exactly the DB-auth action on exactly that cluster user (database, groups)
// or workgroup; and a trust policy with trust-principal role admits that
// role and no other.
import { documentsFor } from '../../src/core/generate/documents.js'
import { parseGenerateInputs, type GenerateInputs } from '../../src/core/generate/inputs.js'
import { S3_OBJECT_ACTIONS, S3_STAGING_ACTIONS } from '../../src/core/generate/role-policies/s3-staging-policy.js'
import { normalisePolicy, type NormalPolicy } from '../../src/core/iam/normalise.js'
import { evaluate } from '../../src/core/evaluate/evaluate.js'
import { principalFromArn } from '../../src/core/evaluate/principal.js'
import type { ContextValue, RequestPrincipal } from '../../src/core/evaluate/types.js'
import { CLUSTER, ROLE, SERVERLESS, WORKGROUP_ID } from './setup-cases.js'

const BASE = { 'account-id': '123456789012', 'role-name': 'RedshiftTempCreds', 'user-name': 'etl' }

function inputsOf(given: Record<string, string>): GenerateInputs {
  const parsed = parseGenerateInputs((name) => given[name] ?? '')
  if (!parsed.ok) throw new Error(`inputs rejected: ${parsed.error.input} ${parsed.error.problem}`)
  return parsed.value
}
function normal(doc: unknown): NormalPolicy {
  const p = normalisePolicy(doc)
  if (!p) throw new Error('generated document did not normalise')
  return p
}
const session = (i: GenerateInputs): RequestPrincipal => ({
  ...principalFromArn(`arn:${i.partition}:sts::${i.accountId}:assumed-role/${i.roleName}/connector`),
  roleArn: documentsFor(i).roleArn
})
/** A request of the role's session, judged by one identity policy (resources in the role's account). */
function asRole(i: GenerateInputs, policy: NormalPolicy, action: string, resource: string, context: Record<string, ContextValue> = {}) {
  return evaluate({ principal: session(i), action, resource, context }, { identityPolicies: [policy], resourceAccount: i.accountId }).effect
}

/** A broad sample of S3 actions: the listed ones and neighbours the connector must not get. */
const OTHER_S3_ACTIONS = ['s3:GetObjectVersion', 's3:PutObjectAcl', 's3:DeleteBucket', 's3:PutBucketPolicy', 's3:GetBucketPolicy', 's3:ListAllMyBuckets', 's3:DeleteObjectVersion', 's3:RestoreObject']

describe.each([
  ['a prefix', 'data', 'data/'],
  ['a nested prefix written with slashes', '/teams/etl/', 'teams/etl/'],
  ['the whole bucket', '', '']
])('S3 staging policy with %s', (_, raw, prefix) => {
  const i = inputsOf({ ...BASE, 'staging-bucket': 'etl-staging', ...(raw ? { 'staging-prefix': raw } : {}) })
  const policy = normal(documentsFor(i).s3StagingPolicy)
  const bucket = 'arn:aws:s3:::etl-staging'
  const key = `${bucket}/${prefix}job-1/part-0000.gz`

  test('allows exactly the five object actions on objects under the prefix, and no other S3 action', () => {
    for (const action of S3_OBJECT_ACTIONS) expect({ action, effect: asRole(i, policy, action, key) }).toEqual({ action, effect: 'Allow' })
    for (const action of [...OTHER_S3_ACTIONS, 's3:ListBucket', 's3:ListBucketMultipartUploads']) {
      expect({ action, effect: asRole(i, policy, action, key) }).toEqual({ action, effect: 'ImplicitDeny' })
    }
  })

  test('allows listing the prefix and its multipart uploads on the bucket, and nothing else there', () => {
    expect(asRole(i, policy, 's3:ListBucket', bucket, { 's3:prefix': `${prefix}job-1/` })).toBe('Allow')
    expect(asRole(i, policy, 's3:ListBucket', bucket, { 's3:prefix': prefix })).toBe('Allow')
    expect(asRole(i, policy, 's3:ListBucketMultipartUploads', bucket)).toBe('Allow')
    for (const action of [...S3_OBJECT_ACTIONS, ...OTHER_S3_ACTIONS]) expect({ action, effect: asRole(i, policy, action, bucket) }).toEqual({ action, effect: 'ImplicitDeny' })
  })

  test('another bucket gets nothing, whatever its name', () => {
    for (const other of ['arn:aws:s3:::etl-staging2', 'arn:aws:s3:::etl-stagin', 'arn:aws:s3:::other', 'arn:aws:s3:::x-etl-staging']) {
      for (const action of S3_STAGING_ACTIONS) {
        expect({ other, action, effect: asRole(i, policy, action, other, { 's3:prefix': prefix }) }).toEqual({ other, action, effect: 'ImplicitDeny' })
        expect({ other, action, effect: asRole(i, policy, action, `${other}/${prefix}job-1/part`) }).toEqual({ other, action, effect: 'ImplicitDeny' })
      }
    }
    // The same bucket name in another partition is another bucket too.
    expect(asRole(i, policy, 's3:GetObject', `arn:aws-cn:s3:::etl-staging/${prefix}x`)).toBe('ImplicitDeny')
  })

  if (prefix) {
    test(`a sibling of ${prefix} (such as ${prefix.slice(0, -1)}-old/) and the rest of the bucket get nothing`, () => {
      const stem = prefix.slice(0, -1)
      for (const outside of [`${stem}-old/x`, `${stem}x/y`, `${stem}`, 'other/x', 'x', `x/${prefix}y`]) {
        for (const action of S3_OBJECT_ACTIONS) {
          expect({ outside, action, effect: asRole(i, policy, action, `${bucket}/${outside}`) }).toEqual({ outside, action, effect: 'ImplicitDeny' })
        }
      }
      for (const listed of [`${stem}-old/`, `${stem}`, '', 'other/']) {
        expect({ listed, effect: asRole(i, policy, 's3:ListBucket', bucket, { 's3:prefix': listed }) }).toEqual({ listed, effect: 'ImplicitDeny' })
      }
      // A listing without a prefix lists the whole bucket: denied.
      expect(asRole(i, policy, 's3:ListBucket', bucket)).toBe('ImplicitDeny')
    })
  } else {
    test('without a prefix, every object of the bucket and a listing without a prefix are allowed', () => {
      expect(asRole(i, policy, 's3:GetObject', `${bucket}/any/key`)).toBe('Allow')
      expect(asRole(i, policy, 's3:ListBucket', bucket)).toBe('Allow')
    })
  }
})

describe('Redshift DB-auth policy, cluster', () => {
  const i = inputsOf({ ...BASE, ...CLUSTER, 'db-name': 'dev', 'db-groups': 'loaders,readers' })
  const policy = normal(documentsFor(i).redshiftDbAuthPolicy)
  const arn = (type: string, cluster: string, name: string) => `arn:aws:redshift:us-east-1:123456789012:${type}:${cluster}/${name}`

  // A GetClusterCredentials request carries its DbName as redshift:DbName.
  const dev = { 'redshift:DbName': 'dev' }

  test('GetClusterCredentials on exactly that user and database of that cluster; JoinGroup on exactly those groups', () => {
    expect(asRole(i, policy, 'redshift:GetClusterCredentials', arn('dbuser', 'prod', 'etl_user'), dev)).toBe('Allow')
    expect(asRole(i, policy, 'redshift:GetClusterCredentials', arn('dbname', 'prod', 'dev'), dev)).toBe('Allow')
    for (const g of ['loaders', 'readers']) expect(asRole(i, policy, 'redshift:JoinGroup', arn('dbgroup', 'prod', g))).toBe('Allow')
  })

  test('no other user, database, group, cluster, Region, account or action', () => {
    const denied: Array<[string, string]> = [
      ['redshift:GetClusterCredentials', arn('dbuser', 'prod', 'admin')],
      ['redshift:GetClusterCredentials', arn('dbuser', 'prod', 'etl_user2')],
      ['redshift:GetClusterCredentials', arn('dbuser', 'prod2', 'etl_user')],
      ['redshift:GetClusterCredentials', arn('dbuser', 'pro', 'etl_user')],
      ['redshift:GetClusterCredentials', arn('dbname', 'prod', 'prod_db')],
      ['redshift:GetClusterCredentials', arn('dbgroup', 'prod', 'loaders')],
      ['redshift:GetClusterCredentials', 'arn:aws:redshift:eu-west-1:123456789012:dbuser:prod/etl_user'],
      ['redshift:GetClusterCredentials', 'arn:aws:redshift:us-east-1:210987654321:dbuser:prod/etl_user'],
      ['redshift:JoinGroup', arn('dbgroup', 'prod', 'admins')],
      ['redshift:JoinGroup', arn('dbgroup', 'prod2', 'loaders')],
      ['redshift:CreateClusterUser', arn('dbuser', 'prod', 'etl_user')],
      ['redshift:DescribeClusters', 'arn:aws:redshift:us-east-1:123456789012:cluster:prod'],
      ['redshift:GetClusterCredentialsWithIAM', arn('dbname', 'prod', 'dev')],
      ['redshift-serverless:GetCredentials', `arn:aws:redshift-serverless:us-east-1:123456789012:workgroup/${WORKGROUP_ID}`]
    ]
    for (const [action, resource] of denied) expect({ action, resource, effect: asRole(i, policy, action, resource) }).toEqual({ action, resource, effect: 'ImplicitDeny' })
  })

  // A request without DbName is authorised on the dbuser alone, and its credentials log on to any database (API
  // reference: "If DbName is not specified, DbUser can log on to any existing database"): with db-name it is refused,
  // as is one naming another database, so the credentials are for that database only.
  test('with db-name, a request that names no database, or another one, is refused on the dbuser too', () => {
    expect(asRole(i, policy, 'redshift:GetClusterCredentials', arn('dbuser', 'prod', 'etl_user'))).toBe('ImplicitDeny')
    expect(asRole(i, policy, 'redshift:GetClusterCredentials', arn('dbuser', 'prod', 'etl_user'), { 'redshift:DbName': 'prod_db' })).toBe('ImplicitDeny')
    expect(documentsFor(i).redshiftDbAuthPolicy?.Statement[0]).toEqual({
      Sid: 'GetClusterCredentials',
      Effect: 'Allow',
      Action: 'redshift:GetClusterCredentials',
      Resource: [arn('dbuser', 'prod', 'etl_user'), arn('dbname', 'prod', 'dev')],
      Condition: { StringEquals: { 'redshift:DbName': 'dev' } }
    })
  })

  // GetClusterCredentials takes DbUser in either case (API reference: "uppercase or lowercase letters"; early
  // versions said lowercase only), and IAM matches a Resource ARN case-sensitively: the dbuser ARN carries db-user
  // exactly as given, which is what the connector sends. The cluster id is lower-cased: Redshift stores it so.
  test('the dbuser ARN keeps the case of db-user', () => {
    const mixed = inputsOf({ ...BASE, ...CLUSTER, 'db-user': 'ETL_User' })
    const p = normal(documentsFor(mixed).redshiftDbAuthPolicy)
    expect(asRole(mixed, p, 'redshift:GetClusterCredentials', arn('dbuser', 'prod', 'ETL_User'))).toBe('Allow')
    expect(asRole(mixed, p, 'redshift:GetClusterCredentials', arn('dbuser', 'prod', 'etl_user'))).toBe('ImplicitDeny')
  })

  // A request that names a database needs its dbname allowed; drivers send the one in the connection URL.
  test('without db-name and db-groups: one statement, GetClusterCredentials on the dbuser and any database of the cluster', () => {
    const plain = inputsOf({ ...BASE, ...CLUSTER })
    const doc = documentsFor(plain).redshiftDbAuthPolicy
    expect(doc?.Statement).toEqual([
      { Sid: 'GetClusterCredentials', Effect: 'Allow', Action: 'redshift:GetClusterCredentials', Resource: [arn('dbuser', 'prod', 'etl_user'), arn('dbname', 'prod', '*')] }
    ])
    const p = normal(doc)
    expect(asRole(plain, p, 'redshift:GetClusterCredentials', arn('dbname', 'prod', 'analytics'))).toBe('Allow')
    expect(asRole(plain, p, 'redshift:GetClusterCredentials', arn('dbname', 'other', 'analytics'))).toBe('ImplicitDeny')
  })

  // GetClusterCredentials, AutoCreate: "if the AutoCreate parameter is set to True, then the policy must include the
  // redshift:CreateClusterUser permission" (the Cluster Management Guide: "with the dbuser resource").
  test('db-auto-create: CreateClusterUser on exactly that dbuser, and on no other user or cluster', () => {
    const auto = inputsOf({ ...BASE, ...CLUSTER, 'db-auto-create': 'true' })
    const p = normal(documentsFor(auto).redshiftDbAuthPolicy)
    expect(asRole(auto, p, 'redshift:CreateClusterUser', arn('dbuser', 'prod', 'etl_user'))).toBe('Allow')
    expect(asRole(auto, p, 'redshift:GetClusterCredentials', arn('dbuser', 'prod', 'etl_user'))).toBe('Allow')
    for (const resource of [arn('dbuser', 'prod', 'admin'), arn('dbuser', 'prod2', 'etl_user'), arn('dbname', 'prod', 'dev'), arn('dbgroup', 'prod', 'etl_user')]) {
      expect({ resource, effect: asRole(auto, p, 'redshift:CreateClusterUser', resource) }).toEqual({ resource, effect: 'ImplicitDeny' })
    }
    const off = inputsOf({ ...BASE, ...CLUSTER, 'db-auto-create': 'false' })
    expect(asRole(off, normal(documentsFor(off).redshiftDbAuthPolicy), 'redshift:CreateClusterUser', arn('dbuser', 'prod', 'etl_user'))).toBe('ImplicitDeny')
  })
})

describe('Redshift DB-auth policy, serverless', () => {
  const i = inputsOf({ ...BASE, ...SERVERLESS })
  const policy = normal(documentsFor(i).redshiftDbAuthPolicy)
  const workgroup = (id: string, region = 'us-east-1', account = '123456789012') => `arn:aws:redshift-serverless:${region}:${account}:workgroup/${id}`

  test('GetCredentials on exactly that workgroup; no other workgroup, Region, account or action', () => {
    expect(asRole(i, policy, 'redshift-serverless:GetCredentials', workgroup(WORKGROUP_ID))).toBe('Allow')
    const denied: Array<[string, string]> = [
      ['redshift-serverless:GetCredentials', workgroup('00000000-0000-4000-8000-000000000001')],
      ['redshift-serverless:GetCredentials', workgroup(WORKGROUP_ID, 'eu-west-1')],
      ['redshift-serverless:GetCredentials', workgroup(WORKGROUP_ID, 'us-east-1', '210987654321')],
      ['redshift-serverless:GetWorkgroup', workgroup(WORKGROUP_ID)],
      ['redshift:GetClusterCredentials', 'arn:aws:redshift:us-east-1:123456789012:dbuser:prod/etl_user']
    ]
    for (const [action, resource] of denied) expect({ action, resource, effect: asRole(i, policy, action, resource) }).toEqual({ action, resource, effect: 'ImplicitDeny' })
  })
})

describe.each([
  ['same account', {}],
  ['cross account, with a path', { 'user-account-id': '210987654321', 'principal-role-path': '/agents/' }]
])('trust-principal role (%s)', (_, extra) => {
  const i = inputsOf({ ...BASE, ...ROLE, ...(extra as Record<string, string>) })
  const d = documentsFor(i)
  const trust = normal(d.trustPolicy)
  const everything = normal({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
  const account = i.userAccountId
  const assume = (principal: RequestPrincipal) =>
    evaluate({ principal, action: 'sts:AssumeRole', resource: d.roleArn, context: {} }, { identityPolicies: [everything], resourcePolicy: trust }).effect
  const sessionOf = (name: string, acct = account, path = i.principalRole?.path ?? '/'): RequestPrincipal => ({
    ...principalFromArn(`arn:aws:sts::${acct}:assumed-role/${name}/i-0123456789abcdef0`),
    roleArn: `arn:aws:iam::${acct}:role${path}${name}`
  })

  test('the trust policy names the principal role in user-account-id', () => {
    expect(d.principalArn).toBe(`arn:aws:iam::${account}:role${i.principalRole?.path}SecureAgentEc2`)
    expect(d.trustPolicy.Statement[0].Principal).toEqual({ AWS: d.principalArn })
  })

  test('admits a session of that role', () => {
    expect(assume(sessionOf('SecureAgentEc2'))).toBe('Allow')
  })

  test('admits no other role, user, account or service', () => {
    const strangers: RequestPrincipal[] = [
      sessionOf('SecureAgentEc2x'),
      sessionOf('SecureAgentEc'),
      sessionOf('WorkerNode'),
      sessionOf('SecureAgentEc2', '555555555555'),
      principalFromArn(`arn:aws:iam::${account}:user/SecureAgentEc2`),
      principalFromArn(`arn:aws:iam::${account}:root`),
      principalFromArn('arn:aws:iam::555555555555:root'),
      principalFromArn('ec2.amazonaws.com'),
      principalFromArn('*')
    ]
    for (const p of strangers) expect({ who: p.arn, effect: assume(p) }).toEqual({ who: p.arn, effect: 'ImplicitDeny' })
  })

  test("the principal role's own policy allows sts:AssumeRole on exactly the role", () => {
    const requester = normal(d.userPolicy)
    // Another role whose trust policy hands the decision to the principal's account.
    const trustingAccount = normal({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }] })
    const ask = (resource: string, resourcePolicy: NormalPolicy) =>
      evaluate({ principal: sessionOf('SecureAgentEc2'), action: 'sts:AssumeRole', resource, context: {} }, { identityPolicies: [requester], resourcePolicy }).effect
    expect(ask(d.roleArn, trust)).toBe('Allow')
    expect(ask(d.roleArn, trustingAccount)).toBe('Allow')
    for (const other of ['arn:aws:iam::123456789012:role/Other', 'arn:aws:iam::123456789012:role/RedshiftTempCreds2', `arn:aws:iam::${account}:role/RedshiftTempCreds`]) {
      if (other === d.roleArn) continue
      expect({ other, effect: ask(other, trustingAccount) }).toEqual({ other, effect: 'ImplicitDeny' })
    }
  })
})

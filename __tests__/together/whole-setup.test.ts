// The whole connector setup in validate: with the generate inputs, the
// generated set (S3 staging, DB auth, role principal, session length) is
// clean, and each planted mistake is found by its code, at its statement.
import { checkTogether } from '../../src/core/together/check-together.js'
import { documentsFor } from '../../src/core/generate/documents.js'
import { parseGenerateInputs, type GenerateInputs } from '../../src/core/generate/inputs.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'
import { decisionsMade } from '../../src/core/evaluate/evaluate.js'
import { policyWeight } from '../../src/core/evaluate/weight.js'
import { ROLE_CHAINING_BUDGET } from '../../src/core/together/role-chaining.js'
import { WHO_ELSE_BUDGET } from '../../src/core/together/check-together.js'
import { typedNameSearched } from '../../src/core/together/db-auth.js'
import { DERIVED_PROBE_BUDGET } from '../../src/core/together/setup-context.js'
import { parseJson } from '../../src/core/json-ast/parse.js'
import type { LintedFile, PolicyKind } from '../../src/core/lint/lint.js'
import type { Finding } from '../../src/core/lint/finding.js'

const BASE: Record<string, string> = { 'account-id': '123456789012', 'role-name': 'RedshiftTempCreds', 'user-name': 'etl' }

function inputsOf(given: Record<string, string>): GenerateInputs {
  const parsed = parseGenerateInputs((name) => given[name] ?? '', { roleChainingIsError: false })
  if (!parsed.ok) throw new Error(`inputs rejected: ${parsed.error.input} ${parsed.error.problem}`)
  return parsed.value
}

/** A file as validate hands it over: parsed with positions from its pretty-printed text. */
function linted(file: string, kind: PolicyKind, value: unknown): LintedFile {
  const text = `${JSON.stringify(value, null, 2)}\n`
  const parsed = parseJson(text)
  const policy = normalisePolicy(value)
  return { file, kind, findings: [], value, ...(parsed.ok ? { root: parsed.root } : {}), ...(policy ? { policy } : {}) }
}

function generatedFiles(i: GenerateInputs, replace: Record<string, unknown> = {}): LintedFile[] {
  const d = documentsFor(i)
  const docs: Array<[string, unknown]> = [
    ['user-policy.json', d.userPolicy],
    ['trust-policy.json', d.trustPolicy],
    ...d.rolePolicies.map((p) => [p.module.file, p.document] as [string, unknown])
  ]
  return docs.map(([name, value]) => linted(`iam/${name}`, name === 'trust-policy.json' ? 'trust' : 'identity', name in replace ? replace[name] : value))
}

const codes = (f: Finding[]) => f.map((x) => x.code).sort()

const SETUPS: Array<[string, Record<string, string>]> = [
  ['staging bucket, whole bucket', { 'staging-bucket': 'etl-staging' }],
  ['staging prefix', { 'staging-bucket': 'etl-staging', 'staging-prefix': 'data' }],
  ['cluster with database and groups', { 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'prod', 'redshift-region': 'eu-west-1', 'db-user': 'etl_user', 'db-name': 'dev', 'db-groups': 'loaders,readers' }],
  ['cluster, the user created at log-on', { 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'prod', 'redshift-region': 'eu-west-1', 'db-user': 'etl_user', 'db-auto-create': 'true' }],
  ['serverless', { 'redshift-db-auth': 'serverless', 'redshift-workgroup': '8f9d3c1e-0a4b-4c2d-9e8f-1a2b3c4d5e6f', 'redshift-region': 'us-east-1' }],
  ['role principal, one hour', { 'user-name': '', 'trust-principal': 'role', 'principal-role-name': 'SecureAgentEc2', 'session-duration': '3600', 'staging-bucket': 'etl-staging', 'staging-prefix': 'a/b' }],
  ['role principal cross-account with everything', { 'user-name': '', 'trust-principal': 'role', 'principal-role-name': 'SecureAgentEc2', 'principal-role-path': '/agents/', 'user-account-id': '210987654321', 'staging-bucket': 'etl-staging', 'staging-prefix': 'data', kms: 'true', 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'prod', 'redshift-region': 'eu-west-1', 'db-user': 'etl_user' }],
  ['user, twelve hours', { 'session-duration': '43200', 'staging-bucket': 'etl-staging' }]
]

describe.each(SETUPS)('the generated set is clean: %s', (_, extra) => {
  test('no findings', () => {
    const i = inputsOf({ ...BASE, ...extra })
    expect(checkTogether(generatedFiles(i), i)).toEqual([])
  })
})

const STAGING = inputsOf({ ...BASE, 'staging-bucket': 'etl-staging', 'staging-prefix': 'data' })
const S3 = documentsFor(STAGING).s3StagingPolicy as unknown as { Statement: Array<Record<string, unknown>> }

describe('planted mistakes', () => {
  test('a second bucket in the S3 staging policy: RTC715 at that statement, and drift', () => {
    const statements = S3.Statement.map((s) => (s.Sid === 'UseStagingObjects' ? { ...s, Resource: [s.Resource, 'arn:aws:s3:::other-bucket/*'] } : s))
    const files = generatedFiles(STAGING, { 's3-staging-policy.json': { ...S3, Statement: statements } })
    const f = checkTogether(files, STAGING)
    expect(codes(f)).toEqual(['RTC715', 'RTC804'])
    const reach = f.find((x) => x.code === 'RTC715') as Finding
    expect(reach.file).toBe('iam/s3-staging-policy.json')
    expect(reach.message).toContain('arn:aws:s3:::other-bucket/')
    // The third statement (UseStagingObjects) of the pretty-printed file.
    const text = JSON.stringify({ ...S3, Statement: statements }, null, 2).split('\n')
    expect(text[reach.line - 1].trim()).toBe('{')
    expect(text[reach.line].trim()).toBe('"Sid": "UseStagingObjects",')
  })

  test('a bucket hidden behind fifty decoys that Denies cancel is still named in an RTC715, as not evaluated', () => {
    const decoys = Array.from({ length: 50 }, (_, k) => `arn:aws:s3:::decoy-${k}/*`)
    const statements = [
      ...S3.Statement,
      { Sid: 'Decoys', Effect: 'Allow', Action: 's3:GetObject', Resource: decoys },
      { Sid: 'Cancel', Effect: 'Deny', Action: 's3:GetObject', Resource: decoys },
      { Sid: 'Exfil', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::attacker-drop/*' }
    ]
    const f = checkTogether(generatedFiles(STAGING, { 's3-staging-policy.json': { ...S3, Statement: statements } }), STAGING)
    const reach = f.filter((x) => x.code === 'RTC715')
    expect(reach).toHaveLength(1)
    expect(reach[0].message).toContain('arn:aws:s3:::attacker-drop/*')
    expect(reach[0].message).toContain('not evaluated')
    const text = JSON.stringify({ ...S3, Statement: statements }, null, 2).split('\n')
    expect(text[reach[0].line].trim()).toBe('"Sid": "Exfil",')
  })

  test("a prefix without its slash ('data*') reaches 'data-old/': RTC715", () => {
    const statements = S3.Statement.map((s) => (s.Sid === 'UseStagingObjects' ? { ...s, Resource: 'arn:aws:s3:::etl-staging/data*' } : s))
    const f = checkTogether(generatedFiles(STAGING, { 's3-staging-policy.json': { ...S3, Statement: statements } }), STAGING)
    expect(codes(f)).toContain('RTC715')
    expect(f.find((x) => x.code === 'RTC715')?.message).toContain('data-old/')
  })

  test('listing without the s3:prefix condition: RTC715', () => {
    const statements = S3.Statement.map((s) => (s.Sid === 'ListStagingPrefix' ? { Sid: s.Sid, Effect: 'Allow', Action: s.Action, Resource: s.Resource } : s))
    const f = checkTogether(generatedFiles(STAGING, { 's3-staging-policy.json': { ...S3, Statement: statements } }), STAGING)
    expect(codes(f)).toContain('RTC715')
  })

  test('a user policy with S3 access: RTC720 at that statement', () => {
    const user = documentsFor(STAGING).userPolicy
    const planted = { ...user, Statement: [...user.Statement, { Sid: 'Stage', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::etl-staging/data/*' }] }
    const f = checkTogether(generatedFiles(STAGING, { 'user-policy.json': planted }), STAGING)
    expect(codes(f)).toEqual(['RTC720', 'RTC801'])
    const scope = f.find((x) => x.code === 'RTC720') as Finding
    const text = JSON.stringify(planted, null, 2).split('\n')
    expect(text[scope.line].trim()).toBe('"Sid": "Stage",')
    expect(scope.message).toContain('s3:GetObject')
  })

  test('a grant hidden behind decoys that Denies cancel is still named in an RTC720, as not evaluated', () => {
    const user = documentsFor(STAGING).userPolicy
    // Each decoy allows one S3 action on its own bucket and a Deny takes it back: judged one by one, they use the budget up.
    // 500 decoys, each read with 500 Denies: past REQUESTER_PROBE_BUDGET.
    const decoys = Array.from({ length: 500 }, (_, k) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::decoy-${k}/*` }))
    const cancels = Array.from({ length: 500 }, (_, k) => ({ Effect: 'Deny', Action: 's3:GetObject', Resource: `arn:aws:s3:::decoy-${k}/*` }))
    const planted = { ...user, Statement: [...user.Statement, ...decoys, ...cancels, { Sid: 'Hidden', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }] }
    const f = checkTogether(generatedFiles(STAGING, { 'user-policy.json': planted }), STAGING)
    const scope = f.filter((x) => x.code === 'RTC720')
    // The decoys judged before the budget ran out are cancelled: not reported. The rest, the hidden grant among
    // them, are named together in one finding, at the first statement not judged.
    expect(scope).toHaveLength(1)
    expect(scope[0].message).toMatch(/not evaluated: .* and \d+ more Allow statements after it name s3:GetObject, kms:Decrypt/)
  })

  test('a grant on the last of many resources, or with the last of many actions, is found', () => {
    const user = documentsFor(STAGING).userPolicy
    const denied = Array.from({ length: 30 }, (_, k) => `arn:aws:s3:::denied-${k}/*`)
    const planted = {
      ...user,
      Statement: [
        ...user.Statement,
        { Sid: 'ManyResources', Effect: 'Allow', Action: 's3:GetObject', Resource: [...denied, 'arn:aws:s3:::open/*'] },
        { Effect: 'Deny', Action: 's3:GetObject', Resource: denied },
        { Sid: 'ManyActions', Effect: 'Allow', Action: [...Array.from({ length: 120 }, () => 'sts:AssumeRole'), 'kms:Decrypt'], Resource: '*' }
      ]
    }
    const scope = checkTogether(generatedFiles(STAGING, { 'user-policy.json': planted }), STAGING).filter((x) => x.code === 'RTC720')
    expect(scope.map((x) => x.message.match(/\(e\.g\. ([^)]*)\)/)?.[1])).toEqual(['s3:GetObject on arn:aws:s3:::open/x', 'kms:Decrypt on *'])
  })

  test('NotAction that leaves out the common services still grants the rest: RTC720', () => {
    const user = documentsFor(STAGING).userPolicy
    const planted = { ...user, Statement: [...user.Statement, { Sid: 'AllBut', Effect: 'Allow', NotAction: ['s3:*', 'redshift:*', 'kms:*', 'iam:*', 'ec2:*', 'sts:*'], Resource: '*' }] }
    const scope = checkTogether(generatedFiles(STAGING, { 'user-policy.json': planted }), STAGING).filter((x) => x.code === 'RTC720')
    expect(scope).toHaveLength(1)
    expect(scope[0].message).toMatch(/\(e\.g\. [a-z0-9-]+:\w+ on \*/)
    expect(scope[0].message).not.toMatch(/\(e\.g\. (s3|redshift|kms|iam|ec2|sts):/)
  })

  test('a user policy with Action "*": RTC720', () => {
    const user = documentsFor(STAGING).userPolicy
    const planted = { ...user, Statement: [...user.Statement, { Effect: 'Allow', Action: '*', Resource: '*' }] }
    expect(codes(checkTogether(generatedFiles(STAGING, { 'user-policy.json': planted }), STAGING))).toContain('RTC720')
  })

  test('chaining over an hour: RTC719 at the trust statement', () => {
    const i = inputsOf({ ...BASE, 'user-name': '', 'trust-principal': 'role', 'principal-role-name': 'SecureAgentEc2', 'session-duration': '7200' })
    const f = checkTogether(generatedFiles(i), i)
    expect(codes(f)).toEqual(['RTC719'])
    expect(f[0].file).toBe('iam/trust-policy.json')
    const text = JSON.stringify(documentsFor(i).trustPolicy, null, 2).split('\n')
    expect(text[f[0].line].trim()).toBe('"Sid": "TrustRedshiftConnectorRole",')
    expect(f[0].message).toContain('one hour')
  })

  test('a trust policy that also admits a role, with a user and session over an hour: RTC719 (and RTC708)', () => {
    const i = inputsOf({ ...BASE, 'session-duration': '7200' })
    const trust = documentsFor(i).trustPolicy
    const planted = { ...trust, Statement: [...trust.Statement, { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/agent' }, Action: 'sts:AssumeRole' }] }
    expect(codes(checkTogether(generatedFiles(i, { 'trust-policy.json': planted }), i))).toEqual(['RTC708', 'RTC719', 'RTC802'])
  })

  test('thousands of roles behind a condition no request meets, session over an hour: the chaining check has a budget, and what it leaves is reported, not passed over', () => {
    const i = inputsOf({ ...BASE, 'session-duration': '7200' })
    const trust = documentsFor(i).trustPolicy
    const roles = Array.from({ length: 3000 }, (_, k) => `arn:aws:iam::123456789012:role/agent${k}`)
    const planted = {
      ...trust,
      Statement: [
        ...trust.Statement,
        { Sid: 'Decoys', Effect: 'Allow', Principal: { AWS: roles }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'never-sent' } } },
        { Sid: 'Chained', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/last' }, Action: 'sts:AssumeRole' }
      ]
    }
    const before = decisionsMade()
    const f = checkTogether(generatedFiles(i, { 'trust-policy.json': planted }), i)
    // One evaluation of the 3,000-principal policy per role took 7.5 s before the budget. Counted, not timed (the
    // machine is shared): each decision reads the whole trust policy, so the chaining check makes at most
    // ROLE_CHAINING_BUDGET / its weight of them, and the who-else check WHO_ELSE_BUDGET / its weight; the other checks
    // make a few. Unbudgeted, the chaining check alone would make one per role, 3,001.
    const made = decisionsMade() - before
    const cost = policyWeight(normalisePolicy(planted)!) + 1
    expect(made).toBeLessThanOrEqual(Math.floor(ROLE_CHAINING_BUDGET / cost) + Math.floor(WHO_ELSE_BUDGET / cost) + 50)
    // Each statement whose roles were not all judged is reported as such (as the who-else check does):
    // the decoys' and, behind them, the one that would chain.
    const chained = f.filter((x) => x.code === 'RTC719')
    expect(chained).toHaveLength(2)
    expect(chained.every((x) => x.message.includes('not evaluated'))).toBe(true)
    expect(chained[1].message).toContain('arn:aws:iam::123456789012:role/last')
  })

  test("the Secure Agent's role admitted without being named (Principal \"*\" held to its ARN, or the account root), session over an hour: still role chaining, RTC719", () => {
    const i = inputsOf({ ...BASE, 'user-name': '', 'trust-principal': 'role', 'principal-role-name': 'SecureAgentEc2', 'session-duration': '7200' })
    const agent = 'arn:aws:iam::123456789012:role/SecureAgentEc2'
    const byCondition = { Version: '2012-10-17', Statement: [{ Sid: 'AnyoneWhoIsTheAgent', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { ArnEquals: { 'aws:PrincipalArn': agent } } }] }
    const f = checkTogether(generatedFiles(i, { 'trust-policy.json': byCondition }), i).filter((x) => x.code === 'RTC719')
    expect(f).toHaveLength(1)
    expect(f[0].line).toBe(4)
    expect(f[0].message).toContain(agent)
    const byAccount = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }] }
    expect(codes(checkTogether(generatedFiles(i, { 'trust-policy.json': byAccount }), i))).toContain('RTC719')
    // An hour or less: no chaining finding.
    const hour = inputsOf({ ...BASE, 'user-name': '', 'trust-principal': 'role', 'principal-role-name': 'SecureAgentEc2', 'session-duration': '3600' })
    expect(codes(checkTogether(generatedFiles(hour, { 'trust-policy.json': byCondition }), hour))).not.toContain('RTC719')
  })

  test('a trust policy that admits one session of a role (assumed-role/<role>/<session>), session over an hour: that session chains roles too, RTC719', () => {
    const i = inputsOf({ ...BASE, 'session-duration': '7200' })
    const trust = documentsFor(i).trustPolicy
    const planted = { ...trust, Statement: [...trust.Statement, { Effect: 'Allow', Principal: { AWS: 'arn:aws:sts::123456789012:assumed-role/agent/i-0123456789abcdef0' }, Action: 'sts:AssumeRole' }] }
    expect(codes(checkTogether(generatedFiles(i, { 'trust-policy.json': planted }), i))).toEqual(['RTC708', 'RTC719', 'RTC802'])
  })
})

describe('database credentials', () => {
  const CLUSTER = inputsOf({ ...BASE, 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'prod', 'redshift-region': 'eu-west-1', 'db-user': 'etl_user', 'db-groups': 'loaders' })
  const db = documentsFor(CLUSTER).redshiftDbAuthPolicy as unknown as { Statement: Array<Record<string, unknown>> }

  test('a wildcard database user: RTC718', () => {
    const planted = { ...db, Statement: db.Statement.map((s) => (s.Sid === 'GetClusterCredentials' ? { ...s, Resource: ['arn:aws:redshift:eu-west-1:123456789012:dbuser:prod/*', 'arn:aws:redshift:eu-west-1:123456789012:dbname:prod/*'] } : s)) }
    expect(codes(checkTogether(generatedFiles(CLUSTER, { 'redshift-db-auth-policy.json': planted }), CLUSTER))).toEqual(['RTC718', 'RTC805'])
  })

  test('the dbuser alone, with no dbname resource: every database the connection names is refused, RTC717 too', () => {
    const planted = { ...db, Statement: db.Statement.map((s) => (s.Sid === 'GetClusterCredentials' ? { ...s, Resource: 'arn:aws:redshift:eu-west-1:123456789012:dbuser:prod/*' } : s)) }
    expect(codes(checkTogether(generatedFiles(CLUSTER, { 'redshift-db-auth-policy.json': planted }), CLUSTER))).toEqual(['RTC717', 'RTC718', 'RTC805'])
  })

  test('another cluster: RTC717 and RTC718', () => {
    const planted = { ...db, Statement: db.Statement.map((s) => (s.Sid === 'GetClusterCredentials' ? { ...s, Resource: 'arn:aws:redshift:eu-west-1:123456789012:dbuser:test/etl_user' } : s)) }
    const f = codes(checkTogether(generatedFiles(CLUSTER, { 'redshift-db-auth-policy.json': planted }), CLUSTER))
    expect(f).toEqual(['RTC717', 'RTC718', 'RTC805'])
  })

  // GetClusterCredentials with AutoCreate: "the policy must include the redshift:CreateClusterUser permission".
  test('db-auto-create with a policy that cannot create the user: RTC717 naming CreateClusterUser, and RTC805', () => {
    const auto = inputsOf({ ...BASE, 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'prod', 'redshift-region': 'eu-west-1', 'db-user': 'etl_user', 'db-auto-create': 'true' })
    const made = documentsFor(auto).redshiftDbAuthPolicy as unknown as { Statement: Array<Record<string, unknown>> }
    const without = { ...made, Statement: made.Statement.filter((st) => st.Action !== 'redshift:CreateClusterUser') }
    expect(without.Statement).toHaveLength(made.Statement.length - 1)
    const findings = checkTogether(generatedFiles(auto, { 'redshift-db-auth-policy.json': without }), auto)
    expect(codes(findings)).toEqual(['RTC717', 'RTC805'])
    expect(findings.find((f) => f.code === 'RTC717')?.message).toContain('redshift:CreateClusterUser on arn:aws:redshift:eu-west-1:123456789012:dbuser:prod/etl_user')
  })

  test('no DB-auth policy: RTC716; no S3 policy: RTC713', () => {
    const i = inputsOf({ ...BASE, 'staging-bucket': 'etl-staging', 'redshift-db-auth': 'serverless', 'redshift-workgroup': '8f9d3c1e-0a4b-4c2d-9e8f-1a2b3c4d5e6f', 'redshift-region': 'us-east-1' })
    const files = generatedFiles(i).filter((f) => !/s3-staging|db-auth/.test(f.file))
    expect(codes(checkTogether(files, i))).toEqual(['RTC713', 'RTC716'])
  })

  test('serverless policy missing the action on the workgroup: RTC717', () => {
    const i = inputsOf({ ...BASE, 'redshift-db-auth': 'serverless', 'redshift-workgroup': '8f9d3c1e-0a4b-4c2d-9e8f-1a2b3c4d5e6f', 'redshift-region': 'us-east-1' })
    const planted = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'redshift-serverless:GetCredentials', Resource: 'arn:aws:redshift-serverless:us-east-1:123456789012:workgroup/00000000-0000-4000-8000-000000000001' }] }
    expect(codes(checkTogether(generatedFiles(i, { 'redshift-db-auth-policy.json': planted }), i))).toEqual(['RTC717', 'RTC718', 'RTC805'])
  })
})

describe('hostile input is budgeted', () => {
  test("a DB-auth resource of many ':dbuser:' and no '/' is read in linear time (an unanchored regular expression tried each, quadratic), and still found", () => {
    const i = inputsOf({ ...BASE, 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'prod', 'redshift-region': 'eu-west-1', 'db-user': 'etl_user' })
    const dbAuth = documentsFor(i).redshiftDbAuthPolicy as unknown as { Statement: Array<Record<string, unknown>> }
    // 320 KB: 32 s before; a 1 MiB file, minutes.
    const hostile = `arn:aws:redshift:eu-west-1:123456789012:dbuser:${':dbuser:'.repeat(40000)}`
    const planted = { Version: '2012-10-17', Statement: [...dbAuth.Statement, { Effect: 'Allow', Action: 'redshift:GetClusterCredentials', Resource: hostile }] }
    const before = typedNameSearched()
    const f = checkTogether(generatedFiles(i, { 'redshift-db-auth-policy.json': planted }), i)
    // Counted rather than timed (the machine is shared): the search for a '/' covers the resource once (a second
    // reading would still be linear); the unanchored expression searched the rest of it from each of its 40,000
    // ':dbuser:' (some 6 billion characters).
    expect(typedNameSearched() - before).toBeLessThanOrEqual(2 * hostile.length)
    expect(codes(f)).toContain('RTC718')
  })

  test('an S3 policy with 5,000 resources and a user policy with 5,000 statements are checked with bounded work, and still found', () => {
    const checked = (n: number) => {
      const resources = Array.from({ length: n }, (_, k) => `arn:aws:s3:::bucket-${k}/*`)
      const s3 = { Version: '2012-10-17', Statement: [...S3.Statement, { Effect: 'Allow', Action: 's3:GetObject', Resource: resources }] }
      const user = documentsFor(STAGING).userPolicy
      const manyStatements = { ...user, Statement: [...user.Statement, ...Array.from({ length: n }, (_, k) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::b${k}/*` }))] }
      const before = decisionsMade()
      const f = checkTogether(generatedFiles(STAGING, { 's3-staging-policy.json': s3, 'user-policy.json': manyStatements }), STAGING)
      return { f, made: decisionsMade() - before }
    }
    const half = checked(2500)
    const whole = checked(5000)
    expect(codes(whole.f)).toEqual(expect.arrayContaining(['RTC715', 'RTC720']))
    // Linear in the statements, budgeted in the probes: each decision reads the policies once, and how many are made
    // does not grow with the resources and statements (DERIVED_PROBE_BUDGET), counted rather than timed (the machine
    // is shared). Unbudgeted, each resource was probed: thousands of decisions, each reading 5,000 statements.
    expect(whole.made).toBeLessThanOrEqual(half.made)
    expect(whole.made).toBeLessThanOrEqual(4 * DERIVED_PROBE_BUDGET)
  })
})

describe('a trust policy naming a session of the principal role', () => {
  // The Secure Agent's EC2 instance role signs as a session named by the instance (i-0123...), which
  // neither the files nor the inputs give: a trust policy that names one session of the principal role
  // is read in the connector's favour, as a condition on sts:RoleSessionName is.
  const AGENT = inputsOf({ ...BASE, 'user-name': '', 'trust-principal': 'role', 'principal-role-name': 'SecureAgentEc2', 'principal-role-path': '/agents/', 'user-account-id': '210987654321' })
  const trustNaming = (...AWS: string[]) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole' }] })
  const SESSION = 'arn:aws:sts::210987654321:assumed-role/SecureAgentEc2/i-0123456789abcdef0'

  test('no "will get AccessDenied" (RTC704) and no "also admits" (RTC708) for it; drift says it differs', () => {
    const f = checkTogether(generatedFiles(AGENT, { 'trust-policy.json': trustNaming(SESSION) }), AGENT)
    expect(codes(f)).toEqual(['RTC802'])
  })

  test("a session of another role, or of a role of that name in another account, is still someone else", () => {
    const other = checkTogether(generatedFiles(AGENT, { 'trust-policy.json': trustNaming('arn:aws:sts::210987654321:assumed-role/OtherRole/i-0123456789abcdef0') }), AGENT)
    expect(codes(other)).toEqual(['RTC704', 'RTC708', 'RTC802'])
    const elsewhere = checkTogether(generatedFiles(AGENT, { 'trust-policy.json': trustNaming('arn:aws:sts::333333333333:assumed-role/SecureAgentEc2/i-0123456789abcdef0') }), AGENT)
    expect(codes(elsewhere)).toEqual(['RTC704', 'RTC706', 'RTC802'])
  })

  test('beside the principal role itself, a session of it is no one else either', () => {
    const both = trustNaming(documentsFor(AGENT).principalArn, SESSION)
    expect(codes(checkTogether(generatedFiles(AGENT, { "trust-policy.json": both }), AGENT))).toEqual([])
  })
})

describe("the requester's guard: a policy that denies it everything but assuming the role", () => {
  // The vendor's rule: the identity that requests the credentials must not have access to any AWS resource.
  // A Deny-only policy that leaves it nothing but sts:AssumeRole (by NotAction, or by NotResource on the role)
  // keeps that rule; it is the requester's, not the role's, whose job it would stop.
  const FULL = inputsOf({ ...BASE, 'user-account-id': '210987654321', 'staging-bucket': 'etl-staging', kms: 'true', 'kms-key-arn': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'prod', 'redshift-region': 'us-east-1', 'db-user': 'etl_user' })
  const ROLE_ARN = documentsFor(FULL).roleArn
  const guard = (statement: Record<string, unknown>): LintedFile => linted('iam/requester-guard.json', 'identity', { Version: '2012-10-17', Statement: [{ Sid: 'NothingButAssume', Effect: 'Deny', ...statement }] })

  test.each([
    ['NotAction sts:AssumeRole', { NotAction: 'sts:AssumeRole', Resource: '*' }],
    ['NotAction the assume parts', { NotAction: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*' }],
    ['NotResource the role', { Action: '*', NotResource: ROLE_ARN }]
  ])('%s in a file of its own: no "will get AccessDenied" for the role', (_, statement) => {
    expect(checkTogether([...generatedFiles(FULL), guard(statement)], FULL)).toEqual([])
  })

  test("it takes back what the requester's own policy grants beyond the role: no RTC720", () => {
    const user = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE_ARN }, { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }
    const without = checkTogether(generatedFiles(FULL, { 'user-policy.json': user }), FULL)
    expect(codes(without)).toEqual(['RTC720', 'RTC801'])
    const withGuard = checkTogether([...generatedFiles(FULL, { 'user-policy.json': user }), guard({ NotAction: 'sts:AssumeRole', Resource: '*' })], FULL)
    expect(codes(withGuard)).toEqual(['RTC801'])
  })

  test('a Deny whose NotResource leaves another role out, not this one, is no guard for this requester: read as the role\'s', () => {
    const f = checkTogether([...generatedFiles(FULL), guard({ Action: '*', NotResource: 'arn:aws:iam::123456789012:role/Other' })], FULL)
    // Not the guard shape (it does not leave the role out): read as the role's, as before, and its Deny is reported there.
    expect(codes(f)).toEqual(expect.arrayContaining(['RTC714']))
  })

  test("a Deny that leaves more than assuming the role (s3:* too) may be the role's: still read as the role's", () => {
    const f = checkTogether([...generatedFiles(FULL), guard({ NotAction: ['sts:AssumeRole', 's3:*'], Resource: '*' })], FULL)
    expect(codes(f)).toEqual(['RTC710', 'RTC717'])
  })
})

// The whole connector setup end to end through dist/index.js: the new
// inputs, outputs, files (S3 staging, DB auth, CloudFormation, Terraform),
// manifest, job summary; every bad value of every new input (one ::error::
// naming it, nothing written); and validate with the same inputs on the
// generated set (clean) and on planted mistakes (found at their line).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../../src/core/lint/finding.js'
import { makeWorkspace, runAction, type StepResult } from '../support/run-action.js'
import { stepInputs } from './action-inputs.js'
import { BAD_SETUP_INPUTS, CLUSTER, ROLE, SERVERLESS, WORKGROUP_ID } from './setup-cases.js'

const BASE = { 'account-id': '123456789012', 'role-name': 'RedshiftTempCreds', 'user-name': 'etl' }
const FULL = {
  ...BASE,
  'staging-bucket': 'etl-staging',
  'staging-prefix': 'data',
  ...CLUSTER,
  'db-name': 'dev',
  'db-groups': 'loaders, readers',
  'session-duration': '7200',
  kms: 'true',
  'kms-key-arn': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  'external-id': 'ext-secret-4711',
  formats: 'terraform, cloudformation, cli'
}
const ROLE_ARN = 'arn:aws:iam::123456789012:role/RedshiftTempCreds'
const ALL_FILES = [
  'user-policy.json',
  'trust-policy.json',
  'kms-policy.json',
  's3-staging-policy.json',
  'redshift-db-auth-policy.json',
  'cloudformation-template.json',
  'redshift-temp-creds.tf.json',
  'manifest.json'
]

const generate = (inputs: Record<string, string>, workspace?: string) => runAction({ inputs: stepInputs({ mode: 'generate', ...inputs }), ...(workspace ? { workspace } : {}) })
const why = (step: StepResult) => `exit ${step.exitCode}\nstdout:\n${step.stdout}\nstderr:\n${step.stderr}`
function expectSuccess(step: StepResult): void {
  expect({ exitCode: step.exitCode, log: why(step) }).toEqual({ exitCode: 0, log: expect.any(String) })
}
const only = (step: StepResult, command: string) => step.commands.filter((c) => c.command === command)
const cleanups: string[] = []
afterAll(() => {
  for (const dir of cleanups) rmSync(dir, { recursive: true, force: true })
})
const track = (step: StepResult) => {
  cleanups.push(step.workspace, step.runnerTemp)
  return step
}

describe('a run with every new input (user, staging prefix, cluster, groups, two hours, all formats)', () => {
  let step: StepResult
  let dir: string
  beforeAll(async () => {
    step = track(await generate(FULL))
    dir = path.join(step.workspace, 'redshift-temp-creds')
  })

  test('exits 0 with no error or warning', () => {
    expectSuccess(step)
    expect(only(step, 'error')).toEqual([])
    expect(only(step, 'warning')).toEqual([])
  })

  test('the new outputs carry the new documents as compact JSON of their files', () => {
    for (const [output, file] of [
      ['s3-staging-policy', 's3-staging-policy.json'],
      ['redshift-db-auth-policy', 'redshift-db-auth-policy.json']
    ]) {
      expect(step.outputs[output]).toBe(JSON.stringify(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))))
    }
    expect(JSON.parse(step.outputs['s3-staging-policy']).Statement.map((s: { Resource: string }) => s.Resource)).toEqual([
      'arn:aws:s3:::etl-staging',
      'arn:aws:s3:::etl-staging',
      'arn:aws:s3:::etl-staging/data/*'
    ])
    expect(JSON.parse(step.outputs['redshift-db-auth-policy']).Statement).toEqual([
      {
        Sid: 'GetClusterCredentials',
        Effect: 'Allow',
        Action: 'redshift:GetClusterCredentials',
        Resource: ['arn:aws:redshift:us-east-1:123456789012:dbuser:prod/etl_user', 'arn:aws:redshift:us-east-1:123456789012:dbname:prod/dev'],
        // A request that names no database would get credentials for any: db-name requires this one.
        Condition: { StringEquals: { 'redshift:DbName': 'dev' } }
      },
      {
        Sid: 'JoinDbGroups',
        Effect: 'Allow',
        Action: 'redshift:JoinGroup',
        Resource: ['arn:aws:redshift:us-east-1:123456789012:dbgroup:prod/loaders', 'arn:aws:redshift:us-east-1:123456789012:dbgroup:prod/readers']
      }
    ])
  })

  test('writes the documents and one file per format, listed in the files output', () => {
    expect(readdirSync(dir).sort()).toEqual([...ALL_FILES].sort())
    expect(JSON.parse(step.outputs.files)).toEqual(ALL_FILES.map((n) => path.join(dir, n)))
  })

  test('manifest.json has the new inputs and a hash of every file', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    expect(manifest.inputs).toMatchObject({
      'staging-bucket': 'etl-staging',
      'staging-prefix': 'data/',
      'redshift-db-auth': 'cluster',
      'redshift-region': 'us-east-1',
      'redshift-cluster-id': 'prod',
      'db-user': 'etl_user',
      'db-name': 'dev',
      'db-groups': ['loaders', 'readers'],
      'session-duration': 7200,
      formats: ['cli', 'cloudformation', 'terraform']
    })
    expect(manifest.files).toEqual(
      ALL_FILES.filter((n) => n !== 'manifest.json').map((name) => {
        const bytes = readFileSync(path.join(dir, name))
        return { name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }
      })
    )
    expect(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).not.toContain('ext-secret-4711')
  })

  test('the job summary shows every file and the commands of each format; the external id is ***', () => {
    expect((step.summary.match(/<details>/g) ?? []).length).toBe(ALL_FILES.length)
    expect(step.summary).not.toContain('ext-secret-4711')
    const lines = step.summary.split('\n')
    for (const heading of ['#### AWS CLI', '#### CloudFormation', '#### Terraform']) expect(lines).toContain(heading)
    for (const command of [
      'aws iam put-role-policy --role-name RedshiftTempCreds --policy-name redshift-temp-creds-s3-staging --policy-document file://s3-staging-policy.json',
      'aws iam put-role-policy --role-name RedshiftTempCreds --policy-name redshift-temp-creds-db-auth --policy-document file://redshift-db-auth-policy.json',
      'aws iam update-role --role-name RedshiftTempCreds --max-session-duration 7200',
      'aws cloudformation deploy --template-file cloudformation-template.json --stack-name redshift-temp-creds-RedshiftTempCreds --capabilities CAPABILITY_NAMED_IAM --no-fail-on-empty-changeset',
      'terraform init',
      'terraform apply'
    ]) {
      expect(lines).toContain(command)
    }
  })
})

describe('trust-principal role, cross-account, serverless', () => {
  let step: StepResult
  beforeAll(async () => {
    step = track(await generate({ ...BASE, ...ROLE, 'principal-role-path': '/agents/', 'user-account-id': '210987654321', ...SERVERLESS, 'session-duration': '3600', formats: 'cli,cloudformation,terraform' }))
  })

  test('the trust policy names the principal role; the DB-auth policy names the workgroup by id', () => {
    expectSuccess(step)
    expect(step.outputs['principal-arn']).toBe('arn:aws:iam::210987654321:role/agents/SecureAgentEc2')
    expect(JSON.parse(step.outputs['trust-policy']).Statement[0].Principal).toEqual({ AWS: 'arn:aws:iam::210987654321:role/agents/SecureAgentEc2' })
    expect(JSON.parse(step.outputs['redshift-db-auth-policy']).Statement[0].Resource).toBe(`arn:aws:redshift-serverless:us-east-1:123456789012:workgroup/${WORKGROUP_ID}`)
    expect(step.outputs['s3-staging-policy']).toBe('')
  })

  test("the requester policy goes to the principal role, in its own account's template and Terraform folder", () => {
    const dir = step.outputs['output-dir']
    expect(readdirSync(dir).sort()).toEqual(
      ['user-policy.json', 'trust-policy.json', 'redshift-db-auth-policy.json', 'cloudformation-template.json', 'cloudformation-requester-template.json', 'redshift-temp-creds.tf.json', 'redshift-temp-creds-requester.tf.json', 'manifest.json'].sort()
    )
    const lines = step.summary.split('\n')
    expect(lines).toContain('aws iam put-role-policy --role-name SecureAgentEc2 --policy-name redshift-temp-creds-assume-123456789012-RedshiftTempCreds --policy-document file://user-policy.json')
    expect(lines).toContain('# Allow arn:aws:iam::210987654321:role/agents/SecureAgentEc2 to assume the role (credentials of account 210987654321)')
    expect(lines).toContain('aws cloudformation deploy --template-file cloudformation-requester-template.json --stack-name redshift-temp-creds-123456789012-RedshiftTempCreds-requester --capabilities CAPABILITY_NAMED_IAM --no-fail-on-empty-changeset')
    expect(lines).toContain('mv redshift-temp-creds-requester.tf.json requester-account/')
    expect(lines).toContain('terraform -chdir=requester-account apply')
    expect(step.summary).not.toContain('put-user-policy')
    expect(step.summary).toContain('role chaining, which AWS caps at one hour')
  })
})

describe('formats and stale files', () => {
  test('formats terraform alone: no AWS CLI commands; a later cli run removes the Terraform and CloudFormation files', async () => {
    const workspace = makeWorkspace()
    cleanups.push(workspace)
    const tf = track(await generate({ ...BASE, 'staging-bucket': 'etl-staging', formats: 'terraform' }, workspace))
    expectSuccess(tf)
    expect(tf.summary).not.toMatch(/^aws iam/m)
    expect(tf.summary.split('\n')).toContain('terraform apply')
    const dir = tf.outputs['output-dir']
    expect(existsSync(path.join(dir, 'redshift-temp-creds.tf.json'))).toBe(true)
    const cli = track(await generate({ ...BASE, formats: 'cli' }, workspace))
    expectSuccess(cli)
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'trust-policy.json', 'user-policy.json'])
  })

  test('identical inputs give byte-identical files, CloudFormation and Terraform included', async () => {
    const runs = [track(await generate(FULL)), track(await generate(FULL))]
    const contents = runs.map((step) => {
      expectSuccess(step)
      const dir = step.outputs['output-dir']
      return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')]))
    })
    expect(Object.keys(contents[0])).toHaveLength(ALL_FILES.length)
    expect(contents[1]).toEqual(contents[0])
  })
})

describe('bad values of the new inputs: one ::error:: naming the input, exit 1, nothing written', () => {
  test.each(BAD_SETUP_INPUTS)('%s', async (_label, overrides, input, message) => {
    const step = track(await generate({ ...BASE, ...overrides }))
    expect({ exitCode: step.exitCode, log: why(step) }).toEqual({ exitCode: 1, log: expect.any(String) })
    const errors = only(step, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message.startsWith(`Input '${input}':`)).toBe(true)
    expect(errors[0].message).toMatch(message)
    expect(step.stdout.split('\n').filter((l) => l.includes('::error'))).toHaveLength(1)
    expect(step.stderr).toBe('')
    expect(step.outputs).toEqual({})
    expect(readdirSync(step.workspace)).toEqual([])
    expect(step.summary).toBe('')
  })

  test('db-groups that take the role policies over IAM\'s 10,240 characters: one error naming db-groups, nothing written', async () => {
    const groups = Array.from({ length: 50 }, (_, i) => `g${String(i).padStart(2, '0')}${'a'.repeat(61)}`).join('\n')
    const step = track(await generate({ ...BASE, ...CLUSTER, 'redshift-cluster-id': 'c'.repeat(63), 'db-groups': groups, kms: 'true', 'staging-bucket': 'etl-staging', 'staging-prefix': 's'.repeat(400), formats: 'cli, cloudformation, terraform' }))
    expect({ exitCode: step.exitCode, log: why(step) }).toEqual({ exitCode: 1, log: expect.any(String) })
    const errors = only(step, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/^Input 'db-groups': lists 50 groups, which make the role's inline policies [\d,]+ characters in all .*over the 10,240 IAM allows/)
    expect(step.outputs).toEqual({})
    expect(readdirSync(step.workspace)).toEqual([])
    expect(step.summary).toBe('')
  })
})

describe('validate with the generate inputs on the generated set', () => {
  const SETUP = { ...BASE, 'staging-bucket': 'etl-staging', 'staging-prefix': 'data', ...CLUSTER }
  const POLICY_FILES = 'iam/*-policy.json'
  let files: Map<string, string>

  beforeAll(async () => {
    const step = track(await generate(SETUP))
    expectSuccess(step)
    const dir = step.outputs['output-dir']
    files = new Map(readdirSync(dir).filter((n) => n.endsWith('-policy.json')).map((n) => [n, readFileSync(path.join(dir, n), 'utf8')]))
    expect([...files.keys()].sort()).toEqual(['redshift-db-auth-policy.json', 's3-staging-policy.json', 'trust-policy.json', 'user-policy.json'])
  })

  async function validate(replace: Record<string, string>, inputs: Record<string, string> = SETUP): Promise<Finding[]> {
    const workspace = makeWorkspace('rtc-setup-validate-')
    cleanups.push(workspace)
    mkdirSync(path.join(workspace, 'iam'))
    for (const [name, text] of files) writeFileSync(path.join(workspace, 'iam', name), replace[name] ?? text)
    const step = track(await runAction({ workspace, inputs: stepInputs({ mode: 'validate', 'policy-files': POLICY_FILES, ...inputs }) }))
    expect(step.stderr).toBe('')
    return JSON.parse(step.outputs.findings) as Finding[]
  }
  /** The 1-based line of the first line holding `text`. */
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

  test('the generated set is clean: no finding at all', async () => {
    expect(await validate({})).toEqual([])
  })

  test('a second bucket in the S3 staging policy is found at its statement', async () => {
    const original = files.get('s3-staging-policy.json') as string
    const planted = original.replace('"Resource": "arn:aws:s3:::etl-staging/data/*"', '"Resource": [\n        "arn:aws:s3:::etl-staging/data/*",\n        "arn:aws:s3:::etl-archive/*"\n      ]')
    expect(planted).not.toBe(original)
    const findings = await validate({ 's3-staging-policy.json': planted })
    const reach = findings.filter((f) => f.code === 'RTC715')
    expect(reach).toHaveLength(1)
    expect(reach[0].file).toBe('iam/s3-staging-policy.json')
    // The statement's opening brace is the line before its Sid.
    expect(reach[0].line).toBe(lineOf(planted, '"Sid": "UseStagingObjects"') - 1)
    expect(reach[0].message).toContain('etl-archive')
  })

  test('a user policy with S3 access is found at its statement', async () => {
    const original = files.get('user-policy.json') as string
    const policy = JSON.parse(original)
    policy.Statement.push({ Sid: 'StageToo', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::etl-staging/data/*' })
    const planted = `${JSON.stringify(policy, null, 2)}\n`
    const findings = await validate({ 'user-policy.json': planted })
    const scope = findings.filter((f) => f.code === 'RTC720')
    expect(scope).toHaveLength(1)
    expect(scope[0]).toMatchObject({ file: 'iam/user-policy.json', severity: 'error', line: lineOf(planted, '"Sid": "StageToo"') - 1 })
  })

  test('chaining over an hour is found at the trust statement', async () => {
    const roleInputs = { ...SETUP, ...ROLE, 'session-duration': '3600' }
    const step = track(await generate(roleInputs))
    expectSuccess(step)
    const dir = step.outputs['output-dir']
    files = new Map(readdirSync(dir).filter((n) => n.endsWith('-policy.json')).map((n) => [n, readFileSync(path.join(dir, n), 'utf8')]))
    expect(await validate({}, roleInputs)).toEqual([])
    const findings = await validate({}, { ...roleInputs, 'session-duration': '7200' })
    expect(findings.map((f) => f.code)).toEqual(['RTC719'])
    const trust = files.get('trust-policy.json') as string
    expect(findings[0]).toMatchObject({ file: 'iam/trust-policy.json', severity: 'error', line: lineOf(trust, '"Sid": "TrustRedshiftConnectorRole"') - 1 })
  })
})


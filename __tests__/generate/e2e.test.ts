// `generate` end to end: the bundled action runs as a runner step (a child
// process with INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE,
// RUNNER_TEMP) and the test reads back what a workflow would see.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { BUNDLE, REPO_ROOT, makeWorkspace, parseWorkflowCommands, runAction, type StepResult } from '../support/run-action.js'
import { tempDir } from '../support/temp-dirs.js'
import { actionDefaults, stepInputs } from './action-inputs.js'
import { APPLY_WHERE } from '../../src/report/generate-summary.js'

const PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
/** The example's inputs (example/generate.env), as `with:` gives them. */
const FULL = {
  mode: 'generate',
  'account-id': '1234-5678-9012',
  'role-name': 'informatica-redshift-staging',
  'role-path': '/data-integration/',
  'user-name': 'informatica-etl',
  kms: 'true',
  'kms-key-arn': KEY_ARN,
  'external-id': 'example-external-id-0001',
  partition: 'aws'
}
const ROLE_ARN = 'arn:aws:iam::123456789012:role/data-integration/informatica-redshift-staging'
const USER_ARN = 'arn:aws:iam::123456789012:user/informatica-etl'

const generate = (inputs: Record<string, string>, options: { workspace?: string; env?: Record<string, string> } = {}) =>
  runAction({ inputs: stepInputs(inputs), ...options })

const why = (step: StepResult) => `exit ${step.exitCode}\nstdout:\n${step.stdout}\nstderr:\n${step.stderr}`
function expectSuccess(step: StepResult): void {
  expect({ exitCode: step.exitCode, log: why(step) }).toEqual({ exitCode: 0, log: expect.any(String) })
}
const only = (step: StepResult, command: string) => step.commands.filter((c) => c.command === command)
/** A stack frame as Node prints one, raw or %0A-escaped inside a workflow command. */
const STACK_FRAME = /(^|\n|%0A)\s*at .*(\(|file:\/\/|node:).*:\d+(:\d+)?\)?/

describe('a full generate run (user, path, KMS key, external id)', () => {
  let step: StepResult
  let dir: string
  beforeAll(async () => {
    step = await generate(FULL)
    dir = path.join(step.workspace, 'redshift-temp-creds')
  })

  test('exits 0 with no error or warning', () => {
    expectSuccess(step)
    expect(only(step, 'error')).toEqual([])
    expect(only(step, 'warning')).toEqual([])
  })

  test('sets every output', () => {
    expect(Object.keys(step.outputs).sort()).toEqual(
      ['artifact-id', 'files', 'kms-policy', 'output-dir', 'principal-arn', 'redshift-db-auth-policy', 'role-arn', 's3-staging-policy', 'trust-policy', 'user-policy'].sort()
    )
    // Not asked for: the whole-setup documents are empty outputs (setup-e2e.test.ts covers them).
    expect(step.outputs['s3-staging-policy']).toBe('')
    expect(step.outputs['redshift-db-auth-policy']).toBe('')
    expect(step.outputs['role-arn']).toBe(ROLE_ARN)
    expect(step.outputs['principal-arn']).toBe(USER_ARN)
    expect(step.outputs['output-dir']).toBe(dir)
    expect(step.outputs['artifact-id']).toBe('')
    expect(JSON.parse(step.outputs.files)).toEqual(
      ['user-policy.json', 'trust-policy.json', 'kms-policy.json', 'manifest.json'].map((name) => path.join(dir, name))
    )
  })

  test('the policy outputs are compact JSON of the files', () => {
    for (const [output, file] of [
      ['user-policy', 'user-policy.json'],
      ['trust-policy', 'trust-policy.json'],
      ['kms-policy', 'kms-policy.json']
    ]) {
      const value = step.outputs[output]
      expect(value).not.toMatch(/\n/)
      expect(value).toBe(JSON.stringify(JSON.parse(value)))
      expect(JSON.parse(value)).toEqual(JSON.parse(readFileSync(path.join(dir, file), 'utf8')))
    }
  })

  test('the documents say what the inputs asked for', () => {
    expect(JSON.parse(step.outputs['user-policy'])).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'AssumeRedshiftTempCredsRole', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE_ARN }]
    })
    expect(JSON.parse(step.outputs['trust-policy'])).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'TrustRedshiftConnectorUser',
          Effect: 'Allow',
          Principal: { AWS: USER_ARN },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'example-external-id-0001' } }
        }
      ]
    })
    expect(JSON.parse(step.outputs['kms-policy'])).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'UseRedshiftStagingKey',
          Effect: 'Allow',
          Action: ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'],
          Resource: KEY_ARN
        }
      ]
    })
  })

  test('writes exactly the four files, pretty-printed with a trailing newline', () => {
    expect(readdirSync(dir).sort()).toEqual(['kms-policy.json', 'manifest.json', 'trust-policy.json', 'user-policy.json'])
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8')
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
      expect(text.endsWith('}\n')).toBe(true)
      expect(text.endsWith('\n\n')).toBe(false)
    }
  })

  test('manifest.json holds the normalised inputs, the ARNs, each file hash and the version', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    expect(manifest.generator).toEqual({ name: 'redshift-temp-creds-action', version: PACKAGE_VERSION })
    expect(manifest.inputs).toEqual({
      partition: 'aws',
      'account-id': '123456789012',
      'role-name': 'informatica-redshift-staging',
      'role-path': '/data-integration/',
      'user-name': 'informatica-etl',
      'user-path': '/',
      'user-account-id': '123456789012',
      'trust-principal': 'user',
      kms: true,
      'kms-key-arn': KEY_ARN,
      'external-id-set': true,
      'principal-role-name': '',
      'principal-role-path': '',
      'staging-bucket': '',
      'staging-prefix': '',
      'redshift-db-auth': 'none',
      'session-duration': null,
      formats: ['cli']
    })
    expect(manifest.arns).toEqual({ role: ROLE_ARN, principal: USER_ARN, user: USER_ARN })
    // Every hash recomputed from the bytes on disk.
    expect(manifest.files).toEqual(
      ['user-policy.json', 'trust-policy.json', 'kms-policy.json'].map((name) => {
        const bytes = readFileSync(path.join(dir, name))
        return { name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }
      })
    )
    // The external id is a shared secret: it is in the trust policy only.
    expect(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).not.toContain('example-external-id-0001')
  })

  test('the external id is masked in the log', () => {
    expect(only(step, 'add-mask').map((c) => c.message)).toContain('example-external-id-0001')
  })

  test('the job summary has the ARNs, each document in a <details> block and the exact AWS CLI commands', () => {
    const summary = step.summary
    expect(summary).toContain(`\`${ROLE_ARN}\``)
    expect(summary).toContain(`\`${USER_ARN}\``)
    expect(summary).toContain(`\`${KEY_ARN}\``)
    for (const name of ['user-policy.json', 'trust-policy.json', 'kms-policy.json', 'manifest.json']) {
      const content = readFileSync(path.join(dir, name), 'utf8')
      const block = new RegExp(`<details><summary>${name.replace('.', '\\.')} \\(.*\\)</summary>\\n\\n\`\`\`json\\n([\\s\\S]*?)\`\`\`\\n\\n</details>`)
      const match = block.exec(summary)
      // The summary shows each file as written, the external id replaced by ***, and in manifest.json the hash and size
      // of trust-policy.json, which holds it (a reader could test guesses of the id against them).
      const trustEntry = /("name": "trust-policy\.json",\n\s*"sha256": )"[0-9a-f]{64}",(\n\s*"bytes": )\d+/
      const expected = name === 'manifest.json' ? content.replace(trustEntry, '$1"***",$2"***"') : content.replace('"example-external-id-0001"', '"***"')
      if (name === 'manifest.json') expect(expected).not.toBe(content)
      expect(match?.[1]).toBe(expected)
    }
    expect((summary.match(/<details>/g) ?? []).length).toBe(4)
    // Anyone who can read the run reads the summary: the external id is not in it.
    expect(summary).not.toContain('example-external-id-0001')
    expect(readFileSync(path.join(dir, 'trust-policy.json'), 'utf8')).toContain('"sts:ExternalId": "example-external-id-0001"')
    const lines = summary.split('\n')
    // The script runs where the files are (a deploy job downloads the artifact): no cd to this runner's folder.
    expect(lines).toContain(APPLY_WHERE)
    expect(lines.some((l) => l.startsWith('cd '))).toBe(false)
    expect(lines).toContain(
      'aws iam put-user-policy --user-name informatica-etl --policy-name redshift-temp-creds-assume-123456789012-informatica-redshift-staging --policy-document file://user-policy.json'
    )
    expect(lines).toContain('aws iam update-assume-role-policy --role-name informatica-redshift-staging --policy-document file://trust-policy.json')
    expect(lines).toContain(
      'aws iam put-role-policy --role-name informatica-redshift-staging --policy-name redshift-temp-creds-kms --policy-document file://kms-policy.json'
    )
    // The commands come in the order they must run: user policy, trust, KMS.
    const at = (text: string) => lines.findIndex((l) => l.startsWith(text))
    expect(at(APPLY_WHERE)).toBeLessThan(at('aws iam put-user-policy'))
    expect(at('aws iam put-user-policy')).toBeLessThan(at('aws iam update-assume-role-policy'))
    expect(at('aws iam update-assume-role-policy')).toBeLessThan(at('aws iam put-role-policy'))
  })

  test('a local run says in a notice that the artifact was not uploaded, and goes on', () => {
    const notices = only(step, 'notice').filter((c) => /Artifact not uploaded/.test(c.message))
    expect(notices).toHaveLength(1)
    expect(notices[0].message).toContain("the runner's artifact service is not available")
    expect(notices[0].message).toContain('ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set')
    expect(notices[0].message).toContain(dir)
    expect(step.summary).toMatch(/### Artifact\n+Not uploaded: the runner's artifact service is not available \\\(ACTIONS\\_RUNTIME\\_TOKEN/)
  })
})

describe('kms', () => {
  test('false: kms-policy output is empty, no kms-policy.json, no put-role-policy', async () => {
    const step = await generate({ ...FULL, kms: 'false', 'kms-key-arn': '' })
    expectSuccess(step)
    expect(step.outputs['kms-policy']).toBe('')
    const dir = step.outputs['output-dir']
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'trust-policy.json', 'user-policy.json'])
    expect(JSON.parse(step.outputs.files)).toEqual(['user-policy.json', 'trust-policy.json', 'manifest.json'].map((n) => path.join(dir, n)))
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    expect(manifest.inputs.kms).toBe(false)
    expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(['user-policy.json', 'trust-policy.json'])
    expect(step.summary).not.toContain('put-role-policy')
    expect(step.summary).not.toContain('kms-policy.json')
  })

  test('true without kms-key-arn: Resource "*" and a warning that it is not least privilege', async () => {
    const step = await generate({ ...FULL, 'kms-key-arn': '', kms: 'yes' })
    expectSuccess(step)
    expect(JSON.parse(step.outputs['kms-policy']).Statement[0].Resource).toBe('*')
    const warnings = only(step, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].properties.title).toBe('KMS policy is not least privilege')
    expect(warnings[0].message).toContain('kms-key-arn')
    expect(step.summary).toContain('[!WARNING]')
  })

  // Across accounts KMS needs both the role's policy and the key's own key policy to allow the request.
  test('a key in another account: one notice and a summary note that its key policy must allow the role too', async () => {
    const step = await generate({ ...FULL, 'kms-key-arn': KEY_ARN.replace(':123456789012:', ':555555555555:') })
    expectSuccess(step)
    const notices = only(step, 'notice').filter((n) => n.properties.title === 'KMS key in another account')
    expect(notices).toHaveLength(1)
    expect(notices[0].message).toContain('555555555555')
    expect(notices[0].message).toContain(ROLE_ARN)
    expect(step.summary).toContain('> [!NOTE]')
    const same = await generate(FULL)
    expect(only(same, 'notice').filter((n) => n.properties.title === 'KMS key in another account')).toEqual([])
  })

  test('a stale kms-policy.json from an earlier run is removed when kms becomes false', async () => {
    const workspace = makeWorkspace()
    const first = await generate(FULL, { workspace })
    expectSuccess(first)
    const dir = first.outputs['output-dir']
    expect(existsSync(path.join(dir, 'kms-policy.json'))).toBe(true)
    const second = await generate({ ...FULL, kms: 'false', 'kms-key-arn': '' }, { workspace })
    expectSuccess(second)
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'trust-policy.json', 'user-policy.json'])
  })

  // The output folder may hold the user's own files: only what an earlier run wrote, unchanged, is ours to remove.
  test('a kms-policy.json the earlier run did not write, or that was edited since, is left in place with a warning', async () => {
    for (const prepare of ['own file', 'edited'] as const) {
      const workspace = makeWorkspace()
      const first = await generate(prepare === 'edited' ? FULL : { ...FULL, kms: 'false', 'kms-key-arn': '' }, { workspace })
      expectSuccess(first)
      const dir = first.outputs['output-dir']
      const kms = path.join(dir, 'kms-policy.json')
      const own = '{"Version":"2012-10-17","Statement":[]}\n'
      if (prepare === 'own file') writeFileSync(kms, own)
      else writeFileSync(kms, readFileSync(kms, 'utf8').replace('kms:Decrypt', 'kms:Decrypt", "kms:Encrypt'))
      const edited = readFileSync(kms, 'utf8')
      const second = await generate({ ...FULL, kms: 'false', 'kms-key-arn': '' }, { workspace })
      expectSuccess(second)
      expect({ prepare, kept: readFileSync(kms, 'utf8') }).toEqual({ prepare, kept: prepare === 'own file' ? own : edited })
      const warnings = only(second, 'warning')
      expect(warnings.map((w) => w.properties.title)).toEqual(['Files left in the output folder'])
      expect(warnings[0].message).toContain('kms-policy.json')
    }
  })
})

describe('determinism', () => {
  test('identical inputs give byte-identical files, in another workspace and in the same one', async () => {
    const workspace = makeWorkspace()
    const runs = [await generate(FULL, { workspace }), await generate(FULL), await generate(FULL, { workspace })]
    const contents = runs.map((step) => {
      expectSuccess(step)
      const dir = step.outputs['output-dir']
      return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')]))
    })
    expect(Object.keys(contents[0])).toHaveLength(4)
    expect(contents[1]).toEqual(contents[0])
    expect(contents[2]).toEqual(contents[0])
    // No temporary files are left behind.
    expect(readdirSync(runs[0].outputs['output-dir']).filter((n) => n.startsWith('.'))).toEqual([])
  })
})

describe('other shapes of input', () => {
  test('trust-principal account names the account root; the summary says what that means', async () => {
    const step = await generate({ 'account-id': '123456789012', 'role-name': 'r', 'user-account-id': '210987654321', 'trust-principal': 'account' })
    expectSuccess(step)
    expect(step.outputs['principal-arn']).toBe('arn:aws:iam::210987654321:root')
    expect(step.outputs['role-arn']).toBe('arn:aws:iam::123456789012:role/r')
    expect(step.summary).toContain('[!NOTE]')
    // No command attaches the policy to a user nobody named (the prose may say which command fits a user or a role).
    expect(step.summary).not.toContain('put-user-policy --user-name')
    expect(step.summary).not.toContain('put-role-policy --role-name')
    expect(step.summary).toContain('No `user-name` was given')
  })

  test('output-dir and partition: an absolute folder in RUNNER_TEMP and the aws-eusc partition', async () => {
    const runnerTemp = tempDir('rtc-out-')
    const outside = path.join(runnerTemp, 'policies')
    const step = await generate(
      { 'account-id': '123456789012', 'role-name': 'r', 'user-name': 'u', partition: 'aws-eusc', 'output-dir': outside },
      { env: { RUNNER_TEMP: runnerTemp } }
    )
    expectSuccess(step)
    expect(step.outputs['output-dir']).toBe(outside)
    expect(step.outputs['role-arn']).toBe('arn:aws-eusc:iam::123456789012:role/r')
    expect(readdirSync(outside).sort()).toEqual(['manifest.json', 'trust-policy.json', 'user-policy.json'])
    expect(existsSync(path.join(step.workspace, 'redshift-temp-creds'))).toBe(false)
  })

  test("an output-dir holding '##[' is never a runner command of the old form in the log ('Wrote N files to ...')", async () => {
    // actions/runner reads '##[name]data' anywhere in a line that is not a '::' command: '##[stop-commands]t'
    // in the folder's name would stop every later annotation of the job's step, '##[error]' forge one.
    const step = await generate({ 'account-id': '123456789012', 'role-name': 'r', 'user-name': 'u', 'output-dir': 'out##[error]forged', 'artifact-name': '' })
    expectSuccess(step)
    const plainLines = step.stdout.split('\n').filter((line) => !line.startsWith('::'))
    expect(plainLines.filter((line) => line.includes('##['))).toEqual([])
    expect(plainLines).toContain(`Wrote 3 files to ${path.join(step.workspace, 'out##\\[error]forged')}`)
  })

  test('an empty artifact-name skips the upload without a notice', async () => {
    const step = await generate({ ...FULL, 'artifact-name': '' })
    expectSuccess(step)
    expect(step.outputs['artifact-id']).toBe('')
    expect(only(step, 'notice')).toEqual([])
    expect(step.summary).toContain('Not uploaded: artifact-name is empty')
  })
})

describe('bad input: one ::error:: naming the input and its rule, exit 1, nothing written', () => {
  const cases: Array<[string, Record<string, string>, string, RegExp]> = [
    ['account-id with 11 digits', { 'account-id': '12345678901' }, 'account-id', /has 11 digits.*12 digits/],
    ['account-id missing', { 'account-id': '' }, 'account-id', /is required/],
    // `with: role_name:` reaches the action as INPUT_ROLE_NAME: the error names the spelling given.
    [
      'role-name spelt role_name',
      { 'role-name': '', role_name: 'r' },
      'role-name',
      /^Input 'role-name': is required \(the step gives 'role_name', which is not an input of this action: the input is 'role-name'\)\./
    ],
    ['user-name spelt username', { 'user-name': '', username: 'u', 'trust-principal': 'user' }, 'user-name', /is required when trust-principal is 'user' \(the step gives 'username'/],
    // An optional input spelt otherwise read as empty (or as its default), and empty narrows nothing: the trust
    // policy lost its sts:ExternalId condition, the staging policy its prefix, the role its path; the runner only warned.
    ['external-id spelt external_id', { 'external-id': '', external_id: 'ext-secret-4711' }, 'external-id', /the step gives 'external_id' instead, which is not an input of this action/],
    ['staging-prefix spelt stagingprefix', { 'staging-bucket': 'etl-staging', stagingprefix: 'data/' }, 'staging-prefix', /the step gives 'stagingprefix' instead/],
    ['role-path spelt role_path (role-path at its default)', { 'role-path': '/', role_path: '/etl/' }, 'role-path', /the step gives 'role_path' instead.*Expected the name 'role-path' in the step's with:/],
    ['role-name with a double quote', { 'role-name': 'role"},{"Effect":"Allow' }, 'role-name', /double quote.*1 to 64 characters/],
    ['role-name of 65 characters', { 'role-name': 'r'.repeat(65) }, 'role-name', /65 characters long.*1 to 64 characters/],
    ['role-path without slashes', { 'role-path': 'team' }, 'role-path', /start and end with '\/'.*IAM path/],
    ['user-name with a newline', { 'user-name': 'etl\nadmin' }, 'user-name', /line break.*1 to 64 characters/],
    ['user-name with a wildcard', { 'user-name': 'etl*' }, 'user-name', /wildcard.*1 to 64 characters/],
    ['user-account-id with 13 digits', { 'user-account-id': '1234567890123' }, 'user-account-id', /13 digits.*12 digits/],
    ['trust-principal unknown', { 'trust-principal': 'everyone' }, 'trust-principal', /not an allowed value.*one of user, account/],
    ['kms not a boolean', { kms: 'sometimes' }, 'kms', /not a boolean.*true or false/],
    ['kms-key-arn of another partition', { 'kms-key-arn': 'arn:aws-cn:kms:cn-north-1:123456789012:alias/k' }, 'kms-key-arn', /partition 'aws-cn'.*KMS key ARN/],
    ['kms-key-arn an AWS managed alias', { 'kms-key-arn': 'arn:aws:kms:us-east-1:123456789012:alias/aws/redshift' }, 'kms-key-arn', /AWS managed key.*customer managed key/],
    ['external-id too short', { 'external-id': 'x' }, 'external-id', /1 character long.*2 to 1224 characters/],
    ['partition unknown', { partition: 'aws-moon' }, 'partition', /not an AWS partition.*one of aws/],
    ['output-dir with a line break', { 'output-dir': 'out\nput' }, 'output-dir', /line break.*file system path/],
    ['artifact-name with a colon', { 'artifact-name': 'a:b' }, 'artifact-name', /':'.*artifact name/],
    ['mode unknown', { mode: 'destroy' }, 'mode', /not an allowed value.*one of generate/]
  ]

  test.each(cases)('%s', async (_label, overrides, input, rule) => {
    const step = await generate({ ...FULL, ...overrides })
    expect({ exitCode: step.exitCode, log: why(step) }).toEqual({ exitCode: 1, log: expect.any(String) })
    const errors = only(step, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message.startsWith(`Input '${input}':`)).toBe(true)
    expect(errors[0].message).toMatch(rule)
    expect(errors[0].message).not.toMatch(/\n/)
    // Exactly one ::error:: line in the raw output too (the parser could hide a malformed one).
    expect(step.stdout.split('\n').filter((l) => l.includes('::error'))).toHaveLength(1)
    expect(step.stdout).not.toMatch(STACK_FRAME)
    expect(step.stderr).not.toMatch(STACK_FRAME)
    expect(step.stderr).toBe('')
    // Nothing written: no outputs, no files, no summary.
    expect(readFileSync(path.join(step.runnerTemp, '_runner_file_commands', 'set_output'), 'utf8')).toBe('')
    expect(step.outputs).toEqual({})
    expect(existsSync(path.join(step.workspace, 'redshift-temp-creds'))).toBe(false)
    expect(readdirSync(step.workspace)).toEqual([])
    expect(step.summary).toBe('')
    // The external id is never echoed.
    if (input === 'external-id') {
      expect(step.stdout).not.toContain('"x"')
      expect(step.stdout).not.toContain('ext-secret-4711')
    }
  })

  test('a bad input leaves an earlier run’s files untouched', async () => {
    const workspace = makeWorkspace()
    const good = await generate(FULL, { workspace })
    expectSuccess(good)
    const dir = good.outputs['output-dir']
    const before = readdirSync(dir).map((n) => [n, readFileSync(path.join(dir, n), 'utf8')])
    const bad = await generate({ ...FULL, kms: 'false', 'role-name': 'r*' }, { workspace })
    expect(bad.exitCode).toBe(1)
    expect(readdirSync(dir).map((n) => [n, readFileSync(path.join(dir, n), 'utf8')])).toEqual(before)
  })
})

describe('modes', () => {
  test('mode defaults to generate (action.yml) and an empty mode is generate too', async () => {
    expect(actionDefaults().mode).toBe('generate')
    const step = await runAction({ inputs: { 'account-id': '123456789012', 'role-name': 'r', 'user-name': 'u' } })
    expectSuccess(step)
    expect(step.outputs['role-arn']).toBe('arn:aws:iam::123456789012:role/r')
  })

  test('mode validate does not crash: exit 0 or 1, any failure is reported as ::error::, no stack trace', async () => {
    const step = await runAction({ inputs: stepInputs({ mode: 'validate' }) })
    expect([0, 1]).toContain(step.exitCode)
    if (step.exitCode === 1) expect(only(step, 'error').length).toBeGreaterThanOrEqual(1)
    expect(step.stderr).not.toMatch(STACK_FRAME)
    expect(only(step, 'error').map((c) => c.message).join('\n')).not.toMatch(STACK_FRAME)
    // validate never makes the generate documents.
    expect(existsSync(path.join(step.workspace, 'redshift-temp-creds'))).toBe(false)
  })
})

describe('local run with --env-file (the README\'s `npm start`)', () => {
  const envFile = path.join(REPO_ROOT, 'example', 'generate.env')

  /** INPUT_* pairs from the env file, as the test reads them independently of Node. */
  function envFileInputs(): Record<string, string> {
    const inputs: Record<string, string> = {}
    for (const line of readFileSync(envFile, 'utf8').split('\n')) {
      const m = /^INPUT_([A-Z-]+)=(.*)$/.exec(line.trim())
      if (m) inputs[m[1].toLowerCase()] = m[2]
    }
    return inputs
  }

  test('node --env-file=example/generate.env runs the bundle with no GitHub and no runner', async () => {
    const cwd = tempDir('rtc-local-')
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !/^(INPUT_|GITHUB_|ACTIONS_|RUNNER_)/.test(k)) env[k] = v
    }
    const child = spawn(process.execPath, [`--env-file=${envFile}`, BUNDLE], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect({ exitCode, stdout, stderr }).toEqual({ exitCode: 0, stdout: expect.any(String), stderr: '' })

    const dir = path.join(cwd, 'redshift-temp-creds')
    expect(readdirSync(dir).sort()).toEqual(['kms-policy.json', 'manifest.json', 'trust-policy.json', 'user-policy.json'])
    const commands = parseWorkflowCommands(stdout)
    expect(commands.filter((c) => c.command === 'error')).toEqual([])
    expect(commands.some((c) => c.command === 'notice' && /Artifact not uploaded/.test(c.message))).toBe(true)

    // The same inputs given the runner's way make the same bytes.
    const inputs = envFileInputs()
    expect(inputs['account-id']).toBe('1234-5678-9012')
    const step = await generate(inputs)
    expectSuccess(step)
    for (const name of readdirSync(dir)) {
      expect(readFileSync(path.join(dir, name), 'utf8')).toBe(readFileSync(path.join(step.outputs['output-dir'], name), 'utf8'))
    }
  })
})

#!/usr/bin/env node
// `npm run test:cfn-lint`: runs the bundled action (dist/index.js) in generate
// mode with formats cloudformation over a matrix of realistic inputs (same
// account and cross account; trust-principal user, account and role; kms;
// staging bucket and prefix; redshift-db-auth none, cluster and serverless;
// external-id, session-duration, role-path; the aws, aws-cn and aws-us-gov
// partitions) and lints every template it writes with cfn-lint, AWS's
// CloudFormation linter, in a Region of the template's partition. It fails on
// any cfn-lint error or warning, and when a case does not write the templates
// it should. cfn-lint is a Python tool outside the repository: when it is not
// on PATH this says so and fails, unless told it is optional (--optional), so
// that it never passes silently. RTC_CFN_LINT_REQUIRED=1 (GitHub's CI, which
// installs it) makes it required even with --optional. `--out DIR` keeps the
// generated cases in DIR (one folder each) to look at.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The cfn-lint .github/workflows/ci.yml installs (__tests__/ci/ci-steps.test.ts checks they agree). */
const CFN_LINT_VERSION = '1.51.0'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const bundle = path.join(root, 'dist', 'index.js')

const ACCOUNT = '123456789012'
const OTHER_ACCOUNT = '210987654321'
const KMS_KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const WORKGROUP = 'a1b2c3d4-5678-90ab-cdef-1234567890ab'

/** Regions of each partition, for cfn-lint's --regions (its resource schemas are per Region). */
const REGIONS_OF_PARTITION = { aws: ['us-east-1'], 'aws-cn': ['cn-north-1', 'cn-northwest-1'], 'aws-us-gov': ['us-gov-west-1', 'us-gov-east-1'] }

const base = { 'account-id': ACCOUNT, 'role-name': 'informatica-redshift-staging', formats: 'cloudformation', 'artifact-name': '' }
const user = { 'user-name': 'informatica-etl' }
const cluster = { 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'analytics-prod', 'redshift-region': 'us-east-1', 'db-user': 'etl_loader' }
const serverless = { 'redshift-db-auth': 'serverless', 'redshift-workgroup': WORKGROUP, 'redshift-region': 'us-east-1' }

/** name → inputs; every case writes cloudformation-template.json, and cloudformation-requester-template.json when the requester is in another account. */
const CASES = {
  'same-account-user': { ...base, ...user },
  'example-inputs': {
    ...base,
    ...user,
    'account-id': '1234-5678-9012',
    'role-path': '/data-integration/',
    kms: 'true',
    'kms-key-arn': KMS_KEY,
    'external-id': 'example-external-id-0001'
  },
  'cross-account-user-kms-any-key': { ...base, ...user, 'user-account-id': OTHER_ACCOUNT, 'user-path': '/etl/', kms: 'true', 'staging-bucket': 'acme-redshift-staging' },
  'account-root-no-user': { ...base, 'trust-principal': 'account', 'staging-bucket': 'acme-redshift-staging', 'staging-prefix': '/informatica/stage' },
  'account-root-cross-account-user': {
    ...base,
    ...user,
    'trust-principal': 'account',
    'user-account-id': OTHER_ACCOUNT,
    'session-duration': '7200',
    kms: 'true',
    'kms-key-arn': 'arn:aws:kms:eu-west-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab'
  },
  'account-root-cross-account-no-user': { ...base, 'trust-principal': 'account', 'user-account-id': OTHER_ACCOUNT, 'external-id': 'cross-acct-0001' },
  'role-principal-cluster-full': {
    ...base,
    'trust-principal': 'role',
    'principal-role-name': 'SecureAgentInstanceRole',
    'principal-role-path': '/ec2/',
    'session-duration': '3600',
    ...cluster,
    'db-name': 'analytics',
    'db-groups': 'loaders, readers\nreporting',
    'db-auto-create': 'true'
  },
  'role-principal-cross-account-serverless': {
    ...base,
    'trust-principal': 'role',
    'principal-role-name': 'eks-worker-node-role',
    'user-account-id': OTHER_ACCOUNT,
    ...serverless,
    'external-id': 'ab'
  },
  'cluster-minimal-short-session': { ...base, ...user, ...cluster, 'session-duration': '900' },
  'everything-same-account': {
    ...base,
    ...user,
    'role-path': '/data-integration/redshift/',
    'user-path': '/service-accounts/',
    kms: 'true',
    'kms-key-arn': 'arn:aws:kms:us-east-1:123456789012:alias/redshift-staging',
    'external-id': 'a-long-external-id-with+=,.@:/-chars',
    'staging-bucket': 'acme-redshift-staging',
    'staging-prefix': 'data/',
    ...cluster,
    'db-name': 'dev',
    'db-groups': 'etl',
    'session-duration': '43200'
  },
  'odd-iam-names': { ...base, ...user, 'role-name': 'svc+redshift=etl,v2.conn@acme_x-1', 'user-name': 'etl+user=1,a.b@c_d-e', 'user-account-id': OTHER_ACCOUNT },
  'longest-names-and-lists': {
    ...base,
    ...user,
    'role-name': 'R'.repeat(64),
    'role-path': `/${'p'.repeat(510)}/`,
    'user-name': 'U'.repeat(64),
    'user-path': `/${'q'.repeat(510)}/`,
    'user-account-id': OTHER_ACCOUNT,
    'external-id': 'e'.repeat(1224),
    'staging-bucket': 'b'.repeat(63),
    'staging-prefix': "folder(1)/with!all=+@,'._-chars",
    ...cluster,
    'redshift-cluster-id': 'c'.repeat(63),
    'redshift-region': 'ap-southeast-2',
    'db-user': 'u'.repeat(64),
    'db-name': 'd'.repeat(64),
    'db-groups': Array.from({ length: 50 }, (_, i) => `group_${i}`).join(','),
    'db-auto-create': 'true',
    kms: 'true',
    'session-duration': '43200'
  },
  'aws-cn-cross-account': {
    ...base,
    ...user,
    partition: 'aws-cn',
    'user-account-id': OTHER_ACCOUNT,
    kms: 'true',
    'kms-key-arn': 'arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'staging-bucket': 'acme-cn-staging',
    'staging-prefix': 'stage',
    ...cluster,
    'redshift-region': 'cn-north-1',
    'db-groups': 'loaders',
    'session-duration': '43200'
  },
  'aws-cn-role-serverless': { ...base, partition: 'aws-cn', 'trust-principal': 'role', 'principal-role-name': 'SecureAgentRole', ...serverless, 'redshift-region': 'cn-northwest-1' },
  'aws-us-gov-role-serverless': {
    ...base,
    partition: 'aws-us-gov',
    'trust-principal': 'role',
    'principal-role-name': 'SecureAgentInstanceRole',
    ...serverless,
    'redshift-region': 'us-gov-west-1',
    'external-id': 'gov-external-id-0001',
    kms: 'true'
  },
  'aws-us-gov-cross-account-user': {
    ...base,
    ...user,
    partition: 'aws-us-gov',
    'user-account-id': OTHER_ACCOUNT,
    'role-path': '/gov/',
    ...cluster,
    'redshift-region': 'us-gov-east-1',
    'db-name': 'warehouse',
    'db-auto-create': 'true',
    'staging-bucket': 'acme-gov-staging'
  },
  'aws-us-gov-account-root': { ...base, partition: 'aws-us-gov', 'trust-principal': 'account', 'staging-bucket': 'acme-gov-staging', 'session-duration': '14400' }
}

const args = process.argv.slice(2)
const optional = args.includes('--optional') && process.env.RTC_CFN_LINT_REQUIRED !== '1'
const outAt = args.indexOf('--out')
if (outAt >= 0 && !args[outAt + 1]) {
  console.log('--out needs a folder')
  process.exit(1)
}
const keepDir = outAt >= 0 ? path.resolve(args[outAt + 1]) : undefined

const version = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' })
if (version.error || version.status !== 0) {
  const why = version.error?.code === 'ENOENT' ? 'cfn-lint not on PATH' : `cfn-lint --version failed (${version.error?.message ?? `exit ${version.status}`})`
  console.log(`cfn-lint check NOT run: ${why}${optional ? ' (optional here)' : ''} (pipx install cfn-lint==${CFN_LINT_VERSION})`)
  process.exit(optional ? 0 : 1)
}
const installed = version.stdout.trim()
if (!installed.endsWith(` ${CFN_LINT_VERSION}`)) console.log(`note: ${installed}, not the ${CFN_LINT_VERSION} CI installs: its checks may differ`)

const work = keepDir ?? mkdtempSync(path.join(tmpdir(), 'rtc-cfn-lint-'))
let failed = 0
try {
  /** Partition → the templates to lint in its Regions, and template → its case. */
  const byPartition = new Map()
  const caseOf = new Map()
  for (const [name, inputs] of Object.entries(CASES)) {
    const workspace = path.join(work, name)
    rmSync(workspace, { recursive: true, force: true })
    mkdirSync(workspace, { recursive: true })
    const outputFile = path.join(workspace, 'github-output')
    const summaryFile = path.join(workspace, 'step-summary')
    for (const f of [outputFile, summaryFile]) writeFileSync(f, '')
    // The environment a runner gives a step: the inputs, and nothing inherited that names an input.
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? workspace, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, 'INPUT_OUTPUT-DIR': 'out' }
    for (const [input, value] of Object.entries(inputs)) env[`INPUT_${input.toUpperCase()}`] = value
    const run = spawnSync(process.execPath, [bundle], { cwd: workspace, env, encoding: 'utf8' })
    const crossAccount = inputs['user-account-id'] !== undefined && inputs['user-account-id'] !== inputs['account-id']
    const expected = ['cloudformation-template.json', ...(crossAccount && (inputs['user-name'] || inputs['trust-principal'] === 'role') ? ['cloudformation-requester-template.json'] : [])]
    const missing = expected.filter((f) => !existsSync(path.join(workspace, 'out', f)))
    if (run.status !== 0 || missing.length > 0) {
      failed += 1
      console.log(`FAIL ${name}: generate exited ${run.status}${missing.length > 0 ? `, did not write ${missing.join(', ')}` : ''}\n${run.stdout}${run.stderr}`)
      continue
    }
    const partition = inputs.partition ?? 'aws'
    for (const f of expected) {
      const file = path.join(workspace, 'out', f)
      byPartition.set(partition, [...(byPartition.get(partition) ?? []), file])
      caseOf.set(file, `${name}/${f}`)
    }
  }

  let templates = 0
  let blocking = 0
  for (const [partition, files] of byPartition) {
    templates += files.length
    const regions = REGIONS_OF_PARTITION[partition]
    const shown = regions.join(' ')
    // --include-checks I: informational findings are shown too; only errors and warnings fail.
    const lint = spawnSync('cfn-lint', ['--format', 'json', '--include-checks', 'I', '--regions', ...regions, '--', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    let findings
    try {
      findings = JSON.parse(lint.stdout || '[]')
    } catch {
      failed += 1
      console.log(`FAIL cfn-lint in ${shown} printed no JSON (exit ${lint.status}):\n${lint.stdout}${lint.stderr}`)
      continue
    }
    // cfn-lint's exit status is a bit set: 2 errors, 4 warnings, 8 informational; 1 (or other bits) is its own failure.
    if (lint.status === null || (lint.status & ~(2 | 4 | 8)) !== 0) {
      failed += 1
      console.log(`FAIL cfn-lint in ${shown} exited ${lint.status}:\n${lint.stderr}`)
    }
    const blockingHere = findings.filter((f) => f.Level === 'Error' || f.Level === 'Warning').length
    if ((lint.status & (2 | 4)) !== 0 && blockingHere === 0) {
      failed += 1
      console.log(`FAIL cfn-lint in ${shown} exited ${lint.status} (errors or warnings) but reported none:\n${lint.stdout}${lint.stderr}`)
    }
    for (const f of findings) {
      const where = f.Location?.Path ? f.Location.Path.join('/') : `line ${f.Location?.Start?.LineNumber}`
      const fails = f.Level === 'Error' || f.Level === 'Warning'
      if (fails) blocking += 1
      console.log(`${fails ? 'FAIL' : 'info'} ${caseOf.get(f.Filename) ?? f.Filename} [${shown}] ${f.Rule?.Id} ${f.Level}: ${f.Message} (at ${where})`)
    }
  }
  failed += blocking
  console.log(`\ncfn-lint (${installed}) on ${templates} generated templates of ${Object.keys(CASES).length} input sets: ${blocking} errors or warnings, ${failed === 0 ? 'passed' : 'FAILED'}`)
} finally {
  if (!keepDir) rmSync(work, { recursive: true, force: true })
}
process.exit(failed === 0 ? 0 : 1)

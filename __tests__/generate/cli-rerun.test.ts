// The job summary's AWS CLI commands are what a deploy job runs, every time
// generate runs, so they must succeed on the first deploy (no role, no role
// policies yet) and on every deploy after it (the role and its policies there).
// An `aws` stand-in keeps IAM's state in a folder and answers as IAM does:
// create-role on an existing role is EntityAlreadyExists, get-role,
// get-role-policy and delete-role-policy on a missing one NoSuchEntity, both
// with the CLI's exit code 254. The summary's script runs under `sh -e` (the
// shell a deploy job's `run:` gets is `bash -e`), in sh and bash.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { documentsFor } from '../../src/core/generate/documents.js'
import { fileSetFor } from '../../src/core/generate/file-set.js'
import { parseGenerateInputs } from '../../src/core/generate/inputs.js'
import { generateSummary } from '../../src/report/generate-summary.js'
import { tempDir } from '../support/temp-dirs.js'

// IAM as files: STATE/role (the role exists), STATE/policy.NAME (its inline policy NAME), STATE/log (each call).
const FAKE_AWS = `#!/bin/sh
state="$AWS_STAND_IN_STATE"
printf '%s\\n' "$*" >> "$state/log"
[ "$1" = iam ] || exit 0
cmd="$2"; shift 2
role=''; policy=''
while [ $# -gt 0 ]; do
  case "$1" in
    file://*) doc="\${1#file://}"; [ -f "$doc" ] || { echo "Error parsing parameter: Unable to load paramfile $1" >&2; exit 255; }
      head -c 1 "$doc" | grep -q '{' || { echo "MalformedPolicyDocument: $doc" >&2; exit 254; }; shift ;;
    --role-name) role="$2"; shift 2 ;;
    --role-name=*) role="\${1#--role-name=}"; shift ;;
    --policy-name) policy="$2"; shift 2 ;;
    *) shift ;;
  esac
done
fail() { echo "An error occurred ($1) when calling the $cmd operation" >&2; exit 254; }
case "$cmd" in
  create-role) [ -e "$state/role" ] && fail EntityAlreadyExists; echo "$role" > "$state/role" ;;
  get-role) [ -e "$state/role" ] || fail NoSuchEntity; echo "arn:aws:iam::123456789012:role/$role" ;;
  update-assume-role-policy|update-role) [ -e "$state/role" ] || fail NoSuchEntity ;;
  put-role-policy) [ -e "$state/role" ] || fail NoSuchEntity; : > "$state/policy.$policy" ;;
  get-role-policy) [ -e "$state/policy.$policy" ] || fail NoSuchEntity ;;
  delete-role-policy) [ -e "$state/policy.$policy" ] || fail NoSuchEntity; rm "$state/policy.$policy" ;;
esac
exit 0
`

const BASE = { 'account-id': '123456789012', 'role-name': 'RedshiftTempCreds', 'user-name': 'etl', partition: 'aws', kms: 'false' }

/**
 * The summary's AWS CLI script for these inputs, as a deploy job would paste it. The files are written to
 * `artifact` as actions/download-artifact lays them out: the artifact's root is the output folder, so each file is at
 * the top of the folder the job downloads to, where the script runs and its file:// paths are read.
 */
function cliScript(given: Record<string, string>, artifact?: string): string {
  const parsed = parseGenerateInputs((name) => ({ ...BASE, ...given })[name] ?? '')
  if (!parsed.ok) throw new Error(parsed.error.problem)
  const docs = documentsFor(parsed.value)
  const files = fileSetFor(parsed.value, docs, parsed.value.formats)
  if (artifact !== undefined) for (const file of files) writeFileSync(path.join(artifact, file.name), file.content)
  const summary = generateSummary(parsed.value, docs, files, '/work/out', { name: 'x', skipped: 'local run' })
  const block = /```sh\n([\s\S]*?)```/.exec(summary)
  if (!block) throw new Error('the summary has no sh block')
  return block[1]
}

function standIn(): { env: NodeJS.ProcessEnv; state: string } {
  const dir = tempDir('rtc-cli-rerun-')
  const bin = path.join(dir, 'bin')
  const state = path.join(dir, 'state')
  const artifact = path.join(dir, 'artifact')
  execFileSync('mkdir', ['-p', bin, state, artifact])
  writeFileSync(path.join(bin, 'aws'), FAKE_AWS)
  chmodSync(path.join(bin, 'aws'), 0o755)
  return { env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, AWS_STAND_IN_STATE: state, ARTIFACT: artifact }, state }
}

/** Runs the script with `-e` in the folder the artifact was downloaded to; the exit code, and what stderr said. */
function deploy(shell: string, script: string, env: NodeJS.ProcessEnv): { code: number; stderr: string } {
  try {
    execFileSync(shell, ['-e', '-c', script], { env, cwd: env.ARTIFACT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    return { code: 0, stderr: '' }
  } catch (e) {
    const error = e as { status: number; stderr: string }
    return { code: error.status, stderr: error.stderr }
  }
}

const policies = (state: string) => readdirSync(state).filter((f) => f.startsWith('policy.')).map((f) => f.slice('policy.'.length)).sort()

describe.each(['sh', 'bash'])("the summary's AWS CLI commands under %s -e", (shell) => {
  test('the first deploy of a role succeeds, though the inputs make no role policy to remove an earlier one of', () => {
    const { env, state } = standIn()
    expect(deploy(shell, cliScript({}, env.ARTIFACT), env)).toEqual({ code: 0, stderr: '' })
    expect(existsSync(path.join(state, 'role'))).toBe(true)
    expect(policies(state)).toEqual([])
  })

  test('a second deploy of the same files succeeds: the role exists, and create-role is not run again', () => {
    const { env, state } = standIn()
    const script = cliScript({ kms: 'true', 'staging-bucket': 'etl-staging' }, env.ARTIFACT)
    expect(deploy(shell, script, env).code).toBe(0)
    expect(deploy(shell, script, env)).toEqual({ code: 0, stderr: '' })
    const calls = readFileSync(path.join(state, 'log'), 'utf8').split('\n')
    expect(calls.filter((c) => c.startsWith('iam create-role'))).toHaveLength(1)
    expect(policies(state)).toEqual(['redshift-temp-creds-kms', 'redshift-temp-creds-s3-staging'])
  })

  test('a deploy after kms was turned off removes the KMS policy an earlier deploy put, and keeps the others', () => {
    const { env, state } = standIn()
    expect(deploy(shell, cliScript({ kms: 'true', 'staging-bucket': 'etl-staging' }, env.ARTIFACT), env).code).toBe(0)
    expect(deploy(shell, cliScript({ 'staging-bucket': 'etl-staging' }, env.ARTIFACT), env)).toEqual({ code: 0, stderr: '' })
    expect(policies(state)).toEqual(['redshift-temp-creds-s3-staging'])
  })

  test('a role name IAM allows but the shell or the CLI would misread (-etl, =r+=,.@_x) goes through the conditions as it is', () => {
    for (const name of ['-etl', '=r+=,.@_x']) {
      const { env, state } = standIn()
      const script = cliScript({ 'role-name': name, kms: 'true' }, env.ARTIFACT)
      expect(deploy(shell, script, env)).toEqual({ code: 0, stderr: '' })
      expect(deploy(shell, script, env)).toEqual({ code: 0, stderr: '' })
      expect(readFileSync(path.join(state, 'role'), 'utf8')).toBe(`${name}\n`)
      const calls = readFileSync(path.join(state, 'log'), 'utf8').split('\n')
      expect(calls.filter((c) => c.startsWith('iam create-role'))).toHaveLength(1)
      expect(policies(state)).toEqual(['redshift-temp-creds-kms'])
    }
  })

  test('an IAM error other than a missing role or policy still stops the deploy', () => {
    const { env, state } = standIn()
    // A role made by another run in between: create-role is skipped, the others change it.
    writeFileSync(path.join(state, 'role'), 'x')
    expect(deploy(shell, cliScript({}, env.ARTIFACT), env).code).toBe(0)
    // put-user-policy refused: the script stops there.
    const refusing = FAKE_AWS.replace('[ "$1" = iam ] || exit 0', '[ "$1" = iam ] || exit 0\n[ "$2" = put-user-policy ] && { echo "An error occurred (AccessDenied)" >&2; exit 254; }')
    writeFileSync(path.join(String(env.PATH).split(':')[0], 'aws'), refusing)
    const run = deploy(shell, cliScript({}, env.ARTIFACT), env)
    expect(run.code).toBe(254)
    expect(run.stderr).toContain('AccessDenied')
  })
})

// A deploy job downloads the artifact and runs the summary's script there. The stand-in reads each file:// path as
// the CLI does, relative to the folder it runs in: a path that names the output folder, or this runner's, is not
// there.
describe('the file:// paths of the AWS CLI commands', () => {
  test('name files at the top of the downloaded artifact, every one of them a JSON document', () => {
    const { env, state } = standIn()
    const given = { kms: 'true', 'staging-bucket': 'etl-staging', 'redshift-db-auth': 'serverless', 'redshift-workgroup': '8f9d3c1e-0a4b-4c2d-9e8f-1a2b3c4d5e6f', 'redshift-region': 'us-east-1' }
    const script = cliScript(given, env.ARTIFACT)
    const paths = [...script.matchAll(/file:\/\/([^\s;]+)/g)].map((m) => m[1])
    expect(new Set(paths)).toEqual(new Set(['user-policy.json', 'trust-policy.json', 'kms-policy.json', 's3-staging-policy.json', 'redshift-db-auth-policy.json']))
    expect(deploy('sh', script, env)).toEqual({ code: 0, stderr: '' })
    expect(policies(state)).toEqual(['redshift-temp-creds-db-auth', 'redshift-temp-creds-kms', 'redshift-temp-creds-s3-staging'])
  })

  test('a file missing from the folder stops the script, as the CLI does', () => {
    const { env } = standIn()
    const script = cliScript({ kms: 'true' }, env.ARTIFACT)
    execFileSync('rm', [path.join(String(env.ARTIFACT), 'kms-policy.json')])
    const run = deploy('sh', script, env)
    expect(run.code).toBe(255)
    expect(run.stderr).toContain('Unable to load paramfile file://kms-policy.json')
  })
})

// What the generate summary says about limits the documents cannot show:
// IAM's quota on a requester's inline policies (one per role it assumes),
// and the HeadBucket a prefix-scoped listing refuses.
import { describe, expect, test } from '@jest/globals'
import { documentsFor } from '../../src/core/generate/documents.js'
import { requesterPolicyRoom } from '../../src/core/generate/deploy-target.js'
import { fileSetFor } from '../../src/core/generate/file-set.js'
import { parseGenerateInputs } from '../../src/core/generate/inputs.js'
import { compactJson } from '../../src/core/json.js'
import { generateSummary } from '../../src/report/generate-summary.js'

const KMS_ACTIONS_IN_ORDER = ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*']

function generated(given: Record<string, string>) {
  const parsed = parseGenerateInputs((name) => ({ 'account-id': '123456789012', 'role-name': 'rs-role', kms: 'false', partition: 'aws', ...given })[name] ?? '')
  if (!parsed.ok) throw new Error(parsed.error.problem)
  const docs = documentsFor(parsed.value)
  const files = fileSetFor(parsed.value, docs, parsed.value.formats)
  return { inputs: parsed.value, docs, summary: generateSummary(parsed.value, docs, files, '/work/out', { name: 'x', skipped: 'local run' }) }
}

/** A user policy naming `count` roles in one statement, as the note proposes. */
function combinedSize(userPolicy: object, arns: string[]): number {
  const doc = JSON.parse(JSON.stringify(userPolicy))
  doc.Statement[0].Resource = arns
  return compactJson(doc).length
}

describe("the requester's inline-policy quota", () => {
  test('a user: 2,048 characters, one policy per role, so the summary says how many roles fit', () => {
    const { summary, docs } = generated({ 'user-name': 'etl' })
    const size = compactJson(docs.userPolicy).length
    expect(summary).toContain("IAM allows one user's inline policies 2,048 characters in all")
    expect(summary).toContain(`user-policy.json is ${size} of them`)
    expect(summary).toContain(`at most ${Math.floor(2048 / size)} roles`)
    expect(summary).toContain('IAM refuses the next one (LimitExceeded)')
  })

  test('a long role path leaves room for two per-role policies on a user', () => {
    const { inputs, docs } = generated({ 'user-name': 'etl', 'role-name': 'r'.repeat(64), 'role-path': `/${'p'.repeat(510)}/` })
    const room = requesterPolicyRoom(inputs, compactJson(docs.userPolicy).length, docs.roleArn.length)
    expect(room).toMatchObject({ kind: 'user', quota: 2048, perRolePolicies: 2 })
  })

  test('the roles one combined policy holds: exactly as many as fit in 2,048 characters', () => {
    const cases: Record<string, string>[] = [{ 'user-name': 'etl' }, { 'user-name': 'etl', 'role-name': 'r'.repeat(64), 'role-path': `/${'p'.repeat(200)}/` }]
    for (const given of cases) {
      const { inputs, docs } = generated(given)
      const room = requesterPolicyRoom(inputs, compactJson(docs.userPolicy).length, docs.roleArn.length)
      const arns = (n: number) => Array.from({ length: n }, (_, i) => docs.roleArn.slice(0, -1) + String.fromCharCode(97 + (i % 26)))
      expect(combinedSize(docs.userPolicy, arns(room.rolesInOnePolicy))).toBeLessThanOrEqual(2048)
      expect(combinedSize(docs.userPolicy, arns(room.rolesInOnePolicy + 1))).toBeGreaterThan(2048)
    }
  })

  test("a Secure Agent role: a role's 10,240 characters, its own inline policies included", () => {
    const { summary } = generated({ 'trust-principal': 'role', 'principal-role-name': 'agent-ec2' })
    expect(summary).toContain("IAM allows one role's inline policies 10,240 characters in all (white space not counted), the role's own inline policies included")
  })
})

// IAM and AWS STS quotas: a user's inline policies 2,048 characters in all, a role's 10,240. With the account root
// trusted and no user-name the requester may be either (the role-chaining warning assumes a role): say both.
describe('the account root trusted and no user-name: the requester may be a user or a role', () => {
  test("the quota note gives a user's 2,048 characters and a role's 10,240, with the roles each holds", () => {
    const { inputs, docs, summary } = generated({ 'trust-principal': 'account' })
    const size = compactJson(docs.userPolicy).length
    const asUser = requesterPolicyRoom(inputs, size, docs.roleArn.length, 'user')
    const asRole = requesterPolicyRoom(inputs, size, docs.roleArn.length, 'role')
    expect(asRole).toMatchObject({ kind: 'role', quota: 10240 })
    expect(summary).toContain('2,048 characters for an IAM user, 10,240 for a role')
    expect(summary).toContain(`a user can hold them for at most ${asUser.perRolePolicies} roles and a role for at most ${asRole.perRolePolicies}`)
    expect(summary).toContain(`2,048 characters hold ${asUser.rolesInOnePolicy} ARNs as long as this role's, 10,240 hold ${asRole.rolesInOnePolicy}`)
    expect(summary).not.toContain("IAM allows one user's inline policies")
  })

  test('the file and the closing line name a user or a role, not only an IAM user', () => {
    const { summary } = generated({ 'trust-principal': 'account' })
    expect(summary).toContain('user-policy.json (identity policy for the IAM user or role that requests the credentials)')
    expect(summary).toContain('attach `user-policy.json` to the IAM user or role of account 123456789012 that will request the credentials')
    expect(summary).toContain('aws iam put-role-policy')
    expect(summary).not.toContain('to the IAM user that will request')
  })

  test('with user-name the note stays the user\'s alone', () => {
    const { summary } = generated({ 'trust-principal': 'account', 'user-name': 'etl' })
    expect(summary).toContain("IAM allows one user's inline policies 2,048 characters in all")
    expect(summary).not.toContain('10,240')
  })
})

describe('HeadBucket and the prefix-scoped listing', () => {
  test('with staging-prefix the summary says HeadBucket is refused and why it cannot be allowed alone', () => {
    const { summary } = generated({ 'user-name': 'etl', 'staging-bucket': 'stage', 'staging-prefix': 'infa' })
    expect(summary).toContain('S3 authorises HeadBucket')
    expect(summary).toContain('as s3:ListBucket with no prefix, so it is refused')
  })

  test('without a prefix the listing is the whole bucket: nothing to say', () => {
    const { summary } = generated({ 'user-name': 'etl', 'staging-bucket': 'stage' })
    expect(summary).not.toContain('HeadBucket')
  })
})

describe("user-policy.json's place in the summary", () => {
  test('with trust-principal role it is the principal role\'s policy, not an IAM user\'s', () => {
    const { summary } = generated({ 'trust-principal': 'role', 'principal-role-name': 'agent-ec2' })
    expect(summary).toContain('user-policy.json (identity policy for the principal role, the Secure Agent role)')
    expect(summary).not.toContain('identity policy for the IAM user')
  })

  test('with a user it is the user\'s', () => {
    expect(generated({ 'user-name': 'etl' }).summary).toContain('user-policy.json (identity policy for the IAM user)')
  })
})

describe("outside the aws partition, the apply commands say which Region they need", () => {
  test.each([
    ['aws-cn', 'cn-, such as cn-north-1'],
    ['aws-us-gov', 'us-gov-, such as us-gov-west-1'],
    ['aws-eusc', 'eusc-de-, such as eusc-de-east-1']
  ])('%s: one line in every apply script, after where to run it', (partition, shape) => {
    const { summary } = generated({ partition, 'user-name': 'etl', formats: 'cli,cloudformation' })
    const line = `# Partition ${partition}: use its credentials and one of its Regions (AWS_REGION: ${shape}), or the CLI asks the aws partition's endpoints.`
    const scripts = summary.split('```sh\n').slice(1)
    expect(scripts).toHaveLength(2)
    for (const script of scripts) expect(script.split('\n').slice(1, 3)).toEqual([expect.stringMatching(/^# Run in the folder/), line])
  })

  test('aws: no such line', () => {
    expect(generated({ 'user-name': 'etl' }).summary).not.toContain('# Partition')
  })
})

// PutKeyPolicy: "The principals in the key policy must exist and be visible to KMS. When you create a new AWS
// principal, you might need to enforce a delay before including the new principal in a key policy". The apply
// commands make the role; a key policy naming it before that is refused (MalformedPolicyDocumentException).
describe('a KMS key in another account', () => {
  test("the note says the key policy change comes after the role exists, with the key's account's credentials", () => {
    const { docs, summary } = generated({ 'user-name': 'etl', kms: 'true', 'kms-key-arn': 'arn:aws:kms:us-east-1:555555555555:key/1234abcd-12ab-34cd-56ef-1234567890ab' })
    expect(docs.kmsNotice).toContain('arn:aws:iam::123456789012:role/rs-role')
    expect(docs.kmsNotice).toContain("with account 555555555555's credentials")
    expect(docs.kmsNotice).toContain('after the apply commands have made the role')
    expect(docs.kmsNotice).toContain('refuses a key policy that names a role it cannot see yet')
    expect(summary).toContain('after the apply commands have made the role')
  })

  // KMS developer guide, "Allowing users in other accounts to use a KMS key": the key policy in the key's account
  // must allow the external principal, and the IAM policy in its own account must allow the key; neither alone
  // suffices. The summary gives the key owner the statement to add, as JSON, not only a sentence about it.
  /** The JSON blocks of the summary that parse as one key policy statement (a Principal and Resource "*"). */
  const keyPolicyStatements = (summary: string) =>
    [...summary.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1])).filter((v) => v && !Array.isArray(v) && 'Principal' in v && !('Statement' in v))

  test.each([
    ['a key ARN', 'arn:aws:kms:us-east-1:555555555555:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'aws', '/'],
    ['an alias ARN', 'arn:aws:kms:us-east-1:555555555555:alias/etl-staging', 'aws', '/'],
    ['a key in aws-cn, a role with a path', 'arn:aws-cn:kms:cn-north-1:555555555555:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'aws-cn', '/etl/']
  ])("with %s, the summary shows the statement the key's policy must add: the role as principal, the five actions", (_, key, partition, rolePath) => {
    const { docs, summary } = generated({ 'user-name': 'etl', kms: 'true', 'kms-key-arn': key, partition, 'role-path': rolePath })
    const statements = keyPolicyStatements(summary)
    expect(statements).toEqual([{ Sid: expect.any(String), Effect: 'Allow', Principal: { AWS: docs.roleArn }, Action: KMS_ACTIONS_IN_ORDER, Resource: '*' }])
    expect(docs.roleArn).toBe(`arn:${partition}:iam::123456789012:role${rolePath}rs-role`)
  })

  test('kms false: no key policy statement', () => {
    expect(keyPolicyStatements(generated({ 'user-name': 'etl' }).summary)).toEqual([])
  })
})

// KMS Developer Guide, "KMS key access and permissions": "To use an IAM policy to allow access to a KMS key, the key
// policy must explicitly allow it" (the default key policy's statement for the account root does). In the role's own
// account kms-policy.json works only with such a key policy; the summary says so, with the statement that works without.
describe('a KMS key in the role\'s own account, or none named', () => {
  test.each([
    ['a key ARN', { 'kms-key-arn': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }],
    ['no key', {}]
  ] as Array<[string, Record<string, string>]>)('with %s, the summary says the key policy must let IAM policies allow it, and gives the statement for one that does not', (_, given) => {
    const { docs, summary } = generated({ 'user-name': 'etl', kms: 'true', ...given })
    expect(docs.kmsNotice).toBeUndefined()
    expect(summary).toContain('only when its key policy lets IAM policies allow it')
    expect(summary).toContain('`arn:aws:iam::123456789012:root`')
    const statements = [...summary.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1])).filter((v) => v && !Array.isArray(v) && 'Principal' in v && !('Statement' in v))
    expect(statements).toEqual([{ Sid: expect.any(String), Effect: 'Allow', Principal: { AWS: docs.roleArn }, Action: KMS_ACTIONS_IN_ORDER, Resource: '*' }])
  })
})

describe('the note on a trust policy that names the account root', () => {
  test('without user-name it asks for one; with it, only for trust-principal: user, naming that user', () => {
    const without = generated({ 'trust-principal': 'account' }).summary
    expect(without).toContain('Set user-name and trust-principal: user to restrict it to one user.')
    const withUser = generated({ 'trust-principal': 'account', 'user-name': 'etl_loader' }).summary
    expect(withUser).toContain('Set trust-principal: user to restrict it to the user `etl_loader`.')
    expect(withUser).not.toContain('Set user-name and')
  })
})

// AssumeRole, DurationSeconds: "if you assume a role using role chaining and provide a DurationSeconds parameter value
// greater than one hour, the operation fails". The account root admits the account's roles too, and the Secure Agent's
// EC2 instance role is one: trust-principal role refuses such a session-duration, the account root must say so.
describe('session-duration over an hour with the account root trusted', () => {
  test('without user-name the requester may be a role: the note says its AssumeRole for those seconds fails', () => {
    const { summary } = generated({ 'trust-principal': 'account', 'session-duration': '7200' })
    expect(summary).toContain('role chaining')
    expect(summary).toContain('an AssumeRole for 7200 seconds fails')
    expect(summary).toContain('trust-principal: role')
  })

  test('an hour or less, or a user named: nothing about chaining', () => {
    expect(generated({ 'trust-principal': 'account', 'session-duration': '3600' }).summary).not.toContain('role chaining')
    expect(generated({ 'trust-principal': 'account', 'user-name': 'etl', 'session-duration': '7200' }).summary).not.toContain('role chaining')
    expect(generated({ 'user-name': 'etl', 'session-duration': '43200' }).summary).not.toContain('role chaining')
  })
})

// An alias has no key policy: the key it points to has. The notes about the key policy name that key, not the alias.
describe('the key policy notes with an alias ARN in kms-key-arn', () => {
  const alias = (account: string) => `arn:aws:kms:us-east-1:${account}:alias/staging`

  test.each([
    ['in another account', '210987654321', 'The statement to add to the key policy of the key that `arn:aws:kms:us-east-1:210987654321:alias/staging` points to, in account'],
    ['in the role\'s account', '123456789012', 'KMS applies kms-policy.json to the key that `arn:aws:kms:us-east-1:123456789012:alias/staging` points to only when its key policy']
  ])('%s: the key the alias points to', (_, account, sentence) => {
    const { summary } = generated({ 'user-name': 'etl', kms: 'true', 'kms-key-arn': alias(account) })
    expect(summary).toContain(sentence)
    expect(summary).not.toContain(`key policy of \`${alias(account)}\``)
    expect(summary).not.toContain(`kms-policy.json to \`${alias(account)}\``)
  })

  test('a key ARN is named as it is', () => {
    const key = 'arn:aws:kms:us-east-1:210987654321:key/12345678-1234-1234-1234-123456789012'
    expect(generated({ 'user-name': 'etl', kms: 'true', 'kms-key-arn': key }).summary).toContain(`The statement to add to the key policy of \`${key}\`, in account`)
  })
})

import { commandLine } from '../core/generate/apply-commands.js'
import { formatsFor } from '../core/generate/formats/index.js'
import { requesterOf, requesterPolicyName, requesterPolicyRoom } from '../core/generate/deploy-target.js'
import { groupDigits } from '../core/digits.js'
import { accountRootArn } from '../core/iam/arn.js'
import { regionShapeOf, type KmsKeyRef, type Partition } from '../core/inputs/rules.js'
import { compactJson } from '../core/json.js'
import { ROLE_POLICY_MODULES } from '../core/generate/role-policies/index.js'
import { MANIFEST_FILE } from '../core/generate/output-names.js'
import type { GeneratedDocuments } from '../core/generate/documents.js'
import type { OutputFile } from '../core/generate/file-set.js'
import { ROLE_CHAINING_MAX_SECONDS, type Format, type GenerateInputs } from '../core/generate/inputs.js'
import { prettyJson } from '../core/json.js'
import { codeBlock, details, inlineCode, inlineText, table } from './markdown.js'

export interface ArtifactOutcome {
  name: string
  id?: number
  /** Why nothing was uploaded, when nothing was. */
  skipped?: string
}

const PURPOSE: Record<string, string> = {
  'user-policy.json': 'identity policy for the IAM user',
  'trust-policy.json': "the role's trust policy",
  ...Object.fromEntries(ROLE_POLICY_MODULES.map((m) => [m.file, m.purpose])),
  'cloudformation-template.json': 'CloudFormation template',
  'cloudformation-requester-template.json': "CloudFormation template for the requester's account",
  'redshift-temp-creds.tf.json': 'Terraform configuration',
  'redshift-temp-creds-requester.tf.json': "Terraform configuration for the requester's account",
  'manifest.json': 'inputs, ARNs and hashes'
}

/**
 * What a file is; user-policy.json goes on the principal role, not a user, with trust-principal role, and with no
 * requester named (the account root trusted, no user-name) on whichever user or role requests the credentials.
 */
function purposeOf(file: string, inputs: GenerateInputs): string {
  if (file === 'user-policy.json' && inputs.trustPrincipal === 'role') return 'identity policy for the principal role, the Secure Agent role'
  if (file === 'user-policy.json' && !requesterOf(inputs)) return 'identity policy for the IAM user or role that requests the credentials'
  return PURPOSE[file] ?? 'file'
}

const REDACTED = '***'

/**
 * The first line of each apply script. The script is pasted into terminals too, and zsh (macOS's default shell)
 * reads '#' as a comment in an interactive shell only with its INTERACTIVE_COMMENTS option, off by default: without
 * it a comment line is a command, and an apostrophe in one ("the role's path") opens a quote that swallows the
 * commands after it, so a paste applies some documents and not others. The line sets the option in zsh; sh and
 * bash (whose interactive shells take comments) skip it, with status 0 under `sh -e`.
 */
export const ZSH_COMMENTS = '[ -z "${ZSH_VERSION-}" ] || setopt interactive_comments'

/** The line after ZSH_COMMENTS in each apply script: where it runs. */
export const APPLY_WHERE = '# Run in the folder that holds the files (in a deploy job: where actions/download-artifact put the artifact).'

/**
 * Outside the aws partition, the AWS CLI reaches a partition's IAM and STS
 * only from one of its Regions: with no Region, or one of aws, it asks the
 * aws partition's endpoints, which do not know the credentials
 * (InvalidClientTokenId).
 */
function partitionRegionNote(partition: Partition): string {
  return `# Partition ${partition}: use its credentials and one of its Regions (AWS_REGION: ${regionShapeOf(partition)}), or the CLI asks the aws partition's endpoints.`
}

/**
 * A copy of a JSON value with the external id `secret` replaced where it is a
 * value: a string that is the id, or the id's JSON inside a string (Terraform
 * files carry the trust policy as a JSON string). Not every occurrence of its
 * characters: IAM allows an id of two characters, and `ro` is also in
 * `role/...`, which must stay readable.
 */
function redact(value: unknown, secret: string, quoted = JSON.stringify(secret)): unknown {
  if (typeof value === 'string') {
    if (value === secret) return REDACTED
    return value.includes(quoted) ? value.split(quoted).join(JSON.stringify(REDACTED)) : value
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, secret, quoted))
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, secret, quoted)]))
  return value
}

/**
 * The files' contents as the summary shows them: the external id replaced (redact), and in manifest.json the sha256
 * and size of each file that holds it. The summary shows the rest of such a file, so its hash would let anyone who
 * reads the run test guesses of the id offline, and its size would give the id's length: an id of a few words or
 * digits would be found in seconds.
 */
function redactedFiles(files: readonly OutputFile[], secret: string): string[] {
  const parsed = files.map((f) => JSON.parse(f.content) as unknown)
  const shown = parsed.map((value) => prettyJson(redact(value, secret)))
  const holders = new Set(files.filter((f, i) => shown[i] !== prettyJson(parsed[i])).map((f) => f.name))
  return files.map((f, i) => {
    if (f.name !== MANIFEST_FILE || holders.size === 0) return shown[i]
    const manifest = JSON.parse(shown[i]) as { files?: unknown }
    if (Array.isArray(manifest.files)) {
      manifest.files = manifest.files.map((entry: { name?: unknown }) => (holders.has(String(entry.name)) ? { ...entry, sha256: REDACTED, bytes: REDACTED } : entry))
    }
    return prettyJson(manifest)
  })
}

/**
 * The requester's inline policies against IAM's quota on all of them: one
 * run writes the policy for one role, and a user that assumes several roles
 * holds one per role, so the summary says how many fit and what does when
 * they do not.
 */
function requesterQuotaNote(inputs: GenerateInputs, docs: GeneratedDocuments): string {
  if (!requesterOf(inputs)) return unnamedRequesterQuotaNote(inputs, docs)
  const room = requesterPolicyRoom(inputs, compactJson(docs.userPolicy).length, docs.roleArn.length)
  const who = room.kind === 'role' ? 'role' : 'user'
  return (
    `\n> [!NOTE]\n> IAM allows one ${who}'s inline policies ${groupDigits(room.quota)} characters in all (white space not counted)${room.kind === 'role' ? ", the role's own inline policies included" : ''}. ` +
    `user-policy.json is ${groupDigits(room.size)} of them, and the ${who} gets one such policy per role it assumes (each named for its role), so it can hold them for at most ${room.perRolePolicies} role${room.perRolePolicies === 1 ? '' : 's'}, fewer with inline policies of its own; ` +
    'past that, IAM refuses the next one (LimitExceeded), whichever deploy format puts it. ' +
    `For more roles, give the ${who} one policy instead, with this statement's Resource a list of every role ARN: ${groupDigits(room.quota)} characters hold ${room.rolesInOnePolicy} ARNs as long as this role's.\n`
  )
}

/**
 * The quota note when no input names the requester (the account root trusted, no user-name): it may be a user
 * (2,048 characters of inline policies) or a role such as the Secure Agent's EC2 instance role (10,240, its own
 * inline policies included), so the note gives both rather than a user's alone.
 */
function unnamedRequesterQuotaNote(inputs: GenerateInputs, docs: GeneratedDocuments): string {
  const size = compactJson(docs.userPolicy).length
  const user = requesterPolicyRoom(inputs, size, docs.roleArn.length, 'user')
  const role = requesterPolicyRoom(inputs, size, docs.roleArn.length, 'role')
  return (
    `\n> [!NOTE]\n> IAM counts an identity's inline policies together (white space not counted): ${groupDigits(user.quota)} characters for an IAM user, ${groupDigits(role.quota)} for a role, the role's own inline policies included. ` +
    `No user-name was given, so the requester may be either. user-policy.json is ${groupDigits(size)} of them, and the requester gets one such policy per role it assumes (each named for its role), ` +
    `so a user can hold them for at most ${user.perRolePolicies} role${user.perRolePolicies === 1 ? '' : 's'} and a role for at most ${role.perRolePolicies}, fewer with inline policies of its own; ` +
    'past that, IAM refuses the next one (LimitExceeded). ' +
    `For more roles, give the requester one policy instead, with this statement's Resource a list of every role ARN: ${groupDigits(user.quota)} characters hold ${user.rolesInOnePolicy} ARNs as long as this role's, ${groupDigits(role.quota)} hold ${role.rolesInOnePolicy}.\n`
  )
}

/**
 * Why a prefix-scoped listing refuses HeadBucket: S3 authorises it as
 * s3:ListBucket, without a prefix, and no condition key tells it apart from
 * a listing of the whole bucket, so the policy cannot allow one and not the
 * other.
 */
function headBucketNote(bucket: string, prefix: string): string {
  return (
    `\n> [!NOTE]\n> s3-staging-policy.json lets the role list ${inlineCode(bucket)} only under ${inlineCode(prefix)} (the s3:prefix condition). ` +
    'S3 authorises HeadBucket, which SDKs and tools call to check that a bucket exists, as s3:ListBucket with no prefix, so it is refused (403), as is a listing of the whole bucket: ' +
    'no condition key tells the two apart, so allowing HeadBucket would let the role list every key in the bucket. ' +
    'The vendor does not say whether the connector checks its bucket that way; if tasks fail with Access Denied on the bucket itself (not on a staged file), it does: allowing it takes s3:ListBucket on the bucket without the condition (or no staging-prefix), and then the role can list every key.\n'
  )
}

/**
 * A key in the role's account: KMS reads IAM policies for a key only when its key policy allows the account to
 * ("To use an IAM policy to allow access to a KMS key, the key policy must explicitly allow it"), as the default key
 * policy's statement for the account root does. A key policy without one ignores kms-policy.json; the statement that
 * names the role works there instead.
 */
function keyPolicyNote(inputs: GenerateInputs, statement: object): string {
  const root = accountRootArn(inputs.partition, inputs.accountId)
  const key = inputs.kmsKey ? keyNamed(inputs.kmsKey) : 'the staging key'
  return (
    `\n> [!NOTE]\n> KMS applies kms-policy.json to ${key} only when its key policy lets IAM policies allow it, as the default key policy does with its statement for the account root (${inlineCode(root)}, ${inlineCode('kms:*')}). ` +
    'A key policy without such a statement refuses the role whatever kms-policy.json allows: add this statement to it.\n\n' +
    codeBlock(prettyJson(statement), 'json')
  )
}

/**
 * The key kms-key-arn names, for a sentence about its key policy: an alias has none, the key it points to has (an
 * alias ARN alone would send the reader to look for the key policy of an alias).
 */
function keyNamed(key: KmsKeyRef): string {
  return key.type === 'alias' ? `the key that ${inlineCode(key.arn)} points to` : inlineCode(key.arn)
}

/** The job summary of a `generate` run, as Markdown. */
function redshiftRow(inputs: GenerateInputs): string {
  const r = inputs.redshift
  if (!r) return 'no'
  return r.kind === 'serverless'
    ? `serverless workgroup ${inlineCode(r.workgroupId)} in ${inlineCode(r.region)}`
    : `cluster ${inlineCode(r.clusterId)} in ${inlineCode(r.region)}, database user ${inlineCode(r.dbUser)}${r.autoCreate ? ', created at log-on if missing' : ''}`
}

export function generateSummary(
  inputs: GenerateInputs & { formats?: readonly Format[] },
  docs: GeneratedDocuments,
  files: OutputFile[],
  outputDir: string,
  artifact: ArtifactOutcome
): string {
  const parts: string[] = ['## Redshift temporary-credentials policies\n']
  const rows = [
    ['Role', inlineCode(docs.roleArn)],
    ['Trusted principal', inlineCode(docs.principalArn)]
  ]
  if (docs.userArn) rows.push(['IAM user', inlineCode(docs.userArn)])
  rows.push(['KMS policy', inputs.kms ? (inputs.kmsKey ? inlineCode(inputs.kmsKey.arn) : 'yes, on every key (`*`)') : 'no'])
  rows.push(['S3 staging', inputs.stagingBucket ? inlineCode(`s3://${inputs.stagingBucket}/${inputs.stagingPrefix ?? ''}`) : 'no'])
  rows.push(['Redshift database credentials', redshiftRow(inputs)])
  if (inputs.sessionDuration !== undefined) rows.push(['Session duration', `${inputs.sessionDuration} seconds`])
  rows.push(['External id condition', inputs.externalId === undefined ? 'no' : 'yes'])
  parts.push(table(['', 'Value'], rows))
  if (docs.kmsWarning) parts.push(`\n> [!WARNING]\n> ${inlineText(docs.kmsWarning)}\n`)
  if (docs.kmsNotice) parts.push(`\n> [!NOTE]\n> ${inlineText(docs.kmsNotice)}\n`)
  if (docs.kmsKeyPolicyStatement && inputs.kmsKey && inputs.kmsKey.account !== inputs.accountId) {
    parts.push(
      `\nThe statement to add to the key policy of ${keyNamed(inputs.kmsKey)}, in account ${inlineCode(inputs.kmsKey.account)}:\n\n` +
        codeBlock(prettyJson(docs.kmsKeyPolicyStatement), 'json')
    )
  } else if (docs.kmsKeyPolicyStatement) {
    parts.push(keyPolicyNote(inputs, docs.kmsKeyPolicyStatement))
  }
  if (inputs.trustPrincipal === 'role') {
    parts.push(
      `\n> [!NOTE]\n> The trust policy names a role: a role session that assumes another role is role chaining, which AWS caps at one hour whatever MaxSessionDuration says. Keep the connector's Temporary Credential Duration at ${ROLE_CHAINING_MAX_SECONDS} seconds or less.\n`
    )
  }
  if (inputs.trustPrincipal === 'account') {
    parts.push(
      `\n> [!NOTE]\n> The trust policy names the account root: every IAM identity of account ${inputs.userAccountId} whose own policies allow sts:AssumeRole on the role can assume it. ${inputs.userName ? 'Set' : 'Set user-name and'} trust-principal: user to restrict it to ${inputs.userName ? `the user ${inlineCode(inputs.userName)}` : 'one user'}.\n`
    )
    // With no user named, the requester may be a role of that account (the Secure Agent's EC2 instance role), which
    // trust-principal role would have refused with this session-duration: AssumeRole fails past an hour when chained.
    if (!inputs.userName && inputs.sessionDuration !== undefined && inputs.sessionDuration > ROLE_CHAINING_MAX_SECONDS) {
      parts.push(
        `\n> [!WARNING]\n> If a role of account ${inputs.userAccountId} requests the credentials (the Secure Agent's EC2 instance role or the worker-node role), that is role chaining, which AWS caps at one hour whatever MaxSessionDuration says: an AssumeRole for ${inputs.sessionDuration} seconds fails ("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining"). ` +
          `For a role, use trust-principal: role with principal-role-name, and keep session-duration and the connector's Temporary Credential Duration at ${ROLE_CHAINING_MAX_SECONDS} seconds or less; for longer sessions, an IAM user (trust-principal: user).\n`
      )
    }
  }

  parts.push(requesterQuotaNote(inputs, docs))
  if (inputs.stagingBucket && inputs.stagingPrefix) parts.push(headBucketNote(inputs.stagingBucket, inputs.stagingPrefix))

  parts.push('\n### Documents\n')
  if (inputs.externalId !== undefined) {
    parts.push(
      `The external id is shown as ${inlineCode(REDACTED)}, and so are the hash and size that manifest.json gives of each file that holds it: the summary is readable by anyone who can read the run, and the files hold the real values.\n\n`
    )
  }
  const shown = inputs.externalId === undefined ? files.map((f) => f.content) : redactedFiles(files, inputs.externalId)
  for (const [i, file] of files.entries()) {
    parts.push(details(`${file.name} (${purposeOf(file.name, inputs)})`, codeBlock(shown[i], 'json')))
  }

  parts.push('\n### Apply them\n')
  const formats = formatsFor(inputs.formats ?? ['cli'])
  for (const format of formats) {
    if (formats.length > 1) parts.push(`\n#### ${format.title}\n\n`)
    // No `cd` to this run's folder: the commands are run where the files are, which in a deploy job is
    // wherever actions/download-artifact put them, not this runner's path.
    const script = [ZSH_COMMENTS, APPLY_WHERE]
    if (inputs.partition !== 'aws') script.push(partitionRegionNote(inputs.partition))
    for (const command of format.commands(inputs, docs)) {
      script.push(`# ${command.purpose} (credentials of account ${command.account})`, commandLine(command))
    }
    parts.push(codeBlock(script.join('\n'), 'sh'))
  }
  if (!requesterOf(inputs)) {
    // The account root admits the account's roles too (the role-chaining warning above assumes one may ask).
    parts.push(
      `\nNo \`user-name\` was given: attach \`user-policy.json\` to the IAM user or role of account ${inputs.userAccountId} that will request the credentials, ` +
        `as the inline policy ${inlineCode(requesterPolicyName(inputs))} (\`aws iam put-user-policy\` for a user, \`aws iam put-role-policy\` for a role such as the Secure Agent's EC2 instance role).\n`
    )
  }

  parts.push('\n### Artifact\n')
  parts.push(
    artifact.id !== undefined
      ? `Uploaded as ${inlineCode(artifact.name)} (id ${artifact.id}).\n`
      : `Not uploaded: ${inlineText(artifact.skipped ?? 'no artifact name')}. The files are in ${inlineCode(outputDir)}.\n`
  )
  return parts.join('')
}

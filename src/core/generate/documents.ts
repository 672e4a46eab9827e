import { accountRootArn, roleArn, userArn } from '../iam/arn.js'
import { POLICY_VERSION, type PolicyDocument, type Statement } from '../iam/policy.js'
import type { GenerateInputs } from './inputs.js'
import { rolePoliciesFor, type RolePolicy } from './role-policies/index.js'
import { KMS_ACTIONS, kmsPolicyFor } from './role-policies/kms-policy.js'
import { redshiftDbAuthPolicyFor } from './role-policies/redshift-db-auth-policy.js'
import { s3StagingPolicyFor } from './role-policies/s3-staging-policy.js'

export { KMS_ACTIONS, kmsPolicyFor } from './role-policies/kms-policy.js'
export { s3StagingPolicyFor } from './role-policies/s3-staging-policy.js'
export { redshiftDbAuthPolicyFor } from './role-policies/redshift-db-auth-policy.js'

export interface GeneratedDocuments {
  roleArn: string
  /** The principal the trust policy names: the user, the account root, or the principal role. */
  principalArn: string
  /** The user's ARN, or '' when no user name was given. */
  userArn: string
  userPolicy: PolicyDocument
  trustPolicy: PolicyDocument
  /** Present only when the KMS flag is set. */
  kmsPolicy?: PolicyDocument
  /** Why the KMS policy is not least privilege, when it is not. */
  kmsWarning?: string
  /** What else a key in another account needs, when it is in one. */
  kmsNotice?: string
  /**
   * With kms: the key policy statement that lets the role use the key. A key in another account must add it (KMS
   * allows a cross-account request only when the key policy and the caller's IAM policy both allow it); one in the
   * role's account needs it only when its key policy does not let IAM policies allow the key (no statement for the
   * account root, as the default key policy has).
   */
  kmsKeyPolicyStatement?: Statement
  /** Present only with staging-bucket. */
  s3StagingPolicy?: PolicyDocument
  /** Present only with redshift-db-auth cluster or serverless. */
  redshiftDbAuthPolicy?: PolicyDocument
  /** Every inline policy of the role (KMS, S3 staging, DB auth), in the order they are written. */
  rolePolicies: RolePolicy[]
}

export function roleArnFor(inputs: GenerateInputs): string {
  return roleArn(inputs.partition, inputs.accountId, inputs.rolePath, inputs.roleName)
}

export function principalArnFor(inputs: GenerateInputs): string {
  if (inputs.trustPrincipal === 'user') return userArn(inputs.partition, inputs.userAccountId, inputs.userName, inputs.userPath)
  if (inputs.trustPrincipal === 'role' && inputs.principalRole) {
    return roleArn(inputs.partition, inputs.userAccountId, inputs.principalRole.path, inputs.principalRole.name)
  }
  return accountRootArn(inputs.partition, inputs.userAccountId)
}

const TRUST_SIDS = { user: 'TrustRedshiftConnectorUser', account: 'TrustRedshiftConnectorAccount', role: 'TrustRedshiftConnectorRole' } as const

/** The IAM user's identity policy: assume this one role and nothing else. */
export function userPolicyFor(inputs: GenerateInputs): PolicyDocument {
  return {
    Version: POLICY_VERSION,
    Statement: [{ Sid: 'AssumeRedshiftTempCredsRole', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArnFor(inputs) }]
  }
}

/** The role's trust policy: who may assume it. */
export function trustPolicyFor(inputs: GenerateInputs): PolicyDocument {
  const statement: Statement = {
    Sid: TRUST_SIDS[inputs.trustPrincipal],
    Effect: 'Allow',
    Principal: { AWS: principalArnFor(inputs) },
    Action: 'sts:AssumeRole'
  }
  if (inputs.externalId !== undefined) statement.Condition = { StringEquals: { 'sts:ExternalId': inputs.externalId } }
  return { Version: POLICY_VERSION, Statement: [statement] }
}

export function documentsFor(inputs: GenerateInputs): GeneratedDocuments {
  const docs: GeneratedDocuments = {
    roleArn: roleArnFor(inputs),
    principalArn: principalArnFor(inputs),
    userArn: inputs.userName ? userArn(inputs.partition, inputs.userAccountId, inputs.userName, inputs.userPath) : '',
    userPolicy: userPolicyFor(inputs),
    trustPolicy: trustPolicyFor(inputs),
    rolePolicies: rolePoliciesFor(inputs)
  }
  const s3 = s3StagingPolicyFor(inputs)
  if (s3) docs.s3StagingPolicy = s3
  const db = redshiftDbAuthPolicyFor(inputs)
  if (db) docs.redshiftDbAuthPolicy = db
  if (inputs.kms) {
    docs.kmsPolicy = kmsPolicyFor(inputs)
    docs.kmsKeyPolicyStatement = kmsKeyPolicyStatementFor(docs.roleArn)
    if (!inputs.kmsKey) {
      docs.kmsWarning =
        'The KMS policy allows its five actions on Resource "*" (every key the role can reach), as in the vendor sample. Set kms-key-arn to scope it to the staging key.'
    } else if (inputs.kmsKey.account !== inputs.accountId) {
      // Across accounts both sides must allow: the role's own policy and the key's policy in its account. KMS
      // takes a key policy only when its principals exist and are visible to it (PutKeyPolicy), so the key
      // policy is changed once the role is made, not before.
      docs.kmsNotice =
        `The key is in account ${inputs.kmsKey.account}, not the role's (${inputs.accountId}): its key policy must also allow ${docs.roleArn} these actions, or KMS refuses them whatever kms-policy.json allows. ` +
        `Change it with account ${inputs.kmsKey.account}'s credentials after the apply commands have made the role: KMS refuses a key policy that names a role it cannot see yet (MalformedPolicyDocumentException), and a new role can take a few seconds to become visible. ` +
        `The job summary shows the statement to add to the key policy's Statement list${inputs.kmsKey.type === 'alias' ? ` of the key that ${inputs.kmsKey.id} points to` : ''} (PutKeyPolicy replaces the whole policy: add it to the one get-key-policy prints).`
    }
  }
  return docs
}

/**
 * The key policy statement a key in another account needs: the role as principal, the five actions, and Resource
 * "*", which in a key policy is the key it is attached to. It names the role, not its account root, so that no
 * other identity of the role's account gains the key.
 */
export function kmsKeyPolicyStatementFor(roleArn: string): Statement {
  return { Sid: 'AllowRedshiftConnectorRoleUseOfTheKey', Effect: 'Allow', Principal: { AWS: roleArn }, Action: [...KMS_ACTIONS], Resource: '*' }
}

/**
 * Fewer characters than this, and the external id is too likely to be
 * ordinary text (a word, a number) for masking it to hide only the id.
 */
export const EXTERNAL_ID_MASK_MIN = 8

export interface ExternalIdMasking {
  /** Register the id as a secret (core.setSecret). */
  mask: boolean
  /** Why it is not, when it is not: it never holds the id itself. */
  warning?: string
}

/**
 * Whether to mask the external id in the log. GitHub masks every occurrence
 * of a masked value, of any length, in the log of this step and of every
 * later step of the job, and drops a job output whose value holds one
 * ("Skip output 'x' since it may contain secret"); AWS does not treat the
 * external id as a secret (anyone who can read the role sees it). So the id is
 * not masked when masking would hide more than the id: when it is short, or
 * when another output holds it (an id that is the account number is in every
 * ARN), where masking would also drop that output from the job's outputs and
 * hide nothing, the job summary showing those values in full. `outputs` are
 * the step's outputs by name, the trust policy (which holds the id) left out.
 */
export function externalIdMasking(externalId: string, outputs: Readonly<Record<string, string>>): ExternalIdMasking {
  const holders = Object.keys(outputs).filter((name) => outputs[name].includes(externalId))
  const short = externalId.length < EXTERNAL_ID_MASK_MIN
  if (!short && holders.length === 0) return { mask: true }
  const why: string[] = []
  if (short) {
    why.push(
      `external-id is ${externalId.length} characters long, fewer than ${EXTERNAL_ID_MASK_MIN}: GitHub masks every occurrence of a masked value in the log of this step and of every later step in the job, so masking it would hide ordinary text throughout`
    )
  }
  if (holders.length > 0) {
    why.push(
      `${short ? 'its text is' : 'external-id is'} also in the outputs ${holders.join(', ')}, which GitHub would drop from the job's outputs if it were masked ("Skip output ... since it may contain secret"), and which the job summary shows in full`
    )
  }
  return {
    mask: false,
    warning:
      `The action does not mask the external id in the log (GitHub masks a value passed from the secrets context all the same): ${why.join('; ')}. ` +
      'AWS does not treat the external ID as a secret (anyone who can read the role sees it in its trust policy), but an id that is short or found in names is easy to guess: a long random one that no ARN, policy or path holds (a UUID) is masked.'
  }
}

import { accountRootArn, kmsKeyWildcardArn, roleArn, userArn } from '../iam/arn.js'
import { POLICY_VERSION, type PolicyDocument, type Statement } from '../iam/policy.js'
import type { GenerateInputs } from './inputs.js'

/** The five KMS actions the connector needs, in the vendor's order. */
export const KMS_ACTIONS = ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'] as const

export interface GeneratedDocuments {
  roleArn: string
  /** The principal the trust policy names: the user, or the account root. */
  principalArn: string
  /** The user's ARN, or '' when no user name was given. */
  userArn: string
  userPolicy: PolicyDocument
  trustPolicy: PolicyDocument
  /** Present only when the KMS flag is set. */
  kmsPolicy?: PolicyDocument
  /** Why the KMS policy is not least privilege, when it is not. */
  kmsWarning?: string
}

export function roleArnFor(inputs: GenerateInputs): string {
  return roleArn(inputs.partition, inputs.accountId, inputs.rolePath, inputs.roleName)
}

export function principalArnFor(inputs: GenerateInputs): string {
  return inputs.trustPrincipal === 'user'
    ? userArn(inputs.partition, inputs.userAccountId, inputs.userName)
    : accountRootArn(inputs.partition, inputs.userAccountId)
}

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
    Sid: inputs.trustPrincipal === 'user' ? 'TrustRedshiftConnectorUser' : 'TrustRedshiftConnectorAccount',
    Effect: 'Allow',
    Principal: { AWS: principalArnFor(inputs) },
    Action: 'sts:AssumeRole'
  }
  if (inputs.externalId !== undefined) statement.Condition = { StringEquals: { 'sts:ExternalId': inputs.externalId } }
  return { Version: POLICY_VERSION, Statement: [statement] }
}

/**
 * The role's KMS permissions. An alias ARN cannot be a policy Resource for key
 * use (KMS authorises against the key ARN), so an alias is scoped with the
 * kms:ResourceAliases condition on the account's keys instead.
 */
export function kmsPolicyFor(inputs: GenerateInputs): PolicyDocument {
  const statement: Statement = { Sid: 'UseRedshiftStagingKey', Effect: 'Allow', Action: [...KMS_ACTIONS], Resource: '*' }
  const key = inputs.kmsKey
  if (key?.type === 'key') statement.Resource = key.arn
  if (key?.type === 'alias') {
    statement.Resource = kmsKeyWildcardArn(inputs.partition, key.region, key.account)
    statement.Condition = { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': key.id } }
  }
  return { Version: POLICY_VERSION, Statement: [statement] }
}

export function documentsFor(inputs: GenerateInputs): GeneratedDocuments {
  const docs: GeneratedDocuments = {
    roleArn: roleArnFor(inputs),
    principalArn: principalArnFor(inputs),
    userArn: inputs.userName ? userArn(inputs.partition, inputs.userAccountId, inputs.userName) : '',
    userPolicy: userPolicyFor(inputs),
    trustPolicy: trustPolicyFor(inputs)
  }
  if (inputs.kms) {
    docs.kmsPolicy = kmsPolicyFor(inputs)
    if (!inputs.kmsKey) {
      docs.kmsWarning =
        'The KMS policy allows its five actions on Resource "*" (every key the role can reach), as in the vendor sample. Set kms-key-arn to scope it to the staging key.'
    }
  }
  return docs
}

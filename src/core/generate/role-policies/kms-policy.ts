import { kmsKeyWildcardArn } from '../../iam/arn.js'
import { POLICY_VERSION, type PolicyDocument, type Statement } from '../../iam/policy.js'
import type { GenerateInputs } from '../inputs.js'
import type { RolePolicyModule } from './types.js'

/** The five KMS actions the connector needs, in the vendor's order. */
export const KMS_ACTIONS = ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'] as const

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

export const KMS_POLICY: RolePolicyModule = {
  file: 'kms-policy.json',
  output: 'kms-policy',
  policyName: 'redshift-temp-creds-kms',
  purpose: 'inline policy for the role (KMS)',
  key: 'Kms',
  build: (inputs) => (inputs.kms ? kmsPolicyFor(inputs) : undefined)
}

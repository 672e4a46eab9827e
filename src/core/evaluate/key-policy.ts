// The key policy KMS gives a key created without one: it grants kms:* to the
// account root, which hands the decision to the account's IAM policies. The
// generated KMS policy is an IAM policy on the role, so it only works with a
// key policy like this one; the proofs evaluate it against this default.
import { accountRootArn } from '../iam/arn.js'
import { normalisePolicy, type NormalPolicy } from '../iam/normalise.js'

export function defaultKeyPolicy(partition: string, account: string): NormalPolicy {
  const policy = normalisePolicy({
    Version: '2012-10-17',
    Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: accountRootArn(partition, account) }, Action: 'kms:*', Resource: '*' }]
  })
  if (!policy) throw new Error('the default key policy did not normalise')
  return policy
}

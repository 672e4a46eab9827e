// The role's inline policies, in the order they are written and applied.
// A new one is a module of its own added here; nothing else branches on it.
import type { GenerateInputs } from '../inputs.js'
import type { InputError } from '../../inputs/input-error.js'
import { ROLE_INLINE_POLICIES_MAX } from '../../iam/policy.js'
import { compactJson } from '../../json.js'
import { groupDigits } from '../../digits.js'
import { KMS_POLICY } from './kms-policy.js'
import { REDSHIFT_DB_AUTH_POLICY } from './redshift-db-auth-policy.js'
import { S3_STAGING_POLICY } from './s3-staging-policy.js'
import type { RolePolicy, RolePolicyModule } from './types.js'

export type { RolePolicy, RolePolicyModule } from './types.js'

export const ROLE_POLICY_MODULES: readonly RolePolicyModule[] = [KMS_POLICY, S3_STAGING_POLICY, REDSHIFT_DB_AUTH_POLICY]

export function rolePoliciesFor(inputs: GenerateInputs): RolePolicy[] {
  return ROLE_POLICY_MODULES.flatMap((module) => {
    const document = module.build(inputs)
    return document ? [{ module, document }] : []
  })
}

/**
 * The role's inline policies against IAM's quota on all of them together:
 * past it the documents cannot be applied (every deploy format puts them
 * inline on the role), so generate refuses the inputs before writing. Only
 * db-groups can take them there: with every other input at its longest the
 * three policies stay near a third of the quota, while each of the 50
 * groups adds a dbgroup ARN of up to about 190 characters.
 * Characters are counted as IAM counts them: the compact JSON, which is
 * exact for the characters the input rules let into a policy.
 */
export function rolePoliciesOverQuota(inputs: GenerateInputs, policies: readonly RolePolicy[]): InputError | undefined {
  const sizes = policies.map((p) => ({ file: p.module.file, size: compactJson(p.document).length }))
  const total = sizes.reduce((sum, s) => sum + s.size, 0)
  if (total <= ROLE_INLINE_POLICIES_MAX) return undefined
  const groups = inputs.redshift?.kind === 'cluster' ? inputs.redshift.dbGroups.length : 0
  const parts = sizes.map((s) => `${s.file} ${groupDigits(s.size)}`).join(', ')
  return {
    input: groups > 0 ? 'db-groups' : 'staging-prefix',
    problem: `${groups > 0 ? `lists ${groups} groups, which make` : 'makes'} the role's inline policies ${groupDigits(total)} characters in all (${parts}; white space not counted), over the ${groupDigits(ROLE_INLINE_POLICIES_MAX)} IAM allows one role's inline policies together, so put-role-policy, CloudFormation and Terraform would refuse them`,
    rule: `inputs whose role policies total at most ${groupDigits(ROLE_INLINE_POLICIES_MAX)} characters${groups > 0 ? ': fewer or shorter database groups' : ''}`
  }
}

// The role's inline policies, in the order they are written and applied.
// A new one is a module of its own added here; nothing else branches on it.
import type { GenerateInputs } from '../inputs.js'
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

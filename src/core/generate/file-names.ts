// The names of the files `generate` writes (the deploy formats add their own).
import { ROLE_POLICY_MODULES } from './role-policies/index.js'

export const FILE_NAMES = {
  userPolicy: 'user-policy.json',
  trustPolicy: 'trust-policy.json',
  kmsPolicy: 'kms-policy.json',
  s3StagingPolicy: 's3-staging-policy.json',
  redshiftDbAuthPolicy: 'redshift-db-auth-policy.json',
  manifest: 'manifest.json'
} as const

/** Every role policy module names its own file: they must be the ones above. */
export const ROLE_POLICY_FILES: readonly string[] = ROLE_POLICY_MODULES.map((m) => m.file)

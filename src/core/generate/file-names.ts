// The names of the files `generate` writes (the deploy formats add their own).
import { MANIFEST_FILE } from './output-names.js'
import { ROLE_POLICY_MODULES } from './role-policies/index.js'

export const FILE_NAMES = {
  userPolicy: 'user-policy.json',
  trustPolicy: 'trust-policy.json',
  kmsPolicy: 'kms-policy.json',
  s3StagingPolicy: 's3-staging-policy.json',
  redshiftDbAuthPolicy: 'redshift-db-auth-policy.json',
  manifest: MANIFEST_FILE
} as const

/** Every role policy module names its own file: they must be the ones above. */
export const ROLE_POLICY_FILES: readonly string[] = ROLE_POLICY_MODULES.map((m) => m.file)

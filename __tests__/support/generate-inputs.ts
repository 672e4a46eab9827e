// The normalised generate inputs most tests start from: one role and one user
// in one account, no KMS; a test overrides what it is about.
import type { GenerateInputs } from '../../src/core/generate/inputs.js'

export const ROLE_ACCOUNT = '123456789012'

export function exampleInputs(over: Partial<GenerateInputs> = {}): GenerateInputs {
  return {
    partition: 'aws',
    accountId: ROLE_ACCOUNT,
    roleName: 'RedshiftTempCreds',
    rolePath: '/',
    userName: 'etl',
    userPath: '/',
    userAccountId: ROLE_ACCOUNT,
    trustPrincipal: 'user',
    kms: false,
    ...over
  }
}

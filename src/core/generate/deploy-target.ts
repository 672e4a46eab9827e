// Who the deploy files act on besides the role: the identity that requests
// the credentials (the user, or the principal role), and the role's
// MaxSessionDuration.
import type { GenerateInputs } from './inputs.js'

export const REQUESTER_POLICY_NAME = 'redshift-temp-creds-assume-role'

/** The identity user-policy.json is attached to; undefined when the trust names the account and no user is given. */
export interface Requester {
  kind: 'user' | 'role'
  name: string
  account: string
  /** In another account than the role: its policy is deployed with that account's credentials. */
  crossAccount: boolean
}

export function requesterOf(inputs: GenerateInputs): Requester | undefined {
  const crossAccount = inputs.userAccountId !== inputs.accountId
  if (inputs.trustPrincipal === 'role' && inputs.principalRole) return { kind: 'role', name: inputs.principalRole.name, account: inputs.userAccountId, crossAccount }
  if (inputs.userName) return { kind: 'user', name: inputs.userName, account: inputs.userAccountId, crossAccount }
  return undefined
}

/** IAM's floor for a role's MaxSessionDuration. */
export const MIN_MAX_SESSION = 3600

/**
 * The role's MaxSessionDuration for session-duration: at least the seconds
 * the connector asks for, and never under IAM's floor of one hour.
 */
export function maxSessionDurationFor(inputs: GenerateInputs): number | undefined {
  return inputs.sessionDuration === undefined ? undefined : Math.max(MIN_MAX_SESSION, inputs.sessionDuration)
}

// Who the deploy files act on besides the role: the identity that requests
// the credentials (the user, or the principal role), and the role's
// MaxSessionDuration.
import type { GenerateInputs } from './inputs.js'

const REQUESTER_POLICY_PREFIX = 'redshift-temp-creds-assume-'

/** The identity user-policy.json is attached to; undefined when the trust names the account and no user is given. */
export interface Requester {
  kind: 'user' | 'role'
  name: string
  account: string
  /** The inline policy's name on the requester: one per role it may assume (see requesterPolicyName). */
  policyName: string
  /** In another account than the role: its policy is deployed with that account's credentials. */
  crossAccount: boolean
}

/**
 * One user or Secure Agent role may assume several roles (dev and prod, or
 * roles of one name in two accounts), each from a run of its own. A name
 * shared by all would make each deploy replace the policy the last one put
 * (put-user-policy and put-role-policy overwrite a policy of the same name),
 * and the earlier role could no longer be assumed. The role's account and
 * name tell its policy apart; at most 27 + 12 + 1 + 64 = 104 characters, of
 * the letters IAM allows in policy names (role names use the same ones).
 */
export function requesterPolicyName(inputs: GenerateInputs): string {
  return `${REQUESTER_POLICY_PREFIX}${inputs.accountId}-${inputs.roleName}`
}

export function requesterOf(inputs: GenerateInputs): Requester | undefined {
  const crossAccount = inputs.userAccountId !== inputs.accountId
  const policyName = requesterPolicyName(inputs)
  if (inputs.trustPrincipal === 'role' && inputs.principalRole) return { kind: 'role', name: inputs.principalRole.name, account: inputs.userAccountId, policyName, crossAccount }
  if (inputs.userName) return { kind: 'user', name: inputs.userName, account: inputs.userAccountId, policyName, crossAccount }
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

// Who the deploy files act on besides the role: the identity that requests
// the credentials (the user, or the principal role), and the role's
// MaxSessionDuration.
import { ROLE_INLINE_POLICIES_MAX, USER_INLINE_POLICIES_MAX } from '../iam/policy.js'
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

/** How many roles' requester policies fit within the requester's inline-policy quota. */
export interface RequesterPolicyRoom {
  kind: 'user' | 'role'
  /** IAM's quota on all the requester's inline policies together, in characters without white space. */
  quota: number
  /** user-policy.json's characters as IAM counts them (compact JSON). */
  size: number
  /** Requester policies of this size that fit in the quota: one per role the requester assumes. */
  perRolePolicies: number
  /** Roles of this ARN's length that one policy naming every role (one statement, a Resource list) fits. */
  rolesInOnePolicy: number
}

/**
 * The requester's policy is inline and named per role, so a user or role
 * that assumes several roles (one run each) holds one policy per role, and
 * IAM counts them all against one quota: 2,048 characters for a user,
 * 10,240 for a role (with the role's own inline policies). One run sees one
 * role, so this says how many fit; one policy listing every role ARN in its
 * Resource fits more, each further role costing its ARN, two quotes and a
 * comma. `size` is the compact JSON's length, which is IAM's count for the
 * characters the input rules let into the document. `kind` is the
 * requester's, when the inputs do not say (the account root trusted and no
 * user-name: a user or a role of that account).
 */
export function requesterPolicyRoom(
  inputs: GenerateInputs,
  size: number,
  roleArnLength: number,
  kind: RequesterPolicyRoom['kind'] = inputs.trustPrincipal === 'role' ? 'role' : 'user'
): RequesterPolicyRoom {
  const quota = kind === 'role' ? ROLE_INLINE_POLICIES_MAX : USER_INLINE_POLICIES_MAX
  // "Resource":"ARN" becomes "Resource":["ARN","ARN2",...]: 2 brackets, then ARN + 2 quotes + 1 comma per further role.
  const rolesInOnePolicy = quota < size + 2 ? 0 : 1 + Math.floor((quota - size - 2) / (roleArnLength + 3))
  return { kind, quota, size, perRolePolicies: Math.floor(quota / size), rolesInOnePolicy }
}

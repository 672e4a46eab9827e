// The vendor's rule for the identity that requests the credentials: "must not
// have access to any AWS resources". Its guard is a Deny-only policy that
// leaves it nothing but assuming the role: `Deny NotAction sts:AssumeRole`, or
// `Deny NotResource <the role>`; or one that denies it assuming the role on a
// condition (`Deny sts:AssumeRole` without MFA), and nothing else. Files carry no owner, and the together check
// reads every identity policy but the requester's as the role's; on the role
// such a guard would stop every staging, KMS and database call, so a role
// policy of that shape is no setup anyone makes: it is read as the requester's.
import type { NormalPolicy, NormalStatement } from '../iam/normalise.js'
import { actionMatches, arnMatches } from '../iam/wildcard.js'
import { concreteOf } from './setup-context.js'

/**
 * What assuming a role is made of, so none of it is a grant of its own (the
 * requester check, requester-scope.ts) nor anything a guard takes away: the
 * call, the session attributes it may carry (sts:TagSession,
 * sts:SetSourceIdentity, sts:SetContext: authorised on the role with the
 * call), and the federated forms, which are not signed, so no identity policy
 * is read for them.
 */
export const ASSUME_PARTS = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:TagSession', 'sts:SetSourceIdentity', 'sts:SetContext']
export const isAssume = (action: string): boolean => ASSUME_PARTS.some((part) => actionMatches(part, action))

/**
 * A Deny that leaves out only assuming the role: its NotAction patterns are
 * assume parts, sts:AssumeRole among them (a pattern that also leaves another
 * action out, `sts:*` or `s3:*`, may be a role's guard that keeps its staging
 * actions); or its NotResource patterns all match the role's ARN.
 */
function leavesOnlyAssuming(s: NormalStatement, roleArn: string): boolean {
  if (s.effect !== 'Deny' || Object.keys(s.condition).length > 0) return false
  if (s.notAction) {
    return s.notAction.length > 0 && s.notAction.every((p) => isAssume(concreteOf(p))) && s.notAction.some((p) => actionMatches(p, 'sts:AssumeRole'))
  }
  return !!s.notResource && s.notResource.length > 0 && s.notResource.every((r) => arnMatches(r, roleArn))
}

/**
 * A Deny of assuming the role and nothing else (its Action patterns are all assume parts, with any conditions:
 * `Deny sts:AssumeRole` unless MFA, or outside an IP range). On the role it would refuse nothing the connector
 * does with the role's session; on the requester it refuses the connector's one call.
 */
function deniesOnlyAssuming(s: NormalStatement, roleArn: string): boolean {
  if (s.effect !== 'Deny' || !s.action || s.action.length === 0 || !s.action.every((p) => isAssume(concreteOf(p)))) return false
  if (!s.action.some((p) => actionMatches(p, 'sts:AssumeRole'))) return false
  return s.resource ? s.resource.some((r) => arnMatches(r, roleArn)) : !!s.notResource && !s.notResource.some((r) => arnMatches(r, roleArn))
}

/**
 * Is this identity policy the requester's guard: only Denies, one of which leaves it nothing but assuming the
 * role, or each of which denies assuming the role and nothing else?
 */
export function isRequesterGuard(policy: NormalPolicy, roleArn: string): boolean {
  return (
    policy.statements.length > 0 &&
    policy.statements.every((s) => s.effect === 'Deny') &&
    (policy.statements.some((s) => leavesOnlyAssuming(s, roleArn)) || policy.statements.every((s) => deniesOnlyAssuming(s, roleArn)))
  )
}

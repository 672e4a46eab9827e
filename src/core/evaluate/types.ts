// What the evaluator is asked and what it answers. A request names one
// principal, one action and one resource, as a single AWS API authorisation.
import type { NormalPolicy } from '../iam/normalise.js'

/**
 * The kinds of caller IAM tells apart when it evaluates a request:
 * an IAM user, an IAM role (or a session of it), an account's root user,
 * an AWS service, a web-identity/SAML federated caller, or nobody at all.
 */
export type PrincipalKind = 'user' | 'role' | 'assumed-role' | 'root' | 'service' | 'federated' | 'anonymous'

export interface RequestPrincipal {
  kind: PrincipalKind
  /**
   * The caller's ARN (user, role, root, assumed-role session); the service
   * name for a service (`redshift.amazonaws.com`); the identity provider for
   * a federated caller; '' for an anonymous one.
   */
  arn: string
  /** The caller's 12-digit account; absent for services and anonymous callers. */
  account?: string
  partition?: string
  /** For an assumed-role session: the role's ARN (the session ARN leaves the role's path out). */
  roleArn?: string
}

/** A request-context value; several values make a multivalued key. */
export type ContextValue = string | number | boolean | Array<string | number | boolean>

export interface AccessRequest {
  principal: RequestPrincipal
  action: string
  resource: string
  /** Condition keys (case-insensitive), e.g. `sts:ExternalId`, `kms:ResourceAliases`. */
  context?: Record<string, ContextValue>
  /**
   * Keys the real request carries but whose value the asker cannot know (the
   * caller's source IP, its organisation...). A condition on one is read in
   * the caller's favour: it holds in an Allow and does not in a Deny, so an
   * answer never rests on a guess about it. Without this, such a key is absent.
   */
  unknownKeys?: (key: string) => boolean
}

/**
 * `trust`: a role trust policy; `key`: a KMS key policy. Both must allow the
 * caller themselves, unlike other resource policies. Read from the action
 * when not given (sts:AssumeRole* -> trust, kms:* -> key).
 */
export type ResourcePolicyKind = 'trust' | 'key' | 'other'

export interface PolicySources {
  /** The caller's identity policies (inline and attached), all in the caller's account. */
  identityPolicies: NormalPolicy[]
  /** The policy attached to the resource: a trust policy, key policy, bucket policy... */
  resourcePolicy?: NormalPolicy
  /** The resource's account; read from the resource ARN when not given. */
  resourceAccount?: string
  resourcePolicyKind?: ResourcePolicyKind
  /**
   * The caller's permissions boundary, when it has one (an IAM user or role: AWS's "Permissions boundaries for IAM
   * entities"). It grants nothing: what the identity policies allow must be allowed by it too, and a Deny in it
   * wins. Within one account a resource policy that names an IAM user's ARN or a role session's ARN itself is not
   * limited by it; one that names the role's ARN (or the account) is, and so is one to `*` or with NotPrincipal.
   */
  permissionsBoundary?: NormalPolicy
}

export interface StatementRef {
  source: 'identity' | 'resource' | 'boundary'
  /** Index in identityPolicies (0 for the resource policy and the permissions boundary). */
  policy: number
  /** Index of the statement in its document's Statement list. */
  statement: number
  sid?: string
  effect: 'Allow' | 'Deny'
}

export type DecisionEffect = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny'

export interface Decision {
  effect: DecisionEffect
  /** One sentence for a person: why this effect. */
  reason: string
  /** The statements that matched the request (the deciding ones first). */
  matched: StatementRef[]
  /** What the evaluator could not judge, e.g. a condition operator it does not know. */
  notes: string[]
  /**
   * Deny statements that did not apply only because their conditions rest on AccessRequest.unknownKeys (read in
   * the caller's favour): had those keys held, each would have denied. Absent when there are none.
   */
  undecided?: StatementRef[]
}

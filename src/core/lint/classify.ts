// Which kind of policy a document is, read from its content: IAM attaches the
// same grammar in three places with different rules, and a file does not say
// where it will go.
import { actionMatches } from '../iam/wildcard.js'
import type { StatementView } from './context.js'
import { lowerAction, serviceOf } from './actions.js'
import type { PolicyKind } from './kinds/names.js'

/** The actions a role trust policy may name (IAM rejects others there). */
export const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext'
] as const

function namesTrustAction(pattern: string): boolean {
  if (pattern.length < 4 || pattern.slice(0, 4).toLowerCase() !== 'sts:') return false
  for (const a of TRUST_ACTIONS) if (actionMatches(pattern, a)) return true
  return false
}

// Every action of every file is classified: remember the answer by the
// pattern as written (the same few strings repeat across files).
const trustMemo = new Map<string, boolean>()

/** An STS action pattern that names at least one trust action (`sts:AssumeRole*`, `sts:*`). */
export function isTrustAction(pattern: string): boolean {
  let trust = trustMemo.get(pattern)
  if (trust === undefined) {
    trust = namesTrustAction(pattern)
    if (trustMemo.size >= 20000) trustMemo.clear()
    trustMemo.set(pattern, trust)
  }
  return trust
}

/**
 * A resource control policy, read from content only where no other kind
 * fits: every statement denies, to `Principal: "*"`, on `Resource: "*"`,
 * and the actions span two or more services. A resource's own policy
 * governs one service's actions on that resource, so a deny-all-principals
 * policy over several services on every resource is an organisation policy.
 */
function looksLikeResourceControlPolicy(statements: readonly StatementView[]): boolean {
  if (statements.length === 0) return false
  let first: string | undefined
  let services = 1
  for (const s of statements) {
    if (s.effect !== 'Deny' || s.principals.length !== 1 || s.principals[0].type !== '*' || s.principals[0].value.value !== '*') return false
    if (s.resources.length !== 1 || s.resources[0].value !== '*' || s.elements.NotAction !== undefined) return false
    for (const lower of s.lowerActions) {
      const service = serviceOf(lower)
      if (service === undefined) continue
      if (first === undefined) first = service
      else if (service !== first) services++
    }
  }
  return services > 1
}

/**
 * A VPC endpoint policy, read from content: an Allow statement names the
 * bare action "*" on the bare resource "*", or the Allow statements name
 * actions of two or more services. A resource's own policy grants only its
 * service's actions on it (the bucket, key, queue... it is attached to),
 * while an endpoint policy filters every request through the endpoint:
 * AWS's default one allows `"Action": "*"` on `"Resource": "*"` (AWS
 * PrivateLink Guide, "Control access to VPC endpoints using endpoint
 * policies"; the aws-samples data-perimeter endpoint policies all do).
 * "*" alone is not enough: the S3 User Guide's bucket policy that delegates
 * access control to access points allows "Action": "*" on the bucket's
 * ARNs. Deny statements are not read: a resource policy may deny "*" on
 * its resource (aws-samples' data-perimeter SNS topic and API Gateway
 * policies do).
 */
function looksLikeEndpointPolicy(statements: readonly StatementView[]): boolean {
  let first: string | undefined
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]
    if (s.effect !== 'Allow') continue
    for (let j = 0, lowerActions = s.lowerActions; j < lowerActions.length; j++) {
      const lower = lowerActions[j]
      if (lower === '*') {
        if (s.resources.some((r) => r.value === '*')) return true
        continue
      }
      const service = serviceOf(lower)
      if (service === undefined) continue
      if (first === undefined) first = service
      else if (service !== first) return true
    }
  }
  return false
}

/**
 * IAM refuses both a Resource and the bare `"Principal": "*"` in a role trust
 * policy (IAM User Guide, "Modifying a role trust policy": trust policies have
 * no Resource; the bare "*" is ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL).
 * STS actions written with both, in every statement, are an STS endpoint
 * policy or a resource control policy (STS is one of the services RCPs
 * govern), not a trust policy with one stray element.
 */
function refusedAsTrustPolicy(statements: readonly StatementView[]): boolean {
  let bareStar = false
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]
    if (s.elements.Resource === undefined && s.elements.NotResource === undefined) return false
    if (s.elements.Principal?.value.kind === 'string' && s.elements.Principal.value.value === '*') bareStar = true
  }
  return bareStar
}

/**
 * - rcp: see looksLikeResourceControlPolicy;
 * - trust: some statement names a Principal and the actions are STS role
 *   actions (all of them, or some with no Resource anywhere: a trust policy
 *   with a stray Resource or a wrong action is still a trust policy);
 * - endpoint: see looksLikeEndpointPolicy, and STS actions that IAM would
 *   refuse in a trust policy twice over (refusedAsTrustPolicy) with an Allow;
 * - resource: a Principal otherwise (a KMS key policy is one);
 * - identity: no Principal.
 */
export function classifyStatements(statements: readonly StatementView[]): PolicyKind {
  let principal = false
  let resource = false
  let trust = 0
  let other = 0
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]
    if (s.elements.Principal !== undefined || s.elements.NotPrincipal !== undefined) principal = true
    if (s.elements.Resource !== undefined || s.elements.NotResource !== undefined) resource = true
    for (let j = 0, actions = s.actions; j < actions.length; j++) {
      const a = actions[j]
      if (isTrustAction(a.value)) trust++
      else other++
    }
    for (let j = 0, notActions = s.notActions; j < notActions.length; j++) {
      const a = notActions[j]
      if (isTrustAction(a.value)) trust++
      else other++
    }
  }
  if (!principal) return 'identity'
  if (looksLikeResourceControlPolicy(statements)) return 'rcp'
  if (trust > 0 && (other === 0 || !resource)) {
    if (!refusedAsTrustPolicy(statements)) return 'trust'
    // A resource control policy only denies (AWS Organizations User Guide,
    // "Resource control policies": an RCP's statements must Deny, but for
    // RCPFullAWSAccess); an endpoint policy of Deny statements alone lets
    // nothing through, so one allows.
    return statements.every((s) => s.effect === 'Deny') ? 'rcp' : 'endpoint'
  }
  if (looksLikeEndpointPolicy(statements)) return 'endpoint'
  return 'resource'
}

/** A resource policy whose actions are all KMS actions. */
export function looksLikeKeyPolicy(statements: readonly StatementView[]): boolean {
  let any = false
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]
    for (let j = 0, lowerActions = s.lowerActions; j < lowerActions.length; j++) {
      const lower = lowerActions[j]
      if (!lower.startsWith('kms:')) return false
      any = true
    }
    for (let j = 0, notActions = s.notActions; j < notActions.length; j++) {
      const a = notActions[j]
      if (!lowerAction(a.value).startsWith('kms:')) return false
      any = true
    }
  }
  return any
}

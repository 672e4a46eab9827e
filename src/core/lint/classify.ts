// Which kind of policy a document is, read from its content: IAM attaches the
// same grammar in three places with different rules, and a file does not say
// where it will go.
import { actionMatches } from '../iam/wildcard.js'
import type { StatementView } from './context.js'
import { lowerAction, serviceOf } from './actions.js'
import type { PolicyKind } from './kinds/names.js'
import { memorable } from '../memo-key.js'

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
    if (memorable(pattern)) trustMemo.set(pattern, trust)
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

/** A bucket name written out: no wildcard, variable or placeholder (S3 allows these characters, legacy names included). */
const BUCKET_NAME = /^[A-Za-z0-9._-]+$/
/** A topic ARN written out: Region, account and name, no wildcard, variable or placeholder. */
const TOPIC_ARN = /^arn:[a-z-]+:sns:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):([A-Za-z0-9_-]+(?:\.fifo)?)$/

/**
 * What a resource ARN names that a resource policy can be attached to only
 * one of, when that is certain: the bucket of an S3 bucket or object ARN
 * (S3 refuses a bucket policy whose Resource names another bucket, "Policy
 * has invalid resource"), or an SNS topic (SNS Developer Guide, "Amazon SNS
 * API permissions: Actions and resources reference": each policy must cover
 * only a single topic). Undefined for anything else or anything not
 * written out.
 */
function attachmentOf(arn: string): string | undefined {
  const lower = arn.toLowerCase()
  const s3 = /^arn:[a-z-]+:s3:::/.exec(lower)
  if (s3) {
    const rest = arn.slice(s3[0].length)
    const slash = rest.indexOf('/')
    const bucket = slash === -1 ? rest : rest.slice(0, slash)
    return BUCKET_NAME.test(bucket) ? `s3:${bucket.toLowerCase()}` : undefined
  }
  const topic = TOPIC_ARN.exec(arn)
  return topic ? `sns:${topic[1]}:${topic[2]}:${topic[3]}` : undefined
}

/**
 * The statements name, in Resource, two different buckets or two different
 * topics: no bucket policy or topic policy could hold them all, while an
 * endpoint policy filters requests to any number of them (the Amazon VPC
 * guide's S3 gateway endpoint policies allow the Amazon Linux repository
 * buckets, packages.REGION.amazonaws.com and repo.REGION.amazonaws.com, in
 * one statement). A policy that names one bucket or topic stays a resource
 * policy: that is what a bucket or topic policy looks like too.
 */
function namesTwoAttachments(statements: readonly StatementView[]): boolean {
  let first: string | undefined
  for (let i = 0; i < statements.length; i++) {
    const resources = statements[i].resources
    for (let j = 0; j < resources.length; j++) {
      const attachment = attachmentOf(resources[j].value)
      if (attachment === undefined) continue
      if (first === undefined) first = attachment
      else if (attachment !== first) return true
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
 *   refuse in a trust policy twice over (refusedAsTrustPolicy) with an Allow,
 *   and an Allow among statements naming two buckets or two topics
 *   (namesTwoAttachments);
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
  // An endpoint policy of Deny statements alone lets nothing through (see above).
  if (namesTwoAttachments(statements) && statements.some((s) => s.effect === 'Allow')) return 'endpoint'
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

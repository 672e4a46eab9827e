// Keys IAM puts in a request from the request itself, which the together
// check's contexts do not spell out:
// - aws:ResourceAccount, the account that owns the resource (AWS's global
//   condition keys: "always included in the request context for most service
//   actions"), and on S3 s3:ResourceAccount. A role's data-perimeter Deny
//   (`StringNotEquals aws:ResourceAccount` its own account) read it as absent,
//   so as applying, and refused the role its own bucket, key and cluster. The
//   staging bucket's ARN names no account: its owner is read as evaluate reads
//   it, the account given or else the caller's (the check takes the bucket to
//   be the role's, as generate's policies do).
// - aws:RequestedRegion on KMS and Redshift: a KMS key and a cluster or
//   workgroup are reached in the Region their ARN names. Elsewhere (S3, STS's
//   endpoint) it stays unknowable, read in the connector's favour; on these it
//   was too, and a role's `Deny` outside its home Region passed.
// - What a request does not carry: a key of S3, KMS, STS or Redshift itself (s3:TlsVersion, kms:ViaService,
//   sts:RoleSessionName...) is in that service's requests only (the Service Authorization Reference lists each
//   under its own service's actions). Read as unknowable in every request, a Deny of S3 `StringNotEquals
//   kms:ViaService` was passed over for the connector's S3 calls, which carry no kms:ViaService: a negated
//   operator holds on a missing key, and the Deny refuses them.
import { evaluate, resourceAccountOf } from '../evaluate/evaluate.js'
import type { AccessRequest, ContextValue, Decision, PolicySources } from '../evaluate/types.js'
import { splitArn } from '../iam/wildcard.js'
import { REGION_NAME } from '../iam/region-name.js'

const REGIONAL_SERVICES = new Set(['kms', 'redshift', 'redshift-serverless'])

/**
 * Services whose own keys are in their own requests only. Not iam (iam:ResourceTag is in sts:AssumeRole's) nor
 * ec2 (ec2:SourceInstanceARN is in every request an EC2 role credential signs): cross-service keys.
 */
const OWN_KEY_SERVICES = new Set(['s3', 'kms', 'sts', 'redshift'])

/**
 * The service of a key or action ('s3' of 's3:TlsVersion'), lower case. Redshift Serverless counts as Redshift: the
 * Service Authorization Reference is not read here, and a key of one in the other's request is left unknowable.
 */
const serviceOf = (name: string): string => {
  const service = name.slice(0, Math.max(0, name.indexOf(':'))).toLowerCase()
  return service === 'redshift-serverless' ? 'redshift' : service
}

/** Is `key` another service's own key than the action's, so absent from its request? */
function ofAnotherService(key: string, actionService: string): boolean {
  const service = serviceOf(key)
  return service !== actionService && OWN_KEY_SERVICES.has(service)
}

/** `regionKnown`: false when the resource's ARN is a stand-in whose Region nothing gave (a key not named by kms-key-arn). */
export function evaluateWithDerivedKeys(request: AccessRequest, sources: PolicySources, regionKnown = true): Decision {
  const parts = splitArn(request.resource)
  const derived: Record<string, ContextValue> = {}
  const account = resourceAccountOf(request, sources, parts)
  if (account) {
    derived['aws:ResourceAccount'] = account
    if (request.action.toLowerCase().startsWith('s3:')) derived['s3:ResourceAccount'] = account
  }
  const region = regionKnown && parts && REGIONAL_SERVICES.has(parts[2]) && REGION_NAME.test(parts[3]) ? parts[3] : undefined
  if (region) derived['aws:RequestedRegion'] = region
  const given = request.unknownKeys
  const actionService = serviceOf(request.action)
  const unknown = given && ((key: string) => given(key) && !ofAnotherService(key, actionService) && !(region && key.toLowerCase() === 'aws:requestedregion'))
  // The request's own context comes last: a value it sets wins (context keys are read case-insensitively, the later one kept).
  return evaluate({ ...request, context: { ...derived, ...request.context }, ...(unknown ? { unknownKeys: unknown } : {}) }, sources)
}

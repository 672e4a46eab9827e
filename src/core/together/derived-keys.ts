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
import { evaluate, resourceAccountOf } from '../evaluate/evaluate.js'
import type { AccessRequest, ContextValue, Decision, PolicySources } from '../evaluate/types.js'
import { splitArn } from '../iam/wildcard.js'
import { REGION_NAME } from '../iam/region-name.js'

const REGIONAL_SERVICES = new Set(['kms', 'redshift', 'redshift-serverless'])

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
  const unknown = request.unknownKeys
  // The request's own context comes last: a value it sets wins (context keys are read case-insensitively, the later one kept).
  return evaluate(
    {
      ...request,
      context: { ...derived, ...request.context },
      ...(region && unknown ? { unknownKeys: (key: string) => unknown(key) && key.toLowerCase() !== 'aws:requestedregion' } : {})
    },
    sources
  )
}

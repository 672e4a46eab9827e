// A VPC endpoint policy: limits which requests may pass through an interface
// or gateway endpoint. Resource-policy grammar (a Principal and a Resource
// in every statement); an Allow grants nothing, and `Principal: "*"` is the
// default (any principal that reaches the endpoint, still subject to its own
// policies), not a public grant. Quota: 20,480 characters, white space
// included.
import { statementLabel } from '../context.js'
import { requirePrincipal, requireResource, writtenSizeQuota, type PolicyKindRules } from './kind.js'

const QUOTA = 20480

export const endpointPolicy: PolicyKindRules = {
  name: 'endpoint',
  described: 'a VPC endpoint policy',
  strictSid: false,
  allowGrants: false,
  principalStarIsPublic: false,
  currentVersionRequired: false,
  checkStatement(_ctx, s, out) {
    requirePrincipal(s, () => `${statementLabel(s, true)} of a VPC endpoint policy has no Principal.`, 'Add "Principal": "*" (every principal that reaches the endpoint) or name the principals.', out)
    requireResource(s, () => `${statementLabel(s, true)} of a VPC endpoint policy has no Resource.`, 'Add "Resource": "*" or the ARNs requests through the endpoint may reach.', out)
  },
  sizeFloor: QUOTA,
  checkSize: (_ctx, size) => writtenSizeQuota(size, QUOTA, 'a VPC endpoint policy')
}

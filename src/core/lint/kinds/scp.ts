// A service control policy (AWS Organizations): limits what the IAM users and
// roles of the accounts it is attached to may do. Since September 2025 SCPs
// accept the full IAM policy language (Allow with conditions, NotResource,
// resource ARNs), so the grammar is an identity policy's: no Principal, a
// Resource in every statement. An Allow grants nothing; it lets requests
// through (FullAWSAccess allows "*" on "*" by design). Quota: 5,120
// characters, white space included (AWS Organizations counts every character).
import { statementLabel } from '../context.js'
import { forbidPrincipal, requireResource, writtenSizeQuota, type PolicyKindRules } from './kind.js'

const QUOTA = 5120

export const serviceControlPolicy: PolicyKindRules = {
  name: 'scp',
  described: 'a service control policy',
  strictSid: false,
  allowGrants: false,
  principalStarIsPublic: false,
  currentVersionRequired: true,
  checkStatement(_ctx, s, out) {
    forbidPrincipal(s, 'RTC121', 'a service control policy', 'an SCP applies to the IAM users and roles of the accounts it is attached to', out)
    requireResource(s, () => `${statementLabel(s, true)} of a service control policy has no Resource.`, 'Add "Resource": "*" (or the ARNs the statement is about).', out)
  },
  sizeFloor: QUOTA,
  checkSize: (_ctx, size) => writtenSizeQuota(size, QUOTA, 'a service control policy')
}

// An identity policy: attached to a user, group or role, it grants that
// principal what it allows. No Principal; every statement needs a Resource.
// Quotas from "IAM and AWS STS quotas" (characters without white space).
import { statementLabel } from '../context.js'
import { forbidPrincipal, requireResource, type PolicyKindRules } from './kind.js'
import { groupDigits } from '../../digits.js'
import { ROLE_INLINE_POLICIES_MAX } from '../../iam/policy.js'

const USER_INLINE = 2048
const MANAGED = 6144
const ROLE_INLINE = ROLE_INLINE_POLICIES_MAX

export const identityPolicy: PolicyKindRules = {
  name: 'identity',
  described: 'an identity policy',
  strictSid: true,
  allowGrants: true,
  principalStarIsPublic: false,
  currentVersionRequired: false,
  checkStatement(_ctx, s, out) {
    forbidPrincipal(s, 'RTC114', 'an identity policy', 'it applies to whoever it is attached to', out)
    requireResource(s, () => `${statementLabel(s, true)} has no Resource.`, 'Add "Resource": ["arn:..."] naming what the actions apply to.', out)
  },
  sizeFloor: USER_INLINE,
  checkSize(_ctx, { counted }) {
    if (counted > ROLE_INLINE) {
      return { code: 'RTC501', message: `The policy is ${groupDigits(counted)} characters without white space; no identity policy may exceed ${groupDigits(ROLE_INLINE)} (role inline), managed policies ${groupDigits(MANAGED)}.`, hint: 'Split it into several managed policies or use wildcards to shorten action lists.' }
    }
    if (counted > MANAGED) {
      return { code: 'RTC502', message: `The policy is ${groupDigits(counted)} characters without white space: over the ${groupDigits(MANAGED)} of a managed policy; it fits only inline on a role (${groupDigits(ROLE_INLINE)}).`, hint: 'Split it, or attach it inline to a role.' }
    }
    if (counted > USER_INLINE) {
      return { code: 'RTC503', message: `The policy is ${groupDigits(counted)} characters without white space: over the ${groupDigits(USER_INLINE)} an IAM user's inline policies may total.`, hint: 'Attach it as a managed policy (6,144) rather than inline on a user.' }
    }
    return undefined
  }
}

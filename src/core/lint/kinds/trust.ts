// A role trust policy: says who may assume the role. Every statement names a
// Principal, none a Resource, and the actions are STS role actions only.
import { statementLabel } from '../context.js'
import { isTrustAction } from '../classify.js'
import { requirePrincipal, type PolicyKindRules } from './kind.js'
import { groupDigits } from '../../digits.js'

const DEFAULT_QUOTA = 2048
const MAX_QUOTA = 8192

export const trustPolicy: PolicyKindRules = {
  name: 'trust',
  described: 'a trust policy',
  strictSid: true,
  allowGrants: true,
  principalStarIsPublic: true,
  currentVersionRequired: false,
  checkStatement(_ctx, s, out) {
    const resource = s.elements.Resource ?? s.elements.NotResource
    if (resource) {
      // A Deny for every principal on resources is the shape of a resource control policy, which the
      // classifier cannot tell from a trust policy when its actions are STS ones: the file's kind may be
      // what is wrong, not the element.
      const rcpShaped = s.effect === 'Deny' && s.principals.some((p) => p.type === '*' || p.value.value === '*')
      out.push({
        code: 'RTC112',
        span: resource.key.span,
        message: `A trust policy cannot have ${resource.key.value}: it always applies to the role it is attached to.`,
        hint: rcpShaped
          ? `If this file is a resource control policy (a Deny for every principal, on resources), declare its kind with an "rcp:" line in policy-files (e.g. "rcp: policies/rcp/*.json"); if it is a trust policy, remove the ${resource.key.value} element.`
          : `Remove the ${resource.key.value} element.`
      })
    }
    requirePrincipal(s, () => `${statementLabel(s, true)} of a trust policy has no Principal: no one can assume the role through it.`, 'Add "Principal": {"AWS": "arn:aws:iam::ACCOUNT:user/NAME"} (or Service/Federated).', out)
    for (let i = 0, actions = s.actions; i < actions.length; i++) {
      const a = actions[i]
      if (a.value !== '' && !isTrustAction(a.value)) {
        out.push({ code: 'RTC118', span: a.span, message: `A trust policy can only allow STS role actions; "${a.value}" is not one.`, hint: 'Use sts:AssumeRole (or AssumeRoleWithWebIdentity/AssumeRoleWithSAML, TagSession, SetSourceIdentity); put other permissions in an identity policy.' })
      }
    }
  },
  sizeFloor: DEFAULT_QUOTA,
  checkSize(_ctx, { counted }) {
    if (counted > MAX_QUOTA) {
      return { code: 'RTC501', message: `The trust policy is ${groupDigits(counted)} characters without white space; role trust policies cannot exceed ${groupDigits(MAX_QUOTA)} even with a raised quota.`, hint: 'Trust fewer principals per statement, or use conditions such as aws:PrincipalOrgID instead of long lists.' }
    }
    if (counted > DEFAULT_QUOTA) {
      return { code: 'RTC502', message: `The trust policy is ${groupDigits(counted)} characters without white space: over the default role trust policy quota of ${groupDigits(DEFAULT_QUOTA)}.`, hint: 'Shorten it, or request a higher "Role trust policy length" quota in Service Quotas first.' }
    }
    return undefined
  }
}

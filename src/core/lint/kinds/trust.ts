// A role trust policy: says who may assume the role. Every statement names a
// Principal (not the bare "*", not NotPrincipal), none a Resource, and the
// actions are STS role actions only.
import { statementLabel, type FindingDraft, type StatementView } from '../context.js'
import { isTrustAction } from '../classify.js'
import { requirePrincipal, type PolicyKindRules } from './kind.js'
import { groupDigits } from '../../digits.js'

const DEFAULT_QUOTA = 2048
const MAX_QUOTA = 8192

/**
 * RTC127: the Principal forms IAM refuses in a role trust policy, whatever
 * the effect. The bare `"Principal": "*"` (IAM Access Analyzer's error
 * ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL; IAM answers
 * "AssumeRolepolicy contained an invalid principal: "STAR":"*""), where
 * `{"AWS": "*"}` is taken; and NotPrincipal ("Role trust policies do not
 * support NotPrincipal"; the NotPrincipal page: not "in an IAM role trust
 * policy").
 */
function checkPrincipalForm(s: StatementView, out: FindingDraft[]): void {
  const principal = s.elements.Principal
  if (principal && principal.value.kind === 'string' && principal.value.value === '*') {
    out.push({
      code: 'RTC127',
      span: principal.value.span,
      message: 'A role trust policy takes no bare "Principal": "*": IAM refuses the policy; every principal is written {"AWS": "*"} there.',
      hint: 'Write "Principal": {"AWS": "*"} with a condition that limits who (aws:PrincipalOrgID, aws:PrincipalArn), or name the principals.'
    })
  }
  const notPrincipal = s.elements.NotPrincipal
  if (notPrincipal) {
    out.push({
      code: 'RTC127',
      span: notPrincipal.key.span,
      message: 'A role trust policy cannot have NotPrincipal: IAM refuses the policy.',
      hint: 'Name who may assume the role in Principal; to leave principals out, use a Deny with "Principal": {"AWS": "*"} and an ArnNotLike condition on aws:PrincipalArn.'
    })
  }
}

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
    checkPrincipalForm(s, out)
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

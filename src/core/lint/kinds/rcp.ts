// A resource control policy (AWS Organizations): limits what anyone may do to
// the resources of the accounts it is attached to. Grammar (AWS Organizations
// "RCP syntax"): Effect Deny only (Allow is reserved to the AWS-managed
// RCPFullAWSAccess, attached automatically), Principal "*" only (not {"AWS": "*"}), Action and
// never NotAction, a Resource or NotResource. It applies only to the services
// that support RCPs; actions of other services are never limited by it.
// Quota: 5,120 characters, white space included.
import type { JsonNode } from '../../json-ast/types.js'
import { openingOf, statementLabel } from '../context.js'
import { writtenSizeQuota, requireResource, type PolicyKindRules } from './kind.js'
import { serviceOf } from '../actions.js'
import { hasWildcard } from '../../iam/wildcard.js'
import { rcpServices } from '../../iam/catalog/index.js'

const QUOTA = 5120

/**
 * Services whose resources RCPs apply to: the catalogue's list, compacted from
 * the AWS Organizations User Guide's "List of AWS services that support RCPs"
 * (S3, STS, KMS, SQS and Secrets Manager at the launch in November 2024, some
 * sixty since: EventBridge, CodeBuild, CloudFront, WAF...). A list kept here
 * by hand had stopped at eleven and called the others unlimited.
 */
export const RCP_SERVICES: ReadonlySet<string> = rcpServices()

export const resourceControlPolicy: PolicyKindRules = {
  name: 'rcp',
  described: 'a resource control policy',
  strictSid: false,
  allowGrants: false,
  principalStarIsPublic: false,
  currentVersionRequired: true,
  checkStatement(_ctx, s, out) {
    const effect = s.elements.Effect
    if (effect && s.effect === 'Allow') {
      out.push({
        code: 'RTC122',
        span: effect.value.span,
        message: `${statementLabel(s, true)} allows: resource control policies accept only "Effect": "Deny" (Allow is reserved to the AWS-managed RCPFullAWSAccess).`,
        hint: 'Write the statement as a Deny of what must not happen, with conditions for the exceptions.'
      })
    }
    const principal = s.elements.Principal
    const notPrincipal = s.elements.NotPrincipal
    if (notPrincipal) {
      out.push({ code: 'RTC123', span: notPrincipal.key.span, message: 'A resource control policy cannot have NotPrincipal; its Principal must be "*".', hint: 'Write "Principal": "*" and name the exempt principals in a condition (e.g. ArnNotLike aws:PrincipalArn).' })
    } else if (!principal) {
      out.push({ code: 'RTC113', span: openingOf(s.node), message: `${statementLabel(s, true)} of a resource control policy has no Principal; it must be "*".`, hint: 'Add "Principal": "*".' })
    } else if (isEveryAwsPrincipal(principal.value)) {
      out.push({
        code: 'RTC123',
        span: principal.value.span,
        message: 'A resource control policy\'s Principal must be "*": {"AWS": "*"} is not that, for it leaves out service principals, web identity and SAML sessions and anonymous callers.',
        hint: 'Write "Principal": "*".'
      })
    } else if (!(principal.value.kind === 'string' && principal.value.value === '*')) {
      out.push({ code: 'RTC123', span: principal.value.span, message: 'A resource control policy\'s Principal must be "*"; it cannot name principals.', hint: 'Write "Principal": "*" and narrow the statement with conditions such as aws:PrincipalArn or aws:PrincipalOrgID.' })
    }
    const notAction = s.elements.NotAction
    if (notAction) {
      out.push({ code: 'RTC124', span: notAction.key.span, message: 'A resource control policy cannot have NotAction.', hint: 'List the denied actions in Action ("*" for every action of the supported services).' })
    }
    requireResource(s, () => `${statementLabel(s, true)} of a resource control policy has no Resource.`, 'Add "Resource": "*" or the ARNs the statement protects.', out)
    for (let i = 0; i < s.actions.length; i++) {
      const service = serviceOf(s.lowerActions[i])
      if (service === undefined || hasWildcard(service) || RCP_SERVICES.has(service)) continue
      out.push({
        code: 'RTC125',
        span: s.actions[i].span,
        message: `"${s.actions[i].value}": resource control policies do not apply to ${service} resources, so this limits nothing.`,
        hint: `RCPs apply only to the services the AWS Organizations User Guide lists under "List of AWS services that support RCPs" (${RCP_SERVICES.size} of them here), and ${service} is not one. Limit it with an SCP or the resource's own policy instead.`
      })
    }
  },
  sizeFloor: QUOTA,
  checkSize: (_ctx, size) => writtenSizeQuota(size, QUOTA, 'a resource control policy')
}

/**
 * `{"AWS": "*"}` (or `{"AWS": ["*"]}`): not the "*" an RCP takes (AWS Organizations, "RCP syntax": "You can only
 * specify "*" in the Principal element of an RCP"). The IAM User Guide ("AWS JSON policy elements: Principal", All
 * principals) gives it root users, IAM users, assumed-role sessions and federated users only: "This method does not
 * allow web identity session principals, SAML session principals, or service principals", and "*" alone takes in
 * anonymous callers too, so a Deny written with it would leave those out.
 */
function isEveryAwsPrincipal(node: JsonNode): boolean {
  if (node.kind !== 'object' || node.members.length !== 1) return false
  const only = node.members[0]
  if (only.key.value !== 'AWS') return false
  const v = only.value
  if (v.kind === 'string') return v.value === '*'
  return v.kind === 'array' && v.items.length === 1 && v.items[0].kind === 'string' && v.items[0].value === '*'
}

// A resource policy (bucket, queue, topic, secret, KMS key policy...): names
// a Principal and a Resource in every statement. A KMS key policy (all its
// actions kms:) needs "Resource": "*", which means the key itself, and has
// its own quota; other services' quotas vary and are not checked.
import { statementLabel, type StatementView } from '../context.js'
import { requirePrincipal, requireResource, type PolicyKindRules } from './kind.js'
import { groupDigits } from '../../digits.js'
import { serviceOf } from '../actions.js'

const KEY_POLICY_QUOTA = 32768

/**
 * Services whose resource policies name no Resource: the policy applies to
 * the repository it is set on, and AWS's own examples leave Resource out
 * (Amazon ECR User Guide, "Private repository policy examples"; ECR Public
 * likewise).
 */
const RESOURCE_IMPLIED_SERVICES = new Set(['ecr', 'ecr-public'])

/** Every action of the statement is of a service whose policies imply the resource (and there is one). */
function resourceImplied(s: StatementView): boolean {
  const actions = s.lowerActions
  if (actions.length === 0) return false
  for (let i = 0; i < actions.length; i++) {
    const service = serviceOf(actions[i])
    if (service === undefined || !RESOURCE_IMPLIED_SERVICES.has(service)) return false
  }
  return true
}

export const resourcePolicy: PolicyKindRules = {
  name: 'resource',
  described: 'a resource policy',
  strictSid: false,
  allowGrants: true,
  principalStarIsPublic: true,
  currentVersionRequired: false,
  checkStatement(ctx, s, out) {
    requirePrincipal(s, () => `${statementLabel(s, true)} of a resource policy has no Principal.`, 'Add "Principal": {"AWS": "arn:..."}.', out)
    if (!resourceImplied(s)) {
      requireResource(
        s,
        () => (ctx.isKeyPolicy ? `Key policy ${statementLabel(s)} has no Resource; key policies require "Resource": "*".` : `${statementLabel(s, true)} has no Resource.`),
        ctx.isKeyPolicy ? 'Add "Resource": "*".' : 'Add "Resource" naming the resource the policy is attached to.',
        out
      )
    }
    if (!ctx.isKeyPolicy) return
    for (let i = 0, resources = s.resources; i < resources.length; i++) {
      const r = resources[i]
      if (r.value !== '*') out.push({ code: 'RTC119', span: r.span, message: `In a key policy Resource must be "*" (this key), not "${r.value}".`, hint: 'Write "Resource": "*".' })
    }
  },
  sizeFloor: KEY_POLICY_QUOTA,
  checkSize(ctx, { counted }) {
    if (!ctx.isKeyPolicy || counted <= KEY_POLICY_QUOTA) return undefined
    return { code: 'RTC501', message: `The key policy is ${groupDigits(counted)} characters; KMS key policies cannot exceed ${groupDigits(KEY_POLICY_QUOTA)}.`, hint: 'Move permissions to IAM policies or grants.' }
  }
}

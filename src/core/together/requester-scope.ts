// The vendor's rule: "The IAM user or IAM role that requests the temporary
// credentials must not have access to any AWS resources." The requester's
// policy may allow sts:AssumeRole on the role and nothing else. Each Allow
// statement is probed with the actions it names (real ones from the action
// catalogue for a wildcard) on the resources it names, and evaluated: any
// grant other than sts:AssumeRole is reported at its statement. Other roles
// reached with sts:AssumeRole are RTC709's.
import { actionsMatching } from '../iam/catalog/index.js'
import { actionMatches } from '../iam/wildcard.js'
import { evaluate } from '../evaluate/evaluate.js'
import { statementPlace } from './position.js'
import { concreteOf, type SetupContext } from './setup-context.js'

/** Probes for a NotAction statement, and for a pattern the catalogue does not know. */
const SAMPLE_ACTIONS = ['s3:GetObject', 's3:PutObject', 'redshift:GetClusterCredentials', 'kms:Decrypt', 'iam:PassRole', 'ec2:DescribeInstances']
/** Probe actions per pattern: enough to show the grant, bounded for '*'. */
const PER_PATTERN = 3

const isAssume = (action: string) => actionMatches('sts:AssumeRole', action)

function probeActions(pattern: string): string[] {
  const known = actionsMatching(pattern).map((a) => a.fullName).filter((a) => !isAssume(a))
  if (known.length > 0) return known.slice(0, PER_PATTERN)
  const concrete = concreteOf(pattern)
  return isAssume(concrete) || !actionMatches(pattern, concrete) ? [] : [concrete]
}

export function checkRequesterScope(ctx: SetupContext): void {
  const doc = ctx.requesterDoc
  if (!doc) return
  const context = ctx.baseContext(ctx.caller)
  for (const s of doc.policy.statements) {
    if (s.effect !== 'Allow') continue
    const actions = s.action ? s.action.flatMap(probeActions) : SAMPLE_ACTIONS.filter((a) => !(s.notAction ?? []).some((p) => actionMatches(p, a)))
    const resources = s.resource ? s.resource.map(concreteOf) : ['*']
    const granted: string[] = []
    for (const action of [...new Set(actions)]) {
      for (const resource of resources) {
        const d = evaluate({ principal: ctx.caller, action, resource, context }, { identityPolicies: [doc.policy], resourceAccount: ctx.caller.account ?? '' })
        if (d.effect === 'Allow' && d.matched.some((r) => r.source === 'identity' && r.statement === s.index)) {
          granted.push(`${action} on ${resource}`)
          break
        }
      }
      if (granted.length >= PER_PATTERN) break
    }
    if (granted.length === 0) continue
    ctx.report(
      'RTC720',
      doc.file,
      statementPlace(doc.file, s.index),
      `${doc.file.file} gives ${ctx.callerText} more than sts:AssumeRole on the role (e.g. ${granted.join('; ')}): the identity that requests the temporary credentials must not have access to any AWS resource (the vendor's rule); the role holds the staging and database permissions`,
      'Keep only the sts:AssumeRole statement in the requester policy; move what the connector needs to the role'
    )
  }
}

// Role chaining: a role session that assumes the role gets at most one hour,
// whatever the role's MaxSessionDuration says. With session-duration over an
// hour, every trust statement that admits a role is reported: the
// connector's credentials would expire before the task.
import { ROLE_CHAINING_MAX_SECONDS } from '../generate/inputs.js'
import { evaluate } from '../evaluate/evaluate.js'
import { principalFromArn } from '../evaluate/principal.js'
import type { RequestPrincipal } from '../evaluate/types.js'
import { normalisePolicy } from '../iam/normalise.js'
import { statementPlace } from './position.js'
import type { SetupContext } from './setup-context.js'
import { isUnknowableKey } from './unknowable-keys.js'

const EVERYTHING = normalisePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })

/** A session of a role, as it calls sts:AssumeRole. */
function sessionOf(roleArnValue: string): RequestPrincipal | undefined {
  const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArnValue)
  if (!m) return undefined
  return { ...principalFromArn(`arn:${m[1]}:sts::${m[2]}:assumed-role/${m[3]}/redshift-connector`), roleArn: roleArnValue }
}

export function checkRoleChaining(ctx: SetupContext, roleArn: string): void {
  const seconds = ctx.inputs.sessionDuration
  const trust = ctx.trust
  if (seconds === undefined || seconds <= ROLE_CHAINING_MAX_SECONDS || !trust || !EVERYTHING) return
  const roles = new Set<string>()
  for (const s of trust.policy.statements) {
    for (const value of s.principal?.AWS ?? []) {
      const p = principalFromArn(value)
      if (p.kind === 'role') roles.add(value)
      if (p.kind === 'assumed-role' && p.roleArn) roles.add(p.roleArn)
    }
  }
  const reported = new Set<number>()
  for (const role of roles) {
    const session = sessionOf(role)
    if (!session) continue
    const d = evaluate(
      { principal: session, action: 'sts:AssumeRole', resource: roleArn, context: { ...ctx.baseContext(session), ...(ctx.inputs.externalId ? { 'sts:ExternalId': ctx.inputs.externalId } : {}) }, unknownKeys: isUnknowableKey },
      { identityPolicies: [EVERYTHING], resourcePolicy: trust.policy }
    )
    const ref = d.matched.find((r) => r.source === 'resource')
    if (d.effect !== 'Allow' || !ref || reported.has(ref.statement)) continue
    reported.add(ref.statement)
    ctx.report(
      'RTC719',
      trust.file,
      statementPlace(trust.file, ref.statement),
      `The connector asks for ${seconds}-second credentials (session-duration) but the trust policy lets the role ${role} assume ${roleArn}: that is role chaining, which AWS caps at one hour whatever MaxSessionDuration says, so the task fails when the credentials expire`,
      `Set the connector's Temporary Credential Duration (session-duration) to ${ROLE_CHAINING_MAX_SECONDS} seconds or less, or let an IAM user assume the role`
    )
  }
}

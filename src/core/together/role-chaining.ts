// Role chaining: a role session that assumes the role gets at most one hour,
// whatever the role's MaxSessionDuration says. With session-duration over an
// hour, every trust statement that admits a role is reported (the
// connector's own caller first, when it is the Secure Agent's role session,
// however the statement admits it): the connector's credentials would expire
// before the task.
import { ROLE_CHAINING_MAX_SECONDS } from '../generate/inputs.js'
import { evaluateWithDerivedKeys } from './derived-keys.js'
import { principalFromArn } from '../evaluate/principal.js'
import type { RequestPrincipal } from '../evaluate/types.js'
import { policyWeight } from '../evaluate/weight.js'
import { normalisePolicy, type NormalStatement } from '../iam/normalise.js'
import { statementPlace } from './position.js'
import { coversAction, type SetupContext } from './setup-context.js'
import { isUnknowableForOthers, isUnknowableForRoleSession } from './unknowable-keys.js'

const EVERYTHING = normalisePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })

/**
 * What the chaining check reads, at most, counted as policyWeight counts it
 * (each decision reads the whole trust policy: N roles named cost N × N):
 * about a second. Past it, a statement whose roles were not all judged is
 * reported as not evaluated, so roles padded behind thousands of others are
 * never passed over.
 */
export const ROLE_CHAINING_BUDGET = 1_000_000

/** A session of a role, as it calls sts:AssumeRole. */
function sessionOf(roleArnValue: string): RequestPrincipal | undefined {
  const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArnValue)
  if (!m) return undefined
  return { ...principalFromArn(`arn:${m[1]}:sts::${m[2]}:assumed-role/${m[3]}/redshift-connector`), roleArn: roleArnValue }
}

/** A role the statement names, as the session that would call: a session of a role it names, or a session it names (assumed-role/<role>/<name>) itself. */
function callerFor(value: string): { role: string; session: RequestPrincipal } | undefined {
  const p = principalFromArn(value)
  if (p.kind === 'role') {
    const session = sessionOf(value)
    return session ? { role: value, session } : undefined
  }
  return p.kind === 'assumed-role' && p.roleArn ? { role: p.roleArn, session: p } : undefined
}

function mayAdmitAssume(s: NormalStatement): boolean {
  return s.effect === 'Allow' && coversAction(s, 'sts:AssumeRole')
}

export function checkRoleChaining(ctx: SetupContext, roleArn: string): void {
  const seconds = ctx.inputs.sessionDuration
  const trust = ctx.trust
  if (seconds === undefined || seconds <= ROLE_CHAINING_MAX_SECONDS || !trust || !EVERYTHING) return
  const report = (index: number, role: string, judgedHere: boolean) =>
    ctx.report(
      'RTC719',
      trust.file,
      statementPlace(trust.file, index),
      judgedHere
        ? `The connector asks for ${seconds}-second credentials (session-duration) but the trust policy lets the role ${role} assume ${roleArn}: that is role chaining, which AWS caps at one hour whatever MaxSessionDuration says, so the task fails when the credentials expire`
        : `The connector asks for ${seconds}-second credentials (session-duration) and the trust policy names the role ${role}, which may assume ${roleArn} (not evaluated: the trust policy names more roles than the check judges one by one, so its conditions and Denies were not applied to this one): a role assuming the role is role chaining, which AWS caps at one hour whatever MaxSessionDuration says`,
      `Set the connector's Temporary Credential Duration (session-duration) to ${ROLE_CHAINING_MAX_SECONDS} seconds or less, or let an IAM user assume the role`
    )
  const reported = new Set<number>()
  // The connector's own caller, when it is a session of the Secure Agent's role (trust-principal: role): whatever
  // admits it (its ARN, Principal "*" held to it by a condition, the account root and its identity policy), its
  // AssumeRole is role chaining. Probing only the roles the trust policy names passed the other two over.
  const caller = ctx.caller
  if (caller.kind === 'assumed-role' && caller.roleArn) {
    const d = evaluateWithDerivedKeys(
      { principal: caller, action: 'sts:AssumeRole', resource: roleArn, context: { ...ctx.baseContext(caller), ...(ctx.inputs.externalId ? { 'sts:ExternalId': ctx.inputs.externalId } : {}) }, unknownKeys: isUnknowableForRoleSession },
      { identityPolicies: [EVERYTHING], resourcePolicy: trust.policy }
    )
    const ref = d.matched.find((r) => r.source === 'resource' && r.effect === 'Allow')
    if (d.effect === 'Allow' && ref) {
      reported.add(ref.statement)
      report(ref.statement, caller.roleArn, true)
    }
  }
  const judged = new Set<string>()
  const unjudged = new Map<number, string>()
  const cost = policyWeight(trust.policy) + 1
  let budget = ROLE_CHAINING_BUDGET
  for (const s of trust.policy.statements) {
    if (!mayAdmitAssume(s)) continue
    for (const value of s.principal?.AWS ?? []) {
      if (reported.has(s.index)) break
      if (judged.has(value)) continue
      const caller = callerFor(value)
      if (!caller) continue
      if (budget < cost) {
        unjudged.set(s.index, caller.role)
        break
      }
      budget -= cost
      judged.add(value)
      const d = evaluateWithDerivedKeys(
        { principal: caller.session, action: 'sts:AssumeRole', resource: roleArn, context: { ...ctx.baseContext(caller.session), ...(ctx.inputs.externalId ? { 'sts:ExternalId': ctx.inputs.externalId } : {}) }, unknownKeys: isUnknowableForOthers },
        { identityPolicies: [EVERYTHING], resourcePolicy: trust.policy }
      )
      const ref = d.matched.find((r) => r.source === 'resource')
      if (d.effect !== 'Allow' || !ref || reported.has(ref.statement)) continue
      reported.add(ref.statement)
      report(ref.statement, caller.role, true)
    }
  }
  for (const [index, role] of unjudged) {
    if (reported.has(index)) continue
    report(index, role, false)
  }
}

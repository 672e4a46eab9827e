// RTC2xx: names. Every service:Action must exist (case-insensitively, wildcards
// matched against the catalogue), Principal types must be IAM's, service
// principals must look like service principals, and only AWS principals
// take a wildcard ("*").
import type { JsonString } from '../../json-ast/types.js'
import { findService } from '../../iam/catalog/index.js'
import { isUnlistedServiceAction } from '../../iam/catalog/unlisted-actions.js'
import { actionsMatching } from '../actions.js'
import type { FindingDraft, LintContext, PrincipalEntry, Rule } from '../context.js'
import { hasWildcard } from '../../iam/wildcard.js'
import { withoutPlaceholders } from './placeholders.js'
import { memorable } from '../../memo-key.js'
import { outsideAsciiNote } from '../characters.js'
import { onServicePrincipalDomain } from '../../iam/service-principal.js'

const ACTION_SHAPE = /^[A-Za-z0-9-]+:[A-Za-z0-9_*?-]+$/
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser'])

function describeMalformed(action: string): string {
  if (/\s/.test(action)) {
    const squeezed = action.replace(/\s+/g, '')
    return `"${action}" contains white space; IAM does not trim it, so it never matches${ACTION_SHAPE.test(squeezed) ? ` (did you mean "${squeezed}"?)` : ''}.`
  }
  if (!action.includes(':')) return `"${action}" has no service prefix; actions are written service:ActionName.${outsideAsciiNote(action)}`
  // IAM documents wildcards in the action name only, and refuses one in the prefix ("MalformedPolicyDocument: Action
  // vendors (e.g., aws, ec2, etc.) must not contain wildcards"), "*:*" included: "*" alone is every action.
  const prefix = action.slice(0, action.indexOf(':'))
  if (/[*?]/.test(prefix) && ACTION_SHAPE.test(`s3:${action.slice(action.indexOf(':') + 1)}`) && /^[A-Za-z0-9*?-]+$/.test(prefix)) {
    return `"${action}" has a wildcard in its service prefix, which IAM refuses (MalformedPolicyDocument: Action vendors must not contain wildcards); a wildcard may stand only in the action name.`
  }
  return `"${action}" is not written as service:ActionName.${outsideAsciiNote(action)}`
}

/** What is wrong with an action string (RTC201-RTC203), or null when nothing is. */
type ActionProblem = Omit<FindingDraft, 'span'> | null

function actionProblem(value: string): ActionProblem {
  if (!ACTION_SHAPE.test(value)) {
    const squeezed = value.replace(/\s+/g, '')
    return {
      code: 'RTC201',
      message: `Malformed action: ${describeMalformed(value)}`,
      hint: ACTION_SHAPE.test(squeezed)
        ? `Write "${squeezed}".`
        : value === '*:*'
          ? 'Write "*" for every action, or better, list the actions the workload needs.'
          : 'Write the action as service:ActionName, e.g. "sts:AssumeRole".'
    }
  }
  const colon = value.indexOf(':')
  const prefix = value.slice(0, colon)
  if (prefix.includes('*') || prefix.includes('?')) return null
  if (!findService(prefix)) {
    return {
      code: 'RTC202',
      message: `Unknown service prefix "${prefix}" in "${value}".`,
      hint: 'Check the prefix in the AWS Service Authorization Reference (e.g. "s3", "kms", "sts", "redshift").'
    }
  }
  if (actionsMatching(value).length === 0 && !isUnlistedServiceAction(value)) {
    const wildcard = value.includes('*') || value.includes('?')
    return {
      code: 'RTC203',
      message: wildcard ? `"${value}" matches no ${prefix} action.` : `Unknown action ${value}: ${prefix} has no action named "${value.slice(colon + 1)}".`,
      hint: `Check the action name in the ${prefix} section of the Service Authorization Reference.`
    }
  }
  return null
}

// The verdict depends on the string alone, and policies repeat the same few
// dozen actions file after file: remember it by the string as written.
const problemMemo = new Map<string, ActionProblem>()

function checkAction(action: JsonString, out: FindingDraft[]): void {
  const value = action.value
  if (value === '*' || value === '') return
  let problem = problemMemo.get(value)
  if (problem === undefined) {
    problem = actionProblem(value)
    if (problemMemo.size >= 20000) problemMemo.clear()
    if (memorable(value)) problemMemo.set(value, problem)
  }
  if (problem) out.push({ code: problem.code, span: action.span, message: problem.message, hint: problem.hint })
}

function checkActions(ctx: LintContext, out: FindingDraft[]): void {
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    for (let j = 0; j < s.actions.length; j++) checkAction(s.actions[j], out)
    for (let j = 0; j < s.notActions.length; j++) checkAction(s.notActions[j], out)
  }
}

const PRINCIPAL_ELEMENTS = ['Principal', 'NotPrincipal'] as const

const ON_AMAZON_COM = /^([a-z0-9-]+)\.amazon\.com$/i

/**
 * The amazonaws.com name of a service principal written on amazon.com with
 * the name of an IAM service (`redshift.amazon.com`): a slip that keeps the
 * shape, and the trust policy then lets no service in. AWS's services are
 * principals on amazonaws.com; the few on amazon.com (Alexa skills) are no
 * IAM service prefix, so they are left alone.
 */
function amazonawsFormOf(value: string): string | undefined {
  const name = ON_AMAZON_COM.exec(value)?.[1]
  return name !== undefined && findService(name) !== undefined ? `${name.toLowerCase()}.amazonaws.com` : undefined
}

/**
 * Does the value name a service the way a service principal does: a DNS name
 * on one of AWS's service domains, with no wildcard, not an IAM service's
 * name on amazon.com? A value that does not is RTC205, RTC128 or RTC206's, and
 * the checks of what a service principal may do (RTC611) pass it over.
 */
export function isServicePrincipalName(value: string): boolean {
  return !hasWildcard(value) && onServicePrincipalDomain(value) && amazonawsFormOf(value) === undefined
}

/**
 * RTC206: a wildcard in a Service, Federated or CanonicalUser principal. IAM
 * takes a wildcard in Principal only as "*" under AWS (or Principal "*"):
 * "The service principal in an IAM policy can't be "Service": "*"" (IAM User
 * Guide, Principal element), and IAM Access Analyzer reports any other as the
 * error UNSUPPORTED_WILDCARD_IN_PRINCIPAL. A wildcard that a template
 * placeholder stands around is judged on what stays once it is filled in.
 * Says whether it reported.
 */
function checkPrincipalWildcard(p: PrincipalEntry, out: FindingDraft[]): boolean {
  const v = p.value.value
  if (p.type === 'AWS' || p.type === '*' || !PRINCIPAL_TYPES.has(p.type) || !hasWildcard(v) || !hasWildcard(withoutPlaceholders(v))) return false
  out.push({
    code: 'RTC206',
    span: p.value.span,
    message: `"${p.type}": "${v}": IAM accepts no wildcard in a ${p.type} principal (only "*" under "AWS"), so it refuses the policy.`,
    hint:
      p.type === 'Service'
        ? 'Name each service principal (e.g. "lambda.amazonaws.com"); to let any service in, which is rarely meant, use "AWS": "*" with an aws:PrincipalIsAWSService or aws:SourceAccount condition.'
        : p.type === 'Federated'
          ? 'Name the identity provider: its OIDC or SAML provider ARN, or a built-in provider such as "cognito-identity.amazonaws.com".'
          : 'Name the canonical user ids.'
  })
  return true
}

/** RTC206, RTC205 and (in a trust policy) RTC128 on one Principal or NotPrincipal value. */
function checkPrincipalValue(p: PrincipalEntry, trust: boolean, out: FindingDraft[]): void {
  if (checkPrincipalWildcard(p, out)) return
  if (p.type !== 'Service' || p.value.value === '*') return
  if (onServicePrincipalDomain(p.value.value)) {
    const meant = amazonawsFormOf(p.value.value)
    if (meant === undefined) return
    out.push({
      code: 'RTC205',
      span: p.value.span,
      message: `"${p.value.value}" is not a service principal: AWS services are principals on amazonaws.com (did you mean "${meant}"?), so this statement lets no service in.`,
      hint: `Write "${meant}".`
    })
    return
  }
  // A role trust policy names only principals IAM knows, and IAM refuses one it does not ("Invalid principal in
  // policy"): a value that is no DNS name at all (an ARN, an account id, a bare word) is certainly refused there.
  out.push({
    code: trust ? 'RTC128' : 'RTC205',
    span: p.value.span,
    message: trust
      ? `"${p.value.value}" under "Service" is not a service principal (a name like redshift.amazonaws.com): IAM refuses it in a role trust policy.${outsideAsciiNote(p.value.value)}`
      : `"${p.value.value}" is not a service principal (a name like redshift.amazonaws.com).${outsideAsciiNote(p.value.value)}`,
    hint: p.value.value.startsWith('arn:') || /^\d+$/.test(p.value.value) ? 'Put ARNs and account ids under "AWS", not "Service".' : 'Write the service principal in full, e.g. "redshift.amazonaws.com".'
  })
}

function checkPrincipals(ctx: LintContext, out: FindingDraft[]): void {
  const trust = ctx.kind === 'trust'
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    for (let j = 0; j < PRINCIPAL_ELEMENTS.length; j++) {
      const name = PRINCIPAL_ELEMENTS[j]
      const node = s.elements[name]?.value
      if (node?.kind !== 'object') continue
      for (let k = 0, members = node.members; k < members.length; k++) {
        const m = members[k]
        if (PRINCIPAL_TYPES.has(m.key.value)) continue
        const right = [...PRINCIPAL_TYPES].find((t) => t.toLowerCase() === m.key.value.toLowerCase())
        out.push({
          code: 'RTC204',
          span: m.key.span,
          message: `"${m.key.value}" is not a principal type${right ? ` (types are case-sensitive: "${right}")` : ''}.`,
          hint: right ? `Write "${right}".` : 'Use "AWS", "Service", "Federated" or "CanonicalUser".'
        })
      }
    }
    for (let j = 0; j < s.principals.length; j++) checkPrincipalValue(s.principals[j], trust, out)
    for (let j = 0; j < s.notPrincipals.length; j++) checkPrincipalValue(s.notPrincipals[j], trust, out)
  }
}

export const nameRules: Rule[] = [checkActions, checkPrincipals]

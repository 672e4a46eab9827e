// RTC622 and RTC623: resource and trust policies that let anyone in although
// the statement has a Condition. RTC601 reports `Principal: "*"` with no
// condition at all; these report conditions that test how a request is made
// (TLS, region, time, encryption headers, a function URL's auth type) and not
// who makes it. A condition key this rule does not know is taken to limit the
// caller: the rule only speaks when it is certain.
import { actionMatches } from '../../iam/wildcard.js'
import { isPrincipalStar, statementLabel, type FindingDraft, type LintContext, type Rule, type StatementView } from '../context.js'
import { kindRules } from '../kinds/index.js'
import { serviceOf } from '../actions.js'

/** Condition keys (lower case) that say nothing about who the caller is. */
const NOT_ABOUT_CALLER: ReadonlySet<string> = new Set([
  'aws:securetransport',
  'aws:currenttime',
  'aws:epochtime',
  'aws:requestedregion',
  'aws:useragent',
  'aws:referer',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'lambda:functionurlauthtype',
  's3:tlsversion',
  's3:signatureversion',
  's3:signatureage',
  's3:authtype',
  's3:x-amz-acl',
  's3:x-amz-content-sha256',
  's3:x-amz-server-side-encryption',
  's3:x-amz-server-side-encryption-aws-kms-key-id'
])

function conditionsLimitNoOne(s: StatementView): boolean {
  for (const c of s.conditions) if (!NOT_ABOUT_CALLER.has(c.lowerKey)) return false
  return true
}

/** The statement lets anyone invoke a function URL with no authentication. */
function publicFunctionUrl(s: StatementView): boolean {
  if (!s.actions.some((a, i) => (s.lowerActions[i].startsWith('lambda:') || s.lowerActions[i].startsWith('*')) && actionMatches(a.value, 'lambda:InvokeFunctionUrl'))) return false
  return s.conditions.some(
    (c) =>
      c.lowerKey === 'lambda:functionurlauthtype' &&
      /^stringequals(ignorecase)?(ifexists)?$/i.test(c.operator.value) &&
      c.values.some((v) => v.kind === 'string' && v.value.toUpperCase() === 'NONE')
  )
}

function services(s: StatementView): string {
  const names = new Set<string>()
  for (const lower of s.lowerActions) names.add(serviceOf(lower) ?? lower)
  return [...names].join(', ')
}

function publicAccess(ctx: LintContext, out: FindingDraft[]): void {
  if (!kindRules(ctx.kind).principalStarIsPublic) return
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    if (s.effect !== 'Allow' || !s.conditioned) continue
    const star = s.principals.find(isPrincipalStar)
    if (!star || !conditionsLimitNoOne(s)) continue
    const keys = [...new Set(s.conditions.map((c) => c.key.value))].join(', ')
    if (publicFunctionUrl(s)) {
      out.push({
        code: 'RTC622',
        span: star.value.span,
        message: `${statementLabel(s, true)} lets anyone invoke the function URL with auth type NONE: no signature, no account, no other limit (${keys}).`,
        hint: 'Use auth type AWS_IAM and name the principals, or add a condition on the caller such as aws:SourceAccount or aws:PrincipalOrgID.'
      })
      continue
    }
    out.push({
      code: 'RTC623',
      span: star.value.span,
      message: `Principal "*" in ${statementLabel(s)} (${services(s)}) is limited only by ${keys}, which say how a request is made, not who makes it: anyone ${ctx.kind === 'trust' ? 'can assume the role' : 'is allowed'}.`,
      hint: 'Add a condition on the caller (aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceAccount or aws:SourceArn), or name the principals.'
    })
  }
}

export const publicAccessRules: Rule[] = [publicAccess]

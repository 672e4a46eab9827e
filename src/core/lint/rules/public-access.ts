// RTC622 and RTC623: resource and trust policies that let anyone in although
// the statement has a Condition. RTC601 reports `Principal: "*"` with no
// condition at all; these report conditions that test how a request is made
// (TLS, region, time, encryption headers, a function URL's auth type) and not
// who makes it. A condition key this rule does not know is taken to limit the
// caller: the rule only speaks when it is certain.
import { actionMatches, arnPatternCovers, hasWildcard, matchesWildcard, patternCovers, splitArn } from '../../iam/wildcard.js'
import { isPrincipalStar, statementLabel, type ConditionEntry, type FindingDraft, type LintContext, type Rule, type StatementView } from '../context.js'
import { kindRules } from '../kinds/index.js'
import { serviceOf } from '../actions.js'
import { isNegated, operatorNamed } from './conditions.js'
import { oncePerObject } from '../../once-per-object.js'
import { isAccountId } from '../../iam/arn.js'

/**
 * Condition keys (lower case) that say nothing about who the caller is: how
 * the request is made, or values the caller itself puts in the request. An
 * external id is one of those: AWS's guidance is that it is no secret (it is
 * shared with the third party and shown in its console), so with Principal
 * "*" anyone who learns it can assume the role; the same holds for the
 * session name and source identity the caller chooses.
 */
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
  's3:x-amz-server-side-encryption-aws-kms-key-id',
  'sts:externalid',
  'sts:rolesessionname',
  'sts:sourceidentity',
  // Through which service the request comes, not from whom: with Principal
  // "*" a principal of any account can have that service use the key or
  // resource for it. The KMS Developer Guide's own "via service" statements
  // pair kms:ViaService with kms:CallerAccount for that reason ("kms:ViaService":
  // "Allows access only when the request comes from the specified AWS service
  // on behalf of a principal"), and AWS Config's kms-key-policy-no-public-access
  // counts a key policy public unless it grants to fixed callers.
  'kms:viaservice',
  'kms:grantisforawsresource',
  'aws:calledvia',
  'aws:calledviafirst',
  'aws:calledvialast',
  'aws:viaawsservice'
])

/**
 * Tag keys (lower case, and prefixes of such keys) whose values the caller or
 * its own account sets: the principal's tags (session tags are passed by
 * whoever assumes a role and become its aws:PrincipalTag, IAM User Guide
 * "Pass session tags in AWS STS"; a user's or role's IAM tags are set in its
 * own account) and the tags the request itself sends. With Principal "*" a
 * principal of any account can carry whatever such a condition asks for.
 */
const CALLER_SET_TAG_KEY = 'aws:tagkeys'
const CALLER_SET_TAG_PREFIXES: readonly string[] = ['aws:principaltag/', 'aws:requesttag/']

/**
 * Keys about the resource acted on, not the caller: its tags (`aws:ResourceTag/KEY`, a service's own
 * `ec2:ResourceTag/KEY`..., an S3 object's `s3:ExistingObjectTag/KEY`). With Principal "*" they choose which
 * resources are open to anyone, not who may reach them: a tagged object is as public as an untagged one under no
 * condition (RTC601).
 */
const RESOURCE_TAG_KEY = /^[a-z0-9-]+:resourcetag\/|^s3:existingobjecttag\//

/**
 * Every account has principals of every type (users, role sessions, federated users...), so a condition on
 * `aws:PrincipalType` names what kind of principal calls, not whose: any account's role session is "AssumedRole".
 */
const PRINCIPAL_TYPE_KEY = 'aws:principaltype'

/** The key says how the request is made, what it acts on, or holds values the caller chooses: not who makes it. */
function notAboutCaller(lowerKey: string): boolean {
  return (
    NOT_ABOUT_CALLER.has(lowerKey) ||
    lowerKey === CALLER_SET_TAG_KEY ||
    lowerKey === PRINCIPAL_TYPE_KEY ||
    CALLER_SET_TAG_PREFIXES.some((p) => lowerKey.startsWith(p)) ||
    RESOURCE_TAG_KEY.test(lowerKey)
  )
}

/**
 * Condition keys (lower case) that name the caller or the network a request
 * comes from: a Deny unless one of them holds a named value lets only those
 * callers in. The network includes the owner of the VPC endpoint a request
 * comes through (aws:VpceAccount, aws:VpceOrgID, aws:VpceOrgPaths, which
 * AWS's data perimeter policies use as they use aws:SourceVpce), the VPC it
 * comes from, and the VPC and address of the EC2 instance whose role
 * credentials signed it.
 */
const CALLER_KEYS: ReadonlySet<string> = new Set([
  'aws:sourceip',
  'aws:vpcsourceip',
  'aws:sourcevpc',
  'aws:sourcevpcarn',
  'aws:sourcevpce',
  'aws:vpceaccount',
  'aws:vpceorgid',
  'aws:vpceorgpaths',
  'aws:ec2instancesourcevpc',
  'aws:ec2instancesourceprivateipv4',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:userid',
  'aws:username'
])

/** Operators true for every value but those named: a Deny on them spares only the named callers. */
const EXCLUDING_OPERATOR = /^(?:(?:String|Arn)Not(?:Equals|Like)(?:IgnoreCase)?|NotIpAddress)(?:IfExists)?$/i

/** Values that name no limit at all. */
const NAMES_EVERYONE: ReadonlySet<string> = new Set(['*', '0.0.0.0/0', '::/0'])

/**
 * A Deny to Principal "*" whose every condition is false only for named
 * callers or networks (NotIpAddress aws:SourceIp, StringNotEquals
 * aws:SourceVpce or aws:PrincipalOrgID...): whatever it covers, only those
 * callers can reach. The conditions are ANDed, so the callers spared are those
 * that any one of them names. AWS's API Gateway and OpenSearch samples limit a
 * public Allow this way.
 */
function sparesOnlyNamedCallers(s: StatementView): boolean {
  if (s.effect !== 'Deny' || !s.conditioned || s.notPrincipals.length > 0 || !s.principals.some(isPrincipalStar)) return false
  for (const c of s.conditions) {
    if (!CALLER_KEYS.has(c.lowerKey) || !EXCLUDING_OPERATOR.test(c.operator.value) || c.values.length === 0) return false
    // ArnNotLike and StringNotLike read wildcards: "o-*" or arn:aws:iam::*:role/deploy spares callers anyone can be.
    const wildcards = /^(?:Arn|StringNotLike)/i.test(c.operator.value)
    for (const v of c.values) if (v.kind !== 'string' || NAMES_EVERYONE.has(v.value) || (wildcards && matchesCallersAnywhere(c.lowerKey, v.value))) return false
  }
  return true
}

/**
 * The work one file may spend on matching its public statements with such
 * Denies, in pairs of pattern positions (what a comparison of two patterns
 * costs at most): a hostile file gets no more, and past it every public
 * statement left is reported.
 */
const COVER_BUDGET = 1 << 22

/** Per file: its Denies that spare only named callers, and the work left. */
const limitingDeniesOf = oncePerObject((ctx: LintContext): { denies: StatementView[]; budget: { left: number } } => ({
  denies: ctx.statements.filter((s) => s.notActions.length === 0 && s.notResources.length === 0 && s.lowerActions.length > 0 && sparesOnlyNamedCallers(s)),
  budget: { left: COVER_BUDGET },
}))

/**
 * Each of the allowed patterns is matched only where one of the denied ones
 * matches. A statement with no Action matches nothing; an omitted Resource is
 * the policy's own resource (trust policies, repository policies), which only
 * an omitted or "*" Resource covers.
 */
function denies(denied: readonly string[], allowed: readonly string[], covers: (general: string, specific: string) => boolean, budget: { left: number }): boolean {
  if (denied.includes('*')) return true
  if (allowed.length === 0) return denied.length === 0
  for (const one of allowed) {
    let covered = false
    for (const general of denied) {
      budget.left -= (general.length + 1) * (one.length + 1)
      if (budget.left < 0) return false
      if (covers(general, one)) {
        covered = true
        break
      }
    }
    if (!covered) return false
  }
  return true
}

/**
 * A Deny of the same policy that takes back `allow` from every caller but
 * named ones (see sparesOnlyNamedCallers): it denies each of the Allow's
 * actions on each of its resources. Undefined when there is none, or when
 * the Allow has NotAction or NotResource and the Deny is not on every action
 * or resource.
 */
export function denyLimitingCallers(ctx: LintContext, allow: StatementView): StatementView | undefined {
  const { denies: candidates, budget } = limitingDeniesOf(ctx)
  if (candidates.length === 0) return undefined
  const actions = allow.notActions.length > 0 ? ['*'] : allow.lowerActions
  const resources = allow.notResources.length > 0 ? ['*'] : allow.resources.map((r) => r.value)
  for (let i = 0; i < candidates.length; i++) {
    const deny = candidates[i]
    const denied = deny.resources.map((r) => r.value)
    if (denies(deny.lowerActions, actions, patternCovers, budget) && denies(denied, resources, arnPatternCovers, budget)) return deny
  }
  return undefined
}

/**
 * Caller keys that some caller anyone can be does not send, and what that
 * caller is: an operator true when the key is absent (...IfExists,
 * ForAllValues:) lets that caller in.
 */
const ABSENT_FROM: ReadonlyMap<string, string> = new Map([
  ['aws:sourcevpce', 'a request that does not come through a VPC endpoint'],
  ['aws:sourcevpc', 'a request that does not come through a VPC endpoint'],
  ['aws:sourcevpcarn', 'a request that does not come through a VPC endpoint'],
  ['aws:vpcsourceip', 'a request that does not come through a VPC endpoint'],
  ['aws:vpceaccount', 'a request that does not come through a VPC endpoint'],
  ['aws:vpceorgid', 'a request that does not come through a VPC endpoint'],
  ['aws:vpceorgpaths', 'a request that does not come through a VPC endpoint'],
  ['aws:ec2instancesourcevpc', 'a request not signed with the role credentials of an EC2 instance'],
  ['aws:ec2instancesourceprivateipv4', 'a request not signed with the role credentials of an EC2 instance'],
  ['aws:sourceaccount', 'a request no AWS service makes for a resource'],
  ['aws:sourcearn', 'a request no AWS service makes for a resource'],
  ['aws:sourceorgid', 'a request no AWS service makes for a resource'],
  ['aws:sourceorgpaths', 'a request no AWS service makes for a resource'],
  ['aws:principalorgid', 'a principal whose account is in no organization'],
  ['aws:principalorgpaths', 'a principal whose account is in no organization'],
  ['aws:username', 'a role session']
])

/**
 * Patterns that every organization's id or path matches (AWS Organizations:
 * an organization id is "o-" and 10 to 32 letters and digits, a path starts
 * with the id and a "/"): `StringLike aws:PrincipalOrgID "o-*"` admits every
 * principal in any organization of any customer, not one organization, and
 * `aws:VpceOrgID "o-*"` a request through any organization's VPC endpoint.
 */
const EVERY_ORGANIZATION: ReadonlyMap<string, string> = new Map([
  ['aws:principalorgid', 'o-*'],
  ['aws:sourceorgid', 'o-*'],
  ['aws:principalorgpaths', 'o-*/*'],
  ['aws:sourceorgpaths', 'o-*/*'],
  ['aws:vpceorgid', 'o-*'],
  ['aws:vpceorgpaths', 'o-*/*']
])

/**
 * A principal ARN pattern with "*" for the account (`arn:aws:iam::*:role/deploy`):
 * anyone can make a user or role of that name in an account of their own.
 * Not the paths AWS keeps for itself (service-linked roles).
 */
function anyAccountPrincipal(value: string): boolean {
  const parts = value.split(':')
  return parts.length >= 6 && parts[4] === '*' && !parts.slice(5).join(':').includes('/aws-service-role/')
}

/**
 * A pattern (read with wildcards) on a caller key that callers anyone can be
 * match: a principal ARN of any account, or an organization id or path every
 * organization matches.
 */
function matchesCallersAnywhere(lowerKey: string, pattern: string): boolean {
  if (lowerKey === 'aws:principalarn') return anyAccountPrincipal(pattern)
  const organizations = EVERY_ORGANIZATION.get(lowerKey)
  return organizations !== undefined && patternCovers(pattern, organizations)
}

/**
 * Why a condition lets every caller through, or undefined when it may limit
 * who: a key about how the request is made, or one on the caller that every
 * caller can meet (negated, so all but the named; true when the key is absent
 * and some caller anyone can be sends none; only asking that the key be
 * there; or values that name everyone: "*", 0.0.0.0/0, an ARN of any account).
 */
function letsEveryCallerThrough(c: ConditionEntry): string | undefined {
  if (notAboutCaller(c.lowerKey)) return c.key.value
  if (!CALLER_KEYS.has(c.lowerKey)) return undefined
  const op = operatorNamed(c.operator.value)
  if (op === undefined || c.values.length === 0) return undefined
  const what = `${c.operator.value} ${c.key.value}`
  const absent = ABSENT_FROM.get(c.lowerKey)
  if (op.family === 'Null') {
    const asks = (flag: boolean) => c.values.every((v) => (v.kind === 'string' && v.value.toLowerCase() === String(flag)) || (v.kind === 'boolean' && v.value === flag))
    if (asks(false)) return `${what} (it asks only that the key be there)`
    return absent !== undefined && asks(true) ? `${what} (true when the key is absent, as it is from ${absent})` : undefined
  }
  if (isNegated(op)) return `${what} (every caller but those named)`
  if (absent !== undefined && (op.ifExists || op.set === 'ForAllValues')) return `${what} (true when the key is absent, as it is from ${absent})`
  const wildcards = op.family === 'Arn' || op.base === 'stringlike'
  const organizations = EVERY_ORGANIZATION.get(c.lowerKey)
  for (const v of c.values) {
    if (v.kind !== 'string') return undefined
    const everyone = (wildcards && v.value === '*') || (op.family === 'IpAddress' && (v.value === '0.0.0.0/0' || v.value === '::/0'))
    if (!everyone && !(wildcards && matchesCallersAnywhere(c.lowerKey, v.value))) return undefined
  }
  return `${what} (values that match callers in any ${organizations === undefined ? 'account' : 'organization'})`
}

/** Keys (lower case) that hold the account that owns the resource acted on. */
const RESOURCE_ACCOUNT_KEYS: ReadonlySet<string> = new Set(['aws:resourceaccount', 's3:resourceaccount'])

// Resources RTC623 has read for their account, ever (one addition per resource): tests bound it by the statement's
// resources rather than time thousands of aws:ResourceAccount conditions beside them (the machine is shared).
let accountResourcesRead = 0

/** How many resources RTC623 has read for their account so far, in all. Only ever grows. */
export function resourcesAccountRead(): number {
  return accountResourcesRead
}

/**
 * The one account every Resource of the statement names (ARNs with a
 * 12-digit account written out), or undefined: a bucket ARN names none, a
 * wildcard any. Asked once per aws:ResourceAccount condition, read once per
 * statement: thousands of such conditions beside thousands of resources
 * would otherwise read every resource each time.
 */
const resourcesAccount = oncePerObject((s: StatementView): string | undefined => {
  if (s.resources.length === 0 || s.notResources.length > 0) return undefined
  let account: string | undefined
  for (const r of s.resources) {
    accountResourcesRead++
    const part = splitArn(r.value)?.[4]
    if (part === undefined || !isAccountId(part) || (account !== undefined && part !== account)) return undefined
    account = part
  }
  return account
})

/**
 * A condition on the account that owns the resource acted on
 * (aws:ResourceAccount, s3:ResourceAccount) that holds for the statement's
 * own resources, every one of an account it names (or, negated, does not):
 * it is true for every request the statement covers, whoever makes it. The
 * caller's account is aws:PrincipalAccount. One false for them makes the
 * statement grant nothing, and is left alone.
 */
function ownResourceAccount(c: ConditionEntry, s: StatementView): string | undefined {
  if (!RESOURCE_ACCOUNT_KEYS.has(c.lowerKey)) return undefined
  const op = operatorNamed(c.operator.value)
  if (op === undefined || op.family !== 'String' || op.set !== undefined || c.values.length === 0) return undefined
  const account = resourcesAccount(s)
  if (account === undefined) return undefined
  let named = false
  for (const v of c.values) {
    if (v.kind !== 'string' || v.value.includes('${')) return undefined
    if (op.base.endsWith('like') && hasWildcard(v.value) ? matchesWildcard(v.value, account) : v.value === account) named = true
  }
  return named !== isNegated(op) ? `${c.operator.value} ${c.key.value} (the account of the resource itself, ${account}, whoever calls)` : undefined
}

/** Why each of the statement's conditions lets every caller through, or undefined when one may limit who. */
function conditionsLimitNoOne(s: StatementView): string[] | undefined {
  // A set: thousands of conditions give thousands of distinct reasons, and a list searched for each would be quadratic.
  const reasons = new Set<string>()
  for (const c of s.conditions) {
    const why = letsEveryCallerThrough(c) ?? ownResourceAccount(c, s)
    if (why === undefined) return undefined
    reasons.add(why)
  }
  return [...reasons]
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
    const reasons = star ? conditionsLimitNoOne(s) : undefined
    if (!star || !reasons || denyLimitingCallers(ctx, s)) continue
    const keys = reasons.join(', ')
    const onCaller = s.conditions.some((c) => !notAboutCaller(c.lowerKey))
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
      message: `Principal "*" in ${statementLabel(s)} (${services(s)}) is limited only by ${keys}, ${onCaller ? 'which every caller can meet' : 'which say how a request is made, what it acts on or hold values the caller chooses, not who makes it'}: anyone ${ctx.kind === 'trust' ? 'can assume the role' : 'is allowed'}.`,
      hint: 'Add a condition on the caller (aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceAccount or aws:SourceArn), or name the principals.'
    })
  }
}

export const publicAccessRules: Rule[] = [publicAccess]

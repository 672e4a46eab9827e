// RTC6xx: grants that are valid but dangerous, or that do not do what their
// author meant. Each broad grant is reported once: RTC617 (write actions on
// "*") leaves out what RTC603-RTC607 already report for the statement.
// Privilege escalation (RTC606, RTC624) is in ./privilege-escalation.ts.
// Placeholders (RTC616) are in ./placeholders.ts; wildcard accounts in
// resource ARNs (RTC615) in ./arns.ts.
import { actionsMatching, isEveryAction } from '../actions.js'
import { findAction, type ActionInfo } from '../../iam/catalog/index.js'
import { hasWildcard, matchesWildcard, splitArn } from '../../iam/wildcard.js'
import { conditionKeyNamed, isPrincipalStar, statementLabel } from '../context.js'
import type { ConditionEntry, FindingDraft, LintContext, PrincipalEntry, Rule, StatementView } from '../context.js'
import { hasPlaceholder } from './placeholders.js'
import { isNegated, operatorNamed, readsStringWildcards, trueWhenAbsent } from './conditions.js'
import { kindRules } from '../kinds/index.js'
import { denyLimitingCallers } from './public-access.js'
import { IAM_ESCALATION_ACTIONS } from './privilege-escalation-paths.js'
import { limitedByResourceTag, taggingOf } from './privilege-escalation.js'
import { listText } from '../../list-text.js'
import { isAccountId, wholeAccountOf } from '../../iam/arn.js'
import { elbLogDeliveryRegion, isDocumentedLogDeliveryService, onlyLogDeliveryActions } from '../../iam/log-delivery.js'
import { actsOnlyForResourceOwner } from '../../iam/owner-requested-services.js'
import { filterList } from '../lists.js'
import { dropIfTakenBack } from '../taken-back.js'
import { isServicePrincipalName } from './names.js'

/**
 * The keys that name the source a service acts for. aws:SourceOwner is the
 * older of the two account keys: the Amazon SNS Developer Guide ("aws:SourceAccount
 * versus aws:SourceOwner") has the services that publish to a topic set one or
 * the other, and SNS's default topic policy tests AWS:SourceOwner.
 */
const SOURCE_KEYS = ['aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOrgID', 'aws:SourceOrgPaths', 'aws:SourceOwner']

/** kms:EncryptionContext:aws:SERVICE:arn, the context key AWS services that encrypt for you fill with their resource's ARN. */
const SERVICE_ARN_CONTEXT = /^kms:encryptioncontext:aws:[a-z0-9-]+:arn$/

/**
 * A key policy statement for a service principal that requires the
 * encryption context's resource ARN (CloudWatch Logs' log group, CloudTrail's
 * trail) to be in a written-out account: it pins whose resource the service
 * acts for, as aws:SourceArn would (the CloudWatch Logs and CloudTrail key
 * policies AWS documents).
 */
function pinsSourceInEncryptionContext(s: StatementView): boolean {
  return requiresWrittenOutAccounts(s, (lowerKey) => (SERVICE_ARN_CONTEXT.test(lowerKey) ? accountInArn : undefined))
}

/** The account field of an ARN value, or undefined for a value that is not an ARN. */
function accountInArn(value: string): string | undefined {
  return value.startsWith('arn:') ? splitArn(value)?.[4] : undefined
}

/**
 * Does one of the statement's conditions let in only named accounts: a key
 * `accountReaderFor` knows, a String or Arn operator that is false when the
 * key is absent (not negated, not IfExists), and every value naming a
 * 12-digit account (no wildcard, no variable) as that key's reader reads it?
 */
function requiresWrittenOutAccounts(s: StatementView, accountReaderFor: (lowerKey: string) => ((value: string) => string | undefined) | undefined): boolean {
  return s.conditions.some((c) => {
    const accountIn = accountReaderFor(c.lowerKey)
    if (accountIn === undefined || c.values.length === 0) return false
    const op = operatorNamed(c.operator.value)
    if (op === undefined || trueWhenAbsent(op) || (op.family !== 'String' && op.family !== 'Arn')) return false
    return c.values.every((v) => v.kind === 'string' && isAccountId(accountIn(v.value) ?? ''))
  })
}

function isAccountRoot(p: PrincipalEntry): boolean {
  return p.type === 'AWS' && wholeAccountOf(p.value.value) !== undefined
}

/**
 * An sts: action pattern, lower-cased (as the view holds them), that grants
 * sts:AssumeRole: what actionMatches(pattern, 'sts:AssumeRole') says, without
 * lower-casing both again.
 */
function grantsAssumeRole(lower: string): boolean {
  return lower.startsWith('sts:') && matchesWildcard(lower, 'sts:assumerole')
}

function allows(s: StatementView): boolean {
  return s.effect === 'Allow'
}

function principalStar(ctx: LintContext, s: StatementView, out: FindingDraft[]): void {
  if (!kindRules(ctx.kind).principalStarIsPublic || !allows(s) || s.conditioned) return
  const star = s.principals.find(isPrincipalStar)
  // A Deny in the policy that spares only named callers or networks limits who this lets in.
  if (!star || denyLimitingCallers(ctx, s)) return
  const shown = star.type === '*' ? '"*"' : '{"AWS": "*"}'
  out.push({
    code: 'RTC601',
    span: star.value.span,
    message:
      ctx.kind === 'trust'
        ? `Trust policy Principal ${shown} with no condition: any AWS principal in any account can assume the role.`
        : `Principal ${shown} with no condition in ${statementLabel(s)}: any AWS principal in any account is allowed${ctx.isKeyPolicy ? ' to use the key' : ''}.`,
    hint: `Name the principals, or add a condition such as aws:PrincipalOrgID, aws:PrincipalArn or aws:SourceAccount.${ctx.kind === 'resource' ? ' (A VPC endpoint policy allows "*" by default: declare such files as endpoint in policy-files.)' : ''}`
  })
}

function notPrincipalAllow(s: StatementView, out: FindingDraft[]): void {
  const np = s.elements.NotPrincipal
  if (!np || !allows(s)) return
  out.push({
    code: 'RTC602',
    span: np.key.span,
    message: `Allow with NotPrincipal in ${statementLabel(s)} allows everyone not listed, including anonymous principals.`,
    hint: 'Use Principal with the principals that should be allowed.'
  })
}

function starActionMessage(ctx: LintContext, s: StatementView, action: string): string {
  const when = s.conditioned ? ' (when its Condition holds)' : ''
  // A resource policy grants only on the resource it is attached to (IAM User Guide, "Identity-based policies and
  // resource-based policies"): "*" there is every action on that resource, not full administrator.
  if (ctx.kind === 'resource') return `Action "${action}" in ${statementLabel(s)} grants its principals every action on the resource the policy is attached to, and every action AWS adds later${when}.`
  if (s.everyResource !== undefined) return `Action "${action}" on every resource in ${statementLabel(s)} grants full administrator: every action of every service, IAM and billing included, and every action AWS adds later${when}.`
  return `Action "${action}" in ${statementLabel(s)} grants every action of every service on its resources, and every action AWS adds later${when}.`
}

/** The keys that hold the access point a request to S3 (or, for a directory bucket, S3 Express) comes through. */
const ACCESS_POINT_ACCOUNT_KEYS: ReadonlySet<string> = new Set(['s3:dataaccesspointaccount', 's3express:dataaccesspointaccount'])
const ACCESS_POINT_ARN_KEYS: ReadonlySet<string> = new Set(['s3:dataaccesspointarn', 's3express:dataaccesspointarn'])

const valueAsAccount = (value: string): string => value

/**
 * Does a resource policy's statement let in only requests made through the
 * access points of named accounts (requiresWrittenOutAccounts on the access
 * point's account or ARN)? Then it delegates access control to those access
 * points: a request gets only what an access point's own policy allows as
 * well ("both the access point and the underlying bucket must permit the
 * request"). The S3 User Guide's "Delegating access control to access points"
 * allows "*" so, and recommends it "for all use cases that don't require
 * direct access to the bucket".
 */
function delegatesToAccessPoints(s: StatementView): boolean {
  return requiresWrittenOutAccounts(s, (lowerKey) =>
    ACCESS_POINT_ACCOUNT_KEYS.has(lowerKey) ? valueAsAccount : ACCESS_POINT_ARN_KEYS.has(lowerKey) ? accountInArn : undefined
  )
}

function broadActions(ctx: LintContext, s: StatementView, out: FindingDraft[]): void {
  if (!allows(s) || !kindRules(ctx.kind).allowGrants) return
  // Every action through access points is what their policies allow: the bucket policy delegates, it grants nothing more.
  const delegated = ctx.kind === 'resource' && delegatesToAccessPoints(s)
  for (let i = 0; i < s.actions.length; i++) {
    const a = s.actions[i]
    if (isEveryAction(a.value)) {
      if (delegated) continue
      out.push({
        code: 'RTC603',
        span: a.span,
        message: starActionMessage(ctx, s, a.value),
        hint: `List the actions the workload needs.${ctx.kind === 'identity' || ctx.kind === 'resource' ? ' (An SCP or VPC endpoint policy that lets everything through is not a grant: declare such files as scp or endpoint in policy-files.)' : ''}`
      })
    } else if (s.lowerActions[i] === 'sts:*') {
      out.push({
        code: 'RTC604',
        span: a.span,
        message: `Action "sts:*" allows every STS action, including every way of assuming roles and tagging sessions.`,
        hint: ctx.kind === 'trust' ? 'Name the action the trusted principal uses, usually sts:AssumeRole.' : 'Name the STS actions needed, usually sts:AssumeRole.'
      })
    }
  }
}

/** ARN formats of a resource type, as the catalogue gives them for an action that tags it (iam:TagRole on `role`), by "action type". */
const taggedTypeFormats = new Map<string, readonly string[]>()

function formatsTaggedBy(tagAction: string, type: string): readonly string[] {
  const key = `${tagAction} ${type}`
  let formats = taggedTypeFormats.get(key)
  if (formats === undefined) {
    formats = (findAction(tagAction)?.resourceTypes ?? []).filter((t) => t.name === type).flatMap((t) => t.arnFormats)
    taggedTypeFormats.set(key, formats) // bounded: the two pairs below
  }
  return formats
}

/**
 * Is the statement limited to resources that carry a given tag
 * (limitedByResourceTag), with no way in this policy to put a tag on other
 * resources of the type (taggingOf: the tagging action, a wildcard over it,
 * "*", NotAction)? Then it reaches the tagged ones, not every one. The
 * catalogue is read only for a statement with such a condition.
 */
function limitedToTagged(ctx: LintContext, s: StatementView, tagAction: string, type: string): boolean {
  return limitedByResourceTag(s) && taggingOf(ctx, formatsTaggedBy(tagAction, type), s) === undefined
}

const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/

/**
 * Where a statement's condition pins the roles it reaches, in words ("account
 * 111122223333", "organization o-...", "its own account"), or undefined: the
 * aws:ResourceAccount and aws:ResourceOrgID conditions RTC615 offers, under an
 * operator false when the key is absent and not negated (StringEquals,
 * StringEqualsIgnoreCase, StringLike), every value an id written out (no
 * wildcard) or, for the account, ${aws:PrincipalAccount}. Read only for a
 * statement RTC605 reports.
 */
function rolesPinnedTo(s: StatementView): string | undefined {
  for (let i = 0, conditions = s.conditions; i < conditions.length; i++) {
    const c = conditions[i]
    const account = c.lowerKey === 'aws:resourceaccount'
    if ((!account && c.lowerKey !== 'aws:resourceorgid') || c.values.length === 0) continue
    const op = operatorNamed(c.operator.value)
    if (!op || op.family !== 'String' || trueWhenAbsent(op) || op.set !== undefined) continue
    const values = c.values.map((v) => (v.kind === 'string' ? v.value : ''))
    if (account && values.length === 1 && values[0].toLowerCase() === '${aws:principalaccount}') return 'its own account'
    if (!values.every((v) => (account ? isAccountId(v) : ORGANIZATION_ID.test(v)))) continue
    return `${account ? 'account' : 'organization'}${values.length > 1 ? 's' : ''} ${listText(values)}`
  }
  return undefined
}

function assumeRoleAnywhere(ctx: LintContext, s: StatementView, out: FindingDraft[]): void {
  if (ctx.kind !== 'identity' || !allows(s)) return
  const star = s.everyResource
  // Limited to roles that carry a tag (iam:ResourceTag or aws:ResourceTag), with no way in this policy to tag others: those roles, not any.
  if (!star || limitedToTagged(ctx, s, 'iam:TagRole', 'role')) return
  const action = s.actions.find((a, i) => !isEveryAction(a.value) && grantsAssumeRole(s.lowerActions[i]))
  if (!action) return
  const where = rolesPinnedTo(s)
  out.push({
    code: 'RTC605',
    span: star.span,
    message: `${action.value} on Resource "*" lets the principal assume any role${where ? ` in ${where}` : ', in any account,'} whose trust policy lets it in.`,
    hint: 'Name the role ARNs, e.g. "arn:aws:iam::111122223333:role/NAME".'
  })
}

/** Keys that limit which KMS keys a statement reaches: those the request comes through, or the key's aliases (lower case). */
const KMS_KEY_LIMITS: ReadonlySet<string> = new Set(['kms:viaservice', 'kms:resourcealiases'])

/**
 * Is the statement limited to the keys used through named services or named
 * by their aliases (kms:ViaService, kms:ResourceAliases), the limits RTC607's
 * hint offers? Only under an operator false when the key is absent, with
 * values that name something ("*" alone names every service).
 */
function limitsKmsKeys(s: StatementView): boolean {
  for (const c of s.conditions) {
    if (!KMS_KEY_LIMITS.has(c.lowerKey)) continue
    const op = operatorNamed(c.operator.value)
    if (!op || trueWhenAbsent(op)) continue
    if (c.values.length > 0 && c.values.every((v) => v.kind === 'string' && v.value !== '' && v.value !== '*')) return true
  }
  return false
}

function kmsEverywhere(ctx: LintContext, s: StatementView, out: FindingDraft[]): void {
  if (ctx.kind !== 'identity' || !allows(s)) return
  const star = s.everyResource
  // Keys that carry a given tag: the attribute-based control the KMS Developer Guide documents ("ABAC for AWS KMS").
  if (!star || limitsKmsKeys(s) || limitedToTagged(ctx, s, 'kms:TagResource', 'key')) return
  for (let i = 0; i < s.actions.length; i++) {
    if (!s.lowerActions[i].startsWith('kms:')) continue
    const a = s.actions[i]
    // List and create actions only work on "*"; those acting on keys matter.
    const onKeys = actionsMatching(a.value).some((info) => info.resourceTypes.length > 0)
    if (!onKeys) continue
    out.push({
      code: 'RTC607',
      span: a.span,
      message: `${a.value} on Resource "*" in an identity policy reaches every KMS key whose key policy trusts the account.`,
      hint: 'Name the key ARNs (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID), or add a kms:ResourceAliases / kms:ViaService condition.'
    })
    return
  }
}

/** Access levels whose actions change something: those parliament's RESOURCE_STAR reports. */
const CHANGING_LEVELS: ReadonlySet<string> = new Set(['Write', 'Tagging', 'Permissions management'])

const LEVEL_WORDS: Record<string, string> = { Write: 'write', Tagging: 'tagging', 'Permissions management': 'permissions-management' }

const ESCALATION = new Set(IAM_ESCALATION_ACTIONS.map((a) => a.toLowerCase()))

/**
 * The actions a pattern grants that RTC617 reports on "*": Write, Tagging or
 * Permissions management, acting on resource types (so a Resource could name
 * them), and not already reported: IAM privilege escalation (RTC606 reports
 * every one a pattern grants) and, for a `kms:` pattern, the KMS actions
 * (RTC607). Patterns that grant sts:AssumeRole (RTC605) are left out by the
 * caller. Remembered by what the pattern expands to (the catalogue hands
 * every spelling of one pattern the same list), not by its spelling: a policy
 * can spell `*:?*` thousands of ways, each of which would filter the same
 * twenty thousand actions again.
 */
const scopableMemo = new WeakMap<readonly ActionInfo[], { kms?: readonly ActionInfo[]; other?: readonly ActionInfo[] }>()
function scopableChangingActions(granted: readonly ActionInfo[], lower: string): readonly ActionInfo[] {
  let memo = scopableMemo.get(granted)
  if (memo === undefined) scopableMemo.set(granted, (memo = {}))
  const kmsReported = lower.startsWith('kms:')
  const slot = kmsReported ? 'kms' : 'other'
  let found = memo[slot]
  if (found === undefined) {
    found = filterList(
      granted,
      (info) =>
        info.resourceTypes.length > 0 &&
        CHANGING_LEVELS.has(info.accessLevel) &&
        !(kmsReported && info.service === 'kms') &&
        !ESCALATION.has(info.fullName.toLowerCase())
    )
    memo[slot] = found
  }
  return found
}

/**
 * Condition keys that limit which resources a statement reaches: tags on the
 * resource, its account or organisation, or (for users and roles) the
 * permissions boundary they carry.
 */
function scopesResources(s: StatementView): boolean {
  return s.conditions.some((c) => {
    const key = c.lowerKey
    return key.includes(':resourcetag/') || key === 'aws:resourceaccount' || key === 'aws:resourceorgid' || key === 'aws:resourceorgpaths' || key === 'iam:permissionsboundary'
  })
}

function changingActionsEverywhere(ctx: LintContext, s: StatementView, out: FindingDraft[]): void {
  if (ctx.kind !== 'identity' || !allows(s)) return
  const star = s.everyResource
  if (!star || scopesResources(s)) return
  // Made at the first action to report: most statements on "*" have none.
  let found: { shown: string[]; names: Set<string>; levels: Set<string> } | undefined
  // A list met again (another spelling of a pattern) has nothing fresh: skipped without walking it.
  const met = new Set<readonly ActionInfo[]>()
  for (let i = 0; i < s.actions.length; i++) {
    const a = s.actions[i]
    const lower = s.lowerActions[i]
    // "*" (RTC603), "sts:*" (RTC604) and patterns that grant sts:AssumeRole (RTC605) are reported as a whole.
    if (isEveryAction(a.value) || lower === 'sts:*' || grantsAssumeRole(lower)) continue
    const granted = ctx.expansions.of(a)
    // Undefined: a service-wildcard pattern past the run's budget (RTC006 says so).
    if (granted === undefined) continue
    const scopable = scopableChangingActions(granted, lower)
    if (met.has(scopable)) continue
    met.add(scopable)
    const names = found?.names
    const fresh = names === undefined ? scopable : filterList(scopable, (info) => !names.has(info.fullName))
    if (fresh.length === 0) continue
    found ??= { shown: [], names: new Set(), levels: new Set() }
    for (const info of fresh) {
      found.names.add(info.fullName)
      found.levels.add(info.accessLevel)
    }
    const wildcard = a.value.includes('*') || a.value.includes('?')
    found.shown.push(wildcard ? `${a.value} (${fresh.length} action${fresh.length === 1 ? '' : 's'})` : a.value)
  }
  if (found === undefined) return
  const { shown, names, levels } = found
  const list = listText(shown, 5)
  const what = levels.size === 1 ? LEVEL_WORDS[[...levels][0]] : 'write, tagging or permissions-management'
  const one = names.size === 1
  out.push({
    code: 'RTC617',
    span: star.span,
    message: `${list} on Resource "*" in ${statementLabel(s)}: ${one ? `a ${what} action that can be limited to specific resources is` : `${what} actions that can be limited to specific resources are`} allowed on all of them.`,
    hint: 'Name the resources the workload changes (their ARNs in Resource), or limit the statement with an aws:ResourceTag condition.'
  })
}

/**
 * Web identity providers whose tokens name the app they were issued to, which
 * no one can choose: a condition on that key limits the role to the app's
 * users, the pattern the IAM User Guide shows for mobile apps ("Creating a
 * role for web identity or OpenID Connect federation"). Google is not among
 * them: any Google Cloud service account can have an ID token made with an
 * audience of its choosing, so `accounts.google.com:aud` alone limits nothing.
 */
const APP_SCOPED_PROVIDERS = new Map([
  ['www.amazon.com', 'app_id'],
  ['graph.facebook.com', 'app_id']
])

function trustChecks(ctx: LintContext, s: StatementView, out: FindingDraft[]): void {
  if (ctx.kind !== 'trust' || !allows(s)) return
  // Cross-account delegation to a whole account with no external id.
  const assumes = s.lowerActions.some(grantsAssumeRole)
  if (assumes && conditionKeyNamed(s, 'sts:ExternalId').length === 0) {
    const root = s.principals.find((p) => isAccountRoot(p))
    if (root) {
      out.push({
        code: 'RTC608',
        span: root.value.span,
        message: `Account ${root.value.value} is trusted to assume the role with no sts:ExternalId condition.`,
        hint: 'If a third party assumes this role for you, require the external id it gave you: "Condition": {"StringEquals": {"sts:ExternalId": "..."}}.'
      })
    }
  }
  // OIDC trust: every provider needs a subject condition.
  for (let i = 0, principals = s.principals; i < principals.length; i++) {
    const p = principals[i]
    if (p.type !== 'Federated') continue
    const host = oidcHost(p.value.value)
    if (!host) continue
    if (COGNITO_IDENTITY.test(host)) {
      // An identity pool's token names the pool in aud, not a subject the role can be limited to.
      if (s.conditions.some((c) => COGNITO_AUD.test(c.lowerKey) && namesValues(c))) continue
      out.push({
        code: 'RTC609',
        span: p.value.span,
        message: `Cognito identity pool trust for ${host} without a condition on cognito-identity.amazonaws.com:aud (the identity pool id): identities of identity pools other than yours can assume the role.`,
        hint: 'Add "StringEquals": {"cognito-identity.amazonaws.com:aud": "REGION:IDENTITY-POOL-ID"}, with "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"} as the Cognito guide shows.'
      })
      continue
    }
    const subKey = `${host}:sub`
    const subs = conditionKeyNamed(s, subKey)
    const github = isGitHub(host)
    // GitHub's "*" and "repo:*" are RTC610's, which names them; for any other provider a pattern of '*' alone limits nothing.
    const limitsSubject = (c: ConditionEntry) => namesValues(c) && (github || !matchesEverything(c))
    const appKey = APP_SCOPED_PROVIDERS.get(host)
    if (!subs.some(limitsSubject) && appKey !== undefined && conditionKeyNamed(s, `${host}:${appKey}`).some(namesValues)) continue
    if (!subs.some(limitsSubject)) {
      // Only negated (or Null) conditions on the subject: every subject but those named passes them.
      const without =
        subs.length === 0
          ? `without a ${subKey} condition`
          : subs.some(namesValues)
            ? `with "*" among its ${subKey} patterns (${subs.filter(namesValues).map((c) => c.operator.value).join(', ')}), which matches every subject`
            : `with no ${subKey} condition naming the subjects let in (${subs.map((c) => c.operator.value).join(', ')} only leaves out the ones it names)`
      out.push({
        code: 'RTC609',
        span: p.value.span,
        message: github
          ? `GitHub OIDC trust ${without}: any GitHub repository's workflow can assume the role.`
          : `OIDC trust for ${host} ${without}: any identity that provider issues a token for (with the right audience) can assume the role.`,
        hint: github
          ? `Add "StringLike": {"${subKey}": "repo:ORG/REPO:ref:refs/heads/main"} (or :environment:NAME).`
          : `Add a StringEquals/StringLike condition on ${subKey}.`
      })
      continue
    }
    if (!isGitHub(host)) continue
    for (let j = 0; j < subs.length; j++) {
      const c = subs[j]
      const op = operatorNamed(c.operator.value)
      // '*' is a wildcard only under the Like operators: under StringEquals
      // "repo:*" matches no repository, and RTC404 says it is compared
      // literally. Under StringNotLike it excludes every repository instead.
      const matchesAll = op !== undefined && readsStringWildcards(op) && !isNegated(op)
      for (let k = 0, values = c.values; k < values.length; k++) {
        const v = values[k]
        if (v.kind !== 'string') continue
        const sub = v.value
        if (sub === '*' || /^repo:\*$/i.test(sub)) {
          if (!matchesAll) continue
          out.push({ code: 'RTC610', span: v.span, message: `GitHub OIDC sub pattern "${sub}" matches every repository on GitHub.`, hint: 'Name the repository: "repo:ORG/REPO:ref:refs/heads/main" or "repo:ORG/REPO:*".' })
        } else if (matchesAll && host === PUBLIC_GITHUB_ISSUER && wildcardOwner(sub)) {
          out.push({
            code: 'RTC610',
            span: v.span,
            message: `GitHub OIDC sub pattern "${sub}" has a '*' where the repository owner is named, so it matches repositories of owners anyone can create: a GitHub account or organisation whose name and repository fit the pattern.`,
            hint: 'Write the owner in full: "repo:ORG/REPO:ref:refs/heads/main", "repo:ORG/REPO:*" or "repo:ORG/*".'
          })
        } else if (/^repo:/i.test(sub) && !sub.slice(5).includes(':') && !sub.endsWith('*')) {
          out.push({
            code: 'RTC610',
            span: v.span,
            message: `GitHub OIDC sub pattern "${sub}" has no ":..." after the repository, so it never matches GitHub's sub claim (repo:ORG/REPO:ref:..., :environment:..., :pull_request).`,
            hint: `Write "${sub}:ref:refs/heads/main", "${sub}:environment:NAME" or "${sub}:*" with StringLike.`
          })
        } else {
          const ref = shortRef(sub, op !== undefined && readsStringWildcards(op))
          if (ref !== undefined) {
            out.push({
              code: 'RTC610',
              span: v.span,
              message: `GitHub OIDC sub pattern "${sub}" names the ref "${ref}", but GitHub writes the ref in the sub claim in full (ref:refs/heads/BRANCH, ref:refs/tags/TAG), so it never matches.`,
              hint: `Write "ref:refs/heads/${ref}" for a branch, or "ref:refs/tags/${ref}" for a tag.`
            })
          }
        }
      }
    }
  }
}

/**
 * A condition that lets in only the values it names: not a negated operator
 * (every value but those), nor Null (only whether the claim is there). An
 * operator this linter does not know is taken to name values.
 */
function namesValues(c: ConditionEntry): boolean {
  const op = operatorNamed(c.operator.value)
  return op === undefined || (op.family !== 'Null' && !isNegated(op))
}

/** A Like condition (not negated) with a value made of '*' alone: the values are alternatives, so it matches any value the key holds. */
function matchesEverything(c: ConditionEntry): boolean {
  const op = operatorNamed(c.operator.value)
  if (op === undefined || !readsStringWildcards(op) || isNegated(op)) return false
  return c.values.some((v) => v.kind === 'string' && v.value.length > 0 && /^\*+$/.test(v.value))
}

/**
 * Cognito identity pools as a Federated principal: cognito-identity.amazonaws.com,
 * or a regional form such as cognito-identity.cn-north-1.amazonaws.com.cn, whose
 * condition keys the Cognito guide writes on cognito-identity.amazonaws.com.cn.
 */
const COGNITO_IDENTITY = /^cognito-identity(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/i
const COGNITO_AUD = /^cognito-identity(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?:aud$/

/**
 * The ref a GitHub sub pattern names right after the repository
 * (`repo:ORG/REPO:ref:REF`) when no git ref fits it, or undefined: GitHub
 * writes the ref claim in full (refs/heads/BRANCH, refs/tags/TAG,
 * refs/pull/N/merge) and a ref holds no ':', so `ref:main` or `ref:v1.2`
 * never matches. A pattern with a wildcard before the ref, or one in it that
 * could still stand for "refs/", is left alone.
 */
function shortRef(sub: string, wildcards: boolean): string | undefined {
  if (!/^repo:/i.test(sub)) return undefined
  const repoEnd = sub.indexOf(':', 5)
  if (repoEnd === -1 || !sub.startsWith(':ref:', repoEnd)) return undefined
  if (wildcards && hasWildcard(sub.slice(0, repoEnd))) return undefined
  const start = repoEnd + 5
  const end = sub.indexOf(':', start)
  const ref = sub.slice(start, end === -1 ? sub.length : end)
  let fixed = ref
  if (wildcards) {
    const star = ref.search(/[*?]/)
    if (star !== -1) fixed = ref.slice(0, star)
    if (star !== -1 && 'refs/'.startsWith(fixed)) return undefined
  }
  return fixed.startsWith('refs/') || ref === '' ? undefined : ref
}

/** The issuer of github.com's Actions tokens, where anyone may sign up (a GHE.com tenant's owners are its enterprise's). */
const PUBLIC_GITHUB_ISSUER = 'token.actions.githubusercontent.com'

/**
 * A sub pattern whose first '*' stands in the owner part of GitHub's claim
 * (`repo:OWNER/REPO:...`): before the '/' that ends the owner (`repo:*` + `/app:*`,
 * `repo:acme*`), or before "repo:" itself is written out (`*:ref:refs/heads/main`).
 * Owner names are first come, first served, so some account anyone can
 * register fits it, and the '*' takes the rest of the claim up to what the
 * pattern names after it (a repository, branch or environment of that owner's).
 */
function wildcardOwner(sub: string): boolean {
  const star = sub.indexOf('*')
  if (star === -1) return false
  const opening = sub.slice(0, star).toLowerCase()
  return 'repo:'.startsWith(opening) || (opening.startsWith('repo:') && !opening.includes('/'))
}

/** The issuer host/path of an OIDC Federated principal, or undefined for SAML and others. */
function oidcHost(value: string): string | undefined {
  const marker = ':oidc-provider/'
  const at = value.indexOf(marker)
  if (at !== -1) return value.slice(at + marker.length)
  if (value.startsWith('arn:') || hasPlaceholder(value)) return undefined
  // Built-in web identity providers are named by host.
  return /^[a-z0-9.-]+\.[a-z]+(\/\S*)?$/i.test(value) ? value : undefined
}

function isGitHub(host: string): boolean {
  return host === 'token.actions.githubusercontent.com' || /^token\.actions\.[a-z0-9-]+\.ghe\.com$/.test(host)
}

/**
 * Does the statement allow only KMS actions of the Read or List access level
 * (kms:DescribeKey, kms:GetKeyRotationStatus, kms:ListResourceTags...), wildcards
 * counted by what they match? They return the key's metadata and neither use
 * the key nor change it, so a service tricked into calling them for another
 * customer encrypts, decrypts and alters nothing. The CloudTrail guide has
 * every key policy for trails grant cloudtrail.amazonaws.com kms:DescribeKey
 * with no condition ("Enable CloudTrail to describe KMS key properties").
 */
function onlyReadsKeyMetadata(s: StatementView): boolean {
  if (s.notActions.length > 0 || s.actions.length === 0) return false
  for (let k = 0, lowerActions = s.lowerActions; k < lowerActions.length; k++) {
    const lower = lowerActions[k]
    if (!lower.startsWith('kms:')) return false
    const matched = actionsMatching(lower)
    if (matched.length === 0) return false
    for (let m = 0; m < matched.length; m++) if (matched[m].accessLevel !== 'Read' && matched[m].accessLevel !== 'List') return false
  }
  return true
}

function servicePrincipalNoSource(ctx: LintContext, s: StatementView, out: FindingDraft[]): void {
  if (ctx.kind !== 'resource' || !allows(s)) return
  // AWS documents Elastic Load Balancing's log-delivery principal writing
  // log objects with no source condition, and names none it would set
  // (iam/log-delivery.ts): asking for one would stop the logs.
  const documented = onlyLogDeliveryActions(s.lowerActions)
  // A value that names no service (a misspelt domain, a wildcard) has its own finding (RTC205, RTC206). A
  // service that acts only when the resource's owner asks (AWS RAM) cannot be another customer's deputy.
  const services = s.principals.filter(
    (p) => p.type === 'Service' && isServicePrincipalName(p.value.value) && !actsOnlyForResourceOwner(p.value.value) && !(documented && isDocumentedLogDeliveryService(p.value.value))
  )
  if (services.length === 0) return
  const service = services[0]
  if (SOURCE_KEYS.some((k) => conditionKeyNamed(s, k).length > 0) || pinsSourceInEncryptionContext(s) || onlyReadsKeyMetadata(s)) return
  const names = services.map((p) => p.value.value)
  out.push({
    code: 'RTC611',
    span: service.value.span,
    message: `Service principal${names.length > 1 ? 's' : ''} ${names.join(', ')} allowed in ${statementLabel(s)} with no aws:SourceAccount or aws:SourceArn condition (confused-deputy risk).`,
    hint: 'Add "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}} (or ArnLike aws:SourceArn).'
  })
}

/**
 * Elastic Load Balancing's own account for the Region, granted only the
 * log writes AWS documents for it: the account is AWS's, with no users or
 * roles of the bucket owner's to name instead.
 */
function isElbLogDelivery(p: PrincipalEntry, s: StatementView): boolean {
  const whole = wholeAccountOf(p.value.value)
  return whole !== undefined && elbLogDeliveryRegion(whole.account) !== undefined && onlyLogDeliveryActions(s.lowerActions)
}

function accountRoot(ctx: LintContext, s: StatementView, out: FindingDraft[]): void {
  if (ctx.kind === 'identity' || !allows(s)) return
  for (let i = 0, principals = s.principals; i < principals.length; i++) {
    const p = principals[i]
    if (!isAccountRoot(p) || isElbLogDelivery(p, s)) continue
    out.push({
      code: 'RTC612',
      span: p.value.span,
      message: `${p.value.value} delegates to the whole account: any user or role there that its administrators allow can use this.`,
      hint: 'Name specific roles or users if only they need access.'
    })
  }
}

function principalTypeAccount(s: StatementView, out: FindingDraft[]): void {
  if (!allows(s) || !s.principals.some((p) => isAccountRoot(p) || (p.type === 'AWS' && /:root$/.test(p.value.value)))) return
  for (const c of conditionKeyNamed(s, 'aws:PrincipalType')) {
    if (!/^string(equals|like)/i.test(c.operator.value)) continue
    for (const v of c.values) {
      if (v.kind === 'string' && v.value === 'Account') {
        out.push({
          code: 'RTC613',
          span: v.span,
          message: `${statementLabel(s, true)} trusts an account root but requires aws:PrincipalType "Account": only the root user matches, the account's users and roles do not.`,
          hint: 'Remove the aws:PrincipalType condition to delegate to the account, or name the roles that need access.'
        })
      }
    }
  }
}

// NotPrincipal values RTC614 has read, ever: each value once per statement (its sessions keyed, its roles looked
// up). Tests bound it by the values written rather than time a list of thousands (the machine is shared).
let notPrincipalReads = 0

/** How many NotPrincipal values RTC614 has read so far, in all. Only ever grows. */
export function notPrincipalValuesRead(): number {
  return notPrincipalReads
}

const ROLE_ARN = /^arn:([^:]+):iam::([^:]+):role\/(?:.*\/)?([^/]+)$/
const SESSION_ARN = /^arn:([^:]+):sts::([^:]+):assumed-role\/([^/]+)\//

/**
 * RTC614: a Deny with NotPrincipal that names a role but none of its sessions.
 * The sessions listed are keyed by partition, account and role name first, so
 * each value is read once (a list of thousands of roles compared each with
 * every value took a minute). In a trust policy NotPrincipal is refused
 * outright (RTC127), which says all there is to say.
 */
function denyNotPrincipalRoles(ctx: LintContext, s: StatementView, out: FindingDraft[]): void {
  if (s.effect !== 'Deny' || s.notPrincipals.length === 0 || ctx.kind === 'trust') return
  const sessions = new Set<string>()
  for (let i = 0, notPrincipals = s.notPrincipals; i < notPrincipals.length; i++) {
    notPrincipalReads++
    const m = SESSION_ARN.exec(notPrincipals[i].value.value)
    if (m) sessions.add(`${m[1]}\u0000${m[2]}\u0000${m[3]}`)
  }
  for (let i = 0, notPrincipals = s.notPrincipals; i < notPrincipals.length; i++) {
    notPrincipalReads++
    const p = notPrincipals[i]
    const m = ROLE_ARN.exec(p.value.value)
    if (!m) continue
    const [, partition, account, name] = m
    if (sessions.has(`${partition}\u0000${account}\u0000${name}`)) continue
    out.push({
      code: 'RTC614',
      span: p.value.span,
      message: `Deny with NotPrincipal lists the role ${p.value.value} but not its sessions (arn:${partition}:sts::${account}:assumed-role/${name}/...): requests made with the role are still denied.`,
      hint: 'Use "Principal": "*" with "Condition": {"ArnNotLike": {"aws:PrincipalArn": [role ARNs]}} instead of NotPrincipal.'
    })
  }
}

export const securityRules: Rule[] = [
  (ctx, out) => {
    for (const s of ctx.statements) {
      principalStar(ctx, s, out)
      notPrincipalAllow(s, out)
      // What an Allow grants, unless a Deny of the document takes all of it back.
      const from = out.length
      broadActions(ctx, s, out)
      assumeRoleAnywhere(ctx, s, out)
      kmsEverywhere(ctx, s, out)
      changingActionsEverywhere(ctx, s, out)
      dropIfTakenBack(ctx, s, out, from)
      trustChecks(ctx, s, out)
      servicePrincipalNoSource(ctx, s, out)
      accountRoot(ctx, s, out)
      principalTypeAccount(s, out)
      denyNotPrincipalRoles(ctx, s, out)
    }
  }
]

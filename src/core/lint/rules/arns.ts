// RTC3xx: ARNs in Resource, NotResource and Principal. Shape, partition,
// service, 12-digit accounts, the IAM forms (user/, role/, root ...), wildcards
// inside Principal ARNs, and whether a resource is of a type the statement's
// actions act on at all (sts:AssumeRole on a user ARN grants nothing).
import type { JsonString } from '../../json-ast/types.js'
import { findService, servicePrefixes, type ActionInfo, type ResourceTypeInfo } from '../../iam/catalog/index.js'
import { isRegionNameAt } from '../../iam/region-name.js'
import { arnColons, comparisonWork, fitsFormat, fitsFormatLeaf, fitsFormatStrictly, readPolicyArn, type PolicyArn } from '../../iam/catalog/arn-fit.js'
import { catalogFormatPattern, matchesFormatPattern } from '../../iam/catalog/format-pattern.js'
import { serviceOf } from '../actions.js'
import type { ActionExpansions } from '../service-wildcards.js'
import { arnPatternsOverlap, hasWildcard } from '../../iam/wildcard.js'
import type { FindingDraft, LintContext, PrincipalEntry, Rule, StatementView } from '../context.js'
import { statementLabel } from '../context.js'
import { kindRules } from '../kinds/index.js'
import { hasPlaceholder, withoutPlaceholders } from './placeholders.js'
import { listText, withArticle } from '../../list-text.js'
import { characterShown } from '../characters.js'
import { PARTITIONS as ALL_PARTITIONS } from '../../inputs/rules.js'
import { memorable } from '../../memo-key.js'
import { oncePerObject } from '../../once-per-object.js'
import { isAccountId, OWNER_ACCOUNT_WORDS, principalTypesOf } from '../../iam/arn.js'

const PARTITIONS: ReadonlySet<string> = new Set(ALL_PARTITIONS)
const IAM_RESOURCE_TYPES = new Set([
  'user',
  'role',
  'group',
  'policy',
  'oidc-provider',
  'saml-provider',
  'instance-profile',
  'server-certificate',
  'mfa',
  'sms-mfa',
  'u2f',
  'access-report',
  'delegation-request',
  'assumed-role',
  'federated-user'
])
const STS_RESOURCE_TYPES = new Set(['assumed-role', 'federated-user', 'role', 'self-session'])

const PRINCIPAL_TYPE_NAMES: Readonly<Record<string, string>> = {
  user: 'IAM user',
  role: 'IAM role',
  'assumed-role': 'role session',
  'federated-user': 'federated user'
}

let arnNamespaces: Set<string> | undefined
const arnServiceMemo = new Map<string, boolean>()

/** Services that appear in ARNs: every prefix, plus namespaces the formats use under another name. */
function isArnService(service: string): boolean {
  let known = arnServiceMemo.get(service)
  if (known === undefined) {
    known = findArnService(service)
    if (arnServiceMemo.size > 1000) arnServiceMemo.clear()
    if (memorable(service)) arnServiceMemo.set(service, known)
  }
  return known
}

function findArnService(service: string): boolean {
  if (findService(service)) return true
  if (!arnNamespaces) {
    arnNamespaces = new Set()
    for (const prefix of servicePrefixes()) {
      for (const rt of findService(prefix)?.resourceTypes ?? []) {
        for (const f of rt.arnFormats) {
          const ns = f.split(':')[2]
          if (ns && !ns.includes('$')) arnNamespaces.add(ns.toLowerCase())
        }
      }
    }
  }
  return arnNamespaces.has(service.toLowerCase())
}

type Where = 'resource' | 'principal' | 'federated'

/**
 * Structural checks on one ARN; returns false when the ARN is too broken to
 * check further. `colons` are its five leading colons (arn-fit's arnColons,
 * found once for this check and the fit below: not splitting the whole ARN,
 * and not inside a policy variable such as ${aws:PrincipalAccount}).
 */
function checkArn(node: JsonString, where: Where, out: FindingDraft[], colons: readonly number[], statement?: StatementView): boolean {
  const arn = node.value
  if (colons.length < 5 || colons[0] !== 3 || !arn.startsWith('arn')) {
    out.push({
      code: 'RTC301',
      span: node.span,
      message: `"${arn}" is not a well-formed ARN (arn:partition:service:region:account:resource).`,
      hint: where === 'resource' ? 'Write a full ARN, or "*".' : 'Write the principal as a full ARN or a 12-digit account id.'
    })
    return false
  }
  const c1 = colons[0]
  const c2 = colons[1]
  const c3 = colons[2]
  const c4 = colons[3]
  const c5 = colons[4]
  // Parts are cut out only when a check needs them: every Resource and
  // Principal ARN of every file comes here, and nearly all name the "aws"
  // partition and a 12-digit account, which are read in place.
  const service = arn.slice(c2 + 1, c3)
  // "aws" first: nearly every ARN names it, and the set lookup would hash the part.
  if (!(c2 - c1 === 4 && arn.startsWith('aws', c1 + 1))) {
    const part = arn.slice(c1 + 1, c2)
    if (!hasWildcard(part) && !PARTITIONS.has(part)) {
      out.push({ code: 'RTC302', span: node.span, message: `"${part}" in ${arn} is not an AWS partition.`, hint: 'Use "aws" (or aws-cn, aws-us-gov ...).' })
    }
  }
  if (!hasWildcard(service) && !isArnService(service)) {
    out.push({ code: 'RTC303', span: node.span, message: `"${service}" in ${arn} is not a known AWS service namespace.`, hint: 'Check the service part of the ARN (e.g. iam, s3, kms, redshift).' })
  } else if (hasUpperCase(service) && !service.includes('${')) {
    // IAM matches a Resource or principal ARN with case, and every service writes its namespace in lower case.
    out.push({
      code: 'RTC301',
      span: node.span,
      message: `The service part "${service}" of ${arn} is not in lower case: IAM matches ARNs with case, and no resource's ARN has "${service}" (AWS writes "${service.toLowerCase()}"), so the ARN matches nothing.`,
      hint: `Write "${service.toLowerCase()}".`
    })
  }
  const account = isTwelveDigits(arn, c4 + 1, c5) ? undefined : arn.slice(c4 + 1, c5)
  if (
    account !== undefined &&
    account !== '' &&
    !OWNER_ACCOUNT_WORDS.has(account) &&
    !isAccountId(account) &&
    !isPolicyVariable(account) &&
    // The one principal whose ARN names no account: a CloudFront origin access identity.
    !(where === 'principal' && account === 'cloudfront' && arn.startsWith(CLOUDFRONT_OAI, c5 + 1))
  ) {
    if (hasWildcard(account)) {
      if (where === 'resource' && statement !== undefined && accountWildcardMatters(statement, arn)) {
        // A pattern with digits in it ("1234567890??") reaches the accounts whose ids fit it, not every one.
        const every = /^[*?]+$/.test(account) && account.includes('*')
        out.push({
          code: 'RTC615',
          span: node.span,
          message: every ? `${arn} matches that resource in every AWS account (wildcard account id).` : `${arn} matches that resource in every AWS account whose id fits "${account}" (wildcard in the account id), whoever owns them.`,
          hint: 'Replace the account wildcard with the 12-digit account id(s) you mean.'
        })
      }
    } else {
      const digits = /^\d+$/.test(account)
      out.push({
        code: 'RTC304',
        span: node.span,
        message: digits
          ? `The account id ${account} in ${arn} has ${account.length} digits, not 12: the ARN matches nothing.`
          : `The account id "${account}" in ${arn} is not 12 digits.`,
        hint: 'Use the 12-digit account id (keep leading zeros).'
      })
    }
  }
  if (c4 > c3 + 1 && !isRegionNameAt(arn, c3 + 1, c4)) {
    const region = arn.slice(c3 + 1, c4)
    if (!hasWildcard(region) && !region.includes('${')) {
      out.push({
        code: 'RTC301',
        span: node.span,
        message: `"${region}" in ${arn} is not a Region name (such as us-east-1 or ap-southeast-2): the ARN matches nothing.`,
        hint: 'Write the Region as AWS names it (lower case, two hyphens: us-east-1), or leave it empty for a global service, or "*".'
      })
    }
  }
  const lowerService = service.toLowerCase()
  const foreign = foreignNameCharacter(arn, lowerService, c3, c4, c5)
  if (foreign !== undefined) {
    const c = arn.codePointAt(foreign.at) ?? 0
    const shown = characterShown(c)
    out.push({
      code: 'RTC301',
      span: node.span,
      message: `The ${foreign.what} in ${arn} holds ${shown}, which no ${foreign.what} can hold (${foreign.allowed}): the ARN matches nothing.`,
      hint: c > 0x7f ? 'Retype the name in plain ASCII: the character only looks like a letter of the name (copied from a document or a chat).' : 'Remove the character; IAM does not trim or ignore it.'
    })
    return false
  }
  if (lowerService === 'iam' || lowerService === 'sts') {
    const region = arn.slice(c3 + 1, c4)
    const resource = arn.slice(c5 + 1)
    if (region !== '' && lowerService === 'iam') {
      out.push({ code: 'RTC305', span: node.span, message: `IAM ARNs have no region; ${arn} names "${region}".`, hint: `Write arn:${arn.slice(c1 + 1, c2)}:iam::${arn.slice(c4 + 1, c5)}:${resource}.` })
    }
    // A principal belongs to an account, and its ARN names it (a Resource ARN with none is RTC310's: it fits no type).
    if (where !== 'resource' && c5 === c4 + 1) {
      out.push({
        code: 'RTC305',
        span: node.span,
        message: `${arn} names no account: the ARN of an IAM or STS principal names the account it belongs to, so this one names nobody.`,
        hint: `Write arn:${arn.slice(c1 + 1, c2)}:${service}::ACCOUNT:${resource}, with the 12-digit account id.`
      })
      return true
    }
    const slash = resource.indexOf('/')
    const type = slash === -1 ? resource : resource.slice(0, slash)
    const name = slash === -1 ? '' : resource.slice(slash + 1)
    const known = lowerService === 'iam' ? IAM_RESOURCE_TYPES : STS_RESOURCE_TYPES
    const otherService = lowerService === 'iam' ? 'sts' : 'iam'
    // The account root is no type/name pair: an sts root is read below.
    if (where === 'principal' && name !== '' && type !== 'root' && principalTypesOf(otherService)?.has(type)) {
      const right = `${arn.slice(0, c2 + 1)}${otherService}${arn.slice(c3)}`
      out.push({
        code: 'RTC305',
        span: node.span,
        message: `${withArticle(PRINCIPAL_TYPE_NAMES[type], true)}'s ARN is an ${otherService} one, so ${arn} names no principal: no request comes from it.`,
        hint: `Write ${right}.`
      })
      return true
    }
    // The account is named by its iam ARN (or its id): "arn:aws:iam::123456789012:root" (AWS account principals).
    if (where === 'principal' && resource === 'root' && lowerService === 'sts') {
      out.push({
        code: 'RTC305',
        span: node.span,
        message: `An account's ARN is an iam one, so ${arn} names no principal: no request comes from it.`,
        hint: `Write ${arn.slice(0, c2 + 1)}iam${arn.slice(c3)}.`
      })
      return true
    }
    if (resource === 'root' || resource === '*' || (hasWildcard(type) && slash === -1)) return true
    if (hasWildcard(type)) return true
    if (!known.has(type) && known.has(type.toLowerCase())) {
      // The reference's formats are read without regard to case (a miss there is a finding), but IAM's resource types
      // are its own: lower case in every ARN IAM and STS make, and matched with case.
      out.push({
        code: 'RTC305',
        span: node.span,
        message: `"${type}" in ${arn} is not an ${lowerService} resource type: IAM writes it "${type.toLowerCase()}", and matches ARNs with case, so the ARN matches nothing.`,
        hint: `Write "${type.toLowerCase()}/".`
      })
    } else if (!known.has(type)) {
      if (fitsSomeFormat(readPolicyArn(arn), lowerService)) return true
      const hint = known.has(type.replace(/s$/, '')) ? `Write "${type.replace(/s$/, '')}/".` : `IAM resource types are ${[...known].slice(0, 6).join('/, ')}/ ...`
      out.push({ code: 'RTC305', span: node.span, message: `"${type}" in ${arn} is not an ${service} resource type.`, hint })
    } else if (name === '') {
      out.push({ code: 'RTC305', span: node.span, message: `${arn} has no name after "${type}/".`, hint: `Write ${type}/NAME.` })
    } else if (where === 'principal' && !['user', 'role', 'assumed-role', 'federated-user'].includes(type)) {
      out.push({ code: 'RTC305', span: node.span, message: `${withArticle(type, true)} cannot be a principal (${arn}).`, hint: 'Name users, roles or the account root (arn:aws:iam::ACCOUNT:root).' })
    } else if (where === 'federated' && type !== 'oidc-provider' && type !== 'saml-provider') {
      out.push({ code: 'RTC305', span: node.span, message: `A Federated principal must be an oidc-provider/ or saml-provider/ ARN, not ${arn}.`, hint: 'Put users and roles under "AWS".' })
    } else if (type === 'oidc-provider' && lowerService === 'iam') {
      // IAM names an OIDC provider by its URL without the scheme (as its condition keys: RTC406).
      const scheme = /^https?:\/\//i.exec(name)
      if (scheme) {
        out.push({
          code: 'RTC305',
          span: node.span,
          message: `${arn} names no OIDC provider: IAM writes a provider's ARN with the host and path of its URL, without "${scheme[0]}".`,
          hint: `Write ${arn.slice(0, arn.length - name.length)}${name.slice(scheme[0].length)}.`
        })
      }
    }
  }
  return true
}

function hasUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 65 && c <= 90) return true
  }
  return false
}

/**
 * The first character of a bucket or IAM name that no such name can hold, and
 * what is named, or undefined. An S3 bucket ARN (`arn:aws:s3:::NAME/KEY`, no
 * Region or account) names a bucket of lower-case letters, digits, dots and
 * hyphens, upper-case letters and underscores in the oldest us-east-1 buckets
 * (S3 User Guide, bucket naming rules): anything else, a space, a Cyrillic
 * "а" that looks like a Latin one, matches no bucket. The key after the first
 * "/" may hold any character. IAM and STS names (users, roles, groups,
 * policies, sessions, providers) and their paths are printable ASCII with no
 * space (IAM API Reference: names `[\w+=,.@-]+`, paths `\u0021-\u007E`).
 * Wildcards fit either; a policy variable (`${aws:PrincipalTag/équipe}`) may
 * stand for anything and is skipped, and an ARN with a template placeholder
 * is not read. CloudFront's origin access identity principal
 * (`arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E...`) has
 * spaces and is left alone. One pass over the ARN.
 */
function foreignNameCharacter(arn: string, lowerService: string, c3: number, c4: number, c5: number): { at: number; what: string; allowed: string } | undefined {
  let end: number
  const bucket = lowerService === 's3' && c4 === c3 + 1 && c5 === c4 + 1
  if (bucket) {
    const slash = arn.indexOf('/', c5 + 1)
    end = slash === -1 ? arn.length : slash
  } else if (lowerService === 'iam' || lowerService === 'sts') {
    if (arn.startsWith('cloudfront:', c4 + 1)) return undefined
    end = arn.length
  } else {
    return undefined
  }
  // Only white space and characters outside ASCII are certain: ASCII punctuation a name cannot hold ("<", "[",
  // "%") is how templates write a blank to fill in (`<bucket name>`, `[BUCKET]`), so a name with one is left alone.
  let first = -1
  for (let i = c5 + 1; i < end; i++) {
    const c = arn.charCodeAt(i)
    if (c > 0x20 && c < 0x7f) {
      if (c === 36 /* $ */ && arn.charCodeAt(i + 1) === 123 /* { */) {
        const close = arn.indexOf('}', i + 2)
        if (close === -1 || close >= end) return undefined
        i = close
      } else if (bucket && !bucketCharacter(c)) return undefined
      continue
    }
    if (first === -1) first = i
  }
  // Most ARNs are plain: the placeholder question is asked only of the few that are not.
  if (first === -1 || hasPlaceholder(arn)) return undefined
  return bucket
    ? { at: first, what: 'bucket name', allowed: 'ASCII letters, digits, dots, hyphens, underscores' }
    : { at: first, what: 'IAM name or path', allowed: 'printable ASCII, no space' }
}

function bucketCharacter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 46 || c === 45 || c === 95 || c === 42 || c === 63
}

/** Are the characters from `start` to `end` twelve digits (an account id, ACCOUNT's test read in place)? */
function isTwelveDigits(text: string, start: number, end: number): boolean {
  if (end - start !== 12) return false
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** A whole part that is one policy variable, `${aws:PrincipalAccount}`. */
function isPolicyVariable(part: string): boolean {
  return part.startsWith('${') && part.indexOf('}') === part.length - 1
}

const CLOUDFRONT_OAI = 'user/CloudFront Origin Access Identity '

/**
 * IAM's unique ids of users (AIDA...) and roles (AROA...): what a policy
 * read back from AWS holds in Principal where it named a user or role that
 * has since been deleted. Their form as the IAM API Reference documents it
 * (User.UserId, Role.RoleId): "Minimum length of 16. Maximum length of 128.
 * Pattern: [\w]+", behind the prefix the IAM User Guide gives ("Understanding
 * unique ID prefixes"). The ids AWS shows are upper-case letters and digits
 * 2-7, but no document limits them so: AROA1234567890EXAMPLE is of the form.
 */
const UNIQUE_ID = /^A(?:ID|RO)A\w{12,124}$/
const UNIQUE_ID_OPENING = /^A(?:ID|RO)A/

/** The IAM entity whose unique id's prefix the value opens with, and whether the value is of the documented form. */
function uniqueIdReading(value: string): { entity: 'user' | 'role'; wellFormed: boolean } | undefined {
  if (!UNIQUE_ID_OPENING.test(value)) return undefined
  return { entity: value.startsWith('AIDA') ? 'user' : 'role', wellFormed: UNIQUE_ID.test(value) }
}

let formatsByNamespace: Map<string, string[]> | undefined

/**
 * Does the ARN fit one of the catalogue's ARN patterns in its namespace
 * (`arn:${Partition}:sts::${Account}:self` for sts), read part by part? The
 * fixed type lists above are the quick answer; the patterns are the authority.
 */
function fitsSomeFormat(arn: PolicyArn, namespace: string): boolean {
  if (!formatsByNamespace) {
    formatsByNamespace = new Map()
    for (const prefix of servicePrefixes()) {
      for (const rt of findService(prefix)?.resourceTypes ?? []) {
        for (const f of rt.arnFormats) {
          const ns = f.split(':')[2]?.toLowerCase()
          if (!ns) continue
          let list = formatsByNamespace.get(ns)
          if (!list) formatsByNamespace.set(ns, (list = []))
          if (!list.includes(f)) list.push(f)
        }
      }
    }
  }
  const formats = formatsByNamespace.get(namespace) ?? []
  for (let i = 0; i < formats.length; i++) if (fitsFormatStrictly(arn, formats[i])) return true
  return false
}

/** A Resource or NotResource value whose ARN is checked: not "*", not empty, no template placeholder (RTC616 speaks for those). */
function isCheckedResource(value: string): boolean {
  return value !== '*' && value !== '' && !hasPlaceholder(value)
}

/**
 * API Gateway's short form of the API's own ARN in its resource policies,
 * `execute-api:/stage/METHOD/path` ("API Gateway converts the abbreviated
 * syntax to the full ARN when you save the policy"): no ARN to check, and it
 * names the API the policy is set on.
 */
function isApiGatewayShortForm(ctx: LintContext, value: string): boolean {
  return ctx.kind === 'resource' && value.startsWith('execute-api:/')
}

/** RTC615 applies: an Allow whose actions can reach `arn` in other accounts, with no condition pinning the account. */
function accountWildcardMatters(s: StatementView, arn: string): boolean {
  // An account wildcard widens only what an Allow grants; in a Deny it is the safe choice.
  return s.effect !== 'Deny' && reachesOtherAccounts(s, arn) && !limitsResourceAccount(s)
}

/**
 * Services whose actions reach resources that another account opens to you
 * with a resource policy (a role's trust policy for sts:AssumeRole, a key,
 * bucket, queue, topic, secret, function or repository policy ...). Only
 * their actions, in an Allow, make an account wildcard reach resources of
 * accounts you do not control (RTC615). IAM's own actions (iam:PassRole,
 * iam:GetRole ...) and most services act in the caller's account whatever the
 * ARN says, and AWS's own policies write `*` there as a matter of course.
 */
const CROSS_ACCOUNT_SERVICES = new Set([
  'sts', 'kms', 'secretsmanager', 'sqs', 'sns', 'lambda', 'ecr', 's3', 'glacier', 'backup', 'events',
  'execute-api', 'es', 'elasticfilesystem', 'codeartifact', 'glue', 'dynamodb', 'kinesis', 'serverlessrepo',
  'acm-pca', 'aoss', 'signer', 'schemas', 'ssm-incidents', 'mediastore', 'ses'
])

/**
 * For the services above whose resource policies open only some of their
 * resource types (the reference's type names), those types; a service not
 * listed here can open every type it has. sts reaches a role through its trust
 * policy and a member account's root (sts:AssumeRoot); its `self` session and
 * federated users are the caller's own. AWS Glue's resource policies cover the
 * Data Catalog (the catalog, databases, tables, connections, user-defined
 * functions), never jobs, crawlers, sessions or other Glue resources.
 */
const SHARED_TYPES: ReadonlyMap<string, readonly string[]> = new Map([
  ['sts', ['role', 'root-user']],
  ['glue', ['catalog', 'rootcatalog', 'database', 'table', 'tableversion', 'connection', 'userdefinedfunction']],
  // AWS Backup Developer Guide, "Vault access policies": whatever a vault's
  // policy says, cross-account access for any action but
  // backup:CopyIntoBackupVault is refused. Plans, frameworks, report plans
  // and the rest are the caller's own.
  ['backup', ['backupvault']],
  // OpenSearch Service's resource-based policies are domain access policies;
  // the reference also lists OpenSearch applications and data sources (and
  // the service-linked roles) under es, which no policy opens to others.
  ['es', ['domain']],
  // EventBridge Guide, "Permissions for event buses": an event bus's policy
  // lets another account call PutEvents, PutRule and PutTargets, so its buses
  // and the rules on them are reached; archives, connections, API
  // destinations, endpoints and replays have no such policy.
  ['events', ['event-bus', 'rule-on-default-event-bus', 'rule-on-custom-event-bus']]
])

/**
 * Can an action of the statement reach `arn` in another account? Every
 * action (a wildcard service, NotAction) can; otherwise an action of a
 * service above, on an ARN of a type that service opens to other accounts
 * (read from the catalogue's ARN formats, so kms:Decrypt beside an Auto
 * Scaling group's ARN does not make that ARN reach anyone's), or on an ARN
 * in that service's namespace of a type the reference does not list (it may
 * lack the type).
 */
function reachesOtherAccounts(s: StatementView, arn: string): boolean {
  const services = crossAccountServicesOf(s)
  if (services === 'every') return true
  let read: PolicyArn | undefined
  for (let i = 0; i < services.length; i++) if (reachesThrough(services[i], arn, (read ??= readPolicyArn(arn)))) return true
  return false
}

/**
 * The distinct services of CROSS_ACCOUNT_SERVICES among the statement's actions, or 'every' when it has NotAction or
 * a wildcard service. Read once per statement for all its ARNs: a statement of many actions and many ARNs is read in
 * one pass, not one per ARN.
 */
const crossAccountServicesOf = oncePerObject((s: StatementView): readonly string[] | 'every' => {
  if (s.notActions.length > 0) return 'every'
  const services: string[] = []
  for (const lower of s.lowerActions) {
    // No service to read (`*`, a malformed action): the whole text, so that `*` counts as every service.
    const service = serviceOf(lower) ?? lower
    if (hasWildcard(service)) return 'every'
    // At most one entry per service of the fixed set: the list stays short.
    if (CROSS_ACCOUNT_SERVICES.has(service) && !services.includes(service)) services.push(service)
  }
  return services
})

/** Can `service`'s actions reach `arn` (read as `read`) in another account? See reachesOtherAccounts. */
function reachesThrough(service: string, arn: string, read: PolicyArn): boolean {
  const types = findService(service)?.resourceTypes ?? []
  // Nothing in the catalogue to read the ARN by: as the service says.
  if (types.length === 0) return true
  // Part by part first, as resourceTypeOfPolicyArn reads: a wildcard read
  // across colons fits more formats than the ARN can name.
  const strictly = sharedTypeFit(service, types, read, fitsFormatStrictly)
  if (strictly !== 'none') return strictly === 'shared'
  const across = sharedTypeFit(service, types, read, fitsFormat)
  if (across !== 'none') return across === 'shared'
  // In the service's namespace and of no type the reference lists there (an
  // IAM policy's ARN is of a type, not sts's): it may be one the reference lacks.
  const namespace = arn.split(':', 3)[2]?.toLowerCase()
  if (namespace === undefined || fitsSomeFormat(read, namespace)) return false
  // Of a type whose ARN has no Region and no account, written with them (`arn:aws:s3:us-east-1:*:b/*` for
  // `arn:aws:s3:::b/*`): it names no resource (RTC310 says so), and the account wildcard reaches none.
  if (read.texts.length === 6 && fitsSomeFormat(readPolicyArn(`${read.texts[0]}:${read.texts[1]}:${read.texts[2]}:::${read.texts[5]}`), namespace)) return false
  for (const type of types) for (const format of type.arnFormats) if (format.split(':', 3)[2]?.toLowerCase() === namespace) return true
  return false
}

/** Does `read` fit a type of `service` that it opens to other accounts ('shared'), only other types ('other'), or none? */
function sharedTypeFit(
  service: string,
  types: readonly ResourceTypeInfo[],
  read: PolicyArn,
  fits: (arn: PolicyArn, format: string) => boolean
): 'shared' | 'other' | 'none' {
  const shared = SHARED_TYPES.get(service)
  let fitted: 'other' | 'none' = 'none'
  for (const type of types) {
    for (const format of type.arnFormats) {
      if (!fits(read, format)) continue
      // A type the reference writes with no account, or "*" for it (an AWS
      // Backup recovery point, an EventBridge partner event source): no
      // account id can be written there, so the wildcard is the ARN's form.
      if (!namesAccount(format)) {
        fitted = 'other'
        continue
      }
      if (shared === undefined || shared.includes(type.name.toLowerCase())) return 'shared'
      fitted = 'other'
    }
  }
  return fitted
}

/** Does the ARN format have an account part other than "" or "*" (its fifth part, read in place)? */
function namesAccount(format: string): boolean {
  let start = 0
  for (let n = 0; n < 4; n++) {
    start = format.indexOf(':', start) + 1
    if (start === 0) return false
  }
  const end = format.indexOf(':', start)
  if (end === -1) return false
  return !(end === start || (end === start + 1 && format.charCodeAt(start) === 42 /* * */))
}

/** A Resource ARN of a statement: its shape was checked, and its fit to the actions is next. */
interface ResourceArn {
  node: JsonString
  colons: readonly number[]
}

/**
 * Resource and NotResource ARNs: each one's shape (checkArn), then whether
 * the statement's Resource ARNs fit its actions (checkResourceFit). Each ARN
 * is read once for both.
 */
function checkResources(ctx: LintContext, out: FindingDraft[]): void {
  const budget = new FitBudget()
  // An account wildcard widens what an Allow grants (RTC615): in SCPs, RCPs and endpoint policies an Allow grants nothing.
  const grants = kindRules(ctx.kind).allowGrants
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    let arns: ResourceArn[] | undefined
    // A resource with a template placeholder is not read: it may be the one an action acts on.
    let unread = false
    for (let j = 0, resources = s.resources; j < resources.length; j++) {
      const r = resources[j]
      const v = r.value
      if (!isCheckedResource(v) || isApiGatewayShortForm(ctx, v)) {
        if (v !== '*' && v !== '' && hasPlaceholder(v)) unread = true
        continue
      }
      const colons = arnColons(v)
      checkArn(r, 'resource', out, colons, grants ? s : undefined)
      if (v.startsWith('arn:')) (arns ??= []).push({ node: r, colons })
    }
    for (let j = 0, notResources = s.notResources; j < notResources.length; j++) {
      const r = notResources[j]
      if (isCheckedResource(r.value) && !isApiGatewayShortForm(ctx, r.value)) checkArn(r, 'resource', out, arnColons(r.value))
    }
    if (arns !== undefined) checkResourceFit(s, arns, unread, ctx.expansions, out, budget)
    else if (ctx.isKeyPolicy && s.everyResource !== undefined) checkKeyPolicyFit(s, ctx.expansions, out)
  }
}

// Conditions RTC615 has read looking for one on the resource's account, ever (one addition per condition): tests bound
// it by the statement's conditions rather than time thousands of ARNs beside thousands of conditions (the machine is shared).
let accountLimitSearched = 0

/** How many conditions RTC615 has read looking for one on the resource's account so far, in all. Only ever grows. */
export function resourceAccountLimitSearched(): number {
  return accountLimitSearched
}

/**
 * A condition that pins the resource's account or organisation: the wildcard then reaches no stranger. Read once per
 * statement for all its ARNs: thousands of ARNs beside thousands of conditions must not scan the conditions per ARN.
 */
const limitsResourceAccount = oncePerObject((s: StatementView): boolean =>
  s.conditions.some((c) => {
    accountLimitSearched++
    const key = c.lowerKey
    return key === 'aws:resourceaccount' || key === 'aws:resourceorgid' || key === 'aws:resourceorgpaths'
  }),
)

function checkPrincipalArns(ctx: LintContext, out: FindingDraft[]): void {
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    for (let j = 0; j < s.principals.length; j++) checkPrincipalArn(s.principals[j], out)
    for (let j = 0; j < s.notPrincipals.length; j++) checkPrincipalArn(s.notPrincipals[j], out)
  }
}

function checkPrincipalArn(p: PrincipalEntry, out: FindingDraft[]): void {
  const v = p.value.value
  if (v === '*' || v === '') return
  const trimmed = p.type === 'AWS' ? v.trim() : v
  if (trimmed !== v && trimmed !== '') {
    // `" *"` is no wildcard and no ARN: the diff cannot say what IAM makes of it (review-analysis.ts: not known).
    out.push({
      code: 'RTC301',
      span: p.value.span,
      message: `"${v}" has white space around it: IAM does not trim a principal, so it is not "${trimmed}": IAM refuses the policy ("Invalid principal in policy") or the value names no principal.`,
      hint: `Write "${trimmed}".`
    })
    return
  }
  // A wildcard is wrong whatever the placeholders around it become (and
  // with none in the text, there is none once they are taken out).
  if (p.type === 'AWS' && v.startsWith('arn:') && hasWildcard(v) && hasWildcard(withoutPlaceholders(v))) {
    out.push({
      code: 'RTC306',
      span: p.value.span,
      message: `Wildcard in the Principal ARN ${v}: wildcards are only allowed as Principal "*" on its own.`,
      hint: 'Name each principal, or use "*" with an ArnLike condition on aws:PrincipalArn.'
    })
    return
  }
  if (hasPlaceholder(v)) return
  if (p.type === 'AWS') {
    if (isAccountId(v)) return
    const uniqueId = uniqueIdReading(v)
    if (uniqueId) {
      const deleted = uniqueId.entity
      out.push({
        code: 'RTC301',
        span: p.value.span,
        message: uniqueId.wellFormed
          ? `"${v}" is the unique id of an IAM ${deleted} that was deleted: IAM writes it in place of the ARN when the ${deleted} is deleted, and it names no principal now (a new ${deleted} of the same name is another principal).`
          : `"${v}" opens like the unique id of an IAM ${deleted} (${v.slice(0, 4)}...), but is none: a unique id is 16 to 128 letters, digits and underscores; nor is it an ARN or a 12-digit account id.`,
        hint: `Write the ARN of the ${deleted} that should have access (arn:aws:iam::ACCOUNT:${deleted}/NAME), or remove the entry.`
      })
      return
    }
    if (!v.startsWith('arn:')) {
      out.push({
        code: /^\d+$/.test(v) ? 'RTC304' : 'RTC301',
        span: p.value.span,
        message: /^\d+$/.test(v) ? `The account id ${v} has ${v.length} digits, not 12.` : `"${v}" is neither an ARN nor a 12-digit account id.`,
        hint: 'Write arn:aws:iam::ACCOUNT:role/NAME (or user/NAME, or root), or the 12-digit account id.'
      })
      return
    }
    checkArn(p.value, 'principal', out, arnColons(v))
  } else if (p.type === 'Federated' && v.startsWith('arn:')) {
    checkArn(p.value, 'federated', out, arnColons(v))
  }
}

// A literal ARN (no wildcard, no policy variable) fits a format when the
// format, read as a pattern (format-pattern.ts), matches it, in time linear
// in the ARN. Patterns on both sides need the catalogue's intersection.
/** Does the literal ARN match the format? */
function matchesFormat(format: string, arn: string): boolean {
  return matchesFormatPattern(catalogFormatPattern(format), arn)
}

const LITERAL_ARN = /^[^*?$]*$/

/** A Resource ARN of a statement, read once for all the statement's actions. */
interface FitTarget {
  arn: string
  /** No wildcard and no policy variable: a format's regular expression decides. */
  literal: boolean
  /** The service part, lower case, when the ARN has all six parts and the service is plain letters, digits and '-'. */
  service: string | undefined
  /**
   * A pattern ARN's parts as tokens, with the answers for the formats asked
   * about so far: read when first compared, and shared by the statement's
   * actions. Not kept past the statement: most such ARNs are written once
   * (a bucket's objects, a log group's streams), and a cache keyed by them
   * would cost more to search than the reading does.
   */
  pattern: PolicyArn | undefined
}

function fitTarget({ node, colons }: ResourceArn): FitTarget {
  const arn = node.value
  // The service part lies between the second and third colon; the ARN has
  // all six parts when it has five leading colons.
  const service = colons.length === 5 && isPlainText(arn, colons[1] + 1, colons[2]) ? arn.slice(colons[1] + 1, colons[2]).toLowerCase() : undefined
  return { arn, literal: LITERAL_ARN.test(arn), service, pattern: undefined }
}

/** Past this many resources, the distinct ARNs are found through a map; below, by comparing with those found (no hashing). */
const FIT_SCAN_LIMIT = 16

/** The statement's distinct ARNs (`targets`, in order) and each resource's (`of[i]`). */
function fitTargetsOf(resources: readonly ResourceArn[]): { targets: FitTarget[]; of: FitTarget[] } {
  const targets: FitTarget[] = []
  const of: FitTarget[] = []
  const byArn = resources.length > FIT_SCAN_LIMIT ? new Map<string, FitTarget>() : undefined
  for (let i = 0; i < resources.length; i++) {
    const arn = resources[i].node.value
    let target: FitTarget | undefined
    if (byArn !== undefined) target = byArn.get(arn)
    else for (let k = 0; k < targets.length && target === undefined; k++) if (targets[k].arn === arn) target = targets[k]
    if (target === undefined) {
      target = fitTarget(resources[i])
      targets.push(target)
      byArn?.set(arn, target)
    }
    of.push(target)
  }
  return { targets, of }
}

/**
 * Are the characters of `text` from `start` to `end` (not included) one or
 * more of A-Z, a-z, 0-9 and '-', as a service prefix is? Read in place: an
 * ARN's service part is tested without cutting it out first.
 */
function isPlainText(text: string, start: number, end: number): boolean {
  if (start >= end) return false
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45)) return false
  }
  return true
}

// The service parts of an action's ARN formats (lower case), or null when a
// format has fewer than six parts or a service part that is not plain text.
// Both the regular expression of a format and arn-fit's part-by-part
// intersection require a six-part ARN's plain service part to equal the
// format's, so a resource of another service fits none of the formats: most
// (action, resource) pairs of a mixed statement are settled by this test alone,
// before the memo below is consulted (and filled) with them.
const formatServicesMemo = new Map<ActionInfo, readonly string[] | null>()

function formatServices(info: ActionInfo): readonly string[] | null {
  let services = formatServicesMemo.get(info)
  if (services === undefined) {
    const list: string[] = []
    for (const type of info.resourceTypes) {
      for (const f of type.arnFormats) {
        const parts = f.split(':', 6)
        if (parts.length < 6 || !isPlainText(parts[2], 0, parts[2].length)) {
          formatServicesMemo.set(info, null)
          return null
        }
        list.push(parts[2].toLowerCase())
      }
    }
    services = list
    formatServicesMemo.set(info, services) // bounded: one entry per catalogue action
  }
  return services
}

// Tagging actions (TagResource, UntagResource, ListTagsForResource) act on
// whatever the service lets you tag, while the reference often lists one type
// for them (when services share a prefix, the last page's). They are matched
// against every resource type of their service.
const taggingMemo = new Map<ActionInfo, ActionInfo>()

function withServiceTypes(info: ActionInfo): ActionInfo {
  let wide = taggingMemo.get(info)
  if (!wide) {
    if (info.accessLevel !== 'Tagging' && !/^listtags/i.test(info.name)) wide = info
    else {
      const types = findService(info.service)?.resourceTypes ?? []
      wide = { ...info, resourceTypes: types.map((t) => ({ ...t, required: false })) }
    }
    taggingMemo.set(info, wide) // bounded: one entry per catalogue action
  }
  return wide
}

function fits(given: ActionInfo, target: FitTarget): boolean {
  if (given.resourceTypes.length === 0) return false
  const info = withServiceTypes(given)
  if (target.service !== undefined) {
    const services = formatServices(info)
    if (services !== null && !services.includes(target.service)) return false
  }
  if (target.literal) return literalFits(info, target.arn)
  // patternFitsLiterally asks each format of the action the two questions
  // resourceTypeOfPolicyArn asks (strictly, then across colons), so it holds
  // only where a resource type of the action is found too.
  return patternFitsLiterally(info, (target.pattern ??= readPolicyArn(target.arn)))
}

function fitsSome(infos: readonly ActionInfo[], target: FitTarget): boolean {
  for (let i = 0; i < infos.length; i++) if (fits(infos[i], target)) return true
  return false
}

/**
 * A literal ARN fits an action when it matches one of the action's formats
 * and no format of the service that refines that one matches it too: a
 * format's fixed parts are read literally, so `table/T/index/I` is an index
 * (`table/${TableName}/index/${IndexName}`), not a table whose name runs on
 * past a '/' (`table/${TableName}`), and a table action grants nothing on it.
 */
function literalFits(info: ActionInfo, arn: string): boolean {
  let lower: string | undefined
  for (let i = 0, resourceTypes = info.resourceTypes; i < resourceTypes.length; i++) {
    const type = resourceTypes[i]
    for (let j = 0, arnFormats = type.arnFormats; j < arnFormats.length; j++) {
      const f = arnFormats[j]
      if (!matchesFormat(f, arn)) continue
      let refined = false
      for (let k = 0, refinements = refinementsOf(info.service, f); k < refinements.length; k++) {
        const g = refinements[k]
        // The refinement's longest fixed piece ("/index/") settles most ARNs without a match.
        lower ??= arn.toLowerCase()
        if (lower.includes(g.piece) && matchesFormat(g.format, arn)) {
          refined = true
          break
        }
      }
      if (!refined) return true
    }
  }
  return false
}

/**
 * A wildcard ARN that fits one of the action's formats only where another
 * format of the service refines it past a '/' names the refinement's
 * resources, not this type's: `table/orders/*` holds the table's indexes,
 * streams and backups, never the table `table/orders`.
 */
function patternFitsLiterally(info: ActionInfo, arn: PolicyArn): boolean {
  return fitsLiterallyBy(info, arn, fitsFormatStrictly) || fitsLiterallyBy(info, arn, fitsFormat)
}

function fitsLiterallyBy(info: ActionInfo, arn: PolicyArn, fits: (arn: PolicyArn, format: string) => boolean): boolean {
  for (let i = 0, resourceTypes = info.resourceTypes; i < resourceTypes.length; i++) {
    const type = resourceTypes[i]
    for (let j = 0, arnFormats = type.arnFormats; j < arnFormats.length; j++) {
      const f = arnFormats[j]
      if (!fits(arn, f)) continue
      if (!refinedPastSlash(info.service, f) || fitsFormatLeaf(arn, f)) return true
    }
  }
  return false
}

/** Does another format of the service refine `format` past a '/' (`table/${TableName}` by `table/${TableName}/index/${IndexName}`)? */
function refinedPastSlash(service: string, format: string): boolean {
  for (const g of refinementsOf(service, format)) if (g.format.startsWith(format) && g.format.charCodeAt(format.length) === 47 /* / */) return true
  return false
}

/** Fixed (non-placeholder) characters of a format. */
const fixedLength = (format: string): number => format.replace(/\$\{[^}]*\}/g, '').length

// Service -> format -> its refinements: two lookups, no key string to build.
interface Refinement {
  format: string
  /** Its longest fixed piece that `format` lacks, lower case: an ARN without it cannot match. */
  piece: string
}

// Service -> format -> its refinements: two lookups, no key string to build.
const refinementMemo = new Map<string, Map<string, readonly Refinement[]>>()

/**
 * The formats of `service` that refine `format`: more fixed text, and every
 * ARN of theirs has the shape `format` matches (`table/${TableName}/index/${IndexName}`
 * refines `table/${TableName}`). Mostly none; bounded by the catalogue.
 */
function refinementsOf(service: string, format: string): readonly Refinement[] {
  let byFormat = refinementMemo.get(service)
  if (!byFormat) refinementMemo.set(service, (byFormat = new Map())) // bounded: one per catalogue service
  let found = byFormat.get(format)
  if (found === undefined) {
    const list: Refinement[] = []
    const weight = fixedLength(format)
    for (const type of findService(service)?.resourceTypes ?? []) {
      for (const g of type.arnFormats) {
        if (g === format || fixedLength(g) <= weight || !matchesFormat(format, g.replace(/\$\{[^}]*\}/g, 'x'))) continue
        const own = format.toLowerCase()
        const piece = g
          .toLowerCase()
          .split(/\$\{[^}]*\}/)
          .filter((p) => !own.includes(p))
          .reduce((a, b) => (b.length > a.length ? b : a), '')
        list.push({ format: g, piece })
      }
    }
    found = list
    byFormat.set(format, found) // bounded: one per catalogue format
  }
  return found
}

interface ExpandedAction {
  /** The action's strings in the statement: one, or more when it is written again (in any case). */
  nodes: JsonString[]
  infos: readonly ActionInfo[]
  /** Some resource of the statement fits one of its actions. */
  fits: boolean
}

/**
 * What checkResourceFit may spend on one file: each (action, ARN) pair it
 * compares costs one, and each comparison of patterns what it costs the
 * catalogue (comparisonWork: a table cell per pair of tokens, so a long
 * pattern ARN costs more). A statement of 9,000 actions and 9,000 ARNs
 * (660 KB) made 81 million comparisons before actions and ARNs written twice
 * were compared once, and distinct ones can still be many. Past the budget
 * the rest of the file's fit is not reported: RTC307-RTC310 say that a grant
 * is useless, and saying nothing of it is safe.
 */
export const RESOURCE_FIT_BUDGET = 20_000_000

// (Action, ARN) pairs checkResourceFit has compared, ever: one per call of spend, a pair (not per character). Tests
// bound it by the distinct actions and ARNs rather than time a statement of copies (the machine is shared).
let fitPairs = 0

/** How many (action, ARN) pairs the resource-fit check has compared so far, in all. Only ever grows. */
export function resourceFitPairs(): number {
  return fitPairs
}

/** What is left of RESOURCE_FIT_BUDGET; `spend` takes the comparisons done since the last call, and one more. */
class FitBudget {
  #left = RESOURCE_FIT_BUDGET
  #seen = comparisonWork()

  /** False once the budget is spent. */
  spend(): boolean {
    fitPairs++
    const now = comparisonWork()
    this.#left -= 1 + (now - this.#seen)
    this.#seen = now
    return this.#left >= 0
  }
}

function typeNames(actions: ExpandedAction[]): string {
  const names = new Set<string>()
  for (const a of actions) for (const info of a.infos) for (const t of info.resourceTypes) names.add(t.name)
  const list = [...names]
  if (list.length === 0) return 'no specific resource (they need "Resource": "*")'
  return list.length > 5 ? `${list.slice(0, 5).join(', ')} ...` : list.join(', ')
}

/** Every action the pattern grants takes no resource type: the reference authorises it on "*" only. */
function starOnly(infos: readonly ActionInfo[]): boolean {
  for (let i = 0; i < infos.length; i++) if (infos[i].resourceTypes.length > 0) return false
  return true
}

/** The resources' text in a message: the first and how many more, past two. */
function resourcesShown(resources: readonly ResourceArn[]): string {
  return resources.length > 2 ? `${resources[0].node.value} and ${resources.length - 1} more` : resources.map((r) => r.node.value).join(', ')
}

/**
 * The hint for an ARN that fits no type of its service because it leaves the
 * Region or the account empty where the type's ARN always names it
 * (`arn:aws:sqs:us-east-1::q`, `arn:aws:lambda::111122223333:function:f`, holdsText):
 * it would fit with the empty parts written. Undefined otherwise (an S3
 * bucket's ARN has no Region: that one is left empty by right).
 */
function emptyRegionOrAccountHint(arn: string, namespace: string): string | undefined {
  const parts = arn.split(':')
  if (parts.length < 6 || (parts[3] !== '' && parts[4] !== '')) return undefined
  const empty = [parts[3] === '' ? 'Region' : undefined, parts[4] === '' ? 'account' : undefined].filter((p) => p !== undefined)
  const filled = parts.map((part, i) => ((i === 3 || i === 4) && part === '' ? '*' : part)).join(':')
  if (!fitsSomeFormat(readPolicyArn(filled), namespace)) return undefined
  const them = empty.length > 1 ? 'them' : 'it'
  return `The ${empty.join(' and ')} ${empty.length > 1 ? 'are' : 'is'} empty, and a resource of the types this ARN could name always carries ${them}: write ${them} (or "*" for any).`
}

/**
 * RTC307-RTC310: resources of a type none of the statement's actions act
 * on, actions with no resource here, and actions the reference authorises
 * only on "*" given ARNs. `resources` are the statement's Resource ARNs
 * (those without a placeholder), in order; `unread` says the statement has
 * others, with one, which may be what an action acts on. An action or an ARN
 * written more than once is compared once.
 */
function checkResourceFit(s: StatementView, resources: readonly ResourceArn[], unread: boolean, expansions: ActionExpansions, out: FindingDraft[], budget: FitBudget): void {
  if (s.actions.length === 0 || s.everyResource !== undefined || !budget.spend()) return
  const actions: ExpandedAction[] = []
  const byName = new Map<string, ExpandedAction | null>()
  // Per AUTHORISED_ON entry: does a resource of the statement match it? Asked once, however often the action is written.
  const matched = new Map<string, boolean>()
  let untyped = false
  for (let j = 0, given = s.actions; j < given.length; j++) {
    const a = given[j]
    if (a.value === '*' || hasPlaceholder(a.value)) return
    const lower = s.lowerActions[j]
    const known = byName.get(lower)
    if (known !== undefined) {
      // Written again: its answer is the first one's. RTC309 is said of each.
      if (known) known.nodes.push(a)
      else pushStarOnly(s, a, expansions.of(a) ?? [], resources, out, matched)
      continue
    }
    // Undefined: a service-wildcard pattern past the run's budget (RTC006 says so).
    const infos = expansions.of(a)
    if (infos === undefined || infos.length === 0) continue
    if (!starOnly(infos)) {
      const expanded: ExpandedAction = { nodes: [a], infos, fits: false }
      byName.set(lower, expanded)
      actions.push(expanded)
      continue
    }
    byName.set(lower, null)
    untyped = true
    pushStarOnly(s, a, infos, resources, out, matched)
  }
  if (actions.length === 0) return
  // Each distinct ARN is compared once; `of[i]` is resource i's.
  const { targets, of } = fitTargetsOf(resources)
  // The two questions below: does each action fit some resource (its first
  // fit settles it), and does any resource fit any action.
  let someResourceFits = false
  for (let j = 0; j < actions.length; j++) {
    const a = actions[j]
    for (let k = 0; k < targets.length; k++) {
      const fits = fitsSome(a.infos, targets[k])
      if (!budget.spend()) return
      if (fits) {
        a.fits = someResourceFits = true
        break
      }
    }
  }
  // With an action authorised on "*" beside them the resources may be meant
  // for it (RTC309 says so): only the other actions' misses are reported.
  if (!someResourceFits && !untyped) {
    const label = statementLabel(s)
    const names = actions.map((a) => a.nodes[0].value)
    const shown = listText(names, 3)
    const types = typeNames(actions)
    const verb = names.length === 1 ? 's' : ''
    // Whether each distinct ARN is of a type its service has, asked once.
    const ofKnownType = new Map<FitTarget, boolean>()
    // The RTC310 hint of each distinct ARN that fits no type, asked once (it compares the ARN with the formats again).
    const hintOf = new Map<FitTarget, string>()
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i].node
      const target = of[i]
      const namespace = target.service
      let known = ofKnownType.get(target)
      if (known === undefined) {
        known = namespace !== undefined && fitsSomeFormat((target.pattern ??= readPolicyArn(target.arn)), namespace)
        if (!budget.spend()) return
        ofKnownType.set(target, known)
      }
      // Certain only when the ARN is of a type the reference knows: an ARN of
      // a type it does not list may be one it lacks.
      if (!known) {
        let hint = hintOf.get(target)
        if (hint === undefined) {
          hint = (namespace !== undefined ? emptyRegionOrAccountHint(target.arn, namespace) : undefined) ?? 'Check the ARN against the service\'s ARN formats (a missing "type/" part is the usual slip), or use an ARN of the type the actions take.'
          if (!budget.spend()) return
          hintOf.set(target, hint)
        }
        out.push({
          code: 'RTC310',
          span: r.span,
          message: `${r.value} fits none of the resource types the Service Authorization Reference lists for ${namespace ?? 'its service'}, and ${shown} act${verb} on ${types}: if the reference is complete, ${label} ${s.effect === 'Deny' ? 'denies' : 'grants'} nothing on it.`,
          hint
        })
        continue
      }
      out.push({
        code: 'RTC307',
        span: r.span,
        message: `${r.value} is not a resource ${shown} act${verb} on (${types}), so ${label} ${s.effect === 'Deny' ? 'denies' : 'grants'} nothing on it.`,
        hint: 'Use an ARN of the resource type the actions take, or move the actions to a statement with the right resources.'
      })
    }
    return
  }
  // An action that fits none of the ARNs read may fit one a placeholder stands in (RTC616 speaks for it).
  if (unread) return
  for (let j = 0; j < actions.length; j++) {
    const a = actions[j]
    if (a.fits) continue
    const types = typeNames([a])
    for (const node of a.nodes) {
      out.push({
        code: 'RTC308',
        span: node.span,
        message: `${node.value} applies to none of the resources of ${statementLabel(s)} (it acts on ${types}).`,
        hint: 'Add a resource of the right type for it, or move it to its own statement.'
      })
    }
  }
}

/**
 * RTC308 in a KMS key policy: its `"Resource": "*"` is the key the policy is
 * set on, so an action that acts on no KMS key is granted (or denied) by none
 * of the statement's resources. The KMS Developer Guide's permissions
 * reference ("AWS KMS permissions", column "Policy type") gives kms:CreateKey,
 * kms:ListKeys, kms:ListAliases, kms:GenerateRandom, the custom key store
 * actions and kms:ListRetirableGrants to IAM policies only, and the Service
 * Authorization Reference lists exactly these with no resource type. A
 * pattern fits when one action it grants acts on the key, as in
 * checkResourceFit.
 */
function checkKeyPolicyFit(s: StatementView, expansions: ActionExpansions, out: FindingDraft[]): void {
  for (let j = 0, given = s.actions; j < given.length; j++) {
    const a = given[j]
    if (a.value === '*' || hasPlaceholder(a.value)) continue
    // Undefined: a service-wildcard pattern past the run's budget (RTC006 says so).
    const infos = expansions.of(a)
    if (infos === undefined || infos.length === 0 || actsOnKey(infos)) continue
    out.push({
      code: 'RTC308',
      span: a.span,
      message: `${a.value} acts on no KMS key, and in a key policy "Resource": "*" is the key the policy is set on, so ${statementLabel(s)} ${s.effect === 'Deny' ? 'denies' : 'grants'} nothing for it: KMS allows it in IAM policies only.`,
      hint: 'Grant it in an IAM policy with "Resource": "*", and take it out of the key policy.'
    })
  }
}

/** Some action of the pattern acts on a KMS key (the reference's kms `key` resource type). */
function actsOnKey(infos: readonly ActionInfo[]): boolean {
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]
    if (info.service !== 'kms') return true
    for (let k = 0, types = info.resourceTypes; k < types.length; k++) if (types[k].name === 'key') return true
  }
  return false
}

/**
 * Actions the reference lists with no resource type that IAM nonetheless
 * authorises on an ARN of their own, and that ARN as a pattern.
 * logs:DescribeLogGroups is checked against
 * `arn:PARTITION:logs:REGION:ACCOUNT:log-group::log-stream:` whatever prefix
 * the call names (its AccessDenied errors name that resource:
 * hashicorp/terraform-provider-aws#8804, maxbanton/cwh#83), which is why
 * AWS's own AmazonCloudWatchRUMFullAccess grants it on
 * `arn:aws:logs:*:*:log-group::log-stream:*`: an ARN pattern that matches
 * it (`log-group:*`, `arn:aws:logs:*:*:*`) grants the action, one that
 * cannot (`log-group:/aws/lambda/*`) does not.
 */
const AUTHORISED_ON: ReadonlyMap<string, { readonly pattern: string; readonly shown: string; readonly example: string }> = new Map([
  ['logs:DescribeLogGroups', { pattern: 'arn:*:logs:*:*:log-group::log-stream:', shown: 'arn:PARTITION:logs:REGION:ACCOUNT:log-group::log-stream:', example: 'arn:aws:logs:REGION:ACCOUNT:log-group::log-stream:*' }]
])

/**
 * RTC309: the reference lists no resource type for the action, so IAM
 * authorises it on "*"; but the reference can lag behind a service that has
 * added resource-level permissions, so this is what is known, not a certainty.
 * An action of AUTHORISED_ON is checked against its own ARN instead: quiet
 * when a resource can match it, certain when none can.
 */
function pushStarOnly(s: StatementView, a: JsonString, infos: readonly ActionInfo[], resources: readonly ResourceArn[], out: FindingDraft[], matched: Map<string, boolean>): void {
  const on = infos.length === 1 ? AUTHORISED_ON.get(infos[0].fullName) : undefined
  if (on !== undefined) {
    let fits = matched.get(on.pattern)
    if (fits === undefined) {
      fits = false
      for (let i = 0; i < resources.length && !fits; i++) fits = arnPatternsOverlap(resources[i].node.value, on.pattern)
      matched.set(on.pattern, fits)
    }
    if (fits) return
    out.push({
      code: 'RTC309',
      span: a.span,
      message: `${a.value} in ${statementLabel(s)} is given ${resourcesShown(resources)}, but the Service Authorization Reference lists no resource type for it, and IAM checks it against ${on.shown} (the resource its AccessDenied errors name), which none of these ARNs matches: the statement does not ${s.effect === 'Deny' ? 'deny' : 'grant'} it.`,
      hint: `Give the action "Resource": "*" (in a statement of its own), or an ARN that matches that one, such as ${on.example}.`
    })
    return
  }
  out.push({
    code: 'RTC309',
    span: a.span,
    message: `${a.value} in ${statementLabel(s)} is given ${resourcesShown(resources)}, but the Service Authorization Reference lists no resource type for it: this action is authorised on \`*\`; the ARN may ${s.effect === 'Deny' ? 'deny' : 'grant'} nothing.`,
    hint: 'Give the action "Resource": "*" (in a statement of its own), or check that the service now documents resource-level permissions for it.'
  })
}

export const arnRules: Rule[] = [checkResources, checkPrincipalArns]

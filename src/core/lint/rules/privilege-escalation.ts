// RTC606 and RTC624: privilege escalation, from the table of known paths
// (./privilege-escalation-paths.ts). An action counts as granted when an
// Allow statement names it (wildcards expanded: `iam:Pass*`, `lambda:*`; or a
// NotAction that leaves it out) on every resource of its type ("*", `role/*`,
// `function:*`, or a NotResource). An unconditional Deny in the same document
// that covers the action on those resources cancels it. `"*"` alone is
// RTC603's (full administrator) and is not repeated here. An Allow bounded by
// a permissions boundary (withinBoundary) grants only the actions that lift one.
import type { JsonString } from '../../json-ast/types.js'
import { actionMatches, arnPatternCovers, hasWildcard, matchesWildcard, splitArn } from '../../iam/wildcard.js'
import { actionsMatching, isEveryAction, serviceOf } from '../actions.js'
import { conditionKeyNamed, hasCondition, statementLabel, type FindingDraft, type LintContext, type Rule, type StatementView } from '../context.js'
import { kindRules } from '../kinds/index.js'
import { BOUNDARY_LIFTING_ACTIONS, ESCALATION_PATHS, isIamOnly, PATH_ALSO_NEEDS, PATH_RESOURCE_TYPES, type EscalationPath } from './privilege-escalation-paths.js'
import { operatorNamed, trueWhenAbsent } from './conditions.js'
import { listText } from '../../list-text.js'
import { findAction } from '../../iam/catalog/index.js'
import { arnFitsFormat } from '../../iam/catalog/arn-fit.js'
import { memorable } from '../../memo-key.js'

/** Every action of the table, once, and the paths by whether they are IAM's own. */
const TABLE_ACTIONS: readonly string[] = [...new Set(ESCALATION_PATHS.flatMap((p) => p.steps.flat()))]
const INDEX = new Map(TABLE_ACTIONS.map((a, i) => [a.toLowerCase(), i]))
const IAM_PATHS = ESCALATION_PATHS.filter(isIamOnly)
const SERVICE_PATHS = ESCALATION_PATHS.filter((p) => !isIamOnly(p))

/** The table's actions by service prefix: most patterns name a service with none, and are answered without matching. */
const BY_SERVICE = new Map<string, number[]>()
TABLE_ACTIONS.forEach((a, i) => {
  const service = serviceOf(a.toLowerCase()) ?? ''
  const list = BY_SERVICE.get(service)
  if (list) list.push(i)
  else BY_SERVICE.set(service, [i])
})
const ALL_INDEXES = TABLE_ACTIONS.map((_a, i) => i)
const LIFTS_BOUNDARY: ReadonlySet<number> = new Set(BOUNDARY_LIFTING_ACTIONS.map((a) => INDEX.get(a.toLowerCase()) as number))
const NONE: readonly number[] = []

/**
 * Per table action, the ARN formats (catalogue) of the resource types its path
 * goes through: every type it acts on, or those PATH_RESOURCE_TYPES names
 * (`ssm:SendCommand`: EC2 and managed instances, not its output bucket). IAM
 * matches a Resource against the ARN of what the request acts on, so
 * `iam:PassRole` on `arn:aws:s3:::bucket/*` grants nothing, and
 * `ssm:SendCommand` on `arn:aws:s3:::*` reaches no instance. Empty for an
 * action that takes no resource type: IAM authorises it on "*" only.
 */
const PATH_FORMATS: readonly (readonly string[])[] = TABLE_ACTIONS.map((a) => {
  const through = PATH_RESOURCE_TYPES[a]
  const types = (findAction(a)?.resourceTypes ?? []).filter((t) => through === undefined || through.includes(t.name))
  return types.flatMap((t) => t.arnFormats)
})

/**
 * Could the broad resource name a resource the table action's path goes
 * through? Its pattern must share an ARN with one of their formats (a
 * wildcard or variable in its service part can stand for any service).
 */
function mayActOn(i: number, resource: string): boolean {
  if (resource === '*') return true
  const formats = PATH_FORMATS[i]
  for (let k = 0; k < formats.length; k++) if (arnFitsFormat(resource, formats[k])) return true
  return false
}

/** Per table action, the ARNs PATH_ALSO_NEEDS names for it (empty: nothing more). */
const ALSO_NEEDS: readonly (readonly string[])[] = TABLE_ACTIONS.map((a) => PATH_ALSO_NEEDS[a] ?? [])

// The table actions a pattern matches, remembered by the pattern lower-cased.
const memo = new Map<string, readonly number[]>()
function tableActionsMatching(lower: string): readonly number[] {
  let found = memo.get(lower)
  if (found === undefined) {
    // No service to read (`*`): the whole text, a wildcard, so every table action is a candidate.
    const service = serviceOf(lower) ?? lower
    const candidates = hasWildcard(service) ? ALL_INDEXES : (BY_SERVICE.get(service) ?? NONE)
    const hits: number[] = []
    for (const i of candidates) if (actionMatches(lower, TABLE_ACTIONS[i])) hits.push(i)
    found = hits.length === 0 ? NONE : hits
    if (memo.size >= 20000) memo.clear()
    if (memorable(lower)) memo.set(lower, found)
  }
  return found
}

const BROAD_RESOURCE = /^[A-Za-z0-9-]*[/:]?\*$/

/** "*", or an ARN naming every resource of a type (`role/*`, `function:*`, `*`). */
function isBroad(value: string): boolean {
  if (value === '*') return true
  // Most resources name one thing: answer those without splitting.
  if (value.charCodeAt(value.length - 1) !== 42 /* * */) return false
  const parts = splitArn(value)
  return parts !== undefined && BROAD_RESOURCE.test(parts[5])
}

interface Grant {
  s: StatementView
  /** Where to point: the action string, or the NotAction key. */
  at: JsonString
  /** The broad resources it is granted on ("*" for a NotResource). */
  resources: string[]
  /** Only on resources carrying a given tag (limitedByResourceTag). */
  tagLimited: boolean
  /** The services a role may be passed to (passedToServices), or undefined for any. */
  passedTo: readonly string[] | undefined
}

/** Operators that match a key's value against the policies named, and are false when the key is absent. */
const NAMING_OPERATORS: ReadonlySet<string> = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike'])

/**
 * Does the condition admit only the values it names: an operator of
 * `operators` (base names, lower case) that an absent key fails (not negated,
 * not ...IfExists, not ForAllValues:)?
 */
function admitsOnlyNamed(c: StatementView['conditions'][number], operators: ReadonlySet<string>): boolean {
  const op = operatorNamed(c.operator.value)
  return op !== undefined && !trueWhenAbsent(op) && operators.has(op.base)
}

/**
 * Does the statement apply only where the user or role acted on carries one
 * of the permissions boundaries it names (`iam:PermissionsBoundary` equal to
 * policy ARNs written out: no wildcard, no variable)? Then whatever it lets
 * the holder create, attach or write stays within that boundary: the IAM
 * actions that take the key (CreateRole, PutRolePolicy, AttachUserPolicy,
 * PutRolePermissionsBoundary...) act only on bounded principals, and an action
 * that does not take it is never allowed by the statement, the key being
 * absent from its requests. AWS's pattern for delegating IAM administration.
 * An operator true when the key is absent (negated, ...IfExists,
 * ForAllValues:) bounds nothing.
 */
function withinBoundary(s: StatementView): boolean {
  for (const c of conditionKeyNamed(s, 'iam:PermissionsBoundary')) {
    if (!admitsOnlyNamed(c, NAMING_OPERATORS)) continue
    if (c.values.length > 0 && c.values.every((v) => v.kind === 'string' && v.value !== '' && !/[*?$]/.test(v.value))) return true
  }
  return false
}

/** An AWS managed policy's ARN written out: no wildcard, no variable (the account part is "aws"). */
const AWS_MANAGED_POLICY = /^arn:aws(?:-[a-z]+)*:iam::aws:policy\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/

/** AWS managed policies that grant all of IAM (`*` or `iam:*`): attaching one raises privileges as far as any. */
const GRANTS_ALL_OF_IAM = /^(?:AdministratorAccess(?:-.*)?|IAMFullAccess)$/

/**
 * Does the statement apply only to attaching or detaching the AWS managed
 * policies its condition names (`iam:PolicyARN` under a naming operator, each
 * an `arn:aws:iam::aws:policy/NAME` written out)? The key is in the requests
 * of Attach/Detach{User,Group,Role}Policy only (the Service Authorization
 * Reference), so the statement allows no other action, and those it allows
 * attach only policies AWS writes, which no customer can change: the
 * delegation AWS's own Quick Setup policies grant. Not when a policy named
 * grants all of IAM (AdministratorAccess, IAMFullAccess).
 */
function attachesOnlyNamedPolicies(s: StatementView): boolean {
  for (const c of conditionKeyNamed(s, 'iam:PolicyARN')) {
    if (!admitsOnlyNamed(c, NAMING_OPERATORS) || c.values.length === 0) continue
    if (c.values.every((v) => v.kind === 'string' && !GRANTS_ALL_OF_IAM.test(AWS_MANAGED_POLICY.exec(v.value)?.[1] ?? 'AdministratorAccess'))) return true
  }
  return false
}

/** String operators that compare a key's value to those named, false when the key is absent (base names, lower case). */
const STRING_NAMING_OPERATORS: ReadonlySet<string> = new Set(['stringequals', 'stringequalsignorecase', 'stringlike'])

/** A tag of the resource acted on: aws:ResourceTag/KEY or a service's own form (ec2:ResourceTag/KEY, ssm:resourceTag/KEY, iam:ResourceTag/KEY). */
const RESOURCE_TAG_KEY = /^[a-z0-9-]+:resourcetag\/./

/**
 * Does the statement apply only to resources that carry a given tag value
 * (`aws:ResourceTag/Team` equal to "dev", or to `${aws:PrincipalTag/Team}`)?
 * The attribute-based pattern AWS documents for Session Manager, Lambda and
 * EC2: the holder then reaches the tagged functions, instances or roles, not
 * every one. An operator true when the tag is absent (negated, ...IfExists,
 * ForAllValues:) limits nothing, nor does a value that is only wildcards
 * (StringLike "*" asks only that the tag be there).
 */
export function limitedByResourceTag(s: StatementView): boolean {
  for (let i = 0, conditions = s.conditions; i < conditions.length; i++) {
    const c = conditions[i]
    if (!RESOURCE_TAG_KEY.test(c.lowerKey) || !admitsOnlyNamed(c, STRING_NAMING_OPERATORS)) continue
    if (c.values.length > 0 && c.values.every((v) => v.kind === 'string' && /[^*?]/.test(v.value))) return true
  }
  return false
}

/**
 * How the holder could put a tag on the resources of these ARN formats by
 * this document, as written, or undefined: an Allow's action of the Tagging
 * access level that acts on one of them (`ec2:CreateTags` on instances,
 * `lambda:TagResource` on functions, `iam:TagRole` on roles), a wildcard
 * covering one, "*" or NotAction; under any condition but those
 * mayTagExisting and taggingConfinedTo read. Then it could tag its way into
 * the scope of the tag condition of `scope`, which no longer bounds the grant.
 * Tagging another service's resources (`s3:PutBucketTagging`) does not, nor
 * the Resource Groups Tagging API's `tag:TagResources`, which needs the
 * service's own tagging permission besides, nor `sts:TagSession`: the
 * reference lists it on the role, but it passes tags to the session being
 * made ("Passing session tags in AWS STS"), and the role keeps its own.
 */
export function taggingOf(ctx: LintContext, formats: readonly string[], scope: StatementView): string | undefined {
  for (let j = 0, statements = ctx.statements; j < statements.length; j++) {
    const s = statements[j]
    if (s.effect !== 'Allow' || !mayTagExisting(s, formats) || taggingConfinedTo(s, scope)) continue
    if (s.notActions.length > 0) return 'NotAction'
    for (let k = 0, lowerActions = s.lowerActions; k < lowerActions.length; k++) {
      const lower = lowerActions[k]
      if (isEveryAction(lower)) return s.actions[k].value
      const tags = taggableFormats(lower)
      for (let f = 0; f < formats.length; f++) if (tags.has(formats[f])) return s.actions[k].value
    }
  }
  return undefined
}

/**
 * Could the statement put a tag on an existing resource of these ARN formats,
 * whatever its actions? Not when its Resource names none of them
 * (`ec2:CreateTags` on `snapshot/*` tags no instance), when it applies only
 * to calls an AWS service makes for the holder (aws:CalledVia,
 * aws:ViaAWSService), or when `ec2:CreateAction` requires the tags to come
 * with a create action: EC2 then tags only the resources that call creates
 * ("Grant permission to tag resources during creation", EC2 User Guide).
 */
function mayTagExisting(s: StatementView, formats: readonly string[]): boolean {
  if (onlyViaService(s)) return false
  for (const c of conditionKeyNamed(s, 'ec2:CreateAction')) if (admitsOnlyNamed(c, STRING_NAMING_OPERATORS) && c.values.length > 0) return false
  if (s.elements.NotResource !== undefined) return true
  for (const r of s.resources) {
    if (r.value === '*') return true
    for (let f = 0; f < formats.length; f++) if (arnFitsFormat(r.value, formats[f])) return true
  }
  return false
}

/** A resource tag's name, whatever service writes the key (`aws:ResourceTag/team`, `ec2:ResourceTag/team`: "team"), lower case; or undefined. */
function resourceTagOf(lowerKey: string): string | undefined {
  return RESOURCE_TAG_KEY.test(lowerKey) ? lowerKey.slice(lowerKey.indexOf('/') + 1) : undefined
}

/**
 * Does a tag condition of the tagging statement confine it to resources the
 * scope's tag condition already admits (the same tag, values among the
 * scope's)? Then it tags only resources already in scope, and brings in none
 * (AmazonRDSCustomServiceRolePolicy: ec2:CreateTags and ssm:SendCommand both
 * on instances tagged AWSRDSCustom).
 */
function taggingConfinedTo(tagging: StatementView, scope: StatementView): boolean {
  for (const c of tagging.conditions) {
    const tag = resourceTagOf(c.lowerKey)
    if (tag === undefined || !admitsOnlyNamed(c, STRING_NAMING_OPERATORS) || c.values.length === 0) continue
    for (const d of scope.conditions) {
      if (resourceTagOf(d.lowerKey) !== tag || !admitsOnlyNamed(d, STRING_NAMING_OPERATORS)) continue
      if (c.values.every((v) => v.kind === 'string' && d.values.some((w) => w.kind === 'string' && w.value === v.value))) return true
    }
  }
  return false
}

const NO_FORMATS: ReadonlySet<string> = new Set()
/** Tagging-level actions that tag a session, not the resource they are authorised on. */
const SESSION_TAGGING: ReadonlySet<string> = new Set(['sts:TagSession'])
const taggableMemo = new Map<string, ReadonlySet<string>>()

/** The ARN formats the Tagging-level actions a pattern (lower case) matches act on, remembered by the pattern. */
function taggableFormats(lower: string): ReadonlySet<string> {
  let formats = taggableMemo.get(lower)
  if (formats === undefined) {
    let found: Set<string> | undefined
    for (const a of actionsMatching(lower)) {
      if (a.accessLevel !== 'Tagging' || SESSION_TAGGING.has(a.fullName)) continue
      for (const t of a.resourceTypes) for (const f of t.arnFormats) (found ??= new Set()).add(f)
    }
    formats = found ?? NO_FORMATS
    if (taggableMemo.size >= 20000) taggableMemo.clear()
    if (memorable(lower)) taggableMemo.set(lower, formats)
  }
  return formats
}

/**
 * The services the statement lets a role be passed to, when its condition
 * names them: `iam:PassedToService` under StringEquals, StringEqualsIgnoreCase
 * or StringLike (not negated, not ...IfExists, not ForAllValues:), the
 * pattern AWS documents for iam:PassRole. Undefined when no such condition
 * limits it. The values, lower case, may hold wildcards.
 */
function passedToServices(s: StatementView): readonly string[] | undefined {
  for (const c of conditionKeyNamed(s, 'iam:PassedToService')) {
    if (!admitsOnlyNamed(c, STRING_NAMING_OPERATORS)) continue
    if (c.values.length > 0 && c.values.every((v) => v.kind === 'string')) return c.values.map((v) => (v.kind === 'string' ? v.value.toLowerCase() : ''))
  }
  return undefined
}

/**
 * The operator, as written, of an `iam:PassedToService` condition that names
 * services but is true when the key is absent (`StringEqualsIfExists`,
 * `ForAllValues:StringEquals`), when the statement has no condition that
 * limits it (passedToServices): the reason RTC606 still reports the statement.
 * Not every service sends the key (the IAM guide: "AWS services that support
 * iam:PassedToService also support" iam:AssociatedResourceArn), and a role
 * passed to one that does not passes such a condition.
 */
function passedToOnlyWhenSent(s: StatementView): string | undefined {
  for (const c of conditionKeyNamed(s, 'iam:PassedToService')) {
    const op = operatorNamed(c.operator.value)
    if (op !== undefined && (op.ifExists || op.set === 'ForAllValues') && STRING_NAMING_OPERATORS.has(op.base) && op.family === 'String') return c.operator.value
  }
  return undefined
}

/**
 * Does the grant let a role be passed to the path's service? A grant whose
 * condition names other services (`iam:PassedToService` "ec2.amazonaws.com"
 * for a new Lambda function) passes no role along this path. China Regions
 * name the service with ".amazonaws.com.cn".
 */
function passesTo(g: Grant, path: EscalationPath): boolean {
  const given = g.passedTo
  if (given === undefined || path.passedTo === undefined) return true
  return path.passedTo.some((principal) => given.some((v) => matchesWildcard(v, principal) || matchesWildcard(v, `${principal}.cn`)))
}

/** Keys AWS puts only in requests a service makes on a principal's behalf (lower case). */
const VIA_SERVICE_KEYS: ReadonlySet<string> = new Set(['aws:calledvia', 'aws:calledviafirst', 'aws:calledvialast'])

/**
 * Does the statement apply only to requests an AWS service makes on the
 * holder's behalf (forward access sessions)? `aws:ViaAWSService` true, or an
 * `aws:CalledVia` key (present only in such requests) under an operator that
 * is false when it is absent. The holder cannot then make the call itself:
 * the service makes it, doing what the service does (AWS's migration and
 * disaster-recovery policies grant ssm:SendCommand this way).
 */
function onlyViaService(s: StatementView): boolean {
  for (const c of s.conditions) {
    const op = operatorNamed(c.operator.value)
    if (!op || trueWhenAbsent(op)) continue
    if (VIA_SERVICE_KEYS.has(c.lowerKey) && c.values.length > 0) return true
    if (c.lowerKey === 'aws:viaawsservice' && op.base === 'bool' && c.values.length > 0 && c.values.every((v) => (v.kind === 'string' && v.value === 'true') || (v.kind === 'boolean' && v.value === true))) return true
  }
  return false
}

/** The broad resources an Allow statement grants on ("*" for a NotResource), or undefined when it names specific ones only. */
function broadResources(s: StatementView): string[] | undefined {
  if (s.elements.NotResource !== undefined) return ['*']
  let broad: string[] | undefined
  for (const r of s.resources) if (isBroad(r.value)) (broad ??= []).push(r.value)
  return broad
}

/**
 * Per table action: the grants that are not cancelled by a Deny. Asked of
 * every document, so nothing is allocated until a statement grants a table
 * action on a broad resource (most statements name specific resources, or
 * actions of services the table does not hold).
 */
function grantsByAction(ctx: LintContext): Map<number, Grant[]> | undefined {
  let granted: Map<number, Grant[]> | undefined
  for (let j = 0, statements = ctx.statements; j < statements.length; j++) {
    const s = statements[j]
    if (s.effect !== 'Allow' || !namesTableAction(s) || onlyViaService(s) || attachesOnlyNamedPolicies(s)) continue
    const resources = broadResources(s)
    if (!resources) continue
    const bounded = withinBoundary(s)
    const tagLimited = limitedByResourceTag(s)
    const passedTo = passedToServices(s)
    forGranted(s, (i, at) => {
      if (bounded && !LIFTS_BOUNDARY.has(i)) return
      const fit = resources.every((r) => mayActOn(i, r)) ? resources : resources.filter((r) => mayActOn(i, r))
      if (fit.length === 0) return
      granted ??= new Map()
      let list = granted.get(i)
      if (!list) granted.set(i, (list = []))
      list.push({ s, at, resources: fit, tagLimited, passedTo })
    })
  }
  if (!granted) return undefined
  for (const i of [...granted.keys()]) if (ALSO_NEEDS[i].length > 0 && !allowedOnNeeded(ctx, i)) granted.delete(i)
  // An unconditional Deny cancels the grants whose every broad resource it covers.
  for (let j = 0, statements = ctx.statements; j < statements.length; j++) {
    const s = statements[j]
    if (s.effect !== 'Deny' || hasCondition(s) || s.elements.NotResource !== undefined || s.resources.length === 0) continue
    const denied = new Set<number>()
    // Action "*" denies every table action (forGranted leaves "*" to RTC603 on the Allow side).
    if (s.lowerActions.some(isEveryAction)) for (let i = 0; i < TABLE_ACTIONS.length; i++) denied.add(i)
    else forGranted(s, (i) => denied.add(i))
    for (const i of denied) {
      const grants = granted.get(i)
      if (!grants) continue
      const left = grants.filter((g) => !g.resources.every((r) => s.resources.some((d) => arnPatternCovers(d.value, r))))
      if (left.length === 0) granted.delete(i)
      else granted.set(i, left)
    }
  }
  return granted.size === 0 ? undefined : granted
}

/** Does some Allow statement grant table action `i` on "*", a NotResource, or a resource naming one of ALSO_NEEDS[i]? */
function allowedOnNeeded(ctx: LintContext, i: number): boolean {
  for (let j = 0, statements = ctx.statements; j < statements.length; j++) {
    const s = statements[j]
    if (s.effect !== 'Allow' || onlyViaService(s)) continue
    let grants = false
    forGranted(s, (k) => {
      if (k === i) grants = true
    })
    if (!grants) continue
    if (s.elements.NotResource !== undefined) return true
    for (const r of s.resources) {
      if (r.value === '*') return true
      for (const format of ALSO_NEEDS[i]) if (arnFitsFormat(r.value, format)) return true
    }
  }
  return false
}

/** Could the statement grant a table action? (A memo lookup per action; most name none.) */
function namesTableAction(s: StatementView): boolean {
  if (s.notActions.length > 0) return true
  for (let i = 0, lowerActions = s.lowerActions; i < lowerActions.length; i++) {
    const lower = lowerActions[i]
    if (lower !== '*' && lower !== '*:*' && tableActionsMatching(lower).length > 0) return true
  }
  return false
}

/** Calls `each` for every table action the statement's Action (or NotAction) covers. */
function forGranted(s: StatementView, each: (i: number, at: JsonString) => void): void {
  for (let k = 0; k < s.actions.length; k++) {
    const lower = s.lowerActions[k]
    if (isEveryAction(lower)) continue
    const hits = tableActionsMatching(lower)
    if (hits.length === 0) continue
    const a: JsonString = s.actions[k]
    for (const i of hits) each(i, a)
  }
  const notAction = s.elements.NotAction
  if (!notAction || s.notActions.length === 0) return
  const excluded = new Set<number>()
  for (const a of s.notActions) for (const i of tableActionsMatching(a.value.toLowerCase())) excluded.add(i)
  for (let i = 0; i < TABLE_ACTIONS.length; i++) if (!excluded.has(i)) each(i, notAction.key)
}

function where(resources: string[]): string {
  return [...new Set(resources)].map((r) => (r === '*' ? '"*"' : r)).join(', ')
}

/** The grants that make a path possible, one per step, among those `counts` accepts; or undefined. */
function pathGrants(path: EscalationPath, granted: Map<number, Grant[]>, counts: (i: number, g: Grant) => boolean): Array<{ action: string; grant: Grant }> | undefined {
  const chosen: Array<{ action: string; grant: Grant }> = []
  for (const step of path.steps) {
    let hit: { action: string; grant: Grant } | undefined
    for (const action of step) {
      const i = INDEX.get(action.toLowerCase()) as number
      const grant = granted.get(i)?.find((g) => counts(i, g))
      if (grant) {
        hit = { action, grant }
        break
      }
    }
    if (!hit) return undefined
    chosen.push(hit)
  }
  return chosen
}

/**
 * Does the grant pass roles only to the services its `iam:PassedToService`
 * condition names, each written out up to its first dot
 * (`ec2.amazonaws.com`, `ec2.amazonaws.com*`)? A value that leaves the
 * service open (`*`, `*.amazonaws.com`, `e*`) or holds a variable limits
 * nothing.
 */
function passesToNamedServices(g: Grant): boolean {
  return g.passedTo !== undefined && g.passedTo.every((v) => /^[a-z0-9-]+\./.test(v) && !v.includes('$'))
}

const PASS_ROLE_INDEX = INDEX.get('iam:passrole') as number

/**
 * RTC606: IAM's own escalation actions, one finding per statement that
 * grants them. iam:PassRole limited to named services (the condition AWS
 * documents for it) hands a role only to them: what that lets the holder do
 * depends on what it may do in those services, the paths RTC624 reads (a new
 * Lambda function, EC2 instance...), so it is left to RTC624.
 */
function iamEscalation(granted: Map<number, Grant[]>, out: FindingDraft[]): void {
  const byStatement = new Map<StatementView, { names: string[]; first: Grant; resources: string[] }>()
  for (const path of IAM_PATHS) {
    const action = path.steps[0][0]
    const i = INDEX.get(action.toLowerCase()) as number
    for (const g of granted.get(i) ?? []) {
      if (i === PASS_ROLE_INDEX && passesToNamedServices(g)) continue
      const seen = byStatement.get(g.s)
      if (seen) {
        if (!seen.names.includes(action)) seen.names.push(action)
        // Point at the statement's first action that grants any of them.
        if (g.at.from < seen.first.at.from) seen.first = g
      } else byStatement.set(g.s, { names: [action], first: g, resources: g.resources })
    }
  }
  for (const { names, first, resources } of byStatement.values()) {
    const shown = listText(names, 4)
    const ifPresent = names.includes('iam:PassRole') ? passedToOnlyWhenSent(first.s) : undefined
    out.push({
      code: 'RTC606',
      span: first.at.span,
      message: `${shown} on ${where(resources)}: the holder can raise its own (or others') privileges${ifPresent === undefined ? '' : ` (its ${ifPresent} on iam:PassedToService is true when the service a role is passed to does not send the key, so it limits nothing)`}.`,
      hint: 'Scope these actions to specific user/role/policy ARNs, or remove them.'
    })
  }
}

/**
 * RTC624: the paths through other services, one finding per document. A
 * grant limited to resources with a given tag (limitedByResourceTag) reaches
 * only the tagged functions, instances or roles, and so acts with the
 * permissions of those roles alone: it counts only when the document also
 * lets the holder tag what the path goes through (taggingOf). RTC606 does
 * not read tags: writing a policy on a tagged role (iam:PutRolePolicy) or
 * creating a tagged user's keys raises privileges as far as the holder
 * likes, whichever principals it may touch.
 */
function serviceEscalation(ctx: LintContext, granted: Map<number, Grant[]>, out: FindingDraft[]): void {
  const tagging = new Map<StatementView, Map<number, string | null>>()
  const taggingFor = (i: number, scope: StatementView): string | null => {
    let byAction = tagging.get(scope)
    if (!byAction) tagging.set(scope, (byAction = new Map()))
    let how = byAction.get(i)
    if (how === undefined) byAction.set(i, (how = taggingOf(ctx, PATH_FORMATS[i], scope) ?? null))
    return how
  }
  const found: Array<{ path: EscalationPath; chosen: Array<{ action: string; grant: Grant }> }> = []
  for (const path of SERVICE_PATHS) {
    const chosen = pathGrants(path, granted, (i, g) => passesTo(g, path) && (!g.tagLimited || taggingFor(i, g.s) !== null))
    if (chosen) found.push({ path, chosen })
  }
  if (found.length === 0) return
  const [first] = found
  const actions = first.chosen.map((c) => c.action).join(' + ')
  const statements = [...new Set(first.chosen.map((c) => statementLabel(c.grant.s)))].join(' and ')
  const more = found.length > 1 ? `; also ${listText(found.slice(1).map((f) => f.path.name), 3, '; ')}` : ''
  const tagged = first.chosen.find((c) => c.grant.tagLimited)
  const how = tagged ? ` (its tag condition does not bound it: the policy also allows ${taggingFor(INDEX.get(tagged.action.toLowerCase()) as number, tagged.grant.s)}, which can put the tag on other resources of the kind)` : ''
  out.push({
    code: 'RTC624',
    span: first.chosen[0].grant.at.span,
    message: `${actions} on ${where(first.chosen.flatMap((c) => c.grant.resources))} (${statements})${how}: the holder can ${first.path.name}, and so act with that role's permissions${more}.`,
    hint: 'Limit these actions to specific resources (and iam:PassRole to specific role ARNs with an iam:PassedToService condition), or deny the path explicitly.'
  })
}

function privilegeEscalation(ctx: LintContext, out: FindingDraft[]): void {
  if (!kindRules(ctx.kind).allowGrants) return
  const granted = grantsByAction(ctx)
  if (!granted) return
  iamEscalation(granted, out)
  serviceEscalation(ctx, granted, out)
}

export const privilegeEscalationRules: Rule[] = [privilegeEscalation]

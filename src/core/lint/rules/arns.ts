// RTC3xx: ARNs in Resource, NotResource and Principal. Shape, partition,
// service, 12-digit accounts, the IAM forms (user/, role/, root ...), wildcards
// inside Principal ARNs, and whether a resource is of a type the statement's
// actions act on at all (sts:AssumeRole on a user ARN grants nothing).
import type { JsonString } from '../../json-ast/types.js'
import { arnFitsAction, findService, servicePrefixes, type ActionInfo } from '../../iam/catalog/index.js'
import { actionsMatching } from '../actions.js'
import type { FindingDraft, LintContext, Rule, StatementView } from '../context.js'
import { statementLabel } from '../context.js'
import { hasPlaceholder, placeholdersIn } from './placeholders.js'

function withoutPlaceholders(text: string): string {
  let out = text
  for (const p of placeholdersIn(text)) out = out.replace(p.text, '')
  return out
}

const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'])
const ACCOUNT = /^\d{12}$/
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

function hasWild(text: string): boolean {
  return text.includes('*') || text.includes('?')
}

let arnNamespaces: Set<string> | undefined
const arnServiceMemo = new Map<string, boolean>()

/** Services that appear in ARNs: every prefix, plus namespaces the formats use under another name. */
function isArnService(service: string): boolean {
  let known = arnServiceMemo.get(service)
  if (known === undefined) {
    known = findArnService(service)
    if (arnServiceMemo.size > 1000) arnServiceMemo.clear()
    arnServiceMemo.set(service, known)
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

/** Structural checks on one ARN; returns false when the ARN is too broken to check further. */
function checkArn(node: JsonString, where: Where, out: FindingDraft[]): boolean {
  const arn = node.value
  // The five leading colons, found without splitting the whole ARN.
  const c1 = arn.indexOf(':')
  const c2 = c1 === -1 ? -1 : arn.indexOf(':', c1 + 1)
  const c3 = c2 === -1 ? -1 : arn.indexOf(':', c2 + 1)
  const c4 = c3 === -1 ? -1 : arn.indexOf(':', c3 + 1)
  const c5 = c4 === -1 ? -1 : arn.indexOf(':', c4 + 1)
  if (c5 === -1 || c1 !== 3 || !arn.startsWith('arn')) {
    out.push({
      code: 'RTC301',
      span: node.span,
      message: `"${arn}" is not a well-formed ARN (arn:partition:service:region:account:resource).`,
      hint: where === 'resource' ? 'Write a full ARN, or "*".' : 'Write the principal as a full ARN or a 12-digit account id.'
    })
    return false
  }
  const partition = arn.slice(c1 + 1, c2)
  const service = arn.slice(c2 + 1, c3)
  const region = arn.slice(c3 + 1, c4)
  const account = arn.slice(c4 + 1, c5)
  const resource = arn.slice(c5 + 1)
  // "aws" first: nearly every ARN names it, and the set lookup would hash the part.
  if (partition !== 'aws' && !hasWild(partition) && !PARTITIONS.has(partition)) {
    out.push({ code: 'RTC302', span: node.span, message: `"${partition}" in ${arn} is not an AWS partition.`, hint: 'Use "aws" (or aws-cn, aws-us-gov ...).' })
  }
  if (!hasWild(service) && !isArnService(service)) {
    out.push({ code: 'RTC303', span: node.span, message: `"${service}" in ${arn} is not a known AWS service namespace.`, hint: 'Check the service part of the ARN (e.g. iam, s3, kms, redshift).' })
  }
  if (account !== '' && account !== 'aws' && !ACCOUNT.test(account)) {
    if (hasWild(account)) {
      if (where === 'resource') {
        out.push({ code: 'RTC615', span: node.span, message: `${arn} matches that resource in every AWS account (wildcard account id).`, hint: 'Replace the account wildcard with the 12-digit account id(s) you mean.' })
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
  const lowerService = service.toLowerCase()
  if (lowerService === 'iam' || lowerService === 'sts') {
    if (region !== '' && lowerService === 'iam') {
      out.push({ code: 'RTC305', span: node.span, message: `IAM ARNs have no region; ${arn} names "${region}".`, hint: `Write arn:${partition}:iam::${account}:${resource}.` })
    }
    const slash = resource.indexOf('/')
    const type = slash === -1 ? resource : resource.slice(0, slash)
    const name = slash === -1 ? '' : resource.slice(slash + 1)
    const known = lowerService === 'iam' ? IAM_RESOURCE_TYPES : STS_RESOURCE_TYPES
    if (resource === 'root' || resource === '*' || (hasWild(type) && slash === -1)) return true
    if (hasWild(type)) return true
    if (!known.has(type)) {
      const hint = known.has(type.replace(/s$/, '')) ? `Write "${type.replace(/s$/, '')}/".` : `IAM resource types are ${[...known].slice(0, 6).join('/, ')}/ ...`
      out.push({ code: 'RTC305', span: node.span, message: `"${type}" in ${arn} is not an ${service} resource type.`, hint })
    } else if (name === '') {
      out.push({ code: 'RTC305', span: node.span, message: `${arn} has no name after "${type}/".`, hint: `Write ${type}/NAME.` })
    } else if (where === 'principal' && !['user', 'role', 'assumed-role', 'federated-user'].includes(type)) {
      out.push({ code: 'RTC305', span: node.span, message: `A ${type} cannot be a principal (${arn}).`, hint: 'Name users, roles or the account root (arn:aws:iam::ACCOUNT:root).' })
    } else if (where === 'federated' && type !== 'oidc-provider' && type !== 'saml-provider') {
      out.push({ code: 'RTC305', span: node.span, message: `A Federated principal must be an oidc-provider/ or saml-provider/ ARN, not ${arn}.`, hint: 'Put users and roles under "AWS".' })
    }
  }
  return true
}

function checkResource(r: JsonString, out: FindingDraft[]): void {
  if (r.value === '*' || r.value === '' || hasPlaceholder(r.value)) return
  checkArn(r, 'resource', out)
}

function checkResources(ctx: LintContext, out: FindingDraft[]): void {
  for (const s of ctx.statements) {
    for (const r of s.resources) checkResource(r, out)
    for (const r of s.notResources) checkResource(r, out)
  }
}

function checkPrincipalArns(ctx: LintContext, out: FindingDraft[]): void {
  for (const s of ctx.statements) {
    for (const p of [...s.principals, ...s.notPrincipals]) {
      const v = p.value.value
      if (v === '*' || v === '') continue
      // A wildcard is wrong whatever the placeholders around it become.
      if (p.type === 'AWS' && v.startsWith('arn:') && hasWild(withoutPlaceholders(v))) {
        out.push({
          code: 'RTC306',
          span: p.value.span,
          message: `Wildcard in the Principal ARN ${v}: wildcards are only allowed as Principal "*" on its own.`,
          hint: 'Name each principal, or use "*" with an ArnLike condition on aws:PrincipalArn.'
        })
        continue
      }
      if (hasPlaceholder(v)) continue
      if (p.type === 'AWS') {
        if (ACCOUNT.test(v)) continue
        if (!v.startsWith('arn:')) {
          out.push({
            code: /^\d+$/.test(v) ? 'RTC304' : 'RTC301',
            span: p.value.span,
            message: /^\d+$/.test(v) ? `The account id ${v} has ${v.length} digits, not 12.` : `"${v}" is neither an ARN nor a 12-digit account id.`,
            hint: 'Write arn:aws:iam::ACCOUNT:role/NAME (or user/NAME, or root), or the 12-digit account id.'
          })
          continue
        }
        checkArn(p.value, 'principal', out)
      } else if (p.type === 'Federated' && v.startsWith('arn:')) {
        checkArn(p.value, 'federated', out)
      }
    }
  }
}

// A literal ARN (no wildcard, no policy variable) fits a format when the
// format, read as a pattern, matches it: one regular expression per format,
// compiled once. Patterns on both sides need the catalogue's intersection.
const formatRegExps = new Map<string, RegExp>()

function formatRegExp(format: string): RegExp {
  let re = formatRegExps.get(format)
  if (!re) {
    const parts = format.split(':')
    const head = parts.slice(0, 5).map((p) => p.split(/\$\{[^}]*\}/).map(escape).join('[^:]*'))
    const resource = parts
      .slice(5)
      .join(':')
      .split(/(\$\{[^}]*\}|\*)/)
      .map((piece) => (piece === '${BucketName}' ? '[^/]*' : piece.startsWith('${') || piece === '*' ? '.*' : escape(piece)))
      .join('')
    re = new RegExp(`^${head.join(':')}:${resource}$`, 'is')
    formatRegExps.set(format, re)
  }
  return re
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const LITERAL_ARN = /^[^*?$]*$/

/** A Resource ARN of a statement, read once for all the statement's actions. */
interface FitTarget {
  arn: string
  /** No wildcard and no policy variable: a format's regular expression decides. */
  literal: boolean
  /** The service part, lower case, when the ARN has all six parts and the service is plain letters, digits and '-'. */
  service: string | undefined
}

const PLAIN_SERVICE = /^[A-Za-z0-9-]+$/

function fitTarget(arn: string): FitTarget {
  // The service part lies between the second and third colon; the ARN has
  // all six parts when a fifth colon follows.
  const c1 = arn.indexOf(':')
  const c2 = c1 === -1 ? -1 : arn.indexOf(':', c1 + 1)
  const c3 = c2 === -1 ? -1 : arn.indexOf(':', c2 + 1)
  const c4 = c3 === -1 ? -1 : arn.indexOf(':', c3 + 1)
  const c5 = c4 === -1 ? -1 : arn.indexOf(':', c4 + 1)
  let service: string | undefined
  if (c5 !== -1) {
    const part = arn.slice(c2 + 1, c3)
    if (PLAIN_SERVICE.test(part)) service = part.toLowerCase()
  }
  return { arn, literal: LITERAL_ARN.test(arn), service }
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
        if (parts.length < 6 || !PLAIN_SERVICE.test(parts[2])) {
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

// Matching two patterns is the costly case, and repositories repeat their
// wildcard ARNs across files: remember recent answers.
const fitMemo = new Map<ActionInfo, Map<string, boolean>>()
let fitMemoSize = 0

function fits(info: ActionInfo, target: FitTarget): boolean {
  if (info.resourceTypes.length === 0) return false
  if (target.service !== undefined) {
    const services = formatServices(info)
    if (services !== null && !services.includes(target.service)) return false
  }
  const arn = target.arn
  if (target.literal) return literalFits(info, arn)
  let byArn = fitMemo.get(info)
  if (!byArn) {
    byArn = new Map()
    fitMemo.set(info, byArn)
  }
  let fit = byArn.get(arn)
  if (fit === undefined) {
    fit = arnFitsAction(info, arn)
    if (++fitMemoSize > 50000) {
      fitMemo.clear()
      fitMemoSize = 0
    }
    byArn.set(arn, fit)
  }
  return fit
}

function fitsSome(infos: readonly ActionInfo[], target: FitTarget): boolean {
  for (const info of infos) if (fits(info, target)) return true
  return false
}

function literalFits(info: ActionInfo, arn: string): boolean {
  for (const type of info.resourceTypes) for (const f of type.arnFormats) if (formatRegExp(f).test(arn)) return true
  return false
}

interface ExpandedAction {
  node: JsonString
  infos: readonly ActionInfo[]
}

function typeNames(actions: ExpandedAction[]): string {
  const names = new Set<string>()
  for (const a of actions) for (const info of a.infos) for (const t of info.resourceTypes) names.add(t.name)
  const list = [...names]
  if (list.length === 0) return 'no specific resource (they need "Resource": "*")'
  return list.length > 5 ? `${list.slice(0, 5).join(', ')} ...` : list.join(', ')
}

/** RTC307/RTC308: resources of a type none of the statement's actions act on, and actions with no resource here. */
function checkResourceFit(s: StatementView, out: FindingDraft[]): void {
  if (s.actions.length === 0 || s.resources.length === 0 || s.resources.some((r) => r.value === '*')) return
  const resources = s.resources.filter((r) => r.value.startsWith('arn:') && !hasPlaceholder(r.value))
  if (resources.length === 0) return
  const actions: ExpandedAction[] = []
  for (const a of s.actions) {
    if (a.value === '*' || hasPlaceholder(a.value)) return
    const infos = actionsMatching(a.value)
    if (infos.length > 0) actions.push({ node: a, infos })
  }
  if (actions.length === 0) return
  // Which (action, resource) pairs fit, worked out once for both questions
  // below: does each action fit some resource, does each resource fit some action.
  const targets = resources.map((r) => fitTarget(r.value))
  const actionFits: boolean[] = []
  const resourceFits: boolean[] = targets.map(() => false)
  for (const a of actions) {
    let any = false
    for (let i = 0; i < targets.length; i++) {
      if (fitsSome(a.infos, targets[i])) {
        any = true
        resourceFits[i] = true
      }
    }
    actionFits.push(any)
  }
  if (!resourceFits.includes(true)) {
    const label = statementLabel(s)
    const names = actions.map((a) => a.node.value)
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')
    for (const r of resources) {
      out.push({
        code: 'RTC307',
        span: r.span,
        message: `${r.value} is not a resource ${shown} act${names.length === 1 ? 's' : ''} on (${typeNames(actions)}), so ${label} grants nothing on it.`,
        hint: 'Use an ARN of the resource type the actions take, or move the actions to a statement with the right resources.'
      })
    }
    return
  }
  for (let k = 0; k < actions.length; k++) {
    if (actionFits[k]) continue
    const a = actions[k]
    out.push({
      code: 'RTC308',
      span: a.node.span,
      message: `${a.node.value} applies to none of the resources of ${statementLabel(s)} (it acts on ${typeNames([a])}).`,
      hint: 'Add a resource of the right type for it, or move it to its own statement.'
    })
  }
}

export const arnRules: Rule[] = [
  checkResources,
  checkPrincipalArns,
  (ctx, out) => {
    for (const s of ctx.statements) checkResourceFit(s, out)
  }
]

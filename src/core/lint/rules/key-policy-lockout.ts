// RTC625: a KMS key policy that lets no principal change it. KMS reads only
// the key policy to decide who may call kms:PutKeyPolicy on a key (IAM
// policies count only for what the key policy lets the account itself do), so
// a key policy in which no Allow grants that action, or in which an
// unconditional Deny takes every such grant back, leaves the key unmanageable:
// KMS's lockout safety check refuses such a policy unless the request sets
// BypassPolicyLockoutSafetyCheck, which CloudFormation and Terraform pass
// through, and after that only AWS Support can restore access (AWS KMS
// Developer Guide, "Default key policy": "Allows access to the AWS account and
// enables IAM policies").
//
// The rule speaks only when it is certain. Anything it cannot read for sure
// (a statement with no valid Effect, no Action, no Principal; a resource other
// than "*"; part of the file left out by a '...') keeps it silent, an Allow
// with a Condition or with NotPrincipal counts as a grant, and a Deny takes a
// grant back only with no Condition, on "*", to "*" or to exactly the
// principals the Allow names (as written). Every pass is over the statements
// and their strings once: a set of the principals denied, then the Allows.
//
// Not reported, measured (docs/checks.md, RTC625): a key policy with no
// statement for the account root. That is AWS's documented way of keeping
// IAM administrators away from a key, while RTC612 already notes every key
// policy that does trust the root.
import { matchesWildcard } from '../../iam/wildcard.js'
import { lowerAction } from '../actions.js'
import { hasCondition, isPrincipalStar, statementLabel, type FindingDraft, type LintContext, type PrincipalEntry, type Rule, type StatementView } from '../context.js'
import type { Span } from '../../json-ast/types.js'

const PUT_KEY_POLICY = 'kms:putkeypolicy'

/** How many of the Allow statements' actions a message lists; the rest are counted. */
const LISTED_ACTIONS = 5

/** An Action or NotAction pattern (lower-cased) that matches kms:PutKeyPolicy. */
function matchesPutKeyPolicy(lower: string): boolean {
  return matchesWildcard(lower, PUT_KEY_POLICY)
}

/** The statement's Action or NotAction covers kms:PutKeyPolicy; the pattern that does, or the NotAction key. */
function coversPutKeyPolicy(s: StatementView): { span: Span } | undefined {
  const notAction = s.elements.NotAction
  if (notAction !== undefined) {
    for (let i = 0, notActions = s.notActions; i < notActions.length; i++) if (matchesPutKeyPolicy(lowerAction(notActions[i].value))) return undefined
    return notAction.key
  }
  for (let i = 0, lower = s.lowerActions; i < lower.length; i++) if (matchesPutKeyPolicy(lower[i])) return s.actions[i]
  return undefined
}

// Principals this rule has read as keys, ever (one addition per principal, a row, not per character): a test bounds
// it by the file's principals, where a pass comparing each grant with each Deny would read their product.
let principalsKeyed = 0

/** How many principals RTC625 has keyed so far, in all. Only ever grows: the difference over a run is its count. */
export function keyPolicyPrincipalsKeyed(): number {
  return principalsKeyed
}

const principalKey = (p: PrincipalEntry): string => {
  principalsKeyed++
  return `${p.type}\u0000${p.value.value}`
}

/**
 * A file the rule can read for certain as a whole KMS key policy: a resource
 * policy whose every action is a kms: one (ctx.isKeyPolicy); every Resource
 * "*" (a statement with none is RTC111's); every statement with a valid
 * Effect, an Action or a NotAction (not both), and not both Principal and
 * NotPrincipal; every Allow with one of those; and at least one Allow (a
 * KMS-only resource control policy, all Deny, is not a key policy).
 */
function readableKeyPolicy(ctx: LintContext): boolean {
  if (ctx.kind !== 'resource' || !ctx.isKeyPolicy || ctx.bareStatement || !ctx.sizeKnown || ctx.statements.length === 0) return false
  let allows = 0
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    if (s.effect === undefined) return false
    if (s.elements.Action !== undefined && s.elements.NotAction !== undefined) return false
    if (s.elements.Principal !== undefined && s.elements.NotPrincipal !== undefined) return false
    if (s.actions.length === 0 && s.notActions.length === 0) return false
    for (let j = 0, resources = s.resources; j < resources.length; j++) if (resources[j].value !== '*') return false
    if (s.effect === 'Allow') {
      if (s.principals.length === 0 && s.notPrincipals.length === 0) return false
      allows++
    }
  }
  return allows > 0
}

/** The Deny statements that take kms:PutKeyPolicy away for certain: the one that does so from everyone, or the principals denied. */
function certainDenies(ctx: LintContext): { everyone: { s: StatementView; at: { span: Span } } | undefined; denied: Map<string, StatementView> } {
  const denied = new Map<string, StatementView>()
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    if (s.effect !== 'Deny' || hasCondition(s)) continue
    if (s.elements.NotResource !== undefined || s.everyResource === undefined) continue
    const at = coversPutKeyPolicy(s)
    if (!at) continue
    for (let j = 0, principals = s.principals; j < principals.length; j++) {
      const p = principals[j]
      if (isPrincipalStar(p)) return { everyone: { s, at }, denied }
      const key = principalKey(p)
      if (!denied.has(key)) denied.set(key, s)
    }
  }
  return { everyone: undefined, denied }
}

/** The Deny statements that take back every principal of `allow`, or undefined when one of them is not denied. */
function takenBackBy(allow: StatementView, denied: Map<string, StatementView>): Set<StatementView> | undefined {
  // An Allow with NotPrincipal (and so no Principal: readableKeyPolicy) lets in everyone not listed: only a Deny to "*" takes that back.
  if (allow.principals.length === 0) return undefined
  const by = new Set<StatementView>()
  for (let i = 0, principals = allow.principals; i < principals.length; i++) {
    const deny = denied.get(principalKey(principals[i]))
    if (!deny) return undefined
    by.add(deny)
  }
  return by
}

function labels(statements: readonly StatementView[]): string {
  const shown = statements.slice(0, 3).map((s) => statementLabel(s))
  return statements.length > 3 ? `${shown.join(', ')} and ${statements.length - 3} more` : shown.join(', ')
}

/** What the Allow statements grant, as written: the first few distinct actions, and NotAction statements as what they leave out. */
function grantedText(allows: readonly StatementView[]): string {
  const items: string[] = []
  const seen = new Set<string>()
  let more = 0
  const add = (text: string) => {
    if (seen.has(text)) return
    seen.add(text)
    if (items.length < LISTED_ACTIONS) items.push(text)
    else more++
  }
  for (let i = 0; i < allows.length; i++) {
    const s = allows[i]
    if (s.elements.NotAction !== undefined) add(`every action but ${s.notActions.slice(0, LISTED_ACTIONS).map((a) => a.value).join(', ')}`)
    else for (let j = 0; j < s.actions.length; j++) add(s.actions[j].value)
  }
  return more > 0 ? `${items.join(', ')} and ${more} more` : items.join(', ')
}

const EFFECT =
  'KMS accepts such a policy only with BypassPolicyLockoutSafetyCheck (which CloudFormation and Terraform pass on), and from then on no one can change it and IAM policies cannot grant it: only AWS Support can restore access to the key.'

const ADD_ROOT =
  'Keep the statement AWS\'s default key policy starts with, for the key\'s own account: {"Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}; or allow a key administrator role kms:PutKeyPolicy (the console\'s key administrators statement grants kms:Put*). (A VPC endpoint policy for KMS is not a key policy: declare such files as endpoint in policy-files.)'

function keyPolicyLockout(ctx: LintContext, out: FindingDraft[]): void {
  if (!readableKeyPolicy(ctx)) return
  const { everyone, denied } = certainDenies(ctx)
  if (everyone) {
    out.push({
      code: 'RTC625',
      span: everyone.at.span,
      message: `${statementLabel(everyone.s, true)} denies kms:PutKeyPolicy to every principal with no condition, so no one can ever change this key policy. ${EFFECT}`,
      hint: 'Leave kms:PutKeyPolicy out of the Deny, or add a condition that spares a key administrator (StringNotEquals or ArnNotEquals on aws:PrincipalArn).'
    })
    return
  }
  const allows: StatementView[] = []
  const grants: StatementView[] = []
  const takenBack = new Set<StatementView>()
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    if (s.effect !== 'Allow') continue
    allows.push(s)
    if (!coversPutKeyPolicy(s)) continue
    const by = takenBackBy(s, denied)
    // A grant no Deny takes back for certain: some principal can change the policy.
    if (!by) return
    grants.push(s)
    for (const d of by) takenBack.add(d)
  }
  const statementKey = ctx.root.members.find((m) => m.key.value === 'Statement')?.key
  const span = statementKey?.span ?? ctx.root.span
  if (grants.length > 0) {
    // In document order, as the message lists them.
    const denies = ctx.statements.filter((s) => takenBack.has(s))
    const first = coversPutKeyPolicy(denies[0]) ?? denies[0].node
    out.push({
      code: 'RTC625',
      span: first.span,
      message: `Every statement of this key policy that allows kms:PutKeyPolicy (${labels(grants)}) is taken back by a Deny of it to the same principals with no condition (${labels(denies)}), so no one can change the policy. ${EFFECT}`,
      hint: `Leave kms:PutKeyPolicy out of the Deny, or keep one principal allowed to change the policy. ${ADD_ROOT}`
    })
    return
  }
  out.push({
    code: 'RTC625',
    span,
    message: `No statement of this key policy allows any principal kms:PutKeyPolicy: its ${allows.length === 1 ? 'Allow statement grants' : `${allows.length} Allow statements grant`} only ${grantedText(allows)}. ${EFFECT}`,
    hint: ADD_ROOT
  })
}

export const keyPolicyLockoutRules: Rule[] = [keyPolicyLockout]

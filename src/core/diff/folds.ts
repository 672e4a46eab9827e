// Conditions that only restate who may ask or which resources are meant,
// folded into the Principal and Resource they restrict, so that equal sets
// written two ways compare equal: Principal "*" with aws:PrincipalArn pinned
// to a user is that user; "arn:aws:kms:us-east-1:*:key/*" with
// aws:ResourceAccount pinned to one account is that account's keys. Only
// exact restatements are folded (one clause, a positive operator without
// IfExists, no policy variable); anything else stays a condition.
import type { CanonicalStatement } from '../iam/canonical.js'
import { keyedByPolicy, type ConditionMap, type PrincipalMap } from '../iam/normalise.js'
import { findService } from '../iam/catalog/index.js'
import { arnMatches, hasWildcard, matchesWildcard, splitArn } from '../iam/wildcard.js'
import { hasPolicyVariable } from './conditions/index.js'
import { accountOf, reachedPrincipal, throughAccount } from './coverage.js'
import { isAccountId, wholeAccountOf } from '../iam/arn.js'
import { memorable } from '../memo-key.js'

/**
 * The one clause on `key` (lower case) when the block has exactly one:
 * [operator, values]. A key spelt two ways in a block is two clauses (the
 * canonical form keeps such spellings apart, ANDed), so it folds no more.
 */
function onlyClause(condition: ConditionMap, key: string): [string, string[]] | undefined {
  let found: [string, string[]] | undefined
  for (const [operator, keys] of Object.entries(condition)) {
    for (const [k, values] of Object.entries(keys)) {
      if (k.toLowerCase() !== key) continue
      if (found) return undefined
      found = [operator, values]
    }
  }
  return found
}

/** The block without `key` (lower case), whichever way it is spelt. */
function without(condition: ConditionMap, key: string): ConditionMap {
  const out: ConditionMap = keyedByPolicy()
  for (const [operator, keys] of Object.entries(condition)) {
    const rest = keyedByPolicy<string[]>()
    for (const [k, values] of Object.entries(keys)) if (k.toLowerCase() !== key) rest[k] = values
    if (Object.keys(rest).length > 0) out[operator] = rest
  }
  return out
}

const ROOT = /^arn:[^:]+:iam::\d{12}:root$/
/** An account key's clause folds when it names accounts exactly. */
function foldAccounts(operator: string, values: string[]): string[] | undefined {
  return operator === 'StringEquals' && values.every((v) => isAccountId(v)) ? values : undefined
}

/**
 * The ARN pattern of every principal an account holds, named directly (users,
 * roles and their sessions, the root user, in any partition): what an Allow
 * for Principal "*" narrowed by aws:PrincipalAccount grants.
 */
export function everyPrincipalOf(account: string): string {
  return `arn:*:*::${account}:*`
}

/** The account of an everyPrincipalOf pattern. */
export function accountOfEveryPrincipal(value: string): string | undefined {
  return /^arn:\*:\*::(\d{12}):\*$/.exec(value)?.[1]
}

/** A principal-restating key and the operators and values that fold. */
interface PrincipalKey {
  key: string
  label: string
  /** The key holds the caller's account: it narrows a Principal to the entries of those accounts. */
  account?: true
  /** Only statements this holds for carry the key (by default, every statement). */
  carriedBy?(s: CanonicalStatement): boolean
  fold(operator: string, values: string[]): string[] | undefined
  /** What an Allow for Principal "*" narrowed by the folded values names, when that is not the values themselves. */
  principals?(values: string[]): string[]
}

const PRINCIPAL_KEYS: PrincipalKey[] = [
  {
    key: 'aws:principalarn',
    label: 'aws:PrincipalArn',
    fold(operator, values) {
      // The root user's ARN names the root user alone, while a Principal root names the whole account; a
      // role session's aws:PrincipalArn is its role's ARN, so a session ARN there matches no request.
      if (values.some((v) => ROOT.test(v) || hasPolicyVariable(v) || v.includes(':assumed-role/'))) return undefined
      if (!['StringEquals', 'ArnEquals', 'StringLike', 'ArnLike'].includes(operator)) return undefined
      // Every caller's aws:PrincipalArn is an ARN: a value that is none and holds no wildcard (an account id written
      // where aws:PrincipalAccount was meant) admits no principal. Under StringEquals a `*` is a character, so
      // there the value must start as an ARN whatever it holds.
      const named = values.filter((v) => v.startsWith('arn:') || (operator !== 'StringEquals' && hasWildcard(v)))
      // A pattern that does not start as an ARN (`*`, `*:user/*`) would become a Principal entry read otherwise:
      // `*` there is every caller, anonymous ones and services too, which carry no aws:PrincipalArn (AWS global
      // condition keys: it is in every signed request, in no anonymous one). Such a condition stays a condition.
      return named.every((v) => v.startsWith('arn:')) ? named : undefined
    }
  },
  {
    key: 'aws:principalaccount',
    label: 'aws:PrincipalAccount',
    account: true,
    fold: foldAccounts,
    // Principal "*" grants every principal of the account directly, where a Principal naming the account
    // would only let its IAM policies decide (namesAsMuch in coverage.ts).
    principals: (accounts) => accounts.map(everyPrincipalOf)
  },
  {
    // KMS's own name for the caller's account, which key policies use (AWS's default key policy for
    // services): on a KMS request it is aws:PrincipalAccount. Requests to other services carry no such
    // key, so it folds only where every action of the statement is a KMS action.
    key: 'kms:calleraccount',
    label: 'kms:CallerAccount',
    account: true,
    carriedBy: (s) => s.action !== undefined && s.action.length > 0 && s.action.every((a) => a.startsWith('kms:')),
    fold: foldAccounts,
    principals: (accounts) => accounts.map(everyPrincipalOf)
  },
  {
    key: 'aws:principalorgid',
    label: 'aws:PrincipalOrgID',
    fold: (operator, values) => (operator === 'StringEquals' && !values.some((v) => hasWildcard(v) || hasPolicyVariable(v)) ? values.map((v) => `aws:PrincipalOrgID=${v}`) : undefined)
  }
]

export interface Folded {
  statement: CanonicalStatement
  /** What was folded, for the texts: "Principal `*` with aws:PrincipalArn = …". */
  notes: string[]
}

/** Does a principal-ARN condition value admit the principal ARN `arn`? As the evaluator reads the operator. */
function arnAdmits(operator: string, value: string, arn: string): boolean {
  if (operator === 'StringEquals') return value === arn
  if (operator === 'StringLike') return matchesWildcard(value, arn)
  return arnMatches(value, arn)
}

/**
 * A named Principal narrowed by the condition: the entries the condition
 * admits (an account narrowed by aws:PrincipalArn becomes the ARNs named in
 * it: in a Deny, those principals; in an Allow, each through the account).
 * Undefined when that cannot be said exactly.
 */
function restrict(p: PrincipalMap, key: PrincipalKey, operator: string, values: string[], effect: 'Allow' | 'Deny'): PrincipalMap | undefined {
  if (key.key === 'aws:principalorgid') return undefined
  const kept: string[] = []
  // Principals an account entry is narrowed to, with the entry (see below).
  const viaAccount: Array<[principal: string, account: string]> = []
  for (const [type, entries] of Object.entries(p)) {
    // Services and federated callers carry no aws:PrincipalArn or aws:PrincipalAccount: the condition fails for them.
    if (type !== 'AWS') continue
    for (const e of entries) {
      if (hasWildcard(e) || e.includes(':assumed-role/')) return undefined
      if (key.account) {
        if (values.includes(accountOf(e)?.account ?? '')) kept.push(e)
        continue
      }
      const account = wholeAccountOf(e)?.account
      if (account === undefined) {
        if (values.some((v) => arnAdmits(operator, v, e))) kept.push(e)
        continue
      }
      if (operator === 'StringEquals' && values.some(hasWildcard)) return undefined
      for (const v of values) {
        const vAccount = splitArn(v)?.[4]
        if (vAccount === undefined || hasWildcard(vAccount)) return undefined
        if (vAccount === account) viaAccount.push([v, e])
      }
    }
  }
  // A Deny for an account denies each principal it is narrowed to; an Allow lets their IAM policies decide.
  for (const [principal, account] of viaAccount) kept.push(effect === 'Deny' || kept.includes(principal) ? principal : throughAccount(principal, account))
  return { AWS: [...new Set(kept)].sort() }
}

function foldPrincipal(statement: CanonicalStatement, notes: string[]): CanonicalStatement {
  let s = statement
  // One fold can open the way to another (aws:PrincipalAccount dropping an account entry that aws:PrincipalArn
  // could not narrow): fold until none does. Each fold takes its key out of the condition, so this ends.
  for (let folded = true; folded; ) {
    folded = false
    for (const k of PRINCIPAL_KEYS) {
      const next = foldKey(s, k, notes)
      if (next) {
        s = next
        folded = true
      }
    }
  }
  return s
}

/** The statement with `k`'s condition folded into its Principal, or undefined when it does not fold. */
function foldKey(s: CanonicalStatement, k: PrincipalKey, notes: string[]): CanonicalStatement | undefined {
  const p = s.principal
  if (!p || (k.carriedBy && !k.carriedBy(s))) return undefined
  const star = p.AWS?.includes('*') === true
  const clause = onlyClause(s.condition, k.key)
  const values = clause && k.fold(clause[0], clause[1])
  if (!clause || !values) return undefined
  // StringEquals reads `*` as a character: as Principal entries such values would be patterns.
  const literalStars = clause[0] === 'StringEquals' && values.some(hasWildcard)
  // In a Deny, naming an account already means every principal in it.
  const names = s.effect === 'Allow' && k.principals ? k.principals(values) : values
  const principal = star ? (literalStars ? undefined : { AWS: names }) : restrict(p, k, clause[0], values, s.effect)
  if (!principal) return undefined
  const named = star ? 'Principal `*`' : 'the Principal'
  notes.push(
    star
      ? values.length === clause[1].length
        ? `${named} with ${k.label} ${clause[0]} ${clause[1].join(', ')} admits exactly those principals`
        : `${named} with ${k.label} ${clause[0]} ${clause[1].join(', ')} admits ${values.length > 0 ? `exactly ${values.join(', ')}` : 'no principal'}`
      : principal.AWS.length > 0
        ? `${named} with ${k.label} ${clause[0]} ${clause[1].join(', ')} admits exactly ${principal.AWS.join(', ')}`
        : `${named} with ${k.label} ${clause[0]} ${clause[1].join(', ')} admits no principal`
  )
  return { ...s, principal, condition: without(s.condition, k.key) }
}

// Bounded: a hostile policy's ARNs can name any number of services, of any length.
const accountServices = new Map<string, boolean>()

/** Does every ARN of this service name an account (so aws:ResourceAccount is the ARN's account)? */
function arnsCarryAccount(service: string): boolean {
  let known = accountServices.get(service)
  if (known === undefined) {
    const info = findService(service)
    known = !!info && info.resourceTypes.length > 0 && info.resourceTypes.every((t) => t.arnFormats.every((f) => f.includes('${Account}')))
    if (accountServices.size >= 1000) accountServices.clear()
    if (memorable(service)) accountServices.set(service, known)
  }
  return known
}

function foldResourceAccount(s: CanonicalStatement, notes: string[]): CanonicalStatement {
  const clause = onlyClause(s.condition, 'aws:resourceaccount')
  if (!clause || clause[0] !== 'StringEquals' || clause[1].length !== 1 || !isAccountId(clause[1][0]) || !s.resource) return s
  const account = clause[1][0]
  const pinned: string[] = []
  for (const r of s.resource) {
    const parts = splitArn(r)
    if (!parts || hasWildcard(parts[2]) || !arnsCarryAccount(parts[2])) return s
    if (parts[4] === account) pinned.push(r)
    else if (parts[4] === '*') pinned.push([...parts.slice(0, 4), account, parts[5]].join(':'))
    else return s
  }
  notes.push(`aws:ResourceAccount ${account} pins ${s.resource.join(', ')} to that account`)
  return { ...s, resource: [...new Set(pinned)].sort(), condition: without(s.condition, 'aws:resourceaccount') }
}

/** The one account every resource of the statement is in, when each names it (a queue's or a function's ARN). */
function resourceAccountOf(s: CanonicalStatement): string | undefined {
  let account: string | undefined
  for (const r of s.resource ?? []) {
    const parts = splitArn(r)
    if (!parts || hasWildcard(parts[2]) || !arnsCarryAccount(parts[2]) || !isAccountId(parts[4])) return undefined
    if (account !== undefined && parts[4] !== account) return undefined
    account = parts[4]
  }
  return account
}

/**
 * An Allow for another account than the resource's: naming that account and
 * naming its principals one by one grant the same, for a principal from
 * another account needs its own account's IAM policy to allow the request as
 * well as the resource policy (IAM's cross-account evaluation), whichever way
 * the resource policy names it. So the account becomes every principal of it
 * (and "alice through that account" becomes alice), which compares equal with
 * the principals it holds.
 */
function foldCrossAccount(s: CanonicalStatement, notes: string[]): CanonicalStatement {
  const entries = s.principal?.AWS
  if (s.effect !== 'Allow' || !entries) return s
  const home = resourceAccountOf(s)
  if (home === undefined) return s
  let changed = false
  const aws = entries.map((e) => {
    const through = reachedPrincipal(e)
    if (through !== e) {
      const account = accountOf(through)?.account
      if (account === undefined || account === home) return e
      changed = true
      return through
    }
    const whole = wholeAccountOf(e)?.account
    if (whole === undefined || whole === home) return e
    changed = true
    return everyPrincipalOf(whole)
  })
  if (!changed) return s
  notes.push(`the resource is in account ${home}: a principal of another account needs its own account's IAM policy either way, so naming its account names each of its principals`)
  return { ...s, principal: { ...s.principal, AWS: [...new Set(aws)].sort() } }
}

/** The statement with restating conditions folded in (canonical form in, canonical form out). */
export function foldStatement(s: CanonicalStatement): Folded {
  const notes: string[] = []
  const statement = foldCrossAccount(foldResourceAccount(foldPrincipal(s, notes), notes), notes)
  return { statement, notes }
}

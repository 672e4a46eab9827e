// IAM's policy evaluation for one request, from AWS's "policy evaluation
// logic" pages, limited to identity policies, one resource policy and the
// caller's permissions boundary (no SCPs, RCPs or session policies):
//  1. an explicit Deny in any policy wins;
//  2. within one account, an Allow in the identity policies OR in the
//     resource policy is enough -- except a role trust policy and a KMS key
//     policy, which must allow the caller themselves;
//  3. a resource policy that names the account (root ARN or bare id)
//     delegates to that account's IAM policies, which must then allow too;
//  4. across accounts, BOTH the caller's identity policies and the resource
//     policy must allow;
//  5. otherwise the request is implicitly denied;
//  6. an IAM user's or role's permissions boundary must allow what the rest
//     allows, except a grant of a resource policy in the same account to the
//     user's or the role session's own ARN (not to the role's ARN).
import { keyedByPolicy, type ConditionMap, type NormalPolicy, type NormalStatement } from '../iam/normalise.js'
import { statementsAsRead } from '../iam/variables.js'
import { actionMatches, arnMatches, splitArn } from '../iam/wildcard.js'
import { contextLookup, evaluateConditions, substituteVariables } from './conditions.js'
import { describePrincipal, isIamPrincipal, notPrincipalApplies, principalMatches, type PrincipalMatch } from './principal.js'
import type { AccessRequest, Decision, PolicySources, RequestPrincipal, ResourcePolicyKind, StatementRef } from './types.js'

export type { AccessRequest, Decision, PolicySources, ResourcePolicyKind, StatementRef } from './types.js'

const TRUST_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:TagSession', 'sts:SetSourceIdentity', 'sts:SetContext']

/** The kind of resource policy an action is authorised against, when not given. */
export function resourcePolicyKindFor(action: string): ResourcePolicyKind {
  if (TRUST_ACTIONS.some((a) => a.toLowerCase() === action.toLowerCase())) return 'trust'
  if (action.toLowerCase().startsWith('kms:')) return 'key'
  return 'other'
}

interface StatementMatch {
  applies: boolean
  /**
   * A Deny that does not apply only because its conditions rest on keys the asker cannot know (unknownKeys): it
   * would, were they to hold.
   */
  undecided?: true
  /** How the statement's Principal names the caller (resource policies only). */
  via?: PrincipalMatch
  unknownOperators: string[]
  /** Condition values in a form IAM does not document, on which the answer rested (../iam/value-forms.ts). */
  undocumentedValues?: string[]
}

const anyMatches = (patterns: string[], test: (p: string) => boolean) => patterns.some(test)

/**
 * What every statement reads of one request, worked out once for all of them:
 * its context keys by lower-case name, and its resource's ARN parts.
 */
interface RequestReading {
  lookup: (key: string) => string[] | undefined
  resourceParts: ReturnType<typeof splitArn>
}

function readingOf(request: AccessRequest): RequestReading {
  return { lookup: contextLookup(request.context), resourceParts: splitArn(request.resource) }
}

/** Does one statement apply to the request (Action, Resource, Principal, Condition)? */
/**
 * `bounded`: the caller has a permissions boundary. AWS: a Deny with NotPrincipal "will always deny any IAM principal
 * that has a permissions boundary policy attached, regardless of the values specified in the NotPrincipal element".
 */
export function statementApplies(s: NormalStatement, request: AccessRequest, inResourcePolicy: boolean, reading = readingOf(request), bounded = false): StatementMatch {
  const no: StatementMatch = { applies: false, unknownOperators: [] }
  const { lookup, resourceParts } = reading

  const actionOk = s.action
    ? anyMatches(s.action, (p) => actionMatches(p, request.action))
    : s.notAction
      ? !anyMatches(s.notAction, (p) => actionMatches(p, request.action))
      : false
  if (!actionOk) return no

  const resourceTest = (pattern: string) => {
    const concrete = substituteVariables(pattern, lookup, true)
    return concrete !== undefined && arnMatches(concrete, request.resource, resourceParts)
  }
  // A resource policy without Resource covers the resource it is attached to
  // (a trust policy has none); an identity policy must name its resources.
  const resourceOk = s.resource
    ? anyMatches(s.resource, resourceTest)
    : s.notResource
      ? !anyMatches(s.notResource, resourceTest)
      : inResourcePolicy
  if (!resourceOk) return no

  let via: PrincipalMatch | undefined
  if (inResourcePolicy) {
    if (s.principal) {
      via = principalMatches(s.principal, request.principal)
      if (!via) return no
    } else if (s.notPrincipal) {
      if (!(bounded && s.effect === 'Deny') && !notPrincipalApplies(s.notPrincipal, request.principal)) return no
      via = 'any'
    } else {
      return no
    }
  }

  const condition = request.unknownKeys ? readInCallersFavour(s, request.unknownKeys) : s.condition
  if (!condition) {
    const rest = evaluateConditions(withoutUnknownKeys(s.condition, request.unknownKeys!), request.context, lookup)
    return rest.met ? { ...no, undecided: true } : no
  }
  const conditions = evaluateConditions(condition, request.context, lookup)
  // A value in a form IAM does not document decides nothing: an Allow resting on it does not apply (met is false),
  // and a Deny resting on it is not read in the caller's favour: it applies.
  if (conditions.undetermined && s.effect === 'Deny') return { applies: true, ...(via ? { via } : {}), unknownOperators: conditions.unknownOperators, undocumentedValues: conditions.undetermined }
  return { applies: conditions.met, ...(via ? { via } : {}), unknownOperators: conditions.unknownOperators, ...(conditions.undetermined ? { undocumentedValues: conditions.undetermined } : {}) }
}

/**
 * A statement's conditions with those on unknown keys read in the caller's
 * favour (AccessRequest.unknownKeys): dropped from an Allow (they hold);
 * a Deny that has one does not apply (undefined).
 */
function readInCallersFavour(s: NormalStatement, unknown: (key: string) => boolean): ConditionMap | undefined {
  const blocks = Object.entries(s.condition)
  if (!blocks.some(([, block]) => Object.keys(block).some(unknown))) return s.condition
  if (s.effect === 'Deny') return undefined
  return withoutUnknownKeys(s.condition, unknown)
}

/** The conditions on the keys the asker knows: those on unknown keys taken to hold. */
function withoutUnknownKeys(condition: ConditionMap, unknown: (key: string) => boolean): ConditionMap {
  const kept: ConditionMap = keyedByPolicy()
  for (const [operator, block] of Object.entries(condition)) {
    const keys: Record<string, string[]> = keyedByPolicy()
    for (const [key, values] of Object.entries(block)) if (!unknown(key)) keys[key] = values
    kept[operator] = keys
  }
  return kept
}

interface Hit {
  ref: StatementRef
  via?: PrincipalMatch
}

/**
 * Does a resource policy's statement grant to the caller's own ARN (a user's, a role session's), so that a
 * permissions boundary does not limit it within one account? Not to its role's ARN or its account, which it does.
 * AWS names those three ARNs and nothing else: `Principal "*"` and NotPrincipal (everyone) name no ARN of the
 * caller's, and whether IAM reads them as the user's own grant is not documented. Read against the connector:
 * limited by the boundary, so a check never says a call works that IAM may refuse.
 */
function grantsToItself(s: NormalStatement, p: RequestPrincipal): boolean {
  if (p.kind === 'role' || !s.principal) return false
  return (s.principal.AWS ?? []).includes(p.arn)
}

function refOf(s: NormalStatement, source: StatementRef['source'], policy: number): StatementRef {
  return { source, policy, statement: s.index, ...(s.sid !== undefined ? { sid: s.sid } : {}), effect: s.effect }
}

/** "identity policy 1 statement 0 (Sid X)" -- how a reason names a statement. */
export function describeRef(ref: StatementRef, resourceKind: ResourcePolicyKind = 'other'): string {
  const doc =
    ref.source === 'identity'
      ? `identity policy ${ref.policy}`
      : ref.source === 'boundary'
        ? 'the permissions boundary'
        : `the ${resourceKind === 'trust' ? 'trust' : resourceKind === 'key' ? 'key' : 'resource'} policy`
  return `${doc} statement ${ref.statement}${ref.sid ? ` (Sid ${ref.sid})` : ''}`
}

function collect(policy: NormalPolicy, source: StatementRef['source'], index: number, request: AccessRequest, reading: RequestReading, notes: string[], undecided: StatementRef[], bounded = false): Hit[] {
  const hits: Hit[] = []
  // A policy without Version 2012-10-17 reads `${aws:username}` as text, not as the caller's name.
  for (const s of statementsAsRead(policy)) {
    judged++
    const m = statementApplies(s, request, source === 'resource', reading, bounded)
    if (m.undecided) undecided.push(refOf(s, source, index))
    for (const op of m.unknownOperators) {
      notes.push(`${describeRef(refOf(s, source, index))} uses the condition operator ${op}, which this evaluator does not know: the statement was treated as not matching`)
    }
    if (m.undocumentedValues) {
      const values = m.undocumentedValues.map((v) => JSON.stringify(v)).join(', ')
      notes.push(`${describeRef(refOf(s, source, index))} compares ${values}, a form IAM does not document: the statement was treated as ${s.effect === 'Deny' ? 'matching (a Deny is not read in the caller\'s favour)' : 'not matching'}`)
    }
    if (m.applies) hits.push({ ref: refOf(s, source, index), ...(m.via ? { via: m.via } : {}) })
  }
  return hits
}

/** The account that owns the resource, as evaluate reads it: the one given, else the ARN's, else the caller's. */
export function resourceAccountOf(request: AccessRequest, sources: PolicySources, resourceParts = splitArn(request.resource)): string {
  return sources.resourceAccount ?? (resourceParts?.[4] || request.principal.account || '')
}

// Decisions made, ever (one addition per call): the checks that judge principals, roles or probes one by one budget
// how many they make, and tests count them over a run rather than time it (the machine is shared).
let decisions = 0

/** How many decisions evaluate has made so far, in all. Only ever grows: the difference over a run is its count. */
export function decisionsMade(): number {
  return decisions
}

// Statements judged against a request, ever (one addition per statement read): a decision costs the statements of
// every policy it is given, so a check that hands one large policy to each of thousands of decisions shows here,
// where decisionsMade sees only the decisions.
let judged = 0

/** How many statements evaluate has judged so far, in all. Only ever grows: the difference over a run is its count. */
export function statementsJudged(): number {
  return judged
}

export function evaluate(request: AccessRequest, sources: PolicySources): Decision {
  decisions++
  const p = request.principal
  // A permissions boundary bounds an IAM user or role (and the role's sessions), never the root user or others.
  const boundary = sources.permissionsBoundary && (p.kind === 'user' || p.kind === 'role' || p.kind === 'assumed-role') ? sources.permissionsBoundary : undefined
  const notes: string[] = []
  const undecided: StatementRef[] = []
  const reading = readingOf(request)
  const boundaryHits = boundary ? collect(boundary, 'boundary', 0, request, reading, notes, undecided) : []
  const d = evaluateUnbounded(request, sources, reading, notes, undecided, boundaryHits, boundary !== undefined)
  if (!boundary || d.effect !== 'Allow') return d
  // Allowed within the boundary: its Allow statements are named too (what the boundary lets through).
  const boundaryAllows = boundaryHits.filter((h) => h.ref.effect === 'Allow').map((h) => h.ref)
  if (boundaryAllows.length > 0) return { ...d, matched: [...d.matched, ...boundaryAllows] }
  // The boundary allows none of it. Within one account a resource policy's grant to the user's or the session's own
  // ARN stands without it (AWS: "not limited by an implicit deny in ... a permissions boundary"); a grant to the
  // role's ARN, to the account, or an identity policy's Allow does not.
  const sameAccount = p.account !== undefined && p.account === resourceAccountOf(request, sources, reading.resourceParts)
  const resourcePolicy = sources.resourcePolicy
  // The resource policy's statements that allowed, by index, then one pass over its statements: looking each up in
  // the list was matched statements × statements (a hostile bucket policy's thousands).
  const granting = new Set(d.matched.filter((r) => r.source === 'resource' && r.effect === 'Allow').map((r) => r.statement))
  if (sameAccount && resourcePolicy && granting.size > 0 && resourcePolicy.statements.some((st) => granting.has(st.index) && grantsToItself(st, p))) {
    return d
  }
  return {
    effect: 'ImplicitDeny',
    reason: `the permissions boundary of ${describePrincipal(p)} does not allow ${request.action} on ${request.resource}, and only what it allows can be granted`,
    matched: [],
    notes,
    ...(undecided.length > 0 ? { undecided } : {})
  }
}

function evaluateUnbounded(
  request: AccessRequest,
  sources: PolicySources,
  reading: RequestReading,
  notes: string[],
  undecided: StatementRef[],
  boundaryHits: Hit[],
  bounded: boolean
): Decision {
  const p = request.principal
  const who = describePrincipal(p)
  const kind = sources.resourcePolicyKind ?? resourcePolicyKindFor(request.action)
  const what = `${request.action} on ${request.resource}`
  const resourceAccount = resourceAccountOf(request, sources, reading.resourceParts)
  const sameAccount = p.account !== undefined && p.account === resourceAccount
  const resourceDoc = kind === 'trust' ? 'the trust policy' : kind === 'key' ? 'the key policy' : 'the resource policy'

  // Identity policies belong to IAM users and roles; the root user, services
  // and anonymous callers have none.
  const identityHits =
    isIamPrincipal(p) && p.kind !== 'root'
      ? sources.identityPolicies.flatMap((policy, i) => collect(policy, 'identity', i, request, reading, notes, undecided))
      : []
  const resourceHits = sources.resourcePolicy ? collect(sources.resourcePolicy, 'resource', 0, request, reading, notes, undecided, bounded) : []
  const all = [...identityHits, ...resourceHits, ...boundaryHits]
  const withNotes = (d: Omit<Decision, 'notes'>): Decision => ({ ...d, notes, ...(undecided.length > 0 ? { undecided } : {}) })
  const noteSuffix = notes.length > 0 ? ` (${notes.length} statement(s) not judged: an unknown condition operator, or a condition value in a form IAM does not document)` : ''

  const denies = all.filter((h) => h.ref.effect === 'Deny')
  if (denies.length > 0) {
    return withNotes({
      effect: 'ExplicitDeny',
      reason: `${who} is explicitly denied ${what} by ${describeRef(denies[0].ref, kind)}`,
      matched: denies.map((h) => h.ref)
    })
  }

  const requestPartition = reading.resourceParts?.[1]
  if (p.partition && requestPartition && requestPartition !== p.partition) {
    return withNotes({
      effect: 'ImplicitDeny',
      reason: `${who} is in partition ${p.partition} and cannot reach ${request.resource} in partition ${requestPartition}`,
      matched: []
    })
  }

  const identityAllows = identityHits.filter((h) => h.ref.effect === 'Allow')
  const resourceAllows = resourceHits.filter((h) => h.ref.effect === 'Allow')
  // The root user has every permission in its own account; services,
  // federated and anonymous callers are judged by the resource policy alone.
  const identitySideAllows = p.kind === 'root' || !isIamPrincipal(p) || identityAllows.length > 0
  const direct = resourceAllows.filter((h) => h.via !== 'account')
  const matched = [...identityAllows, ...resourceAllows].map((h) => h.ref)
  const allow = (reason: string): Decision => withNotes({ effect: 'Allow', reason, matched })
  const deny = (reason: string): Decision => withNotes({ effect: 'ImplicitDeny', reason: reason + noteSuffix, matched })
  const idRef = identityAllows[0] ? describeRef(identityAllows[0].ref) : ''
  const resRef = resourceAllows[0] ? describeRef(resourceAllows[0].ref, kind) : ''
  const noIdentity = `no identity policy of ${who} allows ${what}`

  if (kind === 'trust' || kind === 'key') {
    if (!sources.resourcePolicy) return deny(`${resourceDoc} is missing, and ${kind === 'trust' ? 'a role' : 'a KMS key'} admits only the principals its own policy names`)
    if (resourceAllows.length === 0) return deny(`${resourceDoc} does not allow ${who} ${request.action}`)
    if (direct.length > 0 && (sameAccount || !isIamPrincipal(p))) {
      return allow(`${describeRef(direct[0].ref, kind)} names ${who} directly, which is enough within one account`)
    }
    if (!identitySideAllows) {
      return deny(
        sameAccount
          ? `${resourceDoc} names only the account ${p.account}, which delegates to IAM, and ${noIdentity}`
          : `the request crosses accounts (${p.account ?? '?'} to ${resourceAccount}), so the caller's identity policy must allow it too, and ${noIdentity}`
      )
    }
    return allow(`${resRef} admits ${who} and ${p.kind === 'root' ? 'the root user needs no identity policy' : idRef + ' allows it'}`)
  }

  if (!isIamPrincipal(p)) {
    return direct.length > 0 ? allow(`${describeRef(direct[0].ref, kind)} allows ${who} ${what}`) : deny(`no resource policy allows ${who} ${what}`)
  }
  if (sameAccount) {
    if (identityAllows.length > 0) return allow(`${idRef} allows ${what}`)
    if (p.kind === 'root') return allow(`the root user of ${p.account} may do anything in its account that no policy denies`)
    if (direct.length > 0) return allow(`${describeRef(direct[0].ref, kind)} allows ${who} ${what}`)
    return deny(`${noIdentity}, and no resource policy names ${who}`)
  }
  if (resourceAllows.length === 0) return deny(`the request crosses accounts (${p.account ?? '?'} to ${resourceAccount}) and no resource policy allows ${who} ${what}`)
  if (!identitySideAllows) return deny(`the request crosses accounts (${p.account ?? '?'} to ${resourceAccount}): ${resRef} allows it, but ${noIdentity}`)
  return allow(`cross-account: ${resRef} and ${p.kind === 'root' ? 'the root user of the calling account' : idRef} both allow ${what}`)
}

// Witness requests: for a change rated broadens, a request the evaluator
// allows after the change and not before; for narrows, one it allowed before
// and not after. The candidates are built from the statements' own values
// (actions, resources, principals, and per condition key the values the
// condition comparison samples), and every candidate is decided by the
// project's evaluator (../evaluate/), so a witness is always confirmed. The
// search is budgeted: a change without a witness simply has none.
import { evaluate } from '../evaluate/evaluate.js'
import { parseOperator } from '../evaluate/conditions.js'
import { principalFromArn } from '../evaluate/principal.js'
import type { AccessRequest, ContextValue, DecisionEffect, PolicySources, RequestPrincipal } from '../evaluate/types.js'
import { actionsMatching, findAction } from '../iam/catalog/index.js'
import { keyedByPolicy, normalisePolicy, type ConditionMap, type NormalPolicy, type NormalStatement } from '../iam/normalise.js'
import { isAccountId, wholeAccountOf } from '../iam/arn.js'
import { parsePolicyVariable, splitAtBraces } from '../iam/variables.js'
import { hasWildcard, splitArn } from '../iam/wildcard.js'
import { admits, clauseOf, clausesByKey, possibleValue, singleValued, typedSamples, unreadByEvaluator, type Clause, type KeyValue } from './conditions/index.js'
import { familyOf } from './conditions/families.js'
import { listsAcrossClauses, PAIRED_CLAUSES, PAIRED_SAMPLES } from './conditions/cross-clause-lists.js'
import { commonValue } from './conditions/glob-union.js'
import { accountOf, principalEntry, principalParts, reachedPrincipal } from './coverage.js'
import { accountOfEveryPrincipal } from './folds.js'
import type { DiffStatement } from './statements.js'
import { evaluatedValueWork } from './work.js'

/**
 * How a document is evaluated. `alone`: the document is the only policy in
 * play (an identity policy is the principal's only one; for trust, key and
 * resource policies, the caller has no identity policy, so only what the
 * document grants a principal directly counts, not what it leaves to an
 * account's IAM policies). `with-other-grants`: something else grants the
 * principal everything too (another identity policy allowing `*`), so a Deny
 * in the document shows; for trust, key and resource policies, the caller's
 * own identity policy allows everything and the document decides.
 */
export type WitnessSetting = 'alone' | 'with-other-grants'

export interface Witness {
  request: AccessRequest
  setting: WitnessSetting
  /** A resource policy's: the account that owns the resource, when not the caller's (a bucket ARN names none). */
  resourceAccount?: string
  before: DecisionEffect
  after: DecisionEffect
}

type Kind = 'identity' | 'trust' | 'resource' | 'key'

/** The account the witnesses' own principal and the role or key live in. */
export const WITNESS_ACCOUNT = '111122223333'
const OTHER_ACCOUNT = '999999999999'
/** An account that owns a resource in a search across accounts: none of the witnesses' callers is from it. */
const OWNER_ACCOUNT = '888888888888'
const HOLDER = `arn:aws:iam::${WITNESS_ACCOUNT}:user/witness`
const ROLE = `arn:aws:iam::${WITNESS_ACCOUNT}:role/witness-role`
const KEY = `arn:aws:kms:us-east-1:${WITNESS_ACCOUNT}:key/witness-key`

const ALLOW_ALL = normalisePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) as NormalPolicy
const EMPTY: NormalPolicy = { statements: [] }

export function settingsFor(kind: Kind): WitnessSetting[] {
  return kind === 'identity' ? ['alone', 'with-other-grants'] : ['with-other-grants', 'alone']
}

/** The evaluator's sources for one version of the document in one setting. */
export function evaluationSources(kind: Kind, policy: NormalPolicy | undefined, setting: WitnessSetting, resourceAccount?: string): PolicySources {
  const doc = policy ?? EMPTY
  // An identity policy is judged on what it grants: as if the resource sat in
  // the principal's account, with no key or trust policy behind it.
  if (kind === 'identity') {
    return { identityPolicies: setting === 'alone' ? [doc] : [doc, ALLOW_ALL], resourcePolicyKind: 'other', resourceAccount: WITNESS_ACCOUNT }
  }
  return {
    identityPolicies: setting === 'alone' ? [] : [ALLOW_ALL],
    resourcePolicy: doc,
    resourcePolicyKind: kind === 'trust' ? 'trust' : kind === 'key' ? 'key' : 'other',
    ...(resourceAccount !== undefined ? { resourceAccount } : {})
  }
}

/**
 * The request with the context keys IAM derives from it set as IAM sets
 * them: aws:PrincipalArn (a session's role), aws:PrincipalAccount (and, on a
 * KMS request, kms:CallerAccount), aws:ResourceAccount (the resource ARN's
 * account, when it has one).
 */
export function withDerivedKeys(request: AccessRequest): AccessRequest {
  const context: Record<string, ContextValue> = {}
  for (const [k, v] of Object.entries(request.context ?? {})) {
    if (!['aws:principalarn', 'aws:principalaccount', 'aws:resourceaccount', 'kms:calleraccount'].includes(k.toLowerCase())) context[k] = v
  }
  const p = request.principal
  if (p.kind !== 'anonymous' && p.kind !== 'service' && p.kind !== 'federated') context['aws:PrincipalArn'] = p.roleArn ?? p.arn
  if (p.account) context['aws:PrincipalAccount'] = p.account
  if (p.account && request.action.toLowerCase().startsWith('kms:')) context['kms:CallerAccount'] = p.account
  const account = splitArn(request.resource)?.[4]
  if (account) context['aws:ResourceAccount'] = account
  return { ...request, context }
}

/** Values a pattern matches: its wildcards filled in two ways (a short and a distinctive value). */
function instances(pattern: string): string[] {
  if (!hasWildcard(pattern)) return [pattern]
  return [pattern.replace(/\?/g, 'x').replace(/\*/g, 'x'), pattern.replace(/\?/g, 'w').replace(/\*/g, 'w1tness')]
}

const instance = (pattern: string) => instances(pattern)[0]

/** What a policy variable in a witness's resource stands for; its key is set to it in the request's context. */
const VARIABLE_VALUE = 'witness'


/** The key a `${...}` reads (`${aws:username, 'x'}` reads aws:username), or undefined for `${*}`, `${?}`, `${$}`. */
function variableKey(braces: string): string | undefined {
  const inside = braces.slice(2, -1)
  const variable = parsePolicyVariable(inside)
  if (variable === undefined) return inside
  return 'character' in variable ? undefined : variable.key
}

/**
 * instances() of a resource pattern that may hold `${...}`: a variable
 * becomes VARIABLE_VALUE (and its key is then set to that, see
 * variableContext), `${*}`, `${?}`, `${$}` their character, and only the
 * wildcards outside them are filled.
 */
function resourceInstances(pattern: string): string[] {
  if (!pattern.includes('${')) return [...instances(pattern), ...reachableInstance(pattern)]
  // Cut at each `${...}`: a policy variable, or `${*}`, `${?}`, `${$}`, which stand for the character.
  const pieces = splitAtBraces(pattern)
  const fill = (star: string, one: string) =>
    pieces.map((piece, i) => (i % 2 === 0 ? piece.replace(/\?/g, one).replace(/\*/g, star) : variableKey(piece) === undefined ? piece.charAt(2) : VARIABLE_VALUE)).join('')
  const out = [fill('x', 'x'), fill('w1tness', 'w')]
  // A variable's default is what it reads with its key missing (the contexts without variables).
  const withDefaults = pieces.map((piece, i) => (i % 2 === 0 ? piece.replace(/\?/g, 'x').replace(/\*/g, 'x') : variableKey(piece) === undefined ? piece.charAt(2) : (defaultOf(piece) ?? VARIABLE_VALUE)))
  if (pieces.some((piece, i) => i % 2 === 1 && defaultOf(piece) !== undefined)) out.push(withDefaults.join(''))
  return out
}

/** The default of a `${key, 'default'}`, undefined for any other `${...}`. */
function defaultOf(braces: string): string | undefined {
  const variable = parsePolicyVariable(braces.slice(2, -1))
  return variable && !('character' in variable) ? variable.fallback : undefined
}

/**
 * An ARN pattern whose partition, region or account is a wildcard, filled
 * with ones a caller reaches (aws, us-east-1, the witnesses' account): `x`
 * there is in no partition, so instances() alone never reach the resource.
 */
function reachableInstance(pattern: string): string[] {
  const parts = pattern.split(':')
  if (parts.length < 6 || parts[0] !== 'arn' || ![1, 3, 4].some((i) => hasWildcard(parts[i]))) return []
  const filled = parts.map((part, i) => (!hasWildcard(part) ? part : i === 1 ? 'aws' : i === 3 ? 'us-east-1' : i === 4 ? WITNESS_ACCOUNT : part))
  return [instance(filled.join(':'))]
}

/** The context that gives each policy variable in the statements' resources the value resourceInstances used. */
function variableContext(statements: readonly DiffStatement[]): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {}
  for (const s of statements) {
    for (const r of [...(s.resource ?? []), ...(s.notResource ?? [])]) {
      if (!r.includes('${')) continue
      const pieces = splitAtBraces(r)
      for (let i = 1; i < pieces.length; i += 2) {
        const key = variableKey(pieces[i])
        if (key) context[key] = VARIABLE_VALUE
      }
    }
  }
  return context
}

/**
 * Actions worth trying: the change's own statements' first (every action
 * they name plainly, then what their patterns match today and instances of
 * them, then an action no statement names), then the other statements' the
 * same way (the values where one statement's reach ends and another's
 * begins). The change's own patterns come before the others' plain actions:
 * an Allow of `aiops:*` added next to a statement of hundreds of actions is
 * shown by an aiops action.
 */
function* actionCandidates(own: readonly DiffStatement[], all: readonly DiffStatement[], hints: readonly string[] = []): Generator<string> {
  // One value per hint, so that the statements' own still fit in the CANDIDATES tried.
  for (const a of hints) yield !hasWildcard(a) ? a : (actionsMatching(a)[0]?.fullName ?? (a === '*' ? 'zz:AnyAction' : instance(a)))
  yield* actionsOf(own)
  yield* actionsOf(all.filter((s) => !own.includes(s)))
}

function* actionsOf(statements: readonly DiffStatement[]): Generator<string> {
  for (const s of statements) for (const a of [...(s.action ?? []), ...(s.notAction ?? [])]) if (!hasWildcard(a)) yield a
  for (const s of statements) {
    for (const a of [...(s.action ?? []), ...(s.notAction ?? [])]) {
      if (!hasWildcard(a)) continue
      yield* actionsMatching(a).slice(0, 2).map((x) => x.fullName)
      yield* a === '*' ? ['zz:AnyAction'] : instances(a)
    }
    if (s.notAction) yield 'zz:UnlistedAction'
  }
}

/** An action the Service Authorization Reference gives a resource type: no request for it is on `*` alone. */
function takesAResource(action: string): boolean {
  return (findAction(action)?.resourceTypes.length ?? 0) > 0
}

function* resourceCandidates(kind: Kind, statements: Iterable<DiffStatement>, setting: WitnessSetting, spend: (units: number) => boolean): Generator<string> {
  if (kind === 'trust' || kind === 'key') {
    const list = [...statements]
    yield kind === 'trust' ? ROLE : KEY
    // Naming a principal grants it directly only in the role's or key's own account (elsewhere its IAM
    // policies must allow the request too), which shows when the caller has no IAM policy ('alone'); the
    // document may sit in the account of any principal it names.
    if (setting === 'alone') {
      for (const s of list) {
        for (const entry of s.principal ?? []) {
          const account = accountNamedBy(principalParts(entry)[1])
          if (account === undefined || account === WITNESS_ACCOUNT) continue
          yield kind === 'trust' ? `arn:aws:iam::${account}:role/witness-role` : `arn:aws:kms:us-east-1:${account}:key/witness-key`
        }
      }
    }
    if (kind === 'trust') return
    statements = list
  }
  // Where one statement's pattern meets another's, a value both match (`b/a//` for `b/a/*` and `b/a?/*`):
  // tried as soon as both are read.
  const wild: string[] = []
  for (const s of statements) {
    for (const r of [...(s.resource ?? []), ...(s.notResource ?? [])]) {
      // `*` is also the resource of a request for an action that takes none (tried with such actions only).
      yield* r === '*' ? ['arn:aws:s3:::witness-bucket/x', '*'] : resourceInstances(r)
      if (r === '*' || !hasWildcard(r) || r.includes('${') || wild.length >= MEETING_PATTERNS || wild.includes(r)) continue
      for (const other of wild) {
        const v = commonValue(other, r, spend)
        if (v !== undefined) yield v
      }
      wild.push(r)
    }
    if (s.notResource) yield 'arn:aws:s3:::other-witness-bucket/x'
  }
}

/** Resource patterns (the first read: the change's own, then the others) whose meeting values are tried. */
const MEETING_PATTERNS = 6


/** The account of an AWS principal value (an ID, an ARN, alice through her account), when it names one. */
function accountNamedBy(value: string): string | undefined {
  const account = accountOf(reachedPrincipal(value))?.account
  return account !== undefined && isAccountId(account) ? account : undefined
}

/** A caller from principalCandidates: an ARN (or account, service name), or a Federated entry as the statement has it. */
function callerOf(candidate: string): RequestPrincipal {
  const federated = principalEntry('Federated', '')
  return candidate.startsWith(federated) ? { kind: 'federated', arn: candidate.slice(federated.length) } : principalFromArn(candidate)
}

/** The principals' ARNs worth trying (for an identity policy, its holder's only); a Federated provider as its entry. */
function* principalCandidates(kind: Kind, statements: Iterable<DiffStatement>): Generator<string> {
  if (kind === 'identity') return yield HOLDER
  const fromValue = (value: string): string[] => {
    if (reachedPrincipal(value) !== value) return fromValue(reachedPrincipal(value))
    if (value === '*') return [HOLDER, `arn:aws:iam::${OTHER_ACCOUNT}:user/witness`]
    const whole = wholeAccountOf(value)
    // A root ARN keeps its partition; a bare account ID or an account's every principal is tried in aws.
    if (whole?.partition !== undefined) return [value.replace(/:root$/, ':user/witness'), value]
    const account = whole?.account ?? accountOfEveryPrincipal(value)
    if (account) return [`arn:aws:iam::${account}:user/witness`, `arn:aws:iam::${account}:root`]
    if (value.startsWith('aws:PrincipalOrgID=')) return [HOLDER]
    // A StringEquals value reads `*` as a character: the literal is a candidate too.
    return [...instances(value), value]
  }
  for (const s of statements) {
    for (const entry of [...(s.principal ?? []), ...(s.notPrincipal ?? [])]) {
      const [type, value] = principalParts(entry)
      // A web identity or SAML provider is a caller of its own kind (`cognito-identity.amazonaws.com` is no service).
      yield* type === 'Federated' && value !== '*' ? [entry] : fromValue(value)
    }
    const byKey = clausesByKey(s.condition)
    for (const key of ['aws:principalarn', 'aws:principalaccount']) for (const c of byKey.get(key) ?? []) for (const v of c.values) yield* fromValue(v)
  }
  yield `arn:aws:iam::${OTHER_ACCOUNT}:user/stranger`
}

/** Samples tried per clause. */
const KEY_SAMPLES = 12
/** Two keys are varied together while there are at most this many, over this many values each. */
const PAIRED_KEYS = 3
const PAIRED_VALUES = 8

/** Values worth trying for one key: absent, and what the clauses of both statements sample (KEY_SAMPLES of each) that a request can hold. */
function keyCandidates(key: string, clauses: readonly Clause[]): KeyValue[] {
  const out: KeyValue[] = [undefined]
  // A single-valued key never holds a list, whatever the operator's prefix.
  const multi = clauses.some((c) => c.op?.set) && !singleValued(key)
  const heads: string[][] = []
  for (const c of clauses) {
    const samples = [...new Set(familyOf(c)?.samples(c) ?? c.values)]
    for (const v of samples.slice(0, KEY_SAMPLES)) out.push(multi ? [v] : v)
    if (multi && samples.length > 1) out.push([samples[0], samples[1]], [samples[samples.length - 1], samples[0]])
    if (multi && heads.length < PAIRED_CLAUSES) heads.push(samples.slice(0, PAIRED_SAMPLES))
  }
  // A list of a value one clause takes in next to one another clause takes in, which no one clause's samples make.
  for (const list of listsAcrossClauses(heads)) out.push(list)
  for (const v of typedSamples(key)) out.push(multi ? [v] : v)
  // Only values a request can carry: a witness with `other-value` for aws:SecureTransport (a Bool) shows nothing.
  return out.filter(possibleValue(key))
}

/** Sets a key of a context to a candidate value; `undefined` leaves the key out. */
function setKey(ctx: Record<string, ContextValue>, key: string, v: KeyValue): void {
  if (v === undefined) delete ctx[key]
  else ctx[key] = v
}

/** For each statement of the change, a context that satisfies its conditions: as is, and with values that keep Denies off where one can. */
function basesOf(targets: readonly DiffStatement[], { candidates, denyClauses }: KeyPlan, spend: (units: number) => boolean): Record<string, ContextValue>[] {
  const bases: Record<string, ContextValue>[] = []
  for (const s of targets) {
    const own = clausesByKey(s.condition)
    for (const avoidDenies of [false, true]) {
      const base: Record<string, ContextValue> = {}
      for (const [key, values] of candidates) {
        const denied = avoidDenies ? denyClauses.get(key) : undefined
        let first: KeyValue
        let found = false
        // The first value the statement admits (that no Deny does, when avoiding them): each value tried is work.
        for (const v of values) {
          if (!spend(1 + (denied?.length ?? 0))) return bases
          if (!admits(key, own.get(key) ?? [], v)) continue
          if (!found) [first, found] = [v, true]
          if (!denied || denied.every((c) => !admits(key, [c], v))) {
            first = v
            break
          }
        }
        setKey(base, key, first)
      }
      bases.push(base)
    }
  }
  return bases
}

/**
 * Contexts: the bases (basesOf); then each key of either version varied over
 * its candidates (a key of another statement can decide, e.g. an IfExists
 * one that stays). Made one at a time, as the search asks: a document with
 * thousands of keys would have millions of them, and the search tries a few
 * thousand at most.
 */
function* contextCandidates(bases: readonly Record<string, ContextValue>[], { candidates }: KeyPlan): Generator<Record<string, ContextValue>> {
  yield* bases
  const keyList = [...candidates.keys()]
  for (const base of bases) {
    for (const key of keyList) {
      for (const v of candidates.get(key) ?? []) {
        const ctx = { ...base }
        setKey(ctx, key, v)
        yield ctx
      }
    }
  }
  // Two keys at a time, while there are few: a change can need one key moved in and another out.
  if (keyList.length <= PAIRED_KEYS) {
    for (const base of bases) {
      for (let i = 0; i < keyList.length; i++) {
        for (let j = i + 1; j < keyList.length; j++) {
          for (const v of (candidates.get(keyList[i]) ?? []).slice(0, PAIRED_VALUES)) {
            for (const w of (candidates.get(keyList[j]) ?? []).slice(0, PAIRED_VALUES)) {
              const ctx = { ...base }
              setKey(ctx, keyList[i], v)
              setKey(ctx, keyList[j], w)
              yield ctx
            }
          }
        }
      }
    }
  }
}

/** The change's contexts (contextCandidates), then each of them again with the policy variables' values set (when the resources hold any). */
function* contextsWith(variables: Record<string, ContextValue>, bases: readonly Record<string, ContextValue>[], plan: KeyPlan): Generator<Record<string, ContextValue>> {
  yield* contextCandidates(bases, plan)
  if (Object.keys(variables).length === 0) return
  for (const context of contextCandidates(bases, plan)) yield { ...variables, ...context }
}

/** The condition keys of both versions with the values worth trying for each, and the Deny statements' clauses: the same for every change. */
interface KeyPlan {
  candidates: Map<string, KeyValue[]>
  denyClauses: Map<string, Clause[]>
}

function keyPlanOf(all: readonly DiffStatement[]): KeyPlan {
  const keys = new Map<string, Clause[]>()
  for (const s of all) for (const [k, cs] of clausesByKey(s.condition)) keys.set(k, [...(keys.get(k) ?? []), ...cs])
  // Deny statements' clauses: a base prefers values that keep Denies off.
  const denyClauses = new Map<string, Clause[]>()
  for (const s of all) if (s.effect === 'Deny') for (const [k, cs] of clausesByKey(s.condition)) denyClauses.set(k, [...(denyClauses.get(k) ?? []), ...cs])
  const candidates = new Map([...keys].map(([k, cs]) => [k, keyCandidates(k, cs)]))
  return { candidates, denyClauses }
}

/** The first `count` distinct values. */
function firstDistinct<T>(values: Iterable<T>, count: number): T[] {
  const seen = new Set<T>()
  for (const v of values) {
    if (seen.size >= count) break
    seen.add(v)
  }
  return [...seen]
}

export interface WitnessTarget {
  rating: 'broadens' | 'narrows' | 'mixed' | 'neutral'
  undecided?: true
  witnesses?: { broadens?: Witness; narrows?: Witness }
  /** The statements the change is about (one or two). */
  statements: DiffStatement[]
  /** Values the change's rated parts add or remove (an action, a resource), tried before the statements' own. */
  hints?: { actions: readonly string[]; resources: readonly string[] }
}

/** Evaluations per change and setting. */
const BUDGET = 2000

/**
 * The whole document's search, in what evaluating costs (a request is judged
 * on both versions: each costs a unit per statement and per value it holds,
 * see evaluationCost) and in values read to make the candidates. Each
 * change's search is short, but a document of thousands of statements or
 * condition keys has thousands of changes, each searched against all of it:
 * past this, the changes left get no witness (a witness only illustrates a
 * rating; the rating does not depend on it).
 */
export const WITNESS_WORK_BUDGET = 2_000_000

/**
 * What judging one request against a policy costs, about: a unit per
 * statement, and per value it compares what evaluatedValueWork charges (a unit,
 * and more for a long value's characters; ./work.ts prices a character for
 * every diff counter). Most actions, ARNs and condition values are short:
 * their cost is a unit each.
 */
function evaluationCost(policy: NormalPolicy | undefined): number {
  let cost = 0
  for (const s of policy?.statements ?? []) {
    cost += 1 + valuesCost(s.action) + valuesCost(s.notAction) + valuesCost(s.resource) + valuesCost(s.notResource)
    for (const block of Object.values(s.condition)) for (const values of Object.values(block)) cost += valuesCost(values)
  }
  return cost
}

/** A policy read the most allowing and the least allowing way (boundingReadings); one object when they are one. */
interface Readings {
  most: NormalPolicy | undefined
  least: NormalPolicy | undefined
}

/**
 * The policy read the two ways that bound every reading of its clauses the
 * evaluator reads by no reading IAM documents (unreadByEvaluator:
 * `ForAllValues:Null`, which it would take as never met): `most`, each such
 * clause met in an Allow and the Deny it is in left out (the policy allows
 * the most it can), `least` the other way round. Whether a request is allowed
 * only grows with the Allows that apply and shrinks with the Denies that do,
 * so a decision both readings give is the one IAM makes whatever it reads such
 * a clause as. The policy itself, both ways, when it has no such clause.
 */
function boundingReadings(policy: NormalPolicy | undefined): Readings {
  if (!policy) return { most: policy, least: policy }
  const read = policy.statements.map((s) => withUnreadMet(s.condition))
  if (read.every((condition, i) => condition === policy.statements[i].condition)) return { most: policy, least: policy }
  const readingMet = (effect: NormalStatement['effect']): NormalPolicy => ({
    ...policy,
    statements: policy.statements.flatMap((s, i) => (read[i] === s.condition ? [s] : s.effect === effect ? [{ ...s, condition: read[i] }] : []))
  })
  return { most: readingMet('Allow'), least: readingMet('Deny') }
}

/** The condition with its clauses the evaluator does not read (unreadByEvaluator) taken as met: left out. Itself when it has none. */
function withUnreadMet(condition: ConditionMap): ConditionMap {
  // Such a clause has an operator the evaluator does not parse: most conditions have none and are kept as they are,
  // with no clause built (every statement of every diff comes through here).
  let unparsed = false
  for (const operator in condition) if (parseOperator(operator) === undefined) unparsed = true
  if (!unparsed) return condition
  let unread = false
  const out: ConditionMap = keyedByPolicy()
  for (const [operator, block] of Object.entries(condition)) {
    const kept: Record<string, string[]> = keyedByPolicy()
    for (const [key, values] of Object.entries(block)) {
      if (unreadByEvaluator(clauseOf(operator, key.toLowerCase(), values))) unread = true
      else kept[key] = values
    }
    if (Object.keys(kept).length > 0) out[operator] = kept
  }
  return unread ? out : condition
}

/** evaluationCost of each reading evaluated. */
const readingsCost = (r: Readings): number => evaluationCost(r.most) + (r.least === r.most ? 0 : evaluationCost(r.least))

/** The request's decision by each reading; one evaluation when they are one. */
function decide(request: AccessRequest, sources: { most: PolicySources; least: PolicySources }): { most: DecisionEffect; least: DecisionEffect } {
  const most = evaluate(request, sources.most).effect
  return { most, least: sources.least === sources.most ? most : evaluate(request, sources.least).effect }
}

/** evaluationCost of a statement's list of values. */
function valuesCost(values: readonly string[] | undefined): number {
  let cost = 0
  for (const v of values ?? []) cost += evaluatedValueWork(v.length)
  return cost
}

/** The change's own statements, then the others. */
function* poolOf(own: readonly DiffStatement[], all: readonly DiffStatement[]): Generator<DiffStatement> {
  yield* own
  for (const s of all) if (!own.includes(s)) yield s
}

/**
 * Callers whose aws:PrincipalArn reads otherwise than the named candidates':
 * for Principal "*", one that carries none (an anonymous caller; a service,
 * where AssumeRole takes signed requests only); for an account, an STS
 * federated user of it, whose aws:PrincipalArn is its own sts ARN.
 */
function otherCallers(kind: Kind, statements: readonly DiffStatement[]): string[] {
  const out = new Set<string>()
  for (const s of statements) {
    for (const entry of [...(s.principal ?? []), ...(s.notPrincipal ?? [])]) {
      const value = principalParts(entry)[1]
      if (value === '*') out.add(kind === 'trust' ? 'ec2.amazonaws.com' : '*')
      const account = wholeAccountOf(value)?.account ?? accountOfEveryPrincipal(value)
      if (account !== undefined) out.add(`arn:aws:sts::${account}:federated-user/witness`)
    }
  }
  return [...out].slice(0, CANDIDATES)
}

/** Candidate values of each kind tried per change. */
const CANDIDATES = 12

/**
 * Fills `witnesses` of each change rated broadens, narrows or mixed, in
 * order. `needed`: the directions still wanted (the file's verdict needs one
 * witness of each, not one per change): a change is searched only for those,
 * and the search stops when none is left.
 */
export function findWitnessesFor(
  before: unknown,
  after: unknown,
  kind: Kind,
  targets: readonly WitnessTarget[],
  all: readonly DiffStatement[],
  needed?: () => Readonly<Record<'broadens' | 'narrows', boolean>>
): void {
  const b = boundingReadings(before === undefined ? undefined : normalisePolicy(before))
  const a = boundingReadings(after === undefined ? undefined : normalisePolicy(after))
  const settings = settingsFor(kind)
  const perRequest = readingsCost(b) + readingsCost(a) + 1
  const plan = keyPlanOf(all)
  // The variables of every resource: the same for each change.
  const variables = variableContext(all)
  let work = WITNESS_WORK_BUDGET
  for (const t of targets) {
    if (t.rating === 'neutral' || t.undecided) continue
    const still = needed?.() ?? { broadens: true, narrows: true }
    if (!still.broadens && !still.narrows) return
    const want = { broadens: t.rating !== 'narrows' && still.broadens, narrows: t.rating !== 'broadens' && still.narrows }
    if (!want.broadens && !want.narrows) continue
    // Each change's first contexts cost about a value per condition key.
    work -= plan.candidates.size + 1
    if (work < 0) return
    const found: { broadens?: Witness; narrows?: Witness } = {}
    // The change's own statements first, then the others of both versions (a
    // Deny elsewhere can decide), read only as far as the first CANDIDATES of each.
    const pool = () => poolOf(t.statements, all)
    const actions = firstDistinct(actionCandidates(t.statements, all, t.hints?.actions), CANDIDATES)
    const principals = firstDistinct(principalCandidates(kind, pool()), CANDIDATES)
    // The change's base contexts, made once for both settings: each candidate value tried costs a unit.
    const bases = basesOf(t.statements, plan, (units) => (work -= units) >= 0)
    if (work < 0) return
    const done = () => (!want.broadens || found.broadens !== undefined) && (!want.narrows || found.narrows !== undefined)
    const searchWith = (callers: readonly RequestPrincipal[], owner?: string): void => {
      for (const setting of settings) {
        const hinted = kind === 'trust' || kind === 'key' ? [] : (t.hints?.resources ?? []).flatMap((r) => (r === '*' ? [] : resourceInstances(r).slice(0, 1)))
        const resources = firstDistinct([...hinted, ...resourceCandidates(kind, pool(), setting, (units) => (work -= units) >= 0)], CANDIDATES)
        if (work < 0) break
        let spent = 0
        const sources = (policy: Readings) => {
          const most = evaluationSources(kind, policy.most, setting, owner)
          return { most, least: policy.least === policy.most ? most : evaluationSources(kind, policy.least, setting, owner) }
        }
        const sb = sources(b)
        const sa = sources(a)
        const where = owner !== undefined ? { resourceAccount: owner } : {}
        search: for (const context of contextsWith(variables, bases, plan)) {
          for (const action of actions) {
            for (const resource of resources) {
              if (resource === '*' && takesAResource(action)) continue
              for (const principal of callers) {
                if (spent++ > BUDGET || (work -= perRequest) < 0) break search
                const request = withDerivedKeys({ principal, action, resource, context })
                // A broadening shows where the before version refuses even read the most allowing way and the after
                // version allows even read the least (boundingReadings); a narrowing the other way round.
                const eb = decide(request, sb)
                const ea = decide(request, sa)
                if (want.broadens && !found.broadens && eb.most !== 'Allow' && ea.least === 'Allow') found.broadens = { request, setting, ...where, before: eb.most, after: ea.least }
                if (want.narrows && !found.narrows && eb.least === 'Allow' && ea.most !== 'Allow') found.narrows = { request, setting, ...where, before: eb.least, after: ea.most }
                if (done()) break search
              }
            }
          }
        }
      }
    }
    searchWith(principals.map(callerOf))
    // Callers the named ones stand for less well, tried apart, after them (they show most changes).
    const others = otherCallers(kind, t.statements)
    if (!done() && work >= 0 && others.length > 0) searchWith(others.map(principalFromArn))
    // A resource whose ARN names no account (an S3 bucket) is judged in the caller's; across accounts a grant to an
    // account counts too (IAM policy evaluation logic: cross-account): tried last, in an account no caller is from
    // and in the witnesses' own.
    if (kind === 'resource') for (const owner of [OWNER_ACCOUNT, WITNESS_ACCOUNT]) if (!done() && work >= 0) searchWith(principals.map(callerOf), owner)
    if (found.broadens || found.narrows) t.witnesses = found
  }
}

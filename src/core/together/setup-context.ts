// What the whole-setup checks (S3 staging, DB auth, role chaining, the
// requester's own permissions) share: the linted policies sorted by whose
// they are, the role's session as a caller, and one way to report.
import { keyedByPolicy, type NormalPolicy, type NormalStatement } from '../iam/normalise.js'
import { actionMatches, arnMatches, splitArn } from '../iam/wildcard.js'
import type { GenerateInputs } from '../generate/inputs.js'
import type { LintedFile } from '../lint/lint.js'
import { evaluateWithDerivedKeys } from './derived-keys.js'
import type { ContextValue, Decision, RequestPrincipal, StatementRef } from '../evaluate/types.js'
import { documentPlace, statementPlace, type Place } from './position.js'
import { isUnknowableKey } from './unknowable-keys.js'
import { blockedByConditions, reducedTo, type ConditionRef } from './failing-conditions.js'

export interface Doc {
  file: LintedFile
  policy: NormalPolicy
}

export type Report = (code: string, file: LintedFile, place: Place, message: string, hint: string) => void

export interface SetupContext {
  inputs: GenerateInputs
  /** Where a finding about a missing document goes. */
  anchor: LintedFile
  /** The requester's identity policy (the one that allows sts:AssumeRole on the role), when found. */
  requesterDoc?: Doc
  /** The requester's guards: Deny-only policies that leave it nothing but assuming the role (requester-guard.ts). */
  requesterGuards?: Doc[]
  /** The role's identity policies: every identity policy among the files but the requester's and its guards. */
  roleDocs: Doc[]
  trust?: Doc
  /**
   * The staging bucket's policy, when it is among the files: read with the
   * role's S3 requests on that bucket (a Deny there wins; within the account,
   * one that names the role grants on its own).
   */
  bucketPolicy?: Doc
  /** The requester as a caller: the user, or a session of the principal role. */
  caller: RequestPrincipal
  callerText: string
  /** A session of the role the connector assumes. */
  session: RequestPrincipal
  /**
   * The requester's and the role's permissions boundaries, when one file among the files is read as each's alone
   * (boundaries.ts): what a principal must not reach is judged within it (a grant it takes back reaches nothing).
   * What the connector needs is not: a boundary that refuses it is RTC724's.
   */
  requesterBoundary?: NormalPolicy
  roleBoundary?: NormalPolicy
  baseContext(p: RequestPrincipal): Record<string, ContextValue>
  report: Report
  /**
   * Told each of the connector's role requests that is allowed, with its decision: a Deny passed over only on
   * keys the check cannot know (Decision.undecided) is reported as not checked. `docOf` finds a statement's file.
   */
  noteAllowed?(decision: Decision, what: string, docOf: (ref: StatementRef) => Doc | undefined): void
}

/** Does the statement's Action cover this action (or its NotAction leave it in)? */
export function coversAction(s: NormalStatement, action: string): boolean {
  return s.action ? s.action.some((p) => actionMatches(p, action)) : !!s.notAction && !s.notAction.some((p) => actionMatches(p, action))
}

/** May the statement's Resource name this one (a pattern with a policy variable is left to the evaluator)? */
function namesResource(s: NormalStatement, resource: string, parts = splitArn(resource)): boolean {
  return !s.resource || s.resource.some((p) => p.includes('${') || arnMatches(p, resource, parts))
}

/** Does some Allow statement cover this action (by Action, or by a NotAction that leaves it in)? */
export function allowsAction(policy: NormalPolicy, action: string): boolean {
  return policy.statements.some((s) => s.effect === 'Allow' && coversAction(s, action))
}

/**
 * The role session's request, evaluated against the role's identity policies
 * (the resources are in the role's account) and, on the staging bucket, its
 * policy when it is among the files.
 */
export function asRole(ctx: SetupContext, action: string, resource: string, extra: Record<string, ContextValue> = {}, boundary?: NormalPolicy): Decision {
  const bucket = bucketPolicyOn(ctx, action, resource)
  return evaluateWithDerivedKeys(
    { principal: ctx.session, action, resource, context: { ...ctx.baseContext(ctx.session), ...extra }, unknownKeys: isUnknowableKey },
    { identityPolicies: ctx.roleDocs.map((d) => d.policy), resourceAccount: ctx.session.account ?? '', ...(bucket ? { resourcePolicy: bucket.policy } : {}), ...(boundary ? { permissionsBoundary: boundary } : {}) }
  )
}

/**
 * The role's or the requester's effective identity permissions: its identity policies, within its permissions
 * boundary when one file among the files is read as its alone (boundaries.ts). Every check of what a principal must
 * not reach reads them here (RTC709, RTC711, RTC712, RTC715, RTC718, RTC720), so that a grant the boundary takes
 * back reaches nothing in all of them alike. What the connector needs is not judged within it: a boundary that
 * refuses that is RTC724's.
 */
export function effectiveIdentity(ctx: Pick<SetupContext, 'roleDocs' | 'requesterDoc' | 'requesterGuards' | 'roleBoundary' | 'requesterBoundary'>, whose: 'role' | 'requester'): { identityPolicies: NormalPolicy[]; permissionsBoundary?: NormalPolicy } {
  const docs = whose === 'role' ? ctx.roleDocs : [...(ctx.requesterDoc ? [ctx.requesterDoc] : []), ...(ctx.requesterGuards ?? [])]
  const boundary = boundaryOf(ctx, whose)
  return { identityPolicies: docs.map((d) => d.policy), ...(boundary ? { permissionsBoundary: boundary } : {}) }
}

/** The boundary effectiveIdentity applies, alone (a check that hands the evaluator its own share of the policies). */
export function boundaryOf(ctx: Pick<SetupContext, 'roleBoundary' | 'requesterBoundary'>, whose: 'role' | 'requester'): NormalPolicy | undefined {
  return whose === 'role' ? ctx.roleBoundary : ctx.requesterBoundary
}

/** What the role reaches: asRole within its effective identity permissions (effectiveIdentity). */
export function reachedAsRole(ctx: SetupContext, action: string, resource: string, extra: Record<string, ContextValue> = {}): Decision {
  return asRole(ctx, action, resource, extra, boundaryOf(ctx, 'role'))
}

/** The staging bucket's policy, when it is among the files and the request is an S3 one on that bucket. */
export function bucketPolicyOn(ctx: SetupContext, action: string, resource: string): Doc | undefined {
  const on = !!ctx.inputs.stagingBucket && action.toLowerCase().startsWith('s3:') && inBucket(resource, ctx.inputs.partition, ctx.inputs.stagingBucket)
  return on ? ctx.bucketPolicy : undefined
}

/** Is this ARN the bucket or an object in it? */
export function inBucket(arn: string, partition: string, bucket: string): boolean {
  const bucketArn = `arn:${partition}:s3:::${bucket}`
  return arn === bucketArn || arn.startsWith(`${bucketArn}/`)
}

/** Where a decision points: the statement that decided it (a role policy's, else the bucket policy's), in its own file. */
export function placeOfDecision(ctx: SetupContext, decision: Decision, fallback: Doc): { doc: Doc; place: Place } {
  const ref: StatementRef | undefined = decision.matched.find((r) => r.source === 'identity') ?? decision.matched.find((r) => r.source === 'resource')
  const doc = !ref ? undefined : ref.source === 'identity' ? ctx.roleDocs[ref.policy] : ctx.bucketPolicy
  return doc && ref ? { doc, place: statementPlace(doc.file, ref.statement) } : { doc: fallback, place: documentPlace(fallback.file) }
}

/** A request the role must be allowed to make. */
export interface RoleRequest {
  action: string
  resource: string
  context?: Record<string, ContextValue>
}

/**
 * The requests the role is refused, and where a finding about them goes: the
 * statement of an explicit Deny that refuses one; else the first Allow
 * statement that would allow one but for its conditions (`blocked`: it, and
 * the conditions that refuse); else the start of `fallback` (nothing allows
 * them). Undefined when every request is allowed.
 */
export function refusedAsRole<R extends RoleRequest>(
  ctx: SetupContext,
  requests: readonly R[],
  fallback: Doc
): { refused: R[]; denied: boolean; doc: Doc; place: Place; blocked?: { request: R; statement: NormalStatement; failing: ConditionRef[] } } | undefined {
  const decided = requests.map((r) => ({ r, d: asRole(ctx, r.action, r.resource, r.context) }))
  const docOf = (ref: StatementRef): Doc | undefined => (ref.source === 'identity' ? ctx.roleDocs[ref.policy] : ctx.bucketPolicy)
  for (const { r, d } of decided) if (d.effect === 'Allow') ctx.noteAllowed?.(d, `${r.action} on ${r.resource}`, docOf)
  const refused = decided.filter((x) => x.d.effect !== 'Allow')
  if (refused.length === 0) return undefined
  const deny = refused.find((x) => x.d.effect === 'ExplicitDeny')
  if (deny) return { refused: refused.map((x) => x.r), denied: true, ...placeOfDecision(ctx, deny.d, fallback) }
  // The first few refused requests are enough to point at (each try reads the policies once).
  for (const { r } of refused.slice(0, BLOCKED_TRIES)) {
    const blocked = blockedAsRole(ctx, r)
    if (blocked) return { refused: refused.map((x) => x.r), denied: false, doc: blocked.doc, place: statementPlace(blocked.doc.file, blocked.statement.index), blocked: { request: r, statement: blocked.statement, failing: blocked.failing } }
  }
  return { refused: refused.map((x) => x.r), denied: false, doc: fallback, place: documentPlace(fallback.file) }
}

/** Refused requests refusedAsRole looks for a statement blocked by its conditions. */
const BLOCKED_TRIES = 2

/**
 * The role's (or the bucket policy's) Allow statement that would allow the request but for its conditions.
 * Only a statement whose Action and Resource may cover the request's is evaluated: one evaluation per
 * statement of a pull request's thousands cost each a request's setting up (40,000 statements: 4 s more).
 */
function blockedAsRole(ctx: SetupContext, r: RoleRequest): { doc: Doc; statement: NormalStatement; failing: ConditionRef[] } | undefined {
  const bucket = bucketPolicyOn(ctx, r.action, r.resource)
  const docs = [...ctx.roleDocs, ...(bucket ? [bucket] : [])]
  const parts = splitArn(r.resource)
  const request = { principal: ctx.session, action: r.action, resource: r.resource, context: { ...ctx.baseContext(ctx.session), ...r.context }, unknownKeys: isUnknowableKey }
  const alone = (p: number, s: NormalStatement): Decision => {
    const policy = { ...docs[p].policy, statements: [s] }
    return docs[p] === ctx.bucketPolicy
      ? evaluateWithDerivedKeys(request, { identityPolicies: [], resourceAccount: ctx.session.account ?? '', resourcePolicy: policy })
      : evaluateWithDerivedKeys(request, { identityPolicies: [policy], resourceAccount: ctx.session.account ?? '' })
  }
  const blocked = blockedByConditions(
    docs.map((d) => d.policy),
    (p, s) => coversAction(s, r.action) && namesResource(s, r.resource, parts) && alone(p, { ...s, condition: keyedByPolicy() }).effect === 'Allow',
    (p, s, condition) => alone(p, reducedTo(s, r.action, r.resource, condition)).effect === 'Allow'
  )
  return blocked ? { doc: docs[blocked.policy], statement: blocked.statement, failing: blocked.failing } : undefined
}

/**
 * The requests the role is allowed, grouped by the statement that allows
 * them (else `fallback`'s start): one finding per statement that lets the
 * role out, naming what it reaches.
 */
export function allowedAsRoleByStatement<R extends RoleRequest>(ctx: SetupContext, requests: readonly R[], fallback: Doc): Array<{ doc: Doc; place: Place; allowed: R[] }> {
  const groups = new Map<string, { doc: Doc; place: Place; allowed: R[] }>()
  for (const r of requests) {
    const d = reachedAsRole(ctx, r.action, r.resource, r.context)
    if (d.effect !== 'Allow') continue
    const at = placeOfDecision(ctx, d, fallback)
    const key = `${at.doc.file.file}|${at.place.line}|${at.place.column}`
    const group = groups.get(key)
    if (group) group.allowed.push(r)
    else groups.set(key, { ...at, allowed: [r] })
  }
  return [...groups.values()]
}

/**
 * A concrete value a pattern matches: each '*' and '?' becomes 'x'. Used to
 * probe what a statement's own Resource reaches, so a second bucket or a
 * wider prefix is found whatever its name.
 */
export function concreteOf(pattern: string): string {
  return pattern.replace(/[*?]/g, 'x')
}

/**
 * Probes derived from the files are budgeted: a hostile file with thousands
 * of resources costs at most this many (each distinct ARN pattern once).
 */
export const DERIVED_PROBE_BUDGET = 50

/** A resource pattern of an Allow statement, where it stands, and the ARN it is probed with (concreteOf). */
export interface AllowedResource {
  doc: Doc
  statement: NormalStatement
  resource: string
  concrete: string
}

/**
 * The Allow statements' resource patterns whose concrete ARN the caller finds
 * `relevant`, each pattern once, up to the budget; `passedOver` is the first relevant one past
 * it and how many there were, so the caller can say what it did not probe (a
 * hostile file cannot hide one pattern behind fifty decoys).
 */
export function allowedResources(docs: Doc[], relevant: (concrete: string) => boolean): { found: AllowedResource[]; passedOver?: AllowedResource & { count: number } } {
  const found: AllowedResource[] = []
  let passedOver: (AllowedResource & { count: number }) | undefined
  const seen = new Set<string>()
  for (const doc of docs) {
    for (const statement of doc.policy.statements) {
      if (statement.effect !== 'Allow') continue
      for (const resource of statement.resource ?? []) {
        if (seen.has(resource) || !splitArn(resource)) continue
        seen.add(resource)
        const concrete = concreteOf(resource)
        if (!relevant(concrete)) continue
        if (found.length < DERIVED_PROBE_BUDGET) found.push({ doc, statement, resource, concrete })
        else if (passedOver) passedOver.count++
        else passedOver = { doc, statement, resource, concrete, count: 1 }
      }
    }
  }
  return passedOver ? { found, passedOver } : { found }
}

/**
 * The finding for the first resource past the derived budget (allowedResources):
 * what it names, said to be not evaluated, so that no resource is passed over
 * in silence. `reach`: what it may let happen ("let the role reach S3 outside
 * ..."); `what`: the resources the check probes ("S3 resources outside the
 * staging area").
 */
export function reportPassedOver(report: Report, code: string, passed: AllowedResource & { count: number }, reach: string, what: string, hint: string): void {
  report(
    code,
    passed.doc.file,
    statementPlace(passed.doc.file, passed.statement.index),
    `${passed.doc.file.file} may ${reach}: it names ${passed.resource}${passed.count > 1 ? ` and ${passed.count - 1} more` : ''} (not evaluated: past the first ${DERIVED_PROBE_BUDGET} ${what}, the check does not probe them one by one)`,
    hint
  )
}

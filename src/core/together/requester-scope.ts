// The vendor's rule: "The IAM user or IAM role that requests the temporary
// credentials must not have access to any AWS resources." The requester's
// policy may allow sts:AssumeRole on the role and nothing else. Each Allow
// statement is probed with the actions it names (real ones from the action
// catalogue for a wildcard) on the resources it names, and evaluated: any
// grant other than sts:AssumeRole is reported at its statement. Other roles
// reached with sts:AssumeRole are RTC709's.
import { actionsMatching, arnFitsAction, findAction } from '../iam/catalog/index.js'
import { statementWeight } from '../evaluate/weight.js'
import { actionMatches } from '../iam/wildcard.js'
import { evaluateWithDerivedKeys } from './derived-keys.js'
import type { NormalPolicy, NormalStatement } from '../iam/normalise.js'
import { statementPlace } from './position.js'
import { boundaryOf, concreteOf, type SetupContext } from './setup-context.js'
import { listText } from '../list-text.js'
import { isAssume } from './requester-guard.js'
import { isUnknowableKey } from './unknowable-keys.js'

/**
 * Actions anyone may call whatever their policies say: sts:GetCallerIdentity ("No permissions are required to
 * perform this operation", even under an explicit Deny: STS API Reference) and sts:GetSessionToken ("No permissions
 * are required for users to perform this operation ... You cannot use policies to control authentication
 * operations": STS API Reference; its credentials carry the user's own permissions). An Allow of one grants nothing.
 */
const NEEDS_NO_PERMISSION = ['sts:GetCallerIdentity', 'sts:GetSessionToken']
const needsNoPermission = (action: string): boolean => NEEDS_NO_PERMISSION.some((a) => a.toLowerCase() === action.toLowerCase())

/** The first probes for a NotAction statement: common actions, before the rest of the catalogue. */
const SAMPLE_ACTIONS = ['s3:GetObject', 's3:PutObject', 'redshift:GetClusterCredentials', 'kms:Decrypt', 'iam:PassRole', 'ec2:DescribeInstances']
/** Grants a finding gives as examples. */
const PER_PATTERN = 3

/** A pattern's catalogue actions, sts:AssumeRole left out; the pattern made concrete when the catalogue knows none. */
function probeActions(pattern: string): string[] {
  const known = actionsMatching(pattern).map((a) => a.fullName).filter((a) => !isAssume(a) && !needsNoPermission(a))
  if (known.length > 0) return known
  const concrete = concreteOf(pattern)
  return isAssume(concrete) || needsNoPermission(concrete) || !actionMatches(pattern, concrete) ? [] : [concrete]
}

/**
 * The actions a statement lets through, as probes, each once, made as they
 * are asked for: its Action patterns' (probeActions), or for NotAction the
 * common ones and then every catalogue action it does not leave out. `spend`
 * is told what reading a NotAction list costs; it stops the probes when false.
 */
function* probesOf(s: NormalStatement, spend: (cost: number) => boolean): Generator<string> {
  const seen = new Set<string>()
  if (s.action) {
    for (const pattern of s.action) {
      for (const a of probeActions(pattern)) {
        if (seen.has(a)) continue
        seen.add(a)
        yield a
      }
    }
    return
  }
  const notAction = s.notAction ?? []
  for (const a of [...SAMPLE_ACTIONS, ...actionsMatching('*').map((x) => x.fullName)]) {
    if (seen.has(a) || isAssume(a) || needsNoPermission(a)) continue
    seen.add(a)
    if (!spend(notAction.length)) return
    if (!notAction.some((p) => actionMatches(p, a))) yield a
  }
}

/** What a statement names, for a finding that could not judge it: its Action patterns, or its NotAction. */
function namedIn(s: NormalStatement): string[] {
  if (s.action) return s.action.filter((a) => !isAssume(concreteOf(a)) || a.includes('*') || a.includes('?'))
  return [`every action but ${(s.notAction ?? []).join(', ')}`]
}

/**
 * What the requester check spends, at most, counted in the patterns and
 * condition values the evaluator reads (statementWeight, evaluate/weight.ts): enough to judge an
 * Action "*" statement over the whole action catalogue (about 22,000 actions)
 * against a few Denies (the "allow all, deny all but sts:AssumeRole"
 * guardrail: about 220,000), well under a second at worst.
 */
export const REQUESTER_PROBE_BUDGET = 500_000

/** Reports are capped: past this many statements the first ones say enough. */
const MAX_REPORTED = 10

export function checkRequesterScope(ctx: SetupContext): void {
  const doc = ctx.requesterDoc
  if (!doc) return
  const context = ctx.baseContext(ctx.caller)
  const ask = (policy: NormalPolicy, action: string, resource: string) =>
    // What the requester's own policy grants, in its own account: a KMS action is judged like any other (a key
    // policy that delegates to the account, as most do, lets an identity policy grant it).
    evaluateWithDerivedKeys(
      { principal: ctx.caller, action, resource, context, unknownKeys: isUnknowableKey },
      { identityPolicies: [policy], resourceAccount: ctx.caller.account ?? '', resourcePolicyKind: 'other', ...(boundary ? { permissionsBoundary: boundary } : {}) }
    )
  // The requester's boundary, when one is among the files (boundaries.ts): a grant outside it reaches nothing. Each
  // probe reads it whole, so it counts in the probe's cost.
  const boundary = boundaryOf(ctx, 'requester')
  const boundaryWeight = boundary ? boundary.statements.reduce((n, st) => n + statementWeight(st), 0) : 0
  // Hostile input: each Allow statement is judged with the document's Deny
  // statements only (an Allow elsewhere cannot take a grant back; a Deny
  // can), within one budget of statement evaluations, and at most
  // MAX_REPORTED findings.
  // The requester's guards (requester-guard.ts) take grants back as its own Denies do.
  const denies = [doc, ...(ctx.requesterGuards ?? [])].flatMap((d) => d.policy.statements.filter((s) => s.effect === 'Deny'))
  const deniesWeight = denies.reduce((n, d) => n + statementWeight(d), 0)
  let budget = REQUESTER_PROBE_BUDGET
  let reported = 0
  // Past the budget statements are not judged: they are named together in one
  // finding with what they hold, so that decoys which Denies cancel cannot use
  // the budget (or the cap on findings) up to hide a grant behind them.
  let unjudged: { first: NormalStatement; count: number; actions: Set<string> } | undefined
  const passOver = (s: NormalStatement): void => {
    unjudged ??= { first: s, count: 0, actions: new Set() }
    unjudged.count++
    for (const a of namedIn(s)) unjudged.actions.add(a)
  }
  const spend = (cost: number): boolean => (budget -= cost) >= 0
  for (const s of doc.policy.statements) {
    // Past this many statements the first ones say enough.
    if (reported >= MAX_REPORTED) break
    if (s.effect !== 'Allow') continue
    if (budget < 0) {
      // Spent: named, not probed (making the probes of "*" costs a pass over the catalogue).
      if (namedIn(s).length > 0) passOver(s)
      continue
    }
    const judged: NormalPolicy = { ...doc.policy, statements: [s, ...denies] }
    const probeCost = statementWeight(s) + deniesWeight + boundaryWeight
    // Every action and resource, however many: the budget bounds the probing, and what it leaves is named (unjudged).
    // Each pattern with the ARN it is probed with; the pattern (wildcards and all) says which resource types it can name.
    const resources = s.resource ? [...new Map(s.resource.map((r) => [r === '*' ? r : concreteOf(r), r] as const))].map(([concrete, pattern]) => ({ concrete, pattern })) : [{ concrete: '*', pattern: '*' }]
    const granted: string[] = []
    let probed = false
    let spent = false
    probing: for (const action of probesOf(s, spend)) {
      probed = true
      const info = findAction(action)
      for (const { concrete: resource, pattern } of resources) {
        // An ARN the action cannot act on grants nothing (sts:AssumeRoot on a role ARN); fitting it costs one.
        if (!spend(1)) {
          spent = true
          break probing
        }
        if (info && !arnFitsAction(info, pattern)) continue
        if (!spend(probeCost)) {
          spent = true
          break probing
        }
        if (ask(judged, action, resource).effect === 'Allow') {
          granted.push(`${action} on ${resource}`)
          break
        }
      }
      if (granted.length >= PER_PATTERN) break
    }
    // The NotAction list may have spent the budget before the first probe.
    if (budget < 0) spent = true
    if (spent && granted.length === 0 && (probed || !s.action)) {
      passOver(s)
      continue
    }
    if (granted.length === 0) continue
    reported++
    reportScope(ctx, s, `(e.g. ${granted.join('; ')})`)
  }
  if (unjudged) {
    const names = [...unjudged.actions]
    const shown = listText(names, 5)
    reportScope(
      ctx,
      unjudged.first,
      `(not evaluated: the policy is larger than the check judges in full, and ${unjudged.count === 1 ? 'this Allow statement names' : `this and ${unjudged.count - 1} more Allow statement${unjudged.count === 2 ? '' : 's'} after it name`} ${shown}, whatever its Denies take back)`
    )
  }
}

function reportScope(ctx: SetupContext, s: NormalStatement, what: string): void {
  const doc = ctx.requesterDoc!
  ctx.report(
    'RTC720',
    doc.file,
    statementPlace(doc.file, s.index),
    `${doc.file.file} gives ${ctx.callerText} more than sts:AssumeRole on the role ${what}: the identity that requests the temporary credentials must not have access to any AWS resource (the vendor's rule); the role holds the staging and database permissions`,
    'Keep only the sts:AssumeRole statement in the requester policy; move what the connector needs to the role'
  )
}

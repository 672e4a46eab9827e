// The verdict against the evaluator on what real pull requests write and
// ./verdict-property.test.ts does not draw: NotAction and NotResource, Denies
// that take back part of another statement's Allow, StringLike patterns with
// `?` and `*`, and resource policies (Principal and Resource). For each pair:
//  - unsound: the verdict says none or narrows while a drawn request is newly
//    allowed, or none or broadens while one is newly refused (the serious kind:
//    a reviewer is told less than happens);
//  - unwitnessed: the verdict claims a direction and the diff has no witness
//    request for it (the comment would say "broadens" and show nothing that does).
// Both are counted over fixed seeds. Unsound must be zero. An unwitnessed
// claim is one the diff keeps because it cannot rule it out: no proof shows
// the direction away, and the witness search was cut short, or it is a
// broadening (never dropped on a search alone). On these draws, before the
// verdict was confirmed (2026-12-01), 5 identity and 7 resource-policy claims
// had no witness; now none and 1 (on twice the draws: 8 and 19, now none and
// 11). The resource ones are mostly statements naming an account root, which
// in the witness settings (the resource in the caller's own account) change
// nothing, and across accounts may: kept. A narrowing is no longer dropped
// because the witness search found none (it tries two instances of a pattern:
// b/* narrowed to b/x* and b/w* looked unchanged): 4 more resource-policy
// narrowings are kept, each removing what an account root was granted (across
// accounts, a real loss), so 5. The bound may only go down. The
// two-key conditions had no unsound or unwitnessed verdict before either (150
// draws): they guard that dropping a direction never makes one.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { oneStatementChanged } from '../support/policy-pairs.js'
import { allowsNoMore } from '../../src/core/diff/containment.js'
import { diffPolicies, type DocumentKind } from '../../src/core/diff/semantic-diff.js'
import { toDiffStatement } from '../../src/core/diff/statements.js'
import { evaluationSources, settingsFor, withDerivedKeys } from '../../src/core/diff/witness.js'
import { evaluate } from '../../src/core/evaluate/evaluate.js'
import { principalFromArn } from '../../src/core/evaluate/principal.js'
import type { AccessRequest, ContextValue } from '../../src/core/evaluate/types.js'
import { normalisePolicy, type NormalPolicy } from '../../src/core/iam/normalise.js'

type Statement = Record<string, unknown>
const A = '111122223333'
const B = '444455556666'

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values)
const someOf = <T>(values: readonly T[], max = 2) => fc.uniqueArray(pick(values), { minLength: 1, maxLength: max })

const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:Get*', 's3:*', 's3:Delete*', 's3:DeleteObject', 'kms:Decrypt', '*']
const RESOURCES = ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/a/*', 'arn:aws:s3:::b/a?/*', 'arn:aws:s3:::b/x', 'arn:aws:s3:::c/*', '*']
const PATTERNS = ['a*', 'a?*', 'a', 'a?', '?', 'ab*', '*b', 'a*b', '*']

const CONDITIONS: { operator: string; key: string; values: string[] }[] = [
  { operator: 'StringLike', key: 's3:prefix', values: PATTERNS },
  { operator: 'StringNotLike', key: 's3:prefix', values: PATTERNS },
  { operator: 'StringEquals', key: 's3:prefix', values: ['a', 'ab', 'b'] },
  { operator: 'StringLikeIfExists', key: 's3:prefix', values: PATTERNS },
  { operator: 'Bool', key: 'aws:SecureTransport', values: ['true', 'false'] }
]

const condition = fc.option(
  fc.integer({ min: 0, max: CONDITIONS.length - 1 }).chain((i) =>
    someOf(CONDITIONS[i].values, 3).map((values) => ({ Condition: { [CONDITIONS[i].operator]: { [CONDITIONS[i].key]: values } } }))
  ),
  { nil: undefined, freq: 2 }
)

/** Action or NotAction, Resource or NotResource: the negated form a third of the time. */
// `NotAction: *` and `NotResource: *` match nothing: no pull request writes them.
const notStar = (values: readonly string[]) => values.filter((v) => v !== '*')
const resourcePart = fc.oneof(someOf(RESOURCES).map((v) => ({ Resource: v })), someOf(RESOURCES).map((v) => ({ Resource: v })), someOf(notStar(RESOURCES)).map((v) => ({ NotResource: v })))
const actionForm = fc.oneof(someOf(ACTIONS).map((v) => ({ Action: v })), someOf(ACTIONS).map((v) => ({ Action: v })), someOf(notStar(ACTIONS)).map((v) => ({ NotAction: v })))

const identityStatement: fc.Arbitrary<Statement> = fc
  .tuple(pick(['Allow', 'Allow', 'Deny']), actionForm, resourcePart, condition)
  .map(([Effect, action, resource, cond]) => ({ Effect, ...action, ...resource, ...(cond ?? {}) }))

const PRINCIPALS = [`arn:aws:iam::${A}:user/u`, `arn:aws:iam::${A}:root`, '*', `arn:aws:iam::${B}:user/v`]
const resourceStatement: fc.Arbitrary<Statement> = fc
  .tuple(pick(['Allow', 'Allow', 'Deny']), someOf(PRINCIPALS), actionForm, resourcePart, condition)
  .map(([Effect, principals, action, resource, cond]) => ({
    Effect,
    Principal: principals.includes('*') ? '*' : { AWS: principals },
    ...action,
    ...resource,
    ...(cond ?? {})
  }))

/**
 * Conditions of up to two keys, where earlier sessions found the diff unsure
 * or wrong: StringEqualsIgnoreCase variants, Null with both values, a key and
 * its complement in two Allows, a value split over two statements.
 */
const TWO_KEY_CONDITIONS: { operator: string; key: string; values: string[] }[] = [
  { operator: 'StringEqualsIgnoreCase', key: 'aws:PrincipalTag/team', values: ['Data', 'DATA', 'ops'] },
  { operator: 'StringEquals', key: 'aws:PrincipalTag/team', values: ['Data', 'data', 'ops'] },
  { operator: 'StringNotEqualsIgnoreCase', key: 'aws:PrincipalTag/team', values: ['data', 'Ops'] },
  { operator: 'Null', key: 's3:prefix', values: ['true', 'false'] },
  { operator: 'StringLike', key: 's3:prefix', values: ['a*', 'a?*', 'a'] },
  { operator: 'Bool', key: 'aws:SecureTransport', values: ['true', 'false'] },
  { operator: 'BoolIfExists', key: 'aws:SecureTransport', values: ['true', 'false'] }
]

const twoKeyCondition = fc
  .uniqueArray(
    fc.integer({ min: 0, max: TWO_KEY_CONDITIONS.length - 1 }).chain((i) => someOf(TWO_KEY_CONDITIONS[i].values, 2).map((values) => [TWO_KEY_CONDITIONS[i], values] as const)),
    { maxLength: 2, selector: ([c]) => c.key }
  )
  .map((clauses) => {
    const out: Record<string, Record<string, string[]>> = {}
    for (const [c, values] of clauses) (out[c.operator] ??= {})[c.key] = values
    return clauses.length > 0 ? { Condition: out } : {}
  })

const conditionedStatement: fc.Arbitrary<Statement> = fc
  .tuple(pick(['Allow', 'Allow', 'Deny']), someOf(['s3:GetObject', 's3:Get*', 's3:PutObject'], 2), pick(['*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/a/*']), twoKeyCondition)
  .map(([Effect, Action, Resource, cond]) => ({ Effect, Action, Resource, ...cond }))

/**
 * Conditions on a list key (aws:TagKeys) with each set prefix, IfExists and none, on Allows and Denies, and a value
 * that another statement covers alone: where one comparison is refuted one way and undecided the other (a Deny's
 * ForAllValues:StringLike widened to StringLikeIfExists, 2026-12-01), and where one value of a key is rated on its own.
 */
const LIST_KEY_CONDITIONS: { operator: string; key: string; values: string[] }[] = [
  { operator: 'ForAllValues:StringLike', key: 'aws:TagKeys', values: ['a*', 'b'] },
  { operator: 'ForAnyValue:StringLike', key: 'aws:TagKeys', values: ['a*', 'b'] },
  { operator: 'StringLikeIfExists', key: 'aws:TagKeys', values: ['a*', 'b'] },
  { operator: 'StringLike', key: 'aws:TagKeys', values: ['a*', 'b'] },
  { operator: 'ForAllValues:StringNotEquals', key: 'aws:TagKeys', values: ['b'] },
  { operator: 'StringEquals', key: 'aws:PrincipalTag/team', values: ['data', 'ops'] }
]

const listKeyStatement: fc.Arbitrary<Statement> = fc
  .tuple(
    pick(['Allow', 'Allow', 'Deny']),
    someOf(['s3:GetObject', 's3:Get*', 's3:PutObject'], 2),
    fc.integer({ min: 0, max: LIST_KEY_CONDITIONS.length - 1 }).chain((i) => someOf(LIST_KEY_CONDITIONS[i].values, 2).map((values) => [LIST_KEY_CONDITIONS[i], values] as const)),
    fc.boolean()
  )
  .map(([Effect, Action, [c, values], conditioned]) => ({ Effect, Action, Resource: 'arn:aws:s3:::b/*', ...(conditioned ? { Condition: { [c.operator]: { [c.key]: values } } } : {}) }))

const doc = (Statement: Statement[]) => ({ Version: '2012-10-17', Statement })

/** A pair: two independent versions, one statement replaced, added or removed, or one part of one statement redrawn. */
function pairOf(statement: fc.Arbitrary<Statement>) {
  const policy = fc.array(statement, { minLength: 1, maxLength: 3 })
  return fc.oneof(
    fc.tuple(policy, policy),
    oneStatementChanged(policy, statement),
    fc.tuple(policy, statement, fc.nat(), pick(['Action', 'Resource', 'Condition', 'Effect'])).map(([before, t, n, part]) => {
      const after = [...before]
      const i = n % after.length
      const changed: Statement = { ...after[i] }
      const forms = part === 'Action' ? ['Action', 'NotAction'] : part === 'Resource' ? ['Resource', 'NotResource'] : [part]
      for (const f of forms) delete changed[f]
      for (const f of forms) if (t[f] !== undefined) changed[f] = t[f]
      after[i] = changed
      return [before, after] as [Statement[], Statement[]]
    })
  )
}

const REQUEST_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:DeleteBucket', 's3:GetObjectAcl', 'kms:Decrypt', 'ec2:RunInstances']
const REQUEST_RESOURCES = ['arn:aws:s3:::b/a/x', 'arn:aws:s3:::b/ab/x', 'arn:aws:s3:::b/x', 'arn:aws:s3:::b/y', 'arn:aws:s3:::c/z', 'arn:aws:s3:::d/q']
const PREFIXES = ['a', 'ab', 'abb', 'b', '', 'ba', 'aab', 'axb', 'c']

function requestsFor(kind: DocumentKind, withTeam: boolean, withTagKeys = false) {
  const team = withTeam ? fc.option(pick(['data', 'Data', 'DATA', 'ops', 'OPS', 'x']), { nil: undefined }) : fc.constant(undefined)
  // Drawn only where asked, so that the other rows draw the requests they always drew.
  const tagKeys = withTagKeys ? fc.option(pick([[], ['a'], ['ab'], ['b'], ['a', 'b'], ['c'], ['ab', 'c']]), { nil: undefined }) : fc.constant(undefined)
  const context = fc
    .tuple(fc.option(pick(PREFIXES), { nil: undefined }), fc.option(pick(['true', 'false']), { nil: undefined }), team, tagKeys)
    .map(([prefix, secure, tag, keys]) => {
      const out: Record<string, ContextValue> = {}
      if (keys !== undefined) out['aws:TagKeys'] = keys
      if (prefix !== undefined) out['s3:prefix'] = prefix
      if (secure !== undefined) out['aws:SecureTransport'] = secure
      if (tag !== undefined) out['aws:PrincipalTag/team'] = tag
      return out
    })
  const who = kind === 'identity' ? [`arn:aws:iam::${A}:user/witness`] : [`arn:aws:iam::${A}:user/u`, `arn:aws:iam::${A}:user/w`, `arn:aws:iam::${B}:user/v`]
  return fc.tuple(pick(who), pick(REQUEST_ACTIONS), pick(REQUEST_RESOURCES), context).map(
    ([arn, action, resource, ctx]): AccessRequest => withDerivedKeys({ principal: principalFromArn(arn), action, resource, context: ctx })
  )
}

const allowed = (kind: DocumentKind, policy: NormalPolicy | undefined, request: AccessRequest, setting: 'alone' | 'with-other-grants', resourceAccount?: string) =>
  evaluate(request, evaluationSources(kind, policy, setting, resourceAccount)).effect === 'Allow'

interface Tally {
  pairs: number
  byVerdict: Record<string, number>
  /** Verdict none/narrows with a request newly allowed, or none/broadens with one newly refused. */
  unsound: number
  /** A claimed direction without a witness from the diff. */
  unwitnessed: number
  /** ... of which the drawn requests show no such request either. */
  unwitnessedUnseen: number
  examples: string[]
}

const tallies: Record<string, Tally> = {}

function check(tally: Tally, kind: DocumentKind, before: unknown, after: unknown, requests: AccessRequest[]): { unsound: boolean; unwitnessed: boolean } {
  const d = diffPolicies(before, after, { kind, witnesses: true })
  // The verdict does not depend on whether witnesses are shown (the review asks for none).
  expect(diffPolicies(before, after, { kind }).accessChange).toBe(d.accessChange)
  tally.pairs++
  tally.byVerdict[d.accessChange] = (tally.byVerdict[d.accessChange] ?? 0) + 1
  const b = normalisePolicy(before)
  const a = normalisePolicy(after)
  let newlyAllowed = false
  let newlyRefused = false
  for (const setting of settingsFor(kind)) {
    for (const r of requests) {
      const was = allowed(kind, b, r, setting)
      const is = allowed(kind, a, r, setting)
      if (!was && is) newlyAllowed = true
      if (was && !is) newlyRefused = true
    }
  }
  const claims = { broadens: d.accessChange === 'broadens' || d.accessChange === 'mixed', narrows: d.accessChange === 'narrows' || d.accessChange === 'mixed' }
  const unsound = (newlyAllowed && !claims.broadens) || (newlyRefused && !claims.narrows)
  let unwitnessed = false
  for (const direction of ['broadens', 'narrows'] as const) {
    if (!claims[direction]) continue
    const w = d.statements.map((s) => s.witnesses?.[direction]).find((x) => x !== undefined)
    if (w) {
      // A witness is confirmed here, by the evaluator.
      expect([allowed(kind, b, w.request, w.setting, w.resourceAccount), allowed(kind, a, w.request, w.setting, w.resourceAccount)]).toEqual(direction === 'broadens' ? [false, true] : [true, false])
      continue
    }
    unwitnessed = true
    tally.unwitnessed++
    if (!(direction === 'broadens' ? newlyAllowed : newlyRefused)) tally.unwitnessedUnseen++
  }
  if (unsound) tally.unsound++
  if ((unsound || unwitnessed) && tally.examples.length < 6) {
    tally.examples.push(JSON.stringify({ unsound, unwitnessed, verdict: d.accessChange, newlyAllowed, newlyRefused, before, after, why: d.statements.map((s) => `${s.rating}: ${s.explanation}`) }))
  }
  return { unsound, unwitnessed }
}

function run(name: string, kind: DocumentKind, statement: fc.Arbitrary<Statement>, numRuns: number, seed: number, withTeam: boolean, withTagKeys = false): Tally {
  const tally: Tally = { pairs: 0, byVerdict: {}, unsound: 0, unwitnessed: 0, unwitnessedUnseen: 0, examples: [] }
  tallies[name] = tally
  fc.assert(
    fc.property(pairOf(statement), fc.array(requestsFor(kind, withTeam, withTagKeys), { minLength: 40, maxLength: 40 }), ([before, after], requests) => {
      check(tally, kind, doc(before), doc(after), requests)
    }),
    { numRuns, seed }
  )
  return tally
}

const MEASURE = process.env.VERDICT_MEASURE === '1'
/** Claims without a witness on the list-key draws (the witness search tries few lists): may only go down. */
const UNWITNESSED_LIST_KEY = 2

describe('verdicts on NotAction, NotResource, cross-statement Denies, ? and * patterns', () => {
  test.each([
    ['identity', 'identity', identityStatement, 200, 20261201, 0, false],
    ['resource', 'resource', resourceStatement, 100, 20261202, 0, false],
    ['two-key conditions', 'identity', conditionedStatement, 80, 20261203, 0, true],
    ['list-key conditions', 'identity', listKeyStatement, 150, 20261205, UNWITNESSED_LIST_KEY, true]
  ] as const)('%s: no unsound verdict, claims without a witness only where not ruled out', (name, kind, statement, runs, seed, unwitnessedAtMost, withTeam) => {
    const t = run(name, kind, statement, runs, seed, withTeam, name === 'list-key conditions')
    if (MEASURE) {
      console.log(name, JSON.stringify({ ...t, examples: undefined }), '\n' + t.examples.join('\n'))
      return
    }
    expect({ unsound: t.unsound, examples: t.examples.filter((e) => e.includes('"unsound":true')) }).toEqual({ unsound: 0, examples: [] })
    expect(t.unwitnessed).toBeLessThanOrEqual(unwitnessedAtMost)
    // The draws reach every verdict, so the zero counts are about something.
    for (const verdict of ['broadens', 'narrows', 'none', 'mixed']) expect(t.byVerdict[verdict] ?? 0).toBeGreaterThan(0)
  })
})

/** The statements as the diff reads them. */
const statementsOf = (policy: unknown, side: 'before' | 'after') => (normalisePolicy(policy)?.statements ?? []).map((s) => toDiffStatement(s, side))

// The proof that drops a broadening (src/core/diff/containment.ts) checked on its own: wherever it says the
// second version allows nothing the first did not, no drawn request is allowed by the second alone.
test.each([
  ['identity', 'identity', identityStatement, false],
  ['resource', 'resource', resourceStatement, false],
  ['two-key conditions', 'identity', conditionedStatement, true]
] as const)('%s: the containment proof holds only where no request is newly allowed', (_name, kind, statement, withTeam) => {
  let proven = 0
  fc.assert(
    fc.property(pairOf(statement), fc.array(requestsFor(kind, withTeam), { minLength: 60, maxLength: 60 }), ([first, second], requests) => {
      for (const [from, to] of [[doc(first), doc(second)], [doc(second), doc(first)]]) {
        if (!allowsNoMore(statementsOf(from, 'before'), statementsOf(to, 'after'))) continue
        proven++
        const f = normalisePolicy(from)
        const t = normalisePolicy(to)
        for (const setting of settingsFor(kind)) {
          for (const r of requests) expect({ from, to, r, setting, newlyAllowed: !allowed(kind, f, r, setting) && allowed(kind, t, r, setting) }).toEqual({ from, to, r, setting, newlyAllowed: false })
        }
      }
    }),
    { numRuns: 120, seed: 20261204 }
  )
  // The proof holds often enough on these draws for the check to mean something.
  expect(proven).toBeGreaterThan(30)
})

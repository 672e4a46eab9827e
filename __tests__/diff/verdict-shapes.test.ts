// The verdict and its witness requests against the reference evaluator
// (./reference-evaluator.ts) on shapes ./verdict-reference.test.ts does not
// draw: a wildcard mid-ARN (b/*/x, */x) and `?` (b/a?/*, b/?/x); actions
// written in another case (S3:getobject) or by `?` (s3:?etObject) or
// mid-name `*` (s3:*Object); a policy variable in Resource (${aws:username});
// ForAllValues/ForAnyValue on aws:TagKeys beside ...IfExists and Null on
// single-valued keys; Bool with Null on aws:SecureTransport; SCP-style
// documents of Denies only (judged beside a grant of everything);
// NotPrincipal on a resource policy's Deny; and versions that reorder or
// repeat statements (no change). For each pair (fixed seed, bounded):
//  - every witness request the diff shows is decided as it says (newly
//    allowed for broadens, newly refused for narrows) by the reference too;
//  - each direction said as decided is shown by a request: a witness the
//    reference confirms, or one of the space (a proof only takes a direction
//    away, so a decided one rests on a request);
//  - every request of the space decided differently before and after is in
//    a direction the verdict claims, decided or "may" (never left out);
//  - a reorder or a repeat is "no change in access".
import { expect, test } from '@jest/globals'
import { diffPolicies, type DocumentKind, type PolicyDiff, type Witness } from '../../src/core/diff/semantic-diff.js'
import { clauseHolds, readPolicy, withVariables, type ContextValue, type Request, type Statement } from './reference-evaluator.js'
import { randomSource, type Random } from './seeded-random.js'

const A = '111122223333'
const B = '444455556666'


const ACTIONS = ['s3:GetObject', 'S3:getobject', 's3:Get*', 's3:*Object', 's3:?etObject', 's3:PutObject', 's3:Delete*', '*']
/** One catalogue action of each class the patterns tell apart. */
const REQUEST_ACTIONS = ['s3:GetObject', 's3:GetObjectAcl', 's3:PutObject', 's3:DeleteObject', 's3:ListBucket', 'ec2:RunInstances']
const RESOURCES = [
  'arn:aws:s3:::b/*',
  'arn:aws:s3:::b/*/x',
  'arn:aws:s3:::b/a?/*',
  'arn:aws:s3:::b/?/x',
  'arn:aws:s3:::*/x',
  'arn:aws:s3:::b/a/*',
  'arn:aws:s3:::b/${aws:username}/*',
  '*'
]
const REQUEST_RESOURCES = ['arn:aws:s3:::b/x', 'arn:aws:s3:::b/a/x', 'arn:aws:s3:::b/ab/x', 'arn:aws:s3:::b/a/y', 'arn:aws:s3:::b/ab/y', 'arn:aws:s3:::b/a/b/x', 'arn:aws:s3:::c/x', 'arn:aws:s3:::c/z', 'arn:aws:s3:::b/bob/q']

interface KeyUniverse {
  key: string
  operators: [string, string[]][]
  states: (ContextValue | undefined)[]
}
const subsets = <T>(xs: T[]): T[][] => xs.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]])

const KEYS: KeyUniverse[] = [
  {
    key: 'aws:TagKeys',
    operators: [
      ['ForAllValues:StringLike', ['a*', 'b', 'a?']],
      ['ForAnyValue:StringLike', ['a*', 'b', '?b']],
      ['ForAllValues:StringEquals', ['a', 'b']],
      ['ForAnyValue:StringEquals', ['a', 'ab']],
      ['ForAllValues:StringNotLike', ['a*']],
      ['ForAnyValue:StringNotEquals', ['a']]
    ],
    states: [undefined, ...subsets(['a', 'ab', 'b', 'c'])]
  },
  {
    key: 'aws:SecureTransport',
    operators: [['Bool', ['true', 'false']], ['BoolIfExists', ['true', 'false']], ['Null', ['true', 'false']]],
    states: [undefined, 'true', 'false']
  },
  {
    key: 's3:prefix',
    operators: [
      ['StringLikeIfExists', ['a?', 'a*', '?']],
      ['StringNotLikeIfExists', ['a?', '*b']],
      ['StringEqualsIfExists', ['a', 'ab']],
      ['StringLike', ['a?', '${aws:username}*']],
      ['Null', ['true', 'false']]
    ],
    states: [undefined, 'a', 'ab', 'b', 'bob', 'bobx']
  }
]
const USERNAMES: (string | undefined)[] = [undefined, 'a', 'bob']

const one = (values: string[]): string | string[] => (values.length === 1 ? values[0] : values)

function drawCondition(random: Random): Record<string, Record<string, string[]>> | undefined {
  if (random.chance(0.45)) return undefined
  const out: Record<string, Record<string, string[]>> = {}
  for (let i = 1 + random.int(2); i > 0; i--) {
    const k = random.pick(KEYS)
    const [operator, values] = random.pick(k.operators)
    ;(out[operator] ??= {})[k.key] = operator === 'Null' ? [random.pick(values)] : random.some(values)
  }
  return out
}

const PRINCIPALS = [`arn:aws:iam::${A}:user/u`, `arn:aws:iam::${A}:root`, `arn:aws:iam::${B}:user/v`, B]
const CALLERS = [`arn:aws:iam::${A}:user/u`, `arn:aws:iam::${A}:user/w`, `arn:aws:iam::${B}:user/v`, `arn:aws:iam::${B}:user/z`, `arn:aws:iam::${A}:root`, `arn:aws:iam::${B}:root`]

type Shape = 'identity' | 'scp' | 'resource'

function drawStatement(random: Random, shape: Shape): Statement {
  const s: Statement = { Effect: shape === 'scp' || random.chance(0.35) ? 'Deny' : 'Allow' }
  if (shape === 'resource') {
    if (s.Effect === 'Deny' && random.chance(0.35)) s.NotPrincipal = { AWS: one(random.some([...PRINCIPALS, '*'], 3)) }
    else s.Principal = random.chance(0.2) ? '*' : { AWS: one(random.some(PRINCIPALS)) }
  }
  if (random.chance(0.3)) s.NotAction = one(random.some(ACTIONS.filter((a) => a !== '*')))
  else s.Action = one(random.some(ACTIONS))
  // A policy variable is read in Resource only (the reference does not read one in NotResource).
  if (random.chance(0.3)) s.NotResource = one(random.some(RESOURCES.filter((r) => r !== '*' && !r.includes('${'))))
  else s.Resource = one(random.some(RESOURCES))
  const condition = drawCondition(random)
  if (condition) s.Condition = condition
  return s
}

/** Two versions: independent, one statement replaced/added/removed, one part redrawn, or the same meaning reordered and repeated. */
function drawPair(random: Random, shape: Shape): { before: Statement[]; after: Statement[]; same: boolean } {
  const statement = () => drawStatement(random, shape)
  const before = Array.from({ length: 1 + random.int(3) }, statement)
  const how = random.int(4)
  if (how === 0) return { before, after: Array.from({ length: 1 + random.int(3) }, statement), same: false }
  const after = [...before]
  const i = random.int(after.length)
  if (how === 1) {
    const change = random.int(3)
    if (change === 0) after[i] = statement()
    else if (change === 1) after.push(statement())
    else after.splice(i, 1)
    return { before, after, same: false }
  }
  if (how === 2) {
    const forms = random.pick([['Action', 'NotAction'], ['Resource', 'NotResource'], ['Condition'], ['Effect'], ...(shape === 'resource' ? [['Principal', 'NotPrincipal']] : [])])
    if (shape === 'scp' && forms[0] === 'Effect') return { before, after: [...after.slice(0, i), statement()], same: false }
    const donor = statement()
    const changed: Statement = { ...after[i] }
    for (const f of forms) delete changed[f]
    for (const f of forms) if (donor[f] !== undefined) changed[f] = donor[f]
    if (changed.NotPrincipal !== undefined && changed.Effect === 'Allow') {
      delete changed.NotPrincipal
      changed.Principal = '*'
    }
    after[i] = changed
    return { before, after, same: false }
  }
  // The same statements reversed, one repeated (with a Sid of its own): no change in what is allowed.
  const reordered = [...before].reverse()
  reordered.splice(random.int(reordered.length + 1), 0, { Sid: 'Again', ...before[i] })
  return { before, after: reordered, same: true }
}

function keysIn(statements: Statement[]): KeyUniverse[] {
  const named = new Set<string>()
  for (const s of statements) for (const keys of Object.values((s.Condition ?? {}) as Record<string, Record<string, unknown>>)) for (const k of Object.keys(keys)) named.add(k)
  return KEYS.filter((k) => named.has(k.key))
}

function contexts(keys: KeyUniverse[], variables: boolean): Record<string, ContextValue>[] {
  let out: Record<string, ContextValue>[] = [{}]
  const all: KeyUniverse[] = variables ? [...keys, { key: 'aws:username', operators: [], states: USERNAMES }] : keys
  for (const k of all) out = out.flatMap((c) => k.states.map((v) => (v === undefined ? c : { ...c, [k.key]: v })))
  return out
}

const doc = (Statement: Statement[]) => ({ Version: '2012-10-17', Statement })

type Direction = 'broadens' | 'narrows'
const claims = (verdict: string, d: Direction) => verdict === d || verdict === 'mixed'

/** The directions the diff says without a "may": a whole statement's rating, a modified one's decided parts'. */
function decided(diff: PolicyDiff): Set<Direction> {
  const out = new Set<Direction>()
  for (const c of diff.statements) {
    const ratings = c.changes.length === 0 ? (c.undecided ? [] : [c.rating]) : c.changes.filter((e) => !e.undecided).map((e) => e.rating)
    for (const r of ratings) {
      if (r === 'broadens' || r === 'mixed') out.add('broadens')
      if (r === 'narrows' || r === 'mixed') out.add('narrows')
    }
  }
  return out
}

/** The context keys the reference reads, spelt as the policies spell them (the evaluator's may be in any case). */
const SPELLING = new Map(['aws:TagKeys', 'aws:SecureTransport', 's3:prefix', 'aws:username'].map((k) => [k.toLowerCase(), k]))

/** A witness as a reference request: the caller, and the owner of the resource (the witnesses' own account unless named). */
function asReference(w: Witness, shape: Shape): { r: Request; owner: string; otherGrants: boolean } {
  const context: Record<string, ContextValue> = {}
  // The evaluator's context may hold a number (a key typed so); the reference reads text.
  for (const [k, v] of Object.entries(w.request.context ?? {})) context[SPELLING.get(k.toLowerCase()) ?? k] = Array.isArray(v) ? v.map(String) : String(v)
  const r: Request = { action: w.request.action, resource: w.request.resource, context, ...(shape === 'resource' ? { principal: w.request.principal.arn } : {}) }
  // Not named: the evaluator's reading, the resource ARN's account, else (a bucket ARN names none) the caller's.
  const owner = w.resourceAccount ?? (w.request.resource.split(':')[4] || w.request.principal.account || A)
  return { r, owner, otherGrants: w.setting === 'with-other-grants' || shape === 'scp' }
}

const newTally = () => ({ pairs: 0, same: 0, notKnown: 0, decidedClaims: 0, mayClaims: 0, witnesses: 0, requests: 0, said: {} as Record<string, number>, problems: [] as string[] })
type Tally = ReturnType<typeof newTally>

function check(tally: Tally, shape: Shape, before: Statement[], after: Statement[], same: boolean): void {
  const kind: DocumentKind = shape === 'resource' ? 'resource' : 'identity'
  const diff = diffPolicies(doc(before), doc(after), { kind, witnesses: true })
  tally.pairs++
  tally.said[diff.accessChange] = (tally.said[diff.accessChange] ?? 0) + 1
  const report = (what: string, extra: object = {}) => {
    if (tally.problems.length < 12) tally.problems.push(JSON.stringify({ what, shape, verdict: diff.accessChange, before, after, ...extra, why: diff.statements.map((s) => `${s.rating}: ${s.explanation}`) }))
  }
  if (same) {
    tally.same++
    if (diff.accessChange !== 'none') report('a reorder or repeat is not "none"')
    return
  }
  if (diff.overBudget !== undefined || diff.invalid.length > 0) {
    tally.notKnown++
    return
  }
  const [b, a] = [readPolicy(before), readPolicy(after)]
  const allows = (p: ReturnType<typeof readPolicy>, r: Request, owner: string, otherGrants: boolean) =>
    shape === 'resource' ? p.resourceAllows(r, owner, otherGrants) : p.identityAllows(r, otherGrants)

  // Each witness shown is decided by the reference as the diff says.
  /** The directions a witness shows, as the reference decides it too. */
  const witnessed = new Set<Direction>()
  for (const c of diff.statements) {
    for (const direction of ['broadens', 'narrows'] as const) {
      const w = c.witnesses?.[direction]
      if (!w) continue
      tally.witnesses++
      const { r, owner, otherGrants } = asReference(w, shape)
      const seen = [allows(b, r, owner, otherGrants), allows(a, r, owner, otherGrants)]
      if (seen[0] === (direction === 'narrows') && seen[1] === (direction === 'broadens')) witnessed.add(direction)
      else report(`a ${direction} witness the reference decides ${seen.join(' -> ')}`, { witness: { ...r, owner, otherGrants } })
    }
  }

  // Every request of the space decided differently is in a claimed direction.
  const shown = new Set<Direction>()
  const variables = [...before, ...after].some((s) => JSON.stringify(s).includes('${'))
  const settings = shape === 'scp' ? [true] : [false, true]
  for (const context of contexts(keysIn([...before, ...after]), variables)) {
    for (const action of REQUEST_ACTIONS) {
      for (const resource of REQUEST_RESOURCES) {
        for (const principal of shape === 'resource' ? CALLERS : [undefined]) {
          const r: Request = { action, resource, context, ...(principal ? { principal } : {}) }
          for (const owner of shape === 'resource' ? [A, B] : [A]) {
            for (const otherGrants of settings) {
              tally.requests++
              const was = allows(b, r, owner, otherGrants)
              const is = allows(a, r, owner, otherGrants)
              if (was === is) continue
              const direction: Direction = is ? 'broadens' : 'narrows'
              if (!shown.has(direction) && !claims(diff.accessChange, direction)) report(`a request ${direction === 'broadens' ? 'newly allowed' : 'newly refused'} the verdict leaves out`, { request: { ...r, owner, otherGrants } })
              shown.add(direction)
            }
          }
        }
      }
    }
  }

  // A direction said as decided has a witness, and some request shows it.
  const sure = decided(diff)
  for (const direction of ['broadens', 'narrows'] as const) {
    if (!claims(diff.accessChange, direction)) continue
    if (!sure.has(direction)) {
      tally.mayClaims++
      continue
    }
    tally.decidedClaims++
    // The space is small (b/w1tness, iam:* and the like are not in it): a witness the reference confirms is enough.
    if (!witnessed.has(direction) && !shown.has(direction)) report(`${direction} said as decided and no request shows it`)
  }
}

test.each([
  ['identity', 300, 20261213],
  ['scp', 150, 20261214],
  ['resource', 60, 20261215]
] as const)('%s: witnesses hold on the reference, no direction left out, none said as decided unshown', (shape, pairs, seed) => {
  // VERDICT_SEED_OFFSET draws other pairs (to look further by hand); VERDICT_MEASURE=1 prints the counts and problems.
  const random = randomSource(seed + Number(process.env.VERDICT_SEED_OFFSET ?? 0))
  const tally = newTally()
  for (let n = 0; n < pairs; n++) {
    const { before, after, same } = drawPair(random, shape)
    check(tally, shape, before, after, same)
  }
  if (process.env.VERDICT_MEASURE === '1') console.log(shape, JSON.stringify({ ...tally, problems: tally.problems.length }), '\n' + tally.problems.join('\n'))
  expect(tally.problems).toEqual([])
  // The draws reach every verdict, and the diff decides most claims, so that the zero above is about something.
  for (const verdict of ['broadens', 'narrows', 'none', 'mixed']) expect(tally.said[verdict] ?? 0).toBeGreaterThan(0)
  expect(tally.decidedClaims).toBeGreaterThan(5 * tally.mayClaims)
  expect(tally.pairs).toBe(pairs)
  // About 30 s beside other suites on two cores (tens of millions of reference evaluations): the timeout leaves a busy one room.
}, 120_000)

// The reference's reading of policy variables, on what the IAM User Guide says (IAM policy elements: Variables and
// tags): replaced by the request's value; with no value, "StringEquals or StringLike do not match", the inverted
// operators do, and a Resource naming it matches nothing.
test('the reference reads ${aws:username} in Resource and in condition values', () => {
  const user = { 'aws:username': 'bob' }
  expect(withVariables('arn:aws:s3:::b/${aws:username}/*', user)).toBe('arn:aws:s3:::b/bob/*')
  expect(withVariables('arn:aws:s3:::b/${aws:username}/*', {})).toBeUndefined()
  const policy = (Condition: unknown) => readPolicy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition }])
  const r = (context: Record<string, ContextValue>): Request => ({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/x', context })
  const like = policy({ StringLike: { 's3:prefix': ['${aws:username}/*'] } })
  const notLike = policy({ StringNotLike: { 's3:prefix': ['${aws:username}/*'] } })
  expect([like.identityAllows(r({ ...user, 's3:prefix': 'bob/a' }), false), like.identityAllows(r({ 's3:prefix': 'bob/a' }), false)]).toEqual([true, false])
  expect([notLike.identityAllows(r({ ...user, 's3:prefix': 'bob/a' }), false), notLike.identityAllows(r({ 's3:prefix': 'bob/a' }), false)]).toEqual([false, true])
  const home = readPolicy([{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/${aws:username}/*' }])
  const inHome = (context: Record<string, ContextValue>): Request => ({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/bob/x', context })
  expect([home.identityAllows(inHome(user), false), home.identityAllows(inHome({}), false), home.identityAllows(r(user), false)]).toEqual([true, false, false])
  expect(clauseHolds('BoolIfExists', 'aws:SecureTransport', ['true'], {})).toBe(true)
})

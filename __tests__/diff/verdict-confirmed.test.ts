// The file's verdict claims a direction only when a witness request shows it
// or it cannot be ruled out: a broadening is dropped only on a proof that the
// after version allows nothing more (src/core/diff/containment.ts), a
// narrowing on that proof the other way round (a witness search that finds
// none is no proof: it tries a few instances of each pattern). Each pair below
// was rated with a direction no request shows (2026-12-01), or lost one that
// some request shows.
import { describe, expect, test } from '@jest/globals'
import { allowsNoMore } from '../../src/core/diff/containment.js'
import { commonValue, coveredByUnion } from '../../src/core/diff/conditions/glob-union.js'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'
import { toDiffStatement } from '../../src/core/diff/statements.js'
import { evaluationSources } from '../../src/core/diff/witness.js'
import { DiffWork } from '../../src/core/diff/work.js'
import { evaluate } from '../../src/core/evaluate/evaluate.js'
import { principalFromArn } from '../../src/core/evaluate/principal.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'

type Statement = Record<string, unknown>
const doc = (...Statement: Statement[]) => ({ Version: '2012-10-17', Statement })
const getObject = (Resource: unknown, more: Statement = {}): Statement => ({ Effect: 'Allow', Action: 's3:GetObject', Resource, ...more })

/** The diff, with each direction its verdict claims shown by a witness the evaluator confirms. */
function witnessed(before: unknown, after: unknown) {
  const d = diffPolicies(before, after, { witnesses: true })
  const b = normalisePolicy(before)
  const a = normalisePolicy(after)
  for (const direction of ['broadens', 'narrows'] as const) {
    if (d.accessChange !== direction && d.accessChange !== 'mixed') continue
    const w = d.statements.map((s) => s.witnesses?.[direction]).find((x) => x !== undefined)
    expect({ direction, witness: w !== undefined }).toEqual({ direction, witness: true })
    if (!w) continue
    const was = evaluate(w.request, evaluationSources('identity', b, w.setting)).effect === 'Allow'
    const is = evaluate(w.request, evaluationSources('identity', a, w.setting)).effect === 'Allow'
    expect([was, is]).toEqual(direction === 'broadens' ? [false, true] : [true, false])
  }
  return d
}

const statementsOf = (policy: unknown, side: 'before' | 'after') => (normalisePolicy(policy)?.statements ?? []).map((s) => toDiffStatement(s, side))

describe('a direction the verdict claims is witnessed or not ruled out', () => {
  const widened = [doc(getObject('arn:aws:s3:::b/a/*')), doc(getObject('arn:aws:s3:::b/*'), { Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::b/a/*' })] as const

  test('an Allow widened while a new Deny takes the widening back: narrows (the Deny refuses what other grants allowed), not mixed', () => {
    const d = witnessed(...widened)
    expect(d.accessChange).toBe('narrows')
    // The widened statement says why its broadening does not count.
    expect(d.statements[0].rating).toBe('neutral')
    expect(d.statements[0].explanation).toMatch(/no request is newly allowed/)
    expect(d.statements[1].rating).toBe('narrows')
  })

  test('a Deny removed and its Allow narrowed to NotAction the same actions: broadens, not mixed', () => {
    const before = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:Delete*', Resource: '*' })
    const after = doc({ Effect: 'Allow', NotAction: 's3:Delete*', Resource: '*' })
    const d = witnessed(before, after)
    expect(d.accessChange).toBe('broadens')
    for (const s of d.statements) expect(s.rating).not.toBe('narrows')
    expect(d.statements[0].changes.find((c) => c.element === 'Action' && c.kind === 'removed' && c.value === 's3:*')?.explanation).toMatch(/no request is newly refused/)
  })

  test('StringLike a* replaced by a?* and a: the same values, no change', () => {
    const when = (values: unknown) => ({ Condition: { StringLike: { 's3:prefix': values } } })
    const d = witnessed(doc(getObject('*', when('a*'))), doc(getObject('*', when(['a?*', 'a']))))
    expect(d.accessChange).toBe('none')
  })

  test('NotResource b/a?/* replaced by Resource b/a/*: both directions, each shown (b/a//x is in both patterns)', () => {
    const d = witnessed(doc({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: 'arn:aws:s3:::b/a?/*' }), doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:s3:::b/a/*' }))
    expect(d.accessChange).toBe('mixed')
    expect(d.statements[0].witnesses?.broadens?.request.resource).toBe('arn:aws:s3:::b/a//')
  })

  test('an Allow narrowed under a Deny that refuses all of it whatever the key (StringLikeIfExists *): no change', () => {
    const deny = { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition: { StringLikeIfExists: { 's3:prefix': '*' } } }
    const d = witnessed(doc(deny, { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/a/*' }), doc(deny, { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/a/*' }))
    expect(d.accessChange).toBe('none')
    // Decided by comparing the statements (the Deny's condition holds for any request), not by a search that found nothing.
    expect(d.statements[0].explanation).toMatch(/denied by statement #1/)
  })

  test('a search that never reached what the change takes away drops nothing (an Allow on another partition stays a narrowing)', () => {
    // The evaluator's callers are in partition aws: no request reaches arn:aws-cn:..., so none shows the loss, and none can.
    const d = diffPolicies(doc(getObject('arn:aws-cn:s3:::b/*'), getObject('arn:aws:s3:::c/*')), doc(getObject('arn:aws:s3:::c/*')))
    expect(d.accessChange).toBe('narrows')
  })

  test('an ARN pattern with a wildcard partition is tried in a partition callers reach (AmazonAppStreamPCAAccess -> AmazonAppStreamReadOnlyAccess)', () => {
    const before = doc({
      Effect: 'Allow',
      Action: ['acm-pca:IssueCertificate', 'acm-pca:GetCertificate', 'acm-pca:DescribeCertificateAuthority'],
      Resource: 'arn:*:acm-pca:*:*:*',
      Condition: { StringLike: { 'aws:ResourceTag/euc-private-ca': '*' } }
    })
    const after = doc({ Effect: 'Allow', Action: ['appstream:List*', 'appstream:Describe*'], Resource: '*' })
    const d = witnessed(before, after)
    expect(d.accessChange).toBe('mixed')
  })

  // Each was "no change in access" (QA, 2026-12-01): the witness search tried b/x and b/w1tness for b/*, both still
  // allowed, and dropped the narrowing. IAM matches `*` and `?` against any characters (reference_policies_elements_resource).
  test.each([
    ['a Resource b/* narrowed to b/x* and b/w*', doc(getObject('arn:aws:s3:::b/*')), doc(getObject(['arn:aws:s3:::b/x*', 'arn:aws:s3:::b/w*'])), 's3:GetObject', 'arn:aws:s3:::b/q'],
    ['the same split over two statements', doc(getObject('arn:aws:s3:::b/*')), doc(getObject('arn:aws:s3:::b/x*'), getObject('arn:aws:s3:::b/w*')), 's3:GetObject', 'arn:aws:s3:::b/q'],
    ['a Resource b/? narrowed to b/x and b/w', doc(getObject('arn:aws:s3:::b/?')), doc(getObject(['arn:aws:s3:::b/x', 'arn:aws:s3:::b/w'])), 's3:GetObject', 'arn:aws:s3:::b/q'],
    ['s3:Get* narrowed to two of its actions and s3:Getx*, s3:Getw*', doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }), doc({ Effect: 'Allow', Action: ['s3:GetAccelerateConfiguration', 's3:GetAccessGrant', 's3:Getx*', 's3:Getw*'], Resource: '*' }), 's3:GetObject', 'arn:aws:s3:::b/q']
  ] as const)('a narrowing the witness search misses is kept: %s', (_name, before, after, action, resource) => {
    expect(diffPolicies(before, after).accessChange).toBe('narrows')
    // The request that shows it, confirmed by the evaluator: allowed before, refused after.
    const request = { principal: principalFromArn('arn:aws:iam::111122223333:user/u'), action, resource, context: {} }
    expect(evaluate(request, evaluationSources('identity', normalisePolicy(before), 'alone')).effect).toBe('Allow')
    expect(evaluate(request, evaluationSources('identity', normalisePolicy(after), 'alone')).effect).not.toBe('Allow')
  })

  test('a resource variable replaced by another keeps its narrowing (both read "witness" in the search)', () => {
    const d = diffPolicies(doc(getObject('arn:aws:s3:::b/${aws:username}/*')), doc(getObject('arn:aws:s3:::b/${aws:userid}/*')))
    expect(d.accessChange).toBe('mixed')
  })

  test('an account root\'s grant removed from a resource policy narrows (across accounts it is what grants)', () => {
    const root = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:*', Resource: ['arn:aws:s3:::b/*', '*'] }
    expect(diffPolicies(doc(root), doc({ ...root, Resource: 'arn:aws:s3:::b/*' }), { kind: 'resource' }).accessChange).toBe('narrows')
  })

  // Read as text, NotResource b/${aws:username}/* and Resource b/alice/* share no ARN; for alice they are the same folder.
  test('an Allow on one user\'s folder -> NotResource the caller\'s own folder: alice loses hers (mixed, was broadens)', () => {
    const before = doc(getObject('arn:aws:s3:::b/alice/*'))
    const after = doc({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::b/${aws:username}/*' })
    expect(diffPolicies(before, after).accessChange).toBe('mixed')
    const request = { principal: principalFromArn('arn:aws:iam::111122223333:user/alice'), action: 's3:GetObject', resource: 'arn:aws:s3:::b/alice/x', context: { 'aws:username': 'alice' } }
    expect(evaluate(request, evaluationSources('identity', normalisePolicy(before), 'alone')).effect).toBe('Allow')
    expect(evaluate(request, evaluationSources('identity', normalisePolicy(after), 'alone')).effect).not.toBe('Allow')
  })

  test('the proof: a Deny takes back all of a widening only when it applies to all of it', () => {
    const [before, after] = widened
    expect(allowsNoMore(statementsOf(before, 'before'), statementsOf(after, 'after'))).toBe(true)
    // A conditional Deny takes back the widening only sometimes: not proven, and the broadening is kept (and shown).
    const conditional = doc(getObject('arn:aws:s3:::b/*'), { Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::b/a/*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } })
    expect(allowsNoMore(statementsOf(before, 'before'), statementsOf(conditional, 'after'))).toBe(false)
    expect(witnessed(before, conditional).accessChange).toBe('mixed')
    // A Deny of the before version that the after version drops: not proven either.
    const unDenied = doc(getObject('arn:aws:s3:::b/a/*'))
    const denied = doc(getObject('arn:aws:s3:::b/a/*'), { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/a/x' })
    expect(allowsNoMore(statementsOf(denied, 'before'), statementsOf(unDenied, 'after'))).toBe(false)
    expect(allowsNoMore(statementsOf(unDenied, 'before'), statementsOf(denied, 'after'))).toBe(true)
  })

  test('patterns: one covered by several together, decided exactly; a value two share', () => {
    const work = () => new DiffWork()
    expect(coveredByUnion('a*', ['a?*', 'a'], work())).toBe(true)
    expect(coveredByUnion('a*', ['a?*'], work())).toBe(false)
    expect(coveredByUnion('a*', ['a??*', 'a'], work())).toBe(false)
    expect(coveredByUnion('*', ['', '?*'], work())).toBe(true)
    expect(coveredByUnion('x*y', ['x*', 'y'], work())).toBe(true)
    expect(coveredByUnion('x*y', ['*yy', 'xy'], work())).toBe(false)
    // Out of budget: no answer, never a guess.
    expect(coveredByUnion('a*', ['a?*', 'a'], new DiffWork(1))).toBeUndefined()
    expect(commonValue('arn:aws:s3:::b/a/*', 'arn:aws:s3:::b/a?/*', () => true)).toBe('arn:aws:s3:::b/a//')
    expect(commonValue('a*b', 'b*', () => true)).toBeUndefined()
    expect(commonValue('a*', '*b', () => false)).toBeUndefined()
  })
})

// A direction is decided only where a witness shows it (2026-12-02): the search tried the first 12 actions the
// statements name plainly, so a new `aiops:*` next to a statement of many actions (or a statement that gains
// `cloudshell:*` while losing many) had none and read "may broaden" (AWS managed policies AIOpsAssistantPolicy ->
// AIOpsConsoleAdminPolicy, AWSCloudMapRegisterInstanceAccess -> AWSCloudShellFullAccess).
describe('the witness search tries what the change adds first', () => {
  const many = ['Instances', 'Images', 'Volumes', 'Snapshots', 'Subnets', 'Vpcs', 'Regions', 'Tags', 'Hosts', 'Addresses', 'KeyPairs', 'RouteTables', 'Fleets', 'FlowLogs', 'PlacementGroups'].map((x) => `ec2:Describe${x}`)
  test.each([
    ['a new Allow of a service\'s every action next to a statement of many', doc({ Effect: 'Allow', Action: many, Resource: '*' }), doc({ Effect: 'Allow', Action: many, Resource: '*' }, { Effect: 'Allow', Action: 'aiops:*', Resource: '*' }), 'broadens'],
    ['a statement of many actions that loses them and gains a service\'s every action', doc({ Effect: 'Allow', Action: many, Resource: '*' }), doc({ Effect: 'Allow', Action: ['cloudshell:*', ...many.slice(0, 12)], Resource: '*' }), 'mixed']
  ] as const)('%s: decided', (_name, before, after, verdict) => {
    const d = witnessed(before, after)
    expect(d.accessChange).toBe(verdict)
    expect(d.statements.filter((s) => s.undecided).map((s) => s.explanation)).toEqual([])
  })
})
